"""Products of the shop's catalogue: writing them in bulk by their key (the product code, or the
name when there is no code) and reading them back. Categories are in `app.models.sales`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def ensure_products(conn: sqlite3.Connection, rows: Iterable[tuple[str, str | None, str, int | None]]) -> dict[str, int]:
    """Writes products given as (key, code, name, category_id), keeping those whose key exists
    already; returns key -> id for every given key."""
    rows = list(rows)
    conn.executemany(
        "INSERT OR IGNORE INTO products(key, code, name, category_id) VALUES (?, ?, ?, ?)", rows
    )
    wanted = [r[0] for r in rows]
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" for _ in chunk)
        found.update(conn.execute(f"SELECT key, id FROM products WHERE key IN ({marks})", chunk))
    return found


def category_name(conn: sqlite3.Connection, category_id: int | None) -> str | None:
    """The name of a product category (None for an unknown or missing id)."""
    if category_id is None:
        return None
    row = conn.execute("SELECT name FROM categories WHERE id = ?", (category_id,)).fetchone()
    return row[0] if row else None
