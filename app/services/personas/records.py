"""Persona records: reading them and every write the owner makes. Each write runs in one transaction
and returns the `Change` it made (the persona before and after, or the order before and after), which
is all the UI needs to undo and redo it (`put_back`) and to know what to refresh."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.i18n import QT_TRANSLATE_NOOP, Marked
from app.models import db
from app.models import personas as store
from app.services.changes import Changes
from app.services.errors import UserError
from app.services.personas import fields as F

REVIEW_AFTER_DAYS = 183  # "reviewed for 6 months": a persona is a living document (seed 003)


@dataclass(frozen=True)
class Persona:
    id: int  # 0: not stored yet
    name: str
    fields: dict[str, str | list[str]] = field(default_factory=F.empty_fields)
    segment_ref: str | None = None
    photo: bytes | None = None  # JPEG, already checked and downscaled (photos.prepare)
    reviewed_on: dt.date | None = None
    position: int = 0
    created_at: str | None = None
    updated_at: str | None = None

    def value(self, key: str) -> str | list[str]:
        return self.fields.get(key, [] if F.BY_KEY[key].kind == F.LIST else "")

    def text(self, key: str) -> str:
        """A text field's value ("" for a list field)."""
        value = self.value(key)
        return value if isinstance(value, str) else ""

    def items(self, key: str) -> list[str]:
        """A list field's items ([] for a text field)."""
        value = self.value(key)
        return list(value) if isinstance(value, list) else []

    def needs_review(self, today: dt.date | None = None) -> bool:
        """Not reviewed for 6 months (a persona never reviewed counts from the day it was made)."""
        today = today or dt.date.today()
        since = self.reviewed_on or (dt.date.fromisoformat(self.created_at[:10]) if self.created_at else today)
        return (today - since).days > REVIEW_AFTER_DAYS


@dataclass(frozen=True)
class Change:
    """What one write changed. kind: 'created', 'updated', 'deleted', 'order'."""

    kind: str
    before: Persona | None = None
    after: Persona | None = None
    order_before: tuple[int, ...] = ()
    order_after: tuple[int, ...] = ()

    @property
    def changes(self) -> Changes:
        """For the operation runner (app.ui.operations): a persona write changes the personas only."""
        return Changes(personas=True)


# --- reading ------------------------------------------------------------------------------------

def _from_row(row: store.PersonaRow) -> Persona:
    values = F.empty_fields()
    try:
        stored = json.loads(row.fields)
    except ValueError:
        stored = {}
    if isinstance(stored, dict):
        values.update(normalise_fields(stored, strict=False))
    return Persona(id=row.id, name=row.name, fields=values, segment_ref=row.segment_ref, photo=row.photo,
                   reviewed_on=dt.date.fromisoformat(row.reviewed_on) if row.reviewed_on else None,
                   position=row.position, created_at=row.created_at, updated_at=row.updated_at)


def list_personas(conn: sqlite3.Connection) -> list[Persona]:
    return [_from_row(r) for r in store.all_rows(conn)]


def get(conn: sqlite3.Connection, persona_id: int) -> Persona:
    row = store.row(conn, persona_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Persona", "This persona no longer exists."), context="Persona")
    return _from_row(row)


# --- checking what the owner typed ----------------------------------------------------------------

def _too_long(label: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Persona", "The field {field} is too long."), context="Persona",
                     field=Marked(label, "Persona"))


def normalise_fields(values: dict, *, strict: bool = True) -> dict[str, str | list[str]]:
    """Known fields only, text as NFC, lists as lists of non-empty texts; with `strict`, a wrong type
    or an oversized field is refused (UserError) instead of being dropped or cut."""
    out: dict[str, str | list[str]] = {}
    for key, value in values.items():
        spec = F.BY_KEY.get(key)
        if spec is None:
            if strict:
                raise UserError(QT_TRANSLATE_NOOP("Persona", "A persona has no field {field}."),
                                context="Persona", field=str(key))
            continue
        if spec.kind == F.LIST:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                if strict:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Persona", "The field {field} must be a list of texts."),
                        context="Persona", field=Marked(spec.label, "Persona"))
                continue
            items = [F.clean_text(v) for v in value]
            items = [v for v in items if v]
            if strict and (len(items) > F.MAX_ITEMS or any(len(v) > F.MAX_ITEM for v in items)):
                raise _too_long(spec.label)
            out[key] = items[:F.MAX_ITEMS]
        else:
            if not isinstance(value, str):
                if strict:
                    raise UserError(QT_TRANSLATE_NOOP("Persona", "The field {field} must be a text."),
                                    context="Persona", field=Marked(spec.label, "Persona"))
                continue
            text = F.clean_text(value)
            if strict and len(text) > F.MAX_TEXT:
                raise _too_long(spec.label)
            out[key] = text[:F.MAX_TEXT]
    return out


def check_name(name: object) -> str:
    text = F.clean_text(name) if isinstance(name, str) else ""
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("Persona", "A persona needs a name."), context="Persona")
    if len(text) > F.MAX_NAME:
        raise _too_long(F.NAME_LABEL)
    return text


def check_segment(conn: sqlite3.Connection, ref: str | None) -> str | None:
    """A segment a persona can stand for: an RFM segment, a value tier or a saved rule segment."""
    if not ref:
        return None
    from app.services.segments import membership

    kind, _parts = membership.parse_ref(ref)
    if kind not in ("rfm", "tier", "saved"):
        raise UserError(QT_TRANSLATE_NOOP("Persona", "A persona can only stand for an RFM segment, a value "
                                                     "tier or a saved segment."), context="Persona")
    membership.segment_name(conn, ref)  # refuses a segment that does not exist
    return ref


# --- writing --------------------------------------------------------------------------------------

def _columns(persona: Persona) -> dict[str, object]:
    return {"name": persona.name, "segment_ref": persona.segment_ref,
            "fields": json.dumps(persona.fields, ensure_ascii=False, sort_keys=True), "photo": persona.photo,
            "reviewed_on": persona.reviewed_on.isoformat() if persona.reviewed_on else None}


def _insert(conn: sqlite3.Connection, persona: Persona, position: int | None = None) -> int:
    return store.insert(
        conn, persona_id=persona.id or None, position=store.next_position(conn) if position is None else position,
        name=persona.name, segment_ref=persona.segment_ref,
        fields=json.dumps(persona.fields, ensure_ascii=False, sort_keys=True), photo=persona.photo,
        reviewed_on=persona.reviewed_on.isoformat() if persona.reviewed_on else None,
        created_at=persona.created_at, updated_at=persona.updated_at)


def create(conn: sqlite3.Connection, name: str, values: dict | None = None, *, segment_ref: str | None = None,
           photo: bytes | None = None, reviewed_on: dt.date | None = None) -> Change:
    """A new persona at the end of the owner's order."""
    persona = Persona(0, check_name(name), {**F.empty_fields(), **normalise_fields(values or {})},
                      check_segment(conn, segment_ref), photo, reviewed_on)
    with db.transaction(conn):
        new_id = _insert(conn, persona)
    return Change("created", after=get(conn, new_id))


def add_all(conn: sqlite3.Connection, personas: Sequence[Persona]) -> list[Change]:
    """Adds already checked personas (an imported file, the demo) after the others, in one transaction."""
    with db.transaction(conn):
        ids = [_insert(conn, p) for p in personas]
    return [Change("created", after=get(conn, i)) for i in ids]


def update(conn: sqlite3.Connection, persona_id: int, *, name: str | None = None, values: dict | None = None,
           segment_ref: str | None | bool = False, photo: bytes | None | bool = False) -> Change:
    """Changes the given parts (`values` holds only the fields that change; `segment_ref=None` or
    `photo=None` removes them, leaving them out keeps them)."""
    before = get(conn, persona_id)
    after = before
    if name is not None:
        after = replace(after, name=check_name(name))
    if values:
        after = replace(after, fields={**after.fields, **normalise_fields(values)})
    if segment_ref is not False:
        after = replace(after, segment_ref=check_segment(conn, segment_ref if isinstance(segment_ref, str) else None))
    if photo is not False:
        after = replace(after, photo=photo if isinstance(photo, bytes) and photo else None)
    if after == before:
        return Change("updated", before=before, after=before)
    with db.transaction(conn):
        store.update(conn, persona_id, _columns(after))
    return Change("updated", before=before, after=get(conn, persona_id))


def mark_reviewed(conn: sqlite3.Connection, persona_id: int, today: dt.date | None = None) -> Change:
    before = get(conn, persona_id)
    with db.transaction(conn):
        store.update(conn, persona_id, {"reviewed_on": (today or dt.date.today()).isoformat()})
    return Change("updated", before=before, after=get(conn, persona_id))


def duplicate(conn: sqlite3.Connection, persona_id: int, name: str) -> Change:
    """A copy placed right after the original (the owner's copy name, e.g. "Lan (copy)")."""
    original = get(conn, persona_id)
    copy = replace(original, id=0, name=check_name(name), reviewed_on=None, created_at=None, updated_at=None)
    with db.transaction(conn):
        order = store.ordered_ids(conn)
        new_id = _insert(conn, copy)
        order.insert(order.index(persona_id) + 1, new_id)
        store.set_positions(conn, order)
    return Change("created", after=get(conn, new_id))


def delete(conn: sqlite3.Connection, persona_id: int) -> Change:
    before = get(conn, persona_id)
    with db.transaction(conn):
        store.delete(conn, [persona_id])
    return Change("deleted", before=before)


def reorder(conn: sqlite3.Connection, ordered_ids: Sequence[int]) -> Change:
    """The owner's new order (every persona's id once)."""
    with db.transaction(conn):
        current = store.ordered_ids(conn)
        if sorted(current) != sorted(ordered_ids):
            raise UserError(QT_TRANSLATE_NOOP("Persona", "The personas changed meanwhile; try again."),
                            context="Persona")
        store.set_positions(conn, ordered_ids)
    return Change("order", order_before=tuple(current), order_after=tuple(ordered_ids))


def put_back(conn: sqlite3.Connection, change: Change, *, undo: bool) -> Change:
    """Undoes (or redoes) a change: writes the state before (or after) it back, same id and place.
    Returns the change that this made, for the UI to refresh."""
    state, order = (change.before, change.order_before) if undo else (change.after, change.order_after)
    other = change.after if undo else change.before
    with db.transaction(conn):
        if change.kind == "order":
            store.set_positions(conn, order)
            return Change("order", order_before=change.order_after if undo else change.order_before,
                          order_after=order)
        if state is None:  # the persona did not exist on that side
            if other is None:
                raise ValueError("a change without a persona on either side")
            store.delete(conn, [other.id])
            return Change("deleted", before=other)
        if store.row(conn, state.id) is None:
            _insert(conn, state, state.position)
            kind = "created"
        else:
            store.update(conn, state.id, _columns(state))
            kind = "updated"
    return Change(kind, before=other if kind == "updated" else None, after=get(conn, state.id))
