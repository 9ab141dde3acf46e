"""Translations for code that runs without Qt (the command line's PDFs): the finished messages of
resources/translations/regulars_<language>.ts, read with the standard XML parser, as a
`translate(context, text)` function like QCoreApplication.translate. The UI passes Qt's own instead."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


@functools.cache
def _messages(language: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"regulars_{language}.ts"
    if not path.exists():
        return {}
    out = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                out[(name, source)] = translation.text
    return out


def translator(language: str) -> Callable[[str, str], str]:
    """translate(context, text) in `language` ('en': the source texts)."""
    messages = {} if language == "en" else _messages(language)
    return lambda context, text: messages.get((context, text), text)
