"""The table of parsed rows on the preview step: row number as in the spreadsheet, what will happen
to the row (new, already in the shop, cancelled order, return, problem), the mapped fields as the
importer read them (dates, quantities and money in the shop's format), and the problem, if any."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import QT_TRANSLATE_NOOP
from app.services import formatting
from app.ui import session
from app.ui.import_assistant import texts
from app.ui.itemmodels import LEFT, RIGHT, ColumnSpec, Index, RecordTableModel

_STATUS_COLOURS = {
    "rejected": QColor("#b3261e"),
    "duplicate": QColor("#6b6b6b"),
    "cancelled": QColor("#6b6b6b"),
    "return": QColor("#9a5b00"),
}
_MONEY_FIELDS = frozenset({"unit_price", "line_amount"})


def shop_formatted(key: str, value: str) -> str:
    """A value as the importer gives it (ISO date and time, plain numbers) in the shop's format, so
    that the preview reads like the rest of the app (31/12/2024, 150.000 ₫ in a Vietnamese shop)."""
    if not value:
        return value
    fmt = session.fmt()
    try:
        if key == "date":
            when = dt.datetime.fromisoformat(value)
            return formatting.datetime(when, fmt.locale) if len(value) > 10 else formatting.date(when, fmt.locale)
        if key == "quantity" or key in _MONEY_FIELDS:
            number = float(value)
            decimals = len(value.partition(".")[2]) if "e" not in value.lower() else 3
            if key == "quantity":
                return formatting.number(number, decimals, fmt.locale)
            shown = max(decimals, formatting.currency(fmt.currency).decimals)
            return formatting.money(number, fmt.currency, fmt.locale, decimals=shown)
    except ValueError:
        pass
    return value


class PreviewModel(RecordTableModel):
    """The preview's rows (`importing` PreviewRow objects) under: the row number, what happens to
    it, one column per mapped field, the problem."""

    def __init__(self, parent=None):
        super().__init__([], context="PreviewModel", parent=parent)
        self._problems: dict = {}  # spreadsheet row -> Problem

    def set_preview(self, rows: list, fields: list, problems: list | None = None) -> None:
        """`fields`: importing Field objects, in the order of FIELDS. `problems`: the preview's Problem
        objects; a row's problem is shown from its template (so translated) when it is among them,
        else as the text the row carries."""
        self._problems = {}
        for problem in problems or []:
            if problem.row is not None:
                self._problems.setdefault(problem.row, problem)
        self.beginResetModel()
        self.columns = [
            ColumnSpec("row_number", QT_TRANSLATE_NOOP("PreviewModel", "Row"), formatter=str, alignment=RIGHT),
            ColumnSpec("status", QT_TRANSLATE_NOOP("PreviewModel", "What happens"), formatter=texts.row_status),
            *(ColumnSpec(field.key, "", value=partial(_field_value, field.key), header=partial(texts.field_label, field),
                         formatter=partial(shop_formatted, field.key),
                         alignment=RIGHT if field.key in _MONEY_FIELDS | {"quantity"} else LEFT)
              for field in fields),
            ColumnSpec("problem", QT_TRANSLATE_NOOP("PreviewModel", "Problem"), value=self._problem_text),
        ]
        self.records = list(rows)
        self.endResetModel()

    def _problem_text(self, row) -> str:
        problem = row.problem
        if not problem:
            return ""
        known = self._problems.get(row.row_number) if row.status == "rejected" else None
        return texts.problem_in_row(known) if known is not None else problem

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        row = self.records[index.row()]
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "row_number":
                return None
            if key == "status":
                return self._problem_text(row) or None
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = _STATUS_COLOURS.get(row.status) if key in ("status", "problem") else None
            return QBrush(colour) if colour is not None else None
        return super().data(index, role)


def _field_value(key: str, row) -> str:
    value = row.values.get(key, "")
    if not value and key == "customer_code":
        # The backend names the customer of a row by its identity ("customer"): the code when the
        # row has one.
        value = row.values.get("customer", "")
    return value
