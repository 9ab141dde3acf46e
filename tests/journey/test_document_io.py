"""The journey document: editing functions and their undo values, and the JSON format's round trip and
refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.services.errors import UserError
from app.services.journey import document as d
from app.services.journey import io as journey_io
from app.services.journey.demo import gift_buyer_map
from app.services.journey.templates import from_template


@pytest.fixture
def doc():
    return gift_buyer_map(dt.date(2026, 12, 1))


def test_templates_have_their_stages_in_both_languages():
    six = from_template("six_stages", "en")
    assert [s.title for s in six.stages] == ["Awareness", "Engagement", "Subscribe", "Purchase", "Enjoy", "Advocate"]
    vi = from_template("lifecycle", "vi")
    assert [s.title for s in vi.stages] == ["Nhận biết", "Quan tâm", "Chuyển đổi", "Hành động", "Giữ chân"]
    assert [lane.kind for lane in vi.lanes] == ["actions", "goals", "questions", "touchpoints", "feelings", "pains",
                                                "opportunities"]
    assert vi.lanes[5].title == "Điểm đau"


def test_json_round_trip_gives_the_same_document(doc, tmp_path):
    path = tmp_path / "map.json"
    journey_io.write_file(doc, path)
    again = journey_io.read_file(path)
    assert again == doc
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "regulars-journey"


def test_an_unknown_version_is_refused(doc):
    data = journey_io.to_dict(doc)
    data["version"] = 2
    with pytest.raises(UserError, match="format version 2"):
        journey_io.from_dict(data)


@pytest.mark.parametrize("mangle", [
    lambda data: data.pop("stages"),
    lambda data: data["versions"]["actual"]["cards"][0].update(stage="nowhere"),
    lambda data: data["versions"]["actual"]["cards"][0].update(severity=9),
    lambda data: data["versions"]["actual"]["emotions"].update({data["stages"][0]["id"]: 7}),
    lambda data: data["versions"]["actual"]["cards"].append(dict(data["versions"]["actual"]["cards"][0])),
    lambda data: data.update(title=["not", "text"]),
])
def test_a_malformed_map_is_refused_with_a_sentence(doc, mangle):
    data = journey_io.to_dict(doc)
    mangle(data)
    with pytest.raises(UserError, match="damaged"):
        journey_io.from_dict(data)


def test_non_json_and_oversized_files_are_refused(tmp_path, monkeypatch):
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x00\xffPK not json")
    with pytest.raises(UserError, match="not a Regulars journey map"):
        journey_io.read_file(junk)
    big = tmp_path / "big.json"
    big.write_text("{}")
    monkeypatch.setattr(journey_io, "MAX_FILE_BYTES", 1)
    with pytest.raises(UserError, match="too large"):
        journey_io.read_file(big)


def test_unknown_card_kinds_are_reported_not_silently_dropped(doc):
    data = journey_io.to_dict(doc)
    card = dict(data["versions"]["actual"]["cards"][0], kind="hologram", id="x1", text="From the future")
    data["versions"]["actual"]["cards"].append(card)
    unknown: list[str] = []
    read = journey_io.from_dict(data, unknown=unknown)
    assert unknown == ["hologram: From the future"]
    assert len(read.versions["actual"].cards) == len(doc.versions["actual"].cards)


def test_moving_cards_and_undoing_the_move(doc):
    before = journey_io.dumps(doc)
    cards = doc.versions["actual"].cards[:3]
    target_stage = doc.stages[5].id
    lane = doc.lanes[0].id
    moves = [d.Placement(c.id, target_stage, lane, d.cell_end_index(doc, "actual", target_stage, lane))
             for c in cards]
    undo = d.move_cards(doc, moves)
    assert [c.id for c in doc.versions["actual"].cell(target_stage, lane)] == [c.id for c in cards]
    d.move_cards(doc, undo)
    assert journey_io.dumps(doc) == before


def test_removing_a_stage_takes_its_cards_and_restoring_brings_them_back(doc):
    before = journey_io.dumps(doc)
    stage = doc.stages[1].id
    saved = d.remove_stage(doc, stage)
    assert all(c.stage != stage for v in doc.versions.values() for c in v.cards)
    assert stage not in doc.versions["actual"].emotions
    d.restore_stage(doc, *saved)
    assert journey_io.dumps(doc) == before


def test_editing_fields_returns_the_previous_values(doc):
    card = doc.versions["actual"].cards[0]
    previous = d.set_card_fields(doc, card.id, text="Mới", evidence="assumption")
    assert (card.text, card.evidence) == ("Mới", "assumption")
    d.set_card_fields(doc, card.id, **previous)
    assert card.text.startswith("Thấy hộp quà")


def test_emotion_is_clamped_and_clearable(doc):
    stage = doc.stages[0].id
    d.set_emotion(doc, "actual", stage, 9)
    assert doc.versions["actual"].emotions[stage] == 2.0
    d.set_emotion(doc, "actual", stage, None)
    assert stage not in doc.versions["actual"].emotions


def test_review_is_due_after_six_months(doc):
    doc.reviewed_on = dt.date(2026, 1, 1)
    assert doc.review_due(dt.date(2026, 12, 1))
    assert not doc.review_due(dt.date(2026, 3, 1))
    doc.reviewed_on = None
    assert doc.review_due(dt.date(2026, 3, 1))
