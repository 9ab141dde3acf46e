"""How money and time are stored.

Money is an integer number of thousandths of the currency's main unit (`MONEY_SCALE`): exact sums,
and room for the three-decimal prices real exports carry (UCI Online Retail has 0.001 steps) as
well as currencies without a minor unit (VND). Sale times are integer seconds since 1970-01-01 in
the shop's own local time (no time zone: the spreadsheets have none), so a calendar day is
`seconds // 86400`.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

MONEY_SCALE = 1000
SECONDS_PER_DAY = 86400
EPOCH = dt.datetime(1970, 1, 1)
EPOCH_DATE = EPOCH.date()


def money_to_stored(value: Decimal | float | int | str) -> int:
    """12.345 -> 12345 (half-even rounding beyond the third decimal)."""
    d = Decimal(str(value)) * MONEY_SCALE
    return int(d.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def stored_to_money(value: int | None) -> float:
    """12345 -> 12.345, for display and JSON (exact to three decimals after rounding)."""
    if value is None:
        return 0.0
    return round(value / MONEY_SCALE, 3)


def stored_to_decimal(value: int | None) -> Decimal:
    return Decimal(value or 0) / MONEY_SCALE


def datetime_to_stored(value: dt.datetime | dt.date) -> int:
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return int((value.replace(tzinfo=None) - EPOCH).total_seconds())


def stored_to_datetime(value: int) -> dt.datetime:
    return EPOCH + dt.timedelta(seconds=int(value))


def stored_to_date(value: int) -> dt.date:
    return EPOCH_DATE + dt.timedelta(days=int(value) // SECONDS_PER_DAY)


def date_to_day(value: dt.date) -> int:
    """Day number (days since 1970-01-01) of a calendar date."""
    return (value - EPOCH_DATE).days


def day_to_date(day: int) -> dt.date:
    return EPOCH_DATE + dt.timedelta(days=int(day))
