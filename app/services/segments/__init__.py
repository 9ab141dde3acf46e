"""Segments: who the best customers are, who is slipping away, which groups to focus on (issue 4).
RFM scores and named segments, customer value and tiers, premium customers at risk, categories,
hand-made rule segments, target choice, monthly movement and the charts. Read docs/segments.md.

The public API is available from this package (`segments.compute(...)`) but its modules are imported
on first use, so importing the package costs nothing on the GUI start-up path (numpy and matplotlib
load only when a figure is asked for)."""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    # figures
    "CustomerFigures": "figures", "compute": "figures", "refresh": "figures", "ensure_fresh": "figures",
    "default_as_of": "figures",
    # value
    "ValueFigures": "value", "SegmentSummary": "stored", "stored_segment_summaries": "stored", "RFGrid": "value", "AtRisk": "value",
    "customer_value": "value", "segment_summaries": "value", "tier_summaries": "value", "rf_grid": "value",
    "premium_at_risk": "value",
    # categories
    "CategoryRank": "categories", "FunnelStep": "categories", "category_ranking": "categories",
    "category_funnel": "categories",
    # rules and saved segments
    "RULE_FIELDS": "rules", "OPERATOR_LABELS": "rules", "RuleField": "rules", "RuleError": "rules",
    "field_choices": "rules", "validate_rules": "rules", "count_matching": "rules", "matching_ids": "rules",
    "SavedSegment": "rules", "saved_segments": "rules", "save_segment": "rules", "delete_segment": "rules",
    # any segment
    "customer_ids": "membership", "segment_name": "membership", "all_segment_refs": "membership",
    # target choice
    "TargetRow": "targeting", "target_table": "targeting", "set_target_profile": "targeting",
    # settings
    "SegmentSettings": "config", "load_settings": "config", "save_settings": "figures", "CRITERIA": "config",
    "CRITERION_NAMES": "config",
    # movement
    "Movement": "snapshots", "movement": "snapshots", "snapshot_months": "snapshots",
    "refresh_snapshots": "snapshots", "refresh_all": "snapshots",
    # the tab
    "Overview": "overview", "OverviewRest": "overview", "load_overview": "overview", "load_first": "overview",
    "load_rest": "overview",
}
_SUBMODULES = ("charts", "definitions", "scoring", "figures", "value", "categories", "rules", "membership",
               "targeting", "config", "snapshots", "overview", "stored")

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
