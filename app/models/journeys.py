"""The journey maps and the owner's journey templates stored in the shop file (all their SQL). A map is
stored as its JSON document; the services read and write documents (app.services.journey.store)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class JourneyRow:
    id: int
    title: str
    document: str
    position: int
    reviewed_on: str | None
    updated_at: str


_COLUMNS = "id, title, document, position, reviewed_on, updated_at"


def list_all(conn: sqlite3.Connection) -> list[JourneyRow]:
    return [JourneyRow(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM journeys ORDER BY position, id")]


def get(conn: sqlite3.Connection, journey_id: int) -> JourneyRow | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM journeys WHERE id = ?", (journey_id,)).fetchone()
    return JourneyRow(*row) if row else None


def insert(conn: sqlite3.Connection, title: str, document: str, reviewed_on: str | None,
           position: int | None = None, journey_id: int | None = None) -> int:
    if position is None:
        position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM journeys").fetchone()[0]
    cur = conn.execute("INSERT INTO journeys (id, title, document, position, reviewed_on) VALUES (?, ?, ?, ?, ?)",
                       (journey_id, title, document, position, reviewed_on))
    assert cur.lastrowid is not None
    return cur.lastrowid


def update(conn: sqlite3.Connection, journey_id: int, title: str, document: str, reviewed_on: str | None) -> None:
    conn.execute("UPDATE journeys SET title = ?, document = ?, reviewed_on = ?, "
                 "updated_at = datetime('now', 'localtime') WHERE id = ?", (title, document, reviewed_on, journey_id))


def delete(conn: sqlite3.Connection, journey_id: int) -> None:
    conn.execute("DELETE FROM journeys WHERE id = ?", (journey_id,))


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM journeys").fetchone()[0]


def templates(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return list(conn.execute("SELECT id, name, document FROM journey_templates ORDER BY name"))


def save_template(conn: sqlite3.Connection, name: str, document: str) -> int:
    cur = conn.execute("INSERT INTO journey_templates (name, document) VALUES (?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET document = excluded.document", (name, document))
    return int(cur.lastrowid or conn.execute("SELECT id FROM journey_templates WHERE name = ?", (name,)).fetchone()[0])


def delete_template(conn: sqlite3.Connection, template_id: int) -> None:
    conn.execute("DELETE FROM journey_templates WHERE id = ?", (template_id,))


def persona_ids(conn: sqlite3.Connection) -> set[int] | None:
    """The shop's persona ids, or None when the file has no personas table (an older schema)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'personas'").fetchone() is None:
        return None
    return {row[0] for row in conn.execute("SELECT id FROM personas")}


def persona_names(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """The personas a map can be linked to: (id, name) in the owner's order; [] without a personas table."""
    if persona_ids(conn) is None:
        return []
    return list(conn.execute("SELECT id, name FROM personas ORDER BY position, id"))
