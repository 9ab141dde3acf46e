"""Customer value: the Pareto curve of revenue and its headline shares, the repeat customers, the
value tiers, the RFM segments and R-F grid as summaries, and the premium customers at risk.
All computed in memory from CustomerFigures; shares are percentages."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.services.segments import scoring
from app.services.segments.definitions import GRID, SEGMENTS, TIERS
from app.services.segments.figures import CustomerFigures
from app.services.segments.stored import SegmentSummary, share, summaries_from_counts


@dataclass
class ValueFigures:
    customers: int
    revenue: int  # thousandths
    mean_spend: float  # thousandths
    top20_n: int
    top20_share: float
    top10_n: int
    top10_share: float
    top10_mean_ratio: float  # mean spend of the top 10% / mean spend of all
    customers_for_80pct: int
    customers_for_80pct_share: float  # percent of customers
    repeat_customers: int
    repeat_customers_share: float
    repeat_revenue_share: float
    pareto_x: np.ndarray  # percent of customers, from the best, 0..100
    pareto_y: np.ndarray  # cumulative percent of revenue


def customer_value(figures: CustomerFigures) -> ValueFigures:
    monetary = figures.monetary  # already most valuable first
    n = len(monetary)
    total = int(monetary.sum()) if n else 0
    cumulative = np.cumsum(monetary, dtype=np.int64)
    top20, top10 = scoring.top_count(n, 20), scoring.top_count(n, 10)

    def top_sum(k: int) -> int:
        return int(cumulative[k - 1]) if k else 0

    # The smallest k whose top-k revenue reaches 80%, in exact integers (10 x part >= 8 x whole).
    needed = int(np.searchsorted(10 * cumulative, 8 * total, side="left")) + 1 if n else 0
    repeat = figures.frequency >= 2
    mean_spend = total / n if n else 0.0
    top10_mean = top_sum(top10) / top10 if top10 else 0.0
    x = np.concatenate([[0.0], 100.0 * np.arange(1, n + 1) / n]) if n else np.array([0.0, 100.0])
    y = np.concatenate([[0.0], 100.0 * cumulative / total]) if total else np.array([0.0, 0.0])
    return ValueFigures(
        customers=n, revenue=total, mean_spend=mean_spend,
        top20_n=top20, top20_share=share(top_sum(top20), total),
        top10_n=top10, top10_share=share(top_sum(top10), total),
        top10_mean_ratio=top10_mean / mean_spend if mean_spend else 0.0,
        customers_for_80pct=needed, customers_for_80pct_share=share(needed, n),
        repeat_customers=int(repeat.sum()), repeat_customers_share=share(int(repeat.sum()), n),
        repeat_revenue_share=share(int(monetary[repeat].sum()), total),
        pareto_x=x, pareto_y=y,
    )


def _summaries(figures: CustomerFigures, column: np.ndarray, family: str, definitions) -> list[SegmentSummary]:
    counts = {}
    for d in definitions:
        mask = column == d.key
        counts[d.key] = (int(mask.sum()), int(figures.monetary[mask].sum()))
    return summaries_from_counts(counts, family, definitions, customers=len(figures),
                                 revenue=int(figures.monetary.sum()))


def segment_summaries(figures: CustomerFigures) -> list[SegmentSummary]:
    """The eleven RFM segments, in the order of definitions.SEGMENTS (best first)."""
    return _summaries(figures, figures.segment, "rfm", SEGMENTS)


def tier_summaries(figures: CustomerFigures) -> list[SegmentSummary]:
    """VIP, Premium, Regular, Occasional, One-time."""
    return _summaries(figures, figures.tier, "tier", TIERS)


@dataclass
class RFGrid:
    counts: np.ndarray  # [r - 1, f - 1]
    revenue: np.ndarray  # [r - 1, f - 1], thousandths
    segments: tuple[tuple[str, ...], ...]  # segment key per cell, as definitions.GRID


def rf_grid(figures: CustomerFigures) -> RFGrid:
    cells = (figures.r - 1) * 5 + (figures.f - 1)
    counts = np.bincount(cells, minlength=25).reshape(5, 5)
    revenue = np.bincount(cells, weights=figures.monetary, minlength=25).reshape(5, 5).round().astype(np.int64)
    return RFGrid(counts=counts, revenue=revenue, segments=GRID)


@dataclass
class AtRisk:
    customer_ids: list[int]
    count: int
    revenue_at_stake: int  # thousandths: their total revenue so far
    equivalent_customers: float  # revenue at stake / mean revenue of all customers
    mean_ratio: float  # their mean revenue / mean revenue of all customers
    rows: list[dict]  # customer_id, recency_days, usual_gap_days, frequency, monetary, tier; by monetary desc


def premium_at_risk(figures: CustomerFigures) -> AtRisk:
    mask = figures.at_risk
    at_stake = int(figures.monetary[mask].sum())
    count = int(mask.sum())
    mean_all = float(figures.monetary.mean()) if len(figures) else 0.0
    rows = [
        {"customer_id": cid, "recency_days": rec, "usual_gap_days": round(gap, 1), "frequency": freq,
         "monetary": mon, "tier": tier}
        for cid, rec, gap, freq, mon, tier in zip(
            figures.customer_id[mask].tolist(), figures.recency_days[mask].tolist(),
            figures.usual_gap_days[mask].tolist(), figures.frequency[mask].tolist(),
            figures.monetary[mask].tolist(), figures.tier[mask].tolist(), strict=True)
    ]
    return AtRisk(
        customer_ids=[r["customer_id"] for r in rows], count=count, revenue_at_stake=at_stake,
        equivalent_customers=at_stake / mean_all if mean_all else 0.0,
        mean_ratio=(at_stake / count) / mean_all if count and mean_all else 0.0,
        rows=rows,
    )
