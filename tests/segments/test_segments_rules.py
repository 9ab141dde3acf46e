"""Hand-made segments: every kind of condition on a small shop, validation (only whitelisted fields
and operators, values always bound), saved segments with live counts, and segment references."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.models import customers, db
from app.services import segments
from app.services.segments.rules import RuleError

LAST_SALE = dt.date(2024, 6, 30)


@pytest.fixture
def people(shop, builder):
    """Four customers with attributes, and purchases in categories."""
    ids = {
        "lan": builder.customer("KH1", name="Nguyễn Thị Lan", phone="0901234567", gender="female",
                                tags="VIP, Tết", birthday="1990-02-14", marketing_consent=True,
                                province="Hồ Chí Minh", distance_km=2.5),
        "minh": builder.customer("KH2", name="Trần Văn Minh", email="minh@example.com", gender="male",
                                 tags="đặt bánh", birthday="1985-06-01", marketing_consent=False,
                                 province="Hà Nội", distance_km=12),
        "hoa": builder.customer("KH3", name="Lê Hoa", tags="", marketing_consent=True),
        "nobody": builder.customer("KH4", name="Khách chưa mua"),  # no purchases at all
    }
    for k in range(5):
        builder.buy(ids["lan"], LAST_SALE - dt.timedelta(days=3 + 20 * k), 120, category="Bánh", channel="in_store")
    builder.buy(ids["minh"], LAST_SALE - dt.timedelta(days=200), 40, category="Trà", channel="online")
    builder.buy(ids["hoa"], LAST_SALE, 15.5, category="Trà", channel="online")
    builder.buy(ids["hoa"], LAST_SALE - dt.timedelta(days=1), 9.5, category="Bánh", channel="online")
    builder.commit()
    return ids


def _match(conn, rules) -> set[int]:
    return set(segments.matching_ids(conn, rules))


def _one(field, op, value=None):
    rule = {"field": field, "op": op}
    if value is not None:
        rule["value"] = value
    return {"all": [rule]}


def test_text_conditions_ignore_accents_and_case(shop, people):
    c = shop.conn
    assert _match(c, _one("name", "contains", "nguyen")) == {people["lan"]}
    assert _match(c, _one("name", "starts_with", "TRAN van")) == {people["minh"]}
    assert _match(c, _one("province", "equals", "ho chi minh")) == {people["lan"]}
    # "is not" also matches customers who have no value at all.
    assert _match(c, _one("province", "not_equals", "Hà Nội")) == {people["lan"], people["hoa"], people["nobody"]}
    assert _match(c, _one("email", "is_empty")) == {people["lan"], people["hoa"], people["nobody"]}
    assert _match(c, _one("name", "contains", "50%_")) == set()  # LIKE wildcards are literal


def test_tags_choices_numbers_dates_and_booleans(shop, people):
    c = shop.conn
    assert _match(c, _one("tags", "has_tag", "tet")) == {people["lan"]}
    assert _match(c, _one("tags", "has_tag", "Đặt Bánh")) == {people["minh"]}
    assert _match(c, _one("tags", "has_tag", "bánh")) == set()  # a whole tag, not a part of one
    assert _match(c, _one("tags", "lacks_tag", "VIP")) == {people["minh"], people["hoa"], people["nobody"]}
    assert _match(c, _one("gender", "in", ["female", "male"])) == {people["lan"], people["minh"]}
    assert _match(c, _one("distance_km", "between", [1, 5])) == {people["lan"]}
    assert _match(c, _one("birthday", "month_is", 2)) == {people["lan"]}
    assert _match(c, _one("birthday", "before", "1989-01-01")) == {people["minh"]}
    assert _match(c, _one("marketing_consent", "is_true")) == {people["lan"], people["hoa"]}
    # Money in the currency's main unit; Hoa spent exactly 25 (15.5 + 9.5).
    assert _match(c, _one("spend", "ge", 25)) == {people["lan"], people["minh"], people["hoa"]}
    assert _match(c, _one("spend", "gt", 25)) == {people["lan"], people["minh"]}
    assert _match(c, _one("spend", "lt", "25.001")) == {people["hoa"]}
    assert _match(c, _one("purchases", "eq", 2)) == {people["hoa"]}
    assert _match(c, _one("recency_days", "gt", 100)) == {people["minh"]}
    assert _match(c, _one("last_purchase", "within_last_days", 1)) == {people["hoa"]}
    assert _match(c, _one("last_purchase", "more_than_days_ago", 30)) == {people["minh"]}
    assert _match(c, _one("first_purchase", "on", (LAST_SALE - dt.timedelta(days=1)).isoformat())) == {people["hoa"]}
    assert _match(c, _one("channel", "is", "online")) == {people["minh"], people["hoa"]}
    assert _match(c, _one("purchases", "is_empty")) == {people["nobody"]}


def test_figures_categories_and_groups(shop, people):
    c = shop.conn
    categories = dict((name, cid) for cid, name in segments.field_choices(c, "bought_category"))
    assert _match(c, _one("bought_category", "bought", [categories["Trà"]])) == {people["minh"], people["hoa"]}
    assert _match(c, _one("bought_category", "not_bought", [categories["Trà"]])) == {people["lan"], people["nobody"]}
    assert _match(c, _one("first_category", "is", categories["Bánh"])) == {people["lan"], people["hoa"]}
    figures = segments.compute(c)
    lan_tier = figures.tier[figures.index_of(people["lan"])]
    assert _match(c, _one("tier", "is", lan_tier)) >= {people["lan"]}
    assert _match(c, _one("r", "eq", int(figures.r[figures.index_of(people["minh"])]))) >= {people["minh"]}
    nested = {"all": [
        {"field": "marketing_consent", "op": "is_true"},
        {"any": [{"field": "tags", "op": "has_tag", "value": "vip"},
                 {"field": "spend", "op": "lt", "value": 30}]},
    ]}
    assert _match(c, nested) == {people["lan"], people["hoa"]}
    assert _match(c, {"all": []}) == set(people.values())
    assert _match(c, {"any": []}) == set()


@pytest.mark.parametrize("rules, message", [
    ({"all": [{"field": "name; DROP TABLE customers", "op": "equals", "value": "x"}]}, "not known"),
    ({"all": [{"field": "name", "op": "= 1 OR 1 = 1 --", "value": "x"}]}, "cannot be used"),
    ({"all": [{"field": "spend", "op": "contains", "value": "1"}]}, "cannot be used"),
    ({"all": [{"field": "spend", "op": "ge", "value": "lots"}]}, "needs a number"),
    ({"all": [{"field": "birthday", "op": "before", "value": "14/02/1990"}]}, "not a date"),
    ({"all": [{"field": "gender", "op": "is", "value": "robot"}]}, "not one of the choices"),
    ({"all": [{"field": "segment", "op": "is", "value": "champs"}]}, "not an RFM segment"),
    ({"all": [{"field": "distance_km", "op": "between", "value": [5, 1]}]}, "must not be above"),
    ({"both": []}, "unknown parts"),
    ({"all": [{"all": [{"all": [{"all": [{"all": [{"all": []}]}]}]}]}]}, "nested at most"),
    (["name"], "condition or an all/any group"),
])
def test_invalid_rules_are_refused_with_a_sentence(shop, people, rules, message):
    with pytest.raises(RuleError, match=message):
        segments.matching_ids(shop.conn, rules)
    assert shop.conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 4


def test_values_are_bound_never_spliced(shop, people):
    sneaky = "x' OR '1'='1"
    assert _match(shop.conn, _one("name", "equals", sneaky)) == set()
    assert _match(shop.conn, _one("name", "not_contains", sneaky)) == set(people.values())


def test_every_catalogued_field_compiles_with_each_of_its_operators(shop, people):
    samples = {"text": "a", "tags": "vip", "number": 1, "money": 10, "stamp": "2024-01-01", "isodate": "1990-01-01",
               "category_set": [1]}
    for field in segments.RULE_FIELDS.values():
        for op in field.operators:
            if op in ("is_empty", "is_not_empty", "is_true", "is_false"):
                value = None
            elif op in ("within_last_days", "more_than_days_ago"):
                value = 30
            elif op == "month_is":
                value = 6
            elif field.kind == "choice":
                choices = segments.field_choices(shop.conn, field.key) or [("x", "x")]
                value = [choices[0][0]] if op in ("in", "not_in") else choices[0][0]
            elif op == "between":
                value = [samples[field.kind], samples[field.kind]]
            else:
                value = samples[field.kind]
            count = segments.count_matching(shop.conn, _one(field.key, op, value))
            assert 0 <= count <= 4, (field.key, op)


def test_saved_segments_have_live_counts(shop, people):
    c = shop.conn
    rules = _one("tags", "has_tag", "vip")
    saved = segments.save_segment(c, "  Khách  VIP ", rules)
    sid = saved.value
    assert saved.changes.segments and not saved.changes.sales
    [saved] = segments.saved_segments(c)
    assert (saved.id, saved.name, saved.customers) == (sid, "Khách VIP", 1)
    assert json.loads(json.dumps(saved.rules)) == saved.rules
    with db.transaction(c):
        customers.update(c, people["hoa"], {"tags": "vip"})
    assert segments.saved_segments(c)[0].customers == 2
    assert sorted(segments.customer_ids(c, f"saved:{sid}")) == sorted([people["lan"], people["hoa"]])
    with pytest.raises(Exception, match="already exists"):
        segments.save_segment(c, "Khách VIP", rules)
    segments.save_segment(c, "Renamed", _one("spend", "ge", 100), segment_id=sid)
    assert [(s.name, s.customers) for s in segments.saved_segments(c)] == [("Renamed", 1)]
    segments.set_target_profile(c, f"saved:{sid}", is_target=True, value_proposition="Quà Tết")
    segments.delete_segment(c, sid)
    assert segments.saved_segments(c) == []
    assert c.execute("SELECT COUNT(*) FROM segment_targets").fetchone()[0] == 0


def test_segment_references(shop, people):
    c = shop.conn
    figures = segments.compute(c)
    every = set(segments.customer_ids(c, "all"))
    assert every == {people["lan"], people["minh"], people["hoa"]}
    by_segment = set()
    for ref in segments.all_segment_refs(c)[:11]:
        members = set(segments.customer_ids(c, ref))
        assert not members & by_segment  # RFM segments do not overlap
        by_segment |= members
    assert by_segment == every
    r, f = int(figures.r[0]), int(figures.f[0])
    assert int(figures.customer_id[0]) in segments.customer_ids(c, f"rf:{r}:{f}")
    tea = next(cid for cid, name in segments.field_choices(c, "bought_category") if name == "Trà")
    assert set(segments.customer_ids(c, f"category:{tea}")) == {people["minh"], people["hoa"]}
    assert segments.segment_name(c, f"category:{tea}") == "Buyers of Trà"
    assert segments.segment_name(c, "rfm:cant_lose_them", lambda ctx, text: text.upper()) == "CAN'T LOSE THEM"
    for bad in ("rfm:nope", "saved:999", "rf:9:1", "nothing", "moved:1:2"):
        with pytest.raises(Exception, match="segment"):
            segments.customer_ids(c, bad)
