"""Segments speed on the 1,000,000-line / 6,000-customer shop (`benchmarks.data.big_shop`):

- refreshing the segment figures after an import, against DuckDB computing the same RFM table from
  the sales lines (given a pandas DataFrame of the lines read once; only its query is timed, between
  our own measures, best of 10). The
  import is real: the last month of lines is taken out of a working copy, the figures and snapshots
  are brought up to date, then that month is imported back the way the importer writes it
  (insert_lines + aggregates.refresh of its customers) — only what follows is timed, best of 5;
- the same with the monthly snapshots (movement history) brought up to date as well, in the same
  transaction (`segments.refresh_all`);
- what the Segments tab loads when it opens (`load_overview`: the tab's two stages, `load_first` then
  `load_rest`, back to back): the very first time on a shop
  file (no figures or snapshots stored yet: 24 months of snapshots are computed and written), right
  after the import, and again.
"""

from __future__ import annotations

import time

import numpy as np

from benchmarks.harness import Context, Result, best_of, limit_result, ratio_result

REPEAT = 5  # imports of the last month timed; the best counts (one import is ~1 s of untimed set-up)


class _DuckDbRfm:
    """DuckDB computing the RFM table (recency, frequency, monetary and the three quintile scores,
    same tie-breaks) from the sales lines, given as a pandas DataFrame read once (untimed)."""

    def __init__(self, path, as_of_day: int):
        import duckdb
        import pandas as pd

        from app.models import db

        conn = db.connect(path, read_only=True)
        frame = pd.read_sql_query(
            "SELECT customer_id, invoice, sold_at, quantity, amount FROM sales WHERE customer_id != 0", conn)
        conn.close()
        self.duck = duckdb.connect()
        self.duck.register("sales", frame)
        self.query = f"""
            WITH rfm AS (
                SELECT customer_id, {as_of_day} - MAX(sold_at // 86400) AS recency,
                       COUNT(DISTINCT invoice) AS frequency, SUM(amount) AS monetary
                FROM sales WHERE quantity > 0 AND amount > 0 GROUP BY customer_id
            )
            SELECT customer_id, recency, frequency, monetary,
                   1 + (5 * (ROW_NUMBER() OVER (ORDER BY recency DESC, frequency, monetary, customer_id) - 1))
                       // COUNT(*) OVER () AS r,
                   1 + (5 * (ROW_NUMBER() OVER (ORDER BY frequency, monetary, recency DESC, customer_id) - 1))
                       // COUNT(*) OVER () AS f,
                   1 + (5 * (ROW_NUMBER() OVER (ORDER BY monetary, frequency, recency DESC, customer_id) - 1))
                       // COUNT(*) OVER () AS m
            FROM rfm
        """
        self.customers = 0
        self.seconds: list[float] = []

    def run(self) -> None:
        start = time.perf_counter()
        self.customers = len(self.duck.execute(self.query).fetchall())
        self.seconds.append(time.perf_counter() - start)


def _import_last_month(conn, data, last_month: np.ndarray) -> None:
    """What an import of the last month writes: the lines, then the aggregates of their customers."""
    from app.models import aggregates, db, sales

    with db.transaction(conn):
        sales.insert_lines(conn, data.rows(last_month))
        aggregates.refresh(conn, np.unique(data.customer_id[last_month & (data.customer_id > 0)]).tolist(),
                           lines_from=int(data.sold_at[last_month].min()))


def _remove_last_month(conn, data, last_month: np.ndarray) -> None:
    from app.models import aggregates, db

    with db.transaction(conn):
        conn.execute("DELETE FROM sales WHERE sold_at >= ?", (int(data.sold_at[last_month].min()),))
        aggregates.refresh(conn, np.unique(data.customer_id[last_month & (data.customer_id > 0)]).tolist(),
                           lines_from=int(data.sold_at[last_month].min()))


def run(ctx: Context) -> list[Result]:
    from app.models.units import SECONDS_PER_DAY, date_to_day
    from app.services import segments
    from app.services.shop import open_shop
    from benchmarks import data as bench_data

    lines, customers = bench_data.sized(ctx, 1_000_000), bench_data.sized(ctx, 6_000)
    path = bench_data.working_copy(ctx, bench_data.big_shop(ctx), "segments")
    sales = bench_data.synthetic_sales(lines, customers, ctx.seed)
    last_month = sales.sold_at >= date_to_day(bench_data.END.replace(day=1)) * SECONDS_PER_DAY

    shop = open_shop(path)
    conn = shop.conn
    start = time.perf_counter()  # a fresh copy: no figures or snapshots stored yet
    segments.load_overview(conn)
    first_open = time.perf_counter() - start
    duck_as_of_day = date_to_day(segments.default_as_of(conn))
    duck = _DuckDbRfm(path, duck_as_of_day)
    duck.run()  # warm-up

    def after_import(refresh) -> float:
        """The month taken out and everything brought up to date (untimed), the month imported back,
        then `refresh` timed."""
        _remove_last_month(conn, sales, last_month)
        segments.refresh_all(conn)
        _import_last_month(conn, sales, last_month)
        start = time.perf_counter()
        refresh()
        return time.perf_counter() - start

    # Best of REPEAT imports each: the figures alone, and figures and snapshots in one transaction,
    # with DuckDB's query run between them, so that both sides see the machine in the same moods.
    rewritten: list[int] = []
    figures_times, both_times = [], []
    for _ in range(REPEAT):
        duck.run()
        figures_times.append(after_import(lambda: segments.refresh(conn)))
        duck.run()
        both_times.append(after_import(lambda: rewritten.append(segments.refresh_all(conn))))
    figures_seconds, both_seconds, duck_seconds = min(figures_times), min(both_times), min(duck.seconds)
    written = rewritten[-1]
    loaded = []  # the first open after an import, figures not refreshed
    open_after_import = after_import(lambda: loaded.append(segments.load_overview(conn)))
    overview = loaded[-1]
    open_again = best_of(lambda: segments.load_overview(conn), 3)
    steady = best_of(lambda: (segments.ensure_fresh(conn), segments.refresh_snapshots(conn)), 3)
    same_day = overview.figures.as_of_day == duck_as_of_day
    ours = len(overview.figures)
    shop.close()

    duck_customers = duck.customers
    duck.duck.close()
    bench_data.discard(path)
    note = (f"{lines:,} lines, {customers:,} customers; DuckDB found {duck_customers:,} customers with "
            f"purchases, we {ours:,}; {written} snapshot month(s) rewritten after the import")
    if duck_customers != ours or not same_day:
        note += " — MISMATCH"
    return [
        ratio_result("segments: refresh figures after an import", figures_seconds, "s",
                     "DuckDB RFM from the lines", duck_seconds, max_ratio=0.5, notes=note),
        ratio_result("segments: refresh figures + snapshots after an import", both_seconds,
                     "s", "DuckDB RFM from the lines", duck_seconds, max_ratio=0.5, notes=note),
        ratio_result("segments: freshness check when nothing changed", steady, "s", "DuckDB RFM from the lines",
                     duck_seconds, max_ratio=0.5, notes=note),
        limit_result("segments: tab data loads, very first time (nothing stored)", first_open, "s", 0.5, note),
        limit_result("segments: tab data loads, first time after the import", open_after_import, "s", 0.5, note),
        limit_result("segments: tab data loads (load_overview)", open_again, "s", 0.5, note),
    ]
