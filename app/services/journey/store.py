"""The journey maps of a shop: list, open, save (the whole document in one write), create from a template
(built-in or the owner's), duplicate, delete, mark as reviewed, export and import as JSON, and the
improvements list across all maps with its CSV/XLSX export."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db
from app.models import journeys as rows
from app.services.changes import Changes, Written
from app.services.errors import UserError
from app.services.journey import io as journey_io
from app.services.journey.document import HORIZON_NAMES, STATUS_NAMES, JourneyDocument
from app.services.journey.gaps import ImprovementRow, improvements
from app.services.journey.templates import from_template

CHANGED = Changes(journeys=True)


@dataclass(frozen=True)
class JourneySummary:
    id: int
    title: str
    stages: int
    cards: int
    persona_ids: tuple[int, ...]
    reviewed_on: dt.date | None
    review_due: bool


def _not_found(journey_id: int) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Journey", "There is no journey map number {id} in this shop."),
                     context="Journey", id=str(journey_id))


def load(conn: sqlite3.Connection, journey_id: int) -> JourneyDocument:
    row = rows.get(conn, journey_id)
    if row is None:
        raise _not_found(journey_id)
    return journey_io.loads(row.document)


def summaries(conn: sqlite3.Connection, today: dt.date | None = None) -> list[JourneySummary]:
    today = today or dt.date.today()
    out = []
    for row in rows.list_all(conn):
        doc = journey_io.loads(row.document)
        out.append(JourneySummary(row.id, doc.title, len(doc.stages),
                                  sum(len(v.cards) for v in doc.versions.values()), tuple(doc.persona_ids),
                                  doc.reviewed_on, doc.review_due(today)))
    return out


def save(conn: sqlite3.Connection, journey_id: int, doc: JourneyDocument) -> Changes:
    if rows.get(conn, journey_id) is None:
        raise _not_found(journey_id)
    with db.transaction(conn):
        rows.update(conn, journey_id, doc.title, journey_io.dumps(doc),
                    doc.reviewed_on.isoformat() if doc.reviewed_on else None)
    return CHANGED


def add(conn: sqlite3.Connection, doc: JourneyDocument, *, position: int | None = None,
        journey_id: int | None = None) -> Written[int]:
    with db.transaction(conn):
        new_id = rows.insert(conn, doc.title, journey_io.dumps(doc),
                             doc.reviewed_on.isoformat() if doc.reviewed_on else None, position, journey_id)
    return Written(new_id, CHANGED)


def create(conn: sqlite3.Connection, template: str = "six_stages", language: str = "vi",
           title: str | None = None) -> Written[int]:
    """A new map from a built-in template key, or from the owner's template "own:<id>"."""
    if template.startswith("own:"):  # the owner's saved template
        wanted = int(template[4:])
        found = next((doc for tid, _name, doc in rows.templates(conn) if tid == wanted), None)
        if found is None:
            raise UserError(QT_TRANSLATE_NOOP("Journey", "That template no longer exists."), context="Journey")
        doc = journey_io.loads(found)
        if title:
            doc.title = title
        doc.reviewed_on = None
    else:
        doc = from_template(template, language, title)
    return add(conn, doc)


def duplicate(conn: sqlite3.Connection, journey_id: int, title: str) -> Written[int]:
    doc = load(conn, journey_id)
    doc.title = title
    return add(conn, doc)


def delete(conn: sqlite3.Connection, journey_id: int) -> Written[tuple[int, JourneyDocument, int]]:
    """Deletes a map; its value is (id, document, position), so that `add` can undo the deletion."""
    row = rows.get(conn, journey_id)
    if row is None:
        raise _not_found(journey_id)
    with db.transaction(conn):
        rows.delete(conn, journey_id)
    return Written((journey_id, journey_io.loads(row.document), row.position), CHANGED)


def mark_reviewed(conn: sqlite3.Connection, journey_id: int, day: dt.date | None = None) -> Written[dt.date | None]:
    """Records the review; its value is the previous review date (for undo)."""
    doc = load(conn, journey_id)
    previous = doc.reviewed_on
    doc.reviewed_on = day or dt.date.today()
    save(conn, journey_id, doc)
    return Written(previous, CHANGED)


def save_as_template(conn: sqlite3.Connection, journey_id: int, name: str) -> Written[int]:
    doc = load(conn, journey_id)
    for version in doc.versions.values():  # a template is the grid, not this map's findings
        version.cards.clear()
        version.emotions.clear()
    doc.persona_ids.clear()
    doc.reviewed_on = None
    name = " ".join(name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Journey", "A template needs a name."), context="Journey")
    with db.transaction(conn):
        return Written(rows.save_template(conn, name, journey_io.dumps(doc)), CHANGED)


def export_json(conn: sqlite3.Connection, journey_id: int, path: Path) -> None:
    journey_io.write_file(load(conn, journey_id), path)


def import_json(conn: sqlite3.Connection, path: Path,
                known_personas: set[int] | None = None) -> Written[tuple[int, list[str]]]:
    """Adds the map in `path`; its value is the new id and the unknown cards left out ("kind: text").
    Links to personas this shop does not have are dropped (persona ids are per shop)."""
    unknown: list[str] = []
    doc = journey_io.read_file(path, unknown=unknown)
    doc.persona_ids = [p for p in doc.persona_ids if known_personas and p in known_personas]
    return Written((add(conn, doc).value, unknown), CHANGED)


def all_improvements(conn: sqlite3.Connection) -> list[ImprovementRow]:
    return improvements([(row.id, journey_io.loads(row.document)) for row in rows.list_all(conn)])


IMPROVEMENT_HEADERS = ("Journey map", "Stage", "Improvement", "Horizon", "Impact (1-3)", "Effort (1-3)",
                       "Quick win", "Owner", "How", "Due", "Status")


def improvement_table(items: list[ImprovementRow], translate=lambda context, text: text) -> list[tuple]:
    return [(r.journey_title, r.stage_title, r.text, translate("Journey", HORIZON_NAMES[r.improvement.horizon]),
             r.improvement.impact, r.improvement.effort, "✓" if r.improvement.quick_win else "",
             r.improvement.owner, r.improvement.how, r.improvement.due.isoformat() if r.improvement.due else "",
             translate("Journey", STATUS_NAMES[r.improvement.status])) for r in items]


def export_improvements(conn: sqlite3.Connection, path: Path, headers=IMPROVEMENT_HEADERS,
                        translate=lambda context, text: text) -> int:
    from app.services.customer_data import write_table

    table = improvement_table(all_improvements(conn), translate)
    return write_table(Path(path), headers, table, total=len(table), sheet="Improvements") or 0
