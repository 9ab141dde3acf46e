"""What the quiz page and the SWOT board share (`ChecklistPage`): a page embedded in the Checklist tab
that retranslates itself on a language change and reloads from the open shop when the tab is shown,
or at once when the checklist changed (or another shop opened) while it is on screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.services.changes import Changes
from app.ui import session
from app.ui.events import events


class ChecklistPage(QWidget):
    """Subclasses fill `load()` (read the open shop, show it) and `retranslate_ui()`, and call
    `retranslate_ui()` once their widgets are built."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.stale = True
        events.changed.connect(self._on_changed)

    @property
    def writable(self) -> bool:
        """Whether a shop is open and can be written."""
        return session.current_shop() is not None and session.is_writable()

    def load(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def shop_replaced(self) -> None:
        """Another shop is open (or the open one was restored): forget what was being done."""

    def reload(self) -> None:
        self.stale = False
        self.load()

    def tab_shown(self) -> None:
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_changed(self, changes: Changes, _origin: object = None) -> None:
        if changes.shop:
            self.shop_replaced()
        if changes.shop or changes.checklist:
            if self.isVisible():
                self.reload()
            else:
                self.stale = True
