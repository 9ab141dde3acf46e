"""Whole-shop operations on the tables: which tables hold the shop's data (found in sqlite_master,
so tables added by later migrations are included), emptying them, and writing many rows fast."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """Names of the tables that hold rows, without SQLite's own tables and the shadow tables that
    virtual tables (full-text indexes) keep for themselves."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [name for name, _ in rows if not any(name.startswith(f"{v}_") for v in virtual)]


def has_customers_or_sales(conn: sqlite3.Connection) -> bool:
    """Whether the shop holds any customer or sales line."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM sales)").fetchone()[0])


def delete_all_rows(conn: sqlite3.Connection, *, keep: Iterable[str] = ()) -> list[str]:
    """Deletes every row of every data table except those in `keep`; returns the emptied tables.
    Call inside a transaction: foreign keys are checked when it commits, when no row is left."""
    kept = set(keep)
    conn.execute("PRAGMA defer_foreign_keys = ON")
    emptied = [name for name in data_tables(conn) if name not in kept]
    for name in emptied:
        quoted = '"' + name.replace('"', '""') + '"'
        conn.execute(f"DELETE FROM {quoted}")
    return emptied


ROWS_PER_STATEMENT = 500  # multi-row INSERT: ~2.5x faster than one row per statement


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Inserts many rows with multi-row statements (binding cost is per statement as well as per value)."""
    _insert_flat(conn, table, columns, [value for row in rows for value in row])


def insert_columns(conn: sqlite3.Connection, table: str, columns: Sequence[str], values: Sequence[list]) -> None:
    """Inserts rows given column by column (one list per column, all the same length): the values are
    interleaved into one flat list by slice assignment, with no tuple per row."""
    width = len(columns)
    flat: list = [None] * (width * (len(values[0]) if values else 0))
    for k, column in enumerate(values):
        flat[k::width] = column
    _insert_flat(conn, table, columns, flat)


def _insert_flat(conn: sqlite3.Connection, table: str, columns: Sequence[str], flat: list) -> None:
    """Inserts the rows whose values follow one another in `flat`, ROWS_PER_STATEMENT rows a statement."""
    width = len(columns)
    row_sql = "(" + ", ".join("?" * width) + ")"
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    step = ROWS_PER_STATEMENT * width
    whole = len(flat) // step * step
    if whole:
        many = head + ", ".join([row_sql] * ROWS_PER_STATEMENT)
        conn.executemany(many, (flat[i:i + step] for i in range(0, whole, step)))
    if whole < len(flat):
        conn.executemany(head + row_sql, (flat[i:i + width] for i in range(whole, len(flat), width)))
