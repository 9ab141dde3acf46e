"""Cleaning the values of one column, vectorised: each distinct value is read once, then the result is
spread over the rows with numpy. Dates (day/month or month/day detected, Excel serial numbers, ISO,
12-hour clocks), numbers in the formats real exports use (`1.234.567`, `1.234,5`, `$1,234.50`,
`(12.00)`), customer codes (`17850.0` is `17850`), Vietnamese phone numbers, e-mails, statuses.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.models.text import fold, nfc
from app.services.customer_data import FORMULA_STARTS
from app.services.importing.table import Column

EPOCH = dt.datetime(1970, 1, 1)
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_MONEY = 1e15  # larger amounts would overflow the stored thousandths


def remap(codes: np.ndarray, values: list[Any] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row codes into `values` (one per old unique, None = empty) -> row codes into distinct values."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    new_codes, uniques = pd.factorize(array, use_na_sentinel=True)
    lookup = np.append(new_codes.astype(np.int64), -1)
    return lookup[codes], np.asarray(uniques, dtype=object)


def map_uniques(column: Column, fn: Callable[[Any], Any]) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = column.factorized()
    if fn in (clean_text, clean_code):
        if _already_clean(uniques, code=fn is clean_code):
            return codes, uniques
        return remap(codes, _clean_texts(uniques, fn))
    return remap(codes, [fn(u) for u in uniques])


def _clean_texts(uniques: np.ndarray, fn: Callable[[Any], Any]) -> list[Any] | np.ndarray:
    """fn over the uniques, with whole numbers (17850.0, as workbooks give codes) written in one go."""
    kind = pd.api.types.infer_dtype(uniques, skipna=False) if len(uniques) else ""
    if kind not in ("floating", "integer", "mixed-integer-float", "mixed", "mixed-integer"):
        return [fn(u) for u in uniques]
    numeric = np.fromiter((type(u) in (float, int) for u in uniques), bool, count=len(uniques))
    values = np.zeros(len(uniques))
    values[numeric] = uniques[numeric].astype(np.float64)
    whole = numeric & (np.floor(values) == values) & (np.abs(values) < 1e15)
    result = np.empty(len(uniques), dtype=object)
    result[whole] = values[whole].astype(np.int64).astype(str).astype(object)
    rest = np.flatnonzero(~whole)
    result[rest] = [fn(uniques[i]) for i in rest]
    return result


_UNCLEAN_CODE = re.compile(r"\.0+(?:\x00|$)")
_ODD_ASCII_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")
_SPACE_AROUND = re.compile(r"(?:^|\x00)\s|\s(?:\x00|$)")


def _joined(texts: np.ndarray) -> str | None:
    """The texts joined by NUL, or None when one of them is empty (a NUL inside a text can only
    make the checks below answer a cautious False)."""
    joined = "\x00".join(texts)
    if not joined or joined[0] == "\x00" or joined[-1] == "\x00" or "\x00\x00" in joined:
        return None
    return joined


def _ascii_spacing_ok(joined: str, *, doubles: bool) -> bool:
    """For ASCII texts joined by NUL: no space at either end of a text, no two in a row unless
    `doubles`, and no other white space at all (substring searches: much faster than a regex with
    alternatives over megabytes of text)."""
    if joined[0] == " " or joined[-1] == " " or "\x00 " in joined or " \x00" in joined:
        return False
    if not doubles and "  " in joined:
        return False
    return _ODD_ASCII_SPACE.search(joined) is None


def _already_clean(uniques: np.ndarray, *, code: bool) -> bool:
    """True when every distinct value is already a clean one-line ASCII text (the usual case for
    invoice numbers and codes): then cleaning can skip the per-value work."""
    if not len(uniques) or pd.api.types.infer_dtype(uniques, skipna=False) != "string":
        return False
    joined = _joined(uniques)
    if joined is None or not joined.isascii() or not _ascii_spacing_ok(joined, doubles=False) or "'" in joined:
        return False
    return not (code and _UNCLEAN_CODE.search(joined))


def _all_stripped(texts: np.ndarray) -> bool:
    """True when every text is non-empty and has no space at either end (a check over all of them
    instead of a strip per text)."""
    joined = _joined(texts) if len(texts) else None
    if joined is None:
        return False
    if joined.isascii():
        return _ascii_spacing_ok(joined, doubles=True)
    return _SPACE_AROUND.search(joined) is None


# ------------------------------------------------------------------------------------------- text

def unguard(text: str) -> str:
    """Removes the quote that exports put before text a spreadsheet would run as a formula
    ("'=SUM" -> "=SUM", see customer_data.neutralize), so that the app's own exports import back
    identical."""
    if text[:1] == "'" and text[1:2] and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def clean_long_text(value: Any) -> str | None:
    """Notes and other long text: NFC, trimmed, line breaks (as LF) and tabs inside kept."""
    if not isinstance(value, str):
        return clean_text(value)
    text = unicodedata.normalize("NFC", unguard(value).replace("\r\n", "\n").replace("\r", "\n")).strip()
    return text or None


def clean_text(value: Any) -> str | None:
    """One line of text: NFC, trimmed, single spaces; numbers as written (17850.0 -> '17850'); the
    formula guard of an export removed (`unguard`)."""
    if isinstance(value, str):
        text = unguard(value).strip()
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        if "  " in text or "\t" in text or "\n" in text or "\r" in text or "\xa0" in text:
            text = " ".join(text.split())
        return text or None
    if value is None or (isinstance(value, float) and value != value):
        return None
    from app.services.importing.sources import display

    return " ".join(display(value).split()) or None


_FLOAT_CODE = re.compile(r"^(-?\d+)\.0+$")


def clean_code(value: Any) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    if text.endswith("0") and "." in text:
        match = _FLOAT_CODE.match(text)
        if match:
            return match.group(1)
    return text


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_email(value: Any) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    text = text.lower().removeprefix("mailto:")
    return text if _EMAIL.match(text) else None


def clean_phone(value: Any) -> str | None:
    """Digits only; +84 / 84 / 0084 become a leading 0; a 9-digit Vietnamese mobile number that lost
    its 0 (as spreadsheets do with numbers) gets it back; other international numbers keep their +."""
    text = clean_code(value)
    if text is None:
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < 6:
        return None
    international = text.lstrip().startswith("+")
    if digits.startswith("0084"):
        return "0" + digits[4:]
    if digits.startswith("84") and (international or (len(digits) == 11 and digits[2] in "35789")):
        return "0" + digits[2:]
    if international:
        return "+" + digits
    if len(digits) == 9 and digits[0] in "35789":
        return "0" + digits
    return digits


# ----------------------------------------------------------------------------------------- numbers

@dataclass(frozen=True)
class NumberStyle:
    decimal: str = "."
    thousands: str | None = None
    undecided: bool = False  # a lone `1.234` could be 1234 or 1.234 and nothing told which: ask the owner

    @property
    def label(self) -> str:
        """How 1234567.5 is written in this style."""
        if self.thousands:
            return f"1{self.thousands}234{self.thousands}567{self.decimal}5"
        return f"1234567{self.decimal}5"


PLAIN = NumberStyle(".", None)
_MONEY_NOISE = re.compile(r"(?i)vnđ|vnd|usd|gbp|eur|aud|sgd|đồng|dong|[\sđ₫$€£¥'\u00a0\u202f]")
_NUMBER_BODY = re.compile(r"^[\d.,]+$")


# currency signs and codes as they appear next to amounts, in headers ("Amount (VND)") and in
# currency columns (Shopify's "Currency"); "$" alone is read as USD (Square's files)
def _marks(code: str, words: str, signs: str = "") -> str:
    """A named group for whole words (codes: 'eur' inside 'Europe' is no currency) or signs."""
    pattern = rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])"
    return f"(?P<{code}>{pattern}{f'|{signs}' if signs else ''})"


# one search per text: the leftmost mark wins, and at one place the first group ("A$" before "$")
_CURRENCY_MARKS = re.compile("|".join((
    _marks("VND", "vnđ|vnd|đồng|đ", "₫"),
    _marks("GBP", "gbp", "£"),
    _marks("EUR", "eur", "€"),
    _marks("AUD", "aud", r"a\$|au\$"),
    _marks("SGD", "sgd", r"s\$"),
    _marks("JPY", "jpy", "¥"),
    _marks("USD", "usd", r"\$"),
)), re.IGNORECASE)
_CURRENCY_CODE = re.compile(r"^[A-Za-z]{3}$")


def currency_in_text(text: str) -> str | None:
    """The currency a sign or code in an amount or a header names ('1.234 ₫' -> 'VND', '£3.50' ->
    'GBP', 'Amount (VND)' -> 'VND'), or None."""
    match = _CURRENCY_MARKS.search(text)
    return match.lastgroup if match else None


def currency_of_cell(value: Any) -> str | None:
    """A cell of a currency column: a code ('GBP', 'usd') or a sign ('£', '₫')."""
    text = clean_text(value)
    if text is None:
        return None
    if _CURRENCY_CODE.match(text):
        return text.upper()
    return currency_in_text(text)


def _strip_number(text: str) -> tuple[str, bool]:
    """('1.234', negative?) from '-1.234 ₫', '(1.234)', '$1.234-'."""
    t = text.strip()
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    t = _MONEY_NOISE.sub("", t)
    if t.startswith("+"):
        t = t[1:]
    if t.startswith("-"):
        negative, t = not negative, t[1:]
    elif t.endswith("-"):
        negative, t = not negative, t[:-1]
    t = _MONEY_NOISE.sub("", t)
    return t, negative


def is_ambiguous_dot(text: str) -> bool:
    """`1.234` (or `12.500 ₫`): one dot followed by three digits, which is 1234 where dots group
    thousands and 1.234 where the dot is the decimal point."""
    body, _ = _strip_number(text)
    return bool(_AMBIGUOUS_DOT.match(body)) and not body.startswith("0.")


_AMBIGUOUS_DOT = re.compile(r"^\d{1,3}\.\d{3}$")


def detect_number_style(texts: list[str], dot_groups: bool | None) -> NumberStyle:
    """The decimal and thousands separators that explain the given number texts best.
    When only a lone `1.234` is seen, `dot_groups` decides: True (1234), False (1.234) or None (the
    style comes back `undecided`: the owner must say). `1,234` means 1234."""
    votes = {",": 0, ".": 0}  # decimal separator votes
    ambiguous_dot = ambiguous_comma = False
    grouping = False
    for text in texts:
        body, _ = _strip_number(text)
        if not _NUMBER_BODY.match(body):
            continue
        dots, commas = body.count("."), body.count(",")
        if body[:2] in ("0.", "0,") and dots + commas == 1:  # nobody groups thousands after a zero
            votes[body[1]] += 1
        elif dots and commas:
            votes["." if body.rfind(".") > body.rfind(",") else ","] += 1
            grouping = True
        elif commas:
            if commas > 1:
                votes["."] += 1
                grouping = True
            elif len(body) - body.rfind(",") - 1 != 3:
                votes[","] += 1
            else:
                ambiguous_comma = True
        elif dots:
            if dots > 1:
                votes[","] += 1
                grouping = True
            elif len(body) - body.rfind(".") - 1 != 3:
                votes["."] += 1
            else:
                ambiguous_dot = True
    if votes[","] > votes["."]:
        return NumberStyle(",", ".")
    if votes["."] > votes[","]:
        return NumberStyle(".", "," if (grouping or ambiguous_comma) else None)
    if ambiguous_dot and dot_groups:
        return NumberStyle(",", ".")
    if ambiguous_comma:
        return NumberStyle(".", ",")
    if ambiguous_dot and dot_groups is None:
        return NumberStyle(".", None, undecided=True)
    return PLAIN


def parse_number_text(text: str, style: NumberStyle) -> float | None:
    body, negative = _strip_number(text)
    if not body or not _NUMBER_BODY.match(body):
        return None
    if style.thousands:
        body = body.replace(style.thousands, "")
    if style.decimal != ".":
        body = body.replace(style.decimal, ".")
    if body.count(".") > 1 or body in (".", "") or "," in body:
        return None  # `1,` or `1,2,3` under a style without comma: not a number in this file
    value = float(body)  # a 400-digit number is inf: too large, reported by the caller
    return -value if negative else value


def to_numbers(column: Column, style: NumberStyle) -> tuple[np.ndarray, np.ndarray]:
    """(float64 values with NaN where empty or bad, bad mask)."""
    if column.numbers is not None:
        values = column.numbers
        return values, np.zeros(len(values), dtype=bool)
    codes, uniques = column.factorized()
    parsed = np.full(len(uniques) + 1, np.nan)
    bad_unique = np.zeros(len(uniques) + 1, dtype=bool)
    for i, u in enumerate(uniques):
        if isinstance(u, bool):
            bad_unique[i] = True
        elif isinstance(u, (int, float, np.integer, np.floating)):
            try:
                parsed[i] = float(u)
            except OverflowError:  # a Python int of hundreds of digits
                parsed[i] = np.inf
        elif isinstance(u, str):
            if not u.strip():
                continue
            value = parse_number_text(u, style)
            if value is None:
                bad_unique[i] = True
            else:
                parsed[i] = value
        else:
            bad_unique[i] = True
    return parsed[codes], bad_unique[codes]


def to_thousandths(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Money as integer thousandths (NaN -> 0) and a mask of values too large to store."""
    too_large = np.abs(np.nan_to_num(values)) >= MAX_MONEY
    clean = np.where(np.isnan(values) | too_large, 0.0, values)
    return np.rint(clean * 1000).astype(np.int64), too_large


# ------------------------------------------------------------------------------------------- dates

DMY, MDY, YMD = "dmy", "mdy", "ymd"

_DATE = re.compile(
    r"^\s*(?:(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<c>\d{4}|\d{2})"
    r"|(?P<y2>(?:19|2[01])\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?=T|\s|$))"  # compact ISO: 19970101
    r"(?:(?:T|\s+|,\s*)(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?|SA|CH|sa|ch)?)?"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$")
_TIME = re.compile(r"^\s*(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?|SA|CH|sa|ch)?\s*$")


@dataclass
class ParsedDates:
    seconds: np.ndarray  # int64 local seconds since 1970 (0 where missing or bad)
    present: np.ndarray  # bool: the cell was not empty
    bad: np.ndarray  # bool: not empty but not a date
    order: str  # "dmy", "mdy", "ymd", "excel", "datetime" or "" (no dates)
    has_time: bool


def _civil_seconds(y, m, d, h, mi, s) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised calendar -> seconds, with a validity mask (Feb 30 and 25:00 are invalid)."""
    y, m, d, h, mi, s = (np.asarray(a, dtype=np.int64) for a in (y, m, d, h, mi, s))
    ok = (y >= MIN_YEAR) & (y <= MAX_YEAR) & (m >= 1) & (m <= 12) & (d >= 1) & (d <= 31) \
        & (h >= 0) & (h < 24) & (mi >= 0) & (mi < 60) & (s >= 0) & (s < 60)
    yy, mm, dd = np.where(ok, y, 1970), np.where(ok, m, 1), np.where(ok, d, 1)
    months = ((yy - 1970) * 12 + (mm - 1)).astype("datetime64[M]")
    days = months.astype("datetime64[D]") + (dd - 1).astype("timedelta64[D]")
    ok &= days.astype("datetime64[M]") == months
    seconds = days.astype(np.int64) * 86400 + h * 3600 + mi * 60 + s
    return np.where(ok, seconds, 0), ok


def _hour24(hours: np.ndarray, ampm: pd.Series) -> np.ndarray:
    marker = ampm.fillna("").str.upper().str.replace(".", "", regex=False).to_numpy(dtype=object)
    pm = np.isin(marker, ["PM", "CH"])
    am = np.isin(marker, ["AM", "SA"])
    hours = np.where(pm & (hours < 12), hours + 12, hours)
    hours = np.where(am & (hours == 12), 0, hours)
    return np.where((pm | am) & ((hours > 23) | (hours < 0)), 99, hours)


def _parse_date_strings(texts: np.ndarray, order: str | None, hint: str) -> tuple[np.ndarray, np.ndarray, str, bool]:
    """Seconds and validity for date texts; the day/month order is taken from the data when any
    value tells (a first number above 12 means day first), else from `order`, else `hint`.

    The common shapes (ISO, or one d/m/y layout throughout) go through pandas' compiled parser with
    an explicit format; whatever it leaves goes through the general reader below."""
    fast = _fast_dates(texts, order, hint)
    if fast is None:
        return _read_date_strings(texts, order, hint)
    seconds, ok, detected, has_time = fast
    if not ok.all():
        rest = np.flatnonzero(~ok)
        sec, good, rest_order, rest_time = _read_date_strings(texts[rest], order or (
            detected if detected in (DMY, MDY) else None), hint)
        seconds[rest], ok[rest] = sec, good
        has_time = has_time or rest_time
        detected = detected or rest_order
    return seconds, ok, detected, has_time


_SAMPLE = 2000


def _fast_dates(texts: np.ndarray, order: str | None, hint: str):
    sample = [m for t in texts[:_SAMPLE] if (m := _DATE.match(t))]
    if len(sample) < max(1, len(texts[:_SAMPLE]) // 2) or any(m["ampm"] for m in sample):
        return None
    first = sample[0]
    with_seconds = first["s"] is not None
    with_time = first["h"] is not None
    clock = (" %H:%M:%S" if with_seconds else " %H:%M") if with_time else ""
    series = pd.Series(texts, dtype=object)
    if first["y1"] is not None:
        candidates = [(YMD, "ISO8601")]
    elif first["y2"] is not None:
        candidates = [(YMD, "%Y%m%d" + clock.replace(" ", "T" if "T" in first.group(0) else " "))]
    else:
        text = first.group(0).strip()
        separator = text[len(first["a"])]
        year = "%Y" if len(first["c"]) == 4 else "%y"
        if "T" in text:
            clock = clock.replace(" ", "T")
        day_first = f"%d{separator}%m{separator}{year}{clock}"
        month_first = f"%m{separator}%d{separator}{year}{clock}"
        evidence = [(int(m["a"]) > 12, int(m["b"]) > 12) for m in sample if m["a"]]
        if order in (DMY, MDY):
            candidates = [(order, day_first if order == DMY else month_first)]
        elif any(a for a, _ in evidence) and not any(b for _, b in evidence):
            candidates = [(DMY, day_first)]
        elif any(b for _, b in evidence) and not any(a for a, _ in evidence):
            candidates = [(MDY, month_first)]
        else:  # the sample does not tell: let all the values decide
            candidates = [(DMY, day_first), (MDY, month_first)]
            if hint == MDY:
                candidates.reverse()
    best = None
    for chosen, fmt in candidates:
        try:
            parsed = pd.to_datetime(series, format=fmt, errors="coerce")
        except (ValueError, TypeError, OverflowError):
            continue
        if getattr(parsed.dt, "tz", None) is not None:
            return None
        values = parsed.to_numpy(dtype="datetime64[s]")
        good = ~np.isnat(values)
        seconds = np.where(good, values.astype(np.int64), 0)
        good &= _year_ok(seconds)
        if best is None or good.sum() > best[1].sum():
            best = (np.where(good, seconds, 0), good, chosen)
    if best is None:
        return None
    seconds, good, chosen = best
    return seconds, good, chosen, bool((seconds[good] % 86400).any())


def _read_date_strings(texts: np.ndarray, order: str | None, hint: str) -> tuple[np.ndarray, np.ndarray, str, bool]:
    series = pd.Series(texts, dtype=object)
    # "2023-01-15 10:23:45 -0500" (Shopify): the time as written is the shop's local time
    parts = series.str.extract(_DATE)
    seconds = np.zeros(len(texts), dtype=np.int64)
    ok = np.zeros(len(texts), dtype=bool)

    def num(name, default=0):
        return pd.to_numeric(parts[name], errors="coerce").fillna(default).to_numpy(dtype=np.int64)

    h = _hour24(num("h"), parts["ampm"])
    mi, s = num("mi"), num("s")
    has_time = bool(parts["h"].notna().any())
    iso = parts["y1"].notna().to_numpy()
    if iso.any():
        sec, good = _civil_seconds(num("y1"), num("m1"), num("d1"), h, mi, s)
        seconds = np.where(iso, sec, seconds)
        ok |= iso & good
    compact = parts["y2"].notna().to_numpy()
    if compact.any():
        sec, good = _civil_seconds(num("y2"), num("m2"), num("d2"), h, mi, s)
        seconds = np.where(compact, sec, seconds)
        ok |= compact & good
        iso = iso | compact
    short = parts["a"].notna().to_numpy()
    detected = YMD if iso.any() else ""
    if short.any():
        a, b, c = num("a"), num("b"), num("c")
        c = np.where(c < 100, np.where(c < 70, 2000 + c, 1900 + c), c)
        day_first = int(((a > 12) & (b <= 12) & short).sum())
        month_first = int(((b > 12) & (a <= 12) & short).sum())
        if order in (DMY, MDY):
            chosen = order
        elif day_first or month_first:
            chosen = DMY if day_first >= month_first else MDY
        else:
            chosen = hint if hint in (DMY, MDY) else DMY
        day, month = (a, b) if chosen == DMY else (b, a)
        sec, good = _civil_seconds(c, month, day, h, mi, s)
        seconds = np.where(short, sec, seconds)
        ok |= short & good
        detected = chosen
    # pandas reads month names too; a value needs a day, a month and a year (two numbers, or a name)
    rest = ~(iso | short) & series.astype(str).str.contains(r"\d+\D+\d+|[A-Za-z]{3}", regex=True).to_numpy()
    if rest.any():
        # month names and other spellings: pandas' own parser, only for these few values
        leftover = series[rest].astype(str)
        parsed = pd.to_datetime(leftover, errors="coerce", format="mixed",
                                dayfirst=(order or hint) != MDY)
        valid = parsed.notna().to_numpy().copy()
        if valid.any():
            values = parsed.to_numpy(dtype="datetime64[s]").astype(np.int64)
            years = parsed.dt.year.fillna(0).to_numpy()
            valid &= (years >= MIN_YEAR) & (years <= MAX_YEAR)
            index = np.flatnonzero(rest)
            seconds[index[valid]] = values[valid]
            ok[index[valid]] = True
            has_time = has_time or bool((values[valid] % 86400).any())
            detected = detected or (order or hint or DMY)
    return seconds, ok, detected, has_time


def _excel_serial_seconds(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ok = (values >= 1) & (values < 110000)  # 1900-01-01 .. 2201
    seconds = np.rint((np.where(ok, values, 25569) - 25569) * 86400).astype(np.int64)
    return seconds, ok


def _yyyymmdd_seconds(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ints = np.where(np.isfinite(values), values, 0).astype(np.int64)
    y, m, d = ints // 10000, ints // 100 % 100, ints % 100
    zeros = np.zeros_like(ints)
    seconds, ok = _civil_seconds(y, m, d, zeros, zeros, zeros)
    return seconds, ok & (values == ints)


def _year_ok(seconds: np.ndarray) -> np.ndarray:
    years = seconds // 31556952 + 1970
    return (years >= MIN_YEAR) & (years <= MAX_YEAR)


def to_dates(column: Column, order: str | None, hint: str) -> ParsedDates:
    if column.stamps is not None:  # a workbook column of real date-times
        from app.services.importing.table import NO_STAMP

        present = column.stamps != NO_STAMP
        good = present & _year_ok(column.stamps)
        seconds = np.where(good, column.stamps, 0)
        return ParsedDates(seconds, present, present & ~good, "datetime", bool((seconds % 86400).any()))
    codes, uniques = column.factorized()
    n = len(uniques)
    seconds = np.zeros(n + 1, dtype=np.int64)
    ok = np.zeros(n + 1, dtype=bool)
    present = np.ones(n + 1, dtype=bool)
    present[n] = False
    inferred = pd.api.types.infer_dtype(uniques, skipna=False) if len(uniques) else "empty"
    stripped = inferred == "string" and _all_stripped(uniques)
    if stripped:  # the usual case: only texts, none with spaces around it
        kinds = np.array(["text"] * len(uniques) + ["empty"], dtype=object)
    elif inferred == "string":
        kinds = np.array(["text"] * len(uniques) + ["empty"], dtype=object)
        kinds[:-1][np.fromiter((not u.strip() for u in uniques), bool, count=len(uniques))] = "empty"
    else:
        kinds = np.array([_date_kind(u) for u in uniques] + ["empty"], dtype=object)
    detected, has_time = "", False
    stamps = np.flatnonzero(kinds == "datetime")
    if stamps.size:
        values = pd.to_datetime(uniques[stamps]).to_numpy(dtype="datetime64[s]").astype(np.int64)
        good = _year_ok(values)
        seconds[stamps], ok[stamps] = np.where(good, values, 0), good
        detected, has_time = "datetime", bool((values % 86400).any())
    numbers = np.flatnonzero(kinds == "number")
    if numbers.size:
        values = np.array([float(uniques[i]) for i in numbers])
        big = values >= 19000101
        sec, good = _excel_serial_seconds(values)
        sec2, good2 = _yyyymmdd_seconds(values)
        sec, good = np.where(big, sec2, sec), np.where(big, good2, good)
        seconds[numbers], ok[numbers] = sec, good
        detected = detected or "excel"
        has_time = has_time or bool((sec % 86400).any())
    texts = np.flatnonzero(kinds == "text")
    if texts.size:
        values = uniques if stripped else np.array([str(uniques[i]).strip() for i in texts], dtype=object)
        sec, good, text_order, text_time = _parse_date_strings(values, order, hint)
        seconds[texts], ok[texts] = sec, good
        detected = text_order or detected
        has_time = has_time or text_time
    present[kinds == "empty"] = False
    rows_present = present[codes]
    return ParsedDates(seconds[codes], rows_present, rows_present & ~ok[codes], detected, has_time)


def _date_kind(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "empty"
    if isinstance(value, (dt.datetime, dt.date, np.datetime64)) and not isinstance(value, dt.time):
        return "datetime"
    if isinstance(value, bool):
        return "bad"
    if isinstance(value, (int, float, np.integer, np.floating)):
        return "number"
    if isinstance(value, str):
        return "text" if value.strip() else "empty"
    return "bad"


def to_times(column: Column) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(seconds since midnight, present, bad) for a separate time-of-day column."""
    codes, uniques = column.factorized()
    seconds = np.zeros(len(uniques) + 1, dtype=np.int64)
    ok = np.zeros(len(uniques) + 1, dtype=bool)
    present = np.ones(len(uniques) + 1, dtype=bool)
    present[-1] = False
    for i, u in enumerate(uniques):
        if isinstance(u, dt.time):
            seconds[i], ok[i] = u.hour * 3600 + u.minute * 60 + u.second, True
        elif isinstance(u, dt.datetime):
            seconds[i], ok[i] = u.hour * 3600 + u.minute * 60 + u.second, True
        elif isinstance(u, dt.timedelta):
            total = int(u.total_seconds())
            seconds[i], ok[i] = total % 86400, 0 <= total < 86400
        elif isinstance(u, (int, float)) and not isinstance(u, bool):
            fraction = float(u) % 1 if float(u) >= 1 else float(u)
            seconds[i], ok[i] = round(fraction * 86400) % 86400, float(u) >= 0
        elif isinstance(u, str):
            if not u.strip():
                present[i] = False
                continue
            match = _TIME.match(u)
            if match:
                hour, minute = int(match["h"]), int(match["mi"])
                second = int(match["s"] or 0)
                marker = (match["ampm"] or "").upper().replace(".", "")
                if marker in ("PM", "CH") and hour < 12:
                    hour += 12
                elif marker in ("AM", "SA") and hour == 12:
                    hour = 0
                if hour < 24 and minute < 60 and second < 60:
                    seconds[i], ok[i] = hour * 3600 + minute * 60 + second, True
    rows_present = present[codes]
    return seconds[codes], rows_present, rows_present & ~ok[codes]


def date_text(seconds: int) -> str:
    value = EPOCH + dt.timedelta(seconds=int(seconds))
    return value.strftime("%Y-%m-%d %H:%M:%S") if seconds % 86400 else value.strftime("%Y-%m-%d")


# ----------------------------------------------------------------------------------------- statuses

NORMAL, CANCELLED, RETURN = 0, 1, 2
_CANCELLED_WORDS = frozenset({
    "da huy", "huy", "huy bo", "da huy bo", "cancelled", "canceled", "cancel", "void", "voided", "refunded",
})
_RETURN_WORDS = frozenset({"refund", "return", "returned", "tra hang", "da tra hang", "hoan tra", "tra lai"})


def status_class(value: Any) -> int:
    """Cancelled orders are not purchases; a refund/return event is a return line."""
    text = fold(clean_text(value) or "").replace("_", " ")
    if text in _CANCELLED_WORDS:
        return CANCELLED
    if text in _RETURN_WORDS:
        return RETURN
    return NORMAL


def to_status(column: Column) -> np.ndarray:
    codes, uniques = column.factorized()
    classes = np.array([status_class(u) for u in uniques] + [NORMAL], dtype=np.int8)
    return classes[codes]


# ------------------------------------------------------------------------------- customer attributes

_YES = frozenset({"yes", "y", "true", "1", "x", "co", "dong y", "subscribed", "opted in"})
_NO = frozenset({"no", "n", "false", "0", "khong", "unsubscribed", "not subscribed"})


def clean_consent(value: Any) -> int | None:
    text = fold(clean_text(value) or "")
    if text in _YES:
        return 1
    if text in _NO:
        return 0
    return None


def clean_gender(value: Any) -> str | None:
    text = fold(clean_text(value) or "")
    if text in ("nam", "male", "m", "man", "anh", "ong"):
        return "male"
    if text in ("nu", "female", "f", "woman", "chi", "ba"):
        return "female"
    if text in ("khac", "other"):
        return "other"
    return None


def clean_birthday(value: Any, order: str) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = clean_text(value)
    if text is None:
        return None
    seconds, ok, _, _ = _parse_date_strings(np.array([text], dtype=object), order, order)
    if not ok[0]:
        return None
    return (EPOCH + dt.timedelta(seconds=int(seconds[0]))).date().isoformat()


def clean_name(value: Any) -> str | None:
    text = clean_text(value)
    return nfc(text) if text else None
