"""The fast readers give what the reference readers give: an .xlsx read with fastexcel (straight into
Arrow) and with python-calamine (a Python object per cell), a CSV read into Arrow strings and into
Python strings, parse into the same lines, keys, customers, products and problems."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from app.services import importing
from app.services.importing import table
from app.services.importing.lines import parse_sales, read_file
from app.services.importing.table import Ticker
from tests.importing.conftest import run, vn_rows, write_csv, write_xlsx

HEADER = ["Ngày", "Số hóa đơn", "Mã KH", "Khách hàng", "Số điện thoại", "Mã hàng", "Sản phẩm", "Số lượng",
          "Đơn giá", "Thành tiền"]


def _sales_rows() -> list[list]:
    """Cells of every kind a shop's workbook has: numbers where codes are expected (invoice 1001,
    customer 17850.0, a phone that lost its 0, product 85123 next to 85123A), date-times and whole
    days, a missing amount, a walk-in sale, a return, a date left to the invoice's first line, an
    empty row and a totals row."""
    return [
        HEADER,
        [dt.datetime(2024, 1, 15, 9, 30), 1001, 17850.0, "Nguyễn Văn An", 912345678, 85123, "Trà sen", 2, 150000,
         300000],
        [dt.datetime(2024, 1, 15, 9, 30), 1001, 17850, "Nguyễn Văn An", 912345678, "85123A", "Bánh pía", 1, 45000.5,
         45000.5],
        [dt.datetime(2024, 1, 16, 14, 5, 30), "HD002", "KH02", "Trần Thị Bình", "0912 345 679", 71053, " Cà phê  sữa ",
         3, 29000, None],
        [dt.datetime(2024, 1, 17), "HD003", None, "Khách lẻ", None, "85123A", "Trà sen", 1, 150000, 150000],
        [None] * 10,
        [dt.datetime(2024, 1, 20, 8, 15), "TH001", 17850, "Nguyễn Văn An", 912345678, "85123A", "Bánh pía", -1,
         45000, -45000],
        [None, 1001, 17850, "Nguyễn Văn An", None, 71053, "Cà phê sữa", 1, 29000, 29000],
        [None, "Tổng cộng", None, None, None, None, None, None, None, 537000],
    ]


def _parse(path):
    source = importing.open_source(path)
    mapping = importing.guess_mapping(source)
    tick = Ticker(None, None)
    raw, indices, style = read_file(source, mapping, tick)
    return parse_sales(source, mapping, raw, indices, style, tick=tick)


def _lines(parsed) -> dict:
    """What a parse decided, row by row, in plain values."""
    people = parsed.identities
    return {
        "rows": parsed.row_numbers.tolist(), "sold_at": parsed.sold_at.tolist(),
        "invoice": [str(parsed.invoices[c]) for c in parsed.invoice_codes],
        "customer": [people.keys[c] if c >= 0 else None for c in parsed.customer],
        "attributes": [people.attributes[c] if c >= 0 else None for c in parsed.customer],
        "product": [(parsed.products.keys[p], parsed.products.names[p]) if p >= 0 else None for p in parsed.product],
        "quantity": parsed.quantity.tolist(), "unit_price": parsed.unit_price.tolist(),
        "amount": parsed.amount.tolist(), "cancelled": parsed.cancelled.tolist(), "key": parsed.line_key.tolist(),
        "problems": [(p.row, p.column, p.value, p.template) for p in parsed.problems],
        "read": (parsed.rows_read, parsed.totals_skipped, parsed.date_order, parsed.number_style),
    }


@pytest.fixture
def calamine_only(monkeypatch):
    """Workbooks read by python-calamine only (the reference)."""
    monkeypatch.setattr(table, "_read_xlsx_arrow", lambda *args, **kwargs: None)


@pytest.fixture
def fast_reads(monkeypatch):
    """Records whether each .xlsx was read by fastexcel (True) or left to python-calamine (False)."""
    pytest.importorskip("fastexcel")
    used: list[bool] = []
    original = table._read_xlsx_arrow

    def spy(*args, **kwargs):
        result = original(*args, **kwargs)
        used.append(result is not None)
        return result

    monkeypatch.setattr(table, "_read_xlsx_arrow", spy)
    return used


def _both_readers(path, fast_reads, monkeypatch) -> tuple[dict, dict]:
    fast = _lines(_parse(path))
    with monkeypatch.context() as patch:
        patch.setattr(table, "_read_xlsx_arrow", lambda *args, **kwargs: None)
        reference = _lines(_parse(path))
    return fast, reference


def test_fastexcel_and_calamine_read_a_workbook_alike(tmp_path, fast_reads, monkeypatch):
    path = write_xlsx(tmp_path / "ban_hang.xlsx", {"Bán hàng": [["BÁO CÁO BÁN HÀNG THÁNG 1"], [], *_sales_rows()]},
                      start="B2")
    fast, reference = _both_readers(path, fast_reads, monkeypatch)
    assert fast_reads == [True]
    assert fast == reference
    # and what they agree on is right: spreadsheet rows, the date filled from the invoice, codes as text
    assert fast["rows"] == [5, 6, 7, 8, 10, 11]
    assert fast["sold_at"][5] == fast["sold_at"][0]
    assert fast["customer"][:2] == ["c:17850", "c:17850"] and fast["attributes"][0]["phone"] == "0912345678"
    assert [p[0] for p in fast["product"]] == ["85123", "85123A", "71053", "85123A", "85123A", "71053"]
    assert fast["product"][2][1] == "Cà phê sữa" and fast["amount"][2] == 87_000_000
    assert fast["read"][:2] == (6, 1)


def test_text_dates_and_vietnamese_numbers_in_a_workbook(tmp_path, fast_reads, monkeypatch):
    rows = [HEADER, ["15/01/2024 09:30", "HD001", "KH01", "An", "0912345678", "SP1", "Trà", "2", "150.000", "300.000"],
            ["02/02/2024", "HD002", "KH01", "An", "", "SP2", "Bánh", "1", "45.500,5", "45.500,5"],
            ["31/02/2024", "HD003", "KH02", "Bình", "", "SP2", "Bánh", "1", "45.000", "45.000"]]
    path = write_xlsx(tmp_path / "text.xlsx", {"S": rows})
    fast, reference = _both_readers(path, fast_reads, monkeypatch)
    assert fast_reads == [True]
    assert fast == reference
    assert fast["unit_price"][:2] == [150_000_000, 45_500_500]
    assert [p[0] for p in fast["problems"]] == [4]  # 31 February


@pytest.mark.parametrize("word", ["N/A", "nan", "NULL", "150.000", "#N/A", "  "])
def test_a_number_column_with_a_word_in_it_is_left_to_calamine(tmp_path, fast_reads, monkeypatch, empty_shop, word):
    rows = _sales_rows()
    rows[3][8] = word  # "#N/A" is written as an error cell, as a failed formula leaves it
    path = write_xlsx(tmp_path / "mixed.xlsx", {"S": rows})
    fast, reference = _both_readers(path, fast_reads, monkeypatch)
    assert fast_reads == [False]  # numbers and words in one number column: each cell's kind matters
    assert fast == reference
    if word in ("N/A", "nan", "NULL"):
        assert fast["problems"] == [(4, "Đơn giá", word, "“{value}” is not a number.")]
        summary = run(empty_shop, path, skip_bad_rows=True)
        assert (summary.lines_added, summary.rows_rejected) == (5, 1)


def test_error_cells_in_text_columns_are_empty_cells(tmp_path, fast_reads, monkeypatch):
    rows = _sales_rows()
    rows[2][6] = "#N/A"  # a product name that a lookup formula did not find
    rows[3][3] = "#REF!"
    path = write_xlsx(tmp_path / "errors.xlsx", {"S": rows})
    fast, reference = _both_readers(path, fast_reads, monkeypatch)
    assert fast_reads == [True] and fast == reference
    assert fast["product"][1] == ("85123A", "Trà sen")  # the name from the product's next line


def test_a_totals_label_in_the_date_column_is_left_to_calamine(tmp_path, fast_reads, monkeypatch):
    rows = _sales_rows()
    rows[-1][:2] = ["Tổng cộng", None]
    path = write_xlsx(tmp_path / "totals.xlsx", {"S": rows})
    fast, reference = _both_readers(path, fast_reads, monkeypatch)
    assert fast_reads == [False] and fast == reference
    assert fast["read"][:3] == (6, 1, "datetime")


def test_workbook_imports_the_same_with_either_reader(tmp_path, empty_shop, fast_reads, read):
    path = write_xlsx(tmp_path / "a.xlsx", {"S": _sales_rows()})
    first = run(empty_shop, path)
    assert fast_reads == [True] and first.lines_added == 6
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(table, "_read_xlsx_arrow", lambda *args, **kwargs: None)
        again = run(empty_shop, path)
    assert (again.lines_added, again.duplicates_skipped) == (0, 6)
    assert read("SELECT code, phone, revenue FROM customers ORDER BY code") == [
        ("17850", "0912345678", 374_000_500), ("KH02", "0912345679", 87_000_000)]


@pytest.mark.parametrize("shape", ["narrow", "wide"])
def test_csv_read_into_arrow_or_python_strings_alike(tmp_path, monkeypatch, shape):
    pytest.importorskip("pyarrow")
    rows = vn_rows()
    if shape == "wide":  # most columns unmapped: only the mapped ones are read
        rows = [[*r, *(f"x{i}" if n else f"Ghi chú {i}" for i in range(12))] for n, r in enumerate(rows)]
    rows[3][9] = "  87.000 ₫ "
    path = write_csv(tmp_path / "a.csv", rows, encoding="utf-8-sig", delimiter=";")
    fast = _lines(_parse(path))
    monkeypatch.setattr(table, "_text_dtype", lambda: object)
    reference = _lines(_parse(path))
    assert fast == reference
    assert fast["amount"][2] == 87_000_000 and len(fast["key"]) == 5


def test_arrow_columns_become_columns_like_calamines():
    pa = pytest.importorskip("pyarrow")
    texts = table._arrow_column(pa.array(["b", "", None, "a", "b", " "]), pa)
    assert texts.codes.tolist() == [0, -1, -1, 1, 0, 2] and texts.uniques.tolist() == ["b", "a", " "]
    empty = table._arrow_column(pa.nulls(3), pa)
    assert empty.codes.tolist() == [-1, -1, -1] and not len(empty.uniques)
    numbers = table._arrow_column(pa.array([1, None, 3]), pa)
    assert np.isnan(numbers.numbers[1]) and numbers.numbers[2] == 3.0
    stamps = table._arrow_column(pa.array([dt.datetime(2024, 1, 2, 3, 4, 5, 999000), None]), pa)
    seconds = (dt.datetime(2024, 1, 2, 3, 4, 5) - dt.datetime(1970, 1, 1)) // dt.timedelta(seconds=1)
    assert stamps.stamps.tolist() == [seconds, table.NO_STAMP]  # whole seconds, as calamine's are read
    assert table._arrow_column(pa.array([dt.timedelta(hours=1)]), pa) is None  # durations: left to calamine


def test_progress_never_goes_back_when_calamine_takes_over(tmp_path, fast_reads, empty_shop, monkeypatch):
    import time

    import fastexcel

    from app.services.importing import sources

    rows = _sales_rows()
    rows[3][8] = "N/A"
    path = write_xlsx(tmp_path / "mixed.xlsx", {"S": rows})
    source = importing.open_source(path)
    # both loads slow enough for the heartbeat to report progress while each one runs
    monkeypatch.setattr(table, "HEARTBEAT_SECONDS", 0.01)
    slow_fastexcel, slow_calamine = fastexcel.read_excel, sources.open_workbook
    monkeypatch.setattr(fastexcel, "read_excel", lambda *a: (time.sleep(0.15), slow_fastexcel(*a))[1])
    monkeypatch.setattr(table, "open_workbook", lambda *a: (time.sleep(0.15), slow_calamine(*a))[1])
    done: list[int] = []
    importing.run_import(empty_shop, source, importing.guess_mapping(source), importing.ImportOptions(skip_bad_rows=True),
                         progress=lambda value, total, message: done.append(value))
    assert fast_reads == [False]
    assert len(done) > 10 and done == sorted(done) and done[-1] == 1000
