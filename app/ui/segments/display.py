"""How the Segments tab shows its figures: the translated names of segments and tiers, figures in
the shop's currency and locale (`session.fmt()`), and the tab's record columns (`segment_column`:
an `app.ui.itemmodels.ColumnSpec` for the tab's kinds of value).

Kinds: text, int, number, money, percent, day (a day number), days, score (0-1 shown as 0-100),
check (a check box), segment / tier (a key shown as its translated name), name (English text
translated in context "Segment"). Segment and tier names are translated at display time, so a
language change only repaints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP
from app.models.units import SECONDS_PER_DAY, day_to_date, stored_to_decimal
from app.services import formatting
from app.services.segments.definitions import SEGMENT_BY_KEY, TIER_BY_KEY
from app.ui import session
from app.ui.itemmodels import ColumnSpec, RecordTableModel

CONTEXT = "SegmentsTab"  # context of the module-level texts of this package


def tr_segment(text: str) -> str:
    """A segment, tier or criterion name (English source text from app.services.segments)."""
    return QCoreApplication.translate("Segment", text) if text else ""


def tr_here(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def segment_label(key: str | None) -> str:
    definition = SEGMENT_BY_KEY.get(key or "")
    return tr_segment(definition.name) if definition else ""


def tier_label(key: str | None) -> str:
    definition = TIER_BY_KEY.get(key or "")
    return tr_segment(definition.name) if definition else ""


def money(stored: float | int | None) -> str:
    return "" if stored is None else session.fmt().money(int(round(stored)))


def number(value: float | int | None, decimals: int = 0) -> str:
    return "" if value is None else session.fmt().number(value, decimals)


def percent(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else formatting.percent(value, decimals, session.fmt().locale)


def day_text(day: int | None) -> str:
    """A day number (days since 1970-01-01) as a date in the shop's locale."""
    return "" if day is None else session.fmt().date(int(day) * SECONDS_PER_DAY)


def date_label(value: dt.date | None) -> str:
    """A calendar date in the shop's locale."""
    return "" if value is None else formatting.date(value, session.fmt().locale)


def month_text(month: int | None) -> str:
    """yyyymm -> "06/2026"."""
    return "" if month is None else f"{month % 100:02d}/{month // 100}"


def format_value(kind: str, value: Any, decimals: int = 0) -> str:
    if value is None:
        return ""
    if kind == "int":
        return number(value)
    if kind == "number":
        return number(value, decimals)
    if kind == "score":
        return number(100.0 * value, 0)
    if kind == "money":
        return money(value)
    if kind == "percent":
        return percent(value, decimals or 1)
    if kind == "day":
        return day_text(value)
    if kind == "days":
        return number(round(value))
    if kind == "segment":
        return segment_label(value)
    if kind == "tier":
        return tier_label(value)
    if kind == "name":
        return tr_segment(value)
    return str(value)


def _label(kind: str, value: Any) -> str:
    return format_value(kind, value)


def segment_column(key: str, title: str, kind: str = "text", decimals: int = 0, tooltip: str = "") -> ColumnSpec:
    """A column of the tab's tables; `title` and `tooltip` are English source texts in CONTEXT.
    Names (segment, tier, name kinds) sort by their translated text."""
    return ColumnSpec(key, title, kind=kind, decimals=decimals, tooltip=tooltip,
                      formatter=None if kind == "check" else partial(format_value, kind, decimals=decimals),
                      sort_value=partial(_label, kind) if kind in ("segment", "tier", "name") else None)


def record_model(columns: Sequence[ColumnSpec], parent=None, *, tooltip_key: str | None = None) -> RecordTableModel:
    """A table model of the tab (titles translated in CONTEXT)."""
    return RecordTableModel(columns, context=CONTEXT, parent=parent, tooltip_key=tooltip_key)


def summary_columns(name_title: str) -> tuple[ColumnSpec, ...]:
    """The columns of a table of SegmentSummary (RFM segments, value tiers) under a first column title."""
    return (
        segment_column("name", name_title, "name"),
        segment_column("customers", QT_TRANSLATE_NOOP("SegmentsTab", "Customers"), "int"),
        segment_column("customer_share", QT_TRANSLATE_NOOP("SegmentsTab", "% of customers"), "percent"),
        segment_column("revenue", QT_TRANSLATE_NOOP("SegmentsTab", "Revenue"), "money"),
        segment_column("revenue_share", QT_TRANSLATE_NOOP("SegmentsTab", "% of revenue"), "percent"),
        segment_column("mean_spend", QT_TRANSLATE_NOOP("SegmentsTab", "Average spend"), "money"),
    )


def summary_records(summaries) -> list[dict]:
    """Records of SegmentSummary for summary_columns (the meaning translated, as a tooltip)."""
    return [dict(ref=s.ref, key=s.key, name=s.name, meaning=tr_segment(s.meaning), customers=s.customers,
                 customer_share=s.customer_share, revenue=s.revenue, revenue_share=s.revenue_share,
                 mean_spend=s.mean_spend) for s in summaries]


def export_value(kind: str, value: Any) -> Any:
    """A record value as a spreadsheet wants it: money in the main unit, days as dates, names translated."""
    if value is None:
        return None
    if kind == "money":
        return stored_to_decimal(int(round(value)))
    if kind == "day":
        return day_to_date(int(value))
    if kind == "days":
        return round(float(value), 1)
    if kind in ("segment", "tier"):
        return format_value(kind, value)
    return value
