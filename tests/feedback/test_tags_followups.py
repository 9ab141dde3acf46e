"""Keyword tags with and without accents, themes, answer writes with their undo records, follow-ups
and revenue at risk."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import feedback as store
from app.services.errors import UserError
from app.services.feedback import followups, responses, tags
from tests.feedback.conftest import add_answers
from tests.segments.conftest import ShopBuilder


@pytest.mark.parametrize("comment", ["Giao hàng chậm quá", "giao hang cham qua", "GIAO HÀNG CHẬM!", "Slow delivery again"])
def test_keyword_suggestions_match_with_and_without_accents(comment):
    assert tags.suggest_tags(comment) == ["Slow delivery"]


def test_keywords_match_whole_words_only_and_negations_win():
    assert tags.suggest_tags("Bánh ngon, nhân viên thân thiện") == ["Friendly staff", "Tasty products"]
    assert tags.suggest_tags("Bánh không ngon") == ["Quality problem"]
    assert tags.suggest_tags("Chờ lâu, nhân viên không nhiệt tình") == ["Long wait", "Unfriendly service"]
    assert tags.suggest_tags("unpricey") == []  # "price" inside another word is not the word
    assert tags.suggest_tags("") == []


def test_owner_tags_with_keywords_come_first_and_are_accent_insensitive(shop):
    tag = tags.save_tag(shop.conn, "Trà sữa", "tra sua, milk tea").value
    assert store.tags(shop.conn) == [(tag, "Trà sữa", "tra sua, milk tea")]
    owner = store.tags(shop.conn)
    assert tags.suggest_tags("Trà sữa giao hàng chậm", owner) == ["Trà sữa", "Slow delivery"]
    assert tags.suggest_tags("the milk tea was great", owner) == ["Trà sữa"]
    translated = tags.suggest_tags("giao cham", owner, lambda _c, text: {"Slow delivery": "Giao hàng chậm"}.get(text, text))
    assert translated == ["Giao hàng chậm"]
    with pytest.raises(UserError):
        tags.save_tag(shop.conn, "   ")


def test_tag_untagged_and_themes_by_detractors_and_promoters(shop):
    add_answers(shop.conn, [2], comment="Giao hàng chậm, bánh bị hư")
    add_answers(shop.conn, [3], comment="giao hang cham")
    add_answers(shop.conn, [10], comment="Nhân viên nhiệt tình, bánh ngon")
    add_answers(shop.conn, [8], comment="ok")
    first = tags.tag_untagged(shop.conn)
    assert first.value == 3 and first.changes.feedback
    again = tags.tag_untagged(shop.conn)
    assert again.value == 0 and not again.changes  # already tagged
    themes = tags.themes(shop.conn)
    assert [(t.name, t.responses, t.share) for t in themes.detractors] == [
        ("Slow delivery", 2, 1.0), ("Quality problem", 1, 0.5)]
    assert {t.name for t in themes.promoters} == {"Friendly staff", "Tasty products"}
    slow = themes.detractors[0].tag_id
    assert [row[6] for row in store.list_responses(shop.conn, tag_id=slow)] == ["giao hang cham", "Giao hàng chậm, bánh bị hư"]


def test_add_edit_delete_and_undo_records(tiered_shop):
    shop, ids = tiered_shop
    change = responses.add_response(shop.conn, {"answered_at": dt.date(2026, 3, 2), "score": "9",
                                                "customer_id": ids[3], "comment": " Tuyệt vời ", "tags": ["Khen"]})
    rid = change.responses[0]
    assert change.customers == [ids[3]] and change.changes.feedback and change.changes.customer_ids == {ids[3]}
    record = store.get_response(shop.conn, rid)
    assert record["score"] == 9 and record["comment"] == "Tuyệt vời" and record["tags"] == ["Khen"]

    edit = responses.update_response(shop.conn, rid, {"score": 4, "customer_id": ids[4], "tags": []})
    assert edit.previous["score"] == 9 and edit.customers == [ids[3], ids[4]]
    assert store.get_response(shop.conn, rid)["tags"] == []
    responses.put_back(shop.conn, edit.previous)
    assert store.get_response(shop.conn, rid) == record

    deleted = responses.delete_response(shop.conn, rid)
    assert store.get_response(shop.conn, rid) is None
    responses.restore_response(shop.conn, deleted.previous)
    assert store.get_response(shop.conn, rid) == record


@pytest.mark.parametrize("score", ["11", "-1", "7.5", "abc", ""])
def test_a_score_outside_0_to_10_is_refused(shop, score):
    with pytest.raises(UserError, match="whole number from 0 to 10"):
        responses.add_response(shop.conn, {"answered_at": dt.date(2026, 1, 1), "score": score})
    assert store.count_responses(shop.conn) == 0


def test_deleting_a_customer_deletes_their_answers(tiered_shop):
    from app.models import customers, db

    shop, ids = tiered_shop
    add_answers(shop.conn, [3], customer_id=ids[2])
    with db.transaction(shop.conn):
        customers.delete(shop.conn, ids[2])
    assert store.count_responses(shop.conn) == 0


def test_followups_lists_statuses_and_undo(tiered_shop):
    shop, ids = tiered_shop
    today = dt.date(2026, 4, 1)
    old = add_answers(shop.conn, [1], customer_id=ids[5], day=dt.date(2026, 3, 1))
    new = add_answers(shop.conn, [2], customer_id=ids[10], day=dt.date(2026, 3, 20))
    add_answers(shop.conn, [10], customer_id=ids[9], day=dt.date(2026, 3, 5))
    add_answers(shop.conn, [0])  # nobody to call
    add_answers(shop.conn, [3], customer_id=ids[1], day=dt.date(2024, 1, 1))  # over a year ago
    detractors = followups.followups(shop.conn, "detractor", today=today)
    assert [(d.ref, d.customer_id, d.status) for d in detractors] == [(str(new[0]), ids[10], "todo"),
                                                                      (str(old[0]), ids[5], "todo")]
    assert detractors[0].spend == shop.conn.execute("SELECT revenue FROM customers WHERE id = ?", (ids[10],)).fetchone()[0]
    assert [p.customer_id for p in followups.followups(shop.conn, "promoter", today=today)] == [ids[9]]

    change = followups.set_status(shop.conn, "detractor", str(new[0]), ids[10], "contacted", "Gọi lại thứ Hai")
    assert change.previous is None
    again = followups.set_status(shop.conn, "detractor", str(new[0]), ids[10], "resolved", "Đã xin lỗi")
    assert again.previous[:2] == ("contacted", "Gọi lại thứ Hai")
    assert followups.followups(shop.conn, "detractor", today=today)[0].status == "resolved"
    assert len(followups.followups(shop.conn, "detractor", today=today, include_resolved=False)) == 1
    followups.restore_status(shop.conn, "detractor", str(new[0]), ids[10], again.previous)
    assert followups.followups(shop.conn, "detractor", today=today)[0].note == "Gọi lại thứ Hai"
    followups.restore_status(shop.conn, "detractor", str(new[0]), ids[10], None)
    assert followups.followups(shop.conn, "detractor", today=today)[0].status == "todo"


def test_large_purchases_not_yet_asked(shop):
    builder = ShopBuilder(shop.conn)
    small = [builder.customer(f"S{i}") for i in range(20)]
    big, asked = builder.customer("BIG"), builder.customer("ASKED")
    for cid in small:
        builder.buy(cid, dt.date(2026, 3, 1), 100)
    builder.buy(big, dt.date(2026, 3, 20), 5000, invoice="HD-BIG")
    builder.buy(asked, dt.date(2026, 3, 18), 6000, invoice="HD-ASKED")
    builder.commit()
    add_answers(shop.conn, [9], customer_id=asked, day=dt.date(2026, 3, 25))
    items = followups.followups(shop.conn, "large_purchase", today=dt.date(2026, 4, 1))
    assert [(i.ref, i.customer_id, i.amount) for i in items] == [("HD-BIG", big, 5_000_000)]


def test_revenue_at_risk_puts_premium_detractors_first(tiered_shop):
    shop, ids = tiered_shop
    add_answers(shop.conn, [2], customer_id=ids[8])
    add_answers(shop.conn, [3], customer_id=ids[9])  # premium
    add_answers(shop.conn, [1], customer_id=ids[7], day=dt.date(2026, 1, 1))
    add_answers(shop.conn, [10], customer_id=ids[7], day=dt.date(2026, 2, 1))  # no longer a detractor
    risk = followups.revenue_at_risk(shop.conn, today=dt.date(2026, 4, 1))
    assert [r.customer_id for r in risk.customers] == [ids[9], ids[8]]
    revenue = dict(shop.conn.execute("SELECT id, revenue FROM customers"))
    assert risk.total == revenue[ids[8]] + revenue[ids[9]] and risk.premium_total == revenue[ids[9]]


def test_followups_export_to_csv(tiered_shop, tmp_path):
    import csv

    shop, ids = tiered_shop
    add_answers(shop.conn, [2], customer_id=ids[3], comment="Chờ lâu")
    items = followups.followups(shop.conn, "detractor", today=dt.date(2026, 4, 1))
    path = tmp_path / "follow.csv"
    assert followups.export_followups(path, items) == 1
    rows = list(csv.reader(open(path, encoding="utf-8-sig")))
    assert rows[0][:3] == ["Follow-up", "Customer", "Code"] and rows[1][1:3] == ["Khách 3", "C3"]
    assert rows[1][8] == "Chờ lâu" and rows[1][9] == "To do"


def test_an_owner_tag_named_after_a_theme_stands_for_it():
    owner = [(1, "Giao hàng chậm", "")]
    assert tags.suggest_tags("giao hang cham qua", owner) == ["Giao hàng chậm"]
    assert tags.suggest_tags("late delivery", owner) == ["Slow delivery"]  # the owner's name is not in it


def test_a_customers_personal_data_export_holds_their_answers(tiered_shop, tmp_path):
    import json

    from openpyxl import load_workbook

    from app.services import customer_data

    shop, ids = tiered_shop
    responses.add_response(shop.conn, {"answered_at": dt.date(2026, 3, 2), "score": 4, "customer_id": ids[2],
                                       "comment": "Chờ lâu", "tags": ["Chờ lâu"]})
    add_answers(shop.conn, [10], customer_id=ids[3])  # someone else's
    data = json.loads(customer_data.export_customer(shop.conn, ids[2], tmp_path / "c.json").read_text("utf-8"))
    assert data["answers"] == [{"answered_at": "2026-03-02 00:00:00", "score": 4, "comment": "Chờ lâu",
                                "channel": "in_store", "source": "survey", "tags": "Chờ lâu"}]
    book = load_workbook(customer_data.export_customer(shop.conn, ids[2], tmp_path / "c.xlsx"))
    rows = list(book["Feedback answers"].values)
    assert rows[0][:3] == ("Answered on", "Score (0-10)", "Comment") and rows[1][1:3] == (4, "Chờ lâu")
