"""The undo commands of the quiz page and the SWOT board: each owner action is one QUndoCommand on the
shop's undo stack (Edit > Undo/Redo) whose `forward` and `backward` call a checklist service through
the operation runner (which reports a refusal and announces the change). A refusal on the first redo
(inside `QUndoStack.push`) makes the command obsolete, so that it never reaches the stack."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from app.ui import operations, session


class ServiceCommand(QUndoCommand):
    """Subclasses write with `forward(conn)` (keeping on `self` what undoing needs) and undo with
    `backward(conn)`; both return the service's result."""

    def __init__(self, text: str, parent: QWidget | None):
        super().__init__(text)
        self._parent = parent
        self.done_once = False

    def forward(self, conn: sqlite3.Connection) -> Any:
        raise NotImplementedError

    def backward(self, conn: sqlite3.Connection) -> Any:
        raise NotImplementedError

    def _run(self, write) -> operations.Outcome:
        return operations.run(write, parent=self._parent,
                              title=QCoreApplication.translate("Checklist", "Cannot change the checklist"))

    def redo(self) -> None:
        outcome = self._run(self.forward)
        if not self.done_once:
            if not outcome.ok:
                self.setObsolete(True)
                return
            self.done_once = True

    def undo(self) -> None:
        self._run(self.backward)


def push(command: ServiceCommand) -> bool:
    """Runs `command` and keeps it on the shop's undo stack; False when it was refused."""
    stack = session.undo_stack()
    count = stack.count()
    stack.push(command)
    return stack.count() > count
