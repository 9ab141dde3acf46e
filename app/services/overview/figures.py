"""The Overview's headline figures for the period (month, quarter or year) that holds the shop's latest
sale, against the period before: buying customers, new customers, customers' and walk-in revenue,
returning customers' share of the customers' revenue; with the whole-history figures of the segments
(top 20%'s share, premium customers at risk and their revenue at stake) and the journey maps due for
review. The period ends on the latest sale, so the current period is usually still running."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, field

from app.i18n import QT_TRANSLATE_NOOP
from app.models import overview as store
from app.models import settings as shop_settings
from app.models.units import datetime_to_stored, stored_to_date
from app.services.errors import UserError

PERIODS = ("month", "quarter", "year")
MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "year": 12}


@dataclass(frozen=True)
class Period:
    kind: str  # "month", "quarter" or "year"
    start: dt.date
    end: dt.date  # exclusive

    @property
    def first_month(self) -> int:
        return self.start.year * 100 + self.start.month

    @property
    def last_month(self) -> int:
        last = self.end - dt.timedelta(days=1)
        return last.year * 100 + last.month

    def previous(self) -> Period:
        return period_of(self.kind, self.start - dt.timedelta(days=1))


def period_of(kind: str, day: dt.date) -> Period:
    """The month, quarter or year holding `day`."""
    if kind not in MONTHS_PER_PERIOD:
        raise UserError(QT_TRANSLATE_NOOP("Overview", "The period must be month, quarter or year."),
                        context="Overview")
    span = MONTHS_PER_PERIOD[kind]
    first_month = (day.month - 1) // span * span + 1
    start = dt.date(day.year, first_month, 1)
    months = start.year * 12 + start.month - 1 + span
    return Period(kind, start, dt.date(months // 12, months % 12 + 1, 1))


@dataclass
class PeriodFigures:
    customers: int = 0  # customers who bought in the period
    new_customers: int = 0  # ... whose first purchase falls in the period
    customer_revenue: int = 0  # thousandths
    new_customer_revenue: int = 0
    walk_in_revenue: int = 0

    @property
    def returning_customers(self) -> int:
        return self.customers - self.new_customers

    @property
    def revenue(self) -> int:
        return self.customer_revenue + self.walk_in_revenue

    @property
    def returning_revenue_share(self) -> float | None:
        """Percent of the customers' revenue from customers who had bought before the period."""
        if not self.customer_revenue:
            return None
        return 100.0 * (self.customer_revenue - self.new_customer_revenue) / self.customer_revenue


def period_figures(conn: sqlite3.Connection, period: Period) -> PeriodFigures:
    customers, revenue, new, new_revenue = store.customer_period(conn, period.first_month, period.last_month)
    walk_in = store.walk_in_months(conn, datetime_to_stored(period.start), datetime_to_stored(period.end))
    return PeriodFigures(customers=customers, new_customers=new, customer_revenue=revenue,
                         new_customer_revenue=new_revenue, walk_in_revenue=sum(r for _m, r in walk_in))


@dataclass
class MonthRow:
    month: int  # yyyymm
    customer_revenue: int = 0
    walk_in_revenue: int = 0
    new_customers: int = 0
    returning_customers: int = 0


def months(conn: sqlite3.Connection, last: dt.date, count: int = 24) -> list[MonthRow]:
    """The `count` months up to the one holding `last`, oldest first, every month present."""
    index = last.year * 12 + last.month - 1 - (count - 1)
    keys = [(index + i) // 12 * 100 + (index + i) % 12 + 1 for i in range(count)]
    rows = {k: MonthRow(k) for k in keys}
    for month, customers, revenue, new, _new_revenue in store.customer_months(conn, keys[0], keys[-1]):
        row = rows[month]
        row.customer_revenue, row.new_customers, row.returning_customers = revenue, new, customers - new
    start = dt.date(keys[0] // 100, keys[0] % 100, 1)
    end = period_of("month", last).end
    for month, revenue in store.walk_in_months(conn, datetime_to_stored(start), datetime_to_stored(end)):
        rows[month].walk_in_revenue = revenue
    return list(rows.values())


def recent_months(conn: sqlite3.Connection, count: int = 24) -> list[MonthRow]:
    """The `count` months up to the latest sale's ([] without sales)."""
    latest = store.latest_sale_time(conn)
    return [] if latest is None else months(conn, stored_to_date(latest), count)


@dataclass
class Headline:
    period: Period | None  # None in a shop without sales
    current: PeriodFigures
    previous: PeriodFigures
    top20_share: float | None  # percent of all customers' revenue, whole history
    at_risk_customers: int
    revenue_at_stake: int  # thousandths
    reviews_due: list[str]  # titles of the journey maps due for review
    currency: str
    locale: str
    months: list[MonthRow] = field(default_factory=list)
    latest_sale: dt.date | None = None  # the day of the latest sale, where the current period stops

    @property
    def empty(self) -> bool:
        return self.period is None

    @property
    def shown_end(self) -> dt.date | None:
        """The last day the current period's figures cover: the latest sale while the period runs."""
        if self.period is None:
            return None
        last = self.period.end - dt.timedelta(days=1)
        return min(last, self.latest_sale) if self.latest_sale else last

    def as_json(self) -> dict:
        out: dict = {"empty": self.empty, "currency": self.currency}
        if self.period is not None:
            previous = self.period.previous()
            out["period"] = {"kind": self.period.kind, "start": self.period.start.isoformat(),
                             "end": (self.period.end - dt.timedelta(days=1)).isoformat(),
                             "previous_start": previous.start.isoformat(),
                             "previous_end": (previous.end - dt.timedelta(days=1)).isoformat(),
                             "latest_sale": self.latest_sale.isoformat() if self.latest_sale else None}
        for name in ("current", "previous"):
            figures: PeriodFigures = getattr(self, name)
            out[name] = {**asdict(figures), "returning_customers": figures.returning_customers,
                         "revenue": figures.revenue, "returning_revenue_share": figures.returning_revenue_share}
        out.update(top20_share=self.top20_share, premium_at_risk=self.at_risk_customers,
                   revenue_at_stake=self.revenue_at_stake, reviews_due=self.reviews_due)
        return out


@dataclass(frozen=True)
class SegmentHeadline:
    top20_share: float | None
    at_risk_customers: int
    revenue_at_stake: int  # thousandths


def segment_headline(conn: sqlite3.Connection) -> SegmentHeadline:
    """The whole-history figures of the segments (numpy): the top 20%'s share, premium customers at risk."""
    from app.services.segments import figures as segment_figures
    from app.services.segments import value

    current = segment_figures.current(conn)
    if not len(current):
        return SegmentHeadline(None, 0, 0)
    at_risk = value.premium_at_risk(current)
    return SegmentHeadline(value.customer_value(current).top20_share, at_risk.count, at_risk.revenue_at_stake)


def headline(conn: sqlite3.Connection, kind: str = "month", *, today: dt.date | None = None,
             with_months: bool = True, with_segments: bool = True) -> Headline:
    """The headline figures of the period of `kind` holding the latest sale, and the one before.
    Without `with_segments` (the first paint, no numpy) the segments' figures are None and 0."""
    from app.services.journey import store as journeys

    conf = shop_settings.get_all(conn)
    latest = store.latest_sale_time(conn)
    today = today or dt.date.today()
    reviews_due = [j.title for j in journeys.summaries(conn, today) if j.review_due]
    currency, locale = conf.get("currency", "VND"), conf.get("locale", "vi_VN")
    if latest is None:
        period_of(kind, today)  # refuses an unknown period here too
        return Headline(None, PeriodFigures(), PeriodFigures(), None, 0, 0, reviews_due, currency, locale)
    last_day = stored_to_date(latest)
    period = period_of(kind, last_day)
    segments = segment_headline(conn) if with_segments else SegmentHeadline(None, 0, 0)
    return Headline(
        period=period, current=period_figures(conn, period), previous=period_figures(conn, period.previous()),
        top20_share=segments.top20_share,
        at_risk_customers=segments.at_risk_customers, revenue_at_stake=segments.revenue_at_stake,
        reviews_due=reviews_due, currency=currency, locale=locale,
        months=months(conn, last_day) if with_months else [], latest_sale=last_day,
    )
