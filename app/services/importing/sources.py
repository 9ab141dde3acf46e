"""Opening a spreadsheet the owner chose: what kind of file it really is (whatever its extension
says), its text encoding and delimiter, its sheets, the header row below any title rows, the headers
and a sample of rows. Files that cannot be read are refused here, quickly and with one sentence:
empty files, binary junk, damaged or password-protected workbooks, decompression bombs.

The whole file is read later by `app.services.importing.table.read_columns`; this module only looks
at the beginning of it (for workbooks: the first rows of the sheet XML, without loading the sheet).
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from app.i18n import QT_TRANSLATE_NOOP
from app.models.text import nfc
from app.services.importing.errors import ImportRefused
from app.services.importing.fields import header_key, known_header_keys

GRID_ROWS = 60  # rows looked at to find the header row
SAMPLE_ROWS = 50
HEAD_BYTES = 1 << 20
MAX_UNCOMPRESSED = 3 << 30  # a workbook whose parts declare more than this is refused
MAX_RATIO = 500  # ... and so is a large part compressed more than this (real sheets stay below ~100)
RATIO_CHECK_ABOVE = 50 << 20

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# an HTML table (the "Excel" export of some point-of-sale systems) is parsed whole, at ~7 bytes of
# memory a byte of file (measured: 23 MB, 250,000 lines, peak 267 MB): 64 MB keeps it under ~600 MB
MAX_HTML_BYTES = 64 << 20
TEXT_FORMATS = ("csv",)
WORKBOOK_FORMATS = ("xlsx", "xls", "ods")


@dataclass(frozen=True)
class Source:
    """A file opened for import: see docs/import.md for the meaning of each attribute."""

    path: Path
    file_name: str
    file_size: int
    modified_ns: int
    format: str
    encoding: str | None
    delimiter: str | None
    sheets: tuple[str, ...]
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    sample_rows: tuple[tuple[str, ...], ...]
    sample_row_numbers: tuple[int, ...]
    data_rows_estimate: int
    vietnamese: bool  # the headers are in Vietnamese (numbers like 1.234.567 then group thousands)
    grid: tuple[tuple[Any, ...], ...] = dataclasses.field(repr=False, default=())  # first rows, raw values
    grid_row_numbers: tuple[int, ...] = dataclasses.field(repr=False, default=())

    def column_index(self, header: str) -> int:
        try:
            return self.headers.index(header)
        except ValueError:
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} has no column “{column}”."),
                                file=self.file_name, column=header) from None

    def sample_values(self, index: int, limit: int = 5) -> list[str]:
        """A few distinct non-empty sample values of one column."""
        seen: list[str] = []
        for row in self.sample_rows:
            value = row[index] if index < len(row) else ""
            if value and value not in seen:
                seen.append(value)
                if len(seen) >= limit:
                    break
        return seen


def refused(template: str, path: Path, **args: Any) -> ImportRefused:
    return ImportRefused(template, file=path.name, **args)


# ---------------------------------------------------------------------------------------------- open

def open_source(path: str | Path) -> Source:
    """Sniffs the file, picks the first sheet with data, finds the header row. Raises ImportRefused."""
    path = Path(path)
    if not path.exists():
        raise refused(QT_TRANSLATE_NOOP("Import", "The file {file} does not exist."), path)
    if path.is_dir():
        raise refused(QT_TRANSLATE_NOOP("Import", "{file} is a folder, not a spreadsheet."), path)
    try:
        stat = path.stat()
        size = stat.st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise refused(QT_TRANSLATE_NOOP("Import", "The file {file} cannot be read ({reason})."), path,
                      reason=exc.strerror or str(exc)) from exc
    if size == 0 or not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise refused(QT_TRANSLATE_NOOP("Import", "The file {file} is empty."), path)
    base = dict(path=path, file_name=path.name, file_size=size, modified_ns=stat.st_mtime_ns)
    if head.startswith(ZIP_MAGIC):
        return _open_zip(path, base)
    if head.startswith(OLE_MAGIC):
        return _open_ole(path, head, base)
    if head.startswith(b"PK"):
        raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."), path)
    encoding = _detect_encoding(path, head, _is_utf8(head, complete=size <= HEAD_BYTES))
    text = _decode_head(head, encoding, complete=size <= HEAD_BYTES)
    stripped = text.lstrip("\ufeff \t\r\n").lower()
    if stripped.startswith("<"):
        if "<table" in stripped:
            if size > MAX_HTML_BYTES:
                raise refused(QT_TRANSLATE_NOOP(
                    "Import", "The file {file} is a web page table of more than {limit} MB, more than Regulars "
                    "reads from a web page at once; open it in Excel or LibreOffice, save it as .xlsx or CSV and "
                    "import that file."), path, limit=MAX_HTML_BYTES >> 20)
            return _open_html(path, base, encoding)
        if "urn:schemas-microsoft-com:office:spreadsheet" in stripped:
            raise refused(QT_TRANSLATE_NOOP(
                "Import", "The file {file} is an Excel 2003 XML spreadsheet; open it in Excel or LibreOffice "
                "and save it as .xlsx, then import that file."), path)
    _refuse_binary(path, text)
    return _open_text(path, base, encoding, text, size)


def choose_sheet(source: Source, sheet: str) -> Source:
    """The same file with another sheet (or HTML table) chosen; its header row is found again."""
    if sheet not in source.sheets:
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} has no sheet “{sheet}”."),
                            file=source.file_name, sheet=sheet)
    if source.format == "html":
        tables = _html_tables(source.path, source.encoding or "utf-8")
        rows = tables[source.sheets.index(sheet)]
        return _with_grid(source, rows[:GRID_ROWS], list(range(1, min(len(rows), GRID_ROWS) + 1)),
                          sheet=sheet, total_rows=len(rows))
    rows, numbers, total = _workbook_grid(source.path, source.format, sheet)
    return _with_grid(source, rows, numbers, sheet=sheet, total_rows=total)


def choose_header_row(source: Source, header_row: int) -> Source:
    """The same file with the header on another row (0-based index of the row in the sheet)."""
    if header_row + 1 not in source.grid_row_numbers:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "Row {row} cannot be the header row: choose one of the first {count} rows."),
            row=header_row + 1, count=GRID_ROWS)
    last_row = source.data_rows_estimate + source.header_row + 1
    return _with_grid(source, list(source.grid), list(source.grid_row_numbers), sheet=source.sheet,
                      total_rows=last_row, header_row=header_row)


def _with_grid(source: Source | dict, rows: list[list[Any]], row_numbers: list[int], *, sheet: str | None,
               total_rows: int, header_row: int | None = None) -> Source:
    """Builds (or rebuilds) a Source from the first rows of its sheet; `total_rows` is the number of the
    sheet's last row (estimated for big text files)."""
    if header_row is None:
        position = find_header_row(rows)
    else:
        position = row_numbers.index(header_row + 1)
    header_cells = [display(v) for v in rows[position]] if rows else []
    data = rows[position + 1:]
    data_numbers = row_numbers[position + 1:]
    width = 0
    for cells in [header_cells, *[[display(v) for v in row] for row in data]]:
        filled = [i for i, c in enumerate(cells) if c]
        if filled:
            width = max(width, filled[-1] + 1)
    fmt = source.format if isinstance(source, Source) else source.get("format")
    if fmt == "csv" and rows:
        # a text row with more cells than the header is a broken row (refused when read), not a column
        width = min(width, len(rows[position]))
    headers = unique_headers(header_cells[:width] + [""] * (width - len(header_cells)))
    samples, sample_numbers = [], []
    for number, row in zip(data_numbers, data, strict=False):
        cells = [display(row[i]) if i < len(row) else "" for i in range(width)]
        if any(cells):
            samples.append(tuple(cells))
            sample_numbers.append(number)
            if len(samples) >= SAMPLE_ROWS:
                break
    header_number = row_numbers[position] if rows else 1
    if isinstance(source, Source):
        values = {name: getattr(source, name) for name in Source.__dataclass_fields__}
    else:
        values = dict(source)
    values.update(
        sheet=sheet, header_row=header_number - 1, headers=tuple(headers), sample_rows=tuple(samples),
        sample_row_numbers=tuple(sample_numbers),
        data_rows_estimate=max(total_rows - header_number, len(samples)),
        vietnamese=is_vietnamese(headers), grid=tuple(tuple(r) for r in rows),
        grid_row_numbers=tuple(row_numbers))
    if not any(h for h in header_cells):
        raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The file {file} has no table with column headers."),
                            file=values["file_name"])
    return Source(**values)


# ------------------------------------------------------------------------------------- cell display

def display(value: Any) -> str:
    """A cell as the owner would read it: 17850.0 -> '17850', datetimes in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return nfc(value).strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if (value.hour or value.minute or value.second) \
            else value.strftime("%Y-%m-%d")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).strip()


def unique_headers(cells: list[str]) -> list[str]:
    """Empty titles become 'Column 5'; repeated ones get ' (2)', ' (3)'."""
    seen: dict[str, int] = {}
    result = []
    for index, cell in enumerate(cells):
        name = " ".join(cell.split()) or QT_TRANSLATE_NOOP("Import", "Column {number}").format(number=index + 1)
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        result.append(name)
    return result


_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def is_vietnamese(texts: list[str] | tuple[str, ...]) -> bool:
    return any(_VIETNAMESE.search(t) for t in texts)


def find_header_row(rows: list[list[Any]]) -> int:
    """The row with the most known header names (title rows above it are skipped); without any,
    the first row of mostly text cells that is followed by a row with data."""
    known = known_header_keys()
    best, best_score = -1, 1
    for i, row in enumerate(rows):
        cells = [display(v) for v in row]
        score = sum(1 for c in cells if c and header_key(c) in known)
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    widths = [sum(1 for v in row if display(v)) for row in rows]
    widest = max(widths, default=0)
    for i, row in enumerate(rows):
        filled = [v for v in row if display(v)]
        if len(filled) >= max(2, widest // 2) and all(isinstance(v, str) and not _looks_numeric(v) for v in filled):
            if any(widths[j] for j in range(i + 1, min(len(rows), i + 4))):
                return i
    return next((i for i, w in enumerate(widths) if w), 0)


_NUMERIC = re.compile(r"^[\s$€£¥₫()+\-]*[\d.,\s]+[\s₫đ%)]*$")


def _looks_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text)) or bool(re.match(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}", text))


# --------------------------------------------------------------------------------------- text files

def _is_utf8(data: bytes, *, complete: bool) -> bool:
    """Whether the bytes are UTF-8 (a character cut at the end of an incomplete head is allowed).
    The rest of the file is checked when it is read; see table.read_columns."""
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(data, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def eight_bit_encoding(data: bytes) -> str:
    """Windows-1258 (Vietnamese) or Windows-1252 for text that is not UTF-8."""
    high = sum(1 for b in data if b >= 0x80)
    tones = sum(1 for i in range(1, len(data)) if data[i] in _CP1258_TONES
                and (chr(data[i - 1]).isalpha() or data[i - 1] >= 0xC0))
    letters = sum(1 for b in data if b in _CP1258_LETTERS)
    return "cp1258" if tones and (tones + letters) * 4 >= high else "cp1252"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(8 << 20):
            digest.update(block)
    return digest.hexdigest()


# Windows-1258 tone marks (combining) and letters that Windows-1252 reads as unrelated accented letters.
_CP1258_TONES = frozenset(b"\xcc\xec\xd2\xde\xf2")
_CP1258_LETTERS = frozenset(b"\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd")


def _detect_encoding(path: Path, head: bytes, utf8_ok: bool) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = head[:8192]
    zeros = sample.count(0)
    if zeros > len(sample) // 4:
        if sample[1::2].count(0) > len(sample) // 3 and sample[0::2].count(0) < len(sample) // 20:
            return "utf-16-le"
        if sample[0::2].count(0) > len(sample) // 3 and sample[1::2].count(0) < len(sample) // 20:
            return "utf-16-be"
        raise refused(QT_TRANSLATE_NOOP("Import", "The file {file} is not a spreadsheet or a text table."), path)
    if utf8_ok:
        return "utf-8"
    return eight_bit_encoding(head)


def _decode_head(head: bytes, encoding: str, *, complete: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    return decoder.decode(head, final=complete)


def _refuse_binary(path: Path, text: str) -> None:
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\x0c") or ch == "\ufffd")
    if not sample or controls > max(2, len(sample) // 200):
        raise refused(QT_TRANSLATE_NOOP("Import", "The file {file} is not a spreadsheet or a text table."), path)


# Characters that tables of sales and customers hardly ever hold outside letters, digits, spaces,
# marks and currency signs; a text with many of them and no known heading is not a table.
_TABLE_PUNCTUATION = frozenset(" .,-/:;'\"()[]%&@_#*!?+")
MAX_ODD_CHARACTERS = 0.03


def _refuse_non_table(path: Path, rows: list[list[str]]) -> None:
    """Bytes that decode to text without control characters (printable junk, or 8-bit junk read as
    Windows-1252) are still not a table: refused before anyone is asked to choose columns."""
    known = known_header_keys()
    if any(sum(1 for c in row if c and header_key(c) in known) >= 2 for row in rows):
        return
    odd = total = 0
    for row in rows:
        for cell in row:
            for ch in cell:
                if ch.isspace():
                    continue
                total += 1
                if not (ch.isalnum() or ch in _TABLE_PUNCTUATION or unicodedata.category(ch) in ("Sc", "Mn")):
                    odd += 1
    if total and odd > MAX_ODD_CHARACTERS * total:
        raise refused(QT_TRANSLATE_NOOP("Import", "The file {file} is not a spreadsheet or a text table."), path)


DELIMITERS = (";", ",", "\t", "|")
SPACES = " "  # the delimiter of files whose columns are separated by runs of spaces (CDNOW's text file)


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter that splits most lines into the same number (> 1) of cells; runs of spaces
    (`SPACES`) when no delimiter does and splitting on spaces gives most lines the same cells."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        counts = [c for c in counts if c > 1]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == (0, 0):
        counts = [len(line.split()) for line in lines if line.strip()]
        mode = max(set(counts), key=counts.count) if counts else 0
        if mode > 1 and counts.count(mode) * 5 >= len(counts) * 4:
            return SPACES
    return best


def split_text_rows(lines, delimiter: str):
    """The cells of text lines: csv quoting rules, or split on runs of spaces for `SPACES`."""
    if delimiter == SPACES:
        return (line.split() for line in lines)
    return csv.reader(lines, delimiter=delimiter)


def _open_text(path: Path, base: dict, encoding: str, text: str, size: int) -> Source:
    lines = text.splitlines()
    if size > HEAD_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line of the head may be cut
    delimiter = detect_delimiter([ln for ln in lines[:200] if ln.strip()][:100])
    rows = []
    for row in split_text_rows(io.StringIO("\n".join(lines)), delimiter):
        rows.append([nfc(c).strip() for c in row])
        if len(rows) >= GRID_ROWS:
            break
    _refuse_non_table(path, rows)
    sampled_bytes = len("\n".join(lines[: len(rows)]).encode(encoding.replace("-sig", ""), "replace")) or 1
    total = max(len(rows), int(len(rows) * size / sampled_bytes)) if size > HEAD_BYTES else len(lines)
    return _with_grid(dict(base, format="csv", encoding=encoding, delimiter=delimiter, sheets=()),
                      rows, list(range(1, len(rows) + 1)), sheet=None, total_rows=total)


def iter_text_rows(source: Source) -> Iterator[tuple[int, list[str]]]:
    """Every record of a text file with its record number (1-based), as text cells."""
    with open(source.path, encoding=source.encoding, newline="", errors="replace") as fh:
        yield from enumerate(split_text_rows(fh, source.delimiter or ","), start=1)


# ------------------------------------------------------------------------------------------ workbooks

def _check_zip(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."), path) from exc
    total = sum(i.file_size for i in infos)
    bomb = total > MAX_UNCOMPRESSED or any(
        i.file_size > RATIO_CHECK_ABOVE and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos)
    if bomb:
        zf.close()
        raise refused(QT_TRANSLATE_NOOP(
            "Import", "The file {file} unpacks to far more data than a spreadsheet holds; it was not opened."), path)
    return zf


def _open_zip(path: Path, base: dict) -> Source:
    zf = _check_zip(path)
    with zf:
        names = set(zf.namelist())
        if "xl/workbook.xml" in names or any(n.lower() == "xl/workbook.xml" for n in names):
            fmt = "xlsx"
        elif "content.xml" in names and b"spreadsheet" in _read_member(zf, "mimetype", 200):
            fmt = "ods"
        else:
            raise refused(QT_TRANSLATE_NOOP(
                "Import", "The file {file} is not a spreadsheet (it is another kind of zip file)."), path)
    sheets = _workbook_sheets(path, fmt)
    if not sheets:
        raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} has no sheets."), path)
    return _first_sheet_with_data(path, dict(base, format=fmt, encoding=None, delimiter=None), sheets)


def _read_member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with zf.open(name) as fh:
            return fh.read(limit)
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError, EOFError):
        return b""


def _first_sheet_with_data(path: Path, base: dict, sheets: list[tuple[str, bool]]) -> Source:
    names = tuple(name for name, _ in sheets)
    for name, _visible in sorted(sheets, key=lambda s: not s[1]):
        rows, numbers, total = _workbook_grid(path, base["format"], name)
        if sum(1 for r in rows if any(display(v) for v in r)) >= 2:
            return _with_grid(dict(base, sheets=names), rows, numbers, sheet=name, total_rows=total)
    raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} has no sheet with a table of data."), path)


def _open_ole(path: Path, head: bytes, base: dict) -> Source:
    """An OLE compound file: an old .xls workbook, or an encrypted (password-protected) .xlsx."""
    if _ole_has_stream(path, "EncryptedPackage"):
        raise refused(QT_TRANSLATE_NOOP(
            "Import", "The workbook {file} is protected by a password; save it without a password and import "
            "that copy."), path)
    if not _ole_chains_ok(path):
        raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."), path)
    sheets = _workbook_sheets(path, "xls")
    if not sheets:
        raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} has no sheets."), path)
    return _first_sheet_with_data(path, dict(base, format="xls", encoding=None, delimiter=None), sheets)


_END_OF_CHAIN = 0xFFFFFFFE


def _ole_chains_ok(path: Path) -> bool:
    """Whether every sector chain of the compound file (its FAT, directory, mini FAT and streams) ends
    inside the file without looping: calamine follows a looping chain until memory runs out (a
    damaged .xls took 20 GB and the process), so such files never reach it."""
    import struct

    with open(path, "rb") as fh:
        data = fh.read()
    if len(data) < 512:
        return False
    shift, = struct.unpack_from("<H", data, 0x1E)
    if shift not in (9, 12):
        return False
    size = 1 << shift
    sectors = len(data) // size - 1  # whole sectors only: calamine panics on a cut one
    fat_count, directory, _, cutoff, mini_fat, mini_fat_count, difat, difat_count = \
        struct.unpack_from("<IIIIIIII", data, 0x2C)

    def sector(index: int) -> bytes:
        return data[(index + 1) * size:(index + 2) * size]

    fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))[:min(fat_count, 109)]
    seen = set()
    while difat < sectors and len(fat_sectors) < fat_count and difat not in seen:
        seen.add(difat)
        entries = struct.unpack(f"<{size // 4}I", sector(difat).ljust(size, b"\xff"))
        fat_sectors += entries[:-1]
        difat = entries[-1]
    if fat_count > sectors or len(fat_sectors) < fat_count or any(f >= sectors for f in fat_sectors[:fat_count]):
        return False
    fat = b"".join(sector(f) for f in fat_sectors[:fat_count])
    table = struct.unpack(f"<{len(fat) // 4}I", fat[: len(fat) // 4 * 4])

    def chain(start: int, links, limit: int) -> list[int] | None:
        found, index = [], start
        while index != _END_OF_CHAIN:
            if index >= min(len(links), limit) or len(found) > limit:
                return None
            found.append(index)
            index = links[index]
        return found if len(set(found)) == len(found) else None

    directory_sectors = chain(directory, table, sectors)
    if not directory_sectors:
        return False
    mini_links: tuple[int, ...] = ()
    if mini_fat_count:
        mini_sectors = chain(mini_fat, table, sectors)
        if mini_sectors is None:
            return False
        mini = b"".join(sector(m) for m in mini_sectors)
        mini_links = struct.unpack(f"<{len(mini) // 4}I", mini[: len(mini) // 4 * 4])
    entries = b"".join(sector(d) for d in directory_sectors)
    for offset in range(0, len(entries) - 127, 128):
        kind = entries[offset + 0x42]
        start, length = struct.unpack_from("<II", entries, offset + 0x74)
        if kind not in (1, 2, 5) or length == 0 or start == _END_OF_CHAIN:
            continue
        small = kind == 2 and length < cutoff
        links, unit = (mini_links, 64) if small else (table, size)
        found = chain(start, links, len(links))
        if found is None or len(found) * unit < length and kind != 1:
            return False
    return True


def _ole_has_stream(path: Path, name: str) -> bool:
    needle = name.encode("utf-16-le")
    with open(path, "rb") as fh:
        while block := fh.read(4 << 20):
            if needle in block:
                return True
            if len(block) > len(needle):
                fh.seek(-len(needle), 1)
                if len(block) < (4 << 20):
                    break
    return False


def _calamine_error(path: Path, exc: Exception) -> ImportRefused:
    text = f"{type(exc).__name__} {exc}".lower()
    if "password" in text or "encrypt" in text:
        return refused(QT_TRANSLATE_NOOP(
            "Import", "The workbook {file} is protected by a password; save it without a password and import "
            "that copy."), path)
    return refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."), path)


def reader_failed(exc: BaseException) -> bool:
    """Whether an exception from a workbook reader means a broken file: its own errors, plain ones,
    and the panics of the Rust readers (pyo3's PanicException is a BaseException); not an interrupt."""
    return not isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit))


def open_workbook(path: Path):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # calamine raises its own errors, plain ones and panics for broken files
        if not reader_failed(exc):
            raise
        raise _calamine_error(path, exc) from exc


def load_sheet(path: Path, workbook, sheet: str):
    try:
        return workbook.get_sheet_by_name(sheet)
    except BaseException as exc:
        if not reader_failed(exc):
            raise
        raise _calamine_error(path, exc) from exc


def _workbook_sheets(path: Path, fmt: str) -> list[tuple[str, bool]]:
    """(name, visible) for every worksheet."""
    if fmt == "xlsx":
        try:
            return [(name, visible) for name, _, visible in _xlsx_sheet_parts(path)]
        except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
            raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."), path) from exc
    if fmt == "ods":
        return ods_sheet_names(path)
    workbook = open_workbook(path)
    try:
        return [(m.name, "visible" in str(m.visible).lower() and "very" not in str(m.visible).lower())
                for m in workbook.sheets_metadata if "worksheet" in str(m.typ).lower()]
    finally:
        workbook.close()


def _workbook_grid(path: Path, fmt: str, sheet: str) -> tuple[list[list[Any]], list[int], int]:
    """The first GRID_ROWS rows of a sheet (absolute columns from A), their row numbers, and the sheet's
    number of rows (known exactly only for xls/ods; estimated from the dimension for xlsx)."""
    if fmt == "xlsx":
        try:
            rows, numbers, last_row = _xlsx_grid(path, sheet)
        except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."), path) from exc
        # a dimension beyond a sheet's rows is no spreadsheet's (a lying smaller one is caught when read)
        refuse_too_many_rows(path.name, last_row - (numbers[0] if numbers else 1))
        return rows, numbers, last_row
    if fmt == "ods":
        refuse_too_large_sheet(path.name, sheet, ods_sheet_size(path, sheet), 0)
    workbook = open_workbook(path)
    try:
        data = load_sheet(path, workbook, sheet)
        start_col = (data.start or (0, 0))[1]
        rows, numbers = [], []
        count = 0
        try:
            for index, row in enumerate(data.iter_rows()):
                count = index + 1
                if len(rows) < GRID_ROWS:
                    if not rows and not any(display(v) for v in row):
                        continue
                    rows.append([None] * start_col + [None if v == "" else v for v in row])
                    numbers.append(index + 1)
        except BaseException as exc:  # calamine's errors and panics while it hands over the rows
            if not reader_failed(exc):
                raise
            raise _calamine_error(path, exc) from exc
        return rows, numbers, count
    finally:
        workbook.close()


# Minimal streaming reader of the first rows of an .xlsx sheet: enough to show the headers and a
# sample instantly; the full sheet is read by calamine.
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DATE_BUILTINS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_DATE_CODE = re.compile(r"[dmyhs]")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xlsx_sheet_parts(path: Path) -> list[tuple[str, str, bool]]:
    with zipfile.ZipFile(path) as zf:
        workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    result = []
    for el in workbook.iter():
        if _local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
        target = targets.get(rid, "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        result.append((el.get("name", ""), target, el.get("state", "visible") == "visible"))
    return result


def _xlsx_date_styles(zf: zipfile.ZipFile) -> set[int]:
    try:
        styles = ElementTree.fromstring(zf.read("xl/styles.xml"))
    except KeyError:
        return set()
    custom = {}
    for el in styles.iter():
        if _local(el.tag) == "numFmt":
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", el.get("formatCode", "").lower())
            custom[int(el.get("numFmtId", "0"))] = bool(_DATE_CODE.search(code))
    dates = set()
    for section in styles.iter():
        if _local(section.tag) == "cellXfs":
            for index, xf in enumerate(x for x in section if _local(x.tag) == "xf"):
                fmt = int(xf.get("numFmtId", "0"))
                if fmt in _DATE_BUILTINS or custom.get(fmt):
                    dates.add(index)
    return dates


def _column_index(ref: str) -> int:
    index = 0
    for ch in ref:
        if not ch.isalpha():
            break
        index = index * 26 + (ord(ch.upper()) - 64)
    return index - 1


def excel_serial_to_datetime(value: float, date1904: bool = False) -> dt.datetime:
    base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    return base + dt.timedelta(seconds=round(value * 86400))


MAX_SHEET_ROWS = 1_048_576  # rows a spreadsheet sheet holds (Excel, LibreOffice); table.MAX_ROWS
# calamine (under fastexcel and python-calamine) holds every cell of a sheet while it is read, whichever
# columns are wanted: ~70 bytes a cell (measured: 500,000 rows x 24 columns peak at 944 MB, 1,000,000 x 8
# at 664 MB); 10 million cells keep a workbook import under ~850 MB
MAX_SHEET_CELLS = 10_000_000
_SHEET_DATA = re.compile(rb"<([A-Za-z_][\w.-]*:)?sheetData[\s>/]")
SCAN_SHEETS_ABOVE = 16 << 20  # a sheet XML smaller than this holds fewer rows and cells than the limits


def refuse_too_many_rows(file_name: str, rows: int) -> None:
    """More rows below the header than a spreadsheet sheet holds: refused, so that memory stays
    bounded for any accepted file."""
    if rows > MAX_SHEET_ROWS:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "The file {file} has more than {limit} rows, the most a spreadsheet sheet holds; split it "
            "(for example by month) and import the parts one after the other."),
            file=file_name, limit=f"{MAX_SHEET_ROWS:,}")


@dataclass(frozen=True)
class SheetSize:
    rows: int
    cells: int


def xlsx_sheet_size(path: Path, sheet: str, step: Callable[[], None] | None = None) -> SheetSize | None:
    """How many rows and cells an .xlsx sheet's XML really holds (whatever its dimension says),
    counted while inflating it piece by piece, stopping past the limits; None when the sheet is too
    small to reach them. Lets a sheet that decompresses to hundreds of megabytes be refused before
    anything loads it whole. `step()` is called after each piece (progress, cancel)."""
    parts = {name: target for name, target, _ in _xlsx_sheet_parts(path)}
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(parts[sheet])
        if info.file_size < SCAN_SHEETS_ABOVE:
            return None
        rows = cells = 0
        row_tag = cell_tag = tail = b""
        with zf.open(info) as fh:
            while block := fh.read(8 << 20):
                data = tail + block
                if not row_tag:  # the tags' namespace prefix, if the writer uses one ("<x:row")
                    found = _SHEET_DATA.search(data)
                    if found is None:
                        tail = data[-64:]
                        continue
                    prefix = found.group(1) or b""
                    # "<c" also starts the few <cols>, <cfRule>... after the data: a handful more, never fewer
                    row_tag, cell_tag = b"<" + prefix + b"row", b"<" + prefix + b"c"
                    data = data[found.start():]
                # a tag cut by the block's end is counted with the next block (the tail is shorter than
                # a row tag; a cell tag inside it is taken off here and counted there)
                tail = data[-(len(row_tag) - 1):]
                rows += data.count(row_tag) - tail.count(row_tag)
                cells += data.count(cell_tag) - tail.count(cell_tag)
                if rows > MAX_SHEET_ROWS or cells > MAX_SHEET_CELLS:
                    break
                if step is not None:
                    step()
        return SheetSize(rows, cells)


def refuse_too_large_sheet(source_name: str, sheet: str, size: SheetSize, header_row: int) -> None:
    refuse_too_many_rows(source_name, size.rows - header_row - 1)
    if size.cells > MAX_SHEET_CELLS:
        raise ImportRefused(QT_TRANSLATE_NOOP(
            "Import", "The sheet “{sheet}” of {file} holds more than {limit} cells (rows × columns), more than "
            "Regulars reads from a workbook at once; save the sheet as CSV (or delete the columns you do not "
            "need) and import that file."), sheet=sheet, file=source_name, limit=f"{MAX_SHEET_CELLS:,}")


_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODS_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


class _StopReading(Exception):
    """Raised by an expat handler of `_stream_ods_content`: what was wanted has been read."""


def _stream_ods_content(path: Path, start: Callable[[str, dict], None], end: Callable[[str], None]) -> None:
    """Feeds an .ods file's content.xml through expat piece by piece (names are "namespace local");
    a handler stops it early by raising _StopReading. A damaged file is refused."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            while block := fh.read(4 << 20):
                parser.Parse(block, False)
            parser.Parse(b"", True)
    except _StopReading:
        pass
    except (expat.ExpatError, KeyError, zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise refused(QT_TRANSLATE_NOOP("Import", "The workbook {file} is damaged or incomplete."), path) from exc


def ods_sheet_size(path: Path, sheet: str) -> SheetSize:
    """How many rows (up to the last one with a value) and cells (up to each row's last value) an .ods
    sheet holds once its repeated rows and cells are expanded, counted by streaming its content.xml
    through expat and stopping past the limits. calamine expands the repeats while it loads, so a few
    kilobytes that repeat a cell a billion times, or more rows than a sheet holds (which calamine cuts
    silently at 1,048,575), are found here before anything is loaded."""
    state = {"in_sheet": False, "row_repeat": 1, "col": 0, "last_col": 0, "cell_repeat": 1,
             "cell_value": False, "row": 0, "last_row": 0, "cells": 0, "depth": 0}

    def start(name: str, attrs: dict) -> None:
        if name == f"{_ODS_TABLE} table":
            state["depth"] += 1
            if state["depth"] == 1:
                state["in_sheet"] = attrs.get(f"{_ODS_TABLE} name") == sheet
            return
        if not state["in_sheet"] or state["depth"] != 1:
            return
        if name == f"{_ODS_TABLE} table-row":
            state["row_repeat"] = _repeat(attrs.get(f"{_ODS_TABLE} number-rows-repeated"))
            state["col"] = state["last_col"] = 0
        elif name in (f"{_ODS_TABLE} table-cell", f"{_ODS_TABLE} covered-table-cell"):
            state["cell_repeat"] = _repeat(attrs.get(f"{_ODS_TABLE} number-columns-repeated"))
            state["cell_value"] = f"{_ODS_OFFICE} value-type" in attrs
        elif name == f"{_ODS_TEXT} p":
            state["cell_value"] = True

    def end(name: str) -> None:
        if name == f"{_ODS_TABLE} table":
            state["depth"] -= 1
            if state["depth"] == 0 and state["in_sheet"]:
                raise _StopReading  # the sheet is counted
            return
        if not state["in_sheet"] or state["depth"] != 1:
            return
        if name in (f"{_ODS_TABLE} table-cell", f"{_ODS_TABLE} covered-table-cell"):
            state["col"] += state["cell_repeat"]
            if state["cell_value"]:
                state["last_col"] = state["col"]
        elif name == f"{_ODS_TABLE} table-row":
            state["row"] += state["row_repeat"]
            if state["last_col"]:
                state["last_row"] = state["row"]
                state["cells"] += state["last_col"] * state["row_repeat"]
            if state["last_row"] > MAX_SHEET_ROWS + 1 or state["cells"] > MAX_SHEET_CELLS:
                raise _StopReading  # past the limits: enough to refuse it

    _stream_ods_content(path, start, end)
    return SheetSize(state["last_row"], state["cells"])


def ods_sheet_names(path: Path) -> list[tuple[str, bool]]:
    """(name, visible) of every sheet of an .ods workbook, read by streaming its content.xml (calamine
    would load every sheet, repeats expanded, just to list them)."""
    names: list[tuple[str, str]] = []
    hidden_styles: set[str] = set()  # table styles with table:display="false" (hidden sheets)
    depth = [0]
    style = [""]

    def start(name: str, attrs: dict) -> None:
        if name == f"{_ODS_TABLE} table":
            depth[0] += 1
            if depth[0] == 1:
                names.append((attrs.get(f"{_ODS_TABLE} name", ""), attrs.get(f"{_ODS_TABLE} style-name", "")))
        elif name == f"{_ODS_STYLE} style":
            style[0] = attrs.get(f"{_ODS_STYLE} name", "")
        elif name == f"{_ODS_STYLE} table-properties" and attrs.get(f"{_ODS_TABLE} display") == "false":
            hidden_styles.add(style[0])

    def end(name: str) -> None:
        if name == f"{_ODS_TABLE} table":
            depth[0] -= 1

    _stream_ods_content(path, start, end)
    return [(name, style_name not in hidden_styles) for name, style_name in names]


def _repeat(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1


def _xlsx_grid(path: Path, sheet: str) -> tuple[list[list[Any]], list[int], int]:
    parts = {name: target for name, target, _ in _xlsx_sheet_parts(path)}
    with zipfile.ZipFile(path) as zf:
        workbook = zf.read("xl/workbook.xml")
        date1904 = b'date1904="1"' in workbook or b"date1904=\"true\"" in workbook
        date_styles = _xlsx_date_styles(zf)
        raw_rows: list[tuple[int, dict[int, tuple[str | None, str | None, str | None]]]] = []
        last_row = 0
        with zf.open(parts[sheet]) as fh:
            for event, el in ElementTree.iterparse(fh, events=("start", "end")):
                tag = _local(el.tag)
                if event == "start":
                    if tag == "dimension":
                        ref = el.get("ref", "")
                        last_row = int(re.sub(r"\D", "", ref.split(":")[-1]) or 0)
                    continue
                if tag != "row":
                    continue
                number = int(el.get("r") or (raw_rows[-1][0] + 1 if raw_rows else 1))
                cells = {}
                position = 0
                for c in el:
                    if _local(c.tag) != "c":
                        continue
                    ref = c.get("r")
                    position = _column_index(ref) if ref else position
                    kind = c.get("t")
                    value = None
                    for part in c:
                        name = _local(part.tag)
                        if name == "v":
                            value = part.text
                        elif name == "is":
                            value = "".join(t.text or "" for t in part.iter() if _local(t.tag) == "t")
                    cells[position] = (kind, value, c.get("s"))
                    position += 1
                el.clear()
                if cells or raw_rows:
                    raw_rows.append((number, cells))
                if len(raw_rows) >= GRID_ROWS:
                    break
        if not last_row:
            last_row = _estimate_rows(zf, parts[sheet])
        needed = {int(v) for _, cells in raw_rows for kind, v, _ in cells.values() if kind == "s" and v is not None}
        shared = _shared_strings(zf, max(needed) if needed else -1)
    rows, numbers = [], []
    for number, cells in raw_rows:
        width = max(cells) + 1 if cells else 0
        row: list[Any] = [None] * width
        for position, (kind, value, style) in cells.items():
            row[position] = _xlsx_value(kind, value, style, shared, date_styles, date1904)
        rows.append(row)
        numbers.append(number)
    return rows, numbers, max(last_row, numbers[-1] if numbers else 0)


def _estimate_rows(zf: zipfile.ZipFile, member: str) -> int:
    """Rows of a sheet without a dimension element: its size over the size of its first rows."""
    size = zf.getinfo(member).file_size
    with zf.open(member) as fh:
        head = fh.read(1 << 18)
    rows = head.count(b"<row") or head.count(b":row ")
    return int(rows * size / max(1, len(head))) if rows else 0


def _shared_strings(zf: zipfile.ZipFile, last_needed: int) -> list[str]:
    strings: list[str] = []
    if last_needed < 0:
        return strings
    try:
        fh = zf.open("xl/sharedStrings.xml")
    except KeyError:
        return strings
    with fh:
        for _, el in ElementTree.iterparse(fh, events=("end",)):
            if _local(el.tag) == "si":
                strings.append("".join(t.text or "" for t in el.iter() if _local(t.tag) == "t"))
                el.clear()
                if len(strings) > last_needed:
                    break
    return strings


def _xlsx_value(kind, value, style, shared, date_styles, date1904) -> Any:
    if value is None:
        return None
    if kind == "s":
        index = int(value)
        return shared[index] if index < len(shared) else ""
    if kind in ("inlineStr", "str"):
        return value
    if kind == "b":
        return value == "1"
    if kind == "e":
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    if style is not None and int(style) in date_styles:
        if 0 <= number < 1:
            return (dt.datetime(2000, 1, 1) + dt.timedelta(seconds=round(number * 86400))).time()
        return excel_serial_to_datetime(number, date1904)
    return number


# ------------------------------------------------------------------------------------- HTML tables

class _TableParser(HTMLParser):
    """Collects the text of every <table> as rows of cells (colspan repeats an empty cell)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._stack: list[list[list[str]]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._finish_row()
            self._row = []
        elif tag in ("td", "th") and self._stack:
            if self._row is None:
                self._row = []
            self._finish_cell()
            self._cell = []
            try:
                self._span = max(1, min(100, int(dict(attrs).get("colspan") or 1)))
            except ValueError:
                self._span = 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._finish_cell()
        elif tag == "tr":
            self._finish_row()
        elif tag == "table" and self._stack:
            self._finish_row()
            self.tables.append(self._stack.pop())

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def _finish_cell(self):
        if self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._row.extend([""] * (self._span - 1))
        self._cell = None
        self._span = 1

    def _finish_row(self):
        self._finish_cell()
        if self._row is not None and self._stack:
            self._stack[-1].append(self._row)
        self._row = None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _html_encoding(path: Path, guessed: str) -> str:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    match = _CHARSET.search(head)
    if match and not guessed.startswith("utf-16"):
        try:
            return codecs.lookup(match.group(1).decode("ascii")).name
        except LookupError:
            pass
    return guessed


def _html_tables(path: Path, encoding: str) -> list[list[list[str]]]:
    parser = _TableParser()
    with open(path, encoding=encoding, errors="replace") as fh:
        while block := fh.read(1 << 20):
            parser.feed(block)
    parser.close()
    return [t for t in parser.tables if t]


def _open_html(path: Path, base: dict, encoding: str) -> Source:
    encoding = _html_encoding(path, encoding)
    tables = _html_tables(path, encoding)
    if not tables:
        raise refused(QT_TRANSLATE_NOOP("Import", "The file {file} has no table with column headers."), path)
    names = tuple(QT_TRANSLATE_NOOP("Import", "Table {number}").format(number=i + 1) for i in range(len(tables)))
    chosen = max(range(len(tables)), key=lambda i: len(tables[i]))
    rows = tables[chosen]
    return _with_grid(dict(base, format="html", encoding=encoding, delimiter=None, sheets=names),
                      rows[:GRID_ROWS], list(range(1, min(len(rows), GRID_ROWS) + 1)),
                      sheet=names[chosen], total_rows=len(rows))


def html_rows(source: Source) -> list[list[str]]:
    tables = _html_tables(source.path, source.encoding or "utf-8")
    return tables[source.sheets.index(source.sheet)] if source.sheet in source.sheets else tables[0]
