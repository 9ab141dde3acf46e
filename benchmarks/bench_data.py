"""Demo shop creation, which runs on the app's first start: the whole of `create_demo_shop` (generate
~600 customers and ~20,000 lines, write them, refresh the aggregates) against only writing the same
customers and lines into a new shop file with one executemany each (the storage cost it cannot avoid)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from benchmarks.harness import Context, Result, median_of, ratio_result

TODAY = dt.date(2026, 6, 15)  # fixed, so that every run measures the same shop


def run(ctx: Context) -> list[Result]:
    from app.models import customers as customer_rows
    from app.models import db, sales
    from app.services import demo
    from app.services.shop import create_shop

    folder = ctx.cache / "demo-bench"
    folder.mkdir(exist_ok=True)
    counter = iter(range(1_000_000))

    def fresh_path():
        path = folder / f"demo-{next(counter)}.regulars"
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        return path

    def create_demo():
        demo.create_demo_shop(fresh_path(), today=TODAY).close()

    reference = fresh_path()
    demo.create_demo_shop(reference, today=TODAY).close()
    source = sqlite3.connect(reference)
    columns = [c for c in customer_rows.LIST_COLUMNS if c in ("code", "name", "phone", "email")]
    people = source.execute(f"SELECT {', '.join(columns)} FROM customers ORDER BY id").fetchall()
    lines = source.execute(f"SELECT {', '.join(sales.SALES_COLUMNS)} FROM sales").fetchall()
    source.close()

    def write_only():
        shop = create_shop(fresh_path())
        with db.transaction(shop.conn):
            shop.conn.executemany(f"INSERT INTO customers ({', '.join(columns)}) VALUES (?, ?, ?, ?)", people)
            sales.insert_lines(shop.conn, lines)
        shop.close()

    demo_seconds = median_of(create_demo, 5)
    write_seconds = median_of(write_only, 5)
    for path in folder.glob("demo-*"):
        path.unlink(missing_ok=True)
    return [ratio_result("demo shop: create on first start", demo_seconds, "s",
                         "writing its rows only", write_seconds, max_value=1.0,
                         notes=f"{len(people):,} customers, {len(lines):,} lines")]
