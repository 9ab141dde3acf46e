"""The table of parsed rows on the preview step: row number as in the spreadsheet, what will happen
to the row (new, already in the shop, cancelled order, return, problem), the mapped fields as the
importer read them (dates, quantities and money in the shop's format), and the problem, if any."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services import formatting
from app.ui import session
from app.ui.import_assistant import texts

_STATUS_COLOURS = {
    "rejected": QColor("#b3261e"),
    "duplicate": QColor("#6b6b6b"),
    "existing": QColor("#6b6b6b"),
    "cancelled": QColor("#6b6b6b"),
    "return": QColor("#9a5b00"),
}
_Index = QModelIndex | QPersistentModelIndex
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


class PreviewModel(QAbstractTableModel):
    ROW, STATUS = 0, 1  # then one column per mapped field, then the problem

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._fields: list = []  # importing Field objects, in the order of FIELDS
        self._problems: dict = {}  # spreadsheet row -> Problem

    def set_preview(self, rows: list, fields: list, problems: list | None = None) -> None:
        """`problems`: the preview's Problem objects; a row's problem is shown from its template (so
        translated) when it is among them, else as the text the row carries."""
        self.beginResetModel()
        self._rows = list(rows)
        self._fields = list(fields)
        self._problems = {}
        for problem in problems or []:
            if problem.row is not None:
                self._problems.setdefault(problem.row, problem)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._fields) + 3

    def _problem_column(self) -> int:
        return len(self._fields) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.ROW:
            return QCoreApplication.translate("PreviewModel", "Row")
        if section == self.STATUS:
            return QCoreApplication.translate("PreviewModel", "What happens")
        if section == self._problem_column():
            return QCoreApplication.translate("PreviewModel", "Problem")
        if 0 <= section - 2 < len(self._fields):
            return texts.field_label(self._fields[section - 2])
        return None

    def _problem_text(self, row) -> str:
        problem = row.problem
        if not problem:
            return ""
        known = self._problems.get(row.row_number) if row.status == "rejected" else None
        return texts.problem_in_row(known) if known is not None else problem

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return str(row.row_number) if role == Qt.ItemDataRole.DisplayRole else None
            if column == self.STATUS:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self._problem_text(row) or None
                return texts.row_status(row.status)
            if column == self._problem_column():
                return self._problem_text(row) or None
            field = self._fields[column - 2]
            value = row.values.get(field.key, "")
            if not value and field.key == "customer_code":
                # The backend names the customer of a row by its identity ("customer"): the code
                # when the row has one.
                value = row.values.get("customer", "")
            value = shop_formatted(field.key, value)
            return (value or None) if role == Qt.ItemDataRole.ToolTipRole else value
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self._problem_column()):
            colour = _STATUS_COLOURS.get(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                column == self.ROW or (2 <= column < self._problem_column()
                                       and self._fields[column - 2].key in _MONEY_FIELDS | {"quantity"})):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        if self._rows or self._fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
