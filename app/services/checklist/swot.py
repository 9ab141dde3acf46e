"""The SWOT board: four lists (strengths, weaknesses, opportunities, threats) of short notes. Every
write returns what undoing it needs: a move returns the note's previous place, a delete the note, an
edit the old text. Positions in each list are 0, 1, 2... in order after every write, so that undoing
writes in reverse order gives back exactly the board that was."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

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


def _text(text: str) -> str:
    if not text.strip():
        raise UserError(QT_TRANSLATE_NOOP("Checklist", "A SWOT note needs a text."), context="Checklist")
    return text.strip()


def _renumber(conn: sqlite3.Connection, quadrant: str, notes: list[SwotNote]) -> None:
    """Stores `notes` as the list `quadrant`, in this order, at positions 0, 1, 2..."""
    for index, placed in enumerate(notes):
        if (placed.quadrant, placed.position) != (quadrant, index):
            store.move_swot_item(conn, placed.id, quadrant, index)


def add(conn: sqlite3.Connection, quadrant: str, text: str) -> Written[int]:
    """Adds a note at the end of `quadrant`; its value is the new note's id."""
    _check(quadrant)
    text = _text(text)
    with db.transaction(conn):
        return Written(store.insert_swot_item(conn, quadrant, text, len(board(conn)[quadrant])), CHANGED)


def edit(conn: sqlite3.Connection, note_id: int, text: str) -> Written[str]:
    """Changes a note's text; its value is the old text."""
    text = _text(text)
    note = _find(conn, note_id)
    with db.transaction(conn):
        store.set_swot_text(conn, note_id, text)
    return Written(note.text, CHANGED)


def move(conn: sqlite3.Connection, note_id: int, quadrant: str, position: int) -> Written[tuple[str, int]]:
    """Moves a note to `position` (an index) in `quadrant` (the others shift); its value is the
    previous place, as the list and the index there, which moves it back."""
    _check(quadrant)
    note = _find(conn, note_id)
    lists = board(conn)
    previous = (note.quadrant, [n.id for n in lists[note.quadrant]].index(note_id))
    with db.transaction(conn):
        others = [n for n in lists[quadrant] if n.id != note_id]
        others.insert(max(0, min(position, len(others))), note)
        _renumber(conn, quadrant, others)
        if note.quadrant != quadrant:
            _renumber(conn, note.quadrant, [n for n in lists[note.quadrant] if n.id != note_id])
    return Written(previous, CHANGED)


def delete(conn: sqlite3.Connection, note_id: int) -> Written[SwotNote]:
    """Deletes a note (the ones after it move up); its value is the note, which `restore` puts back."""
    note = _find(conn, note_id)
    with db.transaction(conn):
        store.delete_swot_item(conn, note_id)
        _renumber(conn, note.quadrant, [n for n in board(conn)[note.quadrant]])
    return Written(note, CHANGED)


def restore(conn: sqlite3.Connection, note: SwotNote) -> Changes:
    """Puts a deleted note back, with its id, at its position (the ones from there move down)."""
    _check(note.quadrant)
    with db.transaction(conn):
        notes = board(conn)[note.quadrant]
        store.insert_swot_item(conn, note.quadrant, note.text, len(notes), note.id)
        notes.insert(max(0, min(note.position, len(notes))), note)
        _renumber(conn, note.quadrant, [replace(n, position=-1) if n.id == note.id else n for n in notes])
    return CHANGED
