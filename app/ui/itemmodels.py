"""One way to show records in a table: a column description (`ColumnSpec`), a table model over a
list of records (`RecordTableModel`: dicts or objects) and a sort proxy (`SortProxy`) that sorts on
native values. Vorta's `views/partials/*_table_model.py` and `sort_proxy.py` are the model.

    COLUMNS = (
        ColumnSpec("name", QT_TRANSLATE_NOOP("Personas", "Name")),
        ColumnSpec("customers", QT_TRANSLATE_NOOP("Personas", "Customers"), kind="int"),
        ColumnSpec("revenue", QT_TRANSLATE_NOOP("Personas", "Revenue"), kind="money"),
    )
    model = RecordTableModel(COLUMNS, context="Personas", parent=self)
    view.setModel(SortProxy(model))          # or make_table(model) in app.ui.tables
    model.set_records(rows)
    record = record_at(view.currentIndex())

- `SORT_ROLE` gives the value to sort on (numbers as numbers, text case-folded; None for a blank),
  so sorting never compares display text; `RECORD_ROLE` gives the row's record, through any proxy
  (a copy for a dict: Qt converts it); `record_at(index)` gives the record itself.
- Built-in kinds format with the shop's formatter (`session.fmt()`): "text", "int", "number" (with
  `decimals`), "money" (stored thousandths), "date" (stored seconds), "quantity", "check" (a check
  box; editable while `check_enabled`, reported by `checked(record, key, on)`). Any other kind
  needs a `formatter`. Numbers are right-aligned unless `alignment` says otherwise.
- Titles and tooltips are English source texts translated in the model's `context` at display
  time; call `retranslate()` on a language change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from app.ui import session

SORT_ROLE = int(Qt.ItemDataRole.UserRole.value)
RECORD_ROLE = SORT_ROLE + 1

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
NUMERIC_KINDS = frozenset({"int", "number", "money", "quantity", "percent", "day", "days", "score"})

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_CHECK = int(Qt.ItemDataRole.CheckStateRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a record table."""

    key: str  # the record's key (dict) or attribute (object)
    title: str  # English source text, translated in the model's context
    kind: str = "text"
    alignment: Qt.AlignmentFlag | None = None  # None: right for numeric kinds, else left
    formatter: Callable[[Any], str] | None = None  # value -> display text (None: by kind)
    sort_value: Callable[[Any], Any] | None = None  # value -> what to sort on (None: the value)
    tooltip: str = ""  # English source text for the header's tooltip
    decimals: int = 0  # for the "number" kind
    value: Callable[[Any], Any] | None = None  # record -> value (None: the record's `key`)
    header: Callable[[], str] | None = None  # the title as shown, when it is not a marked text

    def value_in(self, record: Any) -> Any:
        """This column's value in `record`."""
        return self.value(record) if self.value is not None else value_of(record, self.key)

    def align(self) -> Qt.AlignmentFlag:
        if self.alignment is not None:
            return self.alignment
        return RIGHT if self.kind in NUMERIC_KINDS else LEFT

    def text(self, value: Any) -> str:
        """The display text of `value`."""
        if self.formatter is not None:
            return self.formatter(value)
        if value is None or self.kind == "check":
            return ""
        fmt = session.fmt()
        if self.kind == "int":
            return fmt.number(value)
        if self.kind == "number":
            return fmt.number(value, self.decimals)
        if self.kind == "money":
            return fmt.money(value)
        if self.kind == "date":
            return fmt.date(value)
        if self.kind == "quantity":
            return fmt.quantity(value)
        return str(value)

    def sort_key(self, value: Any) -> Any:
        """What `SORT_ROLE` gives: the native value (text case-folded), None for a blank."""
        if self.sort_value is not None:
            value = self.sort_value(value)
        if value is None or value == "":
            return None
        return value.casefold() if isinstance(value, str) else value


def value_of(record: Any, key: str) -> Any:
    """`record[key]` for a dict, else its attribute (None when missing)."""
    return record.get(key) if isinstance(record, dict) else getattr(record, key, None)


class RecordTableModel(QAbstractTableModel):
    """Rows of records (dicts or objects) under ColumnSpecs, in the order given; sort them with a
    `SortProxy`. `tooltip_key` names a record field shown as every cell's tooltip; without it a
    long text is its own tooltip. `foreground(record)` may colour a row (a QBrush or None)."""

    checked = Signal(object, str, bool)  # record, column key, on

    def __init__(self, columns: Sequence[ColumnSpec], *, context: str, parent: QObject | None = None,
                 tooltip_key: str | None = None, foreground: Callable[[Any], Any] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self.records: list[Any] = []
        self.tooltip_key = tooltip_key
        self.foreground = foreground
        self.check_enabled = True
        self._ranks: dict[tuple[int, bool], list[int]] = {}  # (column, descending) -> rank by row
        self.modelAboutToBeReset.connect(self._ranks.clear)  # subclasses may reset without set_records

    # ----- records -----
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        return next((i for i, r in enumerate(self.records) if predicate(r)), None)

    def column_of(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)

    def record_changed(self, row: int) -> None:
        """Repaints a row whose record was changed in place."""
        if 0 <= row < len(self.records):
            self._ranks.clear()
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def sort_ranks(self, column: int, descending: bool) -> list[int]:
        """Each row's place in the order of `column`'s SORT_ROLE values, computed once per order and
        kept until the records change: equal values share a rank (a stable sort keeps their model
        order), blanks rank last in both orders, numbers before text when a column mixes them.
        The SortProxy compares these ranks, so that sorting asks for no value per comparison."""
        ranks = self._ranks.get((column, descending))
        if ranks is None:
            ranks = self._ranks[(column, descending)] = _ranks(
                [self.columns[column].sort_key(self.columns[column].value_in(r)) for r in self.records], descending)
        return ranks

    def retranslate(self) -> None:
        """Titles and texts again in the interface language (and the shop's formats)."""
        self._ranks.clear()  # names sort by their translated text
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.records and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))

    # ----- Qt's model interface -----
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == _DISPLAY:
            return column.header() if column.header is not None else QCoreApplication.translate(self.context, column.title)
        if role == _TOOLTIP and column.tooltip:
            return QCoreApplication.translate(self.context, column.tooltip)
        if role == _ALIGNMENT:
            return column.align()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].kind == "check" and self.check_enabled:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == RECORD_ROLE:
            return record
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.text(column.value_in(record))
        if role == SORT_ROLE:
            return column.sort_key(column.value_in(record))
        if role == _ALIGNMENT:
            return column.align()
        if role == _CHECK and column.kind == "check":
            return Qt.CheckState.Checked if column.value_in(record) else Qt.CheckState.Unchecked
        if role == _FOREGROUND and self.foreground is not None:
            return self.foreground(record)
        if role == _TOOLTIP:
            if self.tooltip_key:
                tip = value_of(record, self.tooltip_key)
                return tip if isinstance(tip, str) and tip else None
            text = column.text(column.value_in(record))
            return text if len(text) > 24 else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != _CHECK or not self.check_enabled:
            return False
        column = self.columns[index.column()]
        if column.kind != "check":
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        record = self.records[index.row()]
        if isinstance(record, dict):
            record[column.key] = on
        else:
            setattr(record, column.key, on)
        self._ranks.clear()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked.emit(record, column.key, on)
        return True


def _ranks(keys: list[Any], descending: bool) -> list[int]:
    """Dense ranks of sort keys (None = blank): equal keys share a rank; blanks get the rank that
    puts them last in the given order (Qt sorts a descending order by the reversed comparison)."""
    present = sorted({k for k in keys if k is not None}, key=_comparable)
    rank_of = {k: i for i, k in enumerate(present)}
    blank = -1 if descending else len(present)
    return [blank if k is None else rank_of[k] for k in keys]


def _comparable(value: Any) -> tuple[int, Any]:
    """A key that orders numbers before text when a column mixes them (and never raises)."""
    if isinstance(value, str):
        return (1, value)
    if isinstance(value, (int, float)):
        return (0, value)
    return (2, str(value))


class SortProxy(QSortFilterProxyModel):
    """Sorts on `SORT_ROLE` (no 32-bit truncation of big numbers, no text comparison of numbers);
    blanks (None) go last in both orders; equal values keep the model's order. Over a
    RecordTableModel it compares ranks the model computes once per column and order (one Python
    sort of the values instead of two `data()` calls per comparison: a list of thousands of
    customers sorted in milliseconds, not a third of a second)."""

    def __init__(self, source: QAbstractTableModel | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        if source is not None:
            self.setSourceModel(source)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt's name
        source = self.sourceModel()
        if isinstance(source, RecordTableModel) and left.column() == right.column():
            ranks = source.sort_ranks(left.column(), self.sortOrder() == Qt.SortOrder.DescendingOrder)
            return ranks[left.row()] < ranks[right.row()]
        lv, rv = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if lv is None or rv is None:
            if lv is None and rv is None:
                return False
            # Blank last: "smaller" than everything when the order is reversed, larger otherwise.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return descending if lv is None else not descending
        try:
            return bool(lv < rv)
        except TypeError:  # mixed kinds in one column: numbers before text
            return (isinstance(lv, str), str(lv)) < (isinstance(rv, str), str(rv))


def source_model(view_model: Any) -> Any:
    """The model under any proxies."""
    while isinstance(view_model, QSortFilterProxyModel):
        view_model = view_model.sourceModel()
    return view_model


def to_view_row(view_model: Any, source_row: int) -> int:
    """The row a view shows for `source_row` of the model under its proxies (-1: filtered out)."""
    proxies = []
    model = view_model
    while isinstance(model, QSortFilterProxyModel):
        proxies.append(model)
        model = model.sourceModel()
    index = model.index(source_row, 0)
    for proxy in reversed(proxies):
        index = proxy.mapFromSource(index)
    return index.row() if index.isValid() else -1


def record_at(index: Index) -> Any:
    """The record itself of a row of a RecordTableModel, through any proxies (`RECORD_ROLE` gives a
    copy when the record is a dict: Qt turns it into a map and back); None for an invalid index."""
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return model.record(index.row()) if index.isValid() and isinstance(model, RecordTableModel) else None


def records_in_view_order(view_model: Any) -> list[Any]:
    """The records as the view shows them (sorted and filtered)."""
    return [record_at(view_model.index(row, 0)) for row in range(view_model.rowCount())]
