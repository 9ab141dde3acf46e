"""What the Segments tab shows, in the two stages it loads: `load_first` (the figures, the
customer-value headline, the RFM segments and tiers with their sizes, the R-F grid, the premium
customers at risk: what the first page paints) and `load_rest` (the category ranking, the saved
segments, the target table and the latest movement); `load_overview` does both in one call.

Stale figures are computed once: `figures.current(conn)` refreshes the stored figures when the data
changed and returns what it computed, instead of refreshing and then computing again."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from app.models import settings as shop_settings
from app.services.segments import categories, figures, rules, snapshots, targeting
from app.services.segments import value as value_figures


@dataclass
class Overview:
    figures: figures.CustomerFigures
    value: value_figures.ValueFigures
    segments: list[value_figures.SegmentSummary]
    tiers: list[value_figures.SegmentSummary]
    grid: value_figures.RFGrid
    at_risk: value_figures.AtRisk
    # None until the second stage (load_rest) has completed the overview.
    categories: list[categories.CategoryRank] | None
    saved: list[rules.SavedSegment] | None
    targets: list[targeting.TargetRow] | None
    movement: snapshots.Movement | None
    currency: str
    locale: str

    @property
    def complete(self) -> bool:
        return self.movement is not None

    @property
    def small_shop(self) -> bool:
        return self.figures.small_shop

    @property
    def message(self) -> str:
        return self.figures.message


def load_first(conn: sqlite3.Connection) -> Overview:
    """The first stage: the figures (refreshed and stored when the data changed, computed once) and
    what is computed from them alone; categories, saved segments, targets and movement are None."""
    current = figures.current(conn)
    conf = shop_settings.get_all(conn)
    return Overview(
        figures=current,
        value=value_figures.customer_value(current),
        segments=value_figures.segment_summaries(current),
        tiers=value_figures.tier_summaries(current),
        grid=value_figures.rf_grid(current),
        at_risk=value_figures.premium_at_risk(current),
        categories=None, saved=None, targets=None, movement=None,
        currency=conf.get("currency", "VND"),
        locale=conf.get("locale", "vi_VN"),
    )


@dataclass
class OverviewRest:
    """The second stage: what needs the shop file beyond the figures."""

    categories: list[categories.CategoryRank]
    saved: list[rules.SavedSegment]
    targets: list[targeting.TargetRow]
    movement: snapshots.Movement

    def complete(self, overview: Overview) -> Overview:
        """Fills the overview of the first stage in place; returns it."""
        overview.categories, overview.saved = self.categories, self.saved
        overview.targets, overview.movement = self.targets, self.movement
        return overview


def load_rest(conn: sqlite3.Connection, current: figures.CustomerFigures,
              cancelled: Callable[[], bool] = lambda: False) -> OverviewRest | None:
    """The second stage, for the figures of the first (snapshots refreshed first); None when cancelled."""
    snapshots.refresh_snapshots(conn)
    ranking, saved = categories.category_ranking(conn), rules.saved_segments(conn)
    if cancelled():
        return None
    return OverviewRest(categories=ranking, saved=saved, targets=targeting.target_table(conn, figures=current),
                        movement=snapshots.movement(conn))


def load_overview(conn: sqlite3.Connection) -> Overview:
    """Everything the tab needs, both stages in one call."""
    overview = load_first(conn)
    rest = load_rest(conn, overview.figures)
    assert rest is not None  # never cancelled here
    return rest.complete(overview)
