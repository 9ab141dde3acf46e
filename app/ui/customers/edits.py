"""Undoable edits of customer attributes: each field edit is one QUndoCommand on the shop's undo
stack (Edit > Undo/Redo) that writes through `customer_data.edit_customer` with the operation runner.
A refused value (a customer code already used) or an edit that changes nothing makes the command
obsolete on its first redo, so that it never reaches the stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from app.models import attributes, customers
from app.services import customer_data
from app.ui import operations, session


class EditCustomerCommand(QUndoCommand):
    def __init__(self, customer_id: int, new: dict[str, Any], text: str, parent: QWidget | None = None):
        super().__init__(text)
        self.customer_id = customer_id
        self.new = new
        self.old: dict[str, Any] | None = None  # known after the first redo
        self._parent = parent

    def _write(self, values: dict[str, Any]) -> operations.Outcome:
        return operations.run(lambda conn: customer_data.edit_customer(conn, self.customer_id, values),
                              parent=self._parent, title=QCoreApplication.translate(
                                  "CustomerEdits", "Cannot change this customer"))

    def redo(self) -> None:
        outcome = self._write(self.new)
        if self.old is None:
            # The first redo (inside QUndoStack.push): a refused or empty edit leaves the stack alone.
            if not outcome.ok:
                self.setObsolete(True)
                return
            shop = session.current_shop()
            stored = (customers.get(shop.conn, self.customer_id) if shop is not None else None) or {}
            self.new = {key: stored.get(key) for key in self.new}  # as cleaned and stored
            if self.new == outcome.value:
                self.setObsolete(True)
                return
            self.old = outcome.value

    def undo(self) -> None:
        if self.old is not None:
            self._write(self.old)


def edit_customer(customer_id: int, key: str, value: Any, parent: QWidget | None = None) -> bool:
    """Writes one attribute and records it for undo; False when nothing changed or it was refused
    (the refusal is shown over `parent`)."""
    shop = session.current_shop()
    before = customers.get(shop.conn, customer_id) if shop is not None else None
    if before is None:
        return False
    attribute = attributes.BY_KEY[key]
    name = before.get("name") or before.get("code") or ""
    text = QCoreApplication.translate("CustomerEdits", "change of {field} for {name}").format(
        field=QCoreApplication.translate("Attribute", attribute.label), name=name)
    command = EditCustomerCommand(customer_id, {key: value}, text, parent)
    stack = session.undo_stack()
    count = stack.count()
    stack.push(command)
    return stack.count() > count
