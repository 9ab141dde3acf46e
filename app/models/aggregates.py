"""Per-customer figures derived from the sales lines, kept up to date whenever lines change (import,
undo of an import, deletion), so that the customer list and every segment figure read a few
thousand customer rows instead of scanning the sales lines:

- on `customers`: first and last purchase, distinct purchase invoices, purchase lines, revenue,
  returns, first category bought, main channel;
- `customer_months`: invoices, revenue and returns per customer and calendar month;
- `customer_categories`: purchase lines, revenue and first purchase per customer and category.

A purchase line has quantity > 0 and amount > 0; a return line has amount < 0. Lines with amount 0
(free items) count for neither.

Whatever writes these figures calls `mark_changed`: it moves a generation number on (how the segment
figures know they are stale) and lowers the "changed from" month (where the monthly segment snapshots
recompute from).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from app.models.tables import insert_rows

# The derived figures kept on `customers`, in the order `write` and `imports.insert_customers` take them.
CUSTOMER_FIGURES = ("first_purchase", "last_purchase", "invoices", "purchase_lines", "revenue", "returns",
                    "return_lines", "first_category_id", "main_channel")
PURCHASE = "(s.quantity > 0 AND s.amount > 0)"
RETURN = "(s.amount < 0)"


def _targets(conn: sqlite3.Connection, customer_ids: Iterable[int] | None) -> str:
    """Fills temp.aggregate_targets and returns the SQL condition on s.customer_id."""
    if customer_ids is None:
        return "s.customer_id != 0"
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS aggregate_targets (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.aggregate_targets")
    conn.executemany("INSERT OR IGNORE INTO temp.aggregate_targets VALUES (?)", ((int(i),) for i in customer_ids))
    return "s.customer_id IN (SELECT id FROM temp.aggregate_targets)"


def mark_changed(conn: sqlite3.Connection, from_month: int | None) -> None:
    """Remembers that the derived figures changed (a new generation) and that customer_months rows
    of `from_month` (yyyymm) or later changed; None: no month row changed. Every writer of the
    derived figures calls it. (The row is re-created, from a random generation, in a shop whose
    tables were emptied.)"""
    month = None if from_month is None else int(from_month)
    conn.execute(
        """INSERT INTO aggregate_month_changes (id, from_month, generation) VALUES (1, ?1, random())
           ON CONFLICT(id) DO UPDATE SET generation = generation + 1,
               from_month = CASE WHEN ?1 IS NULL THEN from_month ELSE MIN(COALESCE(from_month, ?1), ?1) END""",
        (month,))


def months_changed_from(conn: sqlite3.Connection) -> int | None:
    """The earliest month whose customer_months rows changed since `clear_months_changed` (0, every
    month, in a shop whose tables were emptied)."""
    row = conn.execute("SELECT from_month FROM aggregate_month_changes").fetchone()
    return 0 if row is None else row[0]


def generation(conn: sqlite3.Connection) -> int | None:
    """Changes whenever the derived figures change (None in a shop whose tables were emptied)."""
    row = conn.execute("SELECT generation FROM aggregate_month_changes").fetchone()
    return None if row is None else row[0]


def clear_months_changed(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE aggregate_month_changes SET from_month = NULL")


def _first_month(conn: sqlite3.Connection, customer_where: str) -> int | None:
    return conn.execute(f"SELECT MIN(month) FROM customer_months WHERE {customer_where}").fetchone()[0]


def month_of_time(conn: sqlite3.Connection, stored_time: int) -> int:
    """yyyymm of a stored time, as customer_months counts it."""
    return conn.execute("SELECT CAST(strftime('%Y%m', ?, 'unixepoch') AS INTEGER)", (int(stored_time),)).fetchone()[0]


def refresh(conn: sqlite3.Connection, customer_ids: Iterable[int] | None = None, *,
            lines_from: int | None = None) -> None:
    """Recomputes the derived figures of the given customers (all when None). Call inside a
    transaction; it reads only those customers' lines.

    `lines_from`: when the caller knows it, the earliest time (stored seconds) of the lines added or
    removed since these customers' figures were last computed; only the months from then on are
    then marked changed (otherwise every month of these customers is)."""
    where = _targets(conn, customer_ids)
    months_where = where.replace("s.customer_id", "customer_id")
    precise = customer_ids is not None and lines_from is not None
    if customer_ids is None:
        mark_changed(conn, 0)
    elif precise:
        mark_changed(conn, month_of_time(conn, lines_from))
    else:
        mark_changed(conn, _first_month(conn, months_where))
    cust_where = where.replace("s.customer_id", "id")
    conn.execute(
        f"""UPDATE customers SET first_purchase = NULL, last_purchase = NULL, invoices = 0,
            purchase_lines = 0, revenue = 0, returns = 0, return_lines = 0,
            first_category_id = NULL, main_channel = NULL
            WHERE {cust_where}"""
    )
    conn.execute(
        f"""
        UPDATE customers SET
            first_purchase = a.first_purchase, last_purchase = a.last_purchase, invoices = a.invoices,
            purchase_lines = a.purchase_lines, revenue = a.revenue, returns = a.returns,
            return_lines = a.return_lines
        FROM (
            SELECT s.customer_id,
                   MIN(CASE WHEN {PURCHASE} THEN s.sold_at END) AS first_purchase,
                   MAX(CASE WHEN {PURCHASE} THEN s.sold_at END) AS last_purchase,
                   COUNT(DISTINCT CASE WHEN {PURCHASE} THEN s.invoice END) AS invoices,
                   SUM({PURCHASE}) AS purchase_lines,
                   SUM(CASE WHEN {PURCHASE} THEN s.amount ELSE 0 END) AS revenue,
                   SUM(CASE WHEN {RETURN} THEN s.amount ELSE 0 END) AS returns,
                   SUM({RETURN}) AS return_lines
            FROM sales s WHERE {where}
            GROUP BY s.customer_id
        ) AS a
        WHERE customers.id = a.customer_id
        """
    )
    conn.execute(f"DELETE FROM customer_months WHERE {months_where}")
    conn.execute(
        f"""
        INSERT INTO customer_months (customer_id, month, invoices, revenue, returns, last_purchase)
        SELECT s.customer_id, CAST(strftime('%Y%m', s.sold_at, 'unixepoch') AS INTEGER) AS month,
               COUNT(DISTINCT CASE WHEN {PURCHASE} THEN s.invoice END),
               SUM(CASE WHEN {PURCHASE} THEN s.amount ELSE 0 END),
               SUM(CASE WHEN {RETURN} THEN s.amount ELSE 0 END),
               MAX(CASE WHEN {PURCHASE} THEN s.sold_at END)
        FROM sales s WHERE {where}
        GROUP BY s.customer_id, month
        """
    )
    if customer_ids is not None and not precise:
        mark_changed(conn, _first_month(conn, months_where))
    conn.execute(f"DELETE FROM customer_categories WHERE {where.replace('s.customer_id', 'customer_id')}")
    conn.execute(
        f"""
        INSERT INTO customer_categories (customer_id, category_id, purchase_lines, revenue, first_purchase)
        SELECT s.customer_id, p.category_id, COUNT(*), SUM(s.amount), MIN(s.sold_at)
        FROM sales s JOIN products p ON p.id = s.product_id
        WHERE {where} AND {PURCHASE} AND p.category_id IS NOT NULL
        GROUP BY s.customer_id, p.category_id
        """
    )
    # First category: the category of the first purchase (ties: the one they spent most on).
    conn.execute(
        f"""
        UPDATE customers SET first_category_id = f.category_id
        FROM (
            SELECT cc.customer_id, cc.category_id,
                   ROW_NUMBER() OVER (PARTITION BY cc.customer_id
                                      ORDER BY cc.first_purchase, cc.revenue DESC, cc.category_id) AS rank
            FROM customer_categories cc WHERE {where.replace('s.customer_id', 'cc.customer_id')}
        ) AS f
        WHERE customers.id = f.customer_id AND f.rank = 1
        """
    )
    conn.execute(
        f"""
        UPDATE customers SET main_channel = m.channel
        FROM (
            SELECT s.customer_id, s.channel,
                   ROW_NUMBER() OVER (PARTITION BY s.customer_id ORDER BY COUNT(*) DESC, s.channel) AS rank
            FROM sales s WHERE {where} AND {PURCHASE} AND s.channel IS NOT NULL
            GROUP BY s.customer_id, s.channel
        ) AS m
        WHERE customers.id = m.customer_id AND m.rank = 1
        """
    )


def forget(conn: sqlite3.Connection, customer_ids: Iterable[int]) -> None:
    """Deletes the month and category figures of these customers (the months they had are marked
    changed). Call inside a transaction."""
    targets = _targets(conn, customer_ids).replace("s.customer_id", "customer_id")
    mark_changed(conn, _first_month(conn, targets))
    conn.execute(f"DELETE FROM customer_months WHERE {targets}")
    conn.execute(f"DELETE FROM customer_categories WHERE {targets}")


def write(conn: sqlite3.Connection, customers: list[tuple], months: list[tuple], categories: list[tuple]) -> None:
    """Stores figures computed elsewhere (from lines in memory, `app.services.importing.memory_aggregates`) for
    customers whose every line was in that computation: their month and category rows are replaced
    by these. Rows as in the three tables: customers (first_purchase, last_purchase, invoices,
    purchase_lines, revenue, returns, return_lines, first_category_id, main_channel, id) — updated;
    a customer inserted with its figures (`imports.insert_customers`) needs no row here; months
    (customer_id, month, invoices, revenue, returns, last_purchase); categories (customer_id,
    category_id, purchase_lines, revenue, first_purchase)."""
    conn.executemany(f"UPDATE customers SET {', '.join(f'{c} = ?' for c in CUSTOMER_FIGURES)} WHERE id = ?",
                     customers)
    forget(conn, sorted({row[-1] for row in customers} | {row[0] for row in months} | {row[0] for row in categories}))
    if months:
        mark_changed(conn, min(row[1] for row in months))
    insert_rows(conn, "customer_months", ("customer_id", "month", "invoices", "revenue", "returns", "last_purchase"),
                 months)
    insert_rows(conn, "customer_categories",
                 ("customer_id", "category_id", "purchase_lines", "revenue", "first_purchase"), categories)
