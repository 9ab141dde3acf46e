"""Table views over `app.ui.itemmodels` record models: a read-only, row-selecting, sortable view
(`make_table`, which puts a `SortProxy` between view and model), column widths from the titles and
the first rows, and the current or wanted row through the proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.itemmodels import RecordTableModel, SortProxy, record_at, source_model, to_view_row


def make_table(model: RecordTableModel, *, sortable: bool = True, name: str = "", sort_key: str | None = None,
               descending: bool = True) -> QTableView:
    """A read-only table of records; sortable by clicking a header (through a SortProxy), starting
    sorted by `sort_key` (None: in the order the records come)."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(SortProxy(model, view) if sortable else model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    if sortable:
        column = model.column_of(sort_key) if sort_key else None
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column if column is not None else -1, order)
        view.setSortingEnabled(True)
        header.setSortIndicatorShown(True)
    # Retranslated titles (RecordTableModel.retranslate) can be longer than the columns they head.
    model.headerDataChanged.connect(lambda *_: fit_headers(view))
    fit_headers(view)
    return view


def current_record(view: QTableView) -> Any:
    """The record of the view's current row, or None."""
    return record_at(view.currentIndex())


def select_row(view: QTableView, model_row: int) -> int:
    """Selects the row that shows `model_row` of the record model (through any proxy); returns the
    view's row (-1 when it is not shown)."""
    row = to_view_row(view.model(), model_row)
    if row >= 0:
        view.selectRow(row)
    return row


def fit_headers(view: QTableView) -> None:
    """Widens the columns whose title no longer fits (after a language change, or before any row
    was shown); never narrows one."""
    model, header = view.model(), view.horizontalHeader()
    pad = 30 if view.isSortingEnabled() else 14  # room for the sort arrow
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header.fontMetrics().horizontalAdvance(title) + pad
        if header.sectionSize(column) < width:
            header.resizeSection(column, width)


def fit_columns(view: QTableView, sample_rows: int = 40, max_width: int = 320) -> None:
    """Widths from the header text and the first rows' texts (not all rows: lists can be long)."""
    model = view.model()
    columns = source_model(model).columns
    metrics = view.fontMetrics()
    header_metrics = view.horizontalHeader().fontMetrics()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + (30 if view.isSortingEnabled() else 14)  # sort arrow
        for row in range(min(model.rowCount(), sample_rows)):
            text = model.data(model.index(row, column)) or ""
            width = max(width, metrics.horizontalAdvance(str(text)) + 16)
        if columns[column].kind == "check":
            width = max(width, 48)
        view.horizontalHeader().resizeSection(column, min(width, max_width))
