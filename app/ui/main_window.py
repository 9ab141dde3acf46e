"""The main window: tabs (built lazily from `app.ui.registry`), menus, the welcome and read-only
bars, the window title, remembered geometry, and the File menu's work on shop files (new, open,
recent, save a copy, back up, restore). Extensions add menu actions with `add_action` (docs/ui.md).

Kept light on purpose: it is on the start-up path, so it imports no pandas, matplotlib or reportlab,
and no tab module until that tab is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import db
from app.models import settings as shop_settings
from app.services import backups
from app.services.errors import UserError
from app.services.shop import Shop, create_shop, read_shop_name
from app.ui import application, language, operations, registry, session, shop_files, warm_up, workers
from app.ui.dialogs import BackupsDialog, InfoBar, NewShopDialog, error_text, inform, warn
from app.ui.events import events

DEFAULT_TAB = "overview"
_FALLBACK_KEYS = {
    QKeySequence.StandardKey.New: "Ctrl+N",
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.SaveAs: "Ctrl+Shift+S",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.HelpContents: "F1",
}


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setAcceptDrops(True)
        self._actions: dict[str, QAction] = {}
        self._translated_actions: list[tuple[QAction, str, str]] = []  # action, context, source text
        self._read_only_sensitive: list[QAction] = []
        self._menus: dict[str, QMenu] = {}
        self._file_sections: dict[str, QAction] = {}
        self._specs = registry.available_tabs()
        self._built: dict[str, QWidget] = {}
        self._unchecked: Shop | None = None  # opened, integrity not checked yet (see check_integrity)
        self.guide = None
        self.shortcuts = None

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for spec in self._specs:
            holder = QWidget()
            holder.setObjectName(f"tab_{spec.key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.welcome_bar = InfoBar(closable=True)
        self._welcome_dismissed = False
        self.welcome_bar.close_button.clicked.connect(lambda: setattr(self, "_welcome_dismissed", True))
        self.import_button = self.welcome_bar.add_button(lambda: events.import_requested.emit([]))
        self.empty_shop_button = self.welcome_bar.add_button(self.start_empty_shop)
        self.read_only_bar = InfoBar(warning=True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.welcome_bar)
        layout.addWidget(self.read_only_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.welcome_bar.hide()
        self.read_only_bar.hide()
        self.demo_badge = QLabel()
        self.demo_badge.setObjectName("demo_badge")
        self.demo_badge.setStyleSheet("QLabel#demo_badge { background: #f6c343; color: #3d2e00; border-radius: 3px;"
                                      " padding: 1px 8px; font-weight: bold; }")
        self.statusBar().addPermanentWidget(self.demo_badge)
        self.demo_badge.hide()

        self._build_menus()
        events.shop_changed.connect(self._shop_changed)
        events.settings_changed.connect(self._shop_changed)
        for module in registry.installed_extensions():
            module.install(self)
        self.retranslate_ui()
        self._restore_geometry()
        self._shop_changed()

    # ----- extension API (docs/ui.md) -----
    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def action(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def add_action(self, menu: str, text: str, *, context: str, shortcut: str | QKeySequence | None = None,
                   triggered: Callable[[], None] | None = None, name: str | None = None,
                   section: str | None = None, enabled_when_read_only: bool = True) -> QAction:
        """Adds an action to a menu; `text` is English source text re-translated in `context`."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if triggered is not None:
            action.triggered.connect(lambda _checked=False: triggered())
        target = self._menus[menu]
        target.menuAction().setVisible(True)
        anchor = self._file_sections.get(section) if menu == "file" else None
        if anchor is None and menu == "file":
            anchor = self._file_sections["end"]
        if anchor is not None:
            target.insertAction(anchor, action)
        else:
            target.addAction(action)
        self._translated_actions.append((action, context, text))
        action.setText(QCoreApplication.translate(context, text))
        if name:
            self._actions[name] = action
        if not enabled_when_read_only:
            self._read_only_sensitive.append(action)
            action.setEnabled(session.is_writable())
        return action

    def show_tab(self, key: str) -> bool:
        for index, spec in enumerate(self._specs):
            if spec.key == key:
                self.tabs.setCurrentIndex(index)
                self._ensure_built(index)
                return True
        return False

    def tab_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def tab_widget(self, key: str) -> QWidget | None:
        for index, spec in enumerate(self._specs):
            if spec.key == key:
                return self._ensure_built(index)
        return None

    def current_tab_key(self) -> str | None:
        index = self.tabs.currentIndex()
        return self._specs[index].key if 0 <= index < len(self._specs) else None

    def status(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    # ----- tabs -----
    def _ensure_built(self, index: int) -> QWidget | None:
        if not 0 <= index < len(self._specs):
            return None
        spec = self._specs[index]
        widget = self._built.get(spec.key)
        if widget is None:
            widget = spec.load()(self)
            self._built[spec.key] = widget
            self.tabs.widget(index).layout().addWidget(widget)
        return widget

    def _tab_changed(self, index: int) -> None:
        widget = self._ensure_built(index)
        if widget is not None and hasattr(widget, "tab_shown"):
            widget.tab_shown()

    # ----- menus -----
    def _make_action(self, name: str, slot: Callable[[], None], shortcut=None, *, writes: bool = False) -> QAction:
        action = QAction(self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # The platform's keys; some platforms (offscreen, minimal desktops) define none.
            action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence(_FALLBACK_KEYS[shortcut])])
        elif shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(lambda _checked=False: slot())
        self._actions[name] = action
        if writes:
            self._read_only_sensitive.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menus["file"] = bar.addMenu("")
        file_menu.addAction(self._make_action("new_shop", self.new_shop_file, QKeySequence.StandardKey.New))
        file_menu.addAction(self._make_action("open_shop", self.open_shop_file, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self._make_action("save_copy", self.save_copy, QKeySequence.StandardKey.SaveAs))
        file_menu.addAction(self._make_action("open_demo", self.open_demo_shop))
        file_menu.addAction(self._make_action("shop_settings", self.edit_shop_settings, writes=True))
        self._file_sections["shop"] = file_menu.addSeparator()
        self._file_sections["import"] = file_menu.addSeparator()
        file_menu.addAction(self._make_action("back_up", self.back_up_now, QKeySequence("Ctrl+Shift+B")))
        file_menu.addAction(self._make_action("restore", self.restore_from_backup, writes=True))
        file_menu.addAction(self._make_action("backups_folder", self.open_backups_folder))
        self._file_sections["backup"] = file_menu.addSeparator()
        self._file_sections["end"] = self._file_sections["backup"]
        file_menu.addAction(self._make_action("quit", self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self._menus["edit"] = bar.addMenu("")
        stack = session.undo_stack()
        undo = self._make_action("undo", stack.undo, QKeySequence.StandardKey.Undo)
        redo = self._make_action("redo", stack.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._make_action("find", self.find_customer, QKeySequence("Ctrl+F")))
        # Bound methods (not lambdas): Qt disconnects them when the window is destroyed.
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self._update_undo_texts)

        view_menu = self._menus["view"] = bar.addMenu("")
        self.language_menu = view_menu.addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self._language_actions: dict[str, QAction] = {}
        for code, label in language.LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: language.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self._language_actions[code] = action
        self.language_menu.aboutToShow.connect(self._update_language_actions)
        events.language_changed.connect(self._language_changed)
        self._update_language_actions()
        self._language_changed(language.current_language())

        self._menus["tools"] = bar.addMenu("")
        self._menus["tools"].menuAction().setVisible(False)  # shown once an extension adds something
        help_menu = self._menus["help"] = bar.addMenu("")
        help_menu.addAction(self._make_action("guide", self.show_guide, QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._make_action("shortcuts", self.show_shortcuts))
        help_menu.addSeparator()
        help_menu.addAction(self._make_action("open_log_folder", self.open_log_folder))
        help_menu.addAction(self._make_action("about", self.show_about))

    def _update_language_actions(self) -> None:
        for code, action in self._language_actions.items():
            action.setEnabled(language.has_translation(code))  # a language is offered once compiled

    def _language_changed(self, code: str) -> None:
        action = self._language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def _update_undo_texts(self, *_changed) -> None:
        stack = session.undo_stack()
        undo, redo = self._actions["undo"], self._actions["redo"]
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo.setText(self.tr("&Undo {action}").format(action=stack.undoText()).strip()
                     if stack.canUndo() else self.tr("&Undo"))
        redo.setText(self.tr("&Redo {action}").format(action=stack.redoText()).strip()
                     if stack.canRedo() else self.tr("&Redo"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = [p for p in application.recent_files() if p.exists()]
        for path in paths:
            action = self.recent_menu.addAction(read_shop_name(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_shop_file(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent shop files"))
            empty.setEnabled(False)

    def retranslate_ui(self) -> None:
        for index, spec in enumerate(self._specs):
            self.tabs.setTabText(index, QCoreApplication.translate("Tabs", spec.title))
        self._menus["file"].setTitle(self.tr("&File"))
        self._menus["edit"].setTitle(self.tr("&Edit"))
        self._menus["view"].setTitle(self.tr("&View"))
        self._menus["tools"].setTitle(self.tr("&Tools"))
        self._menus["help"].setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            "new_shop": self.tr("&New shop file…"),
            "open_shop": self.tr("&Open…"),
            "save_copy": self.tr("&Save a copy…"),
            "open_demo": self.tr("Open &demo shop"),
            "shop_settings": self.tr("Shop se&ttings…"),
            "find": self.tr("&Find a customer"),
            "back_up": self.tr("&Back up now"),
            "restore": self.tr("Restore from a &backup…"),
            "backups_folder": self.tr("Open the backups &folder"),
            "quit": self.tr("&Quit"),
            "open_log_folder": self.tr("Open the &log folder"),
            "about": self.tr("&About Regulars"),
            "guide": self.tr("&Guide"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
        }
        for name, text in texts.items():
            self._actions[name].setText(text)
        for action, context, text in self._translated_actions:
            action.setText(QCoreApplication.translate(context, text))
        self._update_undo_texts()
        self.import_button.setText(self.tr("Import your own sales"))
        self.empty_shop_button.setText(self.tr("Start an empty shop"))
        self.welcome_bar.close_button.setToolTip(self.tr("Hide this message"))
        self._update_bars()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- the shop -----
    def set_shop(self, shop: Shop | None, *, announce: bool = True) -> None:
        """Shows `shop` (closing the previous one after any running work has stopped); `announce=False`
        when an operation announces the change itself (restore). A writable shop gets its integrity
        check now when the window is on screen, else once it is painted."""
        workers.cancel_and_wait_all()
        previous = session.set_current_shop(shop, announce=announce)
        if previous is not None and previous is not shop:
            previous.close()
        if shop is not None:
            application.remember_recent(shop.path)
            if not shop.read_only and not self._is_demo():
                application.set_owner_shop(shop.path)
        self._unchecked = shop if shop is not None and not shop.read_only else None
        if self._unchecked is not None and self.isVisible():
            self.check_integrity()

    def check_integrity(self) -> bool:
        """Runs the quick integrity check of the shop just opened; a damaged one is closed, moved
        aside and its newest good backup offered (shop_files.recover_damaged). False when damaged."""
        shop, self._unchecked = self._unchecked, None
        if shop is None or shop is not session.current_shop() or shop_files.is_sound(shop):
            return True
        path = shop.path
        self.set_shop(None)
        reopened = shop_files.recover_damaged(self, path)
        if reopened is not None:
            self.set_shop(reopened)
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._unchecked is not None and not event.spontaneous():
            shop_files.after_first_paint(self, self.check_integrity)

    def _shop_changed(self) -> None:
        shop = session.current_shop()
        writable = session.is_writable()
        for action in self._read_only_sensitive:
            action.setEnabled(writable)
        for name in ("save_copy", "back_up", "backups_folder"):
            self._actions[name].setEnabled(shop is not None)
        if shop is not None and self.current_tab_key() is not None:
            self._ensure_built(self.tabs.currentIndex())
        self._update_bars()
        self._update_title()

    def _is_demo(self) -> bool:
        shop = session.current_shop()
        return shop is not None and shop_settings.get(shop.conn, "is_demo") == "1"

    def _update_bars(self) -> None:
        shop = session.current_shop()
        demo = self._is_demo()
        self.welcome_bar.label.setText(self.tr(
            "Welcome to Regulars! This is a demo shop with made-up customers, so that every tab has "
            "something to show. When you are ready, bring in your own sales or start from an empty shop: "
            "either makes a shop file of your own, and the demo stays as it is."))
        self.welcome_bar.setVisible(demo and not self._welcome_dismissed)
        self.demo_badge.setText(self.tr("Demo shop: made-up customers"))
        self.demo_badge.setVisible(demo)
        self.import_button.setVisible(events.has_import_handler() and session.is_writable())
        self.empty_shop_button.setVisible(session.is_writable())
        if shop is not None and shop.read_only:
            text = self.tr("This shop file is open read-only: you can look at everything but not change it.")
            if shop.read_only_reason:
                text = self.tr("This shop file was saved by a newer version of Regulars, so it is open "
                               "read-only. Update Regulars to change it.")
            self.read_only_bar.label.setText(text)
            self.read_only_bar.show()
        else:
            self.read_only_bar.hide()

    def _update_title(self) -> None:
        shop = session.current_shop()
        if shop is None:
            self.setWindowTitle(self.tr("Regulars"))
            return
        if self._is_demo() and shop.read_only:
            title = self.tr("{shop} (demo) – {file} (read-only) – Regulars")
        elif self._is_demo():
            title = self.tr("{shop} (demo) – {file} – Regulars")
        elif shop.read_only:
            title = self.tr("{shop} – {file} (read-only) – Regulars")
        else:
            title = self.tr("{shop} – {file} – Regulars")
        self.setWindowTitle(title.format(shop=shop.name, file=shop.path.name))
        self.setWindowFilePath(str(shop.path))

    # ----- File menu -----
    def _ask_path(self, title: str, *, save: bool, name: str = "") -> Path | None:
        folder = session.current_shop().path.parent if session.current_shop() else Path.home()
        if save:
            chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), self.tr("Regulars shop (*.regulars);;All files (*)"),
                                                    options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, title, str(folder), self.tr("Regulars shop (*.regulars);;All files (*)"))
        if not chosen:
            return None
        path = Path(chosen)
        if save and path.suffix != application.SHOP_SUFFIX:
            path = path.with_name(path.name + application.SHOP_SUFFIX)
        return path

    def new_shop_file(self, path: Path | None = None, *, name: str = "", currency: str = "VND",
                      locale: str = "vi_VN") -> Shop | None:
        if path is None:
            dialog = NewShopDialog(self, name=self.tr("My shop"))
            if not dialog.exec():
                return None
            name, currency, locale = dialog.name(), dialog.currency(), dialog.locale()
            path = self._ask_path(self.tr("New shop file"), save=True, name=f"{name or 'shop'}{application.SHOP_SUFFIX}")
            if path is None:
                return None
        try:
            shop = create_shop(path, name=name or Path(path).stem, currency=currency, locale=locale)
        except (UserError, db.ShopFileError, OSError) as exc:
            warn(self, self.tr("New shop file"), error_text(exc))
            return None
        self.set_shop(shop)
        self.status(self.tr("Created the shop file {file}.").format(file=shop.path))
        return shop

    def open_shop_file(self, path: Path | None = None) -> Shop | None:
        if path is None:
            path = self._ask_path(self.tr("Open shop file"), save=False)
            if path is None:
                return None
        path = Path(path)
        current = session.current_shop()
        if current is not None and current.path.resolve() == path.resolve():
            return current
        if not path.exists():
            warn(self, self.tr("Open shop file"), self.tr("The shop file {file} does not exist.").format(file=path))
            application.forget_recent(path)
            return None
        shop = shop_files.open_interactively(self, path)
        if shop is not None:
            self.set_shop(shop)
        return shop

    def save_copy(self, path: Path | None = None) -> bool:
        shop = session.current_shop()
        if shop is None:
            return False
        if path is None:
            path = self._ask_path(self.tr("Save a copy"), save=True, name=f"{shop.path.stem} copy{application.SHOP_SUFFIX}")
            if path is None:
                return False
        from app.services.shop_copy import save_copy

        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                save_copy(shop.conn, shop.path, Path(path))
            finally:
                QApplication.restoreOverrideCursor()
        except UserError as exc:
            warn(self, self.tr("Save a copy"), error_text(exc))
            return False
        self.status(self.tr("Saved a copy as {file}.").format(file=path))
        return True

    def back_up_now(self) -> workers.Job | None:
        shop = session.current_shop()
        if shop is None:
            return None
        path = shop.path
        locale = session.fmt().locale

        def done(backup: backups.Backup) -> None:
            from app.services import formatting

            self.status(self.tr("Backed up at {time} into the folder {folder}.").format(
                time=formatting.datetime(backup.created, locale), folder=backup.path.parent))

        return workers.run_job(lambda conn, _progress, _cancelled: backups.back_up(conn, path, reason="manual"),
                               title=self.tr("Backing up"), parent=self, on_success=done, cancellable=False)

    def open_backups_folder(self) -> bool:
        """Shows the open shop's backups folder in the system's file manager (created when missing)."""
        shop = session.current_shop()
        if shop is None:
            return False
        folder = backups.backup_folder(shop.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            warn(self, self.tr("Open the backups folder"), str(exc))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_from_backup(self) -> bool:
        shop = session.current_shop()
        if shop is None or shop.read_only:
            return False
        dialog = BackupsDialog(backups.list_backups(shop.path), session.fmt().locale, self)
        if not dialog.exec() or dialog.selected_backup() is None:
            return False
        return self.restore_backup(dialog.selected_backup())

    def restore_backup(self, backup: backups.Backup) -> bool:
        """Replaces the open shop's content with `backup` (after a safety backup) and reopens it."""
        from app.services import formatting

        shop = session.current_shop()
        workers.cancel_and_wait_all()
        path = shop.path
        reopened: list[Shop | None] = []

        def reopen(safety: backups.Backup) -> None:
            self.set_shop(None)  # closes it, so that reopening migrates an older backup if needed
            shop = shop_files.open_interactively(self, path)
            self.set_shop(shop, announce=False)  # the operation announces the whole shop changed
            reopened.append(shop)
            locale = session.fmt().locale
            self.status(self.tr("Restored the backup from {date}. The shop as it was is kept as the backup from "
                                "{safety}.").format(date=formatting.datetime(backup.created, locale),
                                                    safety=formatting.datetime(safety.created, locale)), 20000)

        operations.run(lambda conn: backups.restore_into(conn, path, backup.path), parent=self, origin=self,
                       title=self.tr("Restore from a backup"), on_success=reopen, wait_cursor=True)
        return bool(reopened) and reopened[0] is not None

    def start_empty_shop(self) -> Shop | None:
        """Asks the name and currency of the owner's own shop and opens it as a new, empty shop file
        (the demo stays as it is)."""
        from app.ui import own_shop

        shop = own_shop.ask_own_shop(self, for_import=False)
        if shop is not None:
            self.status(self.tr("Created the shop file {file}: it is empty and ready for your sales.").format(file=shop.path))
        return shop

    def find_customer(self) -> None:
        """Ctrl+F: the Customers tab with its search box focused."""
        if self.show_tab("customers"):
            self.tab_widget("customers").focus_search()

    def edit_shop_settings(self) -> bool:
        from app.ui.shop_settings import edit_shop_settings

        return edit_shop_settings(self)

    def open_demo_shop(self) -> Shop | None:
        from app.ui import own_shop

        return own_shop.open_demo_shop(self)

    def show_guide(self, page: str | None = None):
        """Help > Guide (F1): the guide at the current tab's page."""
        from app.ui.help import GuideDialog

        page = page or self.current_tab_key()
        if self.guide is None:
            self.guide = GuideDialog(self, page)
        else:
            self.guide.show_page(page or "start")
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def show_shortcuts(self):
        from app.ui.help import ShortcutsDialog

        if self.shortcuts is not None:
            self.shortcuts.deleteLater()
        self.shortcuts = ShortcutsDialog(self)
        self.shortcuts.show()
        return self.shortcuts

    def open_log_folder(self) -> bool:
        """Shows the folder of the log file in the file manager (for support)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = application.log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        from app import __version__

        inform(self, self.tr("About Regulars"), self.tr(
            "Regulars (Khách Quen) {version}: know your regular customers from your own sales "
            "spreadsheets. Everything stays in one file on this computer.").format(version=__version__))

    # ----- window -----
    def _restore_geometry(self) -> None:
        geometry = application.settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        tab = str(application.settings().value("window/tab", DEFAULT_TAB) or DEFAULT_TAB)
        if not self.show_tab(tab) and self._specs:
            self.show_tab(DEFAULT_TAB) or self._ensure_built(0)

    def save_window_state(self) -> None:
        settings = application.settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.current_tab_key() or DEFAULT_TAB)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            warm_up.schedule()  # matplotlib on a worker, now that the window is on screen

    def closeEvent(self, event: QCloseEvent) -> None:
        # Running work is cancelled (set_shop waits for it): every job leaves the shop as it was
        # when cancelled (imports are one transaction, exports write a temporary file first).
        self.save_window_state()
        for widget in self._built.values():
            if hasattr(widget, "save_state"):
                widget.save_state()
        self.set_shop(None)
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if (event.mimeData().hasUrls() and events.has_import_handler() and session.is_writable()
                and all(url.isLocalFile() for url in event.mimeData().urls())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and events.has_import_handler():
            event.acceptProposedAction()
            # Let the drop finish before the assistant opens its (modal) dialog.
            QTimer.singleShot(0, lambda: events.import_requested.emit(paths))
