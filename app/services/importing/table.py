"""Reading the chosen columns of a whole file into compact numpy columns, chunk by chunk, with progress
and cancel: `pandas.read_csv` for text files (numeric columns parsed by pandas), python-calamine for
workbooks (its sheet load runs on a helper thread so that progress keeps coming and Cancel answers),
the stdlib HTML parser for HTML tables.

A `Column` is either float numbers (NaN = empty) or factorised values (`codes` into `uniques`, -1 =
empty): cleaning then works once per distinct value instead of once per row.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing.errors import CONTEXT, ImportCancelled, ImportRefused
from app.services.importing.sources import Source, html_rows, load_sheet, open_workbook

CSV_CHUNK_ROWS = 200_000
WORKBOOK_CHUNK_ROWS = 50_000
HEARTBEAT_SECONDS = 0.25

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

READING = QT_TRANSLATE_NOOP(CONTEXT, "Reading the file…")


@dataclass
class Column:
    numbers: np.ndarray | None = None  # float64, NaN where empty
    codes: np.ndarray | None = None  # int64 codes into uniques, -1 where empty
    uniques: np.ndarray | None = None  # object array of distinct raw values

    def __len__(self) -> int:
        return len(self.numbers) if self.numbers is not None else len(self.codes)

    def factorized(self) -> tuple[np.ndarray, np.ndarray]:
        """(codes, uniques) whatever the storage; numbers become float uniques."""
        if self.codes is not None:
            return self.codes, self.uniques
        codes, uniques = pd.factorize(self.numbers, use_na_sentinel=True)
        return codes.astype(np.int64, copy=False), np.asarray(uniques, dtype=object)

    def take(self, rows: np.ndarray) -> Column:
        if self.numbers is not None:
            return Column(numbers=self.numbers[rows])
        return Column(codes=self.codes[rows], uniques=self.uniques)

    def present(self) -> np.ndarray:
        """True where the cell is not empty (blank strings count as empty)."""
        if self.numbers is not None:
            return ~np.isnan(self.numbers)
        blank = np.fromiter((isinstance(u, str) and not u.strip() for u in self.uniques), bool,
                            count=len(self.uniques))
        return (self.codes >= 0) & ~np.append(blank, False)[self.codes]

    def display_values(self, rows: np.ndarray) -> list[str]:
        from app.services.importing.sources import display

        if self.numbers is not None:
            return [display(float(v)) for v in self.numbers[rows]]
        return [display(self.uniques[c]) if c >= 0 else "" for c in self.codes[rows]]


class ColumnBuilder:
    """Collects a column chunk by chunk and joins the chunks into one Column."""

    def __init__(self) -> None:
        self.parts: list[np.ndarray | tuple[np.ndarray, np.ndarray]] = []

    def add(self, values: np.ndarray) -> None:
        if values.dtype.kind in "fiub":
            self.parts.append(values.astype(np.float64, copy=False))
            return
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        self.parts.append((codes.astype(np.int64, copy=False), np.asarray(uniques, dtype=object)))

    def build(self) -> Column:
        if not self.parts:
            return Column(numbers=np.empty(0))
        if all(isinstance(p, np.ndarray) for p in self.parts):
            return Column(numbers=np.concatenate(self.parts))
        all_codes, all_uniques, offset = [], [], 0
        for part in self.parts:
            if isinstance(part, np.ndarray):
                codes, uniques = pd.factorize(part, use_na_sentinel=True)
                part = (codes.astype(np.int64), np.asarray(uniques, dtype=object))
            codes, uniques = part
            all_codes.append(np.where(codes >= 0, codes + offset, -1))
            all_uniques.append(uniques)
            offset += len(uniques)
        uniques = np.concatenate(all_uniques) if all_uniques else np.empty(0, dtype=object)
        # the same value may appear in several chunks: map every chunk's uniques onto one list
        merged_codes, merged = pd.factorize(uniques, use_na_sentinel=True)
        codes = np.concatenate(all_codes)
        lookup = np.append(merged_codes.astype(np.int64), -1)
        return Column(codes=lookup[codes], uniques=np.asarray(merged, dtype=object))


@dataclass
class RawTable:
    row_numbers: np.ndarray  # int64: each row's number as the owner sees it (1-based)
    columns: dict[int, Column]  # by column index in Source.headers

    def __len__(self) -> int:
        return len(self.row_numbers)


class _Ticker:
    """Calls progress at most every `interval` seconds; raises ImportCancelled when asked to stop."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, total: int = 1000):
        self.progress = progress
        self.cancelled = cancelled
        self.total = total
        self.last = 0.0
        self.max_gap = 0.0

    def __call__(self, done: int, message: str = READING, *, force: bool = False) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        now = time.perf_counter()
        if self.progress is not None and (force or now - self.last >= 0.1):
            if self.last:
                self.max_gap = max(self.max_gap, now - self.last)
            self.last = now
            self.progress(int(done), self.total, message)


def read_columns(source: Source, indices: list[int], numeric: set[int], tick: _Ticker, *,
                 thousands: str | None = None, decimal: str = ".", span: tuple[int, int] = (0, 500)) -> RawTable:
    """Reads the given columns of every data row (below the header row). `numeric` columns of text
    files are parsed as numbers by pandas when they can be; `span` is the progress range to report in."""
    if source.format == "csv":
        return _read_csv(source, indices, numeric, tick, thousands, decimal, span)
    if source.format == "html":
        rows = html_rows(source)[source.header_row + 1:]
        return _read_rows(iter(rows), len(rows), 0, source.header_row + 2, indices, tick, span)
    return _read_workbook(source, indices, tick, span)


def _read_csv(source: Source, indices, numeric, tick, thousands, decimal, span) -> RawTable:
    width = len(source.headers)
    dtypes = {i: object for i in indices if i not in numeric}
    builders = {i: ColumnBuilder() for i in indices}
    row_numbers = []
    first_row = source.header_row + 2
    done = 0
    expected = max(1, source.data_rows_estimate)
    try:
        reader = pd.read_csv(
            source.path, sep=source.delimiter or ",", encoding=source.encoding, header=None,
            names=list(range(width)), usecols=indices, dtype=dtypes, skiprows=source.header_row + 1,
            keep_default_na=False, na_values=[""], skip_blank_lines=False, chunksize=CSV_CHUNK_ROWS,
            thousands=thousands, decimal=decimal, engine="c", index_col=False, encoding_errors="strict")
        with reader:
            for chunk in reader:
                count = len(chunk)
                for i in indices:
                    builders[i].add(chunk[i].to_numpy())
                row_numbers.append(np.arange(first_row + done, first_row + done + count, dtype=np.int64))
                done += count
                tick(span[0] + (span[1] - span[0]) * min(done, expected) // expected)
    except UnicodeDecodeError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            CONTEXT, "The file {file} mixes text encodings; save it again as UTF-8 and import that copy."),
            file=source.file_name) from exc
    except pd.errors.ParserError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            CONTEXT, "The file {file} cannot be read as a table: {reason}."),
            file=source.file_name, reason=_parser_reason(str(exc), source.header_row + 1)) from exc
    except (ValueError, OSError) as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP(CONTEXT, "The file {file} cannot be read as a table: {reason}."),
                            file=source.file_name, reason=str(exc).strip().rstrip(".")) from exc
    numbers = np.concatenate(row_numbers) if row_numbers else np.empty(0, dtype=np.int64)
    return RawTable(numbers, {i: b.build() for i, b in builders.items()})


def _parser_reason(message: str, skipped: int) -> str:
    import re

    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if match:
        expected, line, saw = (int(g) for g in match.groups())
        return QT_TRANSLATE_NOOP(CONTEXT, "row {row} has {saw} cells where the header has {expected}").format(
            row=line + skipped, saw=saw, expected=expected)
    return message.strip().splitlines()[-1].rstrip(".")


def _read_workbook(source: Source, indices, tick, span) -> RawTable:
    """Loads the sheet on a helper thread (calamine releases the GIL while it parses), reporting
    progress and honouring Cancel meanwhile, then converts its rows chunk by chunk."""
    loaded: dict[str, object] = {}

    def load() -> None:
        try:
            workbook = open_workbook(source.path)
            loaded["sheet"] = load_sheet(source.path, workbook, source.sheet)
            loaded["workbook"] = workbook
        except BaseException as exc:  # handed over to the waiting thread
            loaded["error"] = exc

    helper = threading.Thread(target=load, name="import-workbook-load", daemon=True)
    helper.start()
    load_share = (span[1] - span[0]) * 7 // 10
    started = time.perf_counter()
    # a rough guess of calamine's speed, only to move the bar: ~150,000 rows per second
    expected_seconds = max(0.5, source.data_rows_estimate / 150_000)
    while helper.is_alive():
        helper.join(HEARTBEAT_SECONDS)
        elapsed = time.perf_counter() - started
        tick(span[0] + load_share * min(0.95, elapsed / expected_seconds), force=True)
    if "error" in loaded:
        raise loaded["error"]
    sheet = loaded["sheet"]
    start_col = (sheet.start or (0, 0))[1]
    total = sheet.total_height if hasattr(sheet, "total_height") else sheet.height
    try:
        return _read_rows(sheet.iter_rows(), total, start_col, 1, indices, tick,
                          (span[0] + load_share, span[1]), skip=source.header_row + 1)
    finally:
        loaded["workbook"].close()


def _read_rows(rows, total: int, start_col: int, first_number: int, indices, tick, span, skip: int = 0) -> RawTable:
    """Rows of cells (a list per row, the first cell in column `start_col`) into Columns; the first
    `skip` rows are ignored; row numbers start at `first_number` for the first row given."""
    builders = {i: ColumnBuilder() for i in indices}
    numbers = []
    chunk: list[list] = []
    index = 0
    total = max(1, total)

    def flush(first_index: int) -> None:
        width = max(len(r) for r in chunk)
        grid = np.empty((len(chunk), width), dtype=object)
        for r, row in enumerate(chunk):
            grid[r, : len(row)] = row
        grid[grid == ""] = None
        for i in indices:
            j = i - start_col
            if 0 <= j < width:
                builders[i].add(grid[:, j])
            else:
                builders[i].add(np.full(len(chunk), None, dtype=object))
        numbers.append(np.arange(first_index, first_index + len(chunk), dtype=np.int64) + first_number)
        chunk.clear()

    chunk_start = skip
    for index, row in enumerate(rows):
        if index < skip:
            continue
        chunk.append(row)
        if len(chunk) >= WORKBOOK_CHUNK_ROWS:
            flush(chunk_start)
            chunk_start = index + 1
            tick(span[0] + (span[1] - span[0]) * min(index, total) // total)
    if chunk:
        flush(chunk_start)
    tick(span[1])
    row_numbers = np.concatenate(numbers) if numbers else np.empty(0, dtype=np.int64)
    return RawTable(row_numbers, {i: b.build() for i, b in builders.items()})
