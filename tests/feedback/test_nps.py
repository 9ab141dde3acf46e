"""The NPS, its group counts and its adjusted Wald interval against a direct computation on known data;
the warnings; latest answer per customer; the splits by segment, tier, premium and channel; the trend;
segment_nps."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from app.services.feedback import nps
from tests.feedback.conftest import add_answers


def direct(promoters: int, passives: int, detractors: int) -> tuple[float, float, float]:
    """NPS and the interval written out from the issue's formula, independently of the module."""
    n = promoters + passives + detractors
    score = 100 * (promoters - detractors) / n
    n2 = n + 3
    p, d = (promoters + 0.75) / n2, (detractors + 0.75) / n2
    centre = 100 * (p - d)
    margin = 100 * 1.96 * math.sqrt((p + d - (p - d) ** 2) / n2)
    return score, max(-100, centre - margin), min(100, centre + margin)


@pytest.mark.parametrize("scores", [
    [10] * 12 + [8] * 5 + [3] * 3,  # mixed
    [9, 10] * 20,  # all promoters
    [0, 6, 2] * 15,  # all detractors
    [7],  # one response
    [10] * 300 + [7] * 100 + [1] * 100,  # many
])
def test_score_counts_and_interval_match_a_direct_computation(shop, scores):
    add_answers(shop.conn, scores)
    score = nps.overall(shop.conn)
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    passives = len(scores) - promoters - detractors
    assert (score.responses, score.promoters, score.passives, score.detractors) == (
        len(scores), promoters, passives, detractors)
    expected, low, high = direct(promoters, passives, detractors)
    assert score.nps == pytest.approx(expected)
    assert score.ci_low == pytest.approx(low) and score.ci_high == pytest.approx(high)
    assert -100 <= score.ci_low <= score.ci_high <= 100


def test_all_promoters_and_all_detractors_are_clipped_at_the_ends(shop):
    assert nps.Score("x", 500, 500, 0).ci_high <= 100
    assert nps.Score("x", 3, 3, 0).ci_high == 100.0  # the margin goes past 100: clipped
    assert nps.Score("x", 3, 0, 3).ci_low == -100.0
    assert nps.Score("x", 500, 500, 0).nps == 100.0 and nps.Score("x", 500, 0, 500).nps == -100.0


def test_no_answers_gives_no_score_but_a_sentence(shop):
    score = nps.overall(shop.conn)
    assert score.responses == 0 and score.nps is None and score.ci_low is None and score.ci_high is None
    assert score.warning_text() == "No answers yet, so there is no score."
    assert score.to_dict()["nps"] is None and score.to_dict()["too_few"] is True


def test_few_answers_carry_the_plain_warning_with_the_range(shop):
    add_answers(shop.conn, [10] * 12 + [8] * 5 + [3] * 3)
    score = nps.overall(shop.conn)
    _, low, high = direct(12, 5, 3)
    assert score.too_few
    assert score.warning_text() == (f"Too few answers to trust this score: it could be anywhere from "
                                    f"{nps.signed(low)} to {nps.signed(high)}.")
    assert nps.signed(-10.2) == "-10" and nps.signed(59.6) == "+60" and nps.signed(0.2) == "0"


def test_enough_answers_with_a_narrow_margin_carry_no_warning(shop):
    many = nps.Score("x", 1000, 600, 100)
    assert not many.too_few and many.warning() is None
    # 30 answers split evenly: the margin is over 20 points, so a warning remains
    wide = nps.Score("x", 30, 10, 10)
    assert wide.margin > 20 and wide.too_few and "margin of error is wide" in wide.warning_text()


def test_latest_answer_per_customer_switch(tiered_shop):
    shop, ids = tiered_shop
    add_answers(shop.conn, [2], customer_id=ids[1], day=dt.date(2026, 1, 5))
    add_answers(shop.conn, [10], customer_id=ids[1], day=dt.date(2026, 2, 5))  # changed their mind
    add_answers(shop.conn, [9, 3], customer_id=ids[2], day=dt.date(2026, 2, 1))  # same day: the last entered
    add_answers(shop.conn, [4, 4])  # anonymous: both always count
    every = nps.overall(shop.conn)
    latest = nps.overall(shop.conn, latest_per_customer=True)
    assert (every.responses, every.promoters, every.detractors) == (6, 2, 4)
    assert (latest.responses, latest.promoters, latest.detractors) == (4, 1, 3)
    since = nps.overall(shop.conn, since=dt.date(2026, 2, 2))
    assert (since.responses, since.promoters) == (3, 1)  # C1's 10 and the two anonymous of March


def test_groups_by_segment_tier_premium_and_channel(tiered_shop):
    from app.models import feedback as store

    shop, ids = tiered_shop
    for number in range(1, 11):
        add_answers(shop.conn, [10 if number >= 9 else 5], customer_id=ids[number],
                    channel="zalo" if number % 2 else "phone")
    add_answers(shop.conn, [8])  # no customer
    premium = nps.premium_comparison(shop.conn)  # brings the segment figures up to date first
    tiers = dict(shop.conn.execute("SELECT customer_id, tier FROM customer_segments"))
    assert tiers[ids[10]] == "vip" and tiers[ids[9]] == "premium" and tiers[ids[8]] not in ("vip", "premium")
    assert (premium.premium.responses, premium.premium.promoters, premium.premium.nps) == (2, 2, 100.0)
    assert (premium.rest.responses, premium.rest.detractors, premium.rest.passives) == (9, 8, 1)
    expected_margin = 100 * 1.96 * math.sqrt(premium.premium.variance / 5 + premium.rest.variance / 12)
    assert premium.difference.margin == pytest.approx(expected_margin)
    assert premium.difference.significant == (abs(premium.difference.value) > expected_margin)

    by_tier = {s.group: s for s in nps.by_group(shop.conn, "tier")}
    assert by_tier["vip"].responses == 1 and by_tier[""].responses == 1
    assert sum(s.responses for s in by_tier.values()) == 11

    by_segment = {s.group: s for s in nps.by_group(shop.conn, "segment")}
    segments = dict(shop.conn.execute("SELECT customer_id, segment FROM customer_segments"))
    for key, score in by_segment.items():
        members = [n for n in range(1, 11) if segments.get(ids[n]) == key]
        if key:
            assert score.responses == len(members)
            assert score.promoters == sum(n >= 9 for n in members)

    channels = {s.group: (s.responses, s.promoters) for s in nps.by_group(shop.conn, "channel")}
    assert channels == {"zalo": (5, 1), "phone": (5, 1), "in_store": (1, 0)}
    assert store.group_counts(shop.conn, "premium")  # also readable straight from the model


def test_a_big_premium_gap_is_larger_than_the_noise_and_a_small_one_is_not():
    big = nps.difference(nps.Score("a", 200, 150, 10), nps.Score("b", 200, 60, 80))
    small = nps.difference(nps.Score("a", 40, 20, 10), nps.Score("b", 40, 18, 11))
    assert big.significant and big.value == pytest.approx(70.0 - (-10.0))
    assert not small.significant
    assert not nps.difference(nps.Score("a", 0, 0, 0), nps.Score("b", 5, 5, 0)).significant


def test_trend_by_month_and_quarter_marks_only_real_changes(shop):
    add_answers(shop.conn, [10] * 80 + [3] * 20, day=dt.date(2026, 1, 10))
    add_answers(shop.conn, [10] * 78 + [3] * 22, day=dt.date(2026, 2, 10))  # noise
    add_answers(shop.conn, [10] * 20 + [3] * 80, day=dt.date(2026, 4, 10))  # a real drop
    months = nps.trend(shop.conn, "month")
    assert [s.group for s in months.scores] == [202601, 202602, 202604]
    assert months.changes == [0, 0, -1]
    quarters = nps.trend(shop.conn, "quarter")
    assert [s.group for s in quarters.scores] == [20261, 20262]
    assert quarters.scores[0].responses == 200
    assert nps.period_label(202604, "month") == "04/2026" and nps.period_label(20262, "quarter") == "Q2 2026"


def test_segment_nps_counts_only_the_given_customers_latest_answers(tiered_shop):
    shop, ids = tiered_shop
    add_answers(shop.conn, [0], customer_id=ids[1], day=dt.date(2026, 1, 1))
    add_answers(shop.conn, [10], customer_id=ids[1], day=dt.date(2026, 2, 1))
    add_answers(shop.conn, [9], customer_id=ids[2])
    add_answers(shop.conn, [1], customer_id=ids[3])
    add_answers(shop.conn, [10, 10])  # anonymous: never in a segment
    score = nps.segment_nps(shop.conn, [ids[1], ids[2]])
    assert (score.responses, score.promoters, score.detractors, score.nps) == (2, 2, 0, 100.0)
    every = nps.segment_nps(shop.conn, [ids[1], ids[2]], latest_per_customer=False)
    assert (every.responses, every.detractors) == (3, 1)
    assert nps.segment_nps(shop.conn, []).responses == 0


def test_rule_fields_nps_answer_and_last_score_use_the_latest_answer(tiered_shop):
    from app.services.segments import rules

    shop, ids = tiered_shop
    add_answers(shop.conn, [10], customer_id=ids[1], day=dt.date(2026, 1, 1))
    add_answers(shop.conn, [3], customer_id=ids[1], day=dt.date(2026, 2, 1))  # now a detractor
    add_answers(shop.conn, [9], customer_id=ids[2])
    add_answers(shop.conn, [7], customer_id=ids[3])
    detractors = rules.matching_ids(shop.conn, {"field": "nps_answer", "op": "is", "value": "detractor"})
    assert detractors == [ids[1]]
    promoters = rules.matching_ids(shop.conn, {"field": "nps_answer", "op": "in", "value": ["promoter", "passive"]})
    assert sorted(promoters) == [ids[2], ids[3]]
    low = rules.matching_ids(shop.conn, {"field": "last_score", "op": "le", "value": 7})
    assert sorted(low) == [ids[1], ids[3]]
    unanswered = rules.matching_ids(shop.conn, {"field": "last_score", "op": "is_empty"})
    assert len(unanswered) == 7


@pytest.mark.parametrize("latest", [False, True])
def test_overview_from_one_pass_equals_the_separate_groupings(tiered_shop, latest):
    shop, ids = tiered_shop
    for number in range(1, 11):
        for month in (1, 2, 4):
            add_answers(shop.conn, [(number * month) % 11], customer_id=ids[number], day=dt.date(2026, month, number),
                        channel=("zalo", "phone", "in_store")[(number + month) % 3])
    add_answers(shop.conn, [9, 2, 7], day=dt.date(2026, 3, 3))
    options = {"latest_per_customer": latest, "since": dt.date(2026, 1, 2)}
    view = nps.load_overview(shop.conn, period="quarter", **options)
    assert view.total == nps.overall(shop.conn, **options)
    assert view.premium == nps.premium_comparison(shop.conn, **options)
    assert view.by_segment == nps.by_group(shop.conn, "segment", **options)
    assert view.by_channel == nps.by_group(shop.conn, "channel", **options)
    assert view.trend == nps.trend(shop.conn, "quarter", **options)
    assert view.total.responses == (13 if latest else 32)
