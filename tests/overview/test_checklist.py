"""The Checklist: each suggested status against the data that drives it (both ways), recurring items
coming back, the history, progress per section over time, own items, the command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from app.services.checklist import items, suggestions
from app.services.checklist.definitions import ITEMS, SECTION_KEYS
from app.services.errors import UserError

D = dt.date
TODAY = D(2025, 6, 15)


def _suggest(shop, key: str, today: dt.date = TODAY):
    return suggestions.SUGGESTERS[key](shop.conn, today)


def test_every_built_in_item_has_a_known_section():
    assert {i.section for i in ITEMS} <= set(SECTION_KEYS)
    assert sum(i.section == "act_now" for i in ITEMS) == 8 and sum(i.section == "progress" for i in ITEMS) == 5


def test_target_segments_suggestion(shop, builder):
    from app.services.segments import targeting

    found = _suggest(shop, "progress.1")
    assert found.status == "not_started"
    targeting.set_target_profile(shop.conn, "tier:vip", is_target=True)
    found = _suggest(shop, "progress.1")
    assert found.status == "done" and "VIP" in found.text()


def test_promotions_suggestion(shop, builder):
    assert _suggest(shop, "act_now.7") is None  # no sales: the data cannot say
    loyal, newcomer = builder.customer("L"), builder.customer("N")
    builder.buy(loyal, D(2024, 1, 5), 100)
    builder.buy(loyal, D(2025, 5, 5), 300)
    builder.buy(newcomer, D(2025, 5, 6), 100)
    builder.commit()
    found = _suggest(shop, "act_now.7")
    assert found.status == "done" and found.args["new"] == "1" and "75" in found.args["share"]
    other = builder.customer("M")
    builder.buy(other, D(2025, 6, 1), 1000)  # a big newcomer: returning customers' share drops to 21%
    builder.commit()
    found = _suggest(shop, "act_now.7")
    assert found.status == "in_progress" and found.args["new"] == "2" and "21" in found.args["share"]


def test_journey_reviews_suggestion(shop):
    from app.services.journey import store as journeys

    assert _suggest(shop, "routines.journeys").status == "not_started"
    journey_id = journeys.create(shop.conn, "six_stages", "en", "Morning coffee").value
    found = _suggest(shop, "routines.journeys")
    assert found.status == "in_progress" and found.args["titles"] == "Morning coffee"
    journeys.mark_reviewed(shop.conn, journey_id, D(2025, 3, 1))
    assert _suggest(shop, "routines.journeys").status == "done"
    assert _suggest(shop, "routines.journeys", D(2025, 9, 15)).status == "in_progress"  # 6 months later


def test_segments_refresh_suggestion(shop, builder):
    assert _suggest(shop, "routines.segments").status == "not_started"
    builder.buy(0, D(2025, 4, 1), 50)  # a walk-in sale is a sale too
    builder.commit()
    found = _suggest(shop, "routines.segments")
    assert found.status == "not_started" and "import the latest" in found.text()
    assert _suggest(shop, "routines.segments", D(2025, 4, 20)).status == "done"


def test_customer_experience_suggestion(shop):
    from app.services.journey import document
    from app.services.journey import store as journeys

    assert _suggest(shop, "progress.4").status == "not_started"
    journey_id = journeys.create(shop.conn, "six_stages", "en", "Map").value
    doc = journeys.load(shop.conn, journey_id)
    stage, lane = doc.stages[0].id, doc.lanes[0].id
    document.add_card(doc, "actual", document.Card("c1", "opportunity", "Faster till", stage, lane,
                                                   improvement=document.Improvement()))
    journeys.save(shop.conn, journey_id, doc)
    found = _suggest(shop, "progress.4")
    assert found.status == "in_progress" and found.args["total"] == "1"
    doc.versions["actual"].cards[-1].improvement.status = "done"
    journeys.save(shop.conn, journey_id, doc)
    assert _suggest(shop, "progress.4").status == "done"


def test_personalised_communication_suggestion(shop, builder):
    assert _suggest(shop, "progress.5") is None
    quiet = builder.customer("Q", phone="0901000001")
    builder.buy(quiet, D(2025, 5, 1), 10)
    builder.commit()
    assert _suggest(shop, "progress.5").status == "not_started"
    reachable = builder.customer("R", phone="0901000002", marketing_consent=1)
    builder.buy(reachable, D(2025, 5, 2), 10)
    builder.commit()
    found = _suggest(shop, "progress.5")
    assert found.status == "in_progress" and found.args["count"] == "1" and "50" in found.args["share"]


def _answer(shop, day: dt.date, score: int, customer_id: int | None = None, source: str = "survey") -> int:
    from app.services.feedback import responses

    return responses.add_response(shop.conn, {"score": score, "answered_at": day, "customer_id": customer_id,
                                              "source": source}).responses[0]


def test_feedback_review_suggestion(shop, builder):
    from app.services.feedback import followups

    assert _suggest(shop, "progress.2").status == "not_started"  # no feedback at all
    _answer(shop, D(2025, 1, 10), 9)
    found = _suggest(shop, "progress.2")  # five months old
    assert found.status == "in_progress" and "3 months" in found.text() and found.args["date"] == "10/01/2025"
    unhappy = builder.customer("U", name="Út")
    answer = _answer(shop, D(2025, 6, 1), 4, unhappy)
    found = _suggest(shop, "progress.2")
    assert found.status == "in_progress" and found.args["count"] == "1" and found.args["date"] == "01/06/2025"
    followups.set_status(shop.conn, "detractor", str(answer), unhappy, "contacted")
    assert _suggest(shop, "progress.2").status == "in_progress"  # contacted, not resolved yet
    followups.set_status(shop.conn, "detractor", str(answer), unhappy, "resolved")
    found = _suggest(shop, "progress.2")
    assert found.status == "done" and "resolved" in found.text()


def test_large_purchase_contacts_suggestion(shop, builder):
    assert _suggest(shop, "act_now.6") is None  # no sales: the data cannot say
    small, big = builder.customer("S"), builder.customer("B")
    for i in range(20):
        builder.buy(small, D(2025, 1, 1) + dt.timedelta(days=i), 100)
    builder.commit()
    assert _suggest(shop, "act_now.6").status == "done"  # no large purchase lately
    builder.buy(big, D(2025, 6, 2), 2000)
    builder.commit()
    found = _suggest(shop, "act_now.6")
    assert found.status == "in_progress" and found.args == {"count": "1", "date": "02/06/2025"}
    _answer(shop, D(2025, 6, 3), 8, big)  # the customer's feedback after the purchase
    assert _suggest(shop, "act_now.6").status == "done"


def test_survey_routine_suggestion(shop):
    assert _suggest(shop, "routines.survey").status == "not_started"
    _answer(shop, D(2025, 5, 30), 6, source="review")  # a review is not a survey
    assert _suggest(shop, "routines.survey").status == "not_started"
    _answer(shop, D(2025, 2, 1), 10)
    found = _suggest(shop, "routines.survey")
    assert found.status == "not_started" and found.args["date"] == "01/02/2025" and "next survey" in found.text()
    _answer(shop, D(2025, 4, 1), 8)
    found = _suggest(shop, "routines.survey")
    assert found.status == "done" and found.args["date"] == "01/04/2025"


def test_online_reviews_suggestion(shop):
    _answer(shop, D(2025, 6, 1), 10)  # a survey answer says nothing about online reviews
    assert _suggest(shop, "act_now.2") is None
    _answer(shop, D(2024, 12, 1), 3, source="review")
    found = _suggest(shop, "act_now.2")
    assert found.status == "in_progress" and found.args["date"] == "01/12/2024"
    _answer(shop, D(2025, 6, 10), 8, source="review")
    _answer(shop, D(2025, 5, 10), 9, source="review")
    found = _suggest(shop, "act_now.2")
    assert found.status == "done" and found.args == {"count": "2", "mean": "8,5"}


def test_persona_reviews_suggestion(shop):
    from app.services.personas import records

    assert _suggest(shop, "routines.personas").status == "not_started"
    old = records.create(shop.conn, "Chị Lan", reviewed_on=D(2024, 10, 1)).after
    found = _suggest(shop, "routines.personas")
    assert found.status == "not_started" and found.args["names"] == "Chị Lan"
    records.create(shop.conn, "Anh Minh", reviewed_on=D(2025, 5, 1))
    found = _suggest(shop, "routines.personas")
    assert found.status == "in_progress" and found.args["count"] == "1" and found.args["total"] == "2"
    records.mark_reviewed(shop.conn, old.id, D(2025, 6, 1))
    found = _suggest(shop, "routines.personas")
    assert found.status == "done" and found.args["date"] == "01/06/2025"


def test_recurring_items_come_back_when_due(shop):
    items.update_item(shop.conn, "routines.segments", status="done", today=D(2025, 1, 31))
    by_key = {i.key: i for i in items.list_items(shop.conn, D(2025, 2, 27))}
    assert by_key["routines.segments"].status == "done" and by_key["routines.segments"].due_on == D(2025, 2, 28)
    back = {i.key: i for i in items.list_items(shop.conn, D(2025, 2, 28))}["routines.segments"]
    assert back.status == "not_started" and back.due_again
    # Items that do not recur stay done.
    items.update_item(shop.conn, "act_now.1", status="done", today=D(2020, 1, 1))
    assert {i.key: i for i in items.list_items(shop.conn, TODAY)}["act_now.1"].status == "done"
    key = items.add_own_item(shop.conn, "Count the till", repeat_months=3, today=D(2025, 1, 1)).value
    items.update_item(shop.conn, key, status="done", today=D(2025, 1, 1))
    assert {i.key: i for i in items.list_items(shop.conn, D(2025, 4, 1))}[key].due_again


def test_changes_are_kept_in_the_history(shop):
    from app.models import checklist as store

    assert items.update_item(shop.conn, "act_now.3", status="in_progress", owner="Lan", today=D(2025, 5, 1))
    assert not items.update_item(shop.conn, "act_now.3", owner="Lan", today=D(2025, 5, 2))  # nothing changed
    items.update_item(shop.conn, "act_now.3", status="done", today=D(2025, 5, 3))
    rows = store.history(shop.conn, "act_now.3")
    assert [(day, name, old, new) for _k, day, name, old, new in rows] == [
        ("2025-05-01", "status", "not_started", "in_progress"), ("2025-05-01", "owner", None, "Lan"),
        ("2025-05-03", "status", "in_progress", "done"), ("2025-05-03", "done_on", None, "2025-05-03")]
    item = {i.key: i for i in items.list_items(shop.conn, TODAY)}["act_now.3"]
    assert (item.status, item.owner, item.done_on) == ("done", "Lan", D(2025, 5, 3))
    with pytest.raises(UserError):
        items.update_item(shop.conn, "act_now.3", status="finished")
    with pytest.raises(UserError):
        items.update_item(shop.conn, "nothing.1", status="done")


def test_progress_per_section_and_over_time(shop):
    items.update_item(shop.conn, "progress.1", status="done", today=D(2025, 1, 10))
    items.update_item(shop.conn, "progress.2", status="not_relevant", today=D(2025, 1, 10))
    items.update_item(shop.conn, "progress.3", status="done", today=D(2025, 2, 1))
    now = items.progress(items.list_items(shop.conn, TODAY))
    assert (now["progress"].done, now["progress"].counted) == (2, 4) and now["progress"].percent == 50.0
    assert now["act_now"].percent == 0.0 and now["own"].percent is None
    history = items.progress_history(shop.conn, TODAY)
    assert [(day, scores["progress"]) for day, scores in history] == [(D(2025, 1, 10), 25.0), (D(2025, 2, 1), 50.0)]


def test_own_items(shop):
    added = items.add_own_item(shop.conn, "Thank-you cards")
    key = added.value
    assert added.changes.checklist  # announced by the operations runner
    own = [i for i in items.list_items(shop.conn) if not i.built_in]
    assert [(i.key, i.text, i.section) for i in own] == [(key, "Thank-you cards", "own")]
    items.update_item(shop.conn, key, title="Thank-you notes")
    assert [i.text for i in items.list_items(shop.conn) if not i.built_in] == ["Thank-you notes"]
    with pytest.raises(UserError):
        items.add_own_item(shop.conn, "  ")
    items.delete_own_item(shop.conn, key)
    assert all(i.built_in for i in items.list_items(shop.conn))
    with pytest.raises(UserError):
        items.delete_own_item(shop.conn, "act_now.1")


def test_checklist_command(demo_shop_path):
    done = subprocess.run([sys.executable, "-m", "app", "checklist", "--db", str(demo_shop_path), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    by_key = {i["key"]: i for i in data["items"]}
    own = [key for key in by_key if key.startswith("own.")]  # the demo's own item
    assert len(by_key) == len(ITEMS) + len(own) and len(own) == 1
    assert by_key["act_now.7"]["suggested_status"] in ("done", "in_progress") and by_key["act_now.7"]["reason"]
    assert by_key["act_now.1"]["suggested_status"] is None
    not_relevant = sum(i["status"] == "not_relevant" for i in data["items"])
    assert data["progress"]["all"]["counted"] == len(by_key) - not_relevant
    assert data["progress"]["all"]["done"] == sum(i["status"] == "done" for i in data["items"]) > 0
