"""A journey map open in the UI: the document (plain data, app.services.journey.document) wrapped in a
QObject that emits `changed` after every edit, so that scenes, the gap list and the inspector mirror it.
Edits are saved to the shop file shortly after they happen (a quarter-second debounce, so a drag or a
burst of undo steps costs one write) and at once when the map is closed or the shop changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.services.journey import store
from app.services.journey.document import JourneyDocument
from app.ui import operations, session

SAVE_DELAY_MS = 250


class JourneyMap(QObject):
    # what changed: "cards", "emotions", "stages", "lanes", "title", "personas", "review" (payload: ids or None)
    changed = Signal(str, object)

    def __init__(self, journey_id: int, doc: JourneyDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.journey_id = journey_id
        self.doc = doc
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.dirty = False

    def edit(self, what: str, fn: Callable[[JourneyDocument], Any], payload: Any = None) -> Any:
        """Runs `fn(doc)` (one of the document's editing functions), announces the change and schedules
        the save; returns what `fn` returned (its undo value)."""
        result = fn(self.doc)
        self.dirty = True
        self._save_timer.start()
        self.changed.emit(what, payload)
        return result

    def save_now(self) -> None:
        self._save_timer.stop()
        if not self.dirty:
            return
        shop = session.current_shop()
        if shop is None or shop.read_only:
            return
        outcome = operations.run(lambda conn: store.save(conn, self.journey_id, self.doc), parent=None,
                                 title=QCoreApplication.translate("Journey", "Save the journey map"), origin=self)
        if outcome.ok:
            self.dirty = False
