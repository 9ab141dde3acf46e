"""The customer-focus quiz: short questions drawn from the guides, each answered never / sometimes /
always (0, 1, 2 points); results are kept with their date so the owner sees the score over time, and
a sentence says what a score means (`meaning`). A result just saved can be removed again (undo)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.models import checklist as store
from app.models import db
from app.services.changes import Changes
from app.services.errors import UserError

ANSWERS = (QT_TRANSLATE_NOOP("Checklist", "Never"), QT_TRANSLATE_NOOP("Checklist", "Sometimes"),
           QT_TRANSLATE_NOOP("Checklist", "Always"))
QUESTIONS = (
    ("know_top", QT_TRANSLATE_NOOP("Checklist", "Do you know which customers bring most of your revenue?")),
    ("ask_feedback", QT_TRANSLATE_NOOP("Checklist", "Do you ask customers how likely they are to recommend you?")),
    ("act_feedback", QT_TRANSLATE_NOOP("Checklist", "Do you change something after customers' feedback?")),
    ("follow_up", QT_TRANSLATE_NOOP("Checklist", "Do you contact customers after a large purchase?")),
    ("thank", QT_TRANSLATE_NOOP("Checklist", "Do your staff thank customers for their business?")),
    ("answer_fast", QT_TRANSLATE_NOOP("Checklist", "Are customers' questions answered quickly on every channel?")),
    ("personas", QT_TRANSLATE_NOOP("Checklist", "Do you think of your target customers when you decide?")),
    ("personal", QT_TRANSLATE_NOOP("Checklist", "Do your messages speak to each customer personally?")),
)
POINTS_PER_QUESTION = len(ANSWERS) - 1
# (lowest share of the points, what a score from there up means), lowest first.
MEANINGS = (
    (0.0, QT_TRANSLATE_NOOP("Checklist", "Customers are not yet at the centre of how the shop works: "
                                         "start with the eight things to do now, one at a time.")),
    (0.4, QT_TRANSLATE_NOOP("Checklist", "On the way: some habits are in place. Pick the questions "
                                         "answered \"never\" and make them \"sometimes\".")),
    (0.75, QT_TRANSLATE_NOOP("Checklist", "Customer-focused: keep it up, and check the answers that are "
                                          "not yet \"always\" with the progress check.")),
)


@dataclass(frozen=True)
class QuizResult:
    taken_on: dt.date
    score: int
    out_of: int
    id: int = 0  # the stored row (0 for a result not stored)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.out_of if self.out_of else 0.0


def save_result(conn: sqlite3.Connection, answers: dict[str, int], today: dt.date | None = None) -> tuple[QuizResult, Changes]:
    """Scores the answers (question key -> 0, 1 or 2; every question answered) and keeps the result."""
    keys = [key for key, _text in QUESTIONS]
    if set(answers) != set(keys) or any(a not in range(len(ANSWERS)) for a in answers.values()):
        raise UserError(QT_TRANSLATE_NOOP("Checklist", "Answer every question of the quiz first."), context="Checklist")
    taken_on, score, out_of = today or dt.date.today(), sum(answers.values()), POINTS_PER_QUESTION * len(keys)
    with db.transaction(conn):
        result_id = store.add_quiz_result(conn, taken_on.isoformat(), score, out_of,
                                          json.dumps({k: answers[k] for k in keys}))
    return QuizResult(taken_on, score, out_of, result_id), Changes(checklist=True)


def remove_result(conn: sqlite3.Connection, result_id: int) -> Changes:
    """Removes a stored result (the undo of `save_result`)."""
    with db.transaction(conn):
        store.delete_quiz_result(conn, result_id)
    return Changes(checklist=True)


def results(conn: sqlite3.Connection) -> list[QuizResult]:
    """Every result kept, oldest first."""
    return [QuizResult(dt.date.fromisoformat(day), score, out_of, result_id)
            for day, score, out_of, result_id in store.quiz_results(conn)]


def meaning(result: QuizResult) -> str:
    """What the score says, as a marked text (context Checklist)."""
    share = result.score / result.out_of if result.out_of else 0.0
    return [text for lowest, text in MEANINGS if share >= lowest][-1]
