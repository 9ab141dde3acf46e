"""Every SQL statement about persona cards (table `personas`, migration m007). Rows come back as
`PersonaRow` tuples; the owner's words are a JSON text that app.services.personas reads and writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import NamedTuple

COLUMNS = "id, position, name, segment_ref, fields, photo, reviewed_on, created_at, updated_at"


class PersonaRow(NamedTuple):
    id: int
    position: int
    name: str
    segment_ref: str | None
    fields: str
    photo: bytes | None
    reviewed_on: str | None
    created_at: str
    updated_at: str


def all_rows(conn: sqlite3.Connection) -> list[PersonaRow]:
    """Every persona in the owner's order."""
    return [PersonaRow(*row) for row in conn.execute(f"SELECT {COLUMNS} FROM personas ORDER BY position, id")]


def row(conn: sqlite3.Connection, persona_id: int) -> PersonaRow | None:
    found = conn.execute(f"SELECT {COLUMNS} FROM personas WHERE id = ?", (persona_id,)).fetchone()
    return PersonaRow(*found) if found else None


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM personas").fetchone()[0]


def next_position(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM personas").fetchone()[0]


def insert(conn: sqlite3.Connection, *, persona_id: int | None, position: int, name: str, segment_ref: str | None,
           fields: str, photo: bytes | None, reviewed_on: str | None, created_at: str | None = None,
           updated_at: str | None = None) -> int:
    """Inserts a persona; `persona_id` None gives a new id, otherwise that id is reused (undo of a
    deletion); the times default to now."""
    cursor = conn.execute(
        "INSERT INTO personas (id, position, name, segment_ref, fields, photo, reviewed_on, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, strftime('%Y-%m-%dT%H:%M:%S', 'now')), "
        "COALESCE(?, strftime('%Y-%m-%dT%H:%M:%S', 'now')))",
        (persona_id, position, name, segment_ref, fields, photo, reviewed_on, created_at, updated_at))
    if cursor.lastrowid is None:
        raise sqlite3.DatabaseError("the persona was not inserted")
    return cursor.lastrowid


def update(conn: sqlite3.Connection, persona_id: int, columns: dict[str, object]) -> None:
    allowed = {"name", "segment_ref", "fields", "photo", "reviewed_on"}
    unknown = set(columns) - allowed
    if unknown:
        raise ValueError(f"not persona columns: {sorted(unknown)}")
    sets = ", ".join(f"{name} = ?" for name in columns)
    conn.execute(f"UPDATE personas SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                 (*columns.values(), persona_id))


def delete(conn: sqlite3.Connection, persona_ids: Sequence[int]) -> None:
    conn.executemany("DELETE FROM personas WHERE id = ?", [(i,) for i in persona_ids])


def set_positions(conn: sqlite3.Connection, ordered_ids: Sequence[int]) -> None:
    conn.executemany("UPDATE personas SET position = ? WHERE id = ?",
                     [(position, persona_id) for position, persona_id in enumerate(ordered_ids)])


def ordered_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM personas ORDER BY position, id")]


# --- the linked segment's aggregates (never a name, phone or e-mail) -------------------------------

_IDS = "SELECT value FROM json_each(?)"


def member_aggregates(conn: sqlite3.Connection, ids_json: str) -> list[tuple]:
    """Per member with purchases: (first purchase, last purchase, invoices, revenue, age group, gender,
    province, district, main channel, first category name, reachable 0/1, tier or None)."""
    return conn.execute(
        "SELECT c.first_purchase, c.last_purchase, c.invoices, c.revenue, c.age_group, c.gender, c.province, "
        "c.district, c.main_channel, cat.name, "
        "(c.marketing_consent = 1 AND (COALESCE(c.phone, '') != '' OR COALESCE(c.email, '') != '')), s.tier "
        f"FROM customers c LEFT JOIN categories cat ON cat.id = c.first_category_id "
        f"LEFT JOIN customer_segments s ON s.customer_id = c.id "
        f"WHERE c.id IN ({_IDS}) AND c.invoices > 0 AND c.last_purchase IS NOT NULL", (ids_json,)).fetchall()


def member_attribute_counts(conn: sqlite3.Connection, ids_json: str, column: str) -> list[tuple[str, int]]:
    """(value, members) of one customer attribute column among the given customers, most common first."""
    from app.models.attributes import EDITABLE_COLUMNS

    if column not in EDITABLE_COLUMNS:
        raise ValueError(column)
    return conn.execute(
        f"SELECT {column}, COUNT(*) FROM customers WHERE id IN ({_IDS}) AND COALESCE({column}, '') != '' "
        f"GROUP BY {column} ORDER BY COUNT(*) DESC, {column}", (ids_json,)).fetchall()


def member_tags(conn: sqlite3.Connection, ids_json: str) -> list[str]:
    return [r[0] for r in conn.execute(f"SELECT tags FROM customers WHERE id IN ({_IDS}) AND tags != ''",
                                       (ids_json,))]


def member_category_buyers(conn: sqlite3.Connection, ids_json: str) -> list[tuple[str, int]]:
    """(category name, members who bought it), most bought first."""
    return conn.execute(
        "SELECT cat.name, COUNT(*) FROM customer_categories cc JOIN categories cat ON cat.id = cc.category_id "
        f"WHERE cc.customer_id IN ({_IDS}) AND cc.purchase_lines > 0 GROUP BY cc.category_id "
        "ORDER BY COUNT(*) DESC, cat.name", (ids_json,)).fetchall()


def member_invoices_since(conn: sqlite3.Connection, ids_json: str, month: int) -> int:
    return conn.execute(
        f"SELECT COALESCE(SUM(invoices), 0) FROM customer_months WHERE customer_id IN ({_IDS}) AND month >= ?",
        (ids_json, month)).fetchone()[0]


def all_customers_revenue(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COALESCE(SUM(revenue), 0) FROM customers WHERE invoices > 0").fetchone()[0]


def last_purchase_time(conn: sqlite3.Connection) -> int | None:
    return conn.execute("SELECT MAX(last_purchase) FROM customers").fetchone()[0]


def member_tiers(conn: sqlite3.Connection, ids_json: str) -> dict[int, str]:
    return dict(conn.execute(f"SELECT customer_id, tier FROM customer_segments WHERE customer_id IN ({_IDS})",
                             (ids_json,)).fetchall())


def group_totals(conn: sqlite3.Connection, column: str) -> dict[str, tuple[int, int, int]]:
    """{RFM segment or tier key: (customers, revenue, purchase invoices)} over the stored figures."""
    if column not in ("segment", "tier"):
        raise ValueError(column)
    return {key: (n, revenue, invoices) for key, n, revenue, invoices in conn.execute(
        f"SELECT s.{column}, COUNT(*), SUM(c.revenue), SUM(c.invoices) FROM customer_segments s "
        f"JOIN customers c ON c.id = s.customer_id WHERE c.invoices > 0 AND c.last_purchase IS NOT NULL "
        f"GROUP BY s.{column}")}
