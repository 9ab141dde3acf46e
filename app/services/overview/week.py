"""The Overview's "This week": who to contact now, each with their phone and a "done" tick.

- slipping: premium customers slipping away (the segments' premium at risk, most valuable first); the
  event is their last purchase.
- detractor: customers who answered 0-6 in the last year and whose follow-up on the Feedback tab is not
  resolved (app.services.feedback.followups), newest answer first; the event is the answer.
- large_purchase: the Feedback tab's rule for "contact customers after a large purchase": an invoice of
  the last 30 days among the largest 10% of the last year's invoices, from a customer who has not
  answered since that day and whose follow-up is not resolved, newest first; the event is the invoice.
- birthday: customers who agreed to marketing messages with a birthday in the next seven days (seed
  000: responses triggered by events such as birthdays; 29 February is celebrated on 1 March in other
  years); the event is the birthday.

A tick is kept in the shop file (`contacts_done`, keyed by reason, customer and the event's day), so a
new event (another purchase, answer or birthday) brings the person back. Ticked contacts stay on the
list, ticked, for the seven days after the tick; `set_done` returns the previous state for undo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from app.models import db
from app.models import overview as store
from app.models import segments as segment_store
from app.models.units import stored_to_date
from app.services.changes import Changes

SHOWN_PER_REASON = 10  # contacts not yet done, per reason
DAYS_AHEAD = 7
TICKS_SHOWN_DAYS = 7  # a ticked contact stays on the list, ticked, this many days
REASONS = ("slipping", "detractor", "large_purchase", "birthday")
SLIPPING_SHOWN = SHOWN_PER_REASON


@dataclass(frozen=True)
class Contact:
    customer_id: int
    name: str
    phone: str
    reason: str  # one of REASONS
    day: dt.date | None = None  # the event: last purchase, answer, invoice or birthday
    revenue: int = 0  # thousandths: the premium customer's spend
    score: int | None = None  # the detractor's answer
    amount: int = 0  # thousandths: the large invoice's total
    done_on: dt.date | None = None  # when the owner ticked it as done

    @property
    def done(self) -> bool:
        return self.done_on is not None

    @property
    def key(self) -> tuple[str, int, str]:
        return self.reason, self.customer_id, self.day.isoformat() if self.day else ""


def slipping_away(conn: sqlite3.Connection, limit: int | None = SLIPPING_SHOWN) -> list[Contact]:
    from app.services.segments import figures, value

    current = figures.current(conn)
    rows = value.premium_at_risk(current).rows[:limit]
    labels = _labels(conn, [r["customer_id"] for r in rows])
    return [Contact(r["customer_id"], *labels[r["customer_id"]], "slipping",
                    day=current.as_of - dt.timedelta(days=int(r["recency_days"])), revenue=int(r["monetary"]))
            for r in rows if r["customer_id"] in labels]


def detractors(conn: sqlite3.Connection, today: dt.date | None = None) -> list[Contact]:
    """Detractors of the last year without a resolved follow-up, newest answer first."""
    from app.services.feedback import followups

    found = followups.followups(conn, "detractor", today=today, include_resolved=False)
    labels = _labels(conn, [f.customer_id for f in found])
    return _one_per_day([Contact(f.customer_id, *labels[f.customer_id], "detractor", day=stored_to_date(f.when),
                                 score=f.score) for f in found if f.customer_id in labels])


def large_purchases(conn: sqlite3.Connection, today: dt.date | None = None) -> list[Contact]:
    """Recent large purchases with no answer from the customer since (the Feedback tab's rule), newest first;
    one per customer and day."""
    from app.models.units import datetime_to_stored
    from app.services.feedback import followups

    today = today or dt.date.today()
    latest = store.latest_sale_time(conn)
    window_start = today - dt.timedelta(days=followups.LARGE_WINDOW_DAYS)
    if latest is None or latest < datetime_to_stored(window_start):
        return []  # no sale in the window: spare the scan of the year's invoices
    found = followups.followups(conn, "large_purchase", today=today, include_resolved=False)
    labels = _labels(conn, [f.customer_id for f in found])
    return _one_per_day([Contact(f.customer_id, *labels[f.customer_id], "large_purchase",
                                 day=stored_to_date(f.when), amount=f.amount or 0)
                         for f in found if f.customer_id in labels])


def birthdays(conn: sqlite3.Connection, today: dt.date | None = None, days: int = DAYS_AHEAD) -> list[Contact]:
    """Customers who agreed to marketing with a birthday from today to `days` - 1 days ahead, soonest first."""
    today = today or dt.date.today()
    coming = [today + dt.timedelta(days=i) for i in range(days)]
    month_days = {d.strftime("%m-%d"): d for d in coming}
    if dt.date(today.year, 2, 28) in coming and "03-01" in month_days and not _leap(today.year):
        month_days["02-29"] = month_days["03-01"]  # born on 29 February: celebrated on 1 March
    found = [Contact(cid, name, phone or "", "birthday", day=month_days[birthday[5:10]])
             for cid, name, phone, birthday in store.consenting_birthdays(conn, list(month_days))]
    return sorted(found, key=lambda c: (c.day, c.name))


def this_week(conn: sqlite3.Connection, today: dt.date | None = None,
              shown: int = SHOWN_PER_REASON) -> list[Contact]:
    """Everyone to contact now, by reason (slipping, detractors, large purchases, birthdays): per reason
    the first `shown` not yet done, and those ticked in the last seven days (ticked)."""
    today = today or dt.date.today()
    ticks = store.contacts_done(conn)
    since = today - dt.timedelta(days=TICKS_SHOWN_DAYS)
    out: list[Contact] = []
    for found in (slipping_away(conn, None), detractors(conn, today), large_purchases(conn, today),
                  birthdays(conn, today)):
        marked = [replace(c, done_on=dt.date.fromisoformat(ticks[c.key])) if c.key in ticks else c for c in found]
        out += [c for c in marked if not c.done][:shown]
        out += [c for c in marked if c.done and c.done_on is not None and c.done_on >= since]
    return out


@dataclass(frozen=True)
class TickChange:
    contact: Contact
    previous: str | None  # done_on before the change (YYYY-MM-DD), None when it was not ticked

    @property
    def changes(self) -> Changes:
        return Changes.of_customers([self.contact.customer_id])


def set_done(conn: sqlite3.Connection, contact: Contact, done: bool, *,
             today: dt.date | None = None) -> TickChange:
    """Ticks (or unticks) one contact as done; returns the previous state for `restore_done`."""
    reason, customer_id, event_on = contact.key
    with db.transaction(conn):
        previous = store.contacts_done(conn).get(contact.key)
        if done:
            store.put_contact_done(conn, reason, customer_id, event_on, (today or dt.date.today()).isoformat())
        else:
            store.delete_contact_done(conn, reason, customer_id, event_on)
    return TickChange(contact, previous)


def restore_done(conn: sqlite3.Connection, contact: Contact, previous: str | None) -> TickChange:
    """Undo of set_done: the tick as it was."""
    reason, customer_id, event_on = contact.key
    with db.transaction(conn):
        if previous is None:
            store.delete_contact_done(conn, reason, customer_id, event_on)
        else:
            store.put_contact_done(conn, reason, customer_id, event_on, previous)
    return TickChange(contact, None)


def _labels(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str, str]]:
    """customer_id -> (name, phone)."""
    return {cid: (name, phone or "") for cid, _code, name, phone, _email in segment_store.customer_labels(conn, ids)}


def _one_per_day(contacts: list[Contact]) -> list[Contact]:
    """One contact per customer and day (two large invoices the same day are one call)."""
    seen: set[tuple[str, int, str]] = set()
    out = []
    for contact in contacts:
        if contact.key not in seen:
            seen.add(contact.key)
            out.append(contact)
    return out


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
