"""The SQL behind the Overview: sales per month split into customers (new and returning) and walk-in
sales, and the time of the latest sale. Months are yyyymm integers as in `customer_months`."""

from __future__ import annotations

import json
import sqlite3

_MONTH = "CAST(strftime('%Y%m', {column}, 'unixepoch') AS INTEGER)"


def latest_sale_time(conn: sqlite3.Connection) -> int | None:
    """The time (stored seconds) of the latest purchase, by a customer or walk-in; None without sales."""
    customers = conn.execute("SELECT MAX(last_purchase) FROM customers").fetchone()[0]
    walk_in = conn.execute("SELECT MAX(sold_at) FROM sales WHERE customer_id = 0 AND amount > 0 AND quantity > 0"
                           ).fetchone()[0]
    times = [t for t in (customers, walk_in) if t is not None]
    return max(times) if times else None


def customer_months(conn: sqlite3.Connection, first_month: int, last_month: int) -> list[tuple[int, int, int, int, int]]:
    """(month, buying customers, their revenue, new customers, new customers' revenue) per month with
    purchases in [first_month, last_month]; a customer is new in the month of their first purchase."""
    first = _MONTH.format(column="c.first_purchase")
    return conn.execute(f"""
        SELECT m.month, COUNT(*), SUM(m.revenue),
               SUM(m.month = {first}), SUM(CASE WHEN m.month = {first} THEN m.revenue ELSE 0 END)
        FROM customer_months m JOIN customers c ON c.id = m.customer_id
        WHERE m.month BETWEEN ? AND ? AND m.invoices > 0
        GROUP BY m.month ORDER BY m.month""", (first_month, last_month)).fetchall()


def customer_period(conn: sqlite3.Connection, first_month: int, last_month: int) -> tuple[int, int, int, int]:
    """(buying customers, their revenue, new customers, new customers' revenue) over the months
    [first_month, last_month]; a customer is new when their first purchase falls in those months."""
    first = _MONTH.format(column="c.first_purchase")
    row = conn.execute(f"""
        SELECT COUNT(DISTINCT m.customer_id), COALESCE(SUM(m.revenue), 0),
               COUNT(DISTINCT CASE WHEN {first} BETWEEN ?1 AND ?2 THEN m.customer_id END),
               COALESCE(SUM(CASE WHEN {first} BETWEEN ?1 AND ?2 THEN m.revenue ELSE 0 END), 0)
        FROM customer_months m JOIN customers c ON c.id = m.customer_id
        WHERE m.month BETWEEN ?1 AND ?2 AND m.invoices > 0""", (first_month, last_month)).fetchone()
    return tuple(int(v) for v in row)  # type: ignore[return-value]


def walk_in_months(conn: sqlite3.Connection, first_time: int, end_time: int) -> list[tuple[int, int]]:
    """(month, walk-in purchase revenue) per month for sales in [first_time, end_time)."""
    month = _MONTH.format(column="sold_at")
    return conn.execute(f"""
        SELECT {month}, SUM(amount) FROM sales
        WHERE customer_id = 0 AND amount > 0 AND quantity > 0 AND sold_at >= ? AND sold_at < ?
        GROUP BY 1 ORDER BY 1""", (first_time, end_time)).fetchall()


def consenting_birthdays(conn: sqlite3.Connection, month_days: list[str]) -> list[tuple[int, str, str | None, str]]:
    """(id, name, phone, birthday) of customers who agreed to marketing and whose birthday (yyyy-mm-dd)
    falls on one of `month_days` ('mm-dd')."""
    return conn.execute(
        "SELECT id, name, phone, birthday FROM customers WHERE marketing_consent = 1 AND birthday IS NOT NULL "
        "AND substr(birthday, 6, 5) IN (SELECT value FROM json_each(?)) ORDER BY substr(birthday, 6, 5), name",
        (json.dumps(month_days),)).fetchall()


def contacts_done(conn: sqlite3.Connection) -> dict[tuple[str, int, str], str]:
    """(reason, customer_id, event_on) -> done_on of the "This week" contacts ticked as done."""
    return {(reason, cid, event): done for reason, cid, event, done in conn.execute(
        "SELECT reason, customer_id, event_on, done_on FROM contacts_done")}


def put_contact_done(conn: sqlite3.Connection, reason: str, customer_id: int, event_on: str, done_on: str) -> None:
    conn.execute("""INSERT INTO contacts_done (reason, customer_id, event_on, done_on) VALUES (?, ?, ?, ?)
                    ON CONFLICT(reason, customer_id, event_on) DO UPDATE SET done_on = excluded.done_on""",
                 (reason, customer_id, event_on, done_on))


def delete_contact_done(conn: sqlite3.Connection, reason: str, customer_id: int, event_on: str) -> None:
    conn.execute("DELETE FROM contacts_done WHERE reason = ? AND customer_id = ? AND event_on = ?",
                 (reason, customer_id, event_on))
