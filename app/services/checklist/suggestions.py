"""Statuses the shop's data suggests for the checklist items it can answer, each with its reason: one
function per linked item, listed in SUGGESTERS. A suggestion is only advice; the owner accepts it or not.
Reasons are marked templates (context "Checklist") with named arguments already formatted for the shop's
locale. Items about feedback and personas get suggestions once those tabs exist in the shop file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP
from app.models import overview as overview_store
from app.models import segments as segment_store
from app.models import settings as shop_settings
from app.models.units import stored_to_date
from app.services import formatting

RECENT_SALES_DAYS = 31  # segments are refreshed monthly: the newest sale should be at most a month old
PROMOTION_PERIOD = "quarter"
LOYAL_SHARE = 50.0  # percent of customers' revenue from returning customers at which loyal ones are served


@dataclass(frozen=True)
class Suggestion:
    status: str
    reason: str  # English source template, context "Checklist"
    args: dict[str, str] = field(default_factory=dict)

    def text(self, translate: Callable[[str, str], str] = lambda _c, t: t) -> str:
        return translate("Checklist", self.reason).format(**self.args)


def _locale(conn: sqlite3.Connection) -> str:
    return shop_settings.get_all(conn).get("locale", "vi_VN")


def target_segments(conn: sqlite3.Connection, today: dt.date) -> Suggestion:
    """'We have clearly defined, known target segments': are segments marked as targets?"""
    from app.services.segments import membership

    targets = [ref for ref, (is_target, _vp, _usp) in segment_store.target_profiles(conn).items() if is_target]
    if not targets:
        return Suggestion("not_started", QT_TRANSLATE_NOOP(
            "Checklist", "No segment is marked as a target segment yet (Segments tab, Targeting)."))
    names = ", ".join(membership.segment_name(conn, ref) for ref in targets)
    return Suggestion("done", QT_TRANSLATE_NOOP("Checklist", "Target segments marked: {names}."), {"names": names})


def promotions(conn: sqlite3.Connection, today: dt.date) -> Suggestion | None:
    """'Check that promotions reward new and existing customers': this quarter's new customers and
    returning customers' share of the customers' revenue."""
    from app.services.overview import figures

    latest = overview_store.latest_sale_time(conn)
    if latest is None:
        return None
    period = figures.period_of(PROMOTION_PERIOD, stored_to_date(latest))
    now = figures.period_figures(conn, period)
    share = now.returning_revenue_share
    locale = _locale(conn)
    args = {"new": formatting.number(now.new_customers, locale=locale),
            "share": formatting.percent(share, locale=locale)}
    if now.new_customers and share is not None and share >= LOYAL_SHARE:
        return Suggestion("done", QT_TRANSLATE_NOOP(
            "Checklist", "This quarter {new} new customers bought, and returning customers brought {share} of "
                         "the customers' revenue: both are served."), args)
    return Suggestion("in_progress", QT_TRANSLATE_NOOP(
        "Checklist", "This quarter {new} new customers bought, and returning customers brought {share} of the "
                     "customers' revenue: one of the two is not served well."), args)


def journey_reviews(conn: sqlite3.Connection, today: dt.date) -> Suggestion:
    """'Review and update the journey maps': each map's last review (due after about 6 months)."""
    from app.services.journey import store as journeys

    maps = journeys.summaries(conn, today)
    if not maps:
        return Suggestion("not_started", QT_TRANSLATE_NOOP("Checklist", "There is no journey map yet."))
    due = [m.title for m in maps if m.review_due]
    if due:
        return Suggestion("in_progress", QT_TRANSLATE_NOOP(
            "Checklist", "{count} of {total} journey maps are due for review: {titles}."),
            {"count": str(len(due)), "total": str(len(maps)), "titles": ", ".join(due)})
    latest = max(m.reviewed_on for m in maps if m.reviewed_on is not None)
    return Suggestion("done", QT_TRANSLATE_NOOP(
        "Checklist", "Every journey map was reviewed in the last 6 months (latest review {date})."),
        {"date": formatting.date(latest, _locale(conn))})


def segments_refresh(conn: sqlite3.Connection, today: dt.date) -> Suggestion:
    """'Refresh the segments with the latest sales': how old the newest sale in the shop file is."""
    latest = overview_store.latest_sale_time(conn)
    if latest is None:
        return Suggestion("not_started", QT_TRANSLATE_NOOP("Checklist", "No sales have been imported yet."))
    day = stored_to_date(latest)
    args = {"date": formatting.date(day, _locale(conn))}
    if (today - day).days <= RECENT_SALES_DAYS:
        return Suggestion("done", QT_TRANSLATE_NOOP(
            "Checklist", "The newest sale is from {date}: the segments are up to date."), args)
    return Suggestion("not_started", QT_TRANSLATE_NOOP(
        "Checklist", "The newest sale is from {date}: import the latest sales to refresh the segments."), args)


def customer_experience(conn: sqlite3.Connection, today: dt.date) -> Suggestion:
    """'We actively manage and improve the customer experience': the journey maps' improvements."""
    from app.services.journey import store as journeys

    rows = journeys.all_improvements(conn)
    if not rows:
        return Suggestion("not_started", QT_TRANSLATE_NOOP(
            "Checklist", "No improvement is planned on a journey map yet."))
    done = sum(r.improvement.status == "done" for r in rows)
    args = {"done": str(done), "total": str(len(rows))}
    if done:
        return Suggestion("done", QT_TRANSLATE_NOOP(
            "Checklist", "{done} of {total} improvements on the journey maps are done."), args)
    return Suggestion("in_progress", QT_TRANSLATE_NOOP(
        "Checklist", "{total} improvements are planned on the journey maps; none is done yet."), args)


def personalised_communication(conn: sqlite3.Connection, today: dt.date) -> Suggestion | None:
    """'We plan and deliver personalised communication': customers you may contact personally."""
    buyers = len(segment_store.customer_labels(conn))
    if not buyers:
        return None
    reachable = len(segment_store.reachable_customer_ids(conn))
    locale = _locale(conn)
    args = {"count": formatting.number(reachable, locale=locale),
            "share": formatting.percent(100.0 * reachable / buyers, locale=locale)}
    if not reachable:
        return Suggestion("not_started", QT_TRANSLATE_NOOP(
            "Checklist", "No customer with a phone or e-mail has agreed to marketing messages yet."))
    return Suggestion("in_progress", QT_TRANSLATE_NOOP(
        "Checklist", "{count} customers ({share} of buyers) agreed to marketing messages and can be contacted "
                     "personally."), args)


SUGGESTERS: dict[str, Callable[[sqlite3.Connection, dt.date], Suggestion | None]] = {
    "progress.1": target_segments,
    "progress.4": customer_experience,
    "progress.5": personalised_communication,
    "act_now.7": promotions,
    "routines.journeys": journey_reviews,
    "routines.segments": segments_refresh,
}


def suggest_all(conn: sqlite3.Connection, today: dt.date | None = None) -> dict[str, Suggestion]:
    today = today or dt.date.today()
    out = {}
    for key, suggest in SUGGESTERS.items():
        found = suggest(conn, today)
        if found is not None:
            out[key] = found
    return out
