"""The Checklist tab: sub-pages for the checklist (`items_page`), the progress per section now and over
time (`progress_page`), and the customer-focus quiz and SWOT board when their modules exist
(`app.ui.checklist.quiz.QuizPage`, `app.ui.checklist.swot.SwotBoard`). It reads the items, the
statuses the shop's data suggests and the progress history from `app.services.checklist`, and reads
them again whenever the shop's data changes (so that the suggestions stay true). The suggestions are
read on a worker: one of them scans the year's invoices (about a second on a shop with a million sales
lines); the items show at once and their suggestions follow."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.services.changes import Changes
from app.services.checklist import items, suggestions
from app.ui import registry, session, workers
from app.ui.checklist.items_page import ItemsPage
from app.ui.checklist.progress_page import ProgressPage
from app.ui.events import events

CONTEXT = "ChecklistTab"
# Pages built by other modules, shown when the module exists: (module:Class, title).
EXTRA_PAGES = (
    ("app.ui.checklist.quiz:QuizPage", QT_TRANSLATE_NOOP("ChecklistTab", "Customer-focus quiz")),
    ("app.ui.checklist.swot:SwotBoard", QT_TRANSLATE_NOOP("ChecklistTab", "SWOT board")),
)


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _load(target: str) -> Callable[[QWidget], QWidget] | None:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name) if _module_exists(module) else None


class ChecklistTab(QWidget):
    def __init__(self, window: QWidget | None = None):
        super().__init__(window)
        self._window = window
        self._stale = True
        self._suggested: tuple[dt.date, dict[str, suggestions.Suggestion]] | None = None  # (day, by item key)
        self._reading: tuple[object, dt.date] | None = None  # (shop, day) of the suggestions being read
        self._read_again = False  # the data changed while they were read
        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.items_page = ItemsPage()
        self.items_page.open_tab.connect(self.open_tab)
        self.progress_page = ProgressPage()
        self.pages.addTab(self.items_page, "")
        self.pages.addTab(self.progress_page, "")
        self.extra_pages: list[tuple[QWidget, str]] = []
        for target, title in EXTRA_PAGES:
            page_class = _load(target)
            if page_class is not None:
                page = page_class(self)
                self.extra_pages.append((page, title))
                self.pages.addTab(page, "")
        self.pages.currentChanged.connect(self._page_changed)
        layout.addWidget(self.pages)
        events.changed.connect(self._on_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.pages.setTabText(0, self.tr("Checklist"))
        self.pages.setTabText(1, self.tr("Progress"))
        for page, title in self.extra_pages:
            self.pages.setTabText(self.pages.indexOf(page), QCoreApplication.translate("ChecklistTab", title))
        self.items_page.panel.tab_titles = self._tab_titles()
        if not self._stale:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _tab_titles(self) -> dict[str, str]:
        """The tabs an item can open (key -> title in the interface language, with '&&' for an '&' as a
        button shows it); 'import' opens the import assistant when the window has one."""
        if not hasattr(self._window, "show_tab"):
            return {}
        titles = {spec.key: QCoreApplication.translate("Tabs", spec.title)
                  for spec in registry.available_tabs() if spec.key != "checklist"}
        if events.has_import_handler():
            titles["import"] = ""
        return titles

    # ------------------------------------------------------------------ data
    def tab_shown(self) -> None:
        self.items_page.panel.tab_titles = self._tab_titles()
        if self._stale:
            self.refresh()
        self._page_changed(self.pages.currentIndex())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: Changes, _origin=None) -> None:
        # The suggestions come from the shop's data, not from the checklist: a checklist write keeps them
        # (computing them takes 0.15 s on a shop with a million sales lines).
        if replace(changes, checklist=False):
            self._suggested = None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        shop = session.current_shop()
        if shop is None:
            return
        self._stale = False
        today = dt.date.today()
        checklist = items.list_items(shop.conn, today)
        current = self._suggested is not None and self._suggested[0] == today
        if not current:
            self._read_suggestions(shop, today)
        # until the new suggestions arrive, the ones read before stay (a change rarely moves many)
        self.items_page.show_data(checklist, self._suggested[1] if self._suggested is not None else {})
        self.progress_page.show_data(self.items_page.progress, items.progress_history(shop.conn, today))

    def _read_suggestions(self, shop, today: dt.date) -> None:
        if self._reading is not None:
            self._read_again = True  # read once more when the running read ends
            return
        self._reading = (shop, today)
        self._read_again = False
        workers.run_job(lambda conn, _progress, _cancelled: suggestions.suggest_all(conn, today), title=self.tr("Reading what your data suggests"), parent=self,
                        shop=shop, on_success=self._suggestions_read, on_failure=self._suggestions_failed,
                        show_progress=False, cancellable=False)

    def _suggestions_read(self, found: dict[str, suggestions.Suggestion]) -> None:
        shop, today = self._reading or (None, dt.date.today())
        self._reading = None
        if shop is not session.current_shop():
            return
        if self._read_again:
            self._suggested = None
            self._read_suggestions(shop, dt.date.today())
            return
        self._suggested = (today, found)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _suggestions_failed(self, exc: BaseException) -> None:
        from app.ui import failures

        self._reading = None
        failures.report(self, self.tr("Reading what your data suggests"), exc)

    def wait_for_suggestions(self, timeout_s: float = 30.0) -> bool:
        """Lets the event loop run until the suggestions being read have arrived (tests, screenshots)."""
        import time

        deadline = time.monotonic() + timeout_s
        while self._reading is not None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        QApplication.processEvents()
        return self._reading is None

    def _page_changed(self, index: int) -> None:
        page = self.pages.widget(index)
        shown = getattr(page, "tab_shown", None)
        if callable(shown):
            shown()

    def prepare_screenshot(self) -> None:
        """--screenshot: the first item chosen, so that the panel is not empty."""
        if self._stale:
            self.refresh()
        self.wait_for_suggestions()
        self.items_page.select_first()

    # ------------------------------------------------------------------ actions
    def open_tab(self, key: str) -> None:
        if key == "import":
            events.import_requested.emit([])
            return
        show = getattr(self._window, "show_tab", None)
        if show is not None:
            show(key)
