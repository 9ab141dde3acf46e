"""Per-customer figures on small hand-made shops: the reference date, recency in calendar days, the
small-shop thresholds and their settings, quintile tie-breaks, tiers, usual gaps and premium
customers at risk, and keeping the stored figures fresh."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import customers, db
from app.models import segments as store
from app.services import segments
from app.services.errors import UserError

LAST_SALE = dt.date(2024, 6, 30)


def _days_ago(days: int) -> dt.date:
    return LAST_SALE - dt.timedelta(days=days)


def test_recency_counts_calendar_days_to_the_day_after_the_last_sale(shop, builder):
    late = builder.customer("LATE")
    builder.buy(late, LAST_SALE, 10)  # 10:00 on the last day: recency 1
    early = builder.customer("EARLY")
    builder.buy(early, _days_ago(40), 20)
    builder.buy(early, _days_ago(40), 5, invoice="INV-SAME-DAY")
    builder.commit()
    figures = segments.compute(shop.conn)
    assert figures.as_of == LAST_SALE + dt.timedelta(days=1)
    got = {cid: (rec, freq, mon) for cid, rec, freq, mon in zip(
        figures.customer_id.tolist(), figures.recency_days.tolist(), figures.frequency.tolist(),
        figures.monetary.tolist(), strict=True)}
    assert got == {late: (1, 1, 10_000), early: (41, 2, 25_000)}
    later = segments.compute(shop.conn, as_of=LAST_SALE + dt.timedelta(days=10))
    assert later.recency_days[later.index_of(late)] == 10
    with pytest.raises(UserError, match="after the last purchase"):
        segments.compute(shop.conn, as_of=LAST_SALE)


def test_a_small_shop_uses_the_fixed_thresholds_and_says_so(shop, builder):
    # Defaults: recency <= 180/90/60/30 days and frequency >= 2/3/5/8 invoices for scores 2..5.
    plans = {"A": (10, 8), "B": (45, 5), "C": (75, 3), "D": (120, 2), "E": (400, 1)}
    ids = {}
    for code, (recency, invoices) in plans.items():
        ids[code] = builder.customer(code)
        for k in range(invoices):
            builder.buy(ids[code], _days_ago(recency - 1 + 7 * k), 10)
    builder.commit()
    figures = segments.compute(shop.conn)
    assert figures.small_shop and figures.method == "thresholds" and "fixed thresholds" in figures.message
    scores = {code: (int(figures.r[figures.index_of(i)]), int(figures.f[figures.index_of(i)]))
              for code, i in ids.items()}
    assert scores == {"A": (5, 5), "B": (4, 4), "C": (3, 3), "D": (2, 2), "E": (1, 1)}
    segment = {code: figures.segment[figures.index_of(i)] for code, i in ids.items()}
    assert segment == {"A": "champions", "B": "loyal", "C": "need_attention", "D": "hibernating", "E": "lost"}

    # The owner changes the thresholds: they are stored in the shop file and used at once.
    changed = segments.load_settings(shop.conn)
    changed.recency_days = [500, 300, 200, 100]
    segments.save_settings(shop.conn, changed)
    assert segments.load_settings(shop.conn).recency_days == [500, 300, 200, 100]
    stored_r = dict(shop.conn.execute("SELECT customer_id, r FROM customer_segments"))
    assert stored_r[ids["E"]] == 2 and stored_r[ids["D"]] == 4


def test_settings_are_checked(shop):
    bad = segments.SegmentSettings(recency_days=[30, 60, 90, 180])
    with pytest.raises(UserError, match="strictly decreasing"):
        segments.save_settings(shop.conn, bad)
    with pytest.raises(UserError, match="four values"):
        segments.save_settings(shop.conn, segments.SegmentSettings(frequency=[2, 3]))
    with pytest.raises(UserError, match="weights"):
        segments.save_settings(shop.conn, segments.SegmentSettings(weights=dict.fromkeys(segments.CRITERIA, 0)))
    assert segments.load_settings(shop.conn) == segments.SegmentSettings()


def test_ties_are_broken_so_that_every_quintile_is_filled(shop, builder, monkeypatch):
    from app.services.segments import scoring

    monkeypatch.setattr(scoring, "is_small_shop", lambda customers, days: False)  # quintiles on 10 customers
    ids = []
    for i in range(10):  # everyone bought once, the same day; they differ only by what they spent
        ids.append(builder.customer(f"C{i}"))
        builder.buy(ids[-1], _days_ago(5), 10 + i)
    builder.commit()
    figures = segments.compute(shop.conn)
    f_by_customer = {cid: int(figures.f[figures.index_of(cid)]) for cid in ids}
    # Frequency ties are broken by spend: the two who spent least get F=1, the two who spent most F=5.
    assert [f_by_customer[cid] for cid in ids] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert sorted(figures.r.tolist()) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_tiers_and_premium_customers_at_risk(shop, builder):
    ids = {}
    # 20 customers: the top 2 are VIP, the next 2 Premium.
    ids["vip_slipping"] = builder.customer("VIP1")  # bought every 10 days, not for 60 days: at risk
    for k in range(6):
        builder.buy(ids["vip_slipping"], _days_ago(60 + 10 * k), 500)
    ids["vip_steady"] = builder.customer("VIP2")  # every 30 days, last 20 days ago: fine
    for k in range(5):
        builder.buy(ids["vip_steady"], _days_ago(20 + 30 * k), 500)
    ids["premium_once"] = builder.customer("PRE1")  # one big purchase 200 days ago: at risk
    builder.buy(ids["premium_once"], _days_ago(200), 900)
    ids["premium_recent"] = builder.customer("PRE2")  # one big purchase yesterday
    builder.buy(ids["premium_recent"], _days_ago(1), 800)
    ids["regular"] = builder.customer("REG")  # 4 purchases over 100 days: every 25 days
    for k in range(4):
        builder.buy(ids["regular"], _days_ago(5 + 30 * k), 20)
    ids["occasional"] = builder.customer("OCC")  # 2 purchases over 400 days
    for day in (10, 399):
        builder.buy(ids["occasional"], _days_ago(day), 20)
    ids["one_time"] = builder.customer("ONE")
    builder.buy(ids["one_time"], _days_ago(3), 30)
    for i in range(13):
        filler = builder.customer(f"F{i}")
        builder.buy(filler, _days_ago(50 + i), 5)
    builder.commit()
    figures = segments.compute(shop.conn)
    tier = {name: figures.tier[figures.index_of(cid)] for name, cid in ids.items()}
    assert tier == {"vip_slipping": "vip", "vip_steady": "vip", "premium_once": "premium",
                    "premium_recent": "premium", "regular": "regular", "occasional": "occasional",
                    "one_time": "one_time"}
    gap = figures.usual_gap_days[figures.index_of(ids["vip_slipping"])]
    assert gap == pytest.approx(10.0)
    risk = segments.premium_at_risk(figures)
    assert set(risk.customer_ids) == {ids["vip_slipping"], ids["premium_once"]}
    assert risk.revenue_at_stake == 3000_000 + 900_000
    mean_all = figures.monetary.mean()
    assert risk.equivalent_customers == pytest.approx(3_900_000 / mean_all)
    assert sorted(segments.customer_ids(shop.conn, "at_risk")) == sorted(risk.customer_ids)


def test_stored_figures_follow_the_sales_and_deleted_customers(shop, builder):
    a, b = builder.customer("A"), builder.customer("B")
    builder.buy(a, _days_ago(3), 10)
    builder.commit()
    assert segments.customer_ids(shop.conn, "all") == [a]
    builder.buy(b, _days_ago(1), 50)
    builder.commit()
    assert segments.customer_ids(shop.conn, "all") == [b, a]  # ensure_fresh saw the new sales
    stored = dict(shop.conn.execute("SELECT customer_id, recency_days FROM customer_segments"))
    assert stored == {a: 3, b: 1}
    with db.transaction(shop.conn):
        customers.delete(shop.conn, b)
    assert shop.conn.execute("SELECT COUNT(*) FROM customer_segments WHERE customer_id = ?", (b,)).fetchone()[0] == 0
    assert segments.customer_ids(shop.conn, "all") == [a]


def test_a_read_only_connection_keeps_its_figures_in_a_temporary_table(shop, shop_path, builder):
    a = builder.customer("A")
    builder.buy(a, _days_ago(3), 10)
    builder.commit()
    reader = db.connect(shop_path, read_only=True)
    try:
        assert segments.ensure_fresh(reader) is True  # nothing stored yet: computed into TEMP
        assert store.get_temporary_state(reader) != ""
        assert segments.customer_ids(reader, "rfm:" + segments.compute(reader).segment[0]) == [a]
        assert segments.ensure_fresh(reader) is False
    finally:
        reader.close()
    assert shop.conn.execute("SELECT COUNT(*) FROM customer_segments").fetchone()[0] == 0


def test_empty_shop(shop):
    figures = segments.compute(shop.conn)
    assert len(figures) == 0 and figures.small_shop
    value = segments.customer_value(figures)
    assert (value.customers, value.revenue, value.customers_for_80pct, value.top20_share) == (0, 0, 0, 0.0)
    overview = segments.load_overview(shop.conn)
    assert overview.movement.from_month is None and overview.at_risk.count == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 40), st.integers(1, 6), st.integers(1, 9)), min_size=200, max_size=400),
       st.randoms(use_true_random=False))
def test_quintile_scores_are_the_same_whatever_order_the_customers_come_in(rows, rng):
    """The sorted-ids path of rfm_scores (two packed keys, the id tie-break from a stable sort) gives
    the scores of the plain four-key sort, with many ties."""
    import numpy as np

    from app.services.segments import scoring
    from app.services.segments.config import SegmentSettings

    ids = np.arange(1, len(rows) + 1, dtype=np.int64) * 7
    recency, frequency, monetary = (np.array(column, dtype=np.int64) for column in zip(*rows, strict=True))
    monetary = monetary * 10**12  # money in thousandths can be large
    settings_ = SegmentSettings()
    in_order = scoring.rfm_scores(ids, recency, frequency, monetary, 10_000, settings_)
    assert in_order.method == "quintiles"
    shuffled = list(range(len(rows)))
    rng.shuffle(shuffled)
    if shuffled == sorted(shuffled):
        shuffled.reverse()
    p = np.array(shuffled)
    mixed = scoring.rfm_scores(ids[p], recency[p], frequency[p], monetary[p], 10_000, settings_)
    for name in ("r", "f", "m"):
        assert (getattr(mixed, name) == getattr(in_order, name)[p]).all()
