"""The customers of one segment (or any list of customer ids) in the Segments tab: a title, a count
with their revenue, a sortable table, a double-click that opens a customer in the Customers tab, and
an export to CSV/XLSX (`MembersPanel`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError
from app.ui import session, workers
from app.ui.dialogs import ask_save_path, error_text, safe_file_name, warn
from app.ui.itemmodels import ColumnSpec, record_at, records_in_view_order, value_of
from app.ui.segments.data import SegmentData
from app.ui.segments.display import export_value, money, percent, record_model, segment_column, tr_here
from app.ui.segments.labels import section_title
from app.ui.table_views import fit_columns, make_table

MEMBER_COLUMNS: dict[str, ColumnSpec] = {c.key: c for c in (
    segment_column("code", QT_TRANSLATE_NOOP("SegmentsTab", "Code")),
    segment_column("name", QT_TRANSLATE_NOOP("SegmentsTab", "Name")),
    segment_column("phone", QT_TRANSLATE_NOOP("SegmentsTab", "Phone")),
    segment_column("email", QT_TRANSLATE_NOOP("SegmentsTab", "Email")),
    segment_column("segment", QT_TRANSLATE_NOOP("SegmentsTab", "RFM segment"), "segment"),
    segment_column("tier", QT_TRANSLATE_NOOP("SegmentsTab", "Value tier"), "tier"),
    segment_column("purchases", QT_TRANSLATE_NOOP("SegmentsTab", "Purchases"), "int"),
    segment_column("spend", QT_TRANSLATE_NOOP("SegmentsTab", "Total spent"), "money"),
    segment_column("first_day", QT_TRANSLATE_NOOP("SegmentsTab", "First purchase"), "day"),
    segment_column("last_day", QT_TRANSLATE_NOOP("SegmentsTab", "Last purchase"), "day"),
    segment_column("recency", QT_TRANSLATE_NOOP("SegmentsTab", "Days since last purchase"), "int"),
    segment_column("usual_gap", QT_TRANSLATE_NOOP("SegmentsTab", "Usual gap (days)"), "days",
                   tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "How many days usually pass between two purchases of this customer")),
)}
# The figures right after the name, so that they are in view without scrolling sideways.
DEFAULT_MEMBER_COLUMNS = ("code", "name", "purchases", "spend", "recency", "last_day", "segment", "tier", "phone")




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
        self.model = record_model([MEMBER_COLUMNS[c] for c in columns], self)
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
        record = record_at(index)
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
        rows = [[export_value(c.kind, value_of(r, c.key)) for c in columns]
                for r in records_in_view_order(self.view.model())]
        sheet = self.tr("Customers")
        currency = session.fmt().currency

        def work(progress, cancelled):
            from app.services import customer_data

            return customer_data.write_table(path, headers, rows, total=len(rows), sheet=sheet,
                                             progress=progress, cancelled=cancelled, currency=currency)

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
