"""Sharing personas between shops: a versioned JSON file with the photos embedded (base64 JPEG).

    {"format": "regulars-personas", "version": 1, "exported_at": "...",
     "personas": [{"name": ..., "segment_ref": ... | null, "reviewed_on": "yyyy-mm-dd" | null,
                   "fields": {...}, "photo": "<base64 JPEG>" | null}, ...]}

Importing checks the whole file first (size, JSON, format, version, every persona's fields, every
photo through photos.prepare) and writes all of it in one transaction, or nothing with one sentence.
A linked segment that this shop does not have (a saved segment of the other shop) is dropped."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services.changes import Changes, Written
from app.services.errors import UserError
from app.services.file_checks import write_atomically
from app.services.personas import fields, photos, records

FORMAT = "regulars-personas"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PERSONAS = 500


def _refuse(template: str, **args) -> UserError:
    return UserError(template, context="PersonaFile", **args)


def to_json(personas: Sequence[records.Persona]) -> str:
    return json.dumps({
        "format": FORMAT, "version": VERSION, "exported_at": dt.datetime.now().isoformat(timespec="seconds"),
        "personas": [{
            "name": p.name, "segment_ref": p.segment_ref,
            "reviewed_on": p.reviewed_on.isoformat() if p.reviewed_on else None,
            "fields": p.fields,
            "photo": base64.b64encode(p.photo).decode("ascii") if p.photo else None,
        } for p in personas],
    }, ensure_ascii=False, indent=1)


def export_file(conn: sqlite3.Connection, path: str | Path, persona_ids: Sequence[int] | None = None) -> int:
    """Writes the given personas (default: all) to `path`; returns how many."""
    personas = records.list_personas(conn)
    if persona_ids is not None:
        wanted = set(persona_ids)
        personas = [p for p in personas if p.id in wanted]
    if not personas:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaFile", "There is no persona to export."))
    write_atomically(path, to_json(personas).encode("utf-8"))
    return len(personas)


def parse(text: str | bytes, conn: sqlite3.Connection) -> list[records.Persona]:
    """The personas of a file's content, checked (UserError for anything wrong); nothing is written."""
    malformed = _refuse(QT_TRANSLATE_NOOP("PersonaFile", "This is not a persona file, or it is damaged."))
    if len(text) > MAX_FILE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaFile", "The persona file is too large."))
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        raise malformed from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("personas"), list):
        raise malformed
    if data.get("version") != VERSION:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaFile", "This persona file was made by another version of Regulars "
                                                       "(format {version}); it cannot be read."),
                      version=str(data.get("version")))
    if len(data["personas"]) > MAX_PERSONAS:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaFile", "The persona file holds too many personas."))
    out = []
    for item in data["personas"]:
        if not isinstance(item, dict) or not isinstance(item.get("fields", {}), dict):
            raise malformed
        name = records.check_name(item.get("name"))
        values = records.normalise_fields(item.get("fields", {}))
        photo = item.get("photo")
        if photo is not None:
            try:
                photo = photos.prepare(base64.b64decode(photo, validate=True), name)
            except (binascii.Error, TypeError, ValueError):
                raise malformed from None
        reviewed = item.get("reviewed_on")
        try:
            reviewed = dt.date.fromisoformat(reviewed) if reviewed else None
        except (TypeError, ValueError):
            raise malformed from None
        ref = item.get("segment_ref")
        try:
            ref = records.check_segment(conn, ref) if isinstance(ref, str) else None
        except UserError:
            ref = None
        out.append(records.Persona(0, name, {**fields.empty_fields(), **values}, ref, photo, reviewed))
    return out


def import_file(conn: sqlite3.Connection, path: str | Path) -> Written[list[records.Change]]:
    """Adds the personas of a file after the existing ones, all or nothing; returns the changes."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP("PersonaFile", "The persona file is too large."))
        content = path.read_bytes()
    except OSError:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaFile", "The file {name} could not be read."), name=path.name) from None
    return Written(records.add_all(conn, parse(content, conn)), Changes(personas=True))
