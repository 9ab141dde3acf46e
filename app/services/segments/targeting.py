"""Choosing target segments (DOMAIN.md, STP): every segment measured on the guide's four criteria —
size (customers, revenue, growth over the last two periods), profitability (revenue per customer),
accessibility (share reachable: a phone or an email, and consent to marketing), stability (how steady
the members' monthly revenue is; for RFM segments also how many members stayed since the previous
snapshot) — turned into scores, weighted by the owner's weights, ranked, with the owner's "target"
mark, value proposition and unique selling points stored per segment.

Scores are 0-1. Size and profitability are unbounded, so they are scaled min-max over the compared
segments (size = the mean of the scaled customers, revenue and growth); accessibility and stability
are already shares and are used as they are."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import numpy as np

from app.models import db
from app.models import segments as store
from app.models.units import SECONDS_PER_DAY, day_to_date
from app.services.changes import Changes
from app.services.segments import membership
from app.services.segments.config import CRITERIA, load_settings
from app.services.segments.figures import CustomerFigures, compute, ensure_fresh, int_matrix
from app.services.segments.snapshots import _month_index, _month_of, snapshot, snapshot_months

PERIOD_MONTHS = 3  # growth compares the last two periods of this many complete months
NEW_GROWTH = 1000.0  # percent; from a base this small, growth reads "new" rather than a huge percentage
GROWTH_CAP = 100.0  # percent; beyond it growth scores the same (one segment doubling out of nothing
# would otherwise squash every other segment's growth score to zero)
STABILITY_MONTHS = 12


@dataclass
class TargetRow:
    ref: str
    name: str  # English source text for built-in segments (context "Segment"), the owner's for saved ones
    customers: int
    revenue: int  # thousandths
    growth: float | None  # percent: revenue of the last period against the one before
    growth_note: str  # "new" (grew from nothing or almost nothing), "gone" (no revenue left) or ""
    revenue_per_customer: float  # thousandths
    accessibility: float  # percent of members reachable
    stability: float  # 0-1: 1 / (1 + coefficient of variation of monthly revenue)
    membership_kept: float | None  # percent of the previous snapshot's members still there (RFM only)
    scores: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    rank: int = 0
    is_target: bool = False
    value_proposition: str = ""
    selling_points: str = ""


@dataclass
class _Months:
    customer_id: np.ndarray
    month_index: np.ndarray
    revenue: np.ndarray
    last_index: int  # the last complete month (months since year 0)
    first_index: int


def _monthly(conn: sqlite3.Connection, figures: CustomerFigures) -> _Months:
    """The members' monthly revenue over the last STABILITY_MONTHS complete months (fewer in a young shop)."""
    as_of = figures.as_of
    last_index = _month_index(as_of.year * 100 + as_of.month) - 1
    first_index = last_index - STABILITY_MONTHS + 1
    first_time = store.first_purchase_time(conn)
    if first_time is not None:
        first = day_to_date(first_time // SECONDS_PER_DAY)
        first_index = max(first_index, _month_index(first.year * 100 + first.month))
    rows = int_matrix(store.customer_months(conn, _month_of(first_index)), 5)
    index = (rows[:, 1] // 100) * 12 + rows[:, 1] % 100 - 1
    keep = index <= last_index
    return _Months(rows[keep, 0], index[keep], rows[keep, 3], last_index, first_index)


def _growth(monthly_revenue: np.ndarray) -> tuple[float | None, str]:
    """(growth in percent, note): "new" when the segment grew from nothing or from a base too small for
    a percentage to mean anything, "gone" when its revenue fell to nothing."""
    last = monthly_revenue[-PERIOD_MONTHS:].sum()
    previous = monthly_revenue[-2 * PERIOD_MONTHS:-PERIOD_MONTHS].sum()
    if previous <= 0:
        return None, "new" if last > 0 else ""
    if last <= 0:
        return -100.0, "gone"
    growth = float(100.0 * (last - previous) / previous)
    return growth, "new" if growth >= NEW_GROWTH else ""


def _stability(monthly_revenue: np.ndarray) -> float:
    if len(monthly_revenue) < 3 or monthly_revenue.mean() <= 0:
        return 0.0
    return float(1.0 / (1.0 + monthly_revenue.std() / monthly_revenue.mean()))


def _scaled(values: list[float | None]) -> list[float | None]:
    present = [v for v in values if v is not None]
    if not present:
        return [None] * len(values)
    low, high = min(present), max(present)
    return [None if v is None else (0.5 if high == low else (v - low) / (high - low)) for v in values]


def _membership_kept(conn: sqlite3.Connection) -> dict[str, float]:
    months = snapshot_months(conn)
    if len(months) < 2:
        return {}
    before, after = snapshot(conn, months[-2]), snapshot(conn, months[-1])
    kept: dict[str, list[int]] = {}
    for cid, seg in before.items():
        entry = kept.setdefault(seg, [0, 0])
        entry[0] += 1
        entry[1] += after.get(cid) == seg
    return {f"rfm:{seg}": 100.0 * stayed / total for seg, (total, stayed) in kept.items() if total}


def target_table(conn: sqlite3.Connection, refs: list[str] | None = None,
                 figures: CustomerFigures | None = None) -> list[TargetRow]:
    """Every segment (default: RFM segments, tiers and saved segments) measured, scored and ranked."""
    ensure_fresh(conn)
    figures = figures or compute(conn)
    settings = figures.settings
    refs = refs if refs is not None else membership.all_segment_refs(conn)
    months = _monthly(conn, figures)
    span = months.last_index - months.first_index + 1
    reachable = np.array(store.reachable_customer_ids(conn), dtype=np.int64)
    kept = _membership_kept(conn)
    profiles = store.target_profiles(conn)
    sorted_ids = np.sort(figures.customer_id)
    spend_by_id = figures.monetary[np.argsort(figures.customer_id)]
    rows: list[TargetRow] = []
    for ref in refs:
        members = membership.members_in(figures, ref)
        if members is None:
            members = np.array(membership.customer_ids(conn, ref), dtype=np.int64)
        pos = np.searchsorted(sorted_ids, members)
        found = (pos < len(sorted_ids)) & (sorted_ids[np.minimum(pos, len(sorted_ids) - 1)] == members) \
            if len(sorted_ids) else np.zeros(len(members), dtype=bool)
        revenue = int(spend_by_id[pos[found]].sum()) if len(members) else 0
        in_segment = np.isin(months.customer_id, members)
        monthly = np.bincount(months.month_index[in_segment] - months.first_index,
                              weights=months.revenue[in_segment], minlength=span)[:span] if span > 0 else np.zeros(0)
        n = len(members)
        is_target, proposition, points = profiles.get(ref, (False, "", ""))
        growth, growth_note = _growth(monthly) if span >= 2 * PERIOD_MONTHS else (None, "")
        rows.append(TargetRow(
            ref=ref, name=membership.segment_name(conn, ref), customers=n, revenue=revenue,
            growth=growth, growth_note=growth_note,
            revenue_per_customer=revenue / n if n else 0.0,
            accessibility=float(100.0 * np.isin(members, reachable).sum() / n) if n else 0.0,
            stability=_stability(monthly), membership_kept=kept.get(ref),
            is_target=is_target, value_proposition=proposition, selling_points=points,
        ))
    _score(rows, settings.weights)
    return rows


def _score(rows: list[TargetRow], weights: dict[str, float]) -> None:
    customers = _scaled([r.customers for r in rows])
    revenue = _scaled([r.revenue for r in rows])
    growth = _scaled([None if r.growth is None else max(-GROWTH_CAP, min(GROWTH_CAP, r.growth)) for r in rows])
    profit = _scaled([r.revenue_per_customer for r in rows])
    total_weight = sum(weights.get(c, 0.0) for c in CRITERIA) or 1.0
    for i, row in enumerate(rows):
        size_parts = [v for v in (customers[i], revenue[i], growth[i]) if v is not None]
        row.scores = {
            "size": float(sum(size_parts) / len(size_parts)) if size_parts else 0.0,
            "profitability": float(profit[i] or 0.0),
            "accessibility": float(row.accessibility / 100.0),
            "stability": float(row.stability),
        }
        if row.customers == 0:
            row.scores = dict.fromkeys(CRITERIA, 0.0)
        row.total = float(sum(weights.get(c, 0.0) * row.scores[c] for c in CRITERIA) / total_weight)
    rows.sort(key=lambda r: (-r.total, -r.revenue, r.ref))
    for rank, row in enumerate(rows, start=1):
        row.rank = rank


def set_target_profile(conn: sqlite3.Connection, ref: str, *, is_target: bool | None = None,
                       value_proposition: str | None = None, selling_points: str | None = None) -> Changes:
    """Changes the given parts of a segment's target profile (the others stay)."""
    membership.segment_name(conn, ref)  # refuses unknown segments
    with db.transaction(conn):
        current = store.target_profiles(conn).get(ref, (False, "", ""))
        store.put_target_profile(
            conn, ref,
            current[0] if is_target is None else bool(is_target),
            current[1] if value_proposition is None else value_proposition,
            current[2] if selling_points is None else selling_points,
        )
    return Changes(segments=True)


def weights(conn: sqlite3.Connection) -> dict[str, float]:
    return dict(load_settings(conn).weights)
