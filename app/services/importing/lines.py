"""A whole sales file parsed into numpy columns: every row validated (problems named by spreadsheet
row and column), totals and empty rows dropped, cancelled orders flagged, returns made negative,
invoice-level values filled down to the invoice's other lines, customers identified (code, else
phone, else e-mail), products keyed, and each line given its stable line key.

Line key: a 64-bit mix of the normalised line (invoice, time, customer key, product key, quantity,
unit price, amount — text hashed with `pandas.util.hash_array` under a fixed key) and of its
occurrence number among identical lines of the file, with the top bit cleared (a positive signed
63-bit integer). The same data read from CSV or XLSX gives the same keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.i18n import QT_TRANSLATE_NOOP
from app.models.text import fold
from app.services.importing import values as V
from app.services.importing.errors import ImportRefused, Problem
from app.services.importing.mapping import Mapping
from app.services.importing.presets import BY_KEY as PRESETS
from app.services.importing.sources import Source
from app.services.importing.table import Column, RawTable, Ticker, read_columns

CHECKING = QT_TRANSLATE_NOOP("Import", "Checking the rows…")

NUMERIC_FIELDS = ("quantity", "unit_price", "line_amount", "discount")
MONEY_FIELDS = ("unit_price", "line_amount", "discount")
MAX_QUANTITY = 1e9  # more than a shop sells on one line: a wrong column or a broken number
TYPED_FIELDS = (*NUMERIC_FIELDS, "date", "time", "birthday")  # a workbook cell's kind matters (number, date, text)
TEXT_FIELDS = ("customer_name", "product_name", "category", "channel", "branch", "country", "province",
               "district", "address", "postcode")
HASH_KEY = "regulars-line-v1"  # 16 characters, as pandas.util.hash_array requires
TOTALS_WORDS = ("tong cong", "tong", "cong", "total", "totals", "grand total", "subtotal", "sum", "tong so")
# a whole cell that is one of these makes even a dated row a totals row ("Công" and "Sum" can be names)
TOTALS_LABELS = ("tong cong", "tong", "total", "totals", "grand total", "subtotal", "sub total", "tong so",
                 "tong tien", "tong cong tien")
WALK_IN_NAMES = frozenset({"khach le", "khach vang lai", "khach hang le", "walk in", "walk in customer",
                           "walkin", "guest", "khach", "le"})
MAX_PROBLEMS_IN_MESSAGE = 3

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


@dataclass
class Identities:
    """The customers of a file, one entry per customer key ('c:17850', 'p:0912345678', ...)."""

    keys: list[str]
    codes: list[str | None]
    phones: list[str | None]
    emails: list[str | None]
    names: list[str | None]
    attributes: list[dict[str, str]]  # name, phone, email, country, ... from the file (latest value)
    name_only: bool = False  # the file identifies customers by name only


@dataclass
class Products:
    keys: list[str]
    codes: list[str | None]
    names: list[str]
    categories: list[str | None]


@dataclass
class Parsed:
    """The rows of a sales file that parsed, in file order (including cancelled ones)."""

    row_numbers: np.ndarray
    sold_at: np.ndarray  # int64 seconds
    invoice_codes: np.ndarray  # into invoices
    invoices: np.ndarray  # object array of str
    invoice_numbered: np.ndarray  # bool per entry of invoices: the file's own number (else made up here)
    customer: np.ndarray  # int64 index into identities, -1 = walk-in
    identities: Identities
    product: np.ndarray  # int64 index into products, -1 = none
    products: Products
    quantity: np.ndarray  # float64
    unit_price: np.ndarray  # int64 thousandths
    amount: np.ndarray  # int64 thousandths
    channel_codes: np.ndarray | None
    channels: np.ndarray | None
    branch_codes: np.ndarray | None
    branches: np.ndarray | None
    cancelled: np.ndarray  # bool
    line_key: np.ndarray  # int64
    rows_read: int = 0
    totals_skipped: int = 0
    empty_rows: int = 0  # rows with nothing but spaces, skipped
    currency: str | None = None  # the one currency the file names (signs, codes, headers, its preset)
    ambiguous: tuple[str, str] | None = None  # (header, value) when `number_style.undecided`
    problems: list[Problem] = field(default_factory=list)  # one per rejected row
    date_order: str = ""
    number_style: V.NumberStyle = V.PLAIN

    def __len__(self) -> int:
        return len(self.row_numbers)


# -------------------------------------------------------------------------------------------- reading

def mapped_indices(source: Source, mapping: Mapping) -> dict[str, int]:
    mapping.check_against(source)
    return {key: source.headers.index(header) for key, header in mapping.columns.items()}


@dataclass(frozen=True)
class ShopMoney:
    """What settles an ambiguous `1.234`: the currency (and locale) of the shop the file goes into,
    and the owner's answer when nothing settles it. Without a shop (`currency` None) the language
    of the headers decides, as a guess for callers that have no shop."""

    currency: str | None = None
    locale: str | None = None
    decimal: str | None = None  # "," or ".": how the owner said `1.234` reads


def dot_groups_for(currency: str | None, money: ShopMoney, vietnamese: bool) -> bool | None:
    """Whether a lone `1.234` is 1234 (True), 1.234 (False) or cannot be told (None) for amounts in
    `currency`: a currency without cents (VND, JPY) has no use for three decimals; a currency written
    with a decimal point (GBP, USD) reads it as 1.234; one whose locale writes a decimal comma (EUR in
    a German shop) cannot tell. The currency's usual locale counts, else the shop's."""
    from app.services import formatting

    if currency is None:
        return vietnamese
    if formatting.currency(currency).decimals == 0:
        return True
    locale = formatting.DEFAULT_LOCALE_FOR_CURRENCY.get(currency) or \
        (money.locale if currency == money.currency and money.locale else "en_GB")
    return False if formatting.style(locale).decimal == "." else None


def _sample_texts(source: Source, indices: dict[str, int], fields: tuple[str, ...]) -> list[str]:
    return [row[i] for key in fields if key in indices for row in source.sample_rows
            if (i := indices[key]) < len(row) and row[i]]


def header_currencies(source: Source, indices: dict[str, int]) -> set[str]:
    """Currencies named in brackets in the headers of the money columns: 'Amount (VND)', 'Giá (đ)'."""
    found = set()
    for key in MONEY_FIELDS:
        if key in indices:
            for groups in _UNIT.findall(source.headers[indices[key]]):
                if code := V.currency_in_text("".join(groups)):
                    found.add(code)
    return found


_UNIT = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")


def file_currency_hint(source: Source, mapping: Mapping, indices: dict[str, int], texts: list[str]) -> str | None:
    """The one currency the headers, the given amount texts and the currency column's sample name,
    else the preset's; None when none or several do (several are refused later, rows named)."""
    found = header_currencies(source, indices) | {c for t in texts if (c := V.currency_in_text(t))}
    if "currency" in indices:
        found |= {c for t in _sample_texts(source, indices, ("currency",)) if (c := V.currency_of_cell(t))}
    if not found and mapping.preset_info is not None and mapping.preset_info.currency:
        found = {mapping.preset_info.currency}
    return found.pop() if len(found) == 1 else None


def number_style_for(source: Source, mapping: Mapping, indices: dict[str, int], money: ShopMoney,
                     extra: list[str] = ()) -> V.NumberStyle:
    texts = _sample_texts(source, indices, NUMERIC_FIELDS) + list(extra)
    if money.decimal:  # the owner's answer settles a lone 1.234; what the file shows still decides the rest
        return V.detect_number_style(texts, money.decimal == ",")
    currency = file_currency_hint(source, mapping, indices, texts) or money.currency
    return V.detect_number_style(texts, dot_groups_for(currency, money, source.vietnamese))


def read_file(source: Source, mapping: Mapping, tick: Ticker, span=(0, 500),
              money: ShopMoney | None = None) -> tuple[RawTable, dict[str, int], V.NumberStyle]:
    money = money or ShopMoney()
    indices = mapped_indices(source, mapping)
    style = number_style_for(source, mapping, indices, money)
    numeric = {indices[k] for k in NUMERIC_FIELDS if k in indices}
    wanted = sorted(set(indices.values()) | {0})
    typed = {indices[k] for k in TYPED_FIELDS if k in indices}
    thousands = style.thousands if source.format == "csv" else None
    table = read_columns(source, wanted, numeric, tick, thousands=thousands, decimal=style.decimal, span=span,
                         text=set(wanted) - typed)
    # values pandas could not read as numbers (currency signs, a stray word) are read by our parser:
    # look at all of them before settling the number format
    extra = [u for k in NUMERIC_FIELDS if k in indices and table.columns[indices[k]].uniques is not None
             for u in table.columns[indices[k]].uniques[:20000] if isinstance(u, str)]
    if extra:
        style = number_style_for(source, mapping, indices, money, extra)
    return table, indices, style


def ambiguous_example(source: Source, table: RawTable, indices: dict[str, int]) -> tuple[str, str] | None:
    """(header, value) of the first number column holding a lone `1.234`: what the owner is asked."""
    for key in NUMERIC_FIELDS:
        if key not in indices:
            continue
        samples = [t for t in _sample_texts(source, indices, (key,)) if V.is_ambiguous_dot(t)]
        column = table.columns[indices[key]]
        if not samples and column.numbers is None:
            samples = [u for u in column.factorized()[1][:20000] if isinstance(u, str) and V.is_ambiguous_dot(u)]
        if samples:
            return source.headers[indices[key]], samples[0]
    return None


# ------------------------------------------------------------------------------------------- problems

class _Problems:
    """The first problem of each bad row, in row order."""

    def __init__(self, n: int, row_numbers: np.ndarray, source: Source):
        self.bad = np.zeros(n, dtype=bool)
        self.found: list[tuple[np.ndarray, str, Column | None, str]] = []
        self.row_numbers = row_numbers
        self.source = source

    def add(self, mask: np.ndarray, header: str, column: Column | None, template: str) -> None:
        new = mask & ~self.bad
        if new.any():
            self.bad |= new
            self.found.append((new, header, column, template))

    def problems(self) -> list[Problem]:
        result = []
        for mask, header, column, template in self.found:
            rows = np.flatnonzero(mask)
            values = column.display_values(rows) if column is not None else [""] * len(rows)
            result.extend(Problem(int(self.row_numbers[r]), header, value, template)
                          for r, value in zip(rows, values, strict=True))
        result.sort(key=lambda p: p.row or 0)
        return result


def refusal(source: Source, problems: list[Problem], total_bad: int) -> ImportRefused:
    first = problems[0]
    others = total_bad - 1
    if others <= 0:
        template = QT_TRANSLATE_NOOP("Import", "The file {file} was not imported: {problem}.")
    elif others == 1:
        template = QT_TRANSLATE_NOOP("Import", "The file {file} was not imported: {problem}; one more row has a "
                                              "problem ({next}).")
    else:
        template = QT_TRANSLATE_NOOP("Import", "The file {file} was not imported: {problem}; {others} more rows "
                                              "have problems, the next ones at {next}.")
    following = ", ".join(p.describe() for p in problems[1:MAX_PROBLEMS_IN_MESSAGE])
    return ImportRefused(template, problems[:10], file=source.file_name, problem=first.describe(),
                         others=others, next=following)


# -------------------------------------------------------------------------------------------- helpers

def _codes(column: Column | None, n: int, clean) -> tuple[np.ndarray, np.ndarray]:
    if column is None:
        return np.full(n, -1, dtype=np.int64), np.empty(0, dtype=object)
    return V.map_uniques(column, clean)


def _first_rows(group: np.ndarray, rows: np.ndarray, size: int, *, last: bool = False) -> np.ndarray:
    """For each group 0..size-1, the first (or last) of the given rows that belongs to it (-1: none)."""
    if not rows.size:
        return np.full(size, -1, dtype=np.int64)
    positions = np.arange(len(rows), dtype=np.int64)
    if last:
        chosen = np.full(size, -1, dtype=np.int64)
        np.maximum.at(chosen, group[rows], positions)
    else:
        chosen = np.full(size, len(rows), dtype=np.int64)
        np.minimum.at(chosen, group[rows], positions)
        chosen[chosen == len(rows)] = -1
    return np.where(chosen >= 0, rows[np.maximum(chosen, 0)], -1)


def _fill_within_invoice(values: np.ndarray, missing: np.ndarray, invoice: np.ndarray) -> np.ndarray:
    """Where a row of an invoice lacks a value that another row of the same invoice has, take the
    invoice's first value (order-level columns are often written on the first line only)."""
    need = missing & (invoice >= 0)
    if not need.any():
        return values
    wanted = np.zeros(int(invoice.max()) + 1, dtype=bool)
    wanted[invoice[need]] = True
    have = np.flatnonzero(~missing & (invoice >= 0))
    have = have[wanted[invoice[have]]]  # only invoices with a row that lacks the value
    if not have.size:
        return values
    first = _first_rows(invoice, have, int(invoice.max()) + 1)
    rows = np.flatnonzero(need)
    source = first[invoice[rows]]
    found = source >= 0
    values = values.copy()
    values[rows[found]] = values[source[found]]
    return values


_TOTALS_INITIALS = sorted({w[0] for w in TOTALS_WORDS + TOTALS_LABELS})


def _totals_cells(column: Column, no_date: np.ndarray, *, undated_only: bool = False) -> np.ndarray:
    """Rows whose cell in this column makes them a totals row: a totals label (rows with a date), a
    text starting with a totals word (rows without). Only the distinct values starting with a
    totals word's first letter are looked at closely (a million rows have ~100,000 distinct dates
    and invoice numbers, and folding each costs ~10 µs)."""
    codes, uniques = column.factorized()
    if undated_only:
        if not no_date.any():
            return np.zeros(len(codes), dtype=bool)
        used = np.unique(codes[no_date])
        used = used[used >= 0]
        loose = np.zeros(len(uniques) + 1, dtype=bool)
        loose[used] = [_totals_label(V.clean_text(uniques[i])) for i in used]
        return no_date & loose[codes]
    series = pd.Series(uniques, dtype=object)
    if pd.api.types.infer_dtype(uniques, skipna=True) not in ("string", "empty"):  # numbers, dates among texts
        series = pd.Series([u if isinstance(u, str) else "" for u in uniques], dtype=object)
    initials = series.str.lstrip(" \t:.").str[:1].str.casefold()
    maybe = np.flatnonzero(initials.isin(_TOTALS_INITIALS).to_numpy())
    if not maybe.size:
        return np.zeros(len(codes), dtype=bool)
    texts = [V.clean_text(uniques[i]) for i in maybe]
    strict = np.zeros(len(uniques) + 1, dtype=bool)
    strict[maybe] = [_totals_label(t, exact=True) for t in texts]
    if not no_date.any():
        return strict[codes]
    loose = np.zeros(len(uniques) + 1, dtype=bool)
    loose[maybe] = [_totals_label(t) for t in texts]
    return np.where(no_date, loose[codes], strict[codes])


def _totals_label(value, *, exact: bool = False) -> bool:
    """'Tổng cộng', 'TOTAL:', 'Grand total' (any case, with or without a colon); unless `exact`, also
    a label followed by more words ('Tổng cộng 12 đơn')."""
    text = fold(value if isinstance(value, str) else "").strip(" :.")
    if exact:
        return text in TOTALS_LABELS or any(text.startswith(w + ":") for w in TOTALS_LABELS)
    return any(text == w or text.startswith(w + " ") or text.startswith(w + ":") for w in TOTALS_WORDS)


def _mix(z: np.ndarray, scratch: np.ndarray | None = None) -> np.ndarray:
    """splitmix64's finaliser, in place on `z` (uint64) with `scratch` as working space."""
    scratch = np.empty_like(z) if scratch is None else scratch
    for shift, multiplier in ((30, _M1), (27, _M2)):
        np.right_shift(z, np.uint64(shift), out=scratch)
        z ^= scratch
        z *= multiplier
    np.right_shift(z, np.uint64(31), out=scratch)
    z ^= scratch
    return z


def string_hashes(codes: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """uint64 hash of each row's text (empty: the hash of '')."""
    table = np.empty(len(uniques) + 1, dtype=object)
    table[: len(uniques)] = uniques
    table[len(uniques)] = ""
    hashed = pd.util.hash_array(table, hash_key=HASH_KEY, categorize=False)
    return hashed[codes]


def line_keys(parts: list[np.ndarray], step: Callable[[], None] | None = None) -> np.ndarray:
    """Stable signed 63-bit keys from uint64/int64 parts, numbered by occurrence in file order.
    `step()` is called between the stages (progress, cancel)."""
    with np.errstate(over="ignore"):
        h = np.full(len(parts[0]), _GOLDEN, dtype=np.uint64)
        scratch = np.empty_like(h)
        for part in parts:
            mixed = part.astype(np.int64).view(np.uint64)  # astype copies: free to change
            mixed += _GOLDEN
            h ^= mixed
            _mix(h, scratch)
        if step is not None:
            step()
        occurrence = np.zeros(len(h), dtype=np.int64)
        repeated = np.flatnonzero(pd.Series(h).duplicated(keep=False).to_numpy())
        if repeated.size:
            order = np.argsort(h[repeated], kind="stable")
            ordered = h[repeated][order]
            starts = np.ones(len(ordered), dtype=bool)
            starts[1:] = ordered[1:] != ordered[:-1]
            positions = np.arange(len(ordered), dtype=np.int64)
            occurrence[repeated[order]] = positions - np.maximum.accumulate(np.where(starts, positions, 0))
        numbered = occurrence.view(np.uint64)
        numbered += _GOLDEN
        h ^= _mix(numbered, scratch)
        _mix(h, scratch)
    return (h >> np.uint64(1)).view(np.int64)


# -------------------------------------------------------------------------------------- the pipeline

def parse_sales(source: Source, mapping: Mapping, table: RawTable, indices: dict[str, int], style: V.NumberStyle,
                *, date_order: str | None = None, tick: Ticker | None = None) -> Parsed:
    tick = tick or Ticker(None, None)
    n = len(table)
    col = {key: table.columns[i] for key, i in indices.items()}
    headers = {key: source.headers[i] for key, i in indices.items()}
    preset = PRESETS.get(mapping.preset or "")
    hint = (preset.date_order if preset and preset.date_order else None) or V.DMY
    order = date_order or mapping.date_order

    # empty rows: nothing but spaces in any mapped column (only rows without a date can be empty)
    candidates = np.flatnonzero(col["date"].blank())
    empty_rows = 0
    if candidates.size:
        empty = np.ones(len(candidates), dtype=bool)
        for column in col.values():
            empty &= column.blank()[candidates]
        empty_rows = int(empty.sum())
        if empty_rows:
            keep = np.setdiff1d(np.arange(n), candidates[empty], assume_unique=True)
            table = table.take(keep)
            col = {key: table.columns[i] for key, i in indices.items()}
            n = len(keep)
    row_numbers = table.row_numbers

    invoice_codes, invoices = _codes(col.get("invoice"), n, V.clean_code)
    status = V.to_status(col["status"]) if "status" in col else np.zeros(n, dtype=np.int8)
    cancelled = status == V.CANCELLED
    if "cancelled_at" in col:
        cancelled |= col["cancelled_at"].factorized()[0] >= 0
    cancelled = _fill_within_invoice(cancelled, ~cancelled, invoice_codes) if cancelled.any() else cancelled

    tick(510, CHECKING)
    dates = V.to_dates(col["date"], order, hint)
    tick(520, CHECKING)
    tick.mark("dates")
    sold_at = dates.seconds
    date_missing = ~dates.present
    date_bad = dates.bad
    if date_missing.any():
        filled_from = _fill_within_invoice(np.where(date_missing, -1, np.arange(n)), date_missing, invoice_codes)
        got = date_missing & (filled_from >= 0)
        sold_at = np.where(got, sold_at[np.maximum(filled_from, 0)], sold_at)
        date_bad = np.where(got, date_bad[np.maximum(filled_from, 0)], date_bad)
        date_missing = date_missing & ~got
    problems = _Problems(n, row_numbers, source)

    # totals rows: a totals label in a text cell ("Total", "Tổng cộng:"); in a row with a date only a
    # cell that is nothing but the label (a customer called Tống Văn An is no total)
    no_date = date_missing | date_bad
    totals = np.zeros(n, dtype=bool)
    for index, column in table.columns.items():
        if column.numbers is None and column.stamps is None:
            tick(525, CHECKING)
            # a date column's value can only be a label where it is not a date
            totals |= _totals_cells(column, no_date, undated_only=index == indices["date"])
    tick(527, CHECKING)

    if "time" in col:
        times, time_present, time_bad = V.to_times(col["time"])
        sold_at = sold_at - sold_at % 86400 + np.where(time_present & ~time_bad, times, sold_at % 86400)
        problems.add(time_bad & ~cancelled & ~totals, headers["time"], col["time"],
                     QT_TRANSLATE_NOOP("Import", "“{value}” is not a time of day."))
    problems.add(date_missing & ~cancelled & ~totals, headers["date"], None,
                 QT_TRANSLATE_NOOP("Import", "the date is missing."))
    tick(528, CHECKING)
    problems.add(date_bad & ~cancelled & ~totals, headers["date"], col["date"],
                 QT_TRANSLATE_NOOP("Import", "“{value}” is not a date."))

    tick(530, CHECKING)
    numbers = {}
    for step, key in enumerate(NUMERIC_FIELDS):
        if key in col:
            tick(530 + 2 * step, CHECKING)
            values, bad = V.to_numbers(col[key], style)
            problems.add(bad & ~cancelled & ~totals, headers[key], col[key],
                         QT_TRANSLATE_NOOP("Import", "“{value}” is not a number."))
            with np.errstate(invalid="ignore"):
                too_large = np.abs(values) > (MAX_QUANTITY if key == "quantity" else V.MAX_MONEY)
            problems.add(too_large & ~totals, headers[key], col[key],
                         QT_TRANSLATE_NOOP("Import", "“{value}” is too large to be right."))
            numbers[key] = np.where(too_large, np.nan, values)
    quantity_in = numbers.get("quantity", np.full(n, np.nan))
    price_in = numbers.get("unit_price", np.full(n, np.nan))
    amount_in = numbers.get("line_amount", np.full(n, np.nan))
    discount = np.nan_to_num(numbers.get("discount", np.zeros(n)))
    has_amount = ~np.isnan(amount_in)
    has_quantity = ~np.isnan(quantity_in)
    has_price = ~np.isnan(price_in)
    no_amount = ~has_amount & ~(has_quantity & has_price)
    amount_header = headers.get("line_amount") or headers.get("unit_price") or headers.get("quantity") or ""
    problems.add(no_amount & ~cancelled & ~totals, amount_header, None,
                 QT_TRANSLATE_NOOP("Import", "there is no amount, and no quantity and unit price."))

    tick(538, CHECKING)
    quantity = np.where(has_quantity, quantity_in, 1.0)
    amount = np.where(has_amount, amount_in, np.nan_to_num(quantity * price_in) - discount)
    with np.errstate(divide="ignore", invalid="ignore"):
        price = np.where(has_price, price_in, np.where(quantity != 0, amount / quantity, amount))
    price = np.nan_to_num(price)
    returns = status == V.RETURN
    tick(539, CHECKING)
    if preset is not None and preset.c_invoices_are_returns and len(invoices):
        c_invoice = np.fromiter((str(u)[:1] in ("C", "c") for u in invoices), bool, count=len(invoices))
        c_invoice = np.append(c_invoice, False)
        returns |= c_invoice[invoice_codes]
    quantity = np.where(returns, -np.abs(quantity), quantity)
    amount = np.where(returns | (quantity < 0), -np.abs(amount), amount)
    tick(540, CHECKING)
    amount_stored, amount_large = V.to_thousandths(amount)
    price_stored, price_large = V.to_thousandths(price)
    problems.add((amount_large | price_large) & ~cancelled & ~totals, amount_header, None,
                 QT_TRANSLATE_NOOP("Import", "the amount is too large."))
    quantity = np.round(np.nan_to_num(quantity), 3)

    currency = _file_currency(source, mapping, indices, col, row_numbers, ~totals)

    # rows to drop silently (totals) or to report (problems); cancelled rows without a usable date or
    # amount are only counted
    unusable_cancelled = cancelled & (date_missing | date_bad | no_amount)
    keep_mask = ~totals & ~problems.bad & ~unusable_cancelled
    tick(545, CHECKING)
    found = problems.problems()
    rows_read = int(n - totals.sum())

    tick.mark("values")
    tick(550, CHECKING)
    # customers, on every row first (values fill down within an invoice), then only kept rows
    customer_columns = {}
    for key, clean in (("customer_code", V.clean_code), ("phone", V.clean_phone), ("email", V.clean_email),
                       ("customer_name", V.clean_name)):
        codes, uniques = _codes(col.get(key), n, clean)
        if len(uniques):
            codes = _fill_within_invoice(codes, codes < 0, invoice_codes)
        customer_columns[key] = (codes, uniques)

    kept = slice(None) if keep_mask.all() else np.flatnonzero(keep_mask)  # all rows: views, no copies
    sold_at = sold_at[kept]
    invoice_codes = invoice_codes[kept]
    tick(555, CHECKING)
    identity_codes, identities, own_codes, own_keys = _identities(
        {k: (c[kept], u) for k, (c, u) in customer_columns.items()},
        {k: col[k].take(kept) for k in ("country", "province", "district", "address", "postcode") if k in col},
        invoice_codes, tick)
    invoice_numbered = np.ones(len(invoices), dtype=bool)
    if len(invoices) == 0 or (invoice_codes < 0).any():
        invoice_codes, invoices, invoice_numbered = _synthesised_invoices(
            invoice_codes, invoices, sold_at, identity_codes, identities)

    tick.mark("identities")
    tick(570, CHECKING)
    product_codes, products = _products({k: col[k].take(kept) for k in ("product_code", "product_name", "category")
                                         if k in col}, len(sold_at))
    channel_codes = channels = branch_codes = branches = None
    if "channel" in col:
        channel_codes, channels = V.map_uniques(col["channel"].take(kept), V.clean_text)
        channel_codes = _fill_within_invoice(channel_codes, channel_codes < 0, invoice_codes)
    if "branch" in col:
        branch_codes, branches = V.map_uniques(col["branch"].take(kept), V.clean_text)
        branch_codes = _fill_within_invoice(branch_codes, branch_codes < 0, invoice_codes)

    tick.mark("products")
    tick(580, CHECKING)
    quantity, price_stored, amount_stored = quantity[kept], price_stored[kept], amount_stored[kept]
    customer_key_hash = string_hashes(own_codes, np.asarray(own_keys, dtype=object))
    product_keys = np.asarray(products.keys, dtype=object)
    parts = [string_hashes(invoice_codes, invoices), sold_at, customer_key_hash,
             string_hashes(product_codes, product_keys), np.rint(quantity * 1000).astype(np.int64),
             price_stored, amount_stored]
    tick(590, CHECKING)
    keys = line_keys(parts, step=lambda: tick(595, CHECKING))
    tick.mark("line keys")
    return Parsed(
        row_numbers=row_numbers[kept], sold_at=sold_at, invoice_codes=invoice_codes, invoices=invoices,
        invoice_numbered=invoice_numbered,
        customer=identity_codes, identities=identities, product=product_codes, products=products,
        quantity=quantity, unit_price=price_stored, amount=amount_stored, channel_codes=channel_codes,
        channels=channels, branch_codes=branch_codes, branches=branches, cancelled=cancelled[kept],
        line_key=keys, rows_read=rows_read, totals_skipped=int(totals.sum()), problems=found,
        date_order=dates.order, number_style=style, empty_rows=empty_rows, currency=currency,
        ambiguous=ambiguous_example(source, table, indices) if style.undecided else None)


def _file_currency(source: Source, mapping: Mapping, indices: dict[str, int], col: dict[str, Column],
                   row_numbers: np.ndarray, rows: np.ndarray) -> str | None:
    """The currency of the file's amounts: from signs and codes in the amount cells, a currency
    column, the money headers ('Amount (VND)': every row), else the preset's. Refuses a file that
    names several, with the first row of two of them."""
    first_row: dict[str, int] = {}
    for code in header_currencies(source, indices):
        first_row[code] = int(row_numbers[0]) if len(row_numbers) else source.header_row + 2
    for key in (*MONEY_FIELDS, "currency"):
        if key in col and col[key].numbers is None and col[key].stamps is None:
            codes, uniques = col[key].factorized()
            read = V.currency_of_cell if key == "currency" else V.currency_in_text
            found = [read(u) if isinstance(u, str) else None for u in uniques]
            named = sorted({c for c in found if c is not None})
            if not named:
                continue
            kinds = np.array([named.index(c) if c is not None else -1 for c in found] + [-1], dtype=np.int64)
            per_row = kinds[codes]
            for index, code in enumerate(named):
                where = np.flatnonzero(rows & (per_row == index))
                if where.size:
                    row = int(row_numbers[where[0]])
                    first_row[code] = min(first_row.get(code, row), row)
    if len(first_row) > 1:
        (first, first_at), (second, second_at) = sorted(first_row.items(), key=lambda item: item[1])[:2]
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "The file {file} mixes currencies ({first} in row {first_row}, {second} in row "
            "{second_row}); import the amounts of one currency at a time."), file=source.file_name,
            first=first, first_row=first_at, second=second, second_row=second_at)
    if first_row:
        return next(iter(first_row))
    preset = mapping.preset_info
    return preset.currency if preset is not None else None


def _identities(columns: dict[str, tuple[np.ndarray, np.ndarray]], extra: dict[str, Column],
                invoice_codes: np.ndarray, tick: Ticker) -> tuple[np.ndarray, Identities, np.ndarray, list[str]]:
    """Each row's customer: by code, else phone, else e-mail (a phone or e-mail seen elsewhere in the
    file with a code means that code's customer); by name only when the file has none of the three.
    Returns (identity index per row, the identities, and for the line key: each row's own customer
    key (what the row itself says, before linking) as codes into a list of key texts).

    The work is done once per distinct combination of code, phone, e-mail and name (a few thousand
    where the rows are a million), then spread over the rows."""
    code_u, phone_u, email_u, name_u = (columns[k][1] for k in ("customer_code", "phone", "email", "customer_name"))
    row_codes = [columns[k][0] for k in ("customer_code", "phone", "email", "customer_name")]
    n = len(row_codes[0])
    combination, first_row, last_row = _combinations([c for c, u in zip(row_codes, (code_u, phone_u, email_u, name_u),
                                                                          strict=True) if len(u)], n)
    code_c, phone_c, email_c, name_c = (c[first_row] for c in row_codes)  # one entry per combination
    name_only = len(code_u) == 0 and len(phone_u) == 0 and len(email_u) == 0
    walk_in = np.array([fold(u) in WALK_IN_NAMES for u in name_u] + [False], dtype=bool)

    # the combination's own key: kind (1 code, 2 phone, 3 email, 4 name) and the value's code
    kind = np.zeros(len(code_c), dtype=np.int64)
    value = np.full(len(code_c), -1, dtype=np.int64)
    for k, c in ((4, name_c), (3, email_c), (2, phone_c), (1, code_c)):
        if k == 4 and not name_only:
            continue
        has = c >= 0
        if k == 4:
            has &= ~walk_in[c]
        kind = np.where(has, k, kind)
        value = np.where(has, c, value)
    own = kind * (1 << 40) + value
    own[kind == 0] = -1
    # linking: rows that share a phone or an e-mail with a row that has a code (or, without codes, an
    # e-mail with a phone) are the same person; a phone or e-mail seen with two codes links nobody
    tick(556, CHECKING)
    code_of_phone = _unambiguous_link(phone_c, code_c)
    code_of_email = _unambiguous_link(email_c, code_c)
    phone_of_email = _unambiguous_link(email_c, phone_c)
    linked = own.copy()
    CODE, PHONE = 1 << 40, 2 << 40
    no_code = code_c < 0
    via_phone = code_of_phone[phone_c]
    via_email = code_of_email[email_c]
    email_phone = phone_of_email[email_c]
    via_email_phone = code_of_phone[email_phone]
    has_phone, has_email = phone_c >= 0, email_c >= 0
    # phone rows: the phone's code, else the e-mail's code
    linked = np.where(no_code & has_phone & (via_phone >= 0), CODE + via_phone, linked)
    linked = np.where(no_code & has_phone & (via_phone < 0) & has_email & (via_email >= 0), CODE + via_email, linked)
    # e-mail-only rows: the e-mail's code, else its phone's code, else its phone
    email_only = no_code & ~has_phone & has_email
    linked = np.where(email_only & (via_email >= 0), CODE + via_email, linked)
    rest = email_only & (via_email < 0) & (email_phone >= 0)
    linked = np.where(rest & (via_email_phone >= 0), CODE + via_email_phone, linked)
    linked = np.where(rest & (via_email_phone < 0), PHONE + email_phone, linked)
    tick(557, CHECKING)
    # combinations are numbered in the order of their first row: numbering their keys in order of
    # appearance numbers the identities in the order of their first row too
    identity_of, identity_values = pd.factorize(linked, use_na_sentinel=False)
    identity_of = identity_of.astype(np.int64)
    walk = identity_values == -1
    if walk.any():
        walk_code = int(np.flatnonzero(walk)[0])
        identity_of = np.where(identity_of == walk_code, -1, identity_of)
        identity_of = np.where(identity_of > walk_code, identity_of - 1, identity_of)
        identity_values = identity_values[~walk]
    identity_codes = identity_of[combination]
    own_of, own_values = pd.factorize(own, use_na_sentinel=False)
    keys_text = [_key_text(int(v), code_u, phone_u, email_u, name_u) for v in own_values]  # walk-in: ''
    own_codes = own_of.astype(np.int64)[combination]

    tick(560, CHECKING)
    # attributes: the latest non-empty value of each column for each identity
    count = len(identity_values)
    attributes: list[dict[str, str]] = [{} for _ in range(count)]
    for attr, codes, uniques in (("name", name_c, name_u), ("phone", phone_c, phone_u), ("email", email_c, email_u),
                                 ("code", code_c, code_u)):
        tick(562, CHECKING)
        if len(uniques):
            with_value = np.flatnonzero((codes >= 0) & (identity_of >= 0))
            latest = np.full(count, -1, dtype=np.int64)  # the last row of the identity with a value
            np.maximum.at(latest, identity_of[with_value], last_row[with_value])
            for identity in np.flatnonzero(latest >= 0).tolist():
                attributes[identity][attr] = uniques[codes[combination[latest[identity]]]]
    for attr, column in extra.items():
        tick(565, CHECKING)
        last = _first_rows(identity_codes, np.flatnonzero(column.present() & (identity_codes >= 0)), count, last=True)
        chosen = np.flatnonzero(last >= 0)
        for identity, value in zip(chosen.tolist(), column.raw(last[chosen]), strict=True):
            text = V.clean_text(value)
            if text:
                attributes[identity][attr] = text
    if "province" in extra and "district" not in extra:
        for attrs in attributes:
            # KiotViet's "Khu vực" is "Province - District"
            province = attrs.get("province")
            if province and " - " in province:
                attrs["province"], attrs["district"] = (p.strip() for p in province.split(" - ", 1))
    identities = Identities(
        keys=[_key_text(int(v), code_u, phone_u, email_u, name_u) for v in identity_values],
        codes=[a.get("code") for a in attributes], phones=[a.get("phone") for a in attributes],
        emails=[a.get("email") for a in attributes], names=[a.get("name") for a in attributes],
        attributes=attributes, name_only=name_only)
    return identity_codes, identities, own_codes, keys_text


def _combinations(arrays: list[np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct combinations of several code arrays (codes >= -1) over n rows, numbered in the order
    of their first row: (combination of each row, first row of each, last row of each)."""
    combination = np.zeros(n, dtype=np.int64)
    for codes in arrays if n else ():
        packed = combination * (int(codes.max()) + 2) + (codes + 1)
        combination = pd.factorize(packed)[0].astype(np.int64)
    count = int(combination.max()) + 1 if n else 0
    rows = np.arange(n, dtype=np.int64)
    first, last = np.full(count, n, dtype=np.int64), np.full(count, -1, dtype=np.int64)
    np.minimum.at(first, combination, rows)
    np.maximum.at(last, combination, rows)
    return combination, first, last


def _unambiguous_link(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """For each source value, the one target value seen with it on some row (-1: none or several);
    indexable with -1 (the last entry is -1)."""
    size = int(source.max()) + 2 if source.size and source.max() >= 0 else 1
    link = np.full(size, -1, dtype=np.int64)
    both = (source >= 0) & (target >= 0)
    if both.any():
        pairs = pd.DataFrame({"s": source[both], "t": target[both]}).drop_duplicates()
        counts = pairs["s"].value_counts()
        single = pairs[pairs["s"].map(counts).to_numpy() == 1]
        link[single["s"].to_numpy()] = single["t"].to_numpy()
    return link


def _key_text(packed: int, code_u, phone_u, email_u, name_u) -> str:
    if packed < 0:
        return ""
    kind, index = divmod(packed, 1 << 40)
    if kind == 1:
        return "c:" + code_u[index]
    if kind == 2:
        return "p:" + phone_u[index]
    if kind == 3:
        return "e:" + email_u[index]
    return "n:" + fold(name_u[index])


def _synthesised_invoices(invoice_codes, invoices, sold_at, identity_codes, identities):
    """Rows without an invoice number: one invoice per customer and day ('2024-01-15 c:KH001').
    Returns the rows' invoice codes, the invoices, and which of them are the file's own numbers."""
    missing = invoice_codes < 0
    days = (sold_at[missing] // 86400).astype("datetime64[D]").astype(str).astype(object)
    who = np.array([*identities.keys, ""], dtype=object)[identity_codes[missing]]
    made = np.where(who == "", days, days + " " + who)
    combined = np.empty(len(invoice_codes), dtype=object)
    existing = np.asarray(invoices, dtype=object)
    combined[~missing] = existing[invoice_codes[~missing]] if len(existing) else []
    combined[missing] = made
    codes, uniques = pd.factorize(combined)
    numbered = np.zeros(len(uniques), dtype=bool)
    numbered[codes[~missing]] = True
    return codes.astype(np.int64), np.asarray(uniques, dtype=object), numbered


def _products(columns: dict[str, Column], n: int) -> tuple[np.ndarray, Products]:
    """Each row's product, keyed by its code, else its name; the name and category are the first
    ones seen for the key."""
    code_c, code_u = _codes(columns.get("product_code"), n, V.clean_code)
    names = columns.get("product_name")
    if not len(code_u):
        name_c, name_u = _codes(names, n, V.clean_text)
    else:
        name_c, name_u = np.full(n, -1, dtype=np.int64), np.empty(0, dtype=object)
    if not len(code_u) and not len(name_u):
        return np.full(n, -1, dtype=np.int64), Products([], [], [], [])
    packed = np.where(code_c >= 0, code_c, np.where(name_c >= 0, (1 << 40) + name_c, -1))
    product_codes, values = pd.factorize(packed, use_na_sentinel=False)
    product_codes = product_codes.astype(np.int64)
    values = np.asarray(values)
    if (values == -1).any():
        none = int(np.flatnonzero(values == -1)[0])
        product_codes = np.where(product_codes == none, -1, np.where(product_codes > none, product_codes - 1,
                                                                     product_codes))
        values = values[values != -1]
    count = len(values)
    keys, codes = [], []
    for v in values.tolist():
        if v < (1 << 40):
            keys.append(code_u[v])
            codes.append(code_u[v])
        else:
            keys.append(name_u[v - (1 << 40)])
            codes.append(None)
    product_names = _first_texts(product_codes, names, count)
    categories = _first_texts(product_codes, columns.get("category"), count)
    return product_codes, Products(keys, codes, [t or "" for t in product_names], categories)


def _first_texts(group: np.ndarray, column: Column | None, count: int) -> list[str | None]:
    """The first non-empty text of the column in each group."""
    result: list[str | None] = [None] * count
    if column is None:
        return result
    first = _first_rows(group, np.flatnonzero(column.present() & (group >= 0)), count)
    chosen = np.flatnonzero(first >= 0)
    for index, value in zip(chosen.tolist(), column.raw(first[chosen]), strict=True):
        result[index] = V.clean_text(value)
    return result
