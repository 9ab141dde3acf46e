"""The benchmark data builders and the benchmark runner: the data is what was asked for, the same
every time, cached; a failing benchmark module is reported, not fatal."""

from __future__ import annotations

import json
import sqlite3
import sys
import types

import numpy as np
import pytest

from benchmarks import __main__ as runner
from benchmarks import data
from benchmarks.harness import Context, Result, ratio_result, read_results, write_results


@pytest.fixture
def ctx(tmp_path):
    return Context(cache=tmp_path / "cache", seed=11)


def test_synthetic_sales_are_exact_in_size_unique_and_repeatable():
    first = data.synthetic_sales(20_000, 400, seed=5)
    again = data.synthetic_sales(20_000, 400, seed=5)
    other = data.synthetic_sales(20_000, 400, seed=6)
    assert len(first) == 20_000
    assert np.array_equal(first.line_key, again.line_key) and np.array_equal(first.sold_at, again.sold_at)
    assert not np.array_equal(first.sold_at, other.sold_at)
    assert len(np.unique(first.line_key)) == len(first) and first.line_key.min() >= 0
    # Every customer bought at least once; some lines are walk-ins, some are returns.
    assert set(np.unique(first.customer_id)) == set(range(0, 401))
    assert 0.05 < (first.customer_id == 0).mean() < 0.15
    returns = first.amount < 0
    assert 0.005 < returns.mean() < 0.03
    assert np.all(first.amount == first.quantity * first.unit_price)
    assert all(inv.startswith("TH") for inv in first.invoice[returns])


def test_big_shop_is_built_once_with_the_asked_sizes(ctx):
    path = data.big_shop(ctx, lines=30_000, customers=500)
    built = path.stat().st_mtime_ns
    assert data.big_shop(ctx, lines=30_000, customers=500) == path
    assert path.stat().st_mtime_ns == built
    with sqlite3.connect(path) as conn:
        lines, walk_ins = conn.execute("SELECT COUNT(*), SUM(customer_id = 0) FROM sales").fetchone()
        customers, buyers, named = conn.execute(
            "SELECT COUNT(*), SUM(invoices > 0), SUM(name != '' AND code IS NOT NULL) FROM customers").fetchone()
        # The stored aggregates match the lines.
        revenue = conn.execute("SELECT SUM(revenue) FROM customers").fetchone()[0]
        direct = conn.execute(
            "SELECT SUM(amount) FROM sales WHERE customer_id != 0 AND quantity > 0 AND amount > 0").fetchone()[0]
    assert (lines, customers, buyers, named) == (30_000, 500, 500, 500)
    assert walk_ins > 0 and revenue == direct
    assert not list(ctx.cache.glob("*.tmp*")) and not list(ctx.cache.glob("*.lock"))
    assert data.big_shop(ctx, lines=30_000, customers=400) != path


def test_quick_context_divides_sizes_by_twenty(tmp_path):
    quick = Context(cache=tmp_path / "cache", seed=11, quick=True)
    path = data.many_customers_shop(quick, customers=4_000)
    with sqlite3.connect(path) as conn:
        customers, with_email, phones = conn.execute(
            "SELECT COUNT(*), COUNT(email), COUNT(DISTINCT phone) FROM customers").fetchone()
        filled = conn.execute("SELECT COUNT(*) FROM customers WHERE last_purchase IS NOT NULL").fetchone()[0]
    assert customers == 200 and 0 < with_email < customers and phones > 0.9 * customers
    assert filled == customers


def test_working_copy_leaves_the_cached_file_alone(ctx):
    path = data.big_shop(ctx, lines=2_000, customers=50)
    copy = data.working_copy(ctx, path)
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM sales")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 2_000


def test_a_failing_benchmark_module_is_reported_and_the_others_still_run(ctx, monkeypatch, tmp_path):
    broken = types.ModuleType("benchmarks.bench_broken_for_test")

    def explode(_ctx):
        raise RuntimeError("disk full")

    broken.run = explode
    fine = types.ModuleType("benchmarks.bench_fine_for_test")
    fine.run = lambda _ctx: [ratio_result("fine", 0.2, "s", "baseline", 0.4, max_ratio=1.0)]
    monkeypatch.setitem(sys.modules, broken.__name__, broken)
    monkeypatch.setitem(sys.modules, fine.__name__, fine)

    results = runner.run_modules(["bench_broken_for_test", "bench_fine_for_test"], ctx)

    assert [r.module for r in results] == ["bench_broken_for_test", "bench_fine_for_test"]
    failed, ok = results
    assert failed.met is False and failed.value is None and "disk full" in failed.notes
    assert ok.met is True and ok.ratio == 0.5
    out = tmp_path / "results.json"
    write_results(results, out)
    rows = json.loads(out.read_text())
    for row in rows:
        assert {"name", "value", "unit", "baseline", "baseline_value", "ratio", "target", "met"} <= set(row)
    assert read_results(out) == results
    assert isinstance(read_results(out)[0], Result)


def test_rows_can_hold_back_the_last_month():
    sales = data.synthetic_sales(5_000, 100, seed=3)
    cut = int(np.quantile(sales.sold_at, 0.9))
    later = list(sales.rows(sales.sold_at >= cut))
    earlier = list(sales.rows(sales.sold_at < cut))
    assert len(later) + len(earlier) == 5_000 and later
    assert all(row[3] >= cut for row in later) and all(len(row) == 11 and row[-1] is None for row in earlier)
