"""Sales lines: bulk insertion with de-duplication on the stable line key, and the shop-level
figures (`stats`) computed from them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from app.models.units import stored_to_date, stored_to_money

SALES_COLUMNS: tuple[str, ...] = (
    "customer_id", "line_key", "invoice", "sold_at", "product_id", "quantity", "unit_price",
    "amount", "channel", "branch", "import_id",
)
_INSERT = f"INSERT OR IGNORE INTO sales ({', '.join(SALES_COLUMNS)}) VALUES ({', '.join('?' * len(SALES_COLUMNS))})"


def insert_lines(conn: sqlite3.Connection, rows: Iterable[tuple]) -> int:
    """Inserts rows of SALES_COLUMNS; a row whose (customer, line key) exists already is skipped.
    Returns how many were added. Sorting rows by (customer_id, line_key) first makes this faster."""
    before = conn.total_changes
    conn.executemany(_INSERT, rows)
    return conn.total_changes - before


ROWS_PER_STATEMENT = 1000  # multi-row INSERT: measured ~35% faster than 64 rows (~2x faster than one row)


def insert_columns(conn: sqlite3.Connection, columns: dict[str, Sequence[Any]], constants: dict[str, Any],
                   *, batch_rows: int = 50_000, after_batch: Callable[[int], None] | None = None) -> int:
    """Inserts rows given column by column (`columns`: name -> a list or numpy array, all the same length, already
    de-duplicated and best sorted by (customer_id, line_key)); `constants` are the same for every row
    (written into the statement, not bound per row). Raises sqlite3.IntegrityError on a duplicate
    key. `after_batch(rows done)` is called after each batch (progress, cancel). Returns the count.

    Numeric numpy columns become Python numbers one batch at a time, so that a million rows never
    hold millions of Python objects at once; binding them is most of the cost of a bulk insert."""
    names = list(columns)
    unknown = (set(names) | set(constants)) - set(SALES_COLUMNS)
    if unknown:
        raise ValueError(f"unknown sales columns {sorted(unknown)}")
    count = len(columns[names[0]]) if names else 0
    if not count:
        return 0
    width = len(names)
    per_statement = max(1, min(ROWS_PER_STATEMENT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    literal = [_sql_literal(v) for v in constants.values()]
    row_sql = "(" + ", ".join(["?"] * width + literal) + ")"
    head = f"INSERT INTO sales ({', '.join(names + list(constants))}) VALUES "
    many_sql = head + ", ".join([row_sql] * per_statement)
    one_sql = head + row_sql
    statement_values = per_statement * width
    done = 0
    while done < count:
        end = min(count, done + batch_rows)
        rows = end - done
        values: list[Any] = [None] * (rows * width)  # row after row, as the statements bind them
        for j, name in enumerate(names):
            part = columns[name][done:end]
            values[j::width] = part.tolist() if hasattr(part, "tolist") else part
        whole = rows // per_statement * statement_values
        if whole:
            conn.executemany(many_sql, (values[i:i + statement_values] for i in range(0, whole, statement_values)))
        if whole < len(values):
            conn.executemany(one_sql, (values[i:i + width] for i in range(whole, len(values), width)))
        done = end
        if after_batch is not None:
            after_batch(done)
    return count


def _sql_literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"constant sales values must be numbers or None, not {value!r}")
    return repr(value)


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """The shop's headline figures, as `python -m app stats --json` prints them.

    Purchases are lines with quantity > 0 and amount > 0; customer-attributed ones have a customer.
    Returns are lines with a negative amount (a negative number)."""
    customers = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    row = conn.execute(
        """
        SELECT
            COUNT(DISTINCT CASE WHEN customer_id != 0 AND quantity > 0 AND amount > 0 THEN customer_id END),
            COUNT(DISTINCT CASE WHEN customer_id != 0 AND quantity > 0 AND amount > 0 THEN invoice END),
            SUM(customer_id != 0 AND quantity > 0 AND amount > 0),
            SUM(CASE WHEN customer_id != 0 AND quantity > 0 AND amount > 0 THEN amount ELSE 0 END),
            SUM(CASE WHEN customer_id != 0 AND amount < 0 THEN amount ELSE 0 END),
            SUM(CASE WHEN quantity > 0 AND amount > 0 THEN amount ELSE 0 END),
            MIN(sold_at), MAX(sold_at), COUNT(*)
        FROM sales
        """
    ).fetchone()
    with_purchases, invoices, lines, revenue, returns, all_revenue, first, last, all_lines = row
    revenue = revenue or 0
    returns = returns or 0
    return {
        "customers": customers,
        "customers_with_purchases": with_purchases or 0,
        "invoices": invoices or 0,
        "sales_lines": lines or 0,
        "revenue": stored_to_money(revenue),
        "returns": stored_to_money(returns),
        "net_revenue": stored_to_money(revenue + returns),
        "all_sales_revenue": stored_to_money(all_revenue or 0),
        "all_lines": all_lines or 0,
        "first_sale": stored_to_date(first).isoformat() if first is not None else None,
        "last_sale": stored_to_date(last).isoformat() if last is not None else None,
    }


def ensure_categories(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, int]:
    """Returns name -> id for the given category names, creating the missing ones."""
    result: dict[str, int] = {}
    for name in names:
        if not name:
            continue
        conn.execute("INSERT OR IGNORE INTO categories(name) VALUES (?)", (name,))
        result[name] = conn.execute("SELECT id FROM categories WHERE name = ?", (name,)).fetchone()[0]
    return result
