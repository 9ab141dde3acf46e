"""Persona records: every write returns the change it made, and putting a change back undoes or
redoes it exactly (each kind of edit: create, update of text/list/segment/photo, review, duplicate,
delete, reorder)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.models import migrations
from app.services.errors import UserError
from app.services.personas import fields, photos, records
from app.services.personas.demo import portrait


def _state(conn):
    return [(p.id, p.name, p.fields, p.segment_ref, p.photo, p.reviewed_on) for p in records.list_personas(conn)]


def test_the_migration_is_listed_and_creates_the_table(shop):
    assert any(m.__name__.endswith("m007_personas") for m in migrations.MIGRATIONS)
    columns = {r[1] for r in shop.conn.execute("PRAGMA table_info(personas)")}
    assert {"name", "fields", "photo", "position", "reviewed_on", "segment_ref"} <= columns


def test_create_normalises_and_refuses_what_is_wrong(shop):
    change = records.create(shop.conn, "  Lan  ", {"needs": ["  a ", "", "b"], "quote": "Xin chào"})
    persona = change.after
    assert change.kind == "created" and persona.name == "Lan"
    assert persona.value("needs") == ["a", "b"] and persona.value("quote") == "Xin chào"
    assert persona.value("goals") == []
    with pytest.raises(UserError, match="needs a name"):
        records.create(shop.conn, "   ")
    with pytest.raises(UserError, match="no field"):
        records.create(shop.conn, "X", {"password": "x"})
    with pytest.raises(UserError, match="too long"):
        records.create(shop.conn, "X", {"quote": "x" * (fields.MAX_TEXT + 1)})
    with pytest.raises(UserError, match="no segment"):
        records.create(shop.conn, "X", segment_ref="rfm:nonsense")
    with pytest.raises(UserError, match="only stand for"):
        records.create(shop.conn, "X", segment_ref="at_risk")
    assert [p.name for p in records.list_personas(shop.conn)] == ["Lan"]


def test_text_is_stored_as_nfc(shop):
    decomposed = "Nguye\u0302\u0303n"  # ễ written as e + circumflex + tilde
    persona = records.create(shop.conn, decomposed, {"quote": decomposed}).after
    assert persona.name == "Nguyễn" and persona.value("quote") == "Nguyễn"


@pytest.mark.parametrize("edit", [
    lambda c, i: records.update(c, i, name="Chị Lan"),
    lambda c, i: records.update(c, i, values={"quote": "Mới"}),
    lambda c, i: records.update(c, i, values={"needs": ["x", "y", "z"]}),
    lambda c, i: records.update(c, i, values={"needs": ["b", "a"]}),  # reordered list
    lambda c, i: records.update(c, i, segment_ref="tier:vip"),
    lambda c, i: records.update(c, i, segment_ref=None),
    lambda c, i: records.update(c, i, photo=portrait("minh", 64)),
    lambda c, i: records.update(c, i, photo=None),
    lambda c, i: records.mark_reviewed(c, i, dt.date(2026, 5, 1)),
    lambda c, i: records.duplicate(c, i, "Lan (copy)"),
    lambda c, i: records.delete(c, i),
    lambda c, i: records.reorder(c, list(reversed(records.store.ordered_ids(c)))),
], ids=["name", "text", "list", "list order", "segment", "no segment", "photo", "no photo", "reviewed",
        "duplicate", "delete", "reorder"])
def test_every_kind_of_edit_undoes_and_redoes(shop, edit):
    conn = shop.conn
    first = records.create(conn, "Lan", {"needs": ["a", "b"]}, segment_ref="rfm:champions",
                           photo=portrait("lan", 64)).after
    records.create(conn, "Minh")
    before = _state(conn)
    change = edit(conn, first.id)
    after = _state(conn)
    assert after != before
    records.put_back(conn, change, undo=True)
    assert _state(conn) == before
    records.put_back(conn, change, undo=False)
    assert _state(conn) == after


def test_duplicate_goes_right_after_the_original(shop):
    conn = shop.conn
    a = records.create(conn, "A").after
    records.create(conn, "B")
    records.duplicate(conn, a.id, "A (copy)")
    assert [p.name for p in records.list_personas(conn)] == ["A", "A (copy)", "B"]


def test_reorder_refuses_a_stale_order(shop):
    a = records.create(shop.conn, "A").after
    records.create(shop.conn, "B")
    with pytest.raises(UserError):
        records.reorder(shop.conn, [a.id])


def test_needs_review_after_six_months():
    persona = records.Persona(1, "A", reviewed_on=dt.date(2026, 1, 1))
    assert not persona.needs_review(dt.date(2026, 6, 1))
    assert persona.needs_review(dt.date(2026, 7, 15))
    never = records.Persona(1, "A", created_at="2025-01-01T10:00:00")
    assert never.needs_review(dt.date(2026, 1, 1))


def test_a_refused_photo_leaves_the_card_unchanged(shop, tmp_path):
    conn = shop.conn
    persona = records.create(conn, "Lan", photo=portrait("lan", 64)).after
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 500)  # a Windows program renamed to .jpg
    before = _state(conn)
    with pytest.raises(UserError):
        records.update(conn, persona.id, photo=photos.prepare_file(fake))
    assert _state(conn) == before


def test_stored_fields_are_json_of_known_keys(shop):
    persona = records.create(shop.conn, "Lan", {"stickers": ["VIP"]}).after
    stored = json.loads(shop.conn.execute("SELECT fields FROM personas WHERE id = ?", (persona.id,)).fetchone()[0])
    assert stored["stickers"] == ["VIP"] and set(stored) == set(fields.BY_KEY)
