"""Reading the chosen columns of a whole file into compact numpy columns, chunk by chunk, with progress
and cancel: `pandas.read_csv` for text files (numeric columns parsed by pandas), python-calamine for
workbooks (its sheet load runs on a helper thread so that progress keeps coming and Cancel answers),
the stdlib HTML parser for HTML tables.

A `Column` is either float numbers (NaN = empty) or factorised values (`codes` into `uniques`, -1 =
empty): cleaning then works once per distinct value instead of once per row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing.errors import ImportCancelled, ImportRefused
from app.services.importing.sources import (
    MAX_SHEET_ROWS,
    SPACES,
    Source,
    eight_bit_encoding,
    html_rows,
    load_sheet,
    open_workbook,
    reader_failed,
    refuse_too_large_sheet,
    refuse_too_many_rows,
    xlsx_sheet_size,
)

CSV_BYTES_PER_SECOND = 100 << 20  # a rough guess, only to move the progress bar
WORKBOOK_CHUNK_ROWS = 25_000
MAX_ROWS = MAX_SHEET_ROWS  # rows below the header: never more are read
CSV_CHUNK_BYTES = 128 << 20  # text files above this are read in chunks of CSV_CHUNK_ROWS rows
CSV_CHUNK_ROWS = 262_144
HEARTBEAT_SECONDS = 0.05  # how often a waiting thread wakes to report (the Ticker reports every 0.1 s)
SQL_HEARTBEAT_STEPS = 20_000  # SQLite virtual-machine steps between two heartbeats of a long statement

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

READING = QT_TRANSLATE_NOOP("Import", "Reading the file…")


NO_STAMP = np.iinfo(np.int64).min  # an empty cell in a column of date-times


@dataclass
class Column:
    """One column of every row, in the cheapest faithful form: float `numbers` (NaN = empty),
    date-time `stamps` (int64 seconds, NO_STAMP = empty), or raw `values` (object array, None/NaN =
    empty); any of them is factorised on first use into `codes` (-1 = empty) and `uniques`."""

    numbers: np.ndarray | None = None
    codes: np.ndarray | None = None
    uniques: np.ndarray | None = None
    values: np.ndarray | None = None
    stamps: np.ndarray | None = None

    def __len__(self) -> int:
        for array in (self.numbers, self.stamps, self.values, self.codes):
            if array is not None:
                return len(array)
        return 0

    def factorized(self) -> tuple[np.ndarray, np.ndarray]:
        """(codes, uniques) whatever the storage; numbers become float uniques, stamps datetimes."""
        if self.codes is None:
            if self.stamps is not None:
                codes, seconds = pd.factorize(self.stamps)
                empty = seconds == NO_STAMP
                uniques = np.empty(len(seconds), dtype=object)
                uniques[~empty] = pd.to_datetime(seconds[~empty], unit="s").to_pydatetime()
                uniques[empty] = None
                self.codes, self.uniques = _drop_unique(codes.astype(np.int64), uniques, empty)
            else:
                data = self.numbers if self.numbers is not None else self.values
                codes, uniques = pd.factorize(data, use_na_sentinel=True)
                self.codes, self.uniques = codes.astype(np.int64, copy=False), np.asarray(uniques, dtype=object)
        return self.codes, self.uniques

    def take(self, rows: np.ndarray) -> Column:
        if self.numbers is not None:
            return Column(numbers=self.numbers[rows])
        if self.stamps is not None:
            return Column(stamps=self.stamps[rows])
        if self.values is not None:
            return Column(values=self.values[rows],
                          codes=None if self.codes is None else self.codes[rows], uniques=self.uniques)
        return Column(codes=self.codes[rows], uniques=self.uniques)

    def present(self) -> np.ndarray:
        """True where the cell is not empty."""
        if self.numbers is not None:
            return ~np.isnan(self.numbers)
        if self.stamps is not None:
            return self.stamps != NO_STAMP
        if self.codes is not None:
            return self.codes >= 0
        return pd.notna(self.values)

    def blank(self) -> np.ndarray:
        """True where the cell is empty or holds only spaces and tabs."""
        if self.numbers is not None or self.stamps is not None:
            return ~self.present()
        codes, uniques = self.factorized()
        spaces = np.fromiter((isinstance(u, str) and not u.strip() for u in uniques), bool, count=len(uniques))
        return np.append(spaces, True)[codes]

    def raw(self, rows: np.ndarray) -> np.ndarray:
        """The raw values of some rows (object array, None where empty)."""
        if self.values is not None:
            return self.values[rows]
        codes, uniques = self.factorized()
        table = np.append(uniques, None)
        return table[codes[rows]]

    def display_values(self, rows: np.ndarray) -> list[str]:
        from app.services.importing.sources import display

        return [display(v) if v is not None and v == v else "" for v in self.raw(rows)]


def _drop_unique(codes: np.ndarray, uniques: np.ndarray, drop: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Removes the uniques marked in `drop` (their rows become -1, empty)."""
    if not drop.any():
        return codes, uniques
    lookup = np.full(len(uniques) + 1, -1, dtype=np.int64)
    keep = np.flatnonzero(~drop)
    lookup[keep] = np.arange(len(keep))
    return lookup[codes], uniques[keep]


def text_column(values) -> Column:
    """A column read from a text file (a pandas Series or array): numbers as floats, anything else
    kept as Python objects. With pyarrow installed, text columns come in Arrow and are factorised at
    once, there: only their distinct values become Python objects."""
    dtype = getattr(values, "dtype", None)
    if dtype is not None and getattr(dtype, "kind", "O") in "fiub":
        return Column(numbers=np.asarray(values, dtype=np.float64))
    if not isinstance(dtype, pd.ArrowDtype):  # Python objects: factorised when first needed
        return Column(values=np.asarray(values, dtype=object))
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return Column(codes=np.asarray(codes, dtype=np.int64), uniques=np.asarray(uniques, dtype=object))


_type_of = np.frompyfunc(type, 1, 1)


class CellsBuilder:
    """Collects a workbook's column chunk by chunk. Cells are new Python objects (numbers, texts,
    date-times, '' for empty): each chunk is split by type at once, numbers into floats, date-times
    into seconds (pandas converts them in C), the rest factorised, so that a million rows do not
    keep millions of objects alive."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.numbers: list[tuple[np.ndarray, np.ndarray]] = []  # (positions, float values)
        self.stamps: list[tuple[np.ndarray, np.ndarray]] = []  # (positions, seconds)
        self.others: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (positions, codes, uniques)

    def add(self, cells: np.ndarray) -> None:
        offset = sum(self.sizes)
        self.sizes.append(len(cells))
        kind = pd.api.types.infer_dtype(cells, skipna=True)
        if kind == "string":  # a text column: only the empty cells ('') to drop
            self._add_others(np.arange(len(cells)), cells, offset, texts=True)
            return
        if kind in ("floating", "integer", "mixed-integer-float"):
            self.numbers.append((np.arange(len(cells)) + offset, cells.astype(np.float64)))
            return
        if kind in ("datetime", "date"):  # calamine gives a date for a whole day, a datetime otherwise
            self._add_stamps(np.arange(len(cells)), cells, offset)
            return
        types = _type_of(cells)
        # element-wise comparisons of the cells' types (numpy arrays, not Python type checks)
        is_number = (types == float) | (types == int)  # noqa: E721
        is_stamp = (types == dt.datetime) | (types == dt.date)  # noqa: E721
        if is_number.any():
            where = np.flatnonzero(is_number)
            self.numbers.append((where + offset, cells[where].astype(np.float64)))
        if is_stamp.any():
            self._add_stamps(np.flatnonzero(is_stamp), cells, offset)
        rest = np.flatnonzero(~(is_number | is_stamp))
        if rest.size:
            self._add_others(rest, cells[rest], offset, texts=bool((types[rest] == str).all()))  # noqa: E721

    def _add_stamps(self, where: np.ndarray, cells: np.ndarray, offset: int) -> None:
        seconds = pd.to_datetime(cells[where]).to_numpy(dtype="datetime64[s]").astype(np.int64)
        self.stamps.append((where + offset, seconds))

    def _add_others(self, where: np.ndarray, objects: np.ndarray, offset: int, *, texts: bool) -> None:
        if not texts:
            objects = np.where(objects == "", None, objects)
        codes, uniques = pd.factorize(objects, use_na_sentinel=True)
        if texts:  # empty cells are '' in workbooks
            blank = np.flatnonzero(np.asarray(uniques, dtype=object) == "")
            if blank.size:
                codes = np.where(codes == blank[0], -1, codes)
        keep = codes >= 0
        self.others.append((where[keep] + offset, codes[keep].astype(np.int64), np.asarray(uniques, dtype=object)))

    def build(self) -> Column:
        n = sum(self.sizes)
        if not self.stamps and not self.others:
            numbers = np.full(n, np.nan)
            for where, values in self.numbers:
                numbers[where] = values
            return Column(numbers=numbers)
        if not self.numbers and not self.others:
            stamps = np.full(n, NO_STAMP, dtype=np.int64)
            for where, seconds in self.stamps:
                stamps[where] = seconds
            return Column(stamps=stamps)
        # mixed: one code per distinct value over numbers, date-times and other values
        codes = np.full(n, -1, dtype=np.int64)
        uniques: list[np.ndarray] = []
        offset = 0
        if self.numbers:
            where = np.concatenate([w for w, _ in self.numbers])
            part_codes, part_uniques = pd.factorize(np.concatenate([v for _, v in self.numbers]))
            codes[where] = part_codes + offset
            values = np.empty(len(part_uniques), dtype=object)
            values[:] = part_uniques.tolist()
            uniques.append(values)
            offset += len(part_uniques)
        if self.stamps:
            where = np.concatenate([w for w, _ in self.stamps])
            part_codes, part_uniques = pd.factorize(np.concatenate([v for _, v in self.stamps]))
            codes[where] = part_codes + offset
            values = np.empty(len(part_uniques), dtype=object)
            values[:] = list(pd.to_datetime(part_uniques, unit="s").to_pydatetime())
            uniques.append(values)
            offset += len(part_uniques)
        for where, part_codes, part_uniques in self.others:
            codes[where] = part_codes + offset
            uniques.append(part_uniques)
            offset += len(part_uniques)
        merged = np.concatenate(uniques) if uniques else np.empty(0, dtype=object)
        # the same text may appear in several chunks: one code per distinct value
        merged_codes, distinct = pd.factorize(merged, use_na_sentinel=True)
        lookup = np.append(merged_codes.astype(np.int64), -1)
        return Column(codes=lookup[codes], uniques=np.asarray(distinct, dtype=object))


@dataclass
class RawTable:
    row_numbers: np.ndarray  # int64: each row's number as the owner sees it (1-based)
    columns: dict[int, Column]  # by column index in Source.headers

    def __len__(self) -> int:
        return len(self.row_numbers)

    def take(self, rows: np.ndarray) -> RawTable:
        return RawTable(self.row_numbers[rows], {i: c.take(rows) for i, c in self.columns.items()})


class Ticker:
    """Calls progress at most every `interval` seconds; raises ImportCancelled when asked to stop."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, total: int = 1000):
        self.progress = progress
        self.cancelled = cancelled
        self.total = total
        self.last = 0.0
        self.max_gap = 0.0
        self.phases: list[tuple[str, float]] = []  # (phase, seconds): where an import spends its time
        self._phase_start = time.perf_counter()
        self._done, self._message = 0, READING

    def mark(self, phase: str) -> None:
        """Records how long the work since the previous mark took (see `phases`)."""
        now = time.perf_counter()
        self.phases.append((phase, now - self._phase_start))
        self._phase_start = now

    def __call__(self, done: int, message: str = READING, *, force: bool = False) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        self._done, self._message = done, message
        self._report(force)

    def _report(self, force: bool = False) -> None:
        now = time.perf_counter()
        if self.progress is not None and (force or now - self.last >= 0.1):
            if self.last:
                self.max_gap = max(self.max_gap, now - self.last)
            self.last = now
            self.progress(int(self._done), self.total, self._message)

    def beat(self) -> int:
        """Reports the last position again when 0.1 s passed (never raises: SQLite calls it from
        inside a statement, see `sql_heartbeat`); returns 0, which lets the statement go on."""
        self._report()
        return 0

    @contextlib.contextmanager
    def sql_heartbeat(self, conn: Any) -> Iterator[None]:
        """While inside: long SQL statements on `conn` keep reporting (SQLite's progress handler)."""
        conn.set_progress_handler(self.beat, SQL_HEARTBEAT_STEPS)
        try:
            yield
        finally:
            conn.set_progress_handler(None, 0)


def read_columns(source: Source, indices: list[int], numeric: set[int], tick: Ticker, *,
                 thousands: str | None = None, decimal: str = ".", span: tuple[int, int] = (0, 500),
                 text: set[int] | frozenset[int] = frozenset()) -> RawTable:
    """Reads the given columns of every data row (below the header row). `numeric` columns of text
    files are parsed as numbers by pandas when they can be; `text` columns (mapped to text fields:
    codes, names...) of .xlsx workbooks are read as text whatever their cells hold; `span` is the
    progress range to report in."""
    if source.format == "csv":
        return _read_csv(source, indices, numeric, tick, thousands, decimal, span)
    if source.format == "html":
        rows = html_rows(source)[source.header_row + 1:]
        return _read_rows(iter(rows), len(rows), 0, source.header_row + 2, indices, tick, span)
    if source.format == "xlsx":
        size = xlsx_sheet_size(source.path, source.sheet, step=lambda: tick(span[0]))
        if size is not None:
            refuse_too_large_sheet(source.file_name, source.sheet, size, source.header_row)
        # fastexcel loads in the first half of the span; when it leaves the sheet to python-calamine,
        # that one goes on from there (the bar never moves back)
        half = (span[0] + span[1]) // 2
        table = _read_xlsx_arrow(source, indices, text, tick, span, load_until=half)
        if table is not None:
            return table
        span = (half, span[1])
    return _read_workbook(source, indices, tick, span)


def _read_csv(source: Source, indices, numeric, tick, thousands, decimal, span) -> RawTable:
    try:
        return _read_csv_as(source, source.encoding, indices, numeric, tick, thousands, decimal, span)
    except UnicodeDecodeError as exc:
        if source.encoding not in ("utf-8", "utf-8-sig"):
            raise ImportRefused(QT_TRANSLATE_NOOP(
                "Import", "The file {file} mixes text encodings; save it again as UTF-8 and import that copy."),
                file=source.file_name) from exc
    # the beginning was UTF-8 but a later part is not: an 8-bit Windows encoding after all
    with open(source.path, "rb") as fh:
        encoding = eight_bit_encoding(fh.read(16 << 20))
    try:
        return _read_csv_as(source, encoding, indices, numeric, tick, thousands, decimal, span)
    except UnicodeDecodeError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "The file {file} mixes text encodings; save it again as UTF-8 and import that copy."),
            file=source.file_name) from exc


def _header_width(source: Source) -> int:
    """How many cells the header row of a text file has (an untitled last one included); refuses the
    file when one of its first rows has more (pandas would take the first data row's extra cells
    for an index and drop them without a word)."""
    header_number = source.header_row + 1
    numbers = list(source.grid_row_numbers)
    if header_number not in numbers:
        return len(source.headers)
    position = numbers.index(header_number)
    width = max(len(source.headers), len(source.grid[position]))
    for number, row in zip(numbers[position + 1:], source.grid[position + 1:], strict=True):
        if len(row) > width:
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} cannot be read as a table: {reason}."),
                                file=source.file_name, reason=_too_many_cells(number, len(row), width))
    return width


def _too_many_cells(row: int, saw: int, expected: int) -> str:
    return QT_TRANSLATE_NOOP("Import", "row {row} has {saw} cells where the header has {expected}").format(
        row=row, saw=saw, expected=expected)


def _read_csv_as(source: Source, encoding, indices, numeric, tick, thousands, decimal, span) -> RawTable:
    width = _header_width(source)
    # pandas reads a whole UTF-8 file on several threads, but only when it reads every column
    every_column = 2 * len(indices) >= width
    text = _text_dtype()

    # a large file is read in chunks, each one's columns built (text factorised) before the next is
    # read: the whole file never sits in memory as pandas strings; never more than MAX_ROWS + 1 rows
    chunk_rows = CSV_CHUNK_ROWS if source.file_size > CSV_CHUNK_BYTES else None

    def read(usecols, names=width):
        reader = pd.read_csv(
            source.path, sep=_pandas_separator(source.delimiter), encoding=encoding, header=None,
            names=list(range(names)), usecols=usecols,
            dtype={i: text for i in (usecols or range(names)) if i not in numeric and i < width},
            skiprows=source.header_row + 1, keep_default_na=False, na_values=[""], skip_blank_lines=False,
            thousands=thousands, decimal=decimal, engine="c", index_col=False, encoding_errors="strict",
            nrows=MAX_ROWS + 1, chunksize=chunk_rows)
        if chunk_rows is None:
            return reader
        parts: dict[int, list[Column]] = {i: [] for i in indices}
        with reader:
            for chunk in reader:
                for i in indices:
                    parts[i].append(text_column(chunk[i]))
        return parts

    def read_refusing_extra_cells():
        """A row with more cells than the header (an amount written 50000,100 without quotes shifts
        every cell after it) is refused with its row number. Reading every column, pandas does that
        itself (a parser error naming the row); reading some, it would drop the extra cells quietly,
        so one column more than the header is asked for: pandas refuses that ("Too many columns
        specified") exactly when no row has more cells; when it does not, the strict reading of
        every column names the row."""
        if every_column:
            return read(None)
        try:
            frame = read([*indices, width], names=width + 1)
        except pd.errors.ParserError as exc:
            if "Too many columns specified" not in str(exc):
                raise
            return read(indices)
        read(None)  # raises the parser error that names the first row with too many cells
        return frame if isinstance(frame, dict) else frame.drop(columns=[width])

    expected_seconds = max(0.2, source.file_size / CSV_BYTES_PER_SECOND)
    reading_share = (span[1] - span[0]) * 8 // 10
    try:
        frame = run_with_heartbeat(read_refusing_extra_cells, tick, (span[0], span[0] + reading_share),
                                   expected_seconds, name="import-read-csv")
    except UnicodeDecodeError:
        raise  # the caller tries another encoding
    except pd.errors.ParserError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "The file {file} cannot be read as a table: {reason}."),
            file=source.file_name, reason=_parser_reason(str(exc), width)) from exc
    except (ValueError, OSError, IndexError) as exc:  # IndexError: pandas on some broken files
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} cannot be read as a table: {reason}."),
                            file=source.file_name, reason=str(exc).strip().rstrip(".")) from exc
    first_row = source.header_row + 2
    if isinstance(frame, dict):
        columns = {i: concat_columns(parts) for i, parts in frame.items()}
    else:
        columns = {}
        # Arrow factorises with the GIL released: the columns side by side
        with ThreadPoolExecutor(max_workers=max(1, min(len(indices), os.cpu_count() or 1, 4))) as pool:
            built = [pool.submit(text_column, frame[i]) for i in indices]
            for n, (i, future) in enumerate(zip(indices, built, strict=True), start=1):
                done = span[0] + reading_share + (span[1] - span[0] - reading_share) * (n - 1) // len(indices)
                columns[i] = _result_with_heartbeat(future, tick, done)
                tick(span[0] + reading_share + (span[1] - span[0] - reading_share) * n // len(indices))
    rows = len(next(iter(columns.values())))
    refuse_too_many_rows(source.file_name, rows)
    return RawTable(np.arange(first_row, first_row + rows, dtype=np.int64), columns)


def _result_with_heartbeat(future: Future[T], tick: Ticker, done: int) -> T:
    """The future's result; while it is not ready, `tick(done)` every HEARTBEAT_SECONDS (progress, cancel)."""
    while True:
        try:
            return future.result(timeout=HEARTBEAT_SECONDS)
        except FutureTimeout:
            tick(done)


def concat_columns(parts: list[Column]) -> Column:
    """One column from the columns of consecutive chunks of rows: numbers stay numbers when every chunk
    read as numbers; factorised text is merged into one set of uniques; anything else becomes raw values."""
    if len(parts) <= 1:
        return parts[0] if parts else Column(values=np.empty(0, dtype=object))
    if all(p.numbers is not None for p in parts):
        return Column(numbers=np.concatenate([p.numbers for p in parts]))
    if all(p.codes is not None and p.values is None for p in parts):
        merged_codes, merged_uniques = pd.factorize(np.concatenate([p.uniques for p in parts]))
        codes, start = [], 0
        for p in parts:
            lookup = np.append(merged_codes[start:start + len(p.uniques)], -1).astype(np.int64)
            codes.append(lookup[p.codes])
            start += len(p.uniques)
        return Column(codes=np.concatenate(codes), uniques=np.asarray(merged_uniques, dtype=object))
    return Column(values=np.concatenate([p.raw(np.arange(len(p))) if p.values is None else p.values
                                         for p in parts]))


def _pandas_separator(delimiter: str | None) -> str:
    """pandas' separator for a text file's delimiter: runs of spaces are pandas' whitespace mode."""
    return r"\s+" if delimiter == SPACES else delimiter or ","


def _text_dtype():
    """How text columns are read: Arrow strings when pyarrow is installed (pandas' reader then builds
    them without a Python object per cell, on several threads), else Python strings."""
    try:
        import pyarrow
    except ImportError:
        return object
    return pd.ArrowDtype(pyarrow.string())


class Background:
    """fn(*args) on a helper thread, from start(), for work that releases the GIL (reading, hashing,
    numpy); result() waits for it and returns its value or raises its exception."""

    def __init__(self, name: str, fn: Callable[..., Any], *args: Any):
        self._outcome: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._run, args=(fn, args), name=name, daemon=True)

    def _run(self, fn: Callable[..., Any], args: tuple) -> None:
        try:
            self._outcome["value"] = fn(*args)
        except BaseException as exc:  # handed over to result()
            self._outcome["error"] = exc

    def start(self) -> Background:
        self._thread.start()
        return self

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, seconds: float) -> None:
        """Waits at most `seconds` for the work to end."""
        self._thread.join(seconds)

    def result(self, tick: Ticker | None = None) -> Any:
        """Waits for the work (reporting progress meanwhile when given a Ticker) and returns its value."""
        while tick is not None and self.running():
            self.wait(HEARTBEAT_SECONDS)
            tick.beat()
        self._thread.join()
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome["value"]


def run_with_heartbeat(work: Callable[[], T], tick: Ticker, span: tuple[int, int], expected_seconds: float, *,
                       name: str) -> T:
    """Runs `work()` (one long call that releases the GIL: pandas' CSV reader, calamine's sheet load)
    on a helper thread while this thread reports progress every HEARTBEAT_SECONDS, moving through
    `span` as the expected time passes, and answers Cancel at once (the helper's result is then
    dropped). Exceptions of `work` are raised here."""
    helper = Background(name, work).start()
    started = time.perf_counter()
    while helper.running():
        helper.wait(HEARTBEAT_SECONDS)
        elapsed = time.perf_counter() - started
        tick(span[0] + (span[1] - span[0]) * min(0.95, elapsed / expected_seconds))
    return helper.result()


def _parser_reason(message: str, width: int) -> str:
    """pandas' tokenizer error in the owner's words; its line is the file's own row number (the
    rows skipped above the data are counted in it)."""
    import re

    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if match:
        _, line, saw = (int(g) for g in match.groups())
        return _too_many_cells(line, saw, width)
    return message.strip().splitlines()[-1].rstrip(".")


def _read_xlsx_arrow(source: Source, indices: list[int], text: set[int] | frozenset[int], tick: Ticker,
                     span: tuple[int, int], load_until: int) -> RawTable | None:
    """Reads an .xlsx sheet with fastexcel (calamine in Rust, straight into Arrow columns: ~3x faster
    than python-calamine's Python object per cell, at less memory). Columns of `text` fields are
    read as text (a number cell 17850 gives "17850", as cleaning would make it; an error cell such
    as #N/A is empty, as python-calamine gives it). Every other column must hold one kind of cell
    (numbers, or dates, or texts), for the kind matters there: where one mixes kinds, returns None and
    the caller reads the sheet with python-calamine, which keeps each cell's kind. So it does where
    fastexcel would quietly read a word as an empty cell or a number ("N/A", "nan" in a column of
    numbers: the owner must see those as problems) or holds cells this reader does not convert."""
    def modules():
        import fastexcel
        import pyarrow

        return fastexcel, pyarrow

    try:  # the first time in a process that is ~0.3 s (more on a busy machine): under the heartbeat
        fastexcel, pyarrow = run_with_heartbeat(modules, tick, (span[0], span[0]), 0.3, name="import-modules")
    except ImportError:
        return None
    wanted = set(indices)
    logging.getLogger("fastexcel").setLevel(logging.ERROR)  # it warns on stderr about empty columns

    def load():
        reader = fastexcel.read_excel(str(source.path))
        sheet = reader.load_sheet(
            source.sheet, header_row=None, skip_rows=source.header_row + 1, schema_sample_rows=None,
            dtype_coercion="strict", use_columns=lambda column: column.absolute_index in wanted,
            dtypes={i: "string" for i in text})
        batch, errors = sheet.to_arrow_with_errors()
        return sheet.selected_columns, batch, errors

    # a rough guess of fastexcel's speed, only to move the bar: ~300,000 rows per second
    expected_seconds = max(0.3, source.data_rows_estimate / 300_000)
    try:
        selected, batch, errors = run_with_heartbeat(load, tick, (span[0], load_until), expected_seconds,
                                                     name="import-workbook-load")
    except ImportCancelled:
        raise
    except BaseException as exc:  # mixed kinds of cells, or a workbook fastexcel cannot read (a Rust panic
        if not reader_failed(exc):  # is a BaseException): calamine decides, and refuses a damaged workbook
            raise  # in the owner's words
        return None
    tick.mark("workbook load")
    positions = [c.absolute_index for c in selected]
    if errors is not None:
        absolute = {c.index: c.absolute_index for c in selected}  # errors name columns from the sheet's first
        if any(absolute.get(e.position[1]) not in text for e in errors.errors):
            return None  # a cell a number or date column could not hold, read as empty
    count = batch.num_rows
    columns: dict[int, Column] = {}
    for i, values in zip(positions, batch.columns, strict=True):
        column = _arrow_column(values, pyarrow)
        if column is None:
            return None
        columns[i] = column
        tick(load_until + (span[1] - load_until) * len(columns) // max(1, len(wanted)))
    for i in wanted - set(columns):  # a column outside the sheet's cells: empty
        columns[i] = Column(codes=np.full(count, -1, dtype=np.int64), uniques=np.empty(0, dtype=object))
    first = source.header_row + 2
    return RawTable(np.arange(first, first + count, dtype=np.int64), columns)


def _arrow_column(values, pa) -> Column | None:
    """An Arrow column from fastexcel as a Column, with the meaning python-calamine's cells would have
    (empty texts are empty cells); None for kinds of cells left to python-calamine (durations)."""
    kind = values.type
    if pa.types.is_floating(kind) or pa.types.is_integer(kind):
        numbers = values.cast(pa.float64()).to_numpy(zero_copy_only=False)
        if not np.isfinite(numbers[~np.asarray(values.is_null())]).all():
            return None  # "nan" or "inf" written as text and read as a number: no cell holds those
        return Column(numbers=numbers)
    if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
        # empty cells are NaT, which as int64 is NO_STAMP
        stamps = values.to_numpy(zero_copy_only=False).astype("datetime64[s]").astype(np.int64)
        return Column(stamps=stamps)
    if pa.types.is_null(kind):  # no cell at all
        return Column(codes=np.full(len(values), -1, dtype=np.int64), uniques=np.empty(0, dtype=object))
    if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_boolean(kind):
        encoded = values.dictionary_encode()
        codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        uniques = np.asarray(encoded.dictionary.to_pylist(), dtype=object)
        if len(uniques):
            codes, uniques = _drop_unique(codes, uniques, uniques == "")
        return Column(codes=codes, uniques=uniques)
    return None


def _read_workbook(source: Source, indices, tick, span) -> RawTable:
    """Loads the sheet with calamine (on a helper thread, see run_with_heartbeat), then converts its
    rows chunk by chunk."""

    def load():
        workbook = open_workbook(source.path)
        return workbook, load_sheet(source.path, workbook, source.sheet)

    load_share = (span[1] - span[0]) * 7 // 10
    # a rough guess of calamine's speed, only to move the bar: ~150,000 rows per second
    expected_seconds = max(0.5, source.data_rows_estimate / 150_000)
    workbook, sheet = run_with_heartbeat(load, tick, (span[0], span[0] + load_share), expected_seconds,
                                         name="import-workbook-load")
    tick.mark("workbook load")
    start_col = (sheet.start or (0, 0))[1]
    total = sheet.total_height if hasattr(sheet, "total_height") else sheet.height
    try:
        return _read_rows(sheet.iter_rows(), total, start_col, 1, indices, tick,
                          (span[0] + load_share, span[1]), skip=source.header_row + 1)
    except (ImportCancelled, ImportRefused):
        raise
    except BaseException as exc:  # calamine's errors and panics while it hands over the rows
        if not reader_failed(exc):
            raise
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."),
                            file=source.file_name) from exc
    finally:
        workbook.close()


def _read_rows(rows, total: int, start_col: int, first_number: int, indices, tick, span, skip: int = 0) -> RawTable:
    """Rows of cells (a list per row, the first cell in column `start_col`) into Columns; the first
    `skip` rows are ignored; row numbers start at `first_number` for the first row given."""
    builders = {i: CellsBuilder() for i in indices}
    iterator = iter(rows)
    for _ in itertools.islice(iterator, skip):
        pass
    done = 0
    total = max(1, total)
    while chunk := list(itertools.islice(iterator, WORKBOOK_CHUNK_ROWS)):
        width = len(chunk[0])
        if any(len(row) != width for row in chunk):
            width = max(len(row) for row in chunk)
            chunk = [row + [""] * (width - len(row)) for row in chunk]
        grid = np.empty((len(chunk), width), dtype=object)
        grid[:] = chunk  # one pass over the cells (faster than transposing the lists)
        for i in indices:
            j = i - start_col
            builders[i].add(grid[:, j] if 0 <= j < width else np.full(len(chunk), "", dtype=object))
        done += len(chunk)
        tick(span[0] + (span[1] - span[0]) * min(done + skip, total) // total)
    columns = {}
    for i, builder in builders.items():
        columns[i] = builder.build()
        tick(span[1])
    first = skip + first_number
    return RawTable(np.arange(first, first + done, dtype=np.int64), columns)
