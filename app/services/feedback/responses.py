"""Writing answers: add, edit, delete and restore (undo) one response. Each write is one transaction
and returns a `Change`: the answers and customers it touched, for edits and deletions the record as it
was (so that the UI can undo it), and `changes` (app.services.changes) for the UI's announcement."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db
from app.models import feedback as store
from app.models.text import nfc
from app.models.units import datetime_to_stored
from app.services.changes import Changes
from app.services.errors import UserError
from app.services.feedback.definitions import CHANNELS, SOURCES
from app.services.feedback.tags import tag_ids

MAX_COMMENT = 4000


@dataclass(frozen=True)
class Change:
    responses: list[int] = field(default_factory=list)
    customers: list[int] = field(default_factory=list)
    previous: dict[str, Any] | None = None  # the record before an edit or deletion

    @property
    def changes(self) -> Changes:
        """The feedback, and the customers whose latest answer may differ (rules on "last score")."""
        return Changes.of_customers(self.customers, feedback=True)


def _fail(template: str, **args: Any) -> UserError:
    return UserError(template, context="Feedback", **args)


def parse_score(value: Any) -> int:
    """A score 0-10 from what was typed; refuses anything else with one sentence."""
    text = str(value).strip() if value is not None else ""
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise _fail(QT_TRANSLATE_NOOP("Feedback", "The score must be a whole number from 0 to 10, not “{value}”."),
                    value=text) from None
    if number != int(number) or not 0 <= number <= 10:
        raise _fail(QT_TRANSLATE_NOOP("Feedback", "The score must be a whole number from 0 to 10, not “{value}”."),
                    value=text)
    return int(number)


def clean_values(conn: sqlite3.Connection, values: Mapping[str, Any]) -> dict[str, Any]:
    """Checks and normalises the columns given (score, answered_at as a date or seconds, customer_id,
    comment, channel, source)."""
    cleaned: dict[str, Any] = {}
    if "score" in values:
        cleaned["score"] = parse_score(values["score"])
    if "answered_at" in values:
        when = values["answered_at"]
        cleaned["answered_at"] = datetime_to_stored(when) if isinstance(when, dt.date) else int(when)
    if "customer_id" in values:
        customer = values["customer_id"] or None
        if customer is not None and store.customer_label(conn, int(customer)) is None:
            raise _fail(QT_TRANSLATE_NOOP("Feedback", "That customer no longer exists."))
        cleaned["customer_id"] = customer
    if "comment" in values:
        comment = nfc(str(values["comment"] or "")).strip()
        if len(comment) > MAX_COMMENT:
            raise _fail(QT_TRANSLATE_NOOP("Feedback", "A comment can have at most {count} characters."),
                        count=str(MAX_COMMENT))
        cleaned["comment"] = comment
    for key, allowed in (("channel", CHANNELS), ("source", SOURCES)):
        if key in values:
            if values[key] not in allowed:
                raise _fail(QT_TRANSLATE_NOOP("Feedback", "Unknown {what} “{value}”."), what=key, value=str(values[key]))
            cleaned[key] = values[key]
    return cleaned


def _customers(*records: Mapping[str, Any] | None) -> list[int]:
    return sorted({r["customer_id"] for r in records if r and r.get("customer_id")})


def add_response(conn: sqlite3.Connection, values: Mapping[str, Any]) -> Change:
    """A new answer: score and answered_at are required; tags (names) are created when missing."""
    if "score" not in values or "answered_at" not in values:
        raise _fail(QT_TRANSLATE_NOOP("Feedback", "An answer needs a date and a score."))
    cleaned = clean_values(conn, values)
    with db.transaction(conn):
        response_id = store.insert_response(conn, cleaned)
        store.set_response_tags(conn, response_id, tag_ids(conn, values.get("tags") or []))
    return Change([response_id], _customers(cleaned))


def _existing(conn: sqlite3.Connection, response_id: int) -> dict[str, Any]:
    record = store.get_response(conn, response_id)
    if record is None:
        raise _fail(QT_TRANSLATE_NOOP("Feedback", "That answer no longer exists."))
    return record


def update_response(conn: sqlite3.Connection, response_id: int, values: Mapping[str, Any]) -> Change:
    """Changes the given columns (and the tags, when `tags` is given)."""
    previous = _existing(conn, response_id)
    cleaned = clean_values(conn, values)
    with db.transaction(conn):
        store.update_response(conn, response_id, cleaned)
        if "tags" in values:
            store.set_response_tags(conn, response_id, tag_ids(conn, values["tags"] or []))
    return Change([response_id], _customers(previous, cleaned), previous)


def delete_response(conn: sqlite3.Connection, response_id: int) -> Change:
    previous = _existing(conn, response_id)
    with db.transaction(conn):
        store.delete_response(conn, response_id)
    return Change([response_id], _customers(previous), previous)


def restore_response(conn: sqlite3.Connection, record: Mapping[str, Any]) -> Change:
    """Puts back a deleted answer under its old id (undo of a deletion)."""
    with db.transaction(conn):
        columns = {k: record[k] for k in store.RESPONSE_COLUMNS if k in record}
        response_id = store.insert_response(conn, columns, response_id=record["id"])
        store.set_response_tags(conn, response_id, tag_ids(conn, record.get("tags") or []))
    return Change([response_id], _customers(record))


def put_back(conn: sqlite3.Connection, record: Mapping[str, Any]) -> Change:
    """Undo of an edit: the answer's columns and tags as they were in `record`."""
    values = {k: record[k] for k in ("answered_at", "customer_id", "score", "comment", "channel", "source", "tags")}
    return update_response(conn, record["id"], values)
