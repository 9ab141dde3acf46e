"""RFM scoring, value tiers, usual gaps, the premium-at-risk mark and the customer value figures,
computed from small hand-made arrays whose results are worked out by hand (docs/segments.md). Pure
numpy: no shop file, so they are fast enough to run once per mutant in `make mutation`."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from app.services.segments import scoring
from app.services.segments.config import SegmentSettings
from app.services.segments.figures import CustomerFigures
from app.services.segments.value import customer_value


def ints(*values):
    return np.array(values, dtype=np.int64)


def test_quintiles_give_each_fifth_of_the_ordering_one_score_worst_first():
    order = ints(9, 8, 7, 6, 5, 4, 3, 2, 1, 0)  # customer 9 is the worst
    assert scoring.quintiles(order).tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
    assert scoring.quintiles(ints(2, 0, 1, 3, 4, 5, 6)).tolist() == [1, 2, 1, 3, 3, 4, 5]
    assert scoring.quintiles(ints()).tolist() == []


@pytest.mark.parametrize(("customers", "days", "small"), [
    (199, 400, True), (200, 400, False), (200, 89, True), (200, 90, False), (5000, 10, True)])
def test_a_small_shop_has_fewer_than_200_customers_or_90_days(customers, days, small):
    assert scoring.is_small_shop(customers, days) is small


def test_small_shop_scores_count_the_thresholds_reached_inclusive():
    settings = SegmentSettings(monetary=[100, 200, 300, 400])
    ids = ints(1, 2, 3, 4, 5)
    recency = ints(181, 180, 90, 31, 30)  # at most 180, 90, 60, 30 days
    frequency = ints(1, 2, 3, 7, 8)  # at least 2, 3, 5, 8 invoices
    monetary = ints(99, 100, 299, 300, 1000)
    scores = scoring.rfm_scores(ids, recency, frequency, monetary, history_days=1000, settings=settings)
    assert (scores.small_shop, scores.method) == (True, "thresholds")
    assert scores.r.tolist() == [1, 2, 3, 4, 5]
    assert scores.f.tolist() == [1, 2, 3, 4, 5]
    assert scores.m.tolist() == [1, 2, 3, 4, 5]
    assert scores.r.dtype == scores.f.dtype == scores.m.dtype == np.int64  # stored as whole scores
    assert scores.segment.tolist() == ["lost", "hibernating", "need_attention", "loyal", "champions"]


def test_small_shop_money_thresholds_default_to_multiples_of_the_median():
    assert scoring.monetary_thresholds(ints(10, 20, 30), SegmentSettings()) == [10, 20, 40, 80]
    assert scoring.monetary_thresholds(ints(1, 2), SegmentSettings()) == [1, 2, 3, 6]  # median 1.5
    assert scoring.monetary_thresholds(ints(), SegmentSettings()) == [0, 0, 0, 0]
    assert scoring.monetary_thresholds(ints(10, 20, 30), SegmentSettings(monetary=[1, 2, 3, 4])) == [1, 2, 3, 4]


def test_no_customers_give_empty_scores():
    scores = scoring.rfm_scores(ints(), ints(), ints(), ints(), history_days=1000, settings=SegmentSettings())
    assert (len(scores.r), len(scores.f), len(scores.m), len(scores.segment)) == (0, 0, 0, 0)
    assert (scores.small_shop, scores.method) == (True, "thresholds")
    assert scores.segment.dtype == object


def _large_shop(n=250, seed=7):
    rng = np.random.default_rng(seed)
    ids = np.arange(1, n + 1, dtype=np.int64)
    # few distinct values, so that many customers tie on all three and only the id tells them apart
    recency = rng.integers(1, 5, n).astype(np.int64)
    frequency = rng.integers(1, 4, n).astype(np.int64)
    monetary = rng.integers(1, 4, n).astype(np.int64) * 1000
    return ids, recency, frequency, monetary


def _expected_quintiles(keys):
    """Scores by sorting on a key tuple (worst first) in plain Python."""
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    scores = [0] * len(keys)
    for rank, i in enumerate(order):
        scores[i] = 1 + 5 * rank // len(keys)
    return scores


@pytest.mark.parametrize("shuffled", ["ascending", "shuffled", "smallest first"])
def test_quintile_scores_break_ties_as_documented(shuffled):
    ids, recency, frequency, monetary = _large_shop()
    if shuffled != "ascending":  # ids not ascending: the general path
        perm = np.random.default_rng(3).permutation(len(ids))
        if shuffled == "smallest first":
            perm = np.concatenate([[0], perm[perm != 0]])
        ids, recency, frequency, monetary = ids[perm], recency[perm], frequency[perm], monetary[perm]
    scores = scoring.rfm_scores(ids, recency, frequency, monetary, history_days=365, settings=SegmentSettings())
    assert (scores.small_shop, scores.method) == (False, "quintiles")
    rows = list(zip(ids.tolist(), recency.tolist(), frequency.tolist(), monetary.tolist(), strict=True))
    # worst first: R by older purchase, then fewer invoices, then less money, then the lower id
    assert scores.r.tolist() == _expected_quintiles([(-r, f, m, i) for i, r, f, m in rows])
    assert scores.f.tolist() == _expected_quintiles([(f, m, -r, i) for i, r, f, m in rows])
    assert scores.m.tolist() == _expected_quintiles([(m, f, -r, i) for i, r, f, m in rows])
    grid_of = {(1, 1): "lost", (5, 5): "champions", (5, 1): "new_customers", (1, 5): "cant_lose_them"}
    for r, f, segment in zip(scores.r.tolist(), scores.f.tolist(), scores.segment.tolist(), strict=True):
        if (r, f) in grid_of:
            assert segment == grid_of[(r, f)]


def test_value_order_is_revenue_then_invoices_then_lower_id():
    ids = ints(1, 2, 3, 4, 5)
    frequency = ints(1, 3, 3, 9, 2)
    monetary = ints(50, 70, 70, 10, 70)
    assert scoring.value_order(ids, frequency, monetary).tolist() == [1, 2, 4, 0, 3]


@pytest.mark.parametrize(("n", "percent", "count"), [(0, 20, 0), (1, 10, 1), (10, 10, 1), (10, 20, 2), (11, 10, 2),
                                                     (4338, 20, 868), (100, 20, 20)])
def test_top_counts_are_the_ceiling(n, percent, count):
    assert scoring.top_count(n, percent) == count


def test_tiers_rank_the_top_tenth_vip_the_next_premium_and_the_rest_by_habit():
    n = 12
    ids = np.arange(1, n + 1, dtype=np.int64)
    monetary = np.arange(n, 0, -1, dtype=np.int64) * 100  # customer 1 spent most
    frequency = ints(5, 5, 5, 1, 2, 2, 3, 2, 2, 1, 4, 2)
    as_of = 1000
    # days per purchase: (as_of - first_day) / frequency; 90 or less is Regular
    first_day = as_of - ints(0, 0, 0, 0, 180, 182, 270, 178, 400, 0, 360, 200)
    tier = scoring.tiers(ids, first_day, frequency, monetary, as_of, SegmentSettings())
    assert tier.tolist() == ["vip", "vip", "premium", "one_time", "regular", "occasional", "regular", "regular",
                             "occasional", "one_time", "regular", "occasional"]
    order = scoring.value_order(ids, frequency, monetary)
    assert scoring.tiers(ids, first_day, frequency, monetary, as_of, SegmentSettings(), order=order).tolist() \
        == tier.tolist()
    assert scoring.tiers(ids, first_day, frequency, monetary, as_of, SegmentSettings(),
                         order=order[::-1].copy())[-1] == "vip"


def test_usual_gaps_are_at_least_a_week_and_single_buyers_get_the_median():
    first_day = ints(0, 0, 0, 50, 0)
    last_day = ints(100, 10, 60, 50, 0)
    frequency = ints(3, 3, 2, 1, 1)
    gaps = scoring.usual_gaps(first_day, last_day, frequency, SegmentSettings())
    assert gaps.tolist() == [50.0, 7.0, 60.0, 50.0, 50.0] and gaps.dtype == np.float64
    alone = scoring.usual_gaps(ints(0, 5), ints(0, 5), ints(1, 1), SegmentSettings(regular_every_days=45))
    assert alone.tolist() == [45.0, 45.0]


def test_premium_customers_are_at_risk_beyond_twice_their_gap_and_a_month():
    tier = np.array(["vip", "premium", "vip", "vip", "regular", "premium"], dtype=object)
    recency = ints(41, 41, 40, 29, 500, 30)
    gaps = np.array([20.0, 20.0, 20.0, 10.0, 7.0, 14.0])
    risk = scoring.at_risk(tier, recency, gaps, SegmentSettings())
    assert risk.tolist() == [True, True, False, False, False, True]


def _figures(monetary, frequency):
    n = len(monetary)
    zeros = np.zeros(n, dtype=np.int64)
    return CustomerFigures(
        customer_id=np.arange(1, n + 1, dtype=np.int64), first_day=zeros, last_day=zeros, recency_days=zeros,
        frequency=ints(*frequency), monetary=ints(*monetary), r=zeros, f=zeros, m=zeros,
        segment=np.empty(n, dtype=object), tier=np.empty(n, dtype=object), usual_gap_days=np.zeros(n),
        at_risk=np.zeros(n, dtype=bool), as_of=dt.date(2024, 1, 1), small_shop=True, method="thresholds",
        settings=SegmentSettings())


def test_customer_value_headline_figures():
    monetary = [400, 300, 100, 100, 50, 20, 10, 10, 5, 5, 0]  # most valuable first; total 1000
    value = customer_value(_figures(monetary, [5, 1, 2, 1, 1, 3, 1, 1, 1, 2, 1]))
    assert (value.customers, value.revenue) == (11, 1000)
    assert value.mean_spend == pytest.approx(1000 / 11)
    assert (value.top20_n, value.top10_n) == (3, 2)  # 2.2 and 1.1 rounded up
    assert value.top20_share == pytest.approx(80.0)
    assert value.top10_share == pytest.approx(70.0)
    assert value.top10_mean_ratio == pytest.approx(350 / (1000 / 11))
    assert value.customers_for_80pct == 3  # 400 + 300 + 100 reaches exactly 80%
    assert value.customers_for_80pct_share == pytest.approx(300 / 11)
    assert value.repeat_customers == 4
    assert value.repeat_customers_share == pytest.approx(400 / 11)
    assert value.repeat_revenue_share == pytest.approx(52.5)
    assert value.pareto_x.tolist() == pytest.approx([0.0] + [100.0 * k / 11 for k in range(1, 12)])
    assert value.pareto_y.tolist() == pytest.approx([0, 40, 70, 80, 90, 95, 97, 98, 99, 99.5, 100, 100])


def test_customer_value_just_below_80_percent_needs_one_more_customer():
    value = customer_value(_figures([799, 101, 100], [1, 1, 1]))
    assert value.customers_for_80pct == 2
    assert customer_value(_figures([800, 100, 100], [1, 1, 1])).customers_for_80pct == 1


def test_customer_value_of_customers_who_spent_nothing():
    value = customer_value(_figures([0, 0], [2, 1]))
    assert (value.revenue, value.top20_share, value.top10_mean_ratio, value.repeat_revenue_share) == (0, 0.0, 0.0, 0.0)
    assert value.repeat_customers_share == pytest.approx(50.0)
    assert value.pareto_y.tolist() == [0.0, 0.0]
    assert value.pareto_x.tolist() == pytest.approx([0.0, 50.0, 100.0])
    empty = customer_value(_figures([], []))
    assert (empty.customers, empty.mean_spend, empty.top20_n, empty.customers_for_80pct) == (0, 0.0, 0, 0)
    assert empty.pareto_x.tolist() == [0.0, 100.0]


@pytest.mark.parametrize(("n", "top20", "top10"), [(5, 1, 1), (10, 2, 1), (20, 4, 2)])
def test_customer_value_counts_exactly_the_top_tenth_and_fifth(n, top20, top10):
    monetary = list(range(n, 0, -1))
    value = customer_value(_figures(monetary, [1] * n))
    assert (value.top20_n, value.top10_n) == (top20, top10)
    total = sum(monetary)
    assert value.top20_share == pytest.approx(100 * sum(monetary[:top20]) / total)
    assert value.top10_share == pytest.approx(100 * sum(monetary[:top10]) / total)
