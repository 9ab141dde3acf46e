"""A chart of the Segments tab (`ChartView`): a matplotlib Figure from app.services.segments.charts
on a FigureCanvasQTAgg, drawn when the page is on screen, click-to-list, PNG/SVG export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.dialogs import ask_save_path, warn
from app.ui.segments.display import tr_here


class ChartView(QWidget):
    """A chart (a matplotlib Figure from app.services.segments.charts) on a FigureCanvasQTAgg. It is
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
        self.chart = None
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
            self.canvas = self.chart = None
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
        chart = self.builder()
        self.set_chart(chart)

    def set_chart(self, chart) -> None:
        old = self.canvas
        self.chart = chart
        self._message = ""
        canvas = _fitting_canvas_class()(chart)
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
        if event.button != 1 or self.chart is None:  # left button only: the right one opens the menu
            return
        from app.services.segments import charts

        ref = charts.hit_test(self.chart, event)
        if ref:
            self.clicked.emit(ref)

    def export(self, path: Path) -> Path:
        """Saves the chart as shown (PNG at 150 dpi, or SVG), by the file's suffix."""
        if self.chart is None:
            self.draw()
        from app.services.segments import charts

        path = Path(path)
        charts.fit_texts(self.chart)
        # Cropped to what is drawn, with an even margin: the file is complete and centred.
        self.chart.savefig(path, dpi=150 if path.suffix.lower() == ".png" else "figure", bbox_inches="tight",
                           pad_inches=0.15, facecolor="white", format=path.suffix.lower().lstrip("."))
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


_CANVAS_CLASS = None


def _fitting_canvas_class():
    """FigureCanvasQTAgg that fits the figure's texts to its size before each draw (made on first use:
    matplotlib is imported only when a chart is shown)."""
    global _CANVAS_CLASS
    if _CANVAS_CLASS is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from app.services.segments import charts

        class FittingCanvas(FigureCanvasQTAgg):
            def draw(self) -> None:
                charts.fit_texts(self.figure)
                super().draw()

        _CANVAS_CLASS = FittingCanvas
    return _CANVAS_CLASS
