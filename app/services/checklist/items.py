"""The checklist's items as the owner sees them: the built-in items merged with the owner's answers
and own items; changes recorded in the history; recurring items that come back when due; the
progress score per section, now and after each change."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.models import checklist as store
from app.models import db
from app.services.changes import Changes, Written
from app.services.checklist.definitions import ITEM_BY_KEY, ITEMS, SECTION_KEYS, STATUSES
from app.services.errors import UserError

CHANGED = Changes(checklist=True)
EDITABLE = ("status", "notes", "owner", "due_on", "done_on", "repeat_months", "title")


@dataclass
class ChecklistItem:
    key: str
    section: str
    text: str  # built-in: English source text (context "Checklist"); own items: the owner's title
    built_in: bool
    status: str  # the status now: a recurring item done longer ago than its interval is back to not_started
    stored_status: str
    notes: str = ""
    owner: str = ""
    due_on: dt.date | None = None
    done_on: dt.date | None = None
    repeat_months: int | None = None
    tab: str = ""

    @property
    def due_again(self) -> bool:
        """A recurring item done once, whose next round is due."""
        return self.stored_status == "done" and self.status == "not_started"


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):  # the same day of the month, or the month's last day
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _current_status(stored: str, done_on: dt.date | None, repeat: int | None, today: dt.date) -> tuple[str, dt.date | None]:
    """(status now, next due date) of an item; recurring items come back once their interval is over."""
    if stored == "done" and repeat and done_on is not None:
        next_due = add_months(done_on, repeat)
        return ("not_started" if next_due <= today else "done"), next_due
    return stored, None


def list_items(conn: sqlite3.Connection, today: dt.date | None = None) -> list[ChecklistItem]:
    """Every item, built-in first in the guides' order, then the owner's own items."""
    today = today or dt.date.today()
    rows = store.item_rows(conn)
    out = []
    for definition in ITEMS:
        row = rows.get(definition.key, {})
        out.append(_item(definition.key, definition.section, definition.text, True, row,
                         definition.repeat_months, definition.tab, today))
    for key, row in rows.items():
        if key.startswith("own."):
            out.append(_item(key, row["section"], row["title"], False, row, row["repeat_months"], "", today))
    return out


def _item(key: str, section: str, text: str, built_in: bool, row: dict, repeat: int | None, tab: str,
          today: dt.date) -> ChecklistItem:
    stored = row.get("status") or "not_started"
    done_on = _date(row.get("done_on"))
    status, next_due = _current_status(stored, done_on, repeat, today)
    return ChecklistItem(key=key, section=section, text=text, built_in=built_in, status=status, stored_status=stored,
                         notes=row.get("notes") or "", owner=row.get("owner") or "",
                         due_on=_date(row.get("due_on")) or next_due, done_on=done_on, repeat_months=repeat, tab=tab)


def _unknown_item(key: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Checklist", "There is no checklist item {key}."), context="Checklist", key=key)


def _as_text(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def update_item(conn: sqlite3.Connection, key: str, *, today: dt.date | None = None, **values) -> Changes:
    """Changes some of an item's fields (status, notes, owner, due_on, done_on; for own items also title
    and repeat_months) and records each change in the history. Marking an item done without a date
    dates it today."""
    today = today or dt.date.today()
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown checklist fields {sorted(unknown)}")
    rows = store.item_rows(conn)
    definition = ITEM_BY_KEY.get(key)
    if definition is None and key not in rows:
        raise _unknown_item(key)
    if definition is not None and ({"title", "repeat_months"} & set(values)):
        raise ValueError("the title and recurrence of a built-in item are fixed")
    if "status" in values and values["status"] not in STATUSES:
        raise UserError(QT_TRANSLATE_NOOP("Checklist", "{status} is not a checklist status."), context="Checklist",
                        status=str(values["status"]))
    if values.get("title") is not None and not str(values["title"]).strip():
        raise UserError(QT_TRANSLATE_NOOP("Checklist", "A checklist item needs a text."), context="Checklist")
    if values.get("status") == "done" and "done_on" not in values:
        values["done_on"] = today
    row = rows.get(key, {})
    new = {name: _as_text(value) if name != "repeat_months" else (int(value) if value else None)
           for name, value in values.items()}
    if "notes" in new or "owner" in new or "title" in new:
        new.update({name: new[name] or "" for name in ("notes", "owner", "title") if name in new})
    changed = {name: value for name, value in new.items() if row.get(name, _default(name)) != value}
    if not changed:
        return Changes()
    section = definition.section if definition else row["section"]
    with db.transaction(conn):
        store.upsert_item(conn, key, section, changed)
        store.add_history(conn, [(key, today.isoformat(), name, _as_text(row.get(name, _default(name))),
                                  _as_text(value)) for name, value in changed.items()])
    return CHANGED


def _default(name: str):
    return {"status": "not_started", "notes": "", "owner": "", "title": ""}.get(name)


def add_own_item(conn: sqlite3.Connection, title: str, *, repeat_months: int | None = None,
                 today: dt.date | None = None) -> Written[str]:
    """Adds one of the owner's items; its value is the new item's key."""
    if not title.strip():
        raise UserError(QT_TRANSLATE_NOOP("Checklist", "A checklist item needs a text."), context="Checklist")
    today = today or dt.date.today()
    with db.transaction(conn):
        key = store.insert_own_item(conn, title.strip(), "own")
        if repeat_months:
            store.upsert_item(conn, key, "own", {"repeat_months": int(repeat_months)})
        store.add_history(conn, [(key, today.isoformat(), "title", None, title.strip())])
    return Written(key, CHANGED)


def delete_own_item(conn: sqlite3.Connection, key: str) -> Changes:
    if key in ITEM_BY_KEY or key not in store.item_rows(conn):
        raise _unknown_item(key)
    with db.transaction(conn):
        store.delete_item(conn, key)
    return CHANGED


def stored_fields(conn: sqlite3.Connection, key: str) -> dict:
    """The item's fields as stored (the defaults for a built-in item the owner never changed): what an
    undo puts back with `update_item` or, for a deleted own item, `restore_own_item`."""
    row = store.item_rows(conn).get(key, {})
    return {name: row.get(name, _default(name)) for name in ("title", "status", "notes", "owner", "due_on",
                                                             "done_on", "repeat_months", "position")}


def restore_own_item(conn: sqlite3.Connection, key: str, fields: dict) -> Changes:
    """Puts back a deleted own item under its key with its stored fields (`stored_fields`); its
    history was kept."""
    if not key.startswith("own.") or key in store.item_rows(conn):
        raise _unknown_item(key)
    with db.transaction(conn):
        store.upsert_item(conn, key, "own", fields)
    return CHANGED


@dataclass(frozen=True)
class HistoryEntry:
    changed_on: dt.date
    field: str  # one of EDITABLE
    old: str | None  # as stored: status keys, YYYY-MM-DD dates, texts
    new: str | None


def item_history(conn: sqlite3.Connection, key: str) -> list[HistoryEntry]:
    """The item's changes, oldest first."""
    return [HistoryEntry(dt.date.fromisoformat(day), name, old, new)
            for _key, day, name, old, new in store.history(conn, key)]


@dataclass(frozen=True)
class SectionProgress:
    section: str
    done: int
    counted: int  # items that are not "not relevant"

    @property
    def percent(self) -> float | None:
        return 100.0 * self.done / self.counted if self.counted else None


def progress(items: list[ChecklistItem]) -> dict[str, SectionProgress]:
    """Per section (and 'all'): done items out of the items that are relevant."""
    out = {}
    for section in (*SECTION_KEYS, "all"):
        chosen = [i for i in items if section in ("all", i.section) and i.status != "not_relevant"]
        out[section] = SectionProgress(section, sum(i.status == "done" for i in chosen), len(chosen))
    return out


def progress_history(conn: sqlite3.Connection, today: dt.date | None = None) -> list[tuple[dt.date, dict[str, float | None]]]:
    """The percent done per section after each day with a status change, replayed from the history
    (recurring items coming back are taken into account as of each day)."""
    today = today or dt.date.today()
    items = list_items(conn, today)
    status: dict[str, str] = {i.key: "not_started" for i in items}
    done_on: dict[str, dt.date | None] = {i.key: None for i in items}
    out: list[tuple[dt.date, dict[str, float | None]]] = []
    changes = store.history(conn)
    for index, (key, day_text, name, _old, new) in enumerate(changes):
        if key not in status:
            continue  # a deleted own item
        if name == "status":
            status[key] = new or "not_started"
        elif name == "done_on":
            done_on[key] = _date(new)
        last_of_day = index + 1 == len(changes) or changes[index + 1][1] != day_text
        if last_of_day:
            day = dt.date.fromisoformat(day_text)
            replayed = [ChecklistItem(i.key, i.section, i.text, i.built_in,
                                      _current_status(status[i.key], done_on[i.key], i.repeat_months, day)[0],
                                      status[i.key]) for i in items]
            out.append((day, {k: p.percent for k, p in progress(replayed).items()}))
    return out
