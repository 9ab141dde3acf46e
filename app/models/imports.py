"""The SQL of importing spreadsheets: the import records, remembered column mappings, customer
matching and creation, products, the existing line keys, lines removed because their order was
cancelled, and undoing an import. The import logic itself is in `app.services.importing`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from app.models import aggregates
from app.models.customers import search_text
from app.models.sales import SALES_COLUMNS
from app.models.tables import insert_rows

IMPORT_COUNTS = ("rows_read", "lines_added", "duplicates", "rejected", "cancelled_lines", "lines_removed",
                 "customers_added", "customers_updated")


def _now() -> str:
    return dt.datetime.now().strftime("%Y-%m-%dT%H:%M:%S")


# -------------------------------------------------------------------------------------- import records

def create_import(conn: sqlite3.Connection, *, file_name: str, file_hash: str, file_size: int, sheet: str | None,
                  preset: str | None, mapping: str, kind: str) -> int:
    cur = conn.execute(
        "INSERT INTO imports (file_name, file_hash, file_size, sheet, preset, mapping, kind, started_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (file_name, file_hash, file_size, sheet, preset, mapping, kind, _now()))
    return cur.lastrowid


def finish_import(conn: sqlite3.Connection, import_id: int, elapsed_seconds: float, **counts: int) -> None:
    unknown = set(counts) - set(IMPORT_COUNTS)
    if unknown:
        raise ValueError(f"unknown import counts {sorted(unknown)}")
    sets = ", ".join(f"{k} = ?" for k in counts)
    conn.execute(f"UPDATE imports SET {sets}, finished_at = ?, elapsed_seconds = ? WHERE id = ?",
                 [*counts.values(), _now(), round(elapsed_seconds, 3), import_id])


def list_imports(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every finished import, newest first."""
    cur = conn.execute("SELECT * FROM imports WHERE finished_at IS NOT NULL ORDER BY id DESC")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def get_import(conn: sqlite3.Connection, import_id: int) -> dict[str, Any] | None:
    cur = conn.execute("SELECT * FROM imports WHERE id = ?", (import_id,))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def mark_undone(conn: sqlite3.Connection, import_id: int) -> None:
    conn.execute("UPDATE imports SET undone_at = ? WHERE id = ?", (_now(), import_id))


def saved_mapping(conn: sqlite3.Connection, signature: str) -> str | None:
    row = conn.execute("SELECT mapping FROM saved_mappings WHERE signature = ?", (signature,)).fetchone()
    return row[0] if row else None


def save_mapping(conn: sqlite3.Connection, signature: str, mapping_json: str) -> None:
    conn.execute(
        "INSERT INTO saved_mappings (signature, mapping, used_at) VALUES (?, ?, ?) "
        "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, used_at = excluded.used_at",
        (signature, mapping_json, _now()))


# ------------------------------------------------------------------------------------------ customers

def _fill_temp(conn: sqlite3.Connection, values: Iterable[Any]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_values (value PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.import_values")
    conn.executemany("INSERT OR IGNORE INTO temp.import_values VALUES (?)", ((v,) for v in values))


def customers_by(conn: sqlite3.Connection, column: str, values: Iterable[str]) -> dict[str, tuple[int, str | None]]:
    """Existing customers whose `code`, `phone` or `email` (any case) is one of `values`:
    value -> (id, code). When several share a phone or e-mail, the oldest customer wins."""
    if column not in ("code", "phone", "email"):
        raise ValueError(column)
    _fill_temp(conn, values)
    collate = " COLLATE NOCASE" if column == "email" else ""
    found: dict[str, tuple[int, str | None]] = {}
    rows = conn.execute(
        f"SELECT t.value, c.id, c.code FROM temp.import_values t JOIN customers c ON c.{column} = t.value{collate} "
        "ORDER BY c.id")
    for value, cid, code in rows:
        found.setdefault(value, (cid, code))
    return found


def customers_by_name(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, int]:
    """Customers found by their exact name (any case), for files that identify people only by name;
    a name shared by several customers finds none of them."""
    _fill_temp(conn, names)
    rows = conn.execute(
        "SELECT t.value, MIN(c.id), COUNT(*) FROM temp.import_values t "
        "JOIN customers c ON c.name = t.value COLLATE NOCASE GROUP BY t.value")
    return {value: cid for value, cid, n in rows if n == 1}


CUSTOMER_IMPORT_COLUMNS = ("code", "name", "phone", "email", "birthday", "gender", "country", "province",
                           "district", "address", "postcode", "marketing_consent", "tags", "notes")


def next_customer_id(conn: sqlite3.Connection) -> int:
    """The id the next customer created gets (ids are given in order, never reused while a larger one exists)."""
    return conn.execute("SELECT COALESCE(MAX(id), 0) FROM customers").fetchone()[0] + 1


def insert_customers(conn: sqlite3.Connection, people: Sequence[dict[str, Any]], import_id: int, *,
                     first_id: int | None = None, figures: dict[int, Sequence[Any]] | None = None) -> list[int]:
    """Creates customers from dicts of CUSTOMER_IMPORT_COLUMNS, with ids from `first_id` (default:
    next_customer_id) on; returns their ids in order. `figures` gives some of them their derived
    figures at once (id -> values of aggregates.CUSTOMER_FIGURES), sparing an update of every figure index."""
    if not people:
        return []
    first = next_customer_id(conn) if first_id is None else first_id
    ids = list(range(first, first + len(people)))
    columns = ("id", *CUSTOMER_IMPORT_COLUMNS, "search_text", "import_id")
    rows = []
    for cid, person in zip(ids, people, strict=True):
        values = [person.get(c) for c in CUSTOMER_IMPORT_COLUMNS]
        values[CUSTOMER_IMPORT_COLUMNS.index("name")] = person.get("name") or ""
        values[CUSTOMER_IMPORT_COLUMNS.index("tags")] = person.get("tags") or ""
        values[CUSTOMER_IMPORT_COLUMNS.index("notes")] = person.get("notes") or ""
        values[CUSTOMER_IMPORT_COLUMNS.index("marketing_consent")] = person.get("marketing_consent") or 0
        rows.append((cid, *values, search_text(person), import_id))
    figures = figures or {}
    with_figures = [(*row, *figures[row[0]]) for row in rows if row[0] in figures]
    if with_figures:
        aggregates.mark_changed(conn, None)  # derived figures written: a new generation
    plain = [row for row in rows if row[0] not in figures]
    for chosen, names in ((with_figures, (*columns, *aggregates.CUSTOMER_FIGURES)), (plain, columns)):
        insert_rows(conn, "customers", names, chosen)
    return ids


def update_customers(conn: sqlite3.Connection, changes: dict[int, dict[str, Any]], import_id: int, *,
                     overwrite: bool) -> int:
    """Writes imported attributes onto existing customers: only where they are empty, or (customer
    lists, `overwrite`) wherever the file has a value. The previous values are kept for undo.
    Returns how many customers changed."""
    if not changes:
        return 0
    _fill_temp(conn, changes)
    cur = conn.execute(
        f"SELECT c.id, {', '.join('c.' + col for col in CUSTOMER_IMPORT_COLUMNS)}, c.search_text "
        "FROM temp.import_values t JOIN customers c ON c.id = t.value")
    current = {row[0]: dict(zip((*CUSTOMER_IMPORT_COLUMNS, "search_text"), row[1:], strict=True)) for row in cur}
    updates = []
    for cid, values in changes.items():
        before = current.get(cid)
        if before is None:
            continue
        new = {}
        for column, value in values.items():
            if value is None or value == "":
                continue
            old = before[column]
            empty = old is None or old == "" or (column == "marketing_consent" and not old)
            if (empty or overwrite) and old != value:
                new[column] = value
        if "code" in new and before["code"] is not None:
            del new["code"]  # a customer code is never replaced by an import
        if new:
            previous = {k: before[k] for k in new} | {"search_text": before["search_text"]}
            updates.append((cid, new, previous))
    for cid, new, previous in updates:
        merged = {**current[cid], **new}
        conn.execute(
            f"UPDATE customers SET {', '.join(f'{k} = ?' for k in new)}, search_text = ?, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
            [*new.values(), search_text(merged), cid])
        conn.execute(
            "INSERT OR IGNORE INTO import_customer_changes (import_id, customer_id, previous) VALUES (?, ?, ?)",
            (import_id, cid, json.dumps(previous, ensure_ascii=False)))
    return len(updates)


def customers_with_lines(conn: sqlite3.Connection, ids: Iterable[int]) -> set[int]:
    """Which of these customers have any sales line (one index seek each)."""
    _fill_temp(conn, ids)
    return {cid for (cid,) in conn.execute(
        "SELECT value FROM temp.import_values t WHERE EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = t.value)")}


# ------------------------------------------------------------------------------------------- products

def ensure_categories(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, int]:
    names = [n for n in dict.fromkeys(names) if n]
    conn.executemany("INSERT OR IGNORE INTO categories(name) VALUES (?)", ((n,) for n in names))
    _fill_temp(conn, names)
    return dict(conn.execute("SELECT c.name, c.id FROM temp.import_values t JOIN categories c ON c.name = t.value"))


def ensure_products(conn: sqlite3.Connection, products: Sequence[tuple[str, str | None, str, int | None]]) -> dict[str, int]:
    """Products given as (key, code, name, category_id): new ones are created, existing ones get a
    missing name or category filled in. Returns key -> id."""
    conn.executemany(
        "INSERT INTO products(key, code, name, category_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET "
        "name = CASE WHEN products.name = '' THEN excluded.name ELSE products.name END, "
        "category_id = COALESCE(products.category_id, excluded.category_id)",
        products)
    _fill_temp(conn, (p[0] for p in products))
    return dict(conn.execute("SELECT p.key, p.id FROM temp.import_values t JOIN products p ON p.key = t.value"))


# ---------------------------------------------------------------------------------------- sales lines

def existing_line_keys(conn: sqlite3.Connection):
    """Every line key in the shop, as a sorted int64 numpy array."""
    import numpy as np

    count = conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    if not count:
        return np.empty(0, dtype=np.int64)
    keys = np.fromiter((k for (k,) in conn.execute("SELECT line_key FROM sales")), dtype=np.int64, count=count)
    keys.sort()
    return keys


def stored_invoice_lines(conn: sqlite3.Connection, invoices: Iterable[tuple[str, int, str]], *,
                         keys: bool) -> list[tuple[int, int | None, int]]:
    """The stored lines of the given invoices, each given as (number, start of its sale day in
    seconds, branch or ''): a line belongs to one when its invoice is that number, its sale time is
    in that day, and its branch is that branch where both have one. Returns (position of the
    invoice in `invoices`, the line's import id, its line key) for every such line with `keys`,
    else (position, import id, how many lines) for each invoice and import."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS file_invoices (invoice TEXT NOT NULL, day_start INTEGER NOT NULL, "
                 "branch TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (invoice, day_start, id)) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.file_invoices")
    conn.executemany("INSERT INTO temp.file_invoices VALUES (?, ?, ?, ?)",
                     ((number, day, branch, i) for i, (number, day, branch) in enumerate(invoices)))
    # CROSS JOIN keeps the one pass over sales outside (sales has no index on invoice; the file's
    # invoices are looked up by number and day for each line)
    what, grouped = ("s.line_key", "") if keys else ("COUNT(*)", " GROUP BY f.id, s.import_id")
    return conn.execute(
        f"SELECT f.id, s.import_id, {what} FROM sales s CROSS JOIN temp.file_invoices f "
        "ON f.invoice = s.invoice AND f.day_start BETWEEN s.sold_at - 86399 AND s.sold_at "
        f"AND (f.branch = '' OR s.branch IS NULL OR s.branch = '' OR f.branch = s.branch){grouped}").fetchall()


def import_names(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """import id -> (file name, start time) of the given imports."""
    _fill_temp(conn, ids)
    return {i: (name, started) for i, name, started in conn.execute(
        "SELECT i.id, i.file_name, i.started_at FROM temp.import_values t JOIN imports i ON i.id = t.value")}


def remove_lines(conn: sqlite3.Connection, import_id: int, line_keys: Iterable[int],
                 invoices: Iterable[tuple[int, str]] = ()) -> tuple[int, set[int]]:
    """Removes stored lines that this import replaces or whose order it says is cancelled: lines with one of
    `line_keys`, and lines of the given (customer id, invoice) pairs. They are kept in
    import_removed_sales so that undoing the import brings them back. Returns (count, customer ids)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS cancelled_keys (line_key INTEGER PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS cancelled_invoices (customer_id INTEGER, invoice TEXT, "
                 "PRIMARY KEY (customer_id, invoice)) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.cancelled_keys")
    conn.execute("DELETE FROM temp.cancelled_invoices")
    conn.executemany("INSERT OR IGNORE INTO temp.cancelled_keys VALUES (?)", ((int(k),) for k in line_keys))
    conn.executemany("INSERT OR IGNORE INTO temp.cancelled_invoices VALUES (?, ?)", invoices)
    columns = ", ".join(SALES_COLUMNS)
    condition = ("(s.line_key IN (SELECT line_key FROM temp.cancelled_keys) OR "
                 "(s.customer_id, s.invoice) IN (SELECT customer_id, invoice FROM temp.cancelled_invoices))")
    conn.execute(
        f"INSERT OR IGNORE INTO import_removed_sales (import_id, {columns.replace('import_id', 'from_import')}) "
        f"SELECT ?, {', '.join('s.' + c for c in SALES_COLUMNS)} FROM sales s WHERE {condition}", (import_id,))
    customers = {cid for (cid,) in conn.execute(
        "SELECT DISTINCT customer_id FROM import_removed_sales WHERE import_id = ?", (import_id,))}
    removed = conn.execute(f"DELETE FROM sales AS s WHERE {condition}").rowcount
    return removed, customers


def removed_lines_first_time(conn: sqlite3.Connection, import_id: int) -> list[int]:
    """The earliest time of the lines this import removed (a one-item list; empty when none)."""
    first = conn.execute("SELECT MIN(sold_at) FROM import_removed_sales WHERE import_id = ?", (import_id,)).fetchone()[0]
    return [] if first is None else [first]


def undo_lines(conn: sqlite3.Connection, import_id: int) -> tuple[int, int, set[int]]:
    """Deletes the lines an import added and restores the lines it removed.
    Returns (lines deleted, lines restored, affected customer ids)."""
    customers = {cid for (cid,) in conn.execute("SELECT DISTINCT customer_id FROM sales WHERE import_id = ?",
                                                (import_id,))}
    deleted = conn.execute("DELETE FROM sales WHERE import_id = ?", (import_id,)).rowcount
    columns = ", ".join(SALES_COLUMNS)
    # A line of a customer deleted since comes back as a walk-in sale: a deleted customer stays deleted.
    kept = columns.replace("import_id", "from_import").replace(
        "customer_id", "CASE WHEN customer_id = 0 OR EXISTS (SELECT 1 FROM customers c WHERE c.id = r.customer_id) "
                       "THEN customer_id ELSE 0 END")
    restored = conn.execute(
        f"INSERT OR IGNORE INTO sales ({columns}) SELECT {kept} FROM import_removed_sales r WHERE import_id = ?",
        (import_id,)).rowcount
    customers |= {cid for (cid,) in conn.execute(
        "SELECT DISTINCT customer_id FROM import_removed_sales WHERE import_id = ?", (import_id,))}
    conn.execute("DELETE FROM import_removed_sales WHERE import_id = ?", (import_id,))
    customers.discard(0)
    return deleted, restored, customers


def undo_customer_changes(conn: sqlite3.Connection, import_id: int) -> int:
    """Puts back the attribute values an import changed; returns how many customers."""
    rows = conn.execute("SELECT customer_id, previous FROM import_customer_changes WHERE import_id = ?",
                        (import_id,)).fetchall()
    for cid, previous in rows:
        values = json.loads(previous)
        conn.execute(f"UPDATE customers SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                     [*values.values(), cid])
    conn.execute("DELETE FROM import_customer_changes WHERE import_id = ?", (import_id,))
    return len(rows)


# Tables whose rows about a customer are derived from other data (they do not keep a customer alive).
_DERIVED = frozenset({"sales", "customer_months", "customer_categories", "customer_segments",
                      "import_customer_changes", "import_removed_sales"})


def _tables_about_customers(conn: sqlite3.Connection) -> list[str]:
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite%'")]
    return [n for n in names if n not in _DERIVED
            and any(col[1] == "customer_id" for col in conn.execute(f'PRAGMA table_info("{n}")'))]


def delete_created_customers(conn: sqlite3.Connection, import_id: int) -> int:
    """Deletes the customers this import created that have nothing else: no sales line left, no edit
    by the owner (updated_at), no change by a later import, no row in any other table about them."""
    others = "".join(f" AND NOT EXISTS (SELECT 1 FROM \"{t}\" o WHERE o.customer_id = c.id)"
                     for t in _tables_about_customers(conn))
    ids = [cid for (cid,) in conn.execute(
        "SELECT c.id FROM customers c WHERE c.import_id = ? AND c.updated_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id) "
        f"AND NOT EXISTS (SELECT 1 FROM import_customer_changes x WHERE x.customer_id = c.id){others}",
        (import_id,))]
    if ids:
        aggregates.forget(conn, ids)
    conn.executemany("DELETE FROM customers WHERE id = ?", ((i,) for i in ids))
    return len(ids)


def file_name_of(conn: sqlite3.Connection, import_id: int | None) -> tuple[str] | None:
    """(file name,) of an import, or None when there is no such import."""
    return conn.execute("SELECT file_name FROM imports WHERE id = ?", (import_id,)).fetchone()
