"""The Segments tab (issue 4): who the best customers are, who is slipping away, which groups to
focus on. A list of sections on the left (overview and RFM segments, customer value, product
categories, hand-made segments, target choice, movement) and the section's page on the right.

The figures are loaded on a worker thread (`app.services.segments.load_overview`, plus the
customers' names for the lists); each page fills its tables as soon as they arrive and draws its
matplotlib charts only while it is on screen. When sales or customers change, a shown tab reloads
and a hidden one only marks itself stale and reloads when it is shown again."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.changes import Changes
from app.ui import application, session, workers
from app.ui.dialogs import InfoBar
from app.ui.events import events
from app.ui.segments.data import SegmentData
from app.ui.segments.display import date_label, money

RELOAD_DELAY_MS = 150  # coalesces a burst of change signals into one reload
REST_FALLBACK_MS = 3000  # the second loading stage starts by then even if the charts are not drawn

# (key, English title, "module:Class"), in the order of the section list.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("overview", QT_TRANSLATE_NOOP("SegmentsTab", "Overview and RFM"), "overview_page:OverviewPage"),
    ("value", QT_TRANSLATE_NOOP("SegmentsTab", "Customer value"), "value_page:ValuePage"),
    ("categories", QT_TRANSLATE_NOOP("SegmentsTab", "Product categories"), "categories_page:CategoriesPage"),
    ("saved", QT_TRANSLATE_NOOP("SegmentsTab", "Hand-made segments"), "saved_page:SavedSegmentsPage"),
    ("targets", QT_TRANSLATE_NOOP("SegmentsTab", "Target choice"), "targets_page:TargetsPage"),
    ("movement", QT_TRANSLATE_NOOP("SegmentsTab", "Movement"), "movement_page:MovementPage"),
)


def _page_class(target: str):
    import importlib

    module, _, name = target.partition(":")
    return getattr(importlib.import_module(f"app.ui.segments.{module}"), name)


class SegmentsTab(QWidget):
    def __init__(self, window: QWidget | None = None):
        super().__init__()
        self.setObjectName("segments_tab")
        self.data: SegmentData | None = None
        self.load_job: workers.Job | None = None  # the first stage
        self.rest_job: workers.Job | None = None  # the second stage
        self._stale = True
        self._reload_again = False
        self._loading_shop = None
        self._rest_pending = False  # the second stage waits for the page's charts
        self.pages: dict[str, QWidget] = {}

        self.status_label = QLabel()
        self.status_label.setObjectName("segments_status")
        self.status_label.setWordWrap(True)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(lambda _checked=False: self.edit_settings())
        header = QHBoxLayout()
        header.addWidget(self.status_label, 1)
        header.addWidget(self.settings_button)
        self.notice = InfoBar(warning=True)
        self.notice_button = self.notice.add_button(self.edit_settings)
        self.notice.hide()

        self.section_list = QListWidget()
        self.section_list.setObjectName("segments_sections")
        for key, _title, _target in SECTIONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.section_list.addItem(item)
        self.stack = QStackedWidget()
        self.section_list.currentRowChanged.connect(self._section_changed)
        body = QHBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.section_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        events.shop_changed.connect(self._shop_changed)
        events.changed.connect(self._changed)
        self.retranslate_ui()
        keys = [key for key, _t, _m in SECTIONS]
        saved = application.settings().value("segments/section", "overview")
        self.section_list.setCurrentRow(keys.index(saved) if saved in keys else 0)

    # ----- sections -----
    def page(self, key: str) -> QWidget:
        """The page of a section, built the first time it is asked for."""
        page = self.pages.get(key)
        if page is None:
            target = next(t for k, _title, t in SECTIONS if k == key)
            page = _page_class(target)(self)
            self.pages[key] = page
            self.stack.addWidget(page)
            page.set_data(self._data_for(page))
        return page

    def show_section(self, key: str) -> QWidget:
        keys = [k for k, _t, _m in SECTIONS]
        self.section_list.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SECTIONS[row][0]
        page = self.page(key)
        if page.needs_all and self._rest_pending:
            self.start_rest()
        self.stack.setCurrentWidget(page)
        application.settings().setValue("segments/section", key)
        if self.isVisible():
            page.activate()

    # ----- loading -----
    # Two stages on worker threads: first the figures that the overview and customer-value pages
    # show (the tab is usable as soon as they arrive), then the categories, saved segments, target
    # table and movement, which the other pages need.
    def reload(self) -> workers.Job | None:
        """Loads the figures on worker threads; the pages fill as each stage arrives."""
        self._reload_timer.stop()
        shop = session.current_shop()
        if shop is None:
            self._set_data(None)
            return None
        if self.is_loading(include_timer=False):
            self._reload_again = True
            return self.load_job
        self._stale = False
        self._loading_shop = shop
        self._update_status(loading=True)
        if self.data is None:
            self._show_stored_counts(shop)

        def work(conn, _progress, cancelled):
            return SegmentData.load(conn, cancelled)

        # No progress dialog: the status line says the figures are being computed, and the tab stays usable.
        # (It would also hit a workers.py bug: closing the dialog of a job longer than 0.5 s cancels it.)
        # Bound methods, not closures: Qt drops the connections if the tab is deleted before the job ends.
        self.load_job = workers.run_job(work, title=self.tr("Computing the segments"), parent=self, shop=shop,
                                        on_success=self._loaded, show_progress=False)
        self.load_job.finished.connect(self._load_finished)
        return self.load_job

    def _show_stored_counts(self, shop) -> None:
        """While the figures load: the RFM counts stored with the last figures, when those are up to
        date (one query, no numpy), so that the overview's table is painted at once."""
        from app.services.segments.stored import stored_segment_summaries

        overview = self.pages.get("overview")
        if overview is not None:
            summaries = stored_segment_summaries(shop.conn)
            if summaries is not None:
                overview.show_counts(summaries)

    def _loaded(self, data: SegmentData | None) -> None:
        if self._loading_shop is not session.current_shop() or data is None:
            return
        # The tables first and painted at once (before the second stage competes with this thread
        # for the GIL), then the customer lists, which take longer to fill.
        self._set_data(data, details=False)
        if self.isVisible():
            self.repaint()
        for page in self.pages.values():
            page.fill_details()
        page = self.stack.currentWidget()
        if self.isVisible() and page is not None and not page.needs_all and page.has_pending_charts():
            # The page's charts first (importing matplotlib and drawing hold the GIL too), then the rest;
            # the timer is a fallback should the charts never be drawn.
            self._rest_pending = True
            QTimer.singleShot(REST_FALLBACK_MS, self.start_rest)
        else:
            self.start_rest()

    def start_rest(self) -> None:
        """Starts the second loading stage (when the first one is in and it has not started yet)."""
        self._rest_pending = False
        if (self.data is None or self.data.complete or self._loading_shop is None
                or (self.rest_job is not None and self.rest_job.running)):
            return
        figures = self.data.figures

        def work(conn, _progress, cancelled):
            return SegmentData.load_rest(conn, figures, cancelled)

        self.rest_job = workers.run_job(work, title=self.tr("Computing the segments"), parent=self,
                                        shop=self._loading_shop, on_success=self._rest_loaded, show_progress=False)
        self.rest_job.finished.connect(self._load_finished)

    def page_charts_drawn(self) -> None:
        """Called by the page on screen when it has drawn its charts."""
        if self._rest_pending:
            self.start_rest()

    def _rest_loaded(self, rest) -> None:
        if rest is None or self.data is None or self._loading_shop is not session.current_shop():
            return
        self.data.complete_with(rest)
        for page in self.pages.values():
            if page.needs_all:
                page.set_data(self.data)
        self._update_status()

    def _load_finished(self) -> None:
        if self.load_job is not None and self.load_job.error:
            self._rest_pending = False  # no first stage, no second
        if self.is_loading(include_timer=False):
            return
        self._loading_shop = None
        if self._reload_again:
            self._reload_again = False
            self.reload()
        else:
            self._update_status()

    def is_loading(self, include_timer: bool = True) -> bool:
        return ((include_timer and self._reload_timer.isActive()) or self._rest_pending
                or any(job is not None and job.running for job in (self.load_job, self.rest_job)))

    def wait_loaded(self, timeout_ms: int = 60_000) -> bool:
        """For tests and benchmarks: processes events until every figure is loaded (a reload that
        is waiting for its short delay starts at once)."""
        if self._reload_timer.isActive():
            self.reload()
        deadline = time.monotonic() + timeout_ms / 1000
        while self.is_loading() or self._reload_again:
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return self.data is not None and self.data.complete

    def _data_for(self, page) -> SegmentData | None:
        """A page that shows categories, saved segments, targets or movement waits for the second stage."""
        if self.data is not None and page.needs_all and not self.data.complete:
            return None
        return self.data

    def _set_data(self, data: SegmentData | None, *, details: bool = True) -> None:
        self.data = data
        current = self.stack.currentWidget()
        # The page on screen first, so that its tables are painted as early as possible.
        for page in sorted(self.pages.values(), key=lambda p: p is not current):
            page.set_data(self._data_for(page), details=details)
        self._update_status()

    def data_changed(self) -> None:
        """Sales, customers or segment settings changed: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def _changed(self, changes: Changes, origin: object) -> None:
        if changes.shop:
            return  # _shop_changed reloads everything
        targets = self.pages.get("targets")
        if changes.segments and not (changes.sales or changes.customers) and targets is not None and origin is targets:
            return  # a target mark, profile or weight: the target table updated itself
        # Customers' attributes feed the hand-made segments and the accessibility of every segment.
        if changes.sales or changes.customers or changes.segments:
            self.data_changed()
        elif changes.settings:
            self._settings_changed()

    def _shop_changed(self) -> None:
        self._reload_again = False
        self._set_data(None)
        self._stale = True
        if session.current_shop() is not None and self.isVisible():
            self._reload_timer.start()
        else:
            self._reload_timer.stop()

    def _settings_changed(self) -> None:
        # Currency or locale: every figure is re-formatted; the figures themselves are unchanged.
        if self.data is not None:
            for page in self.pages.values():
                page.set_data(self._data_for(page))
            self._update_status()

    def tab_shown(self) -> None:
        if self._stale:
            self.reload()
        else:
            page = self.stack.currentWidget()
            if page is not None:
                page.activate()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not self.is_loading():
            self._reload_timer.start(0)

    def prepare_screenshot(self) -> None:
        self.wait_loaded()
        page = self.stack.currentWidget()
        if page is not None:
            page.draw_charts()

    # ----- settings -----
    def edit_settings(self) -> None:
        from app.ui.segments.settings_dialog import SegmentSettingsDialog

        shop = session.current_shop()
        if shop is None:
            return
        dialog = SegmentSettingsDialog(shop.conn, self.data.figures if self.data else None, self,
                                       read_only=not session.is_writable())
        dialog.exec()  # a saved change is announced (events.changed): the tab reloads then
        dialog.deleteLater()

    # ----- texts -----
    def _update_status(self, loading: bool = False) -> None:
        if session.current_shop() is None:
            self.status_label.setText("")
            self.notice.hide()
            return
        if self.data is None or (loading and not self.data.complete):
            self.status_label.setText(self.tr("Computing the segments…") if loading else "")
            self.notice.hide()
            return
        figures, value = self.data.figures, self.data.overview.value
        if value.customers == 0:
            self.status_label.setText(self.tr("No customer has bought anything yet: import sales to see the segments."))
        else:
            self.status_label.setText(self.tr(
                "Figures as of {date}: %n customers with purchases, who spent {revenue} in all.", "", value.customers)
                .format(date=date_label(figures.as_of), revenue=money(value.revenue)))
        small = bool(figures.small_shop) and value.customers > 0
        if small:
            self.notice.label.setText(QCoreApplication.translate("Segment", figures.message))
        self.notice.setVisible(small)
        self.settings_button.setEnabled(True)

    def retranslate_ui(self) -> None:
        for row, (_key, title, _target) in enumerate(SECTIONS):
            self.section_list.item(row).setText(QCoreApplication.translate("SegmentsTab", title))
        metrics = self.section_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.section_list.item(r).text()) for r in range(len(SECTIONS)))
        self.section_list.setFixedWidth(widest + 36)
        self.settings_button.setText(self.tr("Scoring settings…"))
        self.settings_button.setToolTip(self.tr(
            "Thresholds for small shops, the rules of the value tiers and of premium customers at risk"))
        self.notice_button.setText(self.tr("Edit the thresholds…"))
        self._update_status(loading=self.is_loading(include_timer=False))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

