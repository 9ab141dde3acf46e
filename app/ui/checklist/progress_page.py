"""The progress page: one bar per section (and all items) with the share of relevant items done now,
and the chart of each section's progress score over time (`app.services.checklist.charts`, drawn
once matplotlib is ready, only when the page is on screen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from app.services.checklist import items
from app.services.checklist.definitions import SECTIONS
from app.ui import session, warm_up
from app.ui.checklist.items_page import progress_text
from app.ui.segments.chart_view import ChartView

ALL = "all"

translate = QCoreApplication.translate


class ProgressPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.progress: dict[str, items.SectionProgress] = {}
        self.history: list[tuple[dt.date, dict[str, float | None]]] = []
        layout = QVBoxLayout(self)
        self.now_box = QGroupBox()
        grid = QGridLayout(self.now_box)
        self.names: dict[str, QLabel] = {}
        self.bars: dict[str, QProgressBar] = {}
        self.counts: dict[str, QLabel] = {}
        for row, key in enumerate([*(s.key for s in SECTIONS), ALL]):
            self.names[key], self.bars[key], self.counts[key] = QLabel(), QProgressBar(), QLabel()
            self.names[key].setWordWrap(True)
            self.bars[key].setRange(0, 100)
            self.bars[key].setMinimumWidth(160)
            grid.addWidget(self.names[key], row, 0)
            grid.addWidget(self.bars[key], row, 1)
            grid.addWidget(self.counts[key], row, 2)
        self.names[ALL].setStyleSheet("font-weight: bold;")
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout.addWidget(self.now_box)
        self.chart = ChartView("checklist_progress", clickable=False, min_height=220, hint="")
        # Without the (hidden) hint beside it, the export button would stretch across the page.
        self.chart.export_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.chart, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.now_box.setTitle(translate("ChecklistTab",
                                        "Progress now (items that are not relevant are not counted)"))
        for section in SECTIONS:
            self.names[section.key].setText(translate("Checklist", section.title))
        self.names[ALL].setText(translate("ChecklistTab", "All items"))
        self.show_data(self.progress, self.history)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_data(self, progress: dict[str, items.SectionProgress],
                  history: list[tuple[dt.date, dict[str, float | None]]]) -> None:
        self.progress, self.history = progress, history
        for key, bar in self.bars.items():
            found = progress.get(key)
            percent = found.percent if found is not None else None
            bar.setValue(round(percent) if percent is not None else 0)
            bar.setEnabled(percent is not None)
            bar.setFormat(f"{session.fmt().number(percent)}%" if percent is not None else "–")
            self.counts[key].setText(progress_text(found) if found is not None else "")
        self.chart.export_button.setVisible(bool(history))  # nothing to export before the first change
        if not history:
            self.chart.set_builder(None)
            self.chart.show_message(translate(
                "ChecklistTab", "The chart starts with the first status you set on the checklist."))
            return
        locale = session.fmt().locale

        def build():
            from app.services.checklist import charts

            return charts.progress_chart(history, translate, today=dt.date.today(), locale=locale)

        self.chart.set_builder(build)
        if self.isVisible():
            self.draw_chart()

    def draw_chart(self) -> None:
        """Draws the chart once matplotlib is imported (on a worker, if it is not yet)."""
        warm_up.when_charts_ready(self._draw_if_shown)

    def _draw_if_shown(self) -> None:
        if self.isVisible():
            self.chart.draw()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.draw_chart()
