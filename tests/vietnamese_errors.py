"""The Vietnamese sentence the owner would see for an error, without Qt: the error's template and
each `Marked` argument are looked up in the translation source (resources/translations/regulars_vi.ts)
by their context, as `app.ui.dialogs.error_text` does in the compiled translation. A wrong context
or a template without a translation raises KeyError, so a test asserting the sentence fails."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from app.i18n import Marked

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "regulars_vi.ts"


@functools.cache
def _translations() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def in_vietnamese(exc: BaseException) -> str:
    """`exc`'s sentence in Vietnamese (see the module)."""
    args = {key: _translations()[(value.context, value.source)] if isinstance(value, Marked) and value.context
            else value for key, value in getattr(exc, "template_args", {}).items()}
    return _translations()[(exc.context, exc.template)].format(**args)  # type: ignore[attr-defined]
