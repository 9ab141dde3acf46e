"""Undoable persona writes: each owner action is one QUndoCommand on the shop's undo stack (Edit >
Undo/Redo). The first redo runs the service through the operation runner and keeps the `Change` it
returned; undo and later redos put the persona (or the order) back with `records.put_back`. A refused
write (a photo that is not an image, an empty name) or one that changes nothing never reaches the
stack, and leaves the card as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from app.services.personas import records
from app.ui import operations, session

Write = Callable[[sqlite3.Connection], records.Change]


class PersonaCommand(QUndoCommand):
    def __init__(self, write: Write, text: str, parent: QWidget | None,
                 on_done: Callable[[records.Change], None] | None = None):
        super().__init__(text)
        self.write = write
        self.change: records.Change | None = None
        self._parent = parent
        self._on_done = on_done

    def _title(self) -> str:
        return QCoreApplication.translate("PersonasTab", "Cannot change the persona")

    def _run(self, write: Write) -> operations.Outcome:
        return operations.run(write, parent=self._parent, title=self._title(), on_success=self._on_done)

    def redo(self) -> None:
        if self.change is None:
            outcome = self._run(self.write)
            change = outcome.value if outcome.ok else None
            if change is None or (change.kind == "updated" and change.before == change.after):
                self.setObsolete(True)
                return
            self.change = change
            return
        change = self.change
        self._run(lambda conn: records.put_back(conn, change, undo=False))

    def undo(self) -> None:
        if self.change is not None:
            change = self.change
            self._run(lambda conn: records.put_back(conn, change, undo=True))


def push(write: Write, text: str, parent: QWidget | None,
         on_done: Callable[[records.Change], None] | None = None) -> bool:
    """Runs a persona write as an undoable command; False when it was refused or changed nothing."""
    stack = session.undo_stack()
    count = stack.count()
    stack.push(PersonaCommand(write, text, parent, on_done))
    return stack.count() > count
