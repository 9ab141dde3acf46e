"""Running an import: `preview` (read and check everything, write nothing), `run_import` (validate the
whole file, back up the shop, then write customers, products, sales lines and figures in one
transaction, or nothing), `undo_import`, `list_imports`, and `write_rejected_rows`."""

from __future__ import annotations

import contextlib
import csv
import gc
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.i18n import QT_TRANSLATE_NOOP, Marked
from app.models import aggregates, db, tables
from app.models import imports as store
from app.models import settings as shop_settings
from app.models.attributes import normalize_tags
from app.services.changes import NOTHING, Changes
from app.services.customer_data import neutralize
from app.services.errors import UserError
from app.services.importing import fields as F
from app.services.importing import values as V
from app.services.importing.errors import AmbiguousNumbers, ImportRefused, Problem
from app.services.importing.invoices import (
    DEFAULT_CHOICE,
    KEEP,
    REPLACE,
    EarlierImport,
    check_choice,
    find_existing,
)
from app.services.importing.lines import Parsed, ShopMoney, parse_sales, read_file, refusal
from app.services.importing.mapping import Mapping, signature
from app.services.importing.memory_aggregates import compute as compute_figures
from app.services.importing.sources import (
    Source,
    display,
    file_sha256,
    html_rows,
    iter_text_rows,
    load_sheet,
    open_workbook,
)
from app.services.importing.table import Background, Cancelled, Progress, Ticker

log = logging.getLogger(__name__)

PREVIEW_ROWS = 50
TOTAL = 1000  # progress units

CHECKING = QT_TRANSLATE_NOOP("Import", "Checking the rows…")
BACKING_UP = QT_TRANSLATE_NOOP("Import", "Backing up the shop…")
WRITING = QT_TRANSLATE_NOOP("Import", "Saving the sales lines…")
CUSTOMERS = QT_TRANSLATE_NOOP("Import", "Saving the customers…")
FIGURES = QT_TRANSLATE_NOOP("Import", "Updating the customer figures…")


@dataclass(frozen=True)
class ImportOptions:
    skip_bad_rows: bool = False
    dry_run: bool = False
    rejected_rows_path: Path | None = None
    remember_mapping: bool = True
    date_order: str | None = None
    decimal: str | None = None  # how a lone `1.234` reads when nothing in the file or shop says: "," or "."
    existing_invoices: str = DEFAULT_CHOICE  # invoices already in the shop: keep, replace or add (invoices.py)


@dataclass
class PreviewRow:
    row_number: int
    values: dict[str, str]
    status: str  # new, duplicate, existing (its invoice is already in the shop), cancelled, return, rejected
    problem: str | None = None


@dataclass
class Preview:
    rows: list[PreviewRow]
    date_order: str
    number_format: str
    rows_read: int
    lines_to_add: int
    duplicates: int
    cancelled_lines: int
    rows_rejected: int
    customers_new: int
    customers_matched: int
    problems: list[Problem]
    refusal: str | None
    empty_rows: int = 0
    currency: str | None = None  # the currency the file names (None: it names none)
    currency_adopted: str | None = None  # the shop is empty and will take the file's currency
    number_question: tuple[str, str] | None = None  # (header, value like "1.234"): ask how to read it
    existing_invoices: int = 0  # invoices of the file already in the shop
    existing_invoice_lines: int = 0  # their lines stored now
    earlier_imports: list[EarlierImport] = field(default_factory=list)  # where those invoices came from
    lines_to_replace: int = 0  # stored lines that replace would remove
    existing_lines_skipped: int = 0  # the file's new lines that keep would skip
    choice: str = DEFAULT_CHOICE  # the choice lines_to_add was counted with

    def lines_to_add_with(self, choice: str) -> int:
        """The lines an import would add with this choice for the invoices already in the shop."""
        new = self.lines_to_add + (self.existing_lines_skipped if self.choice == KEEP else 0)
        return new - (self.existing_lines_skipped if choice == KEEP else 0)


@dataclass
class ImportSummary:
    import_id: int | None
    file_name: str
    preset: str | None
    kind: str
    rows_read: int = 0
    lines_added: int = 0
    duplicates_skipped: int = 0
    rows_rejected: int = 0
    cancelled_lines: int = 0
    lines_removed: int = 0
    existing_invoices_choice: str = DEFAULT_CHOICE
    existing_invoices: int = 0  # invoices of the file that were already in the shop
    earlier_imports: list[EarlierImport] = field(default_factory=list)
    lines_replaced: int = 0  # stored lines of those invoices removed (replace; undo brings them back)
    existing_lines_skipped: int = 0  # the file's lines of those invoices not imported (keep)
    customers_added: int = 0
    customers_updated: int = 0
    elapsed_seconds: float = 0.0
    dry_run: bool = False
    rejected: list[Problem] = field(default_factory=list)
    rejected_rows_path: str | None = None
    date_order: str = ""
    number_format: str = ""
    max_progress_gap: float = 0.0
    phases: list[tuple[str, float]] = field(default_factory=list)  # seconds per step, for benchmarks
    empty_rows_skipped: int = 0
    currency_adopted: str | None = None  # the empty shop took the file's currency

    def to_dict(self) -> dict[str, Any]:
        return {
            "import_id": self.import_id, "file": self.file_name, "preset": self.preset, "kind": self.kind,
            "rows_read": self.rows_read, "lines_added": self.lines_added,
            "duplicates_skipped": self.duplicates_skipped, "rows_rejected": self.rows_rejected,
            "cancelled_lines": self.cancelled_lines, "lines_removed": self.lines_removed,
            "existing_invoices_choice": self.existing_invoices_choice, "existing_invoices": self.existing_invoices,
            "existing_invoices_from": [e.to_dict() for e in self.earlier_imports],
            "lines_replaced": self.lines_replaced, "existing_lines_skipped": self.existing_lines_skipped,
            "customers_added": self.customers_added, "customers_updated": self.customers_updated,
            "elapsed_seconds": round(self.elapsed_seconds, 3), "dry_run": self.dry_run,
            "date_order": self.date_order, "number_format": self.number_format,
            "rejected_rows_path": self.rejected_rows_path, "empty_rows_skipped": self.empty_rows_skipped,
            "currency_adopted": self.currency_adopted,
            "first_problems": [p.to_dict() for p in self.rejected[:10]],
        }

    @property
    def changes(self) -> Changes:
        """Sales and customers (many) changed, unless it was a dry run or added nothing; the settings too
        when the empty shop took the file's currency."""
        if self.dry_run:
            return NOTHING
        settings = Changes(settings=True) if self.currency_adopted else NOTHING
        if not (self.lines_added or self.lines_removed or self.customers_added or self.customers_updated):
            return settings
        return Changes.of_customers(None, sales=True) | settings


@dataclass
class UndoSummary:
    import_id: int
    lines_removed: int
    lines_restored: int
    customers_removed: int
    customers_restored: int

    @property
    def changes(self) -> Changes:
        return Changes.of_customers(None, sales=True)


# ----------------------------------------------------------------------------------------- parsing

@dataclass
class _CustomerRows:
    """A customer list: one dict of attributes per kept row."""

    row_numbers: list[int]
    people: list[dict[str, Any]]
    keys: list[str]
    rows_read: int
    problems: list[Problem]
    date_order: str = ""
    number_style: V.NumberStyle = V.PLAIN


def _check_mapping(source: Source, mapping: Mapping) -> None:
    mapping.check_against(source)
    missing = mapping.missing()
    if missing:
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} cannot be imported yet: {what}"),
                            file=source.file_name, what=Marked.join(" ", (Marked(m, "Import") for m in missing)))


def _shop_money(conn: sqlite3.Connection | None, options: ImportOptions) -> ShopMoney:
    if conn is None:
        return ShopMoney(decimal=options.decimal)
    values = shop_settings.get_all(conn)
    return ShopMoney(values["currency"] or None, values["locale"] or None, options.decimal)


def _parse(source: Source, mapping: Mapping, options: ImportOptions, tick: Ticker,
           after_read: Callable[[], None] | None = None, money: ShopMoney | None = None) -> Parsed | _CustomerRows:
    _check_mapping(source, mapping)
    table, indices, style = read_file(source, mapping, tick, span=(0, 500), money=money or ShopMoney())
    tick.mark("read")
    if after_read is not None:
        after_read()
    tick(500, CHECKING, force=True)
    if mapping.kind == F.CUSTOMERS:
        return _parse_customers(source, mapping, table, indices, options)
    parsed = parse_sales(source, mapping, table, indices, style, date_order=options.date_order, tick=tick)
    tick.mark("parse")
    tick(600, CHECKING, force=True)
    return parsed


def _parse_customers(source: Source, mapping: Mapping, table, indices, options) -> _CustomerRows:
    preset = mapping.preset_info
    order = options.date_order or mapping.date_order or (preset.date_order if preset else None) or V.DMY
    cleaners = {
        "customer_code": V.clean_code, "phone": V.clean_phone, "email": V.clean_email, "customer_name": V.clean_name,
        "first_name": V.clean_name, "last_name": V.clean_name, "gender": V.clean_gender,
        "marketing_consent": V.clean_consent, "birthday": lambda v: V.clean_birthday(v, order),
        "notes": V.clean_long_text,
    }
    columns = {}
    for key, index in indices.items():
        codes, uniques = V.map_uniques(table.columns[index], cleaners.get(key, V.clean_text))
        columns[key] = (codes, uniques)
    rename = {"customer_code": "code", "customer_name": "name"}
    people, keys, numbers, problems = [], [], [], []
    rows_read = 0
    for r in range(len(table)):
        values = {}
        for key, (codes, uniques) in columns.items():
            code = codes[r]
            if code >= 0:
                values[rename.get(key, key)] = uniques[code]
        if not values:
            continue
        rows_read += 1
        if "name" not in values and ("first_name" in values or "last_name" in values):
            values["name"] = " ".join(v for v in (values.get("first_name"), values.get("last_name")) if v)
        values.pop("first_name", None)
        values.pop("last_name", None)
        if "tags" in values:
            values["tags"] = normalize_tags(values["tags"])
        province = values.get("province")
        if province and " - " in province and "district" not in values:  # KiotViet: "Province - District"
            values["province"], values["district"] = (p.strip() for p in province.split(" - ", 1))
        key = ("c:" + values["code"] if values.get("code") else "p:" + values["phone"] if values.get("phone")
               else "e:" + values["email"] if values.get("email") else "n:" + values["name"] if values.get("name")
               else "")
        if not key:
            header = next(iter(mapping.columns.values()))
            problems.append(Problem(int(table.row_numbers[r]), header, "", QT_TRANSLATE_NOOP(
                "Import", "the row has no customer code, phone, e-mail or name.")))
            continue
        people.append(values)
        keys.append(key)
        numbers.append(int(table.row_numbers[r]))
    return _CustomerRows(numbers, people, keys, rows_read, problems, order)


# ----------------------------------------------------------------------------------------- matching

def _match(conn: sqlite3.Connection, codes: list[str | None], phones: list[str | None], emails: list[str | None],
           names: list[str | None], name_only: bool) -> list[int]:
    """The existing customer of each identity (-1: none): by code, else phone, else e-mail (a phone or
    e-mail match is taken only when it cannot be someone with another code), else the exact name
    when the file identifies people only by name."""
    count = len(codes)
    found = [-1] * count
    by_code = store.customers_by(conn, "code", [c for c in codes if c])
    for i, code in enumerate(codes):
        if code and code in by_code:
            found[i] = by_code[code][0]
    for column, values in (("phone", phones), ("email", emails)):
        wanted = [v for i, v in enumerate(values) if v and found[i] < 0]
        if not wanted:
            continue
        matches = store.customers_by(conn, column, wanted)
        for i, value in enumerate(values):
            if found[i] < 0 and value:
                hit = matches.get(value)
                if hit and (not codes[i] or hit[1] is None):
                    found[i] = hit[0]
    if name_only:
        by_name = store.customers_by_name(conn, [n for i, n in enumerate(names) if n and found[i] < 0])
        lowered = {k.casefold(): v for k, v in by_name.items()}
        for i, name in enumerate(names):
            if found[i] < 0 and name and name.casefold() in lowered:
                found[i] = lowered[name.casefold()]
    return found


_PERSON_FIELDS = ("name", "phone", "email", "country", "province", "district", "address", "postcode")


def _person(attributes: dict[str, str], code: str | None) -> dict[str, Any]:
    person = {k: attributes[k] for k in _PERSON_FIELDS if attributes.get(k)}
    if code:
        person["code"] = code
    return person


# ------------------------------------------------------------------------------------------ preview

def preview(source: Source, mapping: Mapping, conn: sqlite3.Connection | None = None,
            options: ImportOptions | None = None, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> Preview:
    """Reads and checks the whole file and counts what an import would do; writes nothing."""
    options = options or ImportOptions()
    tick = Ticker(progress, cancelled, TOTAL)
    parsed = _parse(source, mapping, options, tick, money=_shop_money(conn, options))
    problems = parsed.problems
    message = str(refusal(source, problems, len(problems))) if problems and not options.skip_bad_rows else None
    if isinstance(parsed, _CustomerRows):
        found = _match(conn, *_customer_identity_lists(parsed), False) if conn is not None else [-1] * len(parsed.keys)
        unique_keys = dict(zip(parsed.keys, found, strict=True))
        rows = [PreviewRow(n, {k: str(v) for k, v in p.items()}, "new" if unique_keys[key] < 0 else "duplicate")
                for n, p, key in zip(parsed.row_numbers[:PREVIEW_ROWS], parsed.people, parsed.keys, strict=False)]
        return Preview(_with_problem_rows(rows, problems), parsed.date_order, parsed.number_style.label,
                       parsed.rows_read, 0, 0, 0, len(problems), sum(1 for v in unique_keys.values() if v < 0),
                       sum(1 for v in unique_keys.values() if v >= 0), problems[:20], message)
    active = ~parsed.cancelled
    choice = check_choice(options.existing_invoices)
    in_shop = find_existing(conn, parsed, active)
    existing = store.existing_line_keys(conn) if conn is not None else np.empty(0, dtype=np.int64)
    duplicate = _in_sorted(parsed.line_key, existing) | _repeated(parsed.line_key)
    skipped = _skipped_as_existing(KEEP, in_shop, active & ~duplicate)  # what keep would skip
    replaced = len(in_shop.keys_to_replace(parsed.line_key))  # what replace would remove
    in_kept_invoice = in_shop.in_shop(len(parsed))
    tick(693, WRITING)
    ident = parsed.identities
    found = _match(conn, ident.codes, ident.phones, ident.emails, ident.names, ident.name_only) \
        if conn is not None else [-1] * len(ident.keys)
    added = active & ~duplicate & ~(skipped if choice == KEEP else False)
    used = np.unique(parsed.customer[added & (parsed.customer >= 0)])
    new_customers = sum(1 for i in used.tolist() if found[i] < 0)
    rows = []
    for r in range(min(PREVIEW_ROWS, len(parsed))):
        status = ("cancelled" if parsed.cancelled[r] else "duplicate" if duplicate[r]
                  else "existing" if in_kept_invoice[r] else "return" if parsed.amount[r] < 0 else "new")
        rows.append(PreviewRow(int(parsed.row_numbers[r]), _row_values(parsed, r), status))
    tick(TOTAL, CHECKING, force=True)
    return Preview(
        rows=_with_problem_rows(rows, problems), date_order=parsed.date_order,
        number_format=parsed.number_style.label, rows_read=parsed.rows_read,
        lines_to_add=int(added.sum()), duplicates=int((active & duplicate).sum()),
        cancelled_lines=int(parsed.cancelled.sum()), rows_rejected=len(problems), customers_new=new_customers,
        customers_matched=len(used) - new_customers, problems=problems[:20], refusal=message,
        empty_rows=parsed.empty_rows, currency=parsed.currency,
        currency_adopted=_currency_to_adopt(conn, source, parsed) if conn is not None else None,
        number_question=parsed.ambiguous,
        existing_invoices=in_shop.invoices, existing_invoice_lines=in_shop.stored_lines,
        earlier_imports=in_shop.earlier_imports, lines_to_replace=replaced,
        existing_lines_skipped=int(skipped.sum()), choice=choice)


def _skipped_as_existing(choice: str, in_shop, new_lines: np.ndarray) -> np.ndarray:
    """The new lines not imported because their invoice is already in the shop and the owner keeps it."""
    if choice != KEEP:
        return np.zeros(len(new_lines), dtype=bool)
    return in_shop.in_shop(len(new_lines)) & new_lines


def _with_problem_rows(rows: list[PreviewRow], problems: list[Problem]) -> list[PreviewRow]:
    shown = rows + [PreviewRow(p.row or 0, {}, "rejected", p.describe()) for p in problems[:PREVIEW_ROWS]]
    shown.sort(key=lambda r: r.row_number)
    return shown[:PREVIEW_ROWS]


def _row_values(parsed: Parsed, r: int) -> dict[str, str]:
    values = {"date": V.date_text(int(parsed.sold_at[r])), "invoice": str(parsed.invoices[parsed.invoice_codes[r]]),
              "quantity": f"{parsed.quantity[r]:g}", "unit_price": f"{parsed.unit_price[r] / 1000:g}",
              "line_amount": f"{parsed.amount[r] / 1000:g}"}
    if parsed.customer[r] >= 0:
        attrs = parsed.identities.attributes[parsed.customer[r]]
        values["customer"] = parsed.identities.keys[parsed.customer[r]].split(":", 1)[1]
        values.update({("customer_name" if k == "name" else k): v for k, v in attrs.items() if k != "code"})
    if parsed.product[r] >= 0:
        p = parsed.product[r]
        values["product_code"] = parsed.products.codes[p] or ""
        values["product_name"] = parsed.products.names[p]
        if parsed.products.categories[p]:
            values["category"] = parsed.products.categories[p]
    return values


def _customer_identity_lists(parsed: _CustomerRows):
    return ([p.get("code") for p in parsed.people], [p.get("phone") for p in parsed.people],
            [p.get("email") for p in parsed.people], [p.get("name") for p in parsed.people])


def _in_sorted(keys: np.ndarray, existing: np.ndarray) -> np.ndarray:
    if not existing.size:
        return np.zeros(len(keys), dtype=bool)
    pos = np.minimum(np.searchsorted(existing, keys), len(existing) - 1)
    return existing[pos] == keys


def _repeated(keys: np.ndarray) -> np.ndarray:
    """True for the second and later rows with the same key (a 63-bit collision: never in practice)."""
    import pandas as pd

    return pd.Series(keys).duplicated().to_numpy()


def _insert_order(customer: np.ndarray, key: np.ndarray) -> np.ndarray:
    """Row order of the table's primary key (customer, line key): each insert then lands at the end
    of the B-tree. The customer, the key's top bits and the row number pack into one integer, and
    sorting integers is much faster than sorting row numbers by them; lines of one customer whose
    keys share those top bits (rare) keep their file order: a slightly slower insert, nothing else."""
    count = len(customer)
    if not count:
        return np.empty(0, dtype=np.int64)
    row_bits = max(1, (count - 1).bit_length())
    customer_bits = max(1, int(customer.max()).bit_length())
    key_bits = 63 - row_bits - customer_bits
    if key_bits < 16:
        return np.lexsort((key, customer))
    packed = (customer << (63 - customer_bits)) | ((key >> (63 - key_bits)) << row_bits)
    packed |= np.arange(count, dtype=np.int64)
    packed.sort()
    return packed & ((1 << row_bits) - 1)


# ------------------------------------------------------------------------------------------ running

def _connect(shop_path: Path) -> sqlite3.Connection:
    """The import's own connection (`shop.connect_existing`); its refusals become ImportRefused."""
    from app.services.shop import connect_existing

    try:
        return connect_existing(shop_path, check_same_thread=False)
    except (db.ShopFileError, UserError) as exc:
        raise ImportRefused(exc.template, context=exc.context, **exc.template_args) from exc


def run_import(shop_path: str | Path, source: Source, mapping: Mapping, options: ImportOptions | None = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None, *,
               conn: sqlite3.Connection | None = None) -> ImportSummary:
    """Imports one file into the shop at `shop_path` (on its own connection unless `conn` is given):
    everything or nothing. Raises ImportRefused (bad file or values, nothing written) and
    ImportCancelled (nothing written)."""
    with _collector_paused():
        try:
            return _run_import(shop_path, source, mapping, options or ImportOptions(), progress, cancelled, conn)
        except sqlite3.OperationalError as exc:  # busy, disk full, read-only folder...
            raise ImportRefused(QT_TRANSLATE_NOOP(
                "Import", "The shop file could not be written ({reason}); nothing was changed."),
                reason=str(exc)) from exc


@contextlib.contextmanager
def _collector_paused():
    """The import makes millions of objects and no reference cycles: Python's cycle collector would
    rescan them again and again (measured: +0.5 s on a million lines). Reference counting still frees
    everything; the collector resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run_import(shop_path, source: Source, mapping: Mapping, options: ImportOptions, progress, cancelled,
                conn: sqlite3.Connection | None) -> ImportSummary:
    started = time.perf_counter()
    tick = Ticker(progress, cancelled, TOTAL)
    tick(0, force=True)
    _check_unchanged(source)
    # the file's sha256 on a helper thread, started once the file is read: reading uses every core,
    # checking the rows only one
    digest = Background("import-sha256", _sha256_or_empty, source.path)
    own = conn is None
    conn = _connect(Path(shop_path)) if own else conn
    committed = False
    rejected_part: Path | None = None
    if own:
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # the commit only appends to the WAL: see _checkpoint_later
    try:
        parsed = _parse(source, mapping, options, tick, after_read=digest.start, money=_shop_money(conn, options))
        problems = parsed.problems
        if isinstance(parsed, Parsed) and parsed.ambiguous is not None:
            raise AmbiguousNumbers(source.file_name, *parsed.ambiguous)
        adopt = _currency_to_adopt(conn, source, parsed) if isinstance(parsed, Parsed) else None
        if problems and not options.skip_bad_rows:
            raise refusal(source, problems, len(problems))
        if isinstance(parsed, Parsed) and not len(parsed) and not problems:
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} has no rows of sales to import."),
                                file=source.file_name)
        summary = ImportSummary(None, source.file_name, mapping.preset, mapping.kind, rows_read=parsed.rows_read,
                                rows_rejected=len(problems), rejected=problems, dry_run=options.dry_run,
                                existing_invoices_choice=check_choice(options.existing_invoices),
                                date_order=parsed.date_order, number_format=parsed.number_style.label,
                                empty_rows_skipped=getattr(parsed, "empty_rows", 0), currency_adopted=adopt)
        if options.rejected_rows_path and problems:
            # written before anything is committed: a place that cannot take it refuses the import
            rejected_part = Path(f"{options.rejected_rows_path}.part")
            write_rejected_rows(source, problems, rejected_part, name=Path(options.rejected_rows_path).name)
        if not options.dry_run:
            tick(610, BACKING_UP, force=True)
            from app.services import backups

            if tables.has_customers_or_sales(conn):
                backups.back_up(conn, Path(shop_path), reason="before-import")
        tick.mark("backup")
        tick(650, WRITING, force=True)
        # A dry run goes through every write and rolls them back.
        with tick.sql_heartbeat(conn), db.transaction(conn, commit=not options.dry_run):
            import_id = store.create_import(
                conn, file_name=source.file_name, file_hash=digest.result(), file_size=source.file_size,
                sheet=source.sheet, preset=mapping.preset, mapping=mapping.to_json(), kind=mapping.kind)
            if adopt is not None:
                _adopt_currency(conn, adopt)
            if isinstance(parsed, Parsed):
                _write_sales(conn, parsed, import_id, summary, tick)
            else:
                _write_customers(conn, parsed, import_id, summary)
            summary.elapsed_seconds = time.perf_counter() - started
            store.finish_import(
                conn, import_id, summary.elapsed_seconds, rows_read=summary.rows_read, lines_added=summary.lines_added,
                duplicates=summary.duplicates_skipped, rejected=summary.rows_rejected,
                cancelled_lines=summary.cancelled_lines, lines_removed=summary.lines_removed + summary.lines_replaced,
                customers_added=summary.customers_added, customers_updated=summary.customers_updated)
            if options.remember_mapping:
                store.save_mapping(conn, signature(source.headers), mapping.to_json())
            tick(990, FIGURES, force=True)
        if not options.dry_run:
            committed = True
            summary.import_id = import_id
        tick.cancelled = None  # done: too late to cancel
        tick.mark("commit")
    except BaseException:
        if rejected_part is not None:
            rejected_part.unlink(missing_ok=True)
        raise
    finally:
        if own:
            if committed:
                _checkpoint_later(conn)
            else:
                conn.close()
    if rejected_part is not None:
        rejected_part.replace(options.rejected_rows_path)
        summary.rejected_rows_path = str(options.rejected_rows_path)
    tick(TOTAL, FIGURES, force=True)
    summary.elapsed_seconds = time.perf_counter() - started
    summary.max_progress_gap = tick.max_gap
    summary.phases = tick.phases
    log.info("import%s (%s, preset %s): %d rows read, %d lines added, %d duplicates, %d rejected, "
             "%d customers added, %d updated in %.2f s", " dry run" if options.dry_run else "", mapping.kind,
             mapping.preset, summary.rows_read, summary.lines_added, summary.duplicates_skipped,
             summary.rows_rejected, summary.customers_added, summary.customers_updated, summary.elapsed_seconds)
    return summary


_checkpoints: list[threading.Thread] = []


def _checkpoint_later(conn: sqlite3.Connection) -> None:
    """Copies the import's pages from the WAL into the shop file, then closes the connection, on a
    helper thread. The commit has already made the import durable (the WAL is synced); copying ~100 MB
    for a million lines takes ~0.2 s that the owner need not wait for. The import's connection had
    SQLite's automatic checkpoint turned off so that the commit would not do it. The thread is not a
    daemon: a process that ends right after an import still finishes the checkpoint first."""

    def run() -> None:
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass  # a later checkpoint (any connection's commit, or the last close) does it
        finally:
            conn.close()

    thread = threading.Thread(target=run, name="import-checkpoint")
    _checkpoints[:] = [t for t in _checkpoints if t.is_alive()]
    _checkpoints.append(thread)
    thread.start()


def wait_for_checkpoints(timeout: float | None = None) -> None:
    """Waits until the checkpoints started after imports have finished (benchmarks, tests)."""
    for thread in list(_checkpoints):
        thread.join(timeout)


def _sha256_or_empty(path: Path) -> str:
    try:
        return file_sha256(path)
    except OSError:
        return ""


def _currency_to_adopt(conn: sqlite3.Connection, source: Source, parsed: Parsed | _CustomerRows) -> str | None:
    """The file's currency when the shop has none of its own yet (no customers, no sales); None when
    the file names none or the shop's. Refuses a file in another currency than a shop with data."""
    if not isinstance(parsed, Parsed) or parsed.currency is None:
        return None
    shop_currency = shop_settings.get(conn, "currency") or "VND"
    if parsed.currency == shop_currency:
        return None
    if not tables.has_customers_or_sales(conn):
        return parsed.currency
    raise ImportRefused(QT_TRANSLATE_NOOP(
        "Import", "The amounts in {file} are in {file_currency} but this shop keeps its figures in "
        "{shop_currency}; nothing was imported."), file=source.file_name, file_currency=parsed.currency,
        shop_currency=shop_currency)


def _adopt_currency(conn: sqlite3.Connection, currency: str) -> None:
    """The empty shop takes the file's currency; its number format too, when it was still the one that
    goes with its old currency."""
    from app.services import formatting

    old = shop_settings.get_all(conn)
    values = {"currency": currency}
    new_locale = formatting.DEFAULT_LOCALE_FOR_CURRENCY.get(currency)
    if new_locale and old["locale"] == formatting.DEFAULT_LOCALE_FOR_CURRENCY.get(old["currency"]):
        values["locale"] = new_locale
    shop_settings.put_many(conn, values)


def _check_unchanged(source: Source) -> None:
    try:
        stat = source.path.stat()
    except OSError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} cannot be read any more."),
                            file=source.file_name) from exc
    if stat.st_size != source.file_size or stat.st_mtime_ns != source.modified_ns:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "The file {file} changed since it was opened; open it again to import it."),
            file=source.file_name)


def _write_customers(conn: sqlite3.Connection, parsed: _CustomerRows, import_id: int, summary: ImportSummary) -> None:
    merged: dict[str, dict[str, Any]] = {}
    for key, person in zip(parsed.keys, parsed.people, strict=True):
        merged.setdefault(key, {}).update(person)
    keys = list(merged)
    people = [merged[k] for k in keys]
    found = _match(conn, [p.get("code") for p in people], [p.get("phone") for p in people],
                   [p.get("email") for p in people], [p.get("name") for p in people], False)
    new = [p for p, f in zip(people, found, strict=True) if f < 0]
    store.insert_customers(conn, new, import_id)
    changes = {f: p for p, f in zip(people, found, strict=True) if f >= 0}
    summary.customers_added = len(new)
    summary.customers_updated = store.update_customers(conn, changes, import_id, overwrite=True)


def _write_sales(conn: sqlite3.Connection, parsed: Parsed, import_id: int, summary: ImportSummary,
                 tick: Ticker) -> None:
    ident = parsed.identities
    active = ~parsed.cancelled
    tick(660, CUSTOMERS, force=True)
    # customers: only those with a line that is not cancelled are created
    used = np.zeros(len(ident.keys), dtype=bool)
    used[parsed.customer[active & (parsed.customer >= 0)]] = True
    found = _match(conn, ident.codes, ident.phones, ident.emails, ident.names, ident.name_only)
    tick(665, CUSTOMERS)
    create = [i for i in range(len(ident.keys)) if found[i] < 0 and used[i]]
    # new customers are inserted further down, with their figures; their ids are known now
    first_new = store.next_customer_id(conn)
    new_ids = list(range(first_new, first_new + len(create)))
    customer_ids = np.array(found + [0], dtype=np.int64)
    customer_ids[create] = new_ids
    created = set(new_ids)
    changes = {found[i]: _person(ident.attributes[i], ident.codes[i]) for i in range(len(ident.keys))
               if found[i] >= 0 and used[i]}
    summary.customers_added = len(new_ids)
    summary.customers_updated = store.update_customers(conn, changes, import_id, overwrite=False)
    line_customer = np.where(parsed.customer >= 0, customer_ids[parsed.customer], 0)
    line_customer[line_customer < 0] = 0  # customers seen only on cancelled orders
    tick.mark("customers")
    tick(670, CUSTOMERS)

    # products and categories
    products = parsed.products
    category_ids = store.ensure_categories(conn, [c for c in products.categories if c])
    product_rows = [(k, c, n, category_ids.get(cat)) for k, c, n, cat in
                    zip(products.keys, products.codes, products.names, products.categories, strict=True)]
    ids_by_key = store.ensure_products(conn, product_rows) if product_rows else {}
    tick(675, WRITING)
    product_ids = np.array([ids_by_key[k] for k in products.keys] + [-1], dtype=np.int64)
    product_category = np.array([category_ids.get(c, -1) if c else -1 for c in products.categories] + [-1],
                                dtype=np.int64)

    tick(680, WRITING)
    # invoices of this file already in the shop (from another export): kept, replaced or added to
    in_shop = find_existing(conn, parsed, active, keys=summary.existing_invoices_choice == REPLACE)
    summary.existing_invoices, summary.earlier_imports = in_shop.invoices, in_shop.earlier_imports
    replaced = in_shop.keys_to_replace(parsed.line_key) if summary.existing_invoices_choice == REPLACE else []
    # lines of cancelled orders that an earlier import stored as purchases, and the replaced lines
    removed_customers: set[int] = set()
    if parsed.cancelled.any() or len(replaced):
        cancelled_rows = np.flatnonzero(parsed.cancelled)
        pairs = {(int(line_customer[r]), str(parsed.invoices[parsed.invoice_codes[r]])) for r in cancelled_rows}
        removed, removed_customers = store.remove_lines(
            conn, import_id, [*parsed.line_key[cancelled_rows].tolist(), *np.asarray(replaced).tolist()], sorted(pairs))
        summary.lines_replaced = len(replaced)
        summary.lines_removed = removed - summary.lines_replaced
        summary.cancelled_lines = int(len(cancelled_rows))

    # new lines only: not cancelled, not already stored anywhere in the shop, not of a kept invoice
    existing = store.existing_line_keys(conn)
    tick(690, WRITING)
    duplicate = _in_sorted(parsed.line_key, existing) | _repeated(parsed.line_key)
    tick(693, WRITING)
    summary.duplicates_skipped = int((active & duplicate).sum())
    skipped = _skipped_as_existing(summary.existing_invoices_choice, in_shop, active & ~duplicate)
    summary.existing_lines_skipped = int(skipped.sum())
    rows = np.flatnonzero(active & ~duplicate & ~skipped)
    rows = rows[_insert_order(line_customer[rows], parsed.line_key[rows])]
    tick(697, WRITING)
    import pandas as pd

    row_customer = line_customer[rows]  # in insert order
    affected = set(pd.unique(row_customer).tolist()) - {0}
    had_lines = store.customers_with_lines(conn, affected - created)
    fresh = (affected - had_lines) | (created & affected)
    tick.mark("products, duplicates")
    tick(700, WRITING, force=True)

    # figures of customers whose every line is in this file: computed from the lines in memory
    figures = None
    if fresh:
        is_fresh = np.zeros(int(line_customer.max()) + 1, dtype=bool)
        is_fresh[list(fresh)] = True
        take = rows[is_fresh[row_customer]]
        # on a helper thread while the lines are inserted: numpy and SQLite both work without the GIL
        figures = Background("import-figures", compute_figures, line_customer[take], parsed.invoice_codes[take],
                              parsed.sold_at[take], parsed.quantity[take], parsed.amount[take],
                              product_category[parsed.product[take]],
                              parsed.channel_codes[take] if parsed.channel_codes is not None else None,
                              parsed.channels).start()
        tick(703, FIGURES)
        tick.mark("figures in memory")

    tick(705, WRITING, force=True)
    columns: dict[str, Any] = {}
    for name, values in (
        ("customer_id", lambda: row_customer),
        ("line_key", lambda: parsed.line_key[rows]),
        ("invoice", lambda: parsed.invoices[parsed.invoice_codes[rows]]),
        ("sold_at", lambda: parsed.sold_at[rows]),
        ("product_id", lambda: _shared_objects(product_ids[parsed.product[rows]], none_below=0)),
        ("quantity", lambda: _quantities(parsed.quantity[rows])),
        ("unit_price", lambda: parsed.unit_price[rows]),
        ("amount", lambda: parsed.amount[rows]),
    ):
        columns[name] = values()
        tick(705 + 2 * len(columns), WRITING)
    constants: dict[str, Any] = {"import_id": import_id}
    for name, codes, uniques in (("channel", parsed.channel_codes, parsed.channels),
                                 ("branch", parsed.branch_codes, parsed.branches)):
        if codes is None:
            constants[name] = None
        else:
            table = np.append(np.asarray(uniques, dtype=object), None)
            columns[name] = table[codes[rows]]
    total = max(1, len(rows))
    tick.mark("line values")

    def after_batch(done: int) -> None:
        tick(725 + 225 * done // total, WRITING)

    from app.models import sales

    summary.lines_added = sales.insert_columns(conn, columns, constants, after_batch=after_batch, batch_rows=50_000)
    tick.mark("insert")
    tick(950, FIGURES, force=True)
    figures = figures.result(tick) if figures is not None else None
    figures_of_new = {}
    if figures is not None:
        figures_of_new = {row[-1]: row[:-1] for row in figures.customers if row[-1] in created}
    store.insert_customers(conn, [_person(ident.attributes[i], ident.codes[i]) for i in create], import_id,
                           first_id=first_new, figures=figures_of_new)
    tick(965, FIGURES)
    if figures is not None:
        aggregates.write(conn, [row for row in figures.customers if row[-1] not in created], figures.months,
                         figures.categories)
    stale = (affected - fresh) | (removed_customers - {0})
    tick(980, FIGURES)
    if stale:
        # only months from the earliest line added or removed changed (the segment snapshots redo those)
        changed = [int(columns["sold_at"].min())] if len(rows) else []
        if removed_customers:
            changed += store.removed_lines_first_time(conn, import_id)
        aggregates.refresh(conn, sorted(stale), lines_from=min(changed) if changed else None)
    tick.mark("figures")


def _shared_objects(values: np.ndarray, none_below: int | None = None) -> np.ndarray:
    """An object array of the values in which equal values are the same Python object: building it
    costs one object per distinct value instead of one per row (binding reads them the same)."""
    import pandas as pd

    codes, uniques = pd.factorize(values)
    table = np.empty(len(uniques), dtype=object)
    table[:] = uniques.tolist()
    if none_below is not None:
        table[np.asarray(uniques) < none_below] = None
    return table[codes]


def _quantities(values: np.ndarray) -> np.ndarray:
    """Whole quantities as integers (SQLite would store 2.0 as 2 anyway, this binds less)."""
    whole = np.rint(values)
    if (whole == values).all():
        return whole.astype(np.int64)
    return values


# ------------------------------------------------------------------------------------------- history

def list_imports(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every import, newest first (dicts with the `imports` columns; `undone_at` set when undone)."""
    return store.list_imports(conn)


def undo_import(conn: sqlite3.Connection, import_id: int) -> UndoSummary:
    """Removes what an import added and restores what it changed, in one transaction."""
    record = store.get_import(conn, import_id)
    if record is None:
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "There is no import number {number}."), number=import_id)
    if record["undone_at"]:
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The import of {file} was already undone."),
                            file=record["file_name"])
    with db.transaction(conn):
        deleted, restored, customers = store.undo_lines(conn, import_id)
        changed_back = store.undo_customer_changes(conn, import_id)
        if customers:
            aggregates.refresh(conn, sorted(customers))
        removed = store.delete_created_customers(conn, import_id)
        store.mark_undone(conn, import_id)
    log.info("import %d undone: %d lines removed, %d restored, %d customers removed, %d restored",
             import_id, deleted, restored, removed, changed_back)
    return UndoSummary(import_id, deleted, restored, removed, changed_back)


# ------------------------------------------------------------------------------------- rejected rows

def write_rejected_rows(source: Source, problems: list[Problem], path: str | Path, *, name: str = "") -> Path:
    """Writes the rejected rows as they are in the file (all columns) with a 'Problem' column, as a
    UTF-8 CSV that Excel opens with Vietnamese letters intact; text a spreadsheet would run as a
    formula gets the exports' own guard (`customer_data.neutralize`). `name` names the file in a
    refusal (default: the file's own name)."""
    path = Path(path)
    wanted = {p.row: p for p in problems if p.row is not None}
    header = [*source.headers, QT_TRANSLATE_NOOP("Import", "Problem")]
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralize(h) for h in header])
            for number, cells in _all_rows(source):
                problem = wanted.get(number)
                if problem is not None:
                    cells = [neutralize(display(c)) for c in cells[: len(source.headers)]]
                    cells += [""] * (len(source.headers) - len(cells))
                    writer.writerow([*cells, problem.describe()])
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The rejected rows could not be saved to {file} ({reason})."),
                            file=name or path.name, reason=exc.strerror or str(exc)) from exc
    return path


def _all_rows(source: Source):
    if source.format == "csv":
        yield from iter_text_rows(source)
    elif source.format == "html":
        yield from enumerate(html_rows(source), start=1)
    else:
        workbook = open_workbook(source.path)
        try:
            sheet = load_sheet(source.path, workbook, source.sheet)
            start_col = (sheet.start or (0, 0))[1]
            for index, row in enumerate(sheet.iter_rows()):
                yield index + 1, [None] * start_col + list(row)
        finally:
            workbook.close()
