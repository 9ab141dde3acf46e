"""What the Segments tab shows when it opens, in one call: the figures, the customer-value headline,
the RFM segments and tiers with their sizes, the R-F grid, the premium customers at risk, the
category ranking, the saved segments, the target table and the latest movement."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.models import settings as shop_settings
from app.services.segments import categories, figures, rules, snapshots, targeting, value


@dataclass
class Overview:
    figures: figures.CustomerFigures
    value: value.ValueFigures
    segments: list[value.SegmentSummary]
    tiers: list[value.SegmentSummary]
    grid: value.RFGrid
    at_risk: value.AtRisk
    categories: list[categories.CategoryRank]
    saved: list[rules.SavedSegment]
    targets: list[targeting.TargetRow]
    movement: snapshots.Movement
    currency: str
    locale: str

    @property
    def small_shop(self) -> bool:
        return self.figures.small_shop

    @property
    def message(self) -> str:
        return self.figures.message


def load_overview(conn: sqlite3.Connection) -> Overview:
    """Everything the tab needs; refreshes the stored figures and snapshots first when the data changed."""
    figures.ensure_fresh(conn)
    snapshots.refresh_snapshots(conn)
    current = figures.compute(conn)
    conf = shop_settings.get_all(conn)
    return Overview(
        figures=current,
        value=value.customer_value(current),
        segments=value.segment_summaries(current),
        tiers=value.tier_summaries(current),
        grid=value.rf_grid(current),
        at_risk=value.premium_at_risk(current),
        categories=categories.category_ranking(conn),
        saved=rules.saved_segments(conn),
        targets=targeting.target_table(conn, figures=current),
        movement=snapshots.movement(conn),
        currency=conf.get("currency", "VND"),
        locale=conf.get("locale", "vi_VN"),
    )
