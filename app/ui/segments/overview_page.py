"""Overview / RFM: the eleven named segments with their size, revenue, meaning and suggested action,
the chart of segment sizes and revenue and the R-F grid heat map; clicking a row, a bar or a grid
cell lists the customers it holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.services.segments.definitions import SEGMENT_BY_KEY
from app.ui import session
from app.ui.itemmodels import record_at
from app.ui.segments.chart_view import ChartView
from app.ui.segments.display import record_model, summary_columns, summary_records, tr_segment
from app.ui.segments.labels import note_label, section_title
from app.ui.segments.members import MembersPanel
from app.ui.segments.page import SectionPage, column, splitter
from app.ui.table_views import fit_columns, make_table, select_row

SUMMARY_COLUMNS = summary_columns(QT_TRANSLATE_NOOP("SegmentsTab", "Segment"))


class OverviewPage(SectionPage):
    def __init__(self, tab: QWidget | None = None):
        super().__init__(tab)
        self._details_ref: str | None = None  # what fill_details lists: the chosen row's customers
        self.setObjectName("segments_overview")
        self.heading = section_title()
        self.intro = note_label()
        self.model = record_model(SUMMARY_COLUMNS, self, tooltip_key="meaning")
        self.table = make_table(self.model, sortable=False, name="segment_table")
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.meaning_title = section_title()
        self.meaning_label = note_label()
        self.action_label = note_label()
        meaning = column(self.meaning_title, self.meaning_label, self.action_label, margins=(2, 4, 2, 4))
        left = column(self.heading, self.intro, (self.table, 1), meaning)

        self.sizes_chart = ChartView("segment_sizes")
        self.grid_chart = ChartView("rf_grid")
        self.charts = [self.sizes_chart, self.grid_chart]
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("overview_charts")
        self.chart_tabs.addTab(self.sizes_chart, "")
        self.chart_tabs.addTab(self.grid_chart, "")
        self.chart_tabs.currentChanged.connect(lambda _i: self.schedule_charts())
        for chart in self.charts:
            chart.clicked.connect(self.show_ref)

        self.members = MembersPanel(name="overview_members")
        self.set_body(splitter(Qt.Orientation.Horizontal, left, self.chart_tabs, stretch=(5, 2)), self.members)
        self.retranslate_ui()

    def fill(self) -> None:
        self.members.set_data(self.data)
        self._details_ref = None
        if self.data is None:
            self.model.set_records([])
            self.members.clear()
            return
        overview = self.data.overview
        records = summary_records(overview.segments)
        shown = self.members.ref
        self.model.set_records(records)
        fit_columns(self.table)
        self._update_intro()
        # Keep the list the owner was looking at; else start with the first segment that has customers.
        row = self.model.row_of(lambda r: r["ref"] == shown) if shown else None
        if row is None:
            row = self.model.row_of(lambda r: r["customers"] > 0)
        if row is not None:
            with QSignalBlocker(self.table.selectionModel()):  # its customers are listed by fill_details
                select_row(self.table, row)
            self._details_ref = self.model.record(row)["ref"]
            self._show_meaning(self.model.record(row)["key"])
        elif shown and shown.startswith(("rf:", "at_risk")):
            self._details_ref = shown
        else:
            self.members.clear(self.tr("No customer has bought anything yet."))
            self._show_meaning(None)

    def show_counts(self, summaries) -> None:
        """The segments' table from stored counts (`segments.stored_segment_summaries`), before the
        figures arrive; `fill` replaces it with the same figures."""
        self.model.set_records(summary_records(summaries))
        fit_columns(self.table)

    def fill_details(self) -> None:
        ref, self._details_ref = self._details_ref, None
        if ref is None:
            return
        if ref.startswith("rfm:"):
            if self.members.ref != ref:
                self.members.show_segment(ref)
        else:
            self.show_ref(ref)

    def chart_builder(self, chart: ChartView):
        from app.services.segments import charts

        overview = self.data.overview
        if chart is self.sizes_chart:
            return lambda: charts.sizes_chart(overview.segments, translate=QCoreApplication.translate,
                                              locale=session.fmt().locale)
        return lambda: charts.rf_grid_chart(overview.grid, translate=QCoreApplication.translate,
                                            locale=session.fmt().locale)

    def primary_chart(self) -> ChartView:
        return self.chart_tabs.currentWidget()

    def has_pending_charts(self) -> bool:
        chart = self.primary_chart()
        return bool(chart.stale and chart.builder)

    def draw_charts(self) -> None:
        self._draw_pending = False
        if self.isVisible():
            self.primary_chart().draw()
            self._charts_drawn()

    # ----- clicks -----
    def _row_changed(self, current, _previous=None) -> None:
        record = record_at(current)
        if record is None:
            return
        self._show_meaning(record["key"])
        if self.members.ref != record["ref"]:
            self.members.show_segment(record["ref"])

    def show_ref(self, ref: str) -> None:
        """Lists the customers of a segment, a tier or an R-F cell (a chart click)."""
        if ref.startswith("rfm:"):
            row = self.model.row_of(lambda r: r["ref"] == ref)
            if row is not None:
                select_row(self.table, row)
        elif ref.startswith("rf:"):
            _, r, f = ref.split(":")
            self._show_meaning(self.data.overview.grid.segments[int(r) - 1][int(f) - 1] if self.data else None)
            self.table.clearSelection()
        self.members.show_segment(ref)

    def _show_meaning(self, key: str | None) -> None:
        definition = SEGMENT_BY_KEY.get(key or "")
        self._meaning_key = key
        if definition is None:
            self.meaning_title.setText("")
            self.meaning_label.setText("")
            self.action_label.setText("")
            return
        self.meaning_title.setText(tr_segment(definition.name))
        self.meaning_label.setText(self.tr("Who they are: {meaning}").format(meaning=tr_segment(definition.meaning)))
        self.action_label.setText(self.tr("What to do: {action}").format(action=tr_segment(definition.action)))

    def _update_intro(self) -> None:
        if self.data is None:
            self.intro.setText("")
            return
        figures = self.data.figures
        if figures.method == "quintiles":
            method = self.tr("Scores 1 to 5 come from quintiles: each score holds a fifth of the customers.")
        else:
            method = self.tr("Scores 1 to 5 come from the fixed thresholds of this shop (see the notice above).")
        self.intro.setText(self.tr(
            "Customers are grouped by how recently (R) and how often (F) they bought. {method}").format(method=method))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("RFM segments"))
        self.chart_tabs.setTabText(0, self.tr("Sizes and revenue"))
        self.chart_tabs.setTabText(1, self.tr("Recency × frequency grid"))
        self.model.retranslate()
        for record in self.model.records:
            definition = SEGMENT_BY_KEY.get(record["key"])
            record["meaning"] = tr_segment(definition.meaning) if definition else ""
        self._show_meaning(getattr(self, "_meaning_key", None))
        self._update_intro()
        if self.model.records:
            fit_columns(self.table)

