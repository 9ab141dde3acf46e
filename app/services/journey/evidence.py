"""Evidence from feedback on a journey map: a card (a pain point, typically) links customers' comments
from the Feedback & NPS tab, and the map shows how many customers said something similar (the linked
answers' customers and those of every answer sharing one of their tags; app.models.feedback)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.models import feedback as answers
from app.services.journey.document import JourneyDocument


@dataclass(frozen=True)
class LinkedComment:
    id: int
    answered_at: int
    score: int
    comment: str


def linked_comments(conn: sqlite3.Connection, response_ids: list[int]) -> list[LinkedComment]:
    """The linked answers that still exist, newest first (a deleted answer simply drops out)."""
    if not response_ids:
        return []
    return [LinkedComment(row[0], row[1], row[5], row[6]) for row in answers.list_responses(conn, ids=response_ids)]


def said_counts(conn: sqlite3.Connection, doc: JourneyDocument, version: str) -> dict[str, int]:
    """card id -> how many customers said something similar, for the version's cards with links."""
    return {card.id: answers.similar_answer_count(conn, card.feedback_ids)
            for card in doc.versions[version].cards if card.feedback_ids}


def comment_choices(conn: sqlite3.Connection, limit: int = 500) -> list[LinkedComment]:
    """The newest answers with a comment, to link to a card."""
    return [LinkedComment(row[0], row[1], row[5], row[6]) for row in answers.list_responses(conn, limit=limit)
            if row[6]]
