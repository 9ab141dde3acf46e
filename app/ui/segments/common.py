"""Pieces shared by the pages of the Segments tab: what the tab loaded (`SegmentData`), a sortable
table model over plain records with per-column formatting (`RecordModel`), the list of one
segment's customers with export (`MembersPanel`), a matplotlib chart with click-to-list and
PNG/SVG export (`ChartView`), and small formatting and file-dialog helpers.

Figures are formatted with the shop's currency and locale (`session.fmt()`); segment and tier
names are translated at display time (context "Segment"), so a language change only repaints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.models import segments as segment_store
from app.models.units import SECONDS_PER_DAY, day_to_date, stored_to_decimal
from app.services import formatting
from app.services.errors import UserError
from app.services.segments.definitions import SEGMENT_BY_KEY, TIER_BY_KEY
from app.ui import session, workers
from app.ui.dialogs import ask_save_path, error_text, safe_file_name, warn

CONTEXT = "SegmentsTab"  # context of the module-level texts of this package
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record (dict or object)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def tr_segment(text: str) -> str:
    """A segment, tier or criterion name (English source text from app.services.segments)."""
    return QCoreApplication.translate("Segment", text) if text else ""


def tr_here(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def segment_label(key: str | None) -> str:
    definition = SEGMENT_BY_KEY.get(key or "")
    return tr_segment(definition.name) if definition else ""


def tier_label(key: str | None) -> str:
    definition = TIER_BY_KEY.get(key or "")
    return tr_segment(definition.name) if definition else ""


def money(stored: float | int | None) -> str:
    return "" if stored is None else session.fmt().money(int(round(stored)))


def number(value: float | int | None, decimals: int = 0) -> str:
    return "" if value is None else session.fmt().number(value, decimals)


def percent(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else formatting.percent(value, decimals, session.fmt().locale)


def day_text(day: int | None) -> str:
    """A day number (days since 1970-01-01) as a date in the shop's locale."""
    return "" if day is None else session.fmt().date(int(day) * SECONDS_PER_DAY)


def date_text(value: dt.date | None) -> str:
    return "" if value is None else formatting.date(value, session.fmt().locale)


def month_text(month: int | None) -> str:
    """yyyymm -> "06/2026"."""
    return "" if month is None else f"{month % 100:02d}/{month // 100}"


# ---------------------------------------------------------------- what the tab loaded

@dataclass
class SegmentData:
    """What the tab shows, in the shape of `app.services.segments.Overview`, plus what the customer
    lists need: each customer's code, name, phone and e-mail, and the figures as plain Python lists
    by customer id (built on the worker thread, so a list of thousands fills without numpy).

    Loaded in two stages: `load` (the figures, value, segments, tiers, grid, premium at risk) and
    `load_rest` (categories, saved segments, target table, movement); `complete` once both arrived."""

    overview: Any  # app.services.segments.Overview; categories, saved, targets, movement None until complete
    labels: dict[int, tuple]  # id -> (code, name, phone, email), customers with purchases
    position: dict[int, int]  # customer id -> index in the figures
    columns: dict[str, list]  # figure arrays as lists, same order as overview.figures
    complete: bool = False

    @classmethod
    def load(cls, conn, cancelled: Callable[[], bool] = lambda: False) -> SegmentData | None:
        """The first stage; runs on a worker thread with its own connection."""
        from app.models import settings as shop_settings
        from app.services import segments
        from app.services.segments import figures as figure_store
        from app.services.segments import value

        figure_store.ensure_fresh(conn)
        figures = figure_store.compute(conn)
        if cancelled():
            return None
        conf = shop_settings.get_all(conn)
        overview = segments.Overview(
            figures=figures, value=value.customer_value(figures), segments=value.segment_summaries(figures),
            tiers=value.tier_summaries(figures), grid=value.rf_grid(figures), at_risk=value.premium_at_risk(figures),
            categories=None, saved=None, targets=None, movement=None,
            currency=conf.get("currency", "VND"), locale=conf.get("locale", "vi_VN"))
        labels = {row[0]: row[1:] for row in segment_store.customer_labels(conn)}
        columns = {name: getattr(figures, name).tolist() for name in (
            "customer_id", "recency_days", "frequency", "monetary", "first_day", "last_day", "r", "f", "m",
            "segment", "tier", "usual_gap_days")}
        position = {cid: i for i, cid in enumerate(columns["customer_id"])}
        return cls(overview, labels, position, columns)

    @staticmethod
    def load_rest(conn, figures, cancelled: Callable[[], bool] = lambda: False) -> dict | None:
        """The second stage (worker thread): what load_overview adds to the figures."""
        from app.services import segments

        segments.refresh_snapshots(conn)
        rest = {"categories": segments.category_ranking(conn), "saved": segments.saved_segments(conn)}
        if cancelled():
            return None
        rest["targets"] = segments.target_table(conn, figures=figures)
        rest["movement"] = segments.movement(conn)
        return rest

    def complete_with(self, rest: dict) -> None:
        for name, value in rest.items():
            setattr(self.overview, name, value)
        self.complete = True

    @property
    def figures(self):
        return self.overview.figures

    def member_rows(self, ids: Sequence[int], conn=None) -> list[dict]:
        """One record per customer, for MembersPanel. Customers without purchases (a hand-made rule
        can select them) are read from the shop file, in one query."""
        cols = self.columns
        labels = self.labels
        missing = [cid for cid in ids if cid not in labels] if conn is not None else []
        if missing:
            labels = {**labels, **{row[0]: row[1:] for row in segment_store.customer_labels(conn, missing)}}
        rows = []
        for cid in ids:
            i = self.position.get(cid)
            code, name, phone, email = labels.get(cid) or (None, None, None, None)
            row = {"customer_id": cid, "code": code, "name": name, "phone": phone, "email": email}
            if i is not None:
                row.update(segment=cols["segment"][i], tier=cols["tier"][i], purchases=cols["frequency"][i],
                           spend=cols["monetary"][i], first_day=cols["first_day"][i],
                           last_day=cols["last_day"][i], recency=cols["recency_days"][i],
                           usual_gap=cols["usual_gap_days"][i], r=cols["r"][i], f=cols["f"][i], m=cols["m"][i])
            rows.append(row)
        return rows


# ---------------------------------------------------------------- tables

@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text, context CONTEXT
    # text, int, number, money, percent, day, days, score (0-1 shown as 0-100), check (a check box),
    # segment / tier (a key shown as its translated name), name (English text translated in "Segment")
    kind: str = "text"
    decimals: int = 0
    tooltip: str = ""  # English source text, context CONTEXT


_NUMERIC = frozenset({"int", "number", "money", "percent", "day", "days", "score"})


def _get(record: Any, key: str) -> Any:
    return record.get(key) if isinstance(record, dict) else getattr(record, key, None)


def format_value(kind: str, value: Any, decimals: int = 0) -> str:
    if value is None:
        return ""
    if kind == "int":
        return number(value)
    if kind == "number":
        return number(value, decimals)
    if kind == "score":
        return number(100.0 * value, 0)
    if kind == "money":
        return money(value)
    if kind == "percent":
        return percent(value, decimals or 1)
    if kind == "day":
        return day_text(value)
    if kind == "days":
        return number(round(value))
    if kind == "segment":
        return segment_label(value)
    if kind == "tier":
        return tier_label(value)
    if kind == "name":
        return tr_segment(value)
    return str(value)


class RecordModel(QAbstractTableModel):
    """Rows of records (dicts or objects) under Columns; sorts on the raw values (blanks last).
    A "check" column is editable; a change is reported through `checked(record, column key, on)`."""

    checked = Signal(object, str, bool)

    def __init__(self, columns: Sequence[Column], parent=None, *, tooltip_key: str | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self.tooltip_key = tooltip_key
        self.check_enabled = True
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        if self._sort is not None:
            self._sort_records(*self._sort)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        return next((i for i, r in enumerate(self.records) if predicate(r)), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr_here(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return tr_here(column.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind in _NUMERIC else _LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].kind == "check" and self.check_enabled:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        value = _get(record, column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.kind == "check" else format_value(column.kind, value, column.decimals)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "check":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind in _NUMERIC else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.tooltip_key:
                tip = _get(record, self.tooltip_key)
                return tip if isinstance(tip, str) and tip else None
            text = format_value(column.kind, value, column.decimals)
            return text if len(text) > 24 else None
        if role == RECORD_ROLE:
            return record
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
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
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked.emit(record, column.key, on)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_records(column, order)
        self.layoutChanged.emit()

    def _sort_records(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]

        def key(record):
            value = _get(record, spec.key)
            if spec.kind in ("segment", "tier", "name"):
                value = format_value(spec.kind, value)
            if value is None or value == "":
                return (1, 0)
            if isinstance(value, str):
                return (0, value.casefold())
            return (0, value)

        keyed = [(key(r), r) for r in self.records]
        present = [pair for pair in keyed if pair[0][0] == 0]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        self.records = [r for _k, r in present] + [r for k, r in keyed if k[0] == 1]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))


def summary_columns(name_title: str) -> tuple[Column, ...]:
    """The columns of a table of SegmentSummary (RFM segments, value tiers) under a first column title."""
    return (
        Column("name", name_title, "name"),
        Column("customers", QT_TRANSLATE_NOOP("SegmentsTab", "Customers"), "int"),
        Column("customer_share", QT_TRANSLATE_NOOP("SegmentsTab", "% of customers"), "percent"),
        Column("revenue", QT_TRANSLATE_NOOP("SegmentsTab", "Revenue"), "money"),
        Column("revenue_share", QT_TRANSLATE_NOOP("SegmentsTab", "% of revenue"), "percent"),
        Column("mean_spend", QT_TRANSLATE_NOOP("SegmentsTab", "Average spend"), "money"),
    )


def summary_records(summaries) -> list[dict]:
    """Records of SegmentSummary for summary_columns (the meaning translated, as a tooltip)."""
    return [dict(ref=s.ref, key=s.key, name=s.name, meaning=tr_segment(s.meaning), customers=s.customers,
                 customer_share=s.customer_share, revenue=s.revenue, revenue_share=s.revenue_share,
                 mean_spend=s.mean_spend) for s in summaries]


def current_record(view: QTableView) -> Any:
    """The record of a RecordModel table's current row, or None."""
    index = view.currentIndex()
    return view.model().data(index, RECORD_ROLE) if index.isValid() else None


def make_table(model: RecordModel, *, sortable: bool = True, name: str = "", sort_key: str | None = None,
               descending: bool = True) -> QTableView:
    """A read-only table of records; sortable by clicking a header, starting sorted by `sort_key`
    (None: in the order the records come)."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
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
        keys = [c.key for c in model.columns]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(keys.index(sort_key) if sort_key in keys else -1, order)
        view.setSortingEnabled(True)
        header.setSortIndicatorShown(True)
    # Retranslated titles (RecordModel.retranslate) can be longer than the columns they head.
    model.headerDataChanged.connect(lambda *_: fit_headers(view))
    fit_headers(view)
    return view


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
    metrics = view.fontMetrics()
    header_metrics = view.horizontalHeader().fontMetrics()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + (30 if view.isSortingEnabled() else 14)  # sort arrow
        for row in range(min(model.rowCount(), sample_rows)):
            text = model.data(model.index(row, column)) or ""
            width = max(width, metrics.horizontalAdvance(str(text)) + 16)
        if model.columns[column].kind == "check":
            width = max(width, 48)
        view.horizontalHeader().resizeSection(column, min(width, max_width))


def section_title(text: str = "") -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# ---------------------------------------------------------------- one segment's customers

MEMBER_COLUMNS: dict[str, Column] = {c.key: c for c in (
    Column("code", QT_TRANSLATE_NOOP("SegmentsTab", "Code")),
    Column("name", QT_TRANSLATE_NOOP("SegmentsTab", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("SegmentsTab", "Phone")),
    Column("email", QT_TRANSLATE_NOOP("SegmentsTab", "Email")),
    Column("segment", QT_TRANSLATE_NOOP("SegmentsTab", "RFM segment"), "segment"),
    Column("tier", QT_TRANSLATE_NOOP("SegmentsTab", "Value tier"), "tier"),
    Column("purchases", QT_TRANSLATE_NOOP("SegmentsTab", "Purchases"), "int"),
    Column("spend", QT_TRANSLATE_NOOP("SegmentsTab", "Total spent"), "money"),
    Column("first_day", QT_TRANSLATE_NOOP("SegmentsTab", "First purchase"), "day"),
    Column("last_day", QT_TRANSLATE_NOOP("SegmentsTab", "Last purchase"), "day"),
    Column("recency", QT_TRANSLATE_NOOP("SegmentsTab", "Days since last purchase"), "int"),
    Column("usual_gap", QT_TRANSLATE_NOOP("SegmentsTab", "Usual gap (days)"), "days",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "How many days usually pass between two purchases of this customer")),
)}
DEFAULT_MEMBER_COLUMNS = ("code", "name", "phone", "segment", "tier", "purchases", "spend", "last_day", "recency")


def export_value(kind: str, value: Any) -> Any:
    """A record value as a spreadsheet wants it: money in the main unit, days as dates, names translated."""
    if value is None:
        return None
    if kind == "money":
        return stored_to_decimal(int(round(value)))
    if kind == "day":
        return day_to_date(int(value))
    if kind == "days":
        return round(float(value), 1)
    if kind in ("segment", "tier"):
        return format_value(kind, value)
    return value


class MembersPanel(QWidget):
    """The customers of one segment (or any list of customer ids): a title, a count with their
    revenue, a sortable table and an export to CSV/XLSX (spreadsheet formulas neutralised)."""

    def __init__(self, columns: Sequence[str] = DEFAULT_MEMBER_COLUMNS, parent: QWidget | None = None,
                 *, name: str = "members"):
        super().__init__(parent)
        self.setObjectName(name)
        self.data: SegmentData | None = None
        self.ref: str | None = None
        self.ids: list[int] = []
        self._title_source: Callable[[], str] | None = None
        self.title_label = section_title()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.export_button.setEnabled(False)
        self.model = RecordModel([MEMBER_COLUMNS[c] for c in columns], self)
        self.view = make_table(self.model, name=f"{name}_table", sort_key="spend")
        self.view.activated.connect(self.open_customer)  # double-click or Enter
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def set_data(self, data: SegmentData | None) -> None:
        self.data = data

    def clear(self, hint: str = "") -> None:
        self.ref, self.ids, self._title_source = None, [], None
        self.model.set_records([])
        self.title_label.setText(hint)
        self.summary_label.setText("")
        self.export_button.setEnabled(False)

    def show_segment(self, ref: str) -> list[int]:
        """Lists the members of a segment reference (docs/segments.md); returns their ids."""
        from app.services import segments
        from app.services.segments import membership

        shop = session.current_shop()
        if shop is None or self.data is None:
            return []
        try:
            # RFM segments, tiers and the premium customers at risk come from the figures in memory.
            in_memory = membership.members_in(self.data.figures, ref)
            ids = in_memory.tolist() if in_memory is not None else segments.customer_ids(shop.conn, ref)
        except UserError as exc:  # a saved segment deleted meanwhile, a stale movement cell
            warn(self, self.tr("Customers of this segment"), error_text(exc))
            return []

        def title() -> str:
            return segments.segment_name(shop.conn, ref, QCoreApplication.translate)

        self._show(ref, ids, title)
        return ids

    def show_ids(self, ids: Sequence[int], title: Callable[[], str]) -> None:
        """Lists given customers under a title (a callable, so that it follows the language)."""
        self._show(None, list(ids), title)

    def _show(self, ref: str | None, ids: list[int], title: Callable[[], str]) -> None:
        shop = session.current_shop()
        self.ref, self.ids, self._title_source = ref, ids, title
        self.model.set_records(self.data.member_rows(ids, shop.conn if shop else None) if self.data else [])
        fit_columns(self.view)
        self.export_button.setEnabled(bool(ids))
        self._update_texts()

    def _update_texts(self) -> None:
        if self._title_source is None:
            return
        try:
            self.title_label.setText(self._title_source())
        except UserError:  # the segment is gone (a deleted saved segment): keep the old title
            pass
        count = len(self.ids)
        revenue = sum(r.get("spend") or 0 for r in self.model.records)
        total = self.data.overview.value.revenue if self.data else 0
        if count:
            share = 100.0 * revenue / total if total else 0.0
            self.summary_label.setText(self.tr(
                "%n customers, who spent {revenue} in all ({share} of the revenue of all customers).", "", count)
                .format(revenue=money(revenue), share=percent(share)))
        else:
            self.summary_label.setText(self.tr("No customer is in this segment."))

    def open_customer(self, index) -> bool:
        """Shows the customer of a row in the Customers tab (double-click or Enter on the row)."""
        record = self.model.record(index.row()) if index.isValid() else None
        window = self.window()
        if record is None or not hasattr(window, "show_tab") or not window.show_tab("customers"):
            return False
        return window.tab_widget("customers").show_customer(record["customer_id"])

    def export(self, path: Path | None = None) -> workers.Job | None:
        """Writes the listed customers (in the order shown) to a CSV or XLSX file."""
        if not self.model.records:
            return None
        title = self.title_label.text()
        if path is None:
            path = ask_save_path(self, self.tr("Export the customers of this segment"), safe_file_name(title, "segment") + ".csv",
                                 [(self.tr("CSV file"), ".csv"), (self.tr("Excel workbook"), ".xlsx")])
            if path is None:
                return None
        columns = self.model.columns
        headers = [tr_here(c.title) for c in columns]
        rows = [[export_value(c.kind, _get(r, c.key)) for c in columns] for r in self.model.records]
        sheet = self.tr("Customers")

        def work(progress, cancelled):
            from app.services import customer_data

            return customer_data.write_table(path, headers, rows, total=len(rows), sheet=sheet,
                                             progress=progress, cancelled=cancelled)

        def done(count) -> None:
            window = self.window()
            if count is not None and hasattr(window, "status"):
                window.status(self.tr("Exported %n customers to {file}.", "", count).format(file=path))

        # Not cancellable: in workers.py, closing the progress dialog of a cancellable job that ran
        # longer than 0.5 s marks it cancelled, and the finished export would not be reported.
        return workers.run_job(work, title=self.tr("Exporting customers"), parent=self, with_connection=False,
                               on_success=done, cancellable=False)

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("Export list…"))
        self.export_button.setToolTip(self.tr("Save these customers to a CSV or Excel file"))
        self.view.setToolTip(self.tr("Double-click a customer to open them in the Customers tab"))
        self.model.retranslate()
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# ---------------------------------------------------------------- charts

class ChartView(QWidget):
    """A matplotlib Figure from app.services.segments.charts on a FigureCanvasQTAgg. The figure is
    built by `builder()` only when `draw()` is called (the page calls it when it is on screen), a
    click on a segment's bar or cell emits `clicked(ref)`, and the chart exports to PNG or SVG
    (button menu or right-click)."""

    clicked = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, *, clickable: bool = True, min_height: int = 260,
                 hint: str = QT_TRANSLATE_NOOP("SegmentsTab", "Click a bar or a cell to list its customers.")):
        super().__init__(parent)
        self.setObjectName(name)
        self.name = name
        self.hint = hint
        self.builder: Callable[[], Any] | None = None
        self.figure = None
        self.canvas: QWidget | None = None
        self.stale = True
        self._message = ""
        self._clickable = clickable
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(min_height)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(clickable)
        # A push button with a menu: its size includes the menu arrow (a QToolButton's instant-popup
        # arrow is drawn over the end of its text, which cut "Xuất biểu đồ").
        self.export_button = QPushButton()
        self.export_menu = QMenu(self)
        self.png_action = QAction(self)
        self.svg_action = QAction(self)
        self.png_action.triggered.connect(lambda _checked=False: self.export_interactively(".png"))
        self.svg_action.triggered.connect(lambda _checked=False: self.export_interactively(".svg"))
        self.export_menu.addAction(self.png_action)
        self.export_menu.addAction(self.svg_action)
        self.export_button.setMenu(self.export_menu)
        self.export_button.setEnabled(False)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.placeholder)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.stack, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()

    def show_message(self, text: str) -> None:
        """Shows a message instead of the chart (English source text, context SegmentsTab)."""
        self._message = text
        self.placeholder.setText(tr_here(text))
        if self.canvas is not None:
            self.stack.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = self.figure = None
        self.stack.setCurrentWidget(self.placeholder)
        self.export_button.setEnabled(False)

    def set_builder(self, builder: Callable[[], Any] | None) -> None:
        """The function that makes the Figure from the current data; the chart is redrawn on the next draw()."""
        self.builder = builder
        self.stale = True

    def draw(self) -> None:
        if not self.stale or self.builder is None:
            return
        self.stale = False
        figure = self.builder()
        self.set_figure(figure)

    def set_figure(self, figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        old = self.canvas
        self.figure = figure
        self._message = ""
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName(f"{self.name}_canvas")
        canvas.setMinimumSize(240, 200)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(lambda pos: self.export_menu.exec(canvas.mapToGlobal(pos)))
        if self._clickable:
            canvas.mpl_connect("button_press_event", self._mouse_pressed)
        self.canvas = canvas
        self.stack.addWidget(canvas)
        self.stack.setCurrentWidget(canvas)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.export_button.setEnabled(True)

    def _mouse_pressed(self, event) -> None:
        if event.button != 1 or self.figure is None:  # left button only: the right one opens the menu
            return
        from app.services.segments import charts

        ref = charts.hit_test(self.figure, event)
        if ref:
            self.clicked.emit(ref)

    def export(self, path: Path) -> Path:
        """Saves the chart as shown (PNG at 150 dpi, or SVG), by the file's suffix."""
        if self.figure is None:
            self.draw()
        path = Path(path)
        self.figure.savefig(path, dpi=150 if path.suffix.lower() == ".png" else "figure",
                            facecolor="white", format=path.suffix.lower().lstrip("."))
        return path

    def export_interactively(self, suffix: str) -> Path | None:
        filters = [(self.tr("PNG image"), ".png")] if suffix == ".png" else [(self.tr("SVG drawing"), ".svg")]
        path = ask_save_path(self, self.tr("Export the chart"), f"{self.name}{suffix}", filters)
        if path is None:
            return None
        try:
            self.export(path)
        except OSError as exc:
            warn(self, self.tr("Export the chart"),
                 self.tr("The chart could not be saved to {file} ({reason}).").format(file=path, reason=exc.strerror))
            return None
        window = self.window()
        if hasattr(window, "status"):
            window.status(self.tr("Saved the chart to {file}.").format(file=path))
        return path

    def retranslate_ui(self) -> None:
        self.placeholder.setText(tr_here(self._message) if self._message else self.tr("Drawing the chart…"))
        self.hint_label.setText(tr_here(self.hint))
        self.export_button.setText(self.tr("Export chart"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image or an SVG drawing"))
        self.png_action.setText(self.tr("Save as PNG image…"))
        self.svg_action.setText(self.tr("Save as SVG drawing…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
