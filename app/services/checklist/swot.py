"""The SWOT board: four lists (strengths, weaknesses, opportunities, threats) of short notes. Every
write returns what undoing it needs: a move returns the note's previous place, a delete the note."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.models import checklist as store
from app.models import db
from app.services.changes import Changes, Written
from app.services.errors import UserError

QUADRANTS = {
    "strengths": QT_TRANSLATE_NOOP("Checklist", "Strengths"),
    "weaknesses": QT_TRANSLATE_NOOP("Checklist", "Weaknesses"),
    "opportunities": QT_TRANSLATE_NOOP("Checklist", "Opportunities"),
    "threats": QT_TRANSLATE_NOOP("Checklist", "Threats"),
}
CHANGED = Changes(checklist=True)


@dataclass(frozen=True)
class SwotNote:
    id: int
    quadrant: str
    text: str
    position: int


def board(conn: sqlite3.Connection) -> dict[str, list[SwotNote]]:
    out: dict[str, list[SwotNote]] = {q: [] for q in QUADRANTS}
    for row in store.swot_items(conn):
        out[row[1]].append(SwotNote(*row))
    return out


def _check(quadrant: str) -> None:
    if quadrant not in QUADRANTS:
        raise ValueError(f"unknown SWOT list {quadrant!r}")


def _find(conn: sqlite3.Connection, note_id: int) -> SwotNote:
    for notes in board(conn).values():
        for note in notes:
            if note.id == note_id:
                return note
    raise UserError(QT_TRANSLATE_NOOP("Checklist", "That SWOT note no longer exists."), context="Checklist")


def add(conn: sqlite3.Connection, quadrant: str, text: str) -> Written[int]:
    _check(quadrant)
    if not text.strip():
        raise UserError(QT_TRANSLATE_NOOP("Checklist", "A SWOT note needs a text."), context="Checklist")
    with db.transaction(conn):
        return Written(store.insert_swot_item(conn, quadrant, text.strip()), CHANGED)


def move(conn: sqlite3.Connection, note_id: int, quadrant: str, position: int) -> Written[tuple[str, int]]:
    """Moves a note to `position` in `quadrant` (the others shift); its value is the previous place."""
    _check(quadrant)
    note = _find(conn, note_id)
    with db.transaction(conn):
        others = [n for n in board(conn)[quadrant] if n.id != note_id]
        others.insert(max(0, min(position, len(others))), note)
        for index, placed in enumerate(others):
            store.move_swot_item(conn, placed.id, quadrant, index)
    return Written((note.quadrant, note.position), CHANGED)


def delete(conn: sqlite3.Connection, note_id: int) -> Written[SwotNote]:
    """Deletes a note; its value is the note, which `restore` puts back."""
    note = _find(conn, note_id)
    with db.transaction(conn):
        store.delete_swot_item(conn, note_id)
    return Written(note, CHANGED)


def restore(conn: sqlite3.Connection, note: SwotNote) -> Changes:
    with db.transaction(conn):
        store.insert_swot_item(conn, note.quadrant, note.text, note.position, note.id)
    return CHANGED
