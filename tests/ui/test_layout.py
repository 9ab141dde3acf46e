"""Every tab and every Segments page of the demo shop at 1024x700, in English and in Vietnamese:
no figure column narrower than its content, the first figure columns of every table in view
without scrolling sideways, the window no wider than the screen it is made for, and no chart text
overlapping another (matplotlib gives each text's window extent). Also: the owner's column widths
and order are remembered per table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from app.services.shop import open_shop
from app.ui import language
from app.ui.main_window import MainWindow
from app.ui.segments.chart_view import ChartView
from app.ui.segments.tab import SECTIONS
from app.ui.table_views import content_width, is_figure_column

WIDTH, HEIGHT = 1024, 700
MAIN_FIGURES = 3  # the first figure columns of a table that must be in view


def _settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _visible_tables(widget) -> list[QTableView]:
    return [t for t in widget.findChildren(QTableView) if t.isVisible() and t.model() is not None
            and t.model().rowCount() > 0 and t.viewport().width() > 0]


def _table_problems(view: QTableView, where: str) -> list[str]:
    model, header = view.model(), view.horizontalHeader()
    problems = []
    figures = sorted((c for c in range(model.columnCount()) if is_figure_column(model, c) and not header.isSectionHidden(c)),
                     key=header.visualIndex)
    for column in figures:
        needed = content_width(view, column) - 4
        if header.sectionSize(column) < needed:
            title = model.headerData(column, Qt.Orientation.Horizontal)
            problems.append(f"{where} {view.objectName()}: column “{title}” is {header.sectionSize(column)} px, "
                            f"its figures need {needed}")
    for column in figures[:MAIN_FIGURES]:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if header.sectionViewportPosition(column) < 0 or right > view.viewport().width() + 1:
            title = model.headerData(column, Qt.Orientation.Horizontal)
            problems.append(f"{where} {view.objectName()}: column “{title}” is out of view "
                            f"(ends at {right} px of {view.viewport().width()})")
    return problems


def _texts(figure):
    """(text, is a rotated tick label) of every visible text of the figure."""
    out = []
    for ax in figure.axes:
        for text in [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.texts]:
            out.append((text, False))
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for location, label in zip(axis.get_majorticklocs(), axis.get_majorticklabels(), strict=False):
                if low - 1e-9 <= location <= high + 1e-9:  # matplotlib lists ticks beyond the axis too
                    out.append((label, bool(label.get_rotation() % 180)))
    return [(t, rotated) for t, rotated in out if t.get_visible() and t.get_text().strip()]


def _chart_problems(chart: ChartView, where: str) -> list[str]:
    canvas = chart.canvas
    if canvas is None or not canvas.isVisible():
        return []
    canvas.draw()
    figure = chart.chart
    renderer = figure.canvas.get_renderer()
    page = figure.bbox
    boxes = [(text, rotated, text.get_window_extent(renderer)) for text, rotated in _texts(figure)]
    problems = []
    for text, _rotated, box in boxes:
        if box.x0 < page.x0 - 1 or box.x1 > page.x1 + 1 or box.y0 < page.y0 - 1 or box.y1 > page.y1 + 1:
            problems.append(f"{where} {chart.name}: “{text.get_text()}” is cut by the chart's edge")
    for i, (a, a_rotated, a_box) in enumerate(boxes):
        for b, b_rotated, b_box in boxes[i + 1:]:
            if a_rotated and b_rotated:
                continue  # the upright boxes of slanted neighbours always meet; their letters do not
            overlap_x = min(a_box.x1, b_box.x1) - max(a_box.x0, b_box.x0)
            overlap_y = min(a_box.y1, b_box.y1) - max(a_box.y0, b_box.y0)
            if overlap_x > 1 and overlap_y > 1:
                problems.append(f"{where} {chart.name}: “{a.get_text()}” overlaps “{b.get_text()}”")
    return problems


def _demo_window(qtbot, demo_path, code: str) -> MainWindow:
    """A shown main window over the demo shop, WIDTH x HEIGHT, in language `code`."""
    language.set_language(code, remember=False)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_shop(open_shop(demo_path))
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    return window


def _page_problems(window, page, where: str) -> list[str]:
    """The window's width, then the page's visible tables and charts, once the page has settled."""
    _settle()
    assert window.width() <= WIDTH, f"{where}: the window grew to {window.width()} px"
    problems = []
    for view in _visible_tables(page):
        problems += _table_problems(view, where)
    for chart in page.findChildren(ChartView):
        if chart.isVisible():
            chart.draw()
            _settle(2)
            problems += _chart_problems(chart, where)
    return problems


@pytest.mark.parametrize("code", ["en", "vi"])
def test_every_tab_and_page_fits_1024x700(qt_app, qtbot, demo_path, code):
    window = _demo_window(qtbot, demo_path, code)
    problems = []
    try:
        window.show_tab("customers")
        customers = window.tab_widget("customers")
        customers.prepare_screenshot()
        _settle()
        for view in _visible_tables(customers):
            problems += _table_problems(view, f"[{code}] customers")
        window.show_tab("segments")
        tab = window.tab_widget("segments")
        assert tab.wait_loaded()
        for key, _title, _target in SECTIONS:
            page = tab.show_section(key)
            if hasattr(page, "prepare_screenshot"):
                page.prepare_screenshot()
            problems += _page_problems(window, page, f"[{code}] segments/{key}")
    finally:
        window.set_shop(None)
    assert not problems, "\n".join(problems)


def test_the_owners_column_widths_and_order_are_remembered_per_table(qt_app, qtbot, demo_path):
    def build():
        window = MainWindow()
        qtbot.addWidget(window)
        window.set_shop(open_shop(demo_path))
        window.resize(WIDTH, HEIGHT)
        window.show()
        return window, window.tab_widget("customers").view.horizontalHeader()

    window, header = build()
    view = header.viewport()
    edge = header.sectionViewportPosition(1) + header.sectionSize(1) - 1
    middle_y = header.height() // 2
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge, middle_y))
    QTest.mouseMove(view, QPoint(edge + 60, middle_y))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge + 60, middle_y))
    width = header.sectionSize(1)
    assert width >= header.sectionSize(0)  # the owner widened the name column by dragging its edge
    header.resizeSection(2, 333)  # the program resizing a column is not the owner's layout...
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge + 200, middle_y))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge + 200, middle_y))
    window.set_shop(None)
    window.close()
    window, header = build()
    try:
        assert header.sectionSize(1) == width and header.sectionSize(2) != 333
        window.tab_widget("customers").fit_columns()  # a refresh leaves the owner's layout alone
        assert header.sectionSize(1) == width
    finally:
        window.set_shop(None)


OTHER_TABS_SKIPPED = ("customers", "segments")  # checked page by page above


@pytest.mark.parametrize("code", ["en", "vi"])
def test_every_other_tab_fits_1024x700(qt_app, qtbot, demo_path, code):
    """The tabs beyond Customers and Segments (Overview, Personas, Journey map, Feedback, Checklist and
    any tab added later), with what `--screenshot` shows of them: the same rules for their tables and
    charts, and the window no wider than 1024 px."""
    window = _demo_window(qtbot, demo_path, code)
    problems = []
    checked = []
    try:
        for key in window.tab_keys():
            if key in OTHER_TABS_SKIPPED:
                continue
            assert window.show_tab(key)
            tab = window.tab_widget(key)
            if hasattr(tab, "prepare_screenshot"):
                tab.prepare_screenshot()
            checked.append(key)
            problems += _page_problems(window, tab, f"[{code}] {key}")
    finally:
        window.set_shop(None)
    assert {"overview", "personas", "journey", "feedback"} <= set(checked)
    assert not problems, "\n".join(problems)
