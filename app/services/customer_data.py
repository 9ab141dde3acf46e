"""The customer list and one customer's data leaving the shop file: exports of the list to CSV/XLSX,
"export this customer's data" (JSON or XLSX) and "delete this customer" for personal-data requests.

Spreadsheet cells holding text that starts with = + - @ (or their full-width forms), a tab or a
carriage return are prefixed with a single quote, so that a spreadsheet never runs them as formulas
(CSV/formula injection). Numbers are written as numbers and are never changed."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, Marked
from app.models import attributes, customers, db, feedback, imports, products
from app.models.units import stored_to_datetime, stored_to_decimal, stored_to_money
from app.services import file_checks
from app.services.changes import Changes, Written
from app.services.errors import UserError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
FORMATS = (".csv", ".xlsx")
MONEY_COLUMNS = frozenset({"revenue", "avg_basket", "returns", "unit_price", "amount"})
TIME_COLUMNS = frozenset({"first_purchase", "last_purchase", "sold_at"})
_ROWS_PER_STEP = 2000

Progress = Callable[[int, int, str], None]


def neutralize(value: Any) -> Any:
    """'=1+2' -> "'=1+2"; numbers, dates and harmless text are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _export_value(column: str, value: Any) -> Any:
    """Stored values as a spreadsheet wants them: money in the main unit, sale times as dates."""
    if value is None:
        return None
    if column in MONEY_COLUMNS:
        return stored_to_decimal(value)
    if column in TIME_COLUMNS:
        return stored_to_datetime(value).date()
    return value


def _check_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UserError(QT_TRANSLATE_NOOP("CustomerData", "The file {name} must end in .csv or .xlsx."),
                        context="CustomerData", name=Path(path).name)
    return suffix


def _not_written(path: Path, exc: OSError) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("CustomerData", "The file {name} could not be written ({error})."),
                     context="CustomerData", name=Path(path).name, error=exc.strerror or str(exc))


class _Cancelled(Exception):
    pass


def _reporting(rows, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None):
    """Passes the rows through, reporting progress and stopping (raising _Cancelled) when asked."""
    for done, row in enumerate(rows, start=1):
        yield row
        if done % _ROWS_PER_STEP == 0:
            if cancelled is not None and cancelled():
                raise _Cancelled
            if progress is not None:
                progress(done, total, "")


def write_table(path: Path, headers: Sequence[str], rows, *, total: int = 0, sheet: str = "Sheet1",
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                currency: str = "") -> int | None:
    """Writes `rows` (sequences of plain values) under `headers` to a .csv (UTF-8 with a byte-order
    mark, which Excel needs to read accents) or .xlsx file. Text is neutralised. Written to a
    temporary file first: a cancelled or failed export leaves no file. In .xlsx, money (Decimal
    values) is a number shown with thousands and the `currency`, dates are date cells. Returns the
    number of rows written, or None when cancelled."""
    path = Path(path)
    suffix = _check_format(path)
    file_checks.check_output(path)
    tmp = path.with_name(path.name + ".part")
    written = 0
    try:
        if suffix == ".csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([neutralize(h) for h in headers])
                for row in _reporting(rows, total, progress, cancelled):
                    writer.writerow(["" if v is None else neutralize(v) for v in row])
                    written += 1
        else:
            written = _write_xlsx(tmp, headers, _reporting(rows, total, progress, cancelled), sheet,
                                  money_number_format(currency))
        tmp.replace(path)
        return written
    except _Cancelled:
        return None
    except OSError as exc:
        raise _not_written(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


def money_number_format(currency: str) -> str:
    """An Excel number format for amounts in `currency`: thousands, its decimals and its symbol
    ('#,##0 "₫"', '"£"#,##0.00'); plain thousands without a currency."""
    from app.services import formatting

    if not currency:
        return "#,##0.###"
    cur = formatting.currency(currency)
    body = "#,##0" + ("." + "0" * cur.decimals if cur.decimals else "")
    return f'"{cur.symbol}"{body}' if cur.symbol_first else f'{body} "{cur.symbol}"'


def _write_xlsx(path: Path, headers, rows, sheet: str, money_format: str = "#,##0.###") -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    ws = book.create_sheet(_sheet_title(sheet))
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=neutralize(header))
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    try:
        written = _append_rows(ws, rows, money_format)
    except BaseException:
        ws.close()  # ends the sheet's row writer, which otherwise complains when collected
        raise
    with open(path, "wb") as fh:
        book.save(fh)
    return written


def _append_rows(ws, rows, money_format: str = "#,##0.###") -> int:
    from decimal import Decimal

    from openpyxl.cell import WriteOnlyCell

    written = 0
    for row in rows:
        out = []
        for value in row:
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "yyyy-mm-dd"
                out.append(cell)
            elif isinstance(value, Decimal):  # money
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = money_format
                out.append(cell)
            else:
                out.append(neutralize(value))
        ws.append(out)
        written += 1
    return written


def export_customer_list(conn: sqlite3.Connection, path: Path, columns: Sequence[str], headers: Sequence[str], *,
                         search: str = "", sort: str = "revenue", descending: bool = True, sheet: str = "Customers",
                         progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int | None:
    """Exports the customers the list shows (same search, same order) with the given columns of
    `customers.LIST_COLUMNS` (an .xlsx file names its sheet `sheet`). Returns the number of
    customers written, None when cancelled."""
    _check_format(path)
    positions = [customers.LIST_COLUMNS.index(c) for c in columns]
    total = customers.count(conn, search)

    def rows():
        offset = 0
        while True:
            window = customers.page(conn, search=search, sort=sort, descending=descending, offset=offset,
                                    limit=5000, matches=total)
            for row in window:
                yield [_export_value(customers.LIST_COLUMNS[p], row[p]) for p in positions]
            if len(window) < 5000:
                return
            offset += len(window)

    from app.models import settings as shop_settings

    return write_table(path, headers, rows(), total=total, sheet=sheet, progress=progress,
                       cancelled=cancelled, currency=shop_settings.get(conn, "currency"))


HISTORY_COLUMNS = customers.PURCHASE_FIELDS
FIGURE_COLUMNS = ("first_purchase", "last_purchase", "invoices", "purchase_lines", "revenue", "returns",
                  "return_lines", "main_channel")
# Names of the figures, history columns and sheets in one customer's workbook (the attributes are
# named by their own labels); the UI passes them translated as `labels`.
EXPORT_LABELS: dict[str, str] = {
    "first_purchase": QT_TRANSLATE_NOOP("CustomerData", "First purchase"),
    "last_purchase": QT_TRANSLATE_NOOP("CustomerData", "Last purchase"),
    "invoices": QT_TRANSLATE_NOOP("CustomerData", "Number of purchases"),
    "purchase_lines": QT_TRANSLATE_NOOP("CustomerData", "Purchase lines"),
    "revenue": QT_TRANSLATE_NOOP("CustomerData", "Total spent"),
    "returns": QT_TRANSLATE_NOOP("CustomerData", "Returns"),
    "return_lines": QT_TRANSLATE_NOOP("CustomerData", "Return lines"),
    "main_channel": QT_TRANSLATE_NOOP("CustomerData", "Main channel"),
    "first_category": QT_TRANSLATE_NOOP("CustomerData", "First category bought"),
    "created_at": QT_TRANSLATE_NOOP("CustomerData", "Added to the shop file"),
    "updated_at": QT_TRANSLATE_NOOP("CustomerData", "Last changed"),
    "exported_at": QT_TRANSLATE_NOOP("CustomerData", "Exported"),
    "sold_at": QT_TRANSLATE_NOOP("CustomerData", "Date"),
    "invoice": QT_TRANSLATE_NOOP("CustomerData", "Invoice"),
    "product_code": QT_TRANSLATE_NOOP("CustomerData", "Product code"),
    "product": QT_TRANSLATE_NOOP("CustomerData", "Product"),
    "category": QT_TRANSLATE_NOOP("CustomerData", "Category"),
    "quantity": QT_TRANSLATE_NOOP("CustomerData", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("CustomerData", "Unit price"),
    "amount": QT_TRANSLATE_NOOP("CustomerData", "Amount"),
    "channel": QT_TRANSLATE_NOOP("CustomerData", "Channel"),
    "branch": QT_TRANSLATE_NOOP("CustomerData", "Branch"),
    "customer_sheet": QT_TRANSLATE_NOOP("CustomerData", "Customer"),
    "purchases_sheet": QT_TRANSLATE_NOOP("CustomerData", "Purchases"),
    "answers_sheet": QT_TRANSLATE_NOOP("CustomerData", "Feedback answers"),
    "answered_at": QT_TRANSLATE_NOOP("CustomerData", "Answered on"),
    "score": QT_TRANSLATE_NOOP("CustomerData", "Score (0-10)"),
    "comment": QT_TRANSLATE_NOOP("CustomerData", "Comment"),
    "source": QT_TRANSLATE_NOOP("CustomerData", "Source"),
    "tags": QT_TRANSLATE_NOOP("CustomerData", "Tags"),
    "other_records_sheet": QT_TRANSLATE_NOOP("CustomerData", "Other records"),
    "added_by_import": QT_TRANSLATE_NOOP("CustomerData", "Added by the import of"),
    "table": QT_TRANSLATE_NOOP("CustomerData", "Kept in"),
    "row": QT_TRANSLATE_NOOP("CustomerData", "Record"),
}
ANSWER_COLUMNS = ("answered_at", "score", "comment", "channel", "source", "tags")  # the customer's NPS answers


def customer_record(conn: sqlite3.Connection, customer_id: int) -> dict[str, Any]:
    """Everything the shop file holds about one customer: attributes, figures, purchases, answers to
    the NPS question, and their rows in every other table (segments, segment history, values kept for
    undoing imports, lines kept for undoing imports, and whatever later tables hold about them)."""
    row = customers.get(conn, customer_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("CustomerData", "This customer no longer exists in the shop file."),
                        context="CustomerData")
    first_category = products.category_name(conn, row.get("first_category_id"))
    figures = {}
    for key in FIGURE_COLUMNS:
        value = row.get(key)
        if key in TIME_COLUMNS and value is not None:
            value = stored_to_datetime(value).isoformat(sep=" ")
        elif key in MONEY_COLUMNS:
            value = stored_to_money(value)
        figures[key] = value
    figures["first_category"] = first_category
    purchases = []
    for line in customers.purchase_history(conn, customer_id):
        item = dict(line)
        item["sold_at"] = stored_to_datetime(item["sold_at"]).isoformat(sep=" ")
        item["unit_price"] = stored_to_money(item["unit_price"])
        item["amount"] = stored_to_money(item["amount"])
        purchases.append(item)
    answers = [{"answered_at": stored_to_datetime(when).isoformat(sep=" "), "score": score, "comment": comment,
                "channel": channel, "source": source, "tags": ", ".join(tags)}
               for when, score, comment, channel, source, tags in feedback.customer_answers(conn, customer_id)]
    other_records = customers.rows_about(conn, customer_id)
    other_records.pop("feedback_responses", None)  # already in `answers`, readably
    for change in other_records.get("import_customer_changes", []):
        change["previous"] = json.loads(change["previous"])  # the values kept for undoing that import
    source = imports.file_name_of(conn, row.get("import_id"))
    return {
        "customer": {a.key: row.get(a.key) for a in attributes.ATTRIBUTES},
        "figures": figures,
        "record": {"created_at": row.get("created_at"), "updated_at": row.get("updated_at"),
                   "added_by_import": source[0] if source else None},
        "purchases": purchases,
        "answers": answers,
        "other_records": other_records,
    }


def export_customer(conn: sqlite3.Connection, customer_id: int, path: Path, *,
                    labels: dict[str, str] | None = None) -> Path:
    """Writes one customer's data to a .json or .xlsx file (for a personal-data access request).
    `labels` names the attributes, figures, columns and sheets in the owner's language (keys of
    attributes.ATTRIBUTES and EXPORT_LABELS; default: English)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise UserError(QT_TRANSLATE_NOOP("CustomerData", "The file {name} must end in .json or .xlsx."),
                        context="CustomerData", name=path.name)
    file_checks.check_output(path)
    record = customer_record(conn, customer_id)
    record["exported_at"] = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    if suffix == ".json":
        tmp = path.with_name(path.name + ".part")
        try:
            tmp.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _not_written(path, exc) from exc
        return path
    _write_customer_xlsx(path, record, labels or {})
    return path


def _sheet_title(text: str) -> str:
    """Excel refuses sheet names longer than 31 characters or holding any of : \\ / ? * [ ]."""
    return "".join("_" if c in ':\\/?*[]' else c for c in text)[:31] or "Sheet"


def _write_customer_xlsx(path: Path, record: dict[str, Any], labels: dict[str, str]) -> None:
    from openpyxl import Workbook

    def label(key: str) -> str:
        attribute = attributes.BY_KEY.get(key)
        return labels.get(key) or (attribute.label if attribute else EXPORT_LABELS.get(key, key))

    book = Workbook()
    details = book.active
    details.title = _sheet_title(label("customer_sheet"))
    for key, value in [*record["customer"].items(), *record["figures"].items(), *record["record"].items()]:
        details.append([neutralize(label(key)), neutralize(value)])
    details.append([neutralize(label("exported_at")), record["exported_at"]])
    details.column_dimensions["A"].width = 34
    details.column_dimensions["B"].width = 48
    history = book.create_sheet(_sheet_title(label("purchases_sheet")))
    history.append([neutralize(label(c)) for c in HISTORY_COLUMNS])
    for item in record["purchases"]:
        history.append([neutralize(item[c]) for c in HISTORY_COLUMNS])
    answers = book.create_sheet(_sheet_title(label("answers_sheet")))
    answers.append([neutralize(label(c)) for c in ANSWER_COLUMNS])
    for item in record["answers"]:
        answers.append([neutralize(item[c]) for c in ANSWER_COLUMNS])
    if record["other_records"]:
        others = book.create_sheet(_sheet_title(label("other_records_sheet")))
        others.append([neutralize(label("table")), neutralize(label("row"))])
        for table, rows in record["other_records"].items():
            for item in rows:
                others.append([table, neutralize(json.dumps(item, ensure_ascii=False, default=str))])
        others.column_dimensions["A"].width = 28
        others.column_dimensions["B"].width = 100
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        raise _not_written(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


def edit_customer(conn: sqlite3.Connection, customer_id: int, values: dict[str, Any]) -> Written[dict[str, Any]]:
    """Writes some attributes of one customer (one transaction); the value is their previous values
    (for undo). A customer code already used by another customer is refused."""
    try:
        with db.transaction(conn):
            old = customers.update(conn, customer_id, values)
    except LookupError:
        raise UserError(QT_TRANSLATE_NOOP("CustomerData", "This customer no longer exists in the shop file."),
                        context="CustomerData") from None
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("CustomerData", "The customer code {code} is already used by another "
                                                          "customer."),
                        context="CustomerData", code=values.get("code")) from None
    return Written(old, Changes.of_customers([customer_id]))


@dataclass(frozen=True)
class Deletion:
    """What deleting a customer did: sales lines now without a customer, whether the file's
    write-ahead log could be emptied (False: another connection was reading; the last traces leave
    the log when the shop is closed), and the backups that still hold the customer."""

    lines_moved: int
    log_cleared: bool
    identity: tuple[int, str]
    backups_holding: tuple[Path, ...] = ()

    @property
    def changes(self) -> Changes:
        return Changes.of_customers([self.identity[0]], sales=True)


def delete_customer(conn: sqlite3.Connection, customer_id: int, shop_path: Path | None = None) -> Deletion:
    """Deletes a customer for good: their record, figures and the previous values kept for undoing
    imports, and the attribution of their sales lines, which stay in the shop's totals as walk-in
    sales. SQLite's secure_delete overwrites the freed space, and a checkpoint moves the change out of
    the write-ahead log (its result is checked), so that the person's details do not linger in the
    file. With `shop_path`, also lists the backups that still hold the customer (see
    `purge_from_backups`)."""
    previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with db.transaction(conn):
            record = customers.get(conn, customer_id)
            if record is None:
                raise UserError(QT_TRANSLATE_NOOP("CustomerData", "This customer no longer exists in the shop file."),
                                context="CustomerData")
            moved = customers.delete(conn, customer_id)
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(previous)}")
    identity = (customer_id, record["created_at"])
    holding = tuple(backups_holding(shop_path, identity)) if shop_path is not None else ()
    return Deletion(moved, clear_log(conn), identity, holding)


def clear_log(conn: sqlite3.Connection, attempts: int = 10) -> bool:
    """Copies the write-ahead log into the shop file and empties it; True when that was done (a
    reader on another connection can keep it from finishing: tried for about a second)."""
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 100")  # each attempt waits this long for readers
    try:
        for _attempt in range(attempts):
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy and frames == copied:
                return True
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return False


def _holds(path: Path, identity: tuple[int, str]) -> bool:
    try:
        conn = db.connect(path, read_only=True)
    except db.ShopFileError:
        return False
    try:
        return customers.has_identity(conn, identity)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def backups_holding(shop_path: Path, identity: tuple[int, str]) -> list[Path]:
    """The backups of the shop that still hold the customer (same id, same creation time)."""
    from app.services import backups

    return [b.path for b in backups.list_backups(shop_path) if _holds(b.path, identity)]


def purge_from_backups(paths: Sequence[Path], identity: tuple[int, str],
                       progress: Progress | None = None) -> int:
    """Deletes the customer from these backups as from the shop: each backup is copied, brought to
    the app's schema version, the customer deleted, the copy rewritten whole (VACUUM, so nothing is
    left in free pages) and verified, then put in place of the backup under the same name. A backup
    that fails is left as it was, and the first failure is raised once the others are done. Returns
    how many backups were purged."""
    from app.models import migrations
    from app.services import backups

    purged = 0
    failure: UserError | None = None
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths), "")
        path = Path(path)
        tmp = path.with_name(path.name + ".purging")

        def failed(why: str, path: Path = path) -> UserError:
            return UserError(QT_TRANSLATE_NOOP("CustomerData", "The backup {name} could not be cleaned ({reason}); it is unchanged."),
                             context="CustomerData", name=path.name, reason=why)

        try:
            if not backups.verify(path):
                raise failed(Marked(QT_TRANSLATE_NOOP("CustomerData", "it is damaged"), "CustomerData"))
            shutil.copyfile(path, tmp)
            conn = db.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                migrations.migrate(conn)
                conn.execute("PRAGMA secure_delete = ON")
                with db.transaction(conn):
                    if customers.has_identity(conn, identity):
                        customers.delete(conn, identity[0])
                conn.execute("VACUUM")
            finally:
                conn.close()
            if not backups.verify(tmp):
                raise failed(Marked(QT_TRANSLATE_NOOP("CustomerData", "the cleaned copy failed its check"), "CustomerData"))
            tmp.replace(path)
            purged += 1
        except UserError as exc:
            failure = failure or exc
        except (OSError, sqlite3.Error) as exc:
            failure = failure or failed(exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))
        finally:
            for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                leftover.unlink(missing_ok=True)
    if failure is not None:
        raise failure
    return purged
