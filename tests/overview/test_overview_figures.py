"""The Overview's headline figures: against hand-worked shops and against a direct computation from the
demo shop's sales lines; the empty shop; the command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections import defaultdict

import pytest

from app.services.errors import UserError
from app.services.overview import figures

D = dt.date


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120)


def test_period_bounds():
    assert figures.period_of("month", D(2025, 3, 15)) == figures.Period("month", D(2025, 3, 1), D(2025, 4, 1))
    quarter = figures.period_of("quarter", D(2025, 12, 31))
    assert (quarter.start, quarter.end) == (D(2025, 10, 1), D(2026, 1, 1))
    assert quarter.previous() == figures.Period("quarter", D(2025, 7, 1), D(2025, 10, 1))
    year = figures.period_of("year", D(2025, 1, 1))
    assert (year.first_month, year.last_month) == (202501, 202512)
    assert year.previous().start == D(2024, 1, 1)
    with pytest.raises(UserError):
        figures.period_of("week", D(2025, 1, 1))


def test_headline_of_a_hand_worked_shop(shop, builder):
    a, b = builder.customer("A"), builder.customer("B")
    builder.buy(a, D(2025, 1, 10), 100)
    builder.buy(a, D(2025, 3, 2), 300)
    builder.buy(b, D(2025, 3, 20), 100)
    builder.buy(0, D(2025, 2, 5), 40)  # walk-in
    builder.buy(0, D(2025, 3, 21), 60)
    builder.commit()
    head = figures.headline(shop.conn, "month", today=D(2025, 3, 25))
    assert head.period == figures.Period("month", D(2025, 3, 1), D(2025, 4, 1))
    assert head.latest_sale == head.shown_end == D(2025, 3, 21)  # the month runs until the latest sale
    now, before = head.current, head.previous
    assert (now.customers, now.new_customers, now.returning_customers) == (2, 1, 1)
    assert (now.customer_revenue, now.walk_in_revenue, now.revenue) == (400_000, 60_000, 460_000)
    assert now.returning_revenue_share == pytest.approx(75.0)
    assert (before.customers, before.customer_revenue, before.walk_in_revenue) == (0, 0, 40_000)
    assert before.returning_revenue_share is None
    quarter = figures.headline(shop.conn, "quarter", today=D(2025, 3, 25))
    assert (quarter.current.customers, quarter.current.new_customers) == (2, 2)
    assert quarter.current.walk_in_revenue == 100_000
    builder.buy(0, D(2025, 3, 31), 10)  # a sale on the month's last day: the whole month is shown
    builder.commit()
    assert figures.headline(shop.conn, "month", with_months=False).shown_end == D(2025, 3, 31)
    march = [m for m in head.months if m.month == 202503][0]
    assert (march.customer_revenue, march.walk_in_revenue, march.new_customers, march.returning_customers) == (
        400_000, 60_000, 1, 1)
    assert head.months[-1].month == 202503 and len(head.months) == 24


def test_headline_of_the_demo_shop_matches_the_sales_lines(demo_shop_path):
    from app.services.shop import open_shop

    shop = open_shop(demo_shop_path)
    try:
        for kind in figures.PERIODS:
            head = figures.headline(shop.conn, kind, with_months=False)
            # Directly from the lines: purchases (quantity > 0, amount > 0) by customer and day.
            lines = shop.conn.execute("SELECT customer_id, date(sold_at, 'unixepoch'), amount FROM sales "
                                      "WHERE quantity > 0 AND amount > 0").fetchall()
            first: dict[int, str] = {}
            for cid, day, _amount in lines:
                if cid and (cid not in first or day < first[cid]):
                    first[cid] = day
            for period, got in ((head.period, head.current), (head.period.previous(), head.previous)):
                start, end = period.start.isoformat(), period.end.isoformat()
                revenue: dict[int, int] = defaultdict(int)
                walk_in = 0
                for cid, day, amount in lines:
                    if start <= day < end:
                        if cid:
                            revenue[cid] += amount
                        else:
                            walk_in += amount
                new = [c for c in revenue if start <= first[c] < end]
                assert got.customers == len(revenue) > 0
                assert got.new_customers == len(new)
                assert got.customer_revenue == sum(revenue.values())
                assert got.new_customer_revenue == sum(revenue[c] for c in new)
                assert got.walk_in_revenue == walk_in
            assert head.period.end > dt.date.fromisoformat(max(day for _c, day, _a in lines))
    finally:
        shop.close()


def test_empty_shop_has_an_empty_headline(shop):
    head = figures.headline(shop.conn, "year")
    assert head.empty and head.period is None
    assert head.current.revenue == 0 and head.current.returning_revenue_share is None
    assert head.top20_share is None and head.at_risk_customers == 0


def test_overview_command(shop_path, shop, builder):
    a = builder.customer("A")
    builder.buy(a, D(2025, 6, 10), 250)
    builder.commit()
    shop.close()
    done = _cli("overview", "--db", str(shop_path), "--json", "--period", "year")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["period"] == {"kind": "year", "start": "2025-01-01", "end": "2025-12-31",
                              "previous_start": "2024-01-01", "previous_end": "2024-12-31",
                              "latest_sale": "2025-06-10"}
    assert data["current"]["customer_revenue"] == 250_000 and data["current"]["new_customers"] == 1
    text = _cli("overview", "--db", str(shop_path))
    assert text.returncode == 0 and "customers: 1 (0)" in text.stdout
    bad = _cli("overview", "--db", str(shop_path.with_name("missing.regulars")))
    assert bad.returncode == 2 and "does not exist" in bad.stderr
