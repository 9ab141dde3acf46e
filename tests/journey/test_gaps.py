"""The gap list between the actual and the ideal journey, against a direct computation on a known map,
and the improvements list's order."""

from __future__ import annotations

import datetime as dt

from app.services.journey import document as d
from app.services.journey.gaps import improvements, stage_gaps
from app.services.journey.templates import from_template


def known_map():
    doc = from_template("blank", "en", "Known")
    s1, s2, s3 = (s.id for s in doc.stages)
    lanes = {lane.kind: lane.id for lane in doc.lanes}
    pain_a = d.new_card("pain", "Slow reply", s1, lanes["pains"], severity=4)
    pain_b = d.new_card("pain", "No parking", s1, lanes["pains"], severity=2)
    pain_c = d.new_card("pain", "Queue", s2, lanes["pains"], severity=1)
    doc.versions["actual"].cards += [pain_a, pain_b, pain_c,
                                     d.new_card("touchpoint", "Shop", s2, lanes["touchpoints"], channel="store")]
    fix = d.new_card("opportunity", "Answer in 15 min", s1, lanes["opportunities"],
                     improvement=d.Improvement(addresses=[pain_a.id]))
    doc.versions["actual"].cards.append(fix)
    doc.versions["ideal"].cards += [
        d.new_card("touchpoint", "Zalo", s2, lanes["touchpoints"], channel="chat"),
        d.new_card("touchpoint", "Shop", s2, lanes["touchpoints"], channel="store"),
        d.new_card("touchpoint", "Website", s3, lanes["touchpoints"], channel="website"),
    ]
    for stage, actual, ideal in ((s1, -1.0, 1.0), (s2, 0.5, 1.0), (s3, 1.0, 1.0)):
        d.set_emotion(doc, "actual", stage, actual)
        d.set_emotion(doc, "ideal", stage, ideal)
    return doc, pain_b, pain_c


def test_gap_list_equals_a_direct_computation():
    doc, pain_b, pain_c = known_map()
    gaps = stage_gaps(doc)
    by_stage = {g.stage_title: g for g in gaps}
    # Stage 1: emotion gap 2, one open pain (severity 2 -> 1): size 3. Stage 2: gap 0.5, pain 1 -> 0.5,
    # one missing touchpoint (Zalo): 2. Stage 3: no emotion gap, one missing touchpoint: 1.
    assert [g.stage_title for g in gaps] == ["Stage 1", "Stage 2", "Stage 3"]
    assert by_stage["Stage 1"].emotion_gap == 2.0
    assert [c.id for c in by_stage["Stage 1"].open_pains] == [pain_b.id]
    assert by_stage["Stage 1"].size == 3.0
    assert [c.text for c in by_stage["Stage 2"].missing_touchpoints] == ["Zalo"]
    assert [c.id for c in by_stage["Stage 2"].open_pains] == [pain_c.id]
    assert by_stage["Stage 2"].size == 2.0
    assert by_stage["Stage 3"].size == 1.0


def test_a_stage_without_any_gap_is_left_out_and_hidden_stages_too():
    doc, _b, _c = known_map()
    doc.stages[0].hidden = True
    assert [g.stage_title for g in stage_gaps(doc)] == ["Stage 2", "Stage 3"]


def test_improvements_put_open_quick_wins_first():
    doc, _b, _c = known_map()
    s1 = doc.stages[0].id
    lane = doc.lane_of_kind("opportunities").id
    quick = d.new_card("opportunity", "Quick", s1, lane, improvement=d.Improvement(effort=1, impact=3))
    done = d.new_card("opportunity", "Done already", s1, lane,
                      improvement=d.Improvement(effort=1, impact=3, status="done"))
    slow = d.new_card("opportunity", "Slow", s1, lane, improvement=d.Improvement(effort=3, impact=1,
                                                                                 due=dt.date(2027, 1, 1)))
    doc.versions["actual"].cards += [slow, done, quick]
    order = [row.text for row in improvements([(1, doc)])]
    assert order[0] == "Quick" and order[-1] == "Done already"
    assert order.index("Answer in 15 min") < order.index("Slow")
