"""The Overview's "This week": who to contact now, each with their phone: premium customers slipping
away (the segments' premium at risk, most valuable first) and birthdays in the next seven days of
customers who agreed to marketing messages (seed 000: responses triggered by events such as
birthdays). Detractors to call back and large purchases without feedback need the feedback tab,
which is not on this branch yet."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from app.models import overview as store
from app.models import segments as segment_store

SLIPPING_SHOWN = 10
DAYS_AHEAD = 7


@dataclass(frozen=True)
class Contact:
    customer_id: int
    name: str
    phone: str
    reason: str  # "slipping" or "birthday"
    day: dt.date | None = None  # the birthday this week
    revenue: int = 0  # thousandths, for the premium customers slipping away


def slipping_away(conn: sqlite3.Connection, limit: int = SLIPPING_SHOWN) -> list[Contact]:
    from app.services.segments import figures, value

    rows = value.premium_at_risk(figures.current(conn)).rows[:limit]
    labels = {cid: (name, phone) for cid, _code, name, phone, _email in
              segment_store.customer_labels(conn, [r["customer_id"] for r in rows])}
    return [Contact(r["customer_id"], labels[r["customer_id"]][0], labels[r["customer_id"]][1] or "", "slipping",
                    revenue=int(r["monetary"])) for r in rows if r["customer_id"] in labels]


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


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
