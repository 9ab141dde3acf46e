"""Pieces shared by the Feedback tab and its dialogs: labels of the fixed choices (translated in context
"Feedback"), a record table model with the feedback kinds of column (built on the Segments tab's
RecordModel), and the undoable writes: each answer added, edited or deleted and each follow-up status
is a QUndoCommand on the shop's undo stack that writes through `app.services.feedback` with the
operation runner (which announces the change)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from app.services.feedback import followups, responses
from app.services.feedback.definitions import CATEGORIES, CHANNELS, SOURCES, STATUSES, category_of
from app.services.feedback.nps import Score, signed
from app.ui import operations, session
from app.ui.itemmodels import ColumnSpec, RecordTableModel
from app.ui.segments.display import percent, tier_label

CONTEXT = "FeedbackTab"


def shop_conn() -> sqlite3.Connection:
    """The open shop's connection (the tab and its dialogs are only used while a shop is open)."""
    shop = session.current_shop()
    if shop is None:
        raise RuntimeError("no shop is open")
    return shop.conn


def tr_feedback(text: str) -> str:
    """A text of app.services.feedback (context "Feedback")."""
    return QCoreApplication.translate("Feedback", text) if text else ""


def choice_label(choices: dict[str, str], key: str | None) -> str:
    return tr_feedback(choices[key]) if key in choices else (key or "")


def score_text(score: Score) -> str:
    """'+19' or '–' without answers."""
    return "–" if score.nps is None else signed(score.nps)


def interval_text(score: Score) -> str:
    if score.nps is None:
        return ""
    return QCoreApplication.translate("FeedbackTab", "95% interval: {low} to {high}").format(low=signed(score.ci_low), high=signed(score.ci_high))


def counts_text(score: Score) -> str:
    # (lupdate reads no plural form from QCoreApplication.translate in Python: no %n here)
    text = QCoreApplication.translate(
        "FeedbackTab", "Answers: {answers} · {promoters} promoters, {passives} passives, {detractors} detractors")
    number = session.fmt().number
    return text.format(answers=number(score.responses), promoters=number(score.promoters),
                       passives=number(score.passives), detractors=number(score.detractors))


def warning_text(score: Score) -> str:
    found = score.warning()
    return "" if found is None else tr_feedback(found[0]).format(**found[1])


# value -> text for the kinds of column the feedback tables have beyond app.ui.itemmodels' own
FORMATTERS: dict[str, Callable[[Any], str]] = {
    "stamp": lambda v: session.fmt().date(v),
    "channel": lambda v: choice_label(CHANNELS, v),
    "source": lambda v: choice_label(SOURCES, v),
    "status": lambda v: choice_label(STATUSES, v),
    "category": lambda v: choice_label(CATEGORIES, category_of(v)),
    "tags": lambda v: ", ".join(v or ()),
    "tier": tier_label,
    "percent": lambda v: percent(v, 1),
}


def column(key: str, title: str, kind: str = "text") -> ColumnSpec:
    """A column of the tab's tables; `title` is English source text in context FeedbackTab."""
    return ColumnSpec(key, title, kind=kind, formatter=FORMATTERS.get(kind))


def feedback_model(columns, parent=None) -> RecordTableModel:
    return RecordTableModel(columns, context=CONTEXT, parent=parent)


# ------------------------------------------------------------------------------------------ undo

def _title() -> str:
    return QCoreApplication.translate("FeedbackTab", "Cannot save this answer")


class AddAnswerCommand(QUndoCommand):
    """Adds one answer; undo deletes it, redo puts it back under the same id."""

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("FeedbackTab", "new answer"))
        self.values = values
        self.record: dict[str, Any] | None = None
        self._parent = parent
        self.response_id: int | None = None

    def redo(self) -> None:
        if self.record is None:
            outcome = operations.run(lambda conn: responses.add_response(conn, self.values), parent=self._parent,
                                     title=_title())
            if not outcome.ok:
                self.setObsolete(True)
                return
            from app.models import feedback as store

            self.response_id = response_id = int(outcome.value.responses[0])
            self.record = store.get_response(shop_conn(), response_id)
        elif self.record is not None:
            record = self.record
            operations.run(lambda conn: responses.restore_response(conn, record), parent=self._parent, title=_title())

    def undo(self) -> None:
        response_id = self.response_id
        if response_id is not None:
            operations.run(lambda conn: responses.delete_response(conn, response_id), parent=self._parent,
                           title=_title())


class WriteCommand(QUndoCommand):
    """A write whose result carries `previous` (the state before it): redo runs `write(conn)`, undo runs
    `revert(conn, previous)`. A refusal on the first redo makes the command obsolete (never on the stack)."""

    def __init__(self, text: str, write: Callable[[Any], Any], revert: Callable[[Any, Any], Any], title: str,
                 parent: QWidget | None = None):
        super().__init__(text)
        self.write, self.revert, self.title = write, revert, title
        self.previous: Any = None
        self.done = False
        self._parent = parent

    def redo(self) -> None:
        outcome = operations.run(self.write, parent=self._parent, title=self.title)
        if not self.done:
            if not outcome.ok:
                self.setObsolete(True)
                return
            self.done = True
            self.previous = outcome.value.previous

    def undo(self) -> None:
        if self.done:
            operations.run(lambda conn: self.revert(conn, self.previous), parent=self._parent, title=self.title)


class ImportedAnswersCommand(QUndoCommand):
    """An import of answers that has just run (on a worker, with its progress): pushed once it is done,
    so its first redo has nothing to do; undo removes the answers it added, redo puts them back."""

    def __init__(self, summary: Any, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("FeedbackTab", "import of answers from {file}").format(
            file=summary.file_name))
        self.keys = list(summary.added_keys)
        self.removed: list[dict[str, Any]] | None = None
        self._parent = parent

    def redo(self) -> None:
        # imported here: this module is on the start-up path (the Overview's NPS card), the import is not
        from app.services.feedback import importing

        if self.removed is not None:
            removed = self.removed
            operations.run(lambda conn: importing.put_back_imported(conn, removed), parent=self._parent,
                           title=_import_title())

    def undo(self) -> None:
        from app.services.feedback import importing

        outcome = operations.run(lambda conn: importing.remove_imported(conn, self.keys), parent=self._parent,
                                 title=_import_title())
        if outcome.ok:
            self.removed = outcome.value


def _import_title() -> str:
    return QCoreApplication.translate("FeedbackTab", "Cannot undo the import of answers")


def edit_answer_command(response_id: int, values: dict[str, Any], parent: QWidget | None = None) -> WriteCommand:
    return WriteCommand(QCoreApplication.translate("FeedbackTab", "change of an answer"),
                        lambda conn: responses.update_response(conn, response_id, values), responses.put_back,
                        _title(), parent)


def delete_answer_command(response_id: int, parent: QWidget | None = None) -> WriteCommand:
    return WriteCommand(QCoreApplication.translate("FeedbackTab", "deletion of an answer"),
                        lambda conn: responses.delete_response(conn, response_id), responses.restore_response,
                        QCoreApplication.translate("FeedbackTab", "Cannot delete this answer"), parent)


def follow_up_command(item: followups.FollowUp, status: str, note: str, parent: QWidget | None = None) -> WriteCommand:
    return WriteCommand(
        QCoreApplication.translate("FeedbackTab", "follow-up status"),
        lambda conn: followups.set_status(conn, item.kind, item.ref, item.customer_id, status, note),
        lambda conn, previous: followups.restore_status(conn, item.kind, item.ref, item.customer_id, previous),
        QCoreApplication.translate("FeedbackTab", "Cannot save the follow-up"), parent)


def push(command: QUndoCommand) -> bool:
    """Pushes the command on the shop's undo stack; False when its first redo refused it."""
    stack = session.undo_stack()
    count = stack.count()
    stack.push(command)
    return stack.count() > count
