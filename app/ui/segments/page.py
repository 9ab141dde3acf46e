"""The base of every section of the Segments tab: receives the loaded data, fills its tables at
once, and draws its charts only while it is the page on screen (matplotlib figures cost tens of
milliseconds each, and the first one pays for importing matplotlib)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLayout, QSplitter, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.segments.chart_view import ChartView
from app.ui.segments.data import SegmentData
from app.ui.warm_up import charts_ready, when_charts_ready


def column(*parts, margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A widget with the parts one under the other: widgets, layouts, or (widget, stretch) pairs."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(*margins)
    for part in parts:
        if isinstance(part, tuple):
            layout.addWidget(*part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return widget


def side_by_side(*parts, stretch: bool = True) -> QHBoxLayout:
    """Widgets side by side (an int is a spacing), then a stretch that keeps them on the left."""
    layout = QHBoxLayout()
    for part in parts:
        if isinstance(part, int):
            layout.addSpacing(part)
        else:
            layout.addWidget(part)
    if stretch:
        layout.addStretch(1)
    return layout


def splitter(orientation: Qt.Orientation, *widgets: QWidget, stretch: tuple[int, ...] = ()) -> QSplitter:
    split = QSplitter(orientation)
    for widget in widgets:
        split.addWidget(widget)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    split.setChildrenCollapsible(False)
    return split


class SectionPage(QWidget):
    needs_all = False  # True: needs the categories, saved segments, targets or movement (second stage)

    def __init__(self, tab: QWidget | None = None):
        super().__init__()
        self.tab = tab
        self.data: SegmentData | None = None
        self.charts: list[ChartView] = []
        self._draw_pending = False

    def set_body(self, top: QWidget, bottom: QWidget, stretch: tuple[int, int] = (3, 2)) -> None:
        """The page's layout: `top` above `bottom` (usually the customer list), resizable."""
        self.splitter = splitter(Qt.Orientation.Vertical, top, bottom, stretch=stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # ----- for the tab -----
    def set_data(self, data: SegmentData | None, *, details: bool = True) -> None:
        """New figures: fill the tables now; charts are rebuilt the next time the page is shown.
        `details=False` leaves the slower parts (a list of customers) to `fill_details()`, which the
        tab calls once the page's figures have been painted."""
        self.data = data
        self.fill()
        if details:
            self.fill_details()
        empty = data is not None and data.overview.value.customers == 0
        for chart in self.charts:
            chart.set_builder(self.chart_builder(chart) if data is not None and not empty else None)
            if empty:
                chart.show_message(QT_TRANSLATE_NOOP("SegmentsTab", "No chart until customers have bought something."))
        if self.isVisible():
            self.schedule_charts()

    def activate(self) -> None:
        """The page became the one on screen."""
        self.schedule_charts()

    def schedule_charts(self) -> None:
        """Draws stale charts after the tables have been painted (on a later turn of the event loop,
        so that the import of matplotlib on a worker does not slow down painting the tables)."""
        if self._draw_pending or not any(c.stale and c.builder for c in self.charts):
            return
        self._draw_pending = True
        QTimer.singleShot(0, self._prepare_charts)

    def _prepare_charts(self) -> None:
        if charts_ready():
            self.draw_charts()
        else:
            when_charts_ready(self.draw_charts)

    def has_pending_charts(self) -> bool:
        return any(c.stale and c.builder for c in self.charts)

    def draw_charts(self) -> None:
        self._draw_pending = False
        if not self.isVisible():
            return
        for chart in self.charts:
            if chart.isVisible() or chart is self.primary_chart():
                chart.draw()
        self._charts_drawn()

    def _charts_drawn(self) -> None:
        if self.tab is not None and hasattr(self.tab, "page_charts_drawn"):
            self.tab.page_charts_drawn()

    # ----- for subclasses -----
    def fill(self) -> None:
        """Fills tables and texts from self.data (None: empty)."""

    def fill_details(self) -> None:
        """Fills what may wait until `fill`'s tables are painted (the customers of the chosen row)."""

    def chart_builder(self, chart: ChartView):
        """The function that builds `chart`'s Figure from self.data."""
        return None

    def primary_chart(self) -> ChartView | None:
        return self.charts[0] if self.charts else None

    def retranslate_ui(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            for chart in self.charts:  # their labels are in the old language
                if chart.chart is not None:
                    chart.stale = True
            if self.isVisible():
                self.schedule_charts()
        super().changeEvent(event)
