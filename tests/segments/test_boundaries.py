"""Boundaries the figures must agree on: "within the last N days" in a rule and the RFM recency at
the day boundary (a purchase at 00:00 and at 23:59 of the same day), and the top-10%/20% counts,
which round up (12 customers: 3 premium-or-VIP, 2 VIP)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import segments
from app.services.segments import figures as segment_figures
from app.services.segments import scoring

LAST_SALE = dt.date(2024, 6, 30)
AS_OF = LAST_SALE + dt.timedelta(days=1)  # the default reference date: the day after the last sale


@pytest.fixture
def edges(shop, builder):
    """Customers whose last purchase is N-1, N or N+1 days before the reference date, early and late
    in the day."""
    ids = {"reference": builder.customer("REF")}
    builder.buy(ids["reference"], LAST_SALE, 10)
    for days in (29, 30, 31):
        for label, at in (("early", dt.time(0, 0, 0)), ("late", dt.time(23, 59, 59))):
            cid = builder.customer(f"D{days}{label}")
            builder.buy(cid, AS_OF - dt.timedelta(days=days), 10, at=at)
            ids[(days, label)] = cid
    builder.commit()
    return ids


def _one(field, op, value):
    return {"all": [{"field": field, "op": op, "value": value}]}


@pytest.mark.parametrize("n", [29, 30, 31])
def test_within_the_last_n_days_agrees_with_rfm_recency(shop, edges, n):
    figures = segment_figures.compute(shop.conn)
    assert figures.as_of == AS_OF
    recency = dict(zip(figures.customer_id.tolist(), figures.recency_days.tolist(), strict=True))
    assert recency[edges[(30, "early")]] == recency[edges[(30, "late")]] == 30  # same day, same recency
    within = set(segments.matching_ids(shop.conn, _one("last_purchase", "within_last_days", n)))
    older = set(segments.matching_ids(shop.conn, _one("last_purchase", "more_than_days_ago", n)))
    by_recency = set(segments.matching_ids(shop.conn, _one("recency_days", "le", n)))
    assert within == {cid for cid, days in recency.items() if days <= n} == by_recency
    assert older == {cid for cid, days in recency.items() if days > n}
    assert within.isdisjoint(older) and within | older == set(recency)


@pytest.mark.parametrize(("customers", "premium_or_vip", "vip"), [(12, 3, 2), (10, 2, 1), (11, 3, 2), (1, 1, 1),
                                                                   (20, 4, 2), (21, 5, 3)])
def test_top_counts_round_up(shop, builder, customers, premium_or_vip, vip):
    assert (scoring.top_count(customers, 20), scoring.top_count(customers, 10)) == (premium_or_vip, vip)
    for i in range(customers):
        cid = builder.customer(f"K{i:02d}")
        builder.buy(cid, LAST_SALE - dt.timedelta(days=i), 100 * (i + 1))
    builder.commit()
    figures = segment_figures.compute(shop.conn)
    tiers = figures.tier.tolist()
    assert tiers.count(scoring.VIP) == vip
    assert tiers.count(scoring.VIP) + tiers.count(scoring.PREMIUM) == premium_or_vip
    # the biggest spenders are the VIPs
    by_spend = sorted(zip(figures.monetary.tolist(), tiers, strict=True), reverse=True)
    assert {t for _m, t in by_spend[:vip]} == {scoring.VIP}
