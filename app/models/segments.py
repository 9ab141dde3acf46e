"""The SQL of the segments: reading the per-customer aggregates and monthly figures, the stored
figures table (`customer_segments`), monthly snapshots, saved hand-made segments, target profiles,
category figures, and the rule compiler that turns a hand-made segment's JSON rules into a
parameterised WHERE clause over whitelisted fields and operators only.

Values stay raw here (money in thousandths, times in stored seconds); the logic lives in
app.services.segments."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from app.models import attributes
from app.models import settings as shop_settings
from app.models.tables import insert_columns
from app.models.text import fold, like_pattern
from app.models.units import SECONDS_PER_DAY

SETTINGS_KEY = "segments.settings"
STATE_KEY = "segments.state"
SNAPSHOTS_STATE_KEY = "segments.snapshots_state"
FIGURES_TABLE = "customer_segments"
FIGURE_COLUMNS: tuple[str, ...] = (
    "customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "segment", "tier", "at_risk",
)


# ---------------------------------------------------------------- settings and state

def get_settings_json(conn: sqlite3.Connection) -> str:
    return shop_settings.get(conn, SETTINGS_KEY)


def put_settings_json(conn: sqlite3.Connection, text: str) -> None:
    shop_settings.put(conn, SETTINGS_KEY, text)


def get_state(conn: sqlite3.Connection) -> str:
    return shop_settings.get(conn, STATE_KEY)


def put_state(conn: sqlite3.Connection, text: str) -> None:
    shop_settings.put(conn, STATE_KEY, text)


def get_snapshots_state(conn: sqlite3.Connection) -> str:
    return shop_settings.get(conn, SNAPSHOTS_STATE_KEY)


def put_snapshots_state(conn: sqlite3.Connection, text: str) -> None:
    shop_settings.put(conn, SNAPSHOTS_STATE_KEY, text)


# ---------------------------------------------------------------- inputs

def last_purchase_time(conn: sqlite3.Connection) -> int | None:
    """The latest purchase of any customer (index lookup), None in a shop without purchases."""
    return conn.execute("SELECT MAX(last_purchase) FROM customers").fetchone()[0]


def customer_aggregates(conn: sqlite3.Connection, *, less_returns: bool = False) -> list[tuple[int, int, int, int, int]]:
    """(customer id, first purchase, last purchase, invoices, revenue) of every customer with purchases;
    with `less_returns`, revenue less returns (never below 0)."""
    if less_returns:  # through migration 6's covering index
        return conn.execute(
            "SELECT id, first_purchase, last_purchase, invoices, MAX(revenue + returns, 0) FROM customers "
            "INDEXED BY customers_purchases_net WHERE last_purchase IS NOT NULL AND +invoices > 0"
        ).fetchall()
    # The covering index of migration 4: ~2x faster than a scan of the table, which the planner
    # would otherwise prefer (or the invoices index, ~3x slower than the scan).
    return conn.execute(
        "SELECT id, first_purchase, last_purchase, invoices, revenue FROM customers "
        "INDEXED BY customers_purchases WHERE last_purchase IS NOT NULL AND +invoices > 0"
    ).fetchall()


def customer_labels(conn: sqlite3.Connection, ids: Sequence[int] | None = None
                    ) -> list[tuple[int, str | None, str, str | None, str | None]]:
    """(id, code, name, phone, email) of every customer with purchases, or of the given customers."""
    if ids is not None:
        return conn.execute("SELECT id, code, name, phone, email FROM customers "
                            "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)).fetchall()
    return conn.execute(
        "SELECT id, code, name, phone, email FROM customers WHERE +invoices > 0 AND last_purchase IS NOT NULL"
    ).fetchall()


def reachable_customer_ids(conn: sqlite3.Connection) -> list[int]:
    """Customers with a phone or an email who agreed to marketing messages."""
    return [row[0] for row in conn.execute(
        "SELECT id FROM customers WHERE marketing_consent = 1 "
        "AND (COALESCE(phone, '') != '' OR COALESCE(email, '') != '')"
    )]


def customer_months(conn: sqlite3.Connection, since_month: int = 0, *, less_returns: bool = False
                    ) -> list[tuple[int, int, int, int, int]]:
    """(customer id, yyyymm, invoices, revenue, last purchase) from `since_month` on, months with purchases;
    with `less_returns`, revenue less returns, and months with returns only too."""
    if less_returns:
        return conn.execute(
            "SELECT customer_id, month, invoices, revenue + returns, COALESCE(last_purchase, -1) FROM customer_months "
            "WHERE month >= ? AND (invoices > 0 OR returns != 0)",
            (since_month,),
        ).fetchall()
    return conn.execute(
        "SELECT customer_id, month, invoices, revenue, COALESCE(last_purchase, -1) FROM customer_months "
        "WHERE month >= ? AND invoices > 0",
        (since_month,),
    ).fetchall()


def month_range(conn: sqlite3.Connection) -> tuple[int | None, int | None]:
    row = conn.execute("SELECT MIN(month), MAX(month) FROM customer_months WHERE invoices > 0").fetchone()
    return row[0], row[1]


# ---------------------------------------------------------------- the stored figures

def is_read_only_error(exc: sqlite3.Error) -> bool:
    """True when a write failed because the connection or the file is read-only."""
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY" or "readonly database" in str(exc)


def replace_figures(conn: sqlite3.Connection, columns: Sequence[list], *, temporary: bool = False) -> None:
    """Replaces every row of the figures table with the given columns (lists in the order of
    FIGURE_COLUMNS). With temporary=True the rows go into a TEMP table of the same name, which
    shadows the stored one for this connection."""
    if temporary:
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {FIGURES_TABLE} (customer_id INTEGER PRIMARY KEY, "
            "recency_days INTEGER, frequency INTEGER, monetary INTEGER, r INTEGER, f INTEGER, m INTEGER, "
            "segment TEXT, tier TEXT, at_risk INTEGER)"
        )
        target = f"temp.{FIGURES_TABLE}"
    else:
        target = f"main.{FIGURES_TABLE}"
    conn.execute(f"DELETE FROM {target}")
    insert_columns(conn, target, FIGURE_COLUMNS, columns)


def segment_totals(conn: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """{segment key: (customers, revenue in thousandths)} of the stored figures, in one query."""
    rows = conn.execute(f"SELECT segment, count(*), coalesce(sum(monetary), 0) FROM {FIGURES_TABLE} GROUP BY segment")
    return {segment: (count, revenue) for segment, count, revenue in rows}


def get_temporary_state(conn: sqlite3.Connection) -> str:
    """The state of this connection's TEMP figures ('' when there are none)."""
    exists = conn.execute("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'segments_state'").fetchone()
    if not exists:
        return ""
    row = conn.execute("SELECT state FROM temp.segments_state").fetchone()
    return row[0] if row else ""


def put_temporary_state(conn: sqlite3.Connection, text: str) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS segments_state (state TEXT NOT NULL)")
    conn.execute("DELETE FROM temp.segments_state")
    conn.execute("INSERT INTO temp.segments_state (state) VALUES (?)", (text,))


def ids_in_segment(conn: sqlite3.Connection, column: str, value: str) -> list[int]:
    if column not in ("segment", "tier"):
        raise ValueError(column)
    return [r[0] for r in conn.execute(
        f"SELECT customer_id FROM {FIGURES_TABLE} WHERE {column} = ? ORDER BY monetary DESC, customer_id",
        (value,))]


def ids_in_cell(conn: sqlite3.Connection, r: int, f: int) -> list[int]:
    return [row[0] for row in conn.execute(
        f"SELECT customer_id FROM {FIGURES_TABLE} WHERE r = ? AND f = ? ORDER BY monetary DESC, customer_id",
        (r, f))]


def ids_at_risk(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute(
        f"SELECT customer_id FROM {FIGURES_TABLE} WHERE at_risk = 1 ORDER BY monetary DESC, customer_id")]


def ids_with_purchases(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute(
        f"SELECT customer_id FROM {FIGURES_TABLE} ORDER BY monetary DESC, customer_id")]


# ---------------------------------------------------------------- snapshots

def cumulative_months(conn: sqlite3.Connection, before_month: int, *, less_returns: bool = False
                      ) -> list[tuple[int, int, int, int]]:
    """Per customer, over the months before `before_month`: (customer id, invoices, revenue, last purchase);
    with `less_returns`, revenue less returns (months with returns only included)."""
    if less_returns:
        return conn.execute(
            """SELECT customer_id, SUM(invoices), SUM(revenue + returns), COALESCE(MAX(last_purchase), -1)
               FROM customer_months WHERE month < ? AND (invoices > 0 OR returns != 0) GROUP BY customer_id""",
            (before_month,),
        ).fetchall()
    return conn.execute(
        """SELECT customer_id, SUM(invoices), SUM(revenue), MAX(last_purchase) FROM customer_months
           WHERE month < ? AND invoices > 0 GROUP BY customer_id""",
        (before_month,),
    ).fetchall()


def first_purchase_time(conn: sqlite3.Connection) -> int | None:
    return conn.execute("SELECT MIN(first_purchase) FROM customers").fetchone()[0]


def snapshot_index(conn: sqlite3.Connection) -> dict[int, tuple[str, str]]:
    """Stored snapshot months: yyyymm -> (tag of the settings they were computed with, digest of the segments)."""
    return {m: (src, dig) for m, src, dig in conn.execute("SELECT month, source, digest FROM segment_snapshot_months")}


def snapshot_months(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT month FROM segment_snapshot_months ORDER BY month")]


def put_snapshot_month(conn: sqlite3.Connection, month: int, customers: int, source: str, digest: str,
                       members: bytes | None = None) -> None:
    """Stores a snapshot month: its member count, the settings tag it was computed with, the digest of
    its segments and (when they changed) its members (ids then segment codes, see migration 4)."""
    if members is None:
        conn.execute("UPDATE segment_snapshot_months SET customers = ?, source = ?, digest = ? WHERE month = ?",
                     (customers, source, digest, month))
        return
    conn.execute(
        "INSERT INTO segment_snapshot_months (month, customers, source, digest, members) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(month) DO UPDATE SET customers = excluded.customers, source = excluded.source, "
        "digest = excluded.digest, members = excluded.members",
        (month, customers, source, digest, members),
    )


def snapshot_state(conn: sqlite3.Connection) -> tuple[int, bytes] | None:
    """(month, cumulative figures at its end) of the one snapshot month that keeps them, if any."""
    return conn.execute("SELECT month, state FROM segment_snapshot_months WHERE state IS NOT NULL "
                        "ORDER BY month DESC LIMIT 1").fetchone()


def put_snapshot_state(conn: sqlite3.Connection, month: int, state: bytes) -> None:
    """Keeps `state` on `month` (a stored snapshot month) and on no other month."""
    conn.execute("UPDATE segment_snapshot_months SET state = NULL WHERE state IS NOT NULL AND month != ?", (month,))
    conn.execute("UPDATE segment_snapshot_months SET state = ? WHERE month = ?", (state, month))


def delete_snapshots(conn: sqlite3.Connection, months: Iterable[int]) -> None:
    conn.executemany("DELETE FROM segment_snapshot_months WHERE month = ?", ((m,) for m in months))


def snapshot_members(conn: sqlite3.Connection, month: int) -> bytes | None:
    """The members blob of a snapshot month (None when the month is not stored)."""
    row = conn.execute("SELECT members FROM segment_snapshot_months WHERE month = ?", (month,)).fetchone()
    return None if row is None else row[0]


def current_segments(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute(f"SELECT customer_id, segment FROM {FIGURES_TABLE}").fetchall()


# ---------------------------------------------------------------- saved segments and target profiles

def saved_segments(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(id, name, rules JSON), by name."""
    return conn.execute("SELECT id, name, rules FROM saved_segments ORDER BY name COLLATE NOCASE, id").fetchall()


def saved_segment(conn: sqlite3.Connection, segment_id: int) -> tuple[int, str, str] | None:
    return conn.execute("SELECT id, name, rules FROM saved_segments WHERE id = ?", (segment_id,)).fetchone()


def saved_segment_id_by_name(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM saved_segments WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def insert_saved_segment(conn: sqlite3.Connection, name: str, rules_json: str) -> int:
    return conn.execute("INSERT INTO saved_segments (name, rules) VALUES (?, ?)", (name, rules_json)).lastrowid


def update_saved_segment(conn: sqlite3.Connection, segment_id: int, name: str, rules_json: str) -> bool:
    cur = conn.execute(
        "UPDATE saved_segments SET name = ?, rules = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') "
        "WHERE id = ?", (name, rules_json, segment_id))
    return cur.rowcount > 0


def delete_saved_segment(conn: sqlite3.Connection, segment_id: int) -> None:
    conn.execute("DELETE FROM saved_segments WHERE id = ?", (segment_id,))
    conn.execute("DELETE FROM segment_targets WHERE segment_ref = ?", (f"saved:{segment_id}",))


def target_profiles(conn: sqlite3.Connection) -> dict[str, tuple[bool, str, str]]:
    """segment ref -> (is target, value proposition, unique selling points)."""
    return {ref: (bool(t), vp or "", usp or "") for ref, t, vp, usp in conn.execute(
        "SELECT segment_ref, is_target, value_proposition, selling_points FROM segment_targets")}


def put_target_profile(conn: sqlite3.Connection, ref: str, is_target: bool, value_proposition: str,
                       selling_points: str) -> None:
    conn.execute(
        """INSERT INTO segment_targets (segment_ref, is_target, value_proposition, selling_points, updated_at)
           VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%S', 'now'))
           ON CONFLICT(segment_ref) DO UPDATE SET is_target = excluded.is_target,
               value_proposition = excluded.value_proposition, selling_points = excluded.selling_points,
               updated_at = excluded.updated_at""",
        (ref, 1 if is_target else 0, value_proposition, selling_points),
    )


# ---------------------------------------------------------------- categories

def categories(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute("SELECT id, name FROM categories ORDER BY name COLLATE NOCASE").fetchall()


def category_figures(conn: sqlite3.Connection) -> list[tuple]:
    """Per category: (id, name, buyers, their total spend, revenue in the category, first buyers,
    first buyers' total spend). Spend = the customers' whole revenue at the shop."""
    return conn.execute(
        """
        WITH buyers AS (
            SELECT cc.category_id, COUNT(*) AS buyers, SUM(c.revenue) AS spend, SUM(cc.revenue) AS revenue
            FROM customer_categories cc JOIN customers c ON c.id = cc.customer_id
            WHERE c.invoices > 0
            GROUP BY cc.category_id
        ), firsts AS (
            SELECT first_category_id AS category_id, COUNT(*) AS buyers, SUM(revenue) AS spend
            FROM customers WHERE first_category_id IS NOT NULL AND invoices > 0
            GROUP BY first_category_id
        )
        SELECT k.id, k.name, COALESCE(b.buyers, 0), COALESCE(b.spend, 0), COALESCE(b.revenue, 0),
               COALESCE(f.buyers, 0), COALESCE(f.spend, 0)
        FROM categories k
        LEFT JOIN buyers b ON b.category_id = k.id
        LEFT JOIN firsts f ON f.category_id = k.id
        """
    ).fetchall()


def distinct_channels(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT main_channel FROM customers WHERE main_channel IS NOT NULL ORDER BY main_channel")]


# ---------------------------------------------------------------- rules

# Kinds of rule field and the operators each accepts.
TEXT, CHOICE, NUMBER, MONEY, STAMP, ISODATE, BOOL, TAGS, CATEGORY_SET = (
    "text", "choice", "number", "money", "stamp", "isodate", "bool", "tags", "category_set")
OPERATORS: dict[str, tuple[str, ...]] = {
    TEXT: ("equals", "not_equals", "contains", "not_contains", "starts_with", "is_empty", "is_not_empty"),
    CHOICE: ("is", "is_not", "in", "not_in", "is_empty", "is_not_empty"),
    NUMBER: ("eq", "ne", "lt", "le", "gt", "ge", "between", "is_empty", "is_not_empty"),
    MONEY: ("eq", "ne", "lt", "le", "gt", "ge", "between", "is_empty", "is_not_empty"),
    STAMP: ("before", "after", "on", "between", "within_last_days", "more_than_days_ago", "month_is",
            "is_empty", "is_not_empty"),
    ISODATE: ("before", "after", "on", "between", "month_is", "is_empty", "is_not_empty"),
    BOOL: ("is_true", "is_false"),
    TAGS: ("has_tag", "lacks_tag", "is_empty", "is_not_empty"),
    CATEGORY_SET: ("bought", "not_bought"),
}
NO_VALUE_OPERATORS = frozenset({"is_empty", "is_not_empty", "is_true", "is_false"})
LIST_OPERATORS = frozenset({"in", "not_in", "bought", "not_bought"})
PAIR_OPERATORS = frozenset({"between"})

_ATTRIBUTE_KINDS = {
    attributes.TEXT: TEXT, attributes.LONGTEXT: TEXT, attributes.CHOICE: CHOICE, attributes.DATE: ISODATE,
    attributes.NUMBER: NUMBER, attributes.BOOL: BOOL, attributes.TAGS: TAGS,
}
_LATEST_ANSWER = ("SELECT {value} FROM feedback_responses fr WHERE fr.customer_id = c.id "
                  "ORDER BY fr.answered_at DESC, fr.id DESC LIMIT 1")
_NPS_CATEGORY = "CASE WHEN fr.score >= 9 THEN 'promoter' WHEN fr.score >= 7 THEN 'passive' ELSE 'detractor' END"
# field -> (SQL expression over `customers c` LEFT JOIN the figures `g`, kind). The only columns a
# rule can reach.
RULE_COLUMNS: dict[str, tuple[str, str]] = {
    **{a.key: (f"c.{a.key}", _ATTRIBUTE_KINDS[a.kind]) for a in attributes.ATTRIBUTES},
    "r": ("g.r", NUMBER),
    "f": ("g.f", NUMBER),
    "m": ("g.m", NUMBER),
    "segment": ("g.segment", CHOICE),
    "tier": ("g.tier", CHOICE),
    "at_risk": ("g.at_risk", BOOL),
    "spend": ("CASE WHEN c.invoices > 0 THEN c.revenue END", MONEY),
    "purchases": ("CASE WHEN c.invoices > 0 THEN c.invoices END", NUMBER),
    "recency_days": ("g.recency_days", NUMBER),
    "first_purchase": ("c.first_purchase", STAMP),
    "last_purchase": ("c.last_purchase", STAMP),
    "first_category": ("c.first_category_id", CHOICE),
    "bought_category": ("c.id", CATEGORY_SET),
    "channel": ("c.main_channel", CHOICE),
    # the customer's latest answer to the NPS question (app.models.feedback)
    "last_score": (f"({_LATEST_ANSWER.format(value='score')})", NUMBER),
    "nps_answer": (f"({_LATEST_ANSWER.format(value=_NPS_CATEGORY)})", CHOICE),
}
FOLD_FUNCTION = "regulars_fold"
_FROM = f"FROM customers c LEFT JOIN {FIGURES_TABLE} g ON g.customer_id = c.id"


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Text comparisons are accent- and case-insensitive: both sides folded (app.models.text.fold).
_TEXT_SQL = {
    "equals": ("{folded} = ?", fold),
    "not_equals": ("({col} IS NULL OR {folded} != ?)", fold),
    "contains": ("{folded} LIKE ? ESCAPE '\\'", like_pattern),
    "not_contains": ("({col} IS NULL OR {folded} NOT LIKE ? ESCAPE '\\')", like_pattern),
    "starts_with": ("{folded} LIKE ? ESCAPE '\\'", lambda value: _escape_like(fold(value)) + "%"),
}


def _leaf(rule: dict, as_of_day: int, params: list) -> str:
    field, op = rule["field"], rule["op"]
    if field not in RULE_COLUMNS:
        raise ValueError(f"unknown rule field {field!r}")
    col, kind = RULE_COLUMNS[field]
    if op not in OPERATORS[kind]:
        raise ValueError(f"operator {op!r} does not apply to {field!r}")
    value = rule.get("value")
    if op == "is_empty":
        return f"({col} IS NULL OR {col} = '')" if kind in (TEXT, CHOICE, TAGS, ISODATE) else f"({col} IS NULL)"
    if op == "is_not_empty":
        return f"({col} IS NOT NULL AND {col} != '')" if kind in (TEXT, CHOICE, TAGS, ISODATE) else f"({col} IS NOT NULL)"
    if kind == TEXT:
        template, parameter = _TEXT_SQL[op]
        params.append(parameter(value))
        return template.format(col=col, folded=f"{FOLD_FUNCTION}({col})")
    if kind == CHOICE:
        if op in ("is", "is_not"):
            params.append(value)
            return f"{col} = ?" if op == "is" else f"({col} IS NULL OR {col} != ?)"
        params.extend(value)
        marks = ", ".join("?" for _ in value)
        return f"{col} IN ({marks})" if op == "in" else f"({col} IS NULL OR {col} NOT IN ({marks}))"
    if kind in (NUMBER, MONEY):
        symbols = {"eq": "=", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
        if op == "between":
            params.extend(value)
            return f"{col} BETWEEN ? AND ?"
        params.append(value)
        return f"{col} {symbols[op]} ?"
    if kind == STAMP:
        if op == "before":
            params.append(value * SECONDS_PER_DAY)
            return f"{col} < ?"
        if op == "after":
            params.append((value + 1) * SECONDS_PER_DAY)
            return f"{col} >= ?"
        if op in ("on", "between"):
            first, last = (value, value) if op == "on" else value
            params.extend((first * SECONDS_PER_DAY, (last + 1) * SECONDS_PER_DAY))
            return f"({col} >= ? AND {col} < ?)"
        if op == "within_last_days":
            params.append((as_of_day - value) * SECONDS_PER_DAY)
            return f"{col} >= ?"
        if op == "more_than_days_ago":
            params.append((as_of_day - value) * SECONDS_PER_DAY)
            return f"{col} < ?"
        params.append(value)  # month_is
        return f"CAST(strftime('%m', {col}, 'unixepoch') AS INTEGER) = ?"
    if kind == ISODATE:
        if op in ("before", "after", "on"):
            params.append(value)
            return f"{col} {'<' if op == 'before' else '>' if op == 'after' else '='} ?"
        if op == "between":
            params.extend(value)
            return f"{col} BETWEEN ? AND ?"
        params.append(value)  # month_is
        return f"CAST(substr({col}, 6, 2) AS INTEGER) = ?"
    if kind == BOOL:
        return f"{col} = 1" if op == "is_true" else f"COALESCE({col}, 0) = 0"
    if kind == TAGS:
        params.append(f"%,{_escape_like(fold(value))},%")
        test = f"(',' || replace({FOLD_FUNCTION}({col}), ', ', ',') || ',') LIKE ? ESCAPE '\\'"
        return test if op == "has_tag" else f"NOT {test}"
    # CATEGORY_SET
    params.extend(value)
    marks = ", ".join("?" for _ in value)
    test = f"{col} IN (SELECT customer_id FROM customer_categories WHERE category_id IN ({marks}))"
    return test if op == "bought" else f"NOT {test}"


def compile_rules(node: dict, as_of_day: int, params: list | None = None) -> tuple[str, list]:
    """A WHERE condition (over `customers c` and the figures `g`) and its parameters, for a rule tree
    already checked by app.services.segments.rules.validate_rules. Raises ValueError for anything
    outside the whitelist."""
    params = [] if params is None else params
    if "all" in node or "any" in node:
        joiner, empty = ("AND", "1") if "all" in node else ("OR", "0")
        children = node["all"] if "all" in node else node["any"]
        if not children:
            return empty, params
        parts = [compile_rules(child, as_of_day, params)[0] for child in children]
        return "(" + f" {joiner} ".join(parts) + ")", params
    return _leaf(node, as_of_day, params), params


def _prepare(conn: sqlite3.Connection) -> None:
    conn.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)


def matching_ids(conn: sqlite3.Connection, where: str, params: Sequence[Any]) -> list[int]:
    _prepare(conn)
    return [r[0] for r in conn.execute(
        f"SELECT c.id {_FROM} WHERE {where} ORDER BY c.revenue DESC, c.id", list(params))]


def matching_figures(conn: sqlite3.Connection, where: str, params: Sequence[Any]) -> tuple[int, int]:
    """(customers, their total revenue) matching the condition."""
    _prepare(conn)
    row = conn.execute(f"SELECT COUNT(*), TOTAL(c.revenue) {_FROM} WHERE {where}", list(params)).fetchone()
    return row[0], int(row[1])
