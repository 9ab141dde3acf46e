"""The personas a journey map is linked to, as the map heads them (name and photo). Maps keep persona ids;
a persona deleted later simply no longer heads the map."""

from __future__ import annotations

import sqlite3

from app.models import journeys as rows
from app.services.journey.render import PersonaHead


def known_ids(conn: sqlite3.Connection) -> set[int] | None:
    return rows.persona_ids(conn)


def heads(conn: sqlite3.Connection, persona_ids: list[int]) -> list[PersonaHead]:
    from app.services.personas import records

    known = rows.persona_ids(conn)
    if not persona_ids or not known:
        return []
    heads = []
    for persona_id in persona_ids:
        if persona_id in known:
            persona = records.get(conn, persona_id)
            heads.append(PersonaHead(persona.name, persona.photo))
    return heads
