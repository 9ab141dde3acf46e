"""Statuses the shop's data suggests for the checklist items it can answer, each with its reason: one
function per linked item, listed in SUGGESTERS. A suggestion is only advice; the owner accepts it or not.
Reasons are marked templates (context "Checklist") with named arguments already formatted for the shop's
locale. The feedback items use the Feedback tab's own rules (app.services.feedback.followups): a
detractor's follow-up is open until it is resolved; a large purchase is an invoice of the last 30 days
among the largest 10% of the year's, with no answer from the customer since."""

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
RECENT_FEEDBACK_DAYS = 92  # customers are surveyed quarterly: feedback older than 3 months is stale
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


def _feedback_date(conn: sqlite3.Connection, stored: int) -> str:
    return formatting.date(stored_to_date(stored), _locale(conn))


def feedback_review(conn: sqlite3.Connection, today: dt.date) -> Suggestion:
    """'We regularly review and act on customer feedback': the latest answer's date, and the detractors'
    follow-ups still open (not resolved)."""
    from app.models import feedback as feedback_store
    from app.services.feedback import followups

    latest = feedback_store.latest_score_time(conn)
    if latest is None:
        return Suggestion("not_started", QT_TRANSLATE_NOOP(
            "Checklist", "No customer feedback is recorded yet (Feedback tab)."))
    args = {"date": _feedback_date(conn, latest)}
    if (today - stored_to_date(latest)).days > RECENT_FEEDBACK_DAYS:
        return Suggestion("in_progress", QT_TRANSLATE_NOOP(
            "Checklist", "The latest feedback is from {date}, more than 3 months ago."), args)
    open_ones = followups.followups(conn, "detractor", today=today, include_resolved=False)
    if open_ones:
        return Suggestion("in_progress", QT_TRANSLATE_NOOP(
            "Checklist", "The latest feedback is from {date}; {count} detractors' follow-ups are still open."),
            {**args, "count": formatting.number(len(open_ones), locale=_locale(conn))})
    return Suggestion("done", QT_TRANSLATE_NOOP(
        "Checklist", "The latest feedback is from {date} and every detractor's follow-up is resolved."), args)


def large_purchase_contacts(conn: sqlite3.Connection, today: dt.date) -> Suggestion | None:
    """'Contact your customers after a large purchase': large purchases of the last 30 days without
    feedback since (and without a resolved follow-up)."""
    from app.services.overview import week

    if overview_store.latest_sale_time(conn) is None:
        return None
    waiting = week.large_purchases(conn, today)
    if not waiting:
        return Suggestion("done", QT_TRANSLATE_NOOP(
            "Checklist", "No large purchase of the last 30 days is waiting for feedback."))
    return Suggestion("in_progress", QT_TRANSLATE_NOOP(
        "Checklist", "{count} large purchases of the last 30 days have no feedback yet, the latest on {date} "
                     "(Overview, This week)."),
        {"count": formatting.number(len(waiting), locale=_locale(conn)),
         "date": formatting.date(waiting[0].day, _locale(conn))})


def survey_routine(conn: sqlite3.Connection, today: dt.date) -> Suggestion:
    """'Survey your customers (Net Promoter Score)' every quarter: the latest survey answer's age."""
    from app.models import feedback as feedback_store

    latest, _count, _mean = feedback_store.source_summary(conn, "survey", 0)
    if latest is None:
        return Suggestion("not_started", QT_TRANSLATE_NOOP("Checklist", "No survey answer is recorded yet."))
    args = {"date": _feedback_date(conn, latest)}
    if (today - stored_to_date(latest)).days > RECENT_FEEDBACK_DAYS:
        return Suggestion("not_started", QT_TRANSLATE_NOOP(
            "Checklist", "The latest survey answer is from {date}, more than 3 months ago: time for the next "
                         "survey."), args)
    return Suggestion("done", QT_TRANSLATE_NOOP(
        "Checklist", "The latest survey answer is from {date}: the quarterly survey is up to date."), args)


def online_reviews(conn: sqlite3.Connection, today: dt.date) -> Suggestion | None:
    """'Read the online ratings and reviews': reviews recorded as feedback (source "review") in the last
    3 months. Without any recorded review the data cannot say (the owner may read them elsewhere)."""
    from app.models import feedback as feedback_store
    from app.models.units import datetime_to_stored

    since = datetime_to_stored(today - dt.timedelta(days=RECENT_FEEDBACK_DAYS))
    latest, count, mean = feedback_store.source_summary(conn, "review", since)
    if latest is None:
        return None
    locale = _locale(conn)
    if not count:
        return Suggestion("in_progress", QT_TRANSLATE_NOOP(
            "Checklist", "The latest review recorded is from {date}, more than 3 months ago."),
            {"date": _feedback_date(conn, latest)})
    return Suggestion("done", QT_TRANSLATE_NOOP(
        "Checklist", "{count} reviews were recorded in the last 3 months (average score {mean} out of 10)."),
        {"count": formatting.number(count, locale=locale), "mean": formatting.number(mean or 0.0, 1, locale=locale)})


def persona_reviews(conn: sqlite3.Connection, today: dt.date) -> Suggestion:
    """'Review and refine the personas' every 6 months: each persona's last review (or creation)."""
    from app.services.personas import records

    personas = records.list_personas(conn)
    if not personas:
        return Suggestion("not_started", QT_TRANSLATE_NOOP("Checklist", "There is no persona yet."))
    due = [p.name for p in personas if p.needs_review(today)]
    if due:
        return Suggestion("not_started" if len(due) == len(personas) else "in_progress", QT_TRANSLATE_NOOP(
            "Checklist", "{count} of {total} personas were not reviewed in the last 6 months: {names}."),
            {"count": str(len(due)), "total": str(len(personas)), "names": ", ".join(due)})
    reviewed = [p.reviewed_on for p in personas if p.reviewed_on is not None]
    if not reviewed:
        return Suggestion("done", QT_TRANSLATE_NOOP(
            "Checklist", "Every persona was written in the last 6 months."))
    return Suggestion("done", QT_TRANSLATE_NOOP(
        "Checklist", "Every persona was reviewed or written in the last 6 months (latest review {date})."),
        {"date": formatting.date(max(reviewed), _locale(conn))})


SUGGESTERS: dict[str, Callable[[sqlite3.Connection, dt.date], Suggestion | None]] = {
    "progress.1": target_segments,
    "progress.2": feedback_review,
    "act_now.2": online_reviews,
    "act_now.6": large_purchase_contacts,
    "routines.personas": persona_reviews,
    "routines.survey": survey_routine,
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
