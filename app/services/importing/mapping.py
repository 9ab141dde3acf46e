"""Which column feeds which field: the Mapping, its JSON form, the guess from headers (a mapping the
owner confirmed for the same file shape, else a recognised preset, else the generic synonyms), and what
is still missing before a file can be imported."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing import fields as F
from app.services.importing.errors import ImportRefused
from app.services.importing.presets import BY_KEY as PRESETS_BY_KEY
from app.services.importing.presets import GENERIC, Preset, detect


@dataclass(frozen=True)
class Mapping:
    kind: str = F.SALES
    columns: dict[str, str] = field(default_factory=dict)  # field key -> header
    preset: str | None = None
    date_order: str | None = None
    saved: bool = False

    def with_column(self, field_key: str, header: str | None) -> Mapping:
        if field_key not in F.BY_KEY:
            raise KeyError(field_key)
        columns = {k: v for k, v in self.columns.items() if k != field_key and (header is None or v != header)}
        if header is not None:
            columns[field_key] = header
        return replace(self, columns=columns, saved=False)

    def with_date_order(self, order: str | None) -> Mapping:
        return replace(self, date_order=order)

    def with_kind(self, kind: str) -> Mapping:
        allowed = F.fields_for(kind)
        return replace(self, kind=kind, columns={k: v for k, v in self.columns.items() if k in allowed})

    @property
    def preset_info(self) -> Preset | None:
        return PRESETS_BY_KEY.get(self.preset or "")

    def samples(self, source, limit: int = 5) -> dict[str, list[str]]:
        return {key: source.sample_values(source.headers.index(header), limit)
                for key, header in self.columns.items() if header in source.headers}

    def missing(self) -> list[str]:
        """What must still be chosen, as sentences (empty when the mapping can be imported)."""
        have = set(self.columns)
        problems = []
        if self.kind == F.SALES:
            if "date" not in have:
                problems.append(QT_TRANSLATE_NOOP("Import", "Choose the column with the date of each sale."))
            if "line_amount" not in have and not {"quantity", "unit_price"} <= have:
                problems.append(QT_TRANSLATE_NOOP(
                    "Import", "Choose the column with the amount of each sale, or the quantity and unit price columns."))
        elif not have & {"customer_code", "phone", "email", "customer_name", "first_name", "last_name"}:
            problems.append(QT_TRANSLATE_NOOP(
                "Import", "Choose the column with the customer code, phone, e-mail or name."))
        return problems

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "preset": self.preset, "date_order": self.date_order, "columns": dict(self.columns)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes | dict) -> Mapping:
        try:
            data = text if isinstance(text, dict) else json.loads(text)
        except (ValueError, TypeError) as exc:
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The mapping is not valid JSON.")) from exc
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
            raise ImportRefused(QT_TRANSLATE_NOOP(
                "Import", "The mapping must be a JSON object with a “columns” object of field: header."))
        kind = data.get("kind") or F.SALES
        if kind not in (F.SALES, F.CUSTOMERS):
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The mapping kind must be “sales” or “customers”."))
        columns = {}
        for key, header in data.get("columns", {}).items():
            if key not in F.BY_KEY or kind not in F.BY_KEY[key].kinds:
                raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The mapping names an unknown field “{field}”."),
                                    field=key)
            if header is not None:
                columns[key] = str(header)
        order = data.get("date_order")
        if order not in (None, "dmy", "mdy", "ymd"):
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The date order must be dmy, mdy or ymd."))
        preset = data.get("preset")
        return cls(kind=kind, columns=columns, preset=preset if preset in PRESETS_BY_KEY else None,
                   date_order=order)

    def check_against(self, source) -> None:
        """Refuses a mapping that names headers the file does not have."""
        for key, header in self.columns.items():
            if header not in source.headers:
                raise ImportRefused(QT_TRANSLATE_NOOP(
                    "Import", "The file {file} has no column “{column}” (mapped to {field})."),
                    file=source.file_name, column=header, field=key)


def signature(headers: tuple[str, ...] | list[str]) -> str:
    """The file shape: its set of normalised headers (order and case do not matter)."""
    keys = sorted({F.header_key(h) for h in headers if h})
    return hashlib.sha256("\x1f".join(keys).encode()).hexdigest()[:32]


def preset_mapping(source, preset: Preset) -> Mapping:
    by_key: dict[str, str] = {}
    for header in source.headers:
        by_key.setdefault(F.header_key(header), header)
    columns: dict[str, str] = {}
    used: set[str] = set()
    for key, candidates in preset.columns.items():
        for candidate in candidates:
            header = by_key.get(candidate)
            if header is not None and header not in used:
                columns[key] = header
                used.add(header)
                break
    return Mapping(kind=preset.kind, columns=columns, preset=preset.key)


def generic_mapping(source, kind: str = F.SALES) -> Mapping:
    """Each field takes the header matching its best synonym; a header feeds one field only. Fields
    still without a column then take the first free header that names them by its words
    ("dollar_value", "Total paid", "Doanh thu tháng"): the columns page shows every guess."""
    keys = [F.header_key(h) for h in source.headers]
    columns: dict[str, str] = {}
    used: set[int] = set()
    allowed = F.fields_for(kind)
    for key in allowed:
        for synonym in F.BY_KEY[key].synonyms:
            match = next((i for i, k in enumerate(keys) if k == synonym and i not in used), None)
            if match is not None:
                columns[key] = source.headers[match]
                used.add(match)
                break
    for index, header in enumerate(source.headers):
        found = F.field_by_words(header) if index not in used else None
        if found is not None and found in allowed and found not in columns:
            columns[found] = header
            used.add(index)
    return Mapping(kind=kind, columns=columns, preset=GENERIC if kind == F.SALES else None)


def guess_mapping(source, conn: sqlite3.Connection | None = None) -> Mapping:
    """The mapping the owner confirmed before for this file shape, else a preset, else synonyms."""
    if conn is not None:
        from app.models import imports as import_models

        saved = import_models.saved_mapping(conn, signature(source.headers))
        if saved:
            try:
                mapping = Mapping.from_json(saved)
                mapping.check_against(source)
                return replace(mapping, saved=True)
            except ImportRefused:
                pass
    preset = detect({F.header_key(h) for h in source.headers})
    if preset is not None:
        return preset_mapping(source, preset)
    return generic_mapping(source)


def mapping_for_preset(source, preset_key: str) -> Mapping:
    preset = PRESETS_BY_KEY.get(preset_key)
    if preset is None:
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "There is no preset called “{preset}”; use one of: {names}."),
                            preset=preset_key, names=", ".join(PRESETS_BY_KEY))
    if preset.key == GENERIC:
        return generic_mapping(source)
    return preset_mapping(source, preset)
