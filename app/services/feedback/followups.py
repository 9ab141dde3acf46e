"""Who to contact, and what was done: detractors to call back (newest first, with their value tier and
spend), promoters to ask for a review or a referral, and customers who made a large purchase recently
and have not been asked (seed 000: "contact customers after a large purchase"). Each follow-up has a
status (to do, contacted, resolved), a note and the date of its last change; the list is exportable.
Also the revenue at risk: what detractors spent over the last 12 months, premium detractors first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db
from app.models import feedback as store
from app.models.text import nfc
from app.models.units import datetime_to_stored, stored_to_date, stored_to_money
from app.services.changes import Changes
from app.services.errors import UserError
from app.services.feedback.definitions import FOLLOWUP_KINDS, STATUSES

ANSWER_WINDOW_DAYS = 365  # detractors and promoters of the last year
LARGE_WINDOW_DAYS = 30  # large purchases of the last month...
LARGE_SHARE = 0.10  # ...among the largest 10% of the year's invoices
PREMIUM_TIERS = ("vip", "premium")


@dataclass(frozen=True)
class FollowUp:
    kind: str  # detractor, promoter, large_purchase
    ref: str  # the response id, or the invoice
    customer_id: int
    name: str
    code: str
    tier: str
    spend: int  # the customer's total revenue, thousandths
    when: int  # answered_at or sold_at, seconds
    score: int | None
    amount: int | None  # the invoice total (large purchases), thousandths
    comment: str
    status: str
    note: str
    updated_at: int | None


def _now_seconds() -> int:
    return datetime_to_stored(dt.datetime.now())


def _status(statuses: dict, ref: str) -> tuple[str, str, int | None]:
    return statuses.get(ref, ("todo", "", None))


def followups(conn: sqlite3.Connection, kind: str, *, today: dt.date | None = None,
              include_resolved: bool = True) -> list[FollowUp]:
    """The follow-ups of one kind, newest first."""
    if kind not in FOLLOWUP_KINDS:
        raise ValueError(kind)
    today = today or dt.date.today()
    statuses = store.followup_statuses(conn, kind)
    items: list[FollowUp] = []
    if kind in ("detractor", "promoter"):
        low, high = (0, 6) if kind == "detractor" else (9, 10)
        since = datetime_to_stored(today - dt.timedelta(days=ANSWER_WINDOW_DAYS))
        for rid, when, cid, name, code, score, comment, _ch, _src, tier, revenue in store.responses_in_range(
                conn, low, high, since):
            status, note, updated = _status(statuses, str(rid))
            items.append(FollowUp(kind, str(rid), cid, name, code, tier, revenue, when, score, None, comment,
                                  status, note, updated))
    else:
        year_ago = datetime_to_stored(today - dt.timedelta(days=ANSWER_WINDOW_DAYS))
        amounts = sorted(store.invoice_amounts_since(conn, year_ago))
        if not amounts:
            return []
        threshold = amounts[min(len(amounts) - 1, int(len(amounts) * (1 - LARGE_SHARE)))]
        since = datetime_to_stored(today - dt.timedelta(days=LARGE_WINDOW_DAYS))
        for cid, invoice, when, amount, name, code, tier, revenue in store.large_invoices(conn, since, threshold):
            status, note, updated = _status(statuses, invoice)
            items.append(FollowUp(kind, invoice, cid, name, code, tier, revenue, when, None, amount, "",
                                  status, note, updated))
    if not include_resolved:
        items = [i for i in items if i.status != "resolved"]
    return items


@dataclass(frozen=True)
class StatusChange:
    customers: list[int]
    previous: tuple[str, str, int] | None  # (status, note, updated_at) before, None when it had no row

    @property
    def changes(self) -> Changes:
        return Changes(feedback=True)


def set_status(conn: sqlite3.Connection, kind: str, ref: str, customer_id: int, status: str, note: str = "",
               *, when: int | None = None) -> StatusChange:
    """Records what was done about one follow-up; returns the previous state for undo."""
    if kind not in FOLLOWUP_KINDS or status not in STATUSES:
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "Unknown follow-up status “{value}”."), context="Feedback",
                        value=status)
    with db.transaction(conn):
        previous = store.get_followup(conn, kind, ref)
        store.put_followup(conn, kind, ref, customer_id, status, nfc(note).strip(), when or _now_seconds())
    return StatusChange([customer_id], previous)


def restore_status(conn: sqlite3.Connection, kind: str, ref: str, customer_id: int,
                   previous: tuple[str, str, int] | None) -> StatusChange:
    """Undo of set_status."""
    with db.transaction(conn):
        if previous is None:
            store.delete_followup(conn, kind, ref)
        else:
            store.put_followup(conn, kind, ref, customer_id, *previous)
    return StatusChange([customer_id], None)


EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("Feedback", "Follow-up"), QT_TRANSLATE_NOOP("Feedback", "Customer"),
    QT_TRANSLATE_NOOP("Feedback", "Code"), QT_TRANSLATE_NOOP("Feedback", "Value tier"),
    QT_TRANSLATE_NOOP("Feedback", "Total spend"), QT_TRANSLATE_NOOP("Feedback", "Date"),
    QT_TRANSLATE_NOOP("Feedback", "Score"), QT_TRANSLATE_NOOP("Feedback", "Invoice total"),
    QT_TRANSLATE_NOOP("Feedback", "Comment"), QT_TRANSLATE_NOOP("Feedback", "Status"),
    QT_TRANSLATE_NOOP("Feedback", "Note"), QT_TRANSLATE_NOOP("Feedback", "Status date"),
)


def export_followups(path: Path, items: list[FollowUp], translate: Callable[[str, str], str] | None = None) -> int:
    """Writes the follow-ups to .csv or .xlsx (headers and labels through `translate`)."""
    from app.services.customer_data import write_table
    from app.services.segments.definitions import TIER_BY_KEY

    label = translate or (lambda _context, text: text)

    def tier_name(key: str) -> str:
        return label("Segment", TIER_BY_KEY[key].name) if key in TIER_BY_KEY else ""

    rows = ((label("Feedback", FOLLOWUP_KINDS[i.kind]), i.name, i.code, tier_name(i.tier), stored_to_money(i.spend),
             stored_to_date(i.when).isoformat(), i.score, None if i.amount is None else stored_to_money(i.amount),
             i.comment, label("Feedback", STATUSES[i.status]), i.note,
             stored_to_date(i.updated_at).isoformat() if i.updated_at else "") for i in items)
    return write_table(Path(path), [label("Feedback", h) for h in EXPORT_HEADERS], rows, sheet="Follow-ups") or 0


# ------------------------------------------------------------------------------------------ revenue at risk

@dataclass(frozen=True)
class AtRisk:
    customer_id: int
    name: str
    code: str
    tier: str
    score: int
    answered_at: int
    revenue: int  # thousandths, over the last 12 months


@dataclass(frozen=True)
class RevenueAtRisk:
    total: int
    premium_total: int
    customers: list[AtRisk]  # premium detractors first, then by revenue


def revenue_at_risk(conn: sqlite3.Connection, *, today: dt.date | None = None) -> RevenueAtRisk:
    """The revenue over the last 12 months of customers whose latest answer is a detractor's."""
    today = today or dt.date.today()
    year, month = (today.year - 1, today.month + 1) if today.month < 12 else (today.year, 1)
    since_month = year * 100 + month  # the current month and the eleven before it
    from app.services.segments.figures import ensure_fresh

    ensure_fresh(conn)
    rows = [AtRisk(*row) for row in store.detractor_revenue(conn, since_month)]
    rows.sort(key=lambda r: (r.tier not in PREMIUM_TIERS, -r.revenue, r.customer_id))
    return RevenueAtRisk(sum(r.revenue for r in rows), sum(r.revenue for r in rows if r.tier in PREMIUM_TIERS), rows)
