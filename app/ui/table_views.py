"""Table views over `app.ui.itemmodels` record models: a read-only, row-selecting, sortable view
(`make_table`, which puts a `SortProxy` between view and model), column widths from the titles and
the first rows, and the current or wanted row through the proxy.

The layout every table shares (`prepare_table`, which `make_table` calls; other views call it
themselves): titles wrap on up to two lines with the full title in the tooltip; figure columns
(right-aligned) are sized to their content, long text is cut at LONG_TEXT; the owner's column widths and
order are remembered per table (QSettings `tables/<name>`) and then left alone by `fit_columns`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionHeader, QTableView, QToolTip

from app.ui.itemmodels import RecordTableModel, SortProxy, record_at, source_model, to_view_row


def make_table(model: RecordTableModel, *, sortable: bool = True, name: str = "", sort_key: str | None = None,
               descending: bool = True) -> QTableView:
    """A read-only table of records; sortable by clicking a header (through a SortProxy), starting
    sorted by `sort_key` (None: in the order the records come)."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    prepare_table(view, name)
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


LONG_TEXT = 200  # pixels: the widest a text column gets when other columns follow it
_PAD = 16
_SORT_ARROW = 30
_SETTINGS_GROUP = "tables"


class WrappingHeader(QHeaderView):
    """Column titles on up to two lines (wrapped between words), never elided by Qt; the tooltip
    gives the full title and the column's own tooltip."""

    LINES = 2
    owner_changed = Signal()  # the owner resized or moved a column with the mouse

    def __init__(self, parent: QTableView):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSectionsMovable(True)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setMinimumHeight(self.LINES * self.fontMetrics().lineSpacing() + 10)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:  # noqa: N802 - Qt's name
        super().initStyleOptionForIndex(option, logical_index)
        option.textAlignment = Qt.AlignmentFlag(option.textAlignment.value | Qt.TextFlag.TextWordWrap.value)

    def _layout(self) -> tuple[tuple[int, int], ...]:
        return tuple((self.logicalIndex(v), self.sectionSize(self.logicalIndex(v))) for v in range(self.count()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._before: tuple[tuple[int, int], ...] | None = self._layout()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        self._owner_may_have_changed()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name (a handle: fit the column)
        self._before = self._layout()
        super().mouseDoubleClickEvent(event)
        self._owner_may_have_changed()

    def _owner_may_have_changed(self) -> None:
        """Only the owner's own dragging counts as their layout (Qt and the fits resize columns too)."""
        if getattr(self, "_before", None) is not None and self._layout() != self._before:
            self.owner_changed.emit()
        self._before = None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and self.model() is not None:
            column = self.logicalIndexAt(event.pos())
            if column >= 0:
                title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
                extra = self.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                text = title if not extra or str(extra) == title else f"{title}\n{extra}"
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().viewportEvent(event)


def prepare_table(view: QTableView, name: str = "") -> None:
    """Gives `view` the shared header and, with a `name`, remembers the owner's column widths and
    order for that table. Call it before `setModel`."""
    header = WrappingHeader(view)
    view.setHorizontalHeader(header)
    view.setProperty("table_name", name)
    if not name:
        return
    state = _settings().value(f"{_SETTINGS_GROUP}/{name}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        view.setProperty("owner_layout", state)
    header.owner_changed.connect(lambda: _save_layout(view))


def _settings() -> QSettings:
    from app.ui.application import settings

    return settings()


def _save_layout(view: QTableView) -> None:
    name = view.property("table_name")
    if name:
        state = view.horizontalHeader().saveState()
        _settings().setValue(f"{_SETTINGS_GROUP}/{name}", state)
        view.setProperty("owner_layout", state)
        view.setProperty("owner_restored", True)


def forget_layouts() -> None:
    """Forgets every table's remembered widths and order (the next fit sizes them again)."""
    _settings().remove(_SETTINGS_GROUP)


def is_figure_column(model: QAbstractItemModel, column: int) -> bool:
    """Figure columns are the right-aligned ones (counts, money, days, percentages)."""
    alignment = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    return alignment is not None and bool(Qt.AlignmentFlag(int(alignment)) & Qt.AlignmentFlag.AlignRight)


def title_width(view: QTableView, column: int) -> int:
    """The width the column's title needs on at most two lines (split between words), with room for
    the sort arrow."""
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    header = view.horizontalHeader()
    return _two_line_width(title, header.font().key(), header.fontMetrics()) + (
        _SORT_ARROW if view.isSortingEnabled() else _PAD)


_TITLE_WIDTHS: dict[tuple[str, str], int] = {}  # (title, font key) -> width on two lines


def _two_line_width(title: str, font_key: str, metrics: Any) -> int:
    """The narrowest width of `title` split between words on two lines (measured once per font:
    tables are fitted on every fill, and each split asks the font twice)."""
    width = _TITLE_WIDTHS.get((title, font_key))
    if width is None:
        words = title.split()
        width = metrics.horizontalAdvance(title)
        for cut in range(1, len(words)):
            width = min(width, max(metrics.horizontalAdvance(" ".join(words[:cut])),
                                   metrics.horizontalAdvance(" ".join(words[cut:]))))
        _TITLE_WIDTHS[(title, font_key)] = width
    return width


def content_width(view: QTableView, column: int, sample_rows: int = 40) -> int:
    """The widest text among the first rows of a column."""
    model = view.model()
    metrics = view.fontMetrics()
    widest = 0
    for row in range(min(model.rowCount(), sample_rows)):
        text = model.data(model.index(row, column)) or ""
        widest = max(widest, metrics.horizontalAdvance(str(text)))
    return widest + _PAD if widest else 0


def fit_headers(view: QTableView) -> None:
    """Widens the columns whose title no longer fits on two lines (after a language change, or
    before any row was shown); never narrows one, and leaves the owner's layout alone."""
    if view.property("owner_layout") is not None:
        return
    model, header = view.model(), view.horizontalHeader()
    for column in range(model.columnCount()):
        width = title_width(view, column)
        if header.sectionSize(column) < width:
            header.resizeSection(column, width)


def fit_columns(view: QTableView, sample_rows: int = 40, max_width: int = 320) -> None:
    """Sizes the columns from their titles (on two lines) and the first rows' texts: figure columns
    to their content, text columns to at most LONG_TEXT (the last one to `max_width`). Tables list
    their figure columns before long text. Once the owner has resized or moved a column of this
    table, their layout is kept."""
    model = view.model()
    header = view.horizontalHeader()
    if model is None or not model.columnCount():
        return
    state = view.property("owner_layout")
    if state is not None:
        if not view.property("owner_restored"):
            header.restoreState(state)
            view.setProperty("owner_restored", True)
        return
    try:
        columns = source_model(model).columns
    except AttributeError:
        columns = None
    last = header.logicalIndex(header.count() - 1)
    for column in range(model.columnCount()):
        width = max(content_width(view, column, sample_rows), title_width(view, column))
        if columns is not None and columns[column].kind == "check":
            width = max(width, 48)
        if not is_figure_column(model, column):
            # Long text is cut (its full text is the cell's tooltip) where figures follow it.
            width = min(width, max_width if column == last else LONG_TEXT)
        header.resizeSection(column, width)
    # A stretched last column may be squeezed below its content: only text columns stretch.
    header.setStretchLastSection(not is_figure_column(model, last))
