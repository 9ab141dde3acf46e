"""Helpers for the import tests: real files written in the formats shops export (CSV in several
encodings and delimiters, XLSX through openpyxl, HTML tables saved as .xls), a shop to import into,
and a snapshot of every table to prove that a refused or cancelled import changed nothing."""

from __future__ import annotations

import csv
import io
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from app.models import db
from app.models.tables import data_tables

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: letters with circumflex, breve or horn precomposed,
    tone marks as separate combining characters."""
    out = []
    cluster = ""
    tones = ""
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if ch in TONE_MARKS:
                tones += ch
            else:
                cluster += ch
            continue
        out.append(unicodedata.normalize("NFC", cluster) + tones)
        cluster, tones = ch, ""
    out.append(unicodedata.normalize("NFC", cluster) + tones)
    return "".join(out).encode("cp1258")


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list]], *, start: str = "A1") -> Path:
    """A workbook through openpyxl (a real Excel writer); each sheet's rows start at `start`."""
    from openpyxl import Workbook
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letters, first_row = coordinate_from_string(start)
    first_col = column_index_from_string(letters)
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None and value != "":
                    sheet.cell(row=first_row + r, column=first_col + c, value=value)
    book.save(path)
    return path


def write_html_xls(path: Path, rows: list[list], *, title: str = "BÁO CÁO BÁN HÀNG") -> Path:
    """What some point-of-sale systems save as .xls: an HTML page with a table."""
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><h1>{title}</h1>'
                    f'<table border="1"><tr><td colspan="3">{title}</td></tr>{cells}</table></body></html>',
                    encoding="utf-8")
    return path


WALL_CLOCK_COLUMNS = ("created_at", "updated_at")  # when a row was written: differs between two shops


def snapshot(path: Path, *, without: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every data table, to compare a shop before and after (`without`: columns left out,
    e.g. WALL_CLOCK_COLUMNS to compare two shops written at different times)."""
    conn = db.connect(path, read_only=True)
    try:
        out = {}
        for table in data_tables(conn):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in without]
            listed = ", ".join(f'"{c}"' for c in columns)
            out[table] = sorted(conn.execute(f'SELECT {listed} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


def run(shop_path: Path, file_path: Path, **options):
    """open_source + guess_mapping + run_import, as the import assistant does."""
    from app.services import importing

    conn = db.connect(shop_path)
    try:
        source = importing.open_source(file_path)
        mapping = importing.guess_mapping(source, conn)
    finally:
        conn.close()
    return importing.run_import(shop_path, source, mapping, importing.ImportOptions(**options))


@pytest.fixture
def empty_shop(shop) -> Path:
    """A new shop file, closed (imports open their own connection)."""
    path = shop.path
    shop.close()
    return path


@pytest.fixture
def read(empty_shop):
    """A read-only query helper on the shop: read("SELECT ...") -> rows."""
    def query(sql: str, params=()):
        conn = db.connect(empty_shop, read_only=True)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()
    return query


def connect(path: Path) -> sqlite3.Connection:
    return db.connect(path)


VN_HEADER = ["Ngày", "Số hóa đơn", "Mã KH", "Khách hàng", "Số điện thoại", "Sản phẩm", "Nhóm hàng", "Số lượng",
             "Đơn giá", "Thành tiền"]


def vn_rows() -> list[list]:
    """A small Vietnamese shop: two customers, a walk-in sale, a return."""
    return [
        VN_HEADER,
        ["15/01/2024 09:30", "HD001", "KH01", "Nguyễn Văn An", "0912345678", "Trà sen", "Trà", "2", "150.000", "300.000"],
        ["15/01/2024 09:30", "HD001", "KH01", "Nguyễn Văn An", "0912345678", "Bánh pía", "Bánh", "1", "45.000", "45.000"],
        ["16/01/2024 14:05", "HD002", "KH02", "Trần Thị Bình", "912 345 679", "Cà phê sữa", "Cà phê", "3", "29.000", "87.000"],
        ["17/01/2024 10:00", "HD003", "", "Khách lẻ", "", "Trà sen", "Trà", "1", "150.000", "150.000"],
        ["20/01/2024 08:15", "TH001", "KH01", "Nguyễn Văn An", "0912345678", "Bánh pía", "Bánh", "-1", "45.000", "-45.000"],
    ]
