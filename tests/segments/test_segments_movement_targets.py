"""Month-end snapshots and segment movement, incremental refreshes, deletion of a customer, and the
target-choice table (criteria worked out by hand, weights, the owner's marks and texts)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from app.models import customers, db
from app.models import segments as store
from app.services import segments

D = dt.date


@pytest.fixture
def three(shop, builder):
    """A (a frequent buyer in January), B (one purchase mid-February), C (one on the last day)."""
    ids = {name: builder.customer(name) for name in "ABC"}
    for k in range(8):
        builder.buy(ids["A"], D(2024, 1, 1) + dt.timedelta(days=4 * k), 10)
    builder.buy(ids["B"], D(2024, 2, 15), 10)
    builder.buy(ids["C"], D(2024, 3, 31), 10)
    builder.commit()
    return ids


def _snapshot(conn, month):
    return segments.snapshots.snapshot(conn, month)


def test_month_end_snapshots_and_movement(shop, three):
    c = shop.conn
    assert segments.refresh_snapshots(c) == 3
    assert segments.snapshot_months(c) == [202401, 202402, 202403]  # April has not ended
    a, b, cc = three["A"], three["B"], three["C"]
    # Small shop: the default thresholds (recency <= 180/90/60/30 days, frequency >= 2/3/5/8).
    assert _snapshot(c, 202401) == {a: "champions"}  # last bought 29 January, 8 invoices
    assert _snapshot(c, 202402) == {a: "loyal", b: "new_customers"}  # A: 31 days ago
    assert _snapshot(c, 202403) == {a: "loyal", b: "promising", cc: "new_customers"}

    moved = segments.movement(c)
    assert (moved.from_month, moved.to_month, moved.moved, moved.stayed) == (202402, 202403, 2, 1)
    keys = list(moved.keys)
    assert moved.counts[keys.index("new_customers"), keys.index("promising")] == 1
    assert moved.counts[keys.index("none"), keys.index("new_customers")] == 1
    assert segments.customer_ids(c, moved.ref("none", "new_customers")) == [cc]
    assert segments.segment_name(c, moved.ref("new_customers", "promising")) == \
        "From New customers (02/2024) to Promising (03/2024)"
    # The live figures on 1 April are the March snapshot.
    now = segments.movement(c, from_month=202403, to_month="current")
    assert (now.moved, now.stayed) == (0, 3)
    assert segments.refresh_snapshots(c) == 0  # nothing changed


def test_snapshots_refresh_from_the_earliest_changed_month(shop, builder, three):
    c = shop.conn
    segments.refresh_snapshots(c)
    builder.buy(three["C"], D(2024, 3, 30), 5)  # March changes: only March is rewritten
    builder.commit()
    assert segments.refresh_snapshots(c) == 1
    builder.buy(three["B"], D(2024, 1, 20), 5)  # a late file with January sales: all three months
    builder.commit()
    assert segments.refresh_snapshots(c) == 3
    assert _snapshot(c, 202401)[three["B"]] == "new_customers"  # bought 20 January, once
    assert _snapshot(c, 202402)[three["B"]] == "potential_loyalists"  # 2 invoices, bought 15 days ago


def test_deleting_a_customer_removes_their_snapshots_and_figures(shop, three):
    c = shop.conn
    segments.refresh_snapshots(c)
    segments.ensure_fresh(c)
    with db.transaction(c):
        customers.delete(c, three["A"])
    assert c.execute("SELECT COUNT(*) FROM customer_segments WHERE customer_id = ?", (three["A"],)).fetchone()[0] == 0
    assert segments.snapshot_months(c) == []  # every month went with them, blobs included
    segments.refresh_snapshots(c)
    assert segments.snapshot_months(c) == [202402, 202403]  # recomputed: B bought first in February
    assert all(three["A"] not in _snapshot(c, month) for month in (202402, 202403))


@pytest.fixture
def two_groups(shop, builder):
    """X: 100 every month, reachable; Y: 10 a month then 40 a month, not reachable. Last sale 30 June."""
    x = builder.customer("X", phone="0901111111", marketing_consent=True)
    y = builder.customer("Y", email="y@example.com", marketing_consent=False)
    for month in range(1, 7):
        builder.buy(x, D(2024, month, 10), 100)
        builder.buy(y, D(2024, month, 12), 10 if month <= 3 else 40)
    builder.buy(x, D(2024, 6, 30), 0.001, invoice="LAST")  # makes 30 June the last sale
    builder.commit()
    sx = segments.save_segment(shop.conn, "Group X", {"all": [{"field": "code", "op": "equals", "value": "X"}]}).value
    sy = segments.save_segment(shop.conn, "Group Y", {"all": [{"field": "code", "op": "equals", "value": "Y"}]}).value
    return f"saved:{sx}", f"saved:{sy}"


def test_target_table_measures_the_four_criteria(shop, two_groups):
    rx, ry = two_groups
    rows = {row.ref: row for row in segments.target_table(shop.conn, refs=[ry, rx])}
    x, y = rows[rx], rows[ry]
    assert (x.customers, x.revenue, y.revenue) == (1, 600_001, 150_000)
    assert x.growth == pytest.approx(0.0, abs=1e-3) and y.growth == pytest.approx(300.0)  # Apr-Jun vs Jan-Mar
    assert (x.accessibility, y.accessibility) == (100.0, 0.0)
    assert y.stability == pytest.approx(1 / (1 + 15 / 25))  # monthly 10,10,10,40,40,40: CV 0.6
    assert x.stability == pytest.approx(1.0, abs=1e-4)
    # Two segments: size = mean of scaled customers (a tie: 0.5), revenue and growth (capped at 100%).
    assert x.scores == pytest.approx({"size": 0.5, "profitability": 1.0, "accessibility": 1.0, "stability": 1.0},
                                     abs=1e-4)
    assert y.scores == pytest.approx({"size": 0.5, "profitability": 0.0, "accessibility": 0.0,
                                      "stability": 0.625})
    assert (x.rank, y.rank) == (1, 2)
    assert x.total == pytest.approx((0.5 + 1 + 1 + 1) / 4, abs=1e-4)


def test_weights_reorder_the_table_and_profiles_are_kept(shop, two_groups):
    rx, ry = two_groups
    settings = segments.load_settings(shop.conn)
    settings.weights = {"size": 1.0, "profitability": 0.0, "accessibility": 0.0, "stability": 0.0}
    segments.save_settings(shop.conn, settings)
    settings.weights = {"size": 0.0, "profitability": 0.0, "accessibility": 0.0, "stability": 0.0}
    with pytest.raises(Exception, match="at least one"):
        segments.save_settings(shop.conn, settings)
    segments.set_target_profile(shop.conn, ry, is_target=True, value_proposition="Bánh tươi mỗi sáng",
                                selling_points="Giao trong 30 phút")
    segments.set_target_profile(shop.conn, ry, selling_points="Giao trong 20 phút")
    rows = segments.target_table(shop.conn, refs=[rx, ry])
    assert [r.total for r in rows] == pytest.approx([0.5, 0.5])  # only size counts, and sizes tie
    y = next(r for r in rows if r.ref == ry)
    assert (y.is_target, y.value_proposition, y.selling_points) == (True, "Bánh tươi mỗi sáng", "Giao trong 20 phút")
    with pytest.raises(Exception, match="segment"):
        segments.set_target_profile(shop.conn, "rfm:unknown", is_target=True)


def test_default_target_table_lists_every_segment(shop, two_groups):
    rows = segments.target_table(shop.conn)
    assert len(rows) == 11 + 5 + 2
    assert [r.rank for r in rows] == list(range(1, 19))
    assert all(rows[i].total >= rows[i + 1].total for i in range(len(rows) - 1))
    empty = [r for r in rows if r.customers == 0]
    assert empty and all(r.total == 0 for r in empty)


def _all_snapshots(conn) -> dict[int, dict[int, str]]:
    return {month: _snapshot(conn, month) for month in segments.snapshot_months(conn)}


def _recomputed_from_scratch(conn) -> dict[int, dict[int, str]]:
    """The snapshots a refresh computes with nothing stored (every month summed from customer_months)."""
    from app.models import aggregates

    with db.transaction(conn):
        store.delete_snapshots(conn, segments.snapshot_months(conn))
        aggregates.mark_changed(conn, 0)
        store.put_snapshots_state(conn, "")
    segments.refresh_snapshots(conn)
    return _all_snapshots(conn)


def test_incremental_snapshots_equal_a_full_recomputation(shop, builder, monkeypatch):
    import random

    rng = random.Random(7)
    ids = [builder.customer(f"K{i:02d}") for i in range(40)]
    for cid in ids:  # January to April 2024
        for _ in range(rng.randint(1, 6)):
            builder.buy(cid, D(2024, 1, 1) + dt.timedelta(days=rng.randrange(120)), rng.randint(1, 90))
    builder.commit()
    c = shop.conn
    segments.refresh_snapshots(c)
    assert segments.snapshot_months(c) == [202401, 202402, 202403]

    # A new month arrives: May's snapshot starts from the figures kept with April's, no sum over the past.
    for cid in ids[::3]:
        builder.buy(cid, D(2024, 5, rng.randint(1, 31)), rng.randint(1, 90))
    builder.buy(ids[0], D(2024, 6, 2), 5)  # makes May a complete month
    builder.commit()
    with monkeypatch.context() as patch:
        patch.setattr(store, "cumulative_months", lambda *a: pytest.fail("summed every earlier month"))
        segments.refresh_snapshots(c)
    assert segments.snapshot_months(c)[-2:] == [202404, 202405]
    incremental = _all_snapshots(c)
    assert incremental == _recomputed_from_scratch(c)

    # A late file with February lines, then a customer deleted: still the same as from scratch.
    for cid in ids[1::4]:
        builder.buy(cid, D(2024, 2, rng.randint(1, 29)), rng.randint(1, 90))
    builder.commit()
    segments.refresh_snapshots(c)
    after_late_file = _all_snapshots(c)
    assert after_late_file != incremental
    assert after_late_file == _recomputed_from_scratch(c)
    segments.refresh_snapshots(c)
    with db.transaction(c):
        customers.delete(c, ids[5])
    assert c.execute("SELECT COUNT(*) FROM segment_snapshot_months").fetchone()[0] == 0  # members and state
    segments.refresh_snapshots(c)
    after_delete = _all_snapshots(c)
    assert all(ids[5] not in month for month in after_delete.values())
    assert after_delete == _recomputed_from_scratch(c)


def test_every_writer_of_monthly_figures_marks_the_months_it_changed(shop, builder, three):
    from app.models import aggregates

    c = shop.conn
    segments.refresh_snapshots(c)
    assert aggregates.months_changed_from(c) is None
    builder.buy(three["C"], D(2024, 3, 30), 5)
    builder.commit()
    assert aggregates.months_changed_from(c) == 202403
    generation = aggregates.generation(c)
    builder.buy(three["B"], D(2024, 2, 20), 5)
    builder.commit()
    assert aggregates.months_changed_from(c) == 202402  # the earliest one wins
    assert aggregates.generation(c) != generation
    segments.refresh_snapshots(c)
    generation = aggregates.generation(c)
    with db.transaction(c):
        customers.delete(c, three["A"])  # bought in January
    assert aggregates.months_changed_from(c) == 202401
    assert aggregates.generation(c) != generation


def test_an_emptied_shop_starts_its_figures_and_snapshots_afresh(shop, builder, three):
    """"Start an empty shop" empties every table, the change marks included; the next import's
    figures and snapshots are still found stale and recomputed."""
    from app.models import aggregates, tables
    from app.services import demo

    c = shop.conn
    segments.refresh_all(c)
    with db.transaction(c):
        tables.delete_all_rows(c, keep=demo.KEPT_TABLES)  # what remove_demo_data does
    assert aggregates.months_changed_from(c) == 0 and aggregates.generation(c) is None
    assert segments.ensure_fresh(c) is True and len(segments.compute(c)) == 0
    segments.refresh_snapshots(c)
    assert segments.snapshot_months(c) == []
    z = builder.customer("Z")
    for day in (D(2024, 5, 2), D(2024, 6, 3), D(2024, 7, 4)):
        builder.buy(z, day, 10)
    builder.commit()
    assert segments.ensure_fresh(c) is True
    assert segments.customer_ids(c, "all") == [z]
    segments.refresh_snapshots(c)
    assert segments.snapshot_months(c) == [202405, 202406]
    assert set(_snapshot(c, 202406)) == {z}


def test_refresh_all_brings_figures_and_snapshots_up_to_date_in_one_go(shop, shop_path, three):
    c = shop.conn
    reader = db.connect(shop_path, read_only=True)
    try:
        segments.refresh_all(reader)  # read-only: the figures go to a TEMP table, nothing is written
        assert store.get_temporary_state(reader) != ""
    finally:
        reader.close()
    assert segments.snapshot_months(c) == []
    assert segments.refresh_all(c) == 3
    assert segments.snapshot_months(c) == [202401, 202402, 202403]
    assert segments.ensure_fresh(c) is False and segments.refresh_snapshots(c) == 0


def test_after_an_undone_month_the_next_import_still_starts_from_kept_figures(shop, builder, three, monkeypatch):
    from app.models import aggregates

    c = shop.conn
    segments.refresh_snapshots(c)
    last_sale = c.execute("SELECT MAX(sold_at) FROM sales").fetchone()[0]
    with db.transaction(c):  # as undoing the import of C's purchase on 31 March does
        c.execute("DELETE FROM sales WHERE sold_at = ?", (last_sale,))
        aggregates.refresh(c, [three["C"]], lines_from=last_sale)
    segments.refresh_snapshots(c)
    assert segments.snapshot_months(c) == [202401]  # the last sale is now 15 February
    assert store.snapshot_state(c)[0] == 202401  # the figures went with March; kept with January now
    builder.buy(three["C"], D(2024, 3, 31), 10)
    builder.commit()
    with monkeypatch.context() as patch:
        patch.setattr(store, "cumulative_months", lambda *a: pytest.fail("summed every earlier month"))
        segments.refresh_snapshots(c)
    assert _all_snapshots(c) == _recomputed_from_scratch(c)
    assert segments.snapshot_months(c) == [202401, 202402, 202403]


def test_a_version_3_file_keeps_its_figures_and_recomputes_its_snapshots(tmp_path, monkeypatch):
    """Migration 4 on a file made by schema 3: the figures rows survive the rebuilt table, the old
    per-customer snapshot rows go, and the next refresh recomputes the snapshots."""
    import sqlite3

    from app.models import aggregates, migrations
    from app.services.shop import create_shop, open_shop
    from tests.segments.conftest import ShopBuilder

    path = tmp_path / "v3.regulars"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(aggregates, "mark_changed", lambda *a: None)  # no such table in schema 3
    shop = create_shop(path, name="Old")
    builder = ShopBuilder(shop.conn)
    a = builder.customer("A")
    for day in (D(2024, 1, 5), D(2024, 2, 5), D(2024, 3, 5)):
        builder.buy(a, day, 10)
    builder.commit()
    with db.transaction(shop.conn):
        shop.conn.execute("INSERT INTO customer_segments VALUES (?, 3, 3, 30000, 5, 5, 5, 'champions', 'vip', 0)", (a,))
        shop.conn.execute("INSERT INTO segment_snapshots VALUES (202401, ?, 'new_customers')", (a,))
        shop.conn.execute("INSERT INTO segment_snapshot_months VALUES (202401, 1, 'old summary', 'old digest')")
    shop.close()
    monkeypatch.undo()

    shop = open_shop(path)
    try:
        c = shop.conn
        assert db.user_version(c) == migrations.SCHEMA_VERSION == len(migrations.MIGRATIONS)
        assert c.execute("SELECT customer_id, segment, tier FROM customer_segments").fetchall() == [(a, "champions", "vip")]
        assert c.execute("PRAGMA foreign_key_list(customer_segments)").fetchall() == []
        assert c.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'segment_snapshots'").fetchone()[0] == 0
        assert segments.snapshot_months(c) == [] and aggregates.months_changed_from(c) == 0
        assert segments.refresh_all(c) == 2  # January and February (March has not ended)
        assert set(_snapshot(c, 202402)) == {a}
        with db.transaction(c):
            customers.delete(c, a)
        assert c.execute("SELECT COUNT(*) FROM customer_segments").fetchone()[0] == 0  # the trigger
    finally:
        shop.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("previous, last, expected", [
    (100.0, 150.0, (50.0, "")),
    (0.0, 80.0, (None, "new")),  # grew from nothing
    (1.0, 43.14, (4214.0, "new")),  # from a tiny base: "new", not "4,214.0%"
    (90.0, 0.0, (-100.0, "gone")),  # no revenue left
    (0.0, 0.0, (None, "")),
])
def test_growth_reads_new_from_a_tiny_base_and_gone_when_nothing_is_left(previous, last, expected):
    from app.services.segments import targeting

    monthly = np.array([0.0, 0.0, previous, 0.0, 0.0, last])
    growth, note = targeting._growth(monthly)
    assert (None if growth is None else round(growth, 1), note) == expected
