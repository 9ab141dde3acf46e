"""Plugs the import assistant into the main window: the File menu actions (Import sales…, Import
history…) and the handler of `events.import_requested` (menu, welcome banner, dropped files); from the
demo shop, the import goes into a new shop of the owner's own (app.ui.own_shop).

Kept light: the wizard and the history dialog are imported when first opened, not at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.i18n import QT_TRANSLATE_NOOP
from app.ui import session
from app.ui.events import events

CONTEXT = "ImportAssistant"


class ImportController(QObject):
    """One per main window (its child, so the connection to the hub ends with the window): opens
    the assistant, or hands newly dropped files to the one already open."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.assistant = None
        self.history = None
        events.import_requested.connect(self.open_assistant)

    def open_assistant(self, paths: list) -> None:
        if not self.window_.isVisible():
            return  # a closed window waiting for deletion: the request is for the one on screen
        if not session.is_writable():
            from app.ui.dialogs import warn

            warn(self.window_, QCoreApplication.translate("ImportAssistant", "Import sales"),
                 QCoreApplication.translate("ImportAssistant", "This shop file is open read-only, so sales cannot be imported into it."))
            return
        from app.ui import own_shop

        if own_shop.is_demo_open() and own_shop.ask_own_shop(self.window_, [str(p) for p in paths or []]) is None:
            return  # the owner's sales never go into the demo shop
        from app.ui.import_assistant.assistant import ImportAssistant

        paths = [str(p) for p in paths or []]
        if self.assistant is not None and self.assistant.isVisible():
            self.assistant.add_files(paths)
            self.assistant.raise_()
            self.assistant.activateWindow()
            return
        if self.assistant is not None:
            self.assistant.deleteLater()
        self.assistant = ImportAssistant(self.window_, paths)
        self.assistant.show()

    def open_history(self) -> None:
        from app.ui.import_assistant.history import ImportHistoryDialog

        if session.current_shop() is None:
            return
        if self.history is not None:
            self.history.deleteLater()
        self.history = ImportHistoryDialog(self.window_)
        self.history.show()


def install(window) -> ImportController:
    controller = ImportController(window)
    window.add_action("file", QT_TRANSLATE_NOOP("ImportAssistant", "Import sales…"), context=CONTEXT,
                      shortcut="Ctrl+I", section="import", name="import_sales",
                      triggered=lambda: events.import_requested.emit([]), enabled_when_read_only=False)
    window.add_action("file", QT_TRANSLATE_NOOP("ImportAssistant", "Import history…"), context=CONTEXT,
                      section="import", name="import_history", triggered=controller.open_history)
    window.import_controller = controller
    return controller
