"""Importing sales spreadsheets and customer lists: the public API (see docs/import.md).

Importing this package is cheap (no pandas, numpy or calamine): the functions load their modules
when they are first called, so the GUI start-up path may import it freely.
"""

from __future__ import annotations

import importlib
from typing import Any

from app.services.importing.errors import AmbiguousNumbers, ImportCancelled, ImportRefused, Problem
from app.services.importing.fields import FIELDS, Field
from app.services.importing.mapping import Mapping, guess_mapping, mapping_for_preset
from app.services.importing.presets import PRESETS, Preset

_LAZY = {
    "Source": "sources", "open_source": "sources", "choose_sheet": "sources", "choose_header_row": "sources",
    "ImportOptions": "runner", "ImportSummary": "runner", "Preview": "runner", "PreviewRow": "runner",
    "UndoSummary": "runner", "preview": "runner", "run_import": "runner", "undo_import": "runner",
    "list_imports": "runner", "write_rejected_rows": "runner", "wait_for_checkpoints": "runner",
}

__all__ = [
    "FIELDS", "PRESETS", "AmbiguousNumbers", "Field", "ImportCancelled", "ImportRefused", "Mapping", "Preset", "Problem",
    "guess_mapping", "mapping_for_preset", *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
