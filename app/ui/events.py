"""The application-wide signal hub. Writers announce what changed; each tab decides whether to
refresh. Tabs never talk to each other directly.

Writes go through `app.ui.operations`, which announces the service's `Changes` once with
`events.announce(changes, origin)`: that emits `changed(changes, origin)` (one signal per
operation: listen to it when several parts matter to you) after the part signals below.

    from app.ui.events import events
    events.changed.connect(self.on_changed)          # def on_changed(self, changes, origin): ...
    events.customers_changed.connect(self.on_customers_changed)
"""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, QObject, Signal

from app.services.changes import Changes


class EventHub(QObject):
    # One operation's changes (app.services.changes.Changes) and the object that ran it (the widget
    # given to the runner as `origin`, or None): sent once per operation, after the signals below.
    changed = Signal(object, object)
    # Another shop file was opened (or the open one was replaced, e.g. restored from a backup):
    # everything shown must be reloaded.
    shop_changed = Signal()
    # Attributes or figures of these customers changed (ids); an empty list means "many or unknown".
    customers_changed = Signal(list)
    # Sales lines were added, removed or re-attributed (import, undo of an import, deletion).
    sales_changed = Signal()
    # Segment definitions or settings changed (saved segments, RFM thresholds, value tiers).
    segments_changed = Signal()
    # Business settings in the shop file changed (shop name, currency, locale, demo flag).
    settings_changed = Signal()
    # The data of the coming tabs changed.
    personas_changed = Signal()
    journeys_changed = Signal()
    feedback_changed = Signal()
    checklist_changed = Signal()
    # The interface language changed; the argument is the language code ("en", "vi").
    language_changed = Signal(str)
    # The owner asked to import sales: a list of file paths (empty: let them choose). The import
    # assistant connects to it; while nothing is connected the import offers are hidden.
    import_requested = Signal(list)

    def announce(self, changes: Changes, origin: object = None) -> None:
        """Sends `changes` once: each part's own signal (settings first, so that formats are fresh for
        everyone after it; the shop part as `shop_changed`), then `changed(changes, origin)`."""
        if not changes:
            return
        if changes.shop:
            self.shop_changed.emit()
        if changes.settings:
            self.settings_changed.emit()
        if changes.customers:
            self.customers_changed.emit(changes.customer_list())
        for name in ("sales", "segments", "personas", "journeys", "feedback", "checklist"):
            if getattr(changes, name):
                getattr(self, f"{name}_changed").emit()
        self.changed.emit(changes, origin)

    def has_import_handler(self) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(self.import_requested))


events = EventHub()
