"""Qt item models of the Customers tab: the customer list, read lazily in windows from SQL (sorted
and searched by the database), and one customer's purchase history.

The list never holds all customers: `rowCount` is one COUNT query, and `data()` reads the window of
rows around the asked row (`customers.page`, LIMIT/OFFSET over an index) the first time a row of it
is painted. Only rows that are painted are formatted."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import QT_TRANSLATE_NOOP
from app.models import customers
from app.ui import session
from app.ui.itemmodels import ColumnSpec, RecordTableModel

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored value (money in thousandths, times in seconds)

# (column of customers.LIST_COLUMNS, header)
LIST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", QT_TRANSLATE_NOOP("CustomerList", "Code")),
    ("name", QT_TRANSLATE_NOOP("CustomerList", "Name")),
    # The figures before the contact details, so that they are in view next to the detail pane.
    ("revenue", QT_TRANSLATE_NOOP("CustomerList", "Total spent")),
    ("invoices", QT_TRANSLATE_NOOP("CustomerList", "Purchases")),
    ("avg_basket", QT_TRANSLATE_NOOP("CustomerList", "Average basket")),
    ("last_purchase", QT_TRANSLATE_NOOP("CustomerList", "Last purchase")),
    ("first_purchase", QT_TRANSLATE_NOOP("CustomerList", "First purchase")),
    ("phone", QT_TRANSLATE_NOOP("CustomerList", "Phone")),
    ("email", QT_TRANSLATE_NOOP("CustomerList", "Email")),
)
_POSITION = {name: customers.LIST_COLUMNS.index(name) for name, _ in LIST_COLUMNS}
_LIST_KEYS = tuple(name for name, _ in LIST_COLUMNS)
_ID = customers.LIST_COLUMNS.index("id")
_MONEY = {"revenue", "avg_basket"}
_DATES = {"first_purchase", "last_purchase"}
_NUMBERS = _MONEY | {"invoices"}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Roles as plain ints: data() receives ints, and comparing with ints is the cheapest test.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_LIST_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, CUSTOMER_ID_ROLE, RAW_VALUE_ROLE})


def column_header(column: str) -> str:
    return QCoreApplication.translate("CustomerList", dict(LIST_COLUMNS)[column])


class CustomerListModel(QAbstractTableModel):
    BLOCK = 200
    MAX_BLOCKS = 50  # rows kept: 10,000 at most

    def __init__(self, parent=None):
        super().__init__(parent)
        self._conn: sqlite3.Connection | None = None
        self._search = ""
        self._sort = "revenue"
        self._descending = True
        self._count = 0
        self._blocks: OrderedDict[int, list[tuple]] = OrderedDict()

    # ----- what is listed -----
    @property
    def search(self) -> str:
        return self._search

    @property
    def sort_column(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_connection(self, conn: sqlite3.Connection | None) -> None:
        self._conn = conn
        self.reload()

    def set_search(self, text: str) -> None:
        if text.strip() == self._search.strip():
            self._search = text
            return
        self._search = text
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(LIST_COLUMNS):
            return
        self.set_sort(LIST_COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def set_sort(self, column: str, descending: bool) -> None:
        if (column, descending) == (self._sort, self._descending):
            return
        # A reset rather than a layout change: the rows are not in memory to map old positions to new.
        self.beginResetModel()
        self._sort, self._descending = column, descending
        self._blocks.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Counts again and forgets every row read (after a search, or when customers changed)."""
        self.beginResetModel()
        self._blocks.clear()
        self._count = customers.count(self._conn, self._search) if self._conn is not None else 0
        self.endResetModel()

    def refresh(self) -> None:
        """Re-reads the rows on screen after an edit, keeping the view where it is when the number
        of customers listed has not changed."""
        if self._conn is None:
            return
        count = customers.count(self._conn, self._search)
        if count != self._count:
            self.reload()
            return
        self._blocks.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(LIST_COLUMNS) - 1))

    # ----- rows -----
    def _row(self, row: int) -> tuple | None:
        block = row // self.BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            if self._conn is None:
                return None
            rows = customers.page(self._conn, search=self._search, sort=self._sort, descending=self._descending,
                                  offset=block * self.BLOCK, limit=self.BLOCK, matches=self._count)
            self._blocks[block] = rows
            if len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        offset = row - block * self.BLOCK
        return rows[offset] if offset < len(rows) else None

    def customer_id(self, row: int) -> int | None:
        values = self._row(row) if 0 <= row < self._count else None
        return values[_ID] if values else None

    def cached_row_of(self, customer_id: int) -> int | None:
        """The row of a customer among the rows already read (None when not read yet)."""
        for block, rows in self._blocks.items():
            for offset, values in enumerate(rows):
                if values[_ID] == customer_id:
                    return block * self.BLOCK + offset
        return None

    # ----- QAbstractTableModel -----
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(LIST_COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Views ask for about seven roles per painted cell: the ones not answered leave first.
        if role not in _LIST_ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = _LIST_KEYS[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMBERS else _LEFT
        values = self._row(index.row())
        if values is None:
            return None
        if role == CUSTOMER_ID_ROLE:
            return values[_ID]
        value = values[_POSITION[column]]
        if role == RAW_VALUE_ROLE:
            return value
        if role == _TOOLTIP:
            return value if column in ("name", "email") and value else None
        fmt = session.fmt()
        if column in _MONEY:
            return fmt.money(value) if value is not None else ""
        if column in _DATES:
            return fmt.date(value)
        if column == "invoices":
            return fmt.number(value)
        return value or ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(LIST_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_header(LIST_COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if LIST_COLUMNS[section][0] in _NUMBERS else _LEFT
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LIST_COLUMNS) - 1)


def _product_text(line: dict[str, Any]) -> str:
    name, code = line.get("product") or "", line.get("product_code") or ""
    return f"{name} ({code})" if name and code and code != name else (name or code)


HISTORY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("sold_at", QT_TRANSLATE_NOOP("PurchaseHistory", "Date"), kind="date"),
    ColumnSpec("invoice", QT_TRANSLATE_NOOP("PurchaseHistory", "Invoice")),
    # Quantity and amount before the product, so that they are in view in the narrow detail pane.
    ColumnSpec("quantity", QT_TRANSLATE_NOOP("PurchaseHistory", "Quantity"), kind="quantity"),
    ColumnSpec("amount", QT_TRANSLATE_NOOP("PurchaseHistory", "Amount"), kind="money"),
    ColumnSpec("product_text", QT_TRANSLATE_NOOP("PurchaseHistory", "Product")),
    ColumnSpec("unit_price", QT_TRANSLATE_NOOP("PurchaseHistory", "Unit price"), kind="money"),
    ColumnSpec("category", QT_TRANSLATE_NOOP("PurchaseHistory", "Category")),
    ColumnSpec("channel", QT_TRANSLATE_NOOP("PurchaseHistory", "Channel")),
    ColumnSpec("branch", QT_TRANSLATE_NOOP("PurchaseHistory", "Branch")),
)
_RETURN_BRUSH = QBrush(QColor("#b3261e"))


class PurchaseHistoryModel(RecordTableModel):
    """One customer's sales lines (`customers.purchase_history` records), newest first; returns in red."""

    def __init__(self, parent=None):
        super().__init__(HISTORY_COLUMNS, context="PurchaseHistory", parent=parent,
                         foreground=lambda line: _RETURN_BRUSH if (line.get("amount") or 0) < 0 else None)

    def set_rows(self, lines: list[dict[str, Any]]) -> None:
        self.set_records([{**line, "product_text": _product_text(line)} for line in lines])
