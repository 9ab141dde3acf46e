"""RFM scores, named segments, value tiers, usual gaps and the premium-at-risk mark, vectorised with
numpy over arrays of customers. Shared by the current figures and by the month-end snapshots, so a
snapshot is exactly what the tab would have shown on that day. Definitions: docs/segments.md."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.services.segments.config import SMALL_SHOP_MIN_CUSTOMERS, SMALL_SHOP_MIN_DAYS, SegmentSettings
from app.services.segments.definitions import GRID, TIER_KEYS

MIN_USUAL_GAP_DAYS = 7.0
_GRID = np.array(GRID, dtype=object)
VIP, PREMIUM, REGULAR, OCCASIONAL, ONE_TIME = TIER_KEYS


@dataclass
class Scores:
    r: np.ndarray
    f: np.ndarray
    m: np.ndarray
    segment: np.ndarray  # object array of segment keys
    small_shop: bool
    method: str  # "quintiles" or "thresholds"


def is_small_shop(customers: int, history_days: int) -> bool:
    return customers < SMALL_SHOP_MIN_CUSTOMERS or history_days < SMALL_SHOP_MIN_DAYS


def quintiles(order: np.ndarray) -> np.ndarray:
    """Scores 1-5 from an ordering (worst first): rank i of n gets 1 + floor(5 i / n)."""
    n = len(order)
    scores = np.empty(n, dtype=np.int64)
    scores[order] = 1 + (5 * np.arange(n, dtype=np.int64)) // max(n, 1)
    return scores


def rfm_scores(customer_id: np.ndarray, recency: np.ndarray, frequency: np.ndarray, monetary: np.ndarray,
               history_days: int, settings: SegmentSettings) -> Scores:
    """Scores and named segments. Quintiles of rank, with the tie-breaks of docs/segments.md; in a
    small shop, the owner's fixed thresholds instead."""
    n = len(customer_id)
    small = is_small_shop(n, history_days)
    if n == 0:
        empty = np.empty(0, dtype=np.int64)
        return Scores(empty, empty, empty, np.empty(0, dtype=object), small, "thresholds" if small else "quintiles")
    if small:
        r = 1 + sum((recency <= t).astype(np.int64) for t in settings.recency_days)
        f = 1 + sum((frequency >= t).astype(np.int64) for t in settings.frequency)
        m = 1 + sum((monetary >= t).astype(np.int64) for t in monetary_thresholds(monetary, settings))
        method = "thresholds"
    else:
        # np.lexsort sorts by the last key first; every ordering puts the worst customers first.
        if len(customer_id) > 1 and bool((customer_id[1:] > customer_id[:-1]).all()):
            # ids ascending: lexsort is stable, so the final tie-break on the id comes free, and two
            # keys that fit one int64 (frequency < 2^31, recency < 2^31 days) are sorted as one
            shift = np.int64(1) << np.int64(32)
            r = quintiles(np.lexsort((monetary, frequency - recency * shift)))
            f = quintiles(np.lexsort((-recency, monetary, frequency)))
            m = quintiles(np.lexsort((frequency * shift - recency, monetary)))
        else:
            r = quintiles(np.lexsort((customer_id, monetary, frequency, -recency)))
            f = quintiles(np.lexsort((customer_id, -recency, monetary, frequency)))
            m = quintiles(np.lexsort((customer_id, -recency, frequency, monetary)))
        method = "quintiles"
    return Scores(r, f, m, _GRID[r - 1, f - 1], small, method)


def monetary_thresholds(monetary: np.ndarray, settings: SegmentSettings) -> list[int]:
    if settings.monetary is not None:
        return list(settings.monetary)
    median = float(np.median(monetary)) if len(monetary) else 0.0
    return [int(round(median * k)) for k in (0.5, 1.0, 2.0, 4.0)]


def value_order(customer_id: np.ndarray, frequency: np.ndarray, monetary: np.ndarray) -> np.ndarray:
    """Indices from the most valuable customer: revenue, then more invoices, then lower id."""
    return np.lexsort((customer_id, -frequency, -monetary))


def top_count(n: int, percent: float) -> int:
    """How many customers make the top `percent` of n: the ceiling (868 of 4,338 for 20%)."""
    return int(math.ceil(n * percent / 100.0 - 1e-9))


def tiers(customer_id: np.ndarray, first_day: np.ndarray, frequency: np.ndarray, monetary: np.ndarray,
          as_of_day: int, settings: SegmentSettings, *, order: np.ndarray | None = None) -> np.ndarray:
    """Value tiers; `order`: value_order of the same customers, when the caller has it."""
    n = len(customer_id)
    tier = np.empty(n, dtype=object)
    days_per_purchase = (as_of_day - first_day) / np.maximum(frequency, 1)
    tier[:] = np.where(frequency <= 1, ONE_TIME,
                       np.where(days_per_purchase <= settings.regular_every_days, REGULAR, OCCASIONAL))
    order = value_order(customer_id, frequency, monetary) if order is None else order
    tier[order[:top_count(n, 20)]] = PREMIUM
    tier[order[:top_count(n, 10)]] = VIP
    return tier


def usual_gaps(first_day: np.ndarray, last_day: np.ndarray, frequency: np.ndarray,
               settings: SegmentSettings) -> np.ndarray:
    """Days between purchases as the customer usually does (see docs/segments.md)."""
    repeat = frequency >= 2
    gaps = np.full(len(frequency), np.nan)
    gaps[repeat] = np.maximum((last_day[repeat] - first_day[repeat]) / (frequency[repeat] - 1), MIN_USUAL_GAP_DAYS)
    typical = float(np.median(gaps[repeat])) if repeat.any() else float(settings.regular_every_days)
    gaps[~repeat] = typical
    return gaps


def at_risk(tier: np.ndarray, recency: np.ndarray, gaps: np.ndarray, settings: SegmentSettings) -> np.ndarray:
    premium = (tier == VIP) | (tier == PREMIUM)
    return premium & (recency > settings.risk_gap_factor * gaps) & (recency >= settings.risk_min_days)
