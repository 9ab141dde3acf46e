"""Undoable checklist writes: each owner action (a status, a suggestion accepted, the item's details,
an own item added, renamed or deleted) is one QUndoCommand on the shop's undo stack (Edit > Undo,
Ctrl+Z) that writes through `app.services.checklist.items` with the operation runner, which
announces the change. The fields an edit changes are read as stored before it, and undo writes them
back (the history records the undo as a change too). A write that is refused or changes nothing never
reaches the stack."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from app.services.checklist import items
from app.ui import operations, session


def _title() -> str:
    return QCoreApplication.translate("ChecklistTab", "Cannot change the checklist")


def _run(write: Callable[[sqlite3.Connection], Any], parent: QWidget | None) -> operations.Outcome:
    return operations.run(write, parent=parent, title=_title())


class EditItemCommand(QUndoCommand):
    """Sets some fields of an item (`items.update_item`); undo puts back what was stored before."""

    def __init__(self, key: str, values: dict[str, Any], text: str, parent: QWidget | None = None):
        super().__init__(text)
        self.key, self.values = key, dict(values)
        self.before: dict[str, Any] | None = None
        self._parent = parent

    def redo(self) -> None:
        key, values = self.key, self.values
        if self.before is None:
            shop = session.current_shop()
            if shop is None:
                self.setObsolete(True)
                return
            stored = items.stored_fields(shop.conn, key)
            # A status set to done dates the item: its done date is put back too.
            names = set(values) | ({"done_on"} if "status" in values else set())
            before = {name: stored.get(name) for name in names}
            outcome = _run(lambda conn: items.update_item(conn, key, **values), self._parent)
            if not outcome.ok or not outcome.changes:
                self.setObsolete(True)
                return
            self.before = before
            return
        _run(lambda conn: items.update_item(conn, key, **values), self._parent)

    def undo(self) -> None:
        if self.before is not None:
            key, before = self.key, self.before
            _run(lambda conn: items.update_item(conn, key, **before), self._parent)


class AddOwnItemCommand(QUndoCommand):
    """Adds one of the owner's items; undo deletes it, redo puts it back under the same key."""

    def __init__(self, title: str, repeat_months: int | None, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("ChecklistTab", "new checklist item"))
        self.title, self.repeat_months = title, repeat_months
        self.key: str | None = None
        self.fields: dict[str, Any] = {}
        self._parent = parent

    def redo(self) -> None:
        if self.key is None:
            title, repeat = self.title, self.repeat_months
            outcome = _run(lambda conn: items.add_own_item(conn, title, repeat_months=repeat), self._parent)
            if not outcome.ok:
                self.setObsolete(True)
                return
            self.key = outcome.value
            return
        key, fields = self.key, self.fields
        _run(lambda conn: items.restore_own_item(conn, key, fields), self._parent)

    def undo(self) -> None:
        key = self.key
        shop = session.current_shop()
        if key is None or shop is None:
            return
        self.fields = items.stored_fields(shop.conn, key)
        _run(lambda conn: items.delete_own_item(conn, key), self._parent)


class DeleteOwnItemCommand(QUndoCommand):
    """Deletes one of the owner's items; undo puts it back with its fields (its history was kept)."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("ChecklistTab", "deletion of a checklist item"))
        self.key = key
        self.fields: dict[str, Any] | None = None
        self._parent = parent

    def redo(self) -> None:
        key = self.key
        shop = session.current_shop()
        if shop is None:
            self.setObsolete(True)
            return
        fields = items.stored_fields(shop.conn, key)
        outcome = _run(lambda conn: items.delete_own_item(conn, key), self._parent)
        if self.fields is None:
            if not outcome.ok:
                self.setObsolete(True)
                return
            self.fields = fields

    def undo(self) -> None:
        if self.fields is not None:
            key, fields = self.key, self.fields
            _run(lambda conn: items.restore_own_item(conn, key, fields), self._parent)


def push(command: QUndoCommand) -> bool:
    """Pushes the command on the shop's undo stack; False when its first redo refused it."""
    stack = session.undo_stack()
    count = stack.count()
    stack.push(command)
    return stack.count() > count
