"""Undoable edits of customer attributes: each field edit is one QUndoCommand on the shop's undo
stack (Edit > Undo/Redo). The first write happens before the command is pushed, so that a refused
value (a customer code already used) never reaches the stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.models import attributes, customers, db
from app.services.shop import require_writable
from app.ui import session
from app.ui.events import events


class DuplicateCodeError(ValueError):
    """The customer code is already used by another customer."""


def _write(customer_id: int, values: dict[str, Any]) -> dict[str, Any]:
    shop = session.current_shop()
    require_writable(shop)
    try:
        with db.transaction(shop.conn):
            old = customers.update(shop.conn, customer_id, values)
    except ValueError as exc:
        raise DuplicateCodeError(str(exc)) from exc
    events.customers_changed.emit([customer_id])
    return old


class EditCustomerCommand(QUndoCommand):
    def __init__(self, customer_id: int, new: dict[str, Any], old: dict[str, Any], text: str):
        super().__init__(text)
        self.customer_id = customer_id
        self.new = new
        self.old = old
        self._applied = True  # edit_customer wrote it already

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        _write(self.customer_id, self.new)

    def undo(self) -> None:
        _write(self.customer_id, self.old)


def edit_customer(customer_id: int, key: str, value: Any) -> bool:
    """Writes one attribute and records it for undo; False when nothing changed. Raises
    DuplicateCodeError for a code in use, UserError when the shop is read-only."""
    shop = session.current_shop()
    if customers.get(shop.conn, customer_id) is None:
        return False
    old = _write(customer_id, {key: value})
    after = customers.get(shop.conn, customer_id)
    if after[key] == old[key]:
        return False
    attribute = attributes.BY_KEY[key]
    name = after.get("name") or after.get("code") or ""
    text = QCoreApplication.translate("CustomerEdits", "change of {field} for {name}").format(
        field=QCoreApplication.translate("Attribute", attribute.label), name=name)
    session.undo_stack().push(EditCustomerCommand(customer_id, {key: after[key]}, old, text))
    return True
