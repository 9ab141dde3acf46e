""""By the numbers": the live figures of a persona's linked segment, computed from the members'
aggregates only (customers, customer_months, customer_categories, customer_segments); no customer's
name, phone or e-mail is ever read here, so none can reach a card.

Definitions (all over the segment's members with purchases):
- revenue share: the members' revenue over every customer's revenue (walk-in sales excluded);
- average basket: revenue / purchase invoices;
- purchases per year: purchase invoices in the last 12 calendar months (the current one included)
  per member;
- typical days between purchases: the median usual gap of the members who bought twice or more
  (same definition as the segments: (last day - first day) / (invoices - 1), at least 7);
- days since the last purchase: the median recency, counted to the day after the shop's last purchase
  (the segments' reference date), which is also the date of the figures;
- mixes (age range, gender, province, district, channel): share of the members with that value among
  those for whom it is known; categories: share of the members who bought it / whose first purchase
  was in it;
- reachable: share with consent to marketing and a phone or an e-mail;
- NPS (once feedback exists): % promoters (9-10) - % detractors (0-6) over each member's latest answer."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP
from app.models import personas as store
from app.models.units import SECONDS_PER_DAY, day_to_date

TOP = 3
MIN_GAP_DAYS = 7
PREMIUM_TIERS = ("vip", "premium")


@dataclass(frozen=True)
class Share:
    label: str  # a stored value (an attribute key such as '25_34', a province, a category name)
    count: int
    share: float  # percent


@dataclass(frozen=True)
class SegmentNumbers:
    ref: str
    as_of: dt.date | None  # the date the figures run to (the day after the shop's last purchase)
    customers: int
    premium_customers: int
    revenue: int  # thousandths
    revenue_share: float | None
    average_basket: float | None  # thousandths
    purchases_per_year: float | None
    typical_gap_days: float | None
    days_since_last: float | None
    reachable_share: float | None
    nps: float | None
    age_mix: list[Share] = field(default_factory=list)
    gender_mix: list[Share] = field(default_factory=list)
    provinces: list[Share] = field(default_factory=list)
    districts: list[Share] = field(default_factory=list)
    categories_by_buyers: list[Share] = field(default_factory=list)
    categories_by_first: list[Share] = field(default_factory=list)
    channels: list[Share] = field(default_factory=list)


def _shares(counter: Counter, base: int, top: int | None = TOP) -> list[Share]:
    if base <= 0:
        return []
    items = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return [Share(str(label), count, 100.0 * count / base) for label, count in items[:top]]


def _months_back(day: dt.date, months: int) -> int:
    index = day.year * 12 + day.month - 1 - months
    return (index // 12) * 100 + index % 12 + 1


def segment_nps(conn: sqlite3.Connection, member_ids: list[int]) -> float | None:
    """The NPS of the segment's customers (their latest answers, app.services.feedback.nps); None while
    none of them has answered."""
    from app.services.feedback import nps

    return nps.segment_nps(conn, member_ids).nps


def member_ids(conn: sqlite3.Connection, ref: str) -> list[int]:
    from app.services.segments import membership

    return membership.customer_ids(conn, ref)


def compute(conn: sqlite3.Connection, ref: str, ids: list[int] | None = None) -> SegmentNumbers:
    """The figures of segment `ref` now (`ids`: its members when the caller has them already)."""
    import statistics

    ids = member_ids(conn, ref) if ids is None else ids
    ids_json = json.dumps(ids)
    rows = store.member_aggregates(conn, ids_json)
    last = store.last_purchase_time(conn)
    as_of_day = None if last is None else last // SECONDS_PER_DAY + 1
    as_of = None if as_of_day is None else day_to_date(as_of_day)
    n = len(rows)
    revenue = sum(r[3] for r in rows)
    invoices = sum(r[2] for r in rows)
    total = store.all_customers_revenue(conn)
    gaps = [max(MIN_GAP_DAYS, (r[1] // SECONDS_PER_DAY - r[0] // SECONDS_PER_DAY) / (r[2] - 1))
            for r in rows if r[2] >= 2]
    recency = [as_of_day - r[1] // SECONDS_PER_DAY for r in rows] if as_of_day is not None else []
    recent_invoices = store.member_invoices_since(conn, ids_json, _months_back(as_of, 11)) if as_of else 0

    def mix(index: int) -> list[Share]:
        counter = Counter(r[index] for r in rows if r[index])
        return _shares(counter, sum(counter.values()), None if index in (4, 5) else TOP)

    buyers = store.member_category_buyers(conn, ids_json)
    return SegmentNumbers(
        ref=ref, as_of=as_of, customers=n,
        premium_customers=sum(1 for r in rows if r[11] in PREMIUM_TIERS),
        revenue=revenue,
        revenue_share=100.0 * revenue / total if total else None,
        average_basket=revenue / invoices if invoices else None,
        purchases_per_year=recent_invoices / n if n else None,
        typical_gap_days=float(statistics.median(gaps)) if gaps else None,
        days_since_last=float(statistics.median(recency)) if recency else None,
        reachable_share=100.0 * sum(1 for r in rows if r[10]) / n if n else None,
        nps=segment_nps(conn, ids),
        age_mix=mix(4), gender_mix=mix(5), provinces=mix(6), districts=mix(7), channels=mix(8),
        categories_by_first=_shares(Counter(r[9] for r in rows if r[9]), n),
        categories_by_buyers=[Share(name, count, 100.0 * count / n) for name, count in buyers[:TOP]] if n else [],
    )


@dataclass(frozen=True)
class Headline:
    """The few figures a card shows: the same values as `compute` gives for them."""

    customers: int
    revenue_share: float | None
    average_basket: float | None  # thousandths


def headlines(conn: sqlite3.Connection, refs: list[str]) -> dict[str, Headline]:
    """The headline figures of many segments at once: RFM segments and tiers from two grouped
    queries over the stored figures (brought up to date first), other segments one by one."""
    from app.services.errors import UserError
    from app.services.segments import figures, membership

    figures.ensure_fresh(conn)
    total = store.all_customers_revenue(conn)
    grouped = {"rfm": store.group_totals(conn, "segment"), "tier": store.group_totals(conn, "tier")}
    out: dict[str, Headline] = {}
    for ref in dict.fromkeys(refs):
        kind, parts = membership.parse_ref(ref)
        if kind in grouped and len(parts) == 1:
            n, revenue, invoices = grouped[kind].get(parts[0], (0, 0, 0))
            out[ref] = Headline(n, 100.0 * revenue / total if total else None,
                                revenue / invoices if invoices else None)
            continue
        try:
            numbers = compute(conn, ref)
        except UserError:
            continue
        out[ref] = Headline(numbers.customers, numbers.revenue_share, numbers.average_basket)
    return out


# --- the figures as lines of text (the panel, the PDF and the command line show the same) ---------

_LABELS = {
    "customers": QT_TRANSLATE_NOOP("PersonaNumbers", "Customers"),
    "premium": QT_TRANSLATE_NOOP("PersonaNumbers", "Premium customers among them"),
    "revenue_share": QT_TRANSLATE_NOOP("PersonaNumbers", "Share of revenue"),
    "basket": QT_TRANSLATE_NOOP("PersonaNumbers", "Average basket"),
    "per_year": QT_TRANSLATE_NOOP("PersonaNumbers", "Purchases per year"),
    "gap": QT_TRANSLATE_NOOP("PersonaNumbers", "Typical days between purchases"),
    "since": QT_TRANSLATE_NOOP("PersonaNumbers", "Days since the last purchase"),
    "reachable": QT_TRANSLATE_NOOP("PersonaNumbers", "Reachable (consent and phone or e-mail)"),
    "nps": QT_TRANSLATE_NOOP("PersonaNumbers", "Net Promoter Score"),
    "age": QT_TRANSLATE_NOOP("PersonaNumbers", "Age ranges"),
    "gender": QT_TRANSLATE_NOOP("PersonaNumbers", "Gender"),
    "provinces": QT_TRANSLATE_NOOP("PersonaNumbers", "Top provinces"),
    "districts": QT_TRANSLATE_NOOP("PersonaNumbers", "Top districts"),
    "categories": QT_TRANSLATE_NOOP("PersonaNumbers", "Favourite categories (buyers)"),
    "first": QT_TRANSLATE_NOOP("PersonaNumbers", "First purchase in"),
    "channels": QT_TRANSLATE_NOOP("PersonaNumbers", "Channels"),
}
AS_OF = QT_TRANSLATE_NOOP("PersonaNumbers", "Figures as of {date}")
NO_SEGMENT = QT_TRANSLATE_NOOP("PersonaNumbers", "Link a segment to see its live figures.")
MISSING_SEGMENT = QT_TRANSLATE_NOOP("PersonaNumbers", "The linked segment no longer exists.")
NO_CUSTOMERS = QT_TRANSLATE_NOOP("PersonaNumbers", "No customer is in this segment yet.")


def describe(numbers: SegmentNumbers, currency: str, locale: str, translate=None) -> list[tuple[str, str]]:
    """(label, value) lines in the interface language (`translate(context, text)`), figures in the
    shop's locale; an unknown figure is left out."""
    from app.models.attributes import BY_KEY
    from app.services import formatting

    say = translate or (lambda _context, text: text)

    def pct(value: float | None) -> str:
        return formatting.percent(value, 0, locale)

    def shares(items: list[Share], attribute: str | None = None) -> str:
        def label(value: str) -> str:
            return say("Attribute", BY_KEY[attribute].choice_label(value)) if attribute else value
        return ", ".join(f"{label(s.label)} {pct(s.share)}" for s in items)

    lines = [
        ("customers", formatting.number(numbers.customers, 0, locale)),
        ("premium", formatting.number(numbers.premium_customers, 0, locale)),
        ("revenue_share", pct(numbers.revenue_share) if numbers.revenue_share is not None else ""),
        ("basket", formatting.stored_money(round(numbers.average_basket), currency, locale)
         if numbers.average_basket is not None else ""),
        ("per_year", formatting.number(numbers.purchases_per_year, 1, locale)
         if numbers.purchases_per_year is not None else ""),
        ("gap", formatting.number(numbers.typical_gap_days, 0, locale) if numbers.typical_gap_days is not None else ""),
        ("since", formatting.number(numbers.days_since_last, 0, locale) if numbers.days_since_last is not None else ""),
        ("reachable", pct(numbers.reachable_share) if numbers.reachable_share is not None else ""),
        ("nps", formatting.number(numbers.nps, 0, locale) if numbers.nps is not None else ""),
        ("age", shares(numbers.age_mix[:TOP], "age_group")),
        ("gender", shares(numbers.gender_mix, "gender")),
        ("provinces", shares(numbers.provinces)),
        ("districts", shares(numbers.districts)),
        ("categories", shares(numbers.categories_by_buyers)),
        ("first", shares(numbers.categories_by_first)),
        ("channels", shares(numbers.channels)),
    ]
    return [(say("PersonaNumbers", _LABELS[key]), value) for key, value in lines if value]


def as_of_text(numbers: SegmentNumbers, locale: str, translate=None) -> str:
    from app.services import formatting

    say = translate or (lambda _context, text: text)
    return say("PersonaNumbers", AS_OF).format(date=formatting.date(numbers.as_of, locale)) if numbers.as_of else ""


def for_persona(conn: sqlite3.Connection, ref: str | None) -> tuple[SegmentNumbers | None, str]:
    """(figures, message): the figures of a persona's segment, or None with the reason (context
    "PersonaNumbers") when it has no segment, its segment is gone, or the segment is empty."""
    from app.services.errors import UserError

    if not ref:
        return None, NO_SEGMENT
    try:
        numbers = compute(conn, ref)
    except UserError:
        return None, MISSING_SEGMENT
    return numbers, "" if numbers.customers else NO_CUSTOMERS
