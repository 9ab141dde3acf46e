"""Segment references: one string names any segment (an RFM segment, a value tier, a saved hand-made
segment, the premium customers at risk, a category's buyers, an R-F grid cell, a movement cell), so
every list, chart click, export or comparison can take any of them. `customer_ids(conn, ref)` lists
the members; `segment_name(conn, ref, translate)` names it for the screen."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from app.i18n import QT_TRANSLATE_NOOP
from app.models import products
from app.models import segments as store
from app.services.errors import UserError
from app.services.segments.definitions import (
    ALL_CUSTOMERS,
    CONTEXT,
    NOT_YET_CUSTOMER,
    PREMIUM_AT_RISK,
    SEGMENT_BY_KEY,
    SEGMENT_KEYS,
    TIER_BY_KEY,
    TIER_KEYS,
)

Translate = Callable[[str, str], str]
_RF_CELL = QT_TRANSLATE_NOOP("Segment", "Recency score {r}, frequency score {f}")
_MOVED = QT_TRANSLATE_NOOP("Segment", "From {before} to {after}")
_BUYERS = QT_TRANSLATE_NOOP("Segment", "Buyers of {category}")
_CURRENT = QT_TRANSLATE_NOOP("Segment", "now")


def identity(context: str, text: str) -> str:
    return text


def parse_ref(ref: str) -> tuple[str, list[str]]:
    kind, _, rest = ref.partition(":")
    return kind, rest.split(":") if rest else []


def _bad(ref: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Segment", "There is no segment {ref}."), context="Segment", ref=ref)


def customer_ids(conn: sqlite3.Connection, ref: str) -> list[int]:
    """The members of any segment, most valuable first (see docs/segments.md for the references)."""
    from app.services.segments import figures, rules, snapshots

    figures.ensure_fresh(conn)
    kind, parts = parse_ref(ref)
    try:
        if kind == "all" and not parts:
            return store.ids_with_purchases(conn)
        if kind == "at_risk" and not parts:
            return store.ids_at_risk(conn)
        if kind == "rfm" and len(parts) == 1 and parts[0] in SEGMENT_BY_KEY:
            return store.ids_in_segment(conn, "segment", parts[0])
        if kind == "tier" and len(parts) == 1 and parts[0] in TIER_BY_KEY:
            return store.ids_in_segment(conn, "tier", parts[0])
        if kind == "saved" and len(parts) == 1:
            return rules.matching_ids(conn, rules.saved_rules(conn, int(parts[0])))
        if kind == "category" and len(parts) == 1:
            return rules.matching_ids(conn, {"all": [
                {"field": "bought_category", "op": "bought", "value": [int(parts[0])]}]})
        if kind == "rf" and len(parts) == 2:
            r, f = int(parts[0]), int(parts[1])
            if 1 <= r <= 5 and 1 <= f <= 5:
                return store.ids_in_cell(conn, r, f)
        if kind == "moved" and len(parts) == 4:
            before, after = int(parts[0]), parts[1] if parts[1] == "current" else int(parts[1])
            return snapshots.moved_ids(conn, before, after, parts[2], parts[3])
    except ValueError:
        raise _bad(ref) from None
    raise _bad(ref)


def members_in(figures, ref: str):
    """The member ids (numpy) of a segment that the in-memory figures alone define, else None."""
    kind, parts = parse_ref(ref)
    if kind == "all" and not parts:
        return figures.customer_id
    if kind == "at_risk" and not parts:
        return figures.customer_id[figures.at_risk]
    if kind == "rfm" and len(parts) == 1 and parts[0] in SEGMENT_BY_KEY:
        return figures.customer_id[figures.segment == parts[0]]
    if kind == "tier" and len(parts) == 1 and parts[0] in TIER_BY_KEY:
        return figures.customer_id[figures.tier == parts[0]]
    return None


def _month_label(month: str) -> str:
    return f"{month[4:6]}/{month[:4]}" if len(month) == 6 and month.isdigit() else month


def segment_name(conn: sqlite3.Connection, ref: str, translate: Translate = identity) -> str:
    kind, parts = parse_ref(ref)
    if kind == "all":
        return translate(CONTEXT, ALL_CUSTOMERS)
    if kind == "at_risk":
        return translate(CONTEXT, PREMIUM_AT_RISK)
    if kind == "rfm" and parts and parts[0] in SEGMENT_BY_KEY:
        return translate(CONTEXT, SEGMENT_BY_KEY[parts[0]].name)
    if kind == "tier" and parts and parts[0] in TIER_BY_KEY:
        return translate(CONTEXT, TIER_BY_KEY[parts[0]].name)
    if kind == "saved" and parts and parts[0].isdigit():
        row = store.saved_segment(conn, int(parts[0]))
        if row:
            return row[1]
    if kind == "category" and parts and parts[0].isdigit():
        name = products.category_name(conn, int(parts[0]))
        if name is not None:
            return translate(CONTEXT, _BUYERS).format(category=name)
    if kind == "rf" and len(parts) == 2:
        return translate(CONTEXT, _RF_CELL).format(r=parts[0], f=parts[1])
    if kind == "moved" and len(parts) == 4:
        def state(month: str, key: str) -> str:
            name = translate(CONTEXT, SEGMENT_BY_KEY[key].name) if key in SEGMENT_BY_KEY else translate(CONTEXT, NOT_YET_CUSTOMER)
            when = translate(CONTEXT, _CURRENT) if month == "current" else _month_label(month)
            return f"{name} ({when})"

        return translate(CONTEXT, _MOVED).format(before=state(parts[0], parts[2]), after=state(parts[1], parts[3]))
    raise _bad(ref)


def all_segment_refs(conn: sqlite3.Connection) -> list[str]:
    """The segments compared in the target choice: the RFM segments, the tiers and the saved segments."""
    return ([f"rfm:{k}" for k in SEGMENT_KEYS] + [f"tier:{k}" for k in TIER_KEYS]
            + [f"saved:{row[0]}" for row in store.saved_segments(conn)])
