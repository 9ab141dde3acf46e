"""The personas a journey map is linked to, as the map heads them (name and photo). Maps keep persona ids;
a persona deleted later simply no longer heads the map."""

from __future__ import annotations

import sqlite3

from app.models import journeys as rows
from app.services.journey.render import PersonaHead


def known_ids(conn: sqlite3.Connection) -> set[int] | None:
    return rows.persona_ids(conn)


def heads(conn: sqlite3.Connection, persona_ids: list[int]) -> list[PersonaHead]:
    known = rows.persona_ids(conn)
    if not persona_ids or not known:
        return []
    from app.services.journey.persona_source import head_of

    return [head for pid in persona_ids if pid in known and (head := head_of(conn, pid)) is not None]
