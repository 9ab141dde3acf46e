"""The Help menu: the guide (F1) and the list of keyboard shortcuts.

The guide is a set of short HTML pages shipped in `resources/guide/<language>/<page>.html` (one per tab,
named by the tab's key, plus `start.html`), with their pictures in `resources/guide/images/`; it is
shown in the app (a QTextBrowser), with no browser or network. F1 opens the current tab's page. A tab
added later gets its page by adding `<key>.html` in each language.

The shortcut list is read from the window's actions themselves, so it cannot go stale."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from app.ui import language
from app.ui.dialogs import translate_buttons

GUIDE_DIR = Path(__file__).resolve().parents[2] / "resources" / "guide"
START_PAGE = "start"
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def guide_folder(code: str | None = None) -> Path:
    """The guide in the interface language, else in English."""
    folder = GUIDE_DIR / (code or language.current_language())
    return folder if folder.is_dir() else GUIDE_DIR / "en"


def guide_pages(tab_keys: list[str], code: str | None = None) -> list[tuple[str, str]]:
    """(page key, title) of the start page and of each tab that has a page, in tab order."""
    folder = guide_folder(code)
    pages = []
    for key in [START_PAGE, *tab_keys]:
        path = folder / f"{key}.html"
        if path.is_file():
            found = _TITLE.search(path.read_text(encoding="utf-8"))
            pages.append((key, html.unescape(found.group(1).strip()) if found else key))
    return pages


class GuideDialog(QDialog):
    """The guide: its pages on the left, the page on the right."""

    def __init__(self, window, page: str | None = None):
        super().__init__(window)
        self.setObjectName("guide_dialog")
        self.window_ = window
        self.page_list = QListWidget()
        self.page_list.setMaximumWidth(220)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.page_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.page_list.currentItemChanged.connect(self._page_chosen)
        self.resize(900, 640)
        self.current_page = page or START_PAGE
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Guide"))
        translate_buttons(self.buttons)
        wanted = self.current_page
        self.page_list.blockSignals(True)
        self.page_list.clear()
        for key, title in guide_pages(self.window_.tab_keys()):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.page_list.addItem(item)
        self.page_list.blockSignals(False)
        self.show_page(wanted)

    def page_keys(self) -> list[str]:
        return [self.page_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.page_list.count())]

    def show_page(self, key: str) -> None:
        """Shows the page of `key` (the start page when that tab has none)."""
        keys = self.page_keys()
        if key not in keys:
            key = START_PAGE
        self.current_page = key
        folder = guide_folder()
        self.browser.setSearchPaths([str(folder), str(GUIDE_DIR)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / f"{key}.html")))
        if key in keys:
            self.page_list.blockSignals(True)
            self.page_list.setCurrentRow(keys.index(key))
            self.page_list.blockSignals(False)

    def _page_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what the action does, its keys) of every action of the window that has a shortcut, in menu
    order, then the others (tabs' own actions)."""
    seen: set[int] = set()
    ordered: list[QAction] = []

    def walk(actions) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            elif id(action) not in seen:
                seen.add(id(action))
                ordered.append(action)

    walk(window.menuBar().actions())
    ordered += [a for a in window.findChildren(QAction) if id(a) not in seen]
    rows = []
    for action in ordered:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if keys and text:
            rows.append((text, ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.window_ = window
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.table)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        translate_buttons(self.buttons)
        rows = shortcut_rows(self.window_)
        self.table.setRowCount(len(rows))
        for index, (text, keys) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(text))
            self.table.setItem(index, 1, QTableWidgetItem(keys))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
