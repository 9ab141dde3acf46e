"""What the stored segment figures (`customer_segments`) tell without computing anything, and
without numpy, so that the Segments tab can paint its RFM counts before the full figures load:
the data state the figures were computed for (`data_state`, `stale_state`), the summaries of named
segments (`SegmentSummary`, `summaries_from_counts`, shared with `value`) and those of the stored
figures (`stored_segment_summaries`, None when they are out of date)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.models import aggregates
from app.models import segments as store
from app.services.segments.definitions import SEGMENTS

STATE_VERSION = 1


@dataclass
class SegmentSummary:
    ref: str  # "rfm:champions", "tier:vip", ...
    key: str
    name: str  # English source text, context "Segment"
    meaning: str
    action: str
    customers: int
    revenue: int  # thousandths
    customer_share: float
    revenue_share: float
    mean_spend: float  # thousandths


def share(part: float, whole: float) -> float:
    """`part` as a percentage of `whole` (0 when whole is 0)."""
    return 100.0 * part / whole if whole else 0.0


def summaries_from_counts(counts: Mapping[str, tuple[int, int]], family: str, definitions: Sequence[Any], *,
                          customers: int | None = None, revenue: int | None = None) -> list[SegmentSummary]:
    """One summary per definition, from {key: (customers, revenue)} (keys not given hold nobody);
    shares of `customers` and `revenue` (default: the sums of `counts`)."""
    n = sum(count for count, _revenue in counts.values()) if customers is None else customers
    total = sum(amount for _count, amount in counts.values()) if revenue is None else revenue
    out = []
    for d in definitions:
        count, amount = counts.get(d.key, (0, 0))
        out.append(SegmentSummary(
            ref=f"{family}:{d.key}", key=d.key, name=d.name, meaning=d.meaning, action=getattr(d, "action", ""),
            customers=count, revenue=amount, customer_share=share(count, n), revenue_share=share(amount, total),
            mean_spend=amount / count if count else 0.0,
        ))
    return out


def data_state(conn: sqlite3.Connection, settings_json: str) -> str:
    """Changes whenever the customers' derived figures (their generation, app.models.aggregates) or
    the segment settings change (and every day when recency is counted to today)."""
    state: dict[str, Any] = {"version": STATE_VERSION, "generation": aggregates.generation(conn),
                             "settings": settings_json}
    if '"recency_reference": "today"' in settings_json:
        state["today"] = dt.date.today().isoformat()  # recency counted to today: stale the next day
    return json.dumps(state)


def stale_state(conn: sqlite3.Connection, state: str | None = None) -> str | None:
    """The data state when the stored figures are older than it, else None."""
    state = data_state(conn, store.get_settings_json(conn)) if state is None else state
    if store.get_temporary_state(conn) == state:
        return None
    if store.get_state(conn) == state and not store.get_temporary_state(conn):
        return None
    return state


def stored_segment_summaries(conn: sqlite3.Connection) -> list[SegmentSummary] | None:
    """The RFM segments' summaries from the stored figures in one query, or None when those are out
    of date (the full figures must be computed first)."""
    if stale_state(conn) is not None:
        return None
    return summaries_from_counts(store.segment_totals(conn), "rfm", SEGMENTS)
