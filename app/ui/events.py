"""The application-wide signal hub. Writers announce what changed; each tab decides whether to
refresh. Tabs never talk to each other directly.

    from app.ui.events import events
    events.customers_changed.connect(self.on_customers_changed)
    events.customers_changed.emit([customer_id])
"""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, QObject, Signal


class EventHub(QObject):
    # Another shop file was opened (or the open one was replaced, e.g. restored from a backup):
    # everything shown must be reloaded.
    shop_changed = Signal()
    # Attributes or figures of these customers changed (ids); an empty list means "many or unknown".
    customers_changed = Signal(list)
    # Sales lines were added, removed or re-attributed (import, undo of an import, deletion).
    sales_changed = Signal()
    # Journey maps were added, edited, reviewed or deleted (their ids; [] = many or unknown).
    journeys_changed = Signal(list)
    # Business settings in the shop file changed (shop name, currency, locale, demo flag).
    settings_changed = Signal()
    # The interface language changed; the argument is the language code ("en", "vi").
    language_changed = Signal(str)
    # The owner asked to import sales: a list of file paths (empty: let them choose). The import
    # assistant connects to it; while nothing is connected the import offers are hidden.
    import_requested = Signal(list)

    def has_import_handler(self) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(self.import_requested))


events = EventHub()
