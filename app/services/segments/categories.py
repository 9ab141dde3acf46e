"""Product categories as a way in to premium customers (DOMAIN.md, seed 001): rank the categories by
how many customers bought them and by how many made them their first purchase, with the value of
those customers; then, from one category, the funnel of its buyers refined by extra filters, each
step giving the count (shrinking) and the average spend (usually rising)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.models import segments as store


@dataclass
class CategoryRank:
    category_id: int
    name: str
    buyers: int
    first_buyers: int  # customers whose first purchase was in this category
    buyers_mean_spend: float  # thousandths: the buyers' average total spend at the shop
    first_buyers_mean_spend: float
    revenue: int  # thousandths: revenue of the category itself

    @property
    def ref(self) -> str:
        return f"category:{self.category_id}"


def category_ranking(conn: sqlite3.Connection, by: str = "buyers") -> list[CategoryRank]:
    """Categories with at least one buyer, by number of buyers (or `by="first_buyers"`), then name."""
    if by not in ("buyers", "first_buyers"):
        raise ValueError(by)
    ranks = [
        CategoryRank(cid, name, buyers, first_buyers, spend / buyers if buyers else 0.0,
                     first_spend / first_buyers if first_buyers else 0.0, revenue)
        for cid, name, buyers, spend, revenue, first_buyers, first_spend in store.category_figures(conn)
        if buyers or first_buyers
    ]
    ranks.sort(key=lambda c: (-getattr(c, by), -c.buyers, c.name.casefold()))
    return ranks


@dataclass
class FunnelStep:
    rule: dict | None  # None for the first step (all buyers of the category)
    customers: int
    revenue: int  # thousandths, their total spend
    mean_spend: float  # thousandths


def category_funnel(conn: sqlite3.Connection, category_id: int, filters: list[dict]) -> list[FunnelStep]:
    """Step 0: every buyer of the category; step i: also matching filters[0..i-1] (each a rule or a
    group, see docs/segments.md)."""
    from app.services.segments import rules

    steps = []
    conditions: list[dict] = [{"field": "bought_category", "op": "bought", "value": [int(category_id)]}]
    for rule in [None, *filters]:
        if rule is not None:
            conditions.append(rule)
        count, revenue = rules.count_and_revenue(conn, {"all": list(conditions)})
        steps.append(FunnelStep(rule, count, revenue, revenue / count if count else 0.0))
    return steps
