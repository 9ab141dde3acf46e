"""Numbers, money, percentages and dates in the shop's locale and currency, the same on screen, on
the command line and in PDFs: Vietnamese `1.234.567 ₫` and day/month/year, British `£1,234.50`.
Pure Python so that it is fast per cell and testable without Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.units import MONEY_SCALE, stored_to_date


@dataclass(frozen=True)
class LocaleStyle:
    thousands: str
    decimal: str
    date_format: str  # strftime
    datetime_format: str


@dataclass(frozen=True)
class Currency:
    code: str
    symbol: str
    decimals: int
    symbol_first: bool


STYLES: dict[str, LocaleStyle] = {
    "vi_VN": LocaleStyle(".", ",", "%d/%m/%Y", "%d/%m/%Y %H:%M"),
    "en_GB": LocaleStyle(",", ".", "%d/%m/%Y", "%d/%m/%Y %H:%M"),
    "en_US": LocaleStyle(",", ".", "%m/%d/%Y", "%m/%d/%Y %I:%M %p"),
    "de_DE": LocaleStyle(".", ",", "%d.%m.%Y", "%d.%m.%Y %H:%M"),
    "fr_FR": LocaleStyle("\u202f", ",", "%d/%m/%Y", "%d/%m/%Y %H:%M"),
}

CURRENCIES: dict[str, Currency] = {
    "VND": Currency("VND", "₫", 0, False),
    "USD": Currency("USD", "$", 2, True),
    "GBP": Currency("GBP", "£", 2, True),
    "EUR": Currency("EUR", "€", 2, False),
    "AUD": Currency("AUD", "A$", 2, True),
    "SGD": Currency("SGD", "S$", 2, True),
    "JPY": Currency("JPY", "¥", 0, True),
}

DEFAULT_LOCALE_FOR_CURRENCY = {"VND": "vi_VN", "GBP": "en_GB", "USD": "en_US", "EUR": "de_DE"}


def style(locale: str) -> LocaleStyle:
    return STYLES.get(locale) or STYLES["en_GB"]


def currency(code: str) -> Currency:
    return CURRENCIES.get(code.upper()) or Currency(code.upper(), code.upper(), 2, False)


def number(value: float | int | None, decimals: int = 0, locale: str = "vi_VN") -> str:
    if value is None:
        return ""
    s = style(locale)
    text = f"{abs(value):,.{decimals}f}"
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", s.thousands)
    out = whole + (s.decimal + frac if frac else "")
    return ("-" if value < 0 and float(text.replace(",", "")) != 0 else "") + out


def money(value: float | int | None, currency_code: str = "VND", locale: str = "vi_VN", *, decimals: int | None = None) -> str:
    """`value` in the currency's main unit (e.g. 1234.5)."""
    if value is None:
        return ""
    cur = currency(currency_code)
    digits = cur.decimals if decimals is None else decimals
    body = number(abs(value), digits, locale)
    sign = "-" if value < 0 and body.strip("0" + style(locale).decimal + style(locale).thousands) else ""
    if cur.symbol_first:
        return f"{sign}{cur.symbol}{body}"
    return f"{sign}{body} {cur.symbol}"


def stored_money(value: int | None, currency_code: str = "VND", locale: str = "vi_VN", *, decimals: int | None = None) -> str:
    """`value` as stored (thousandths of the main unit)."""
    if value is None:
        return ""
    return money(value / MONEY_SCALE, currency_code, locale, decimals=decimals)


def percent(value: float | None, decimals: int = 1, locale: str = "vi_VN") -> str:
    """`value` already in percent (74.62 -> '74,6 %' in Vietnamese, '74.6%' in English)."""
    if value is None:
        return ""
    body = number(value, decimals, locale)
    return f"{body} %" if locale.startswith(("vi", "fr", "de")) else f"{body}%"


def date(value: dt.date | dt.datetime | None, locale: str = "vi_VN") -> str:
    if value is None:
        return ""
    return value.strftime(style(locale).date_format)


def datetime(value: dt.datetime | None, locale: str = "vi_VN") -> str:
    if value is None:
        return ""
    return value.strftime(style(locale).datetime_format)


def stored_date(value: int | None, locale: str = "vi_VN") -> str:
    """A stored sale time (seconds) as a calendar date."""
    if value is None:
        return ""
    return date(stored_to_date(value), locale)


_NOT_IN_FILE_NAMES = str.maketrans({"/": "-", "\\": "-", ":": " ", "*": " ", "?": " ", '"': " ", "<": " ", ">": " ",
                                    "|": " ", "(": " ", ")": " ", "[": " ", "]": " ", "“": " ", "”": " "})


def file_name(text: str, fallback: str = "export", limit: int = 80) -> str:
    """Free text (a shop's, segment's or customer's name) as a readable file name that every system
    accepts: "Từ Trung thành (10/2026)" -> "Từ Trung thành 10-2026"."""
    cleaned = "".join(c for c in text.translate(_NOT_IN_FILE_NAMES) if c.isprintable())
    cleaned = " ".join(cleaned.split()).strip(" .-")
    return cleaned[:limit].rstrip(" .") or fallback
