"""Files no preset knows import when their headers say what they are: columns separated by runs of
spaces, compact (yyyymmdd) and ISO 8601 dates, and amount, quantity, customer and date columns
recognised by the words of their English or Vietnamese headers."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import importing
from app.services.importing.fields import field_by_words
from tests.importing.conftest import run, write_csv

# CDNOW's text file: customer id, date yyyymmdd, number of CDs, dollar value, separated by spaces
CDNOW = [("00001", "19970101", 1, 11.77), ("00002", "19970112", 1, 12.00), ("00002", "19970112", 5, 77.00),
         ("00003", "19970102", 2, 20.76), ("00003", "19970330", 2, 20.76), ("00004", "19970101", 2, 29.33)]


def write_cdnow(path, header: str = "customer_id   date       number_of_cds   dollar_value"):
    lines = [header] + [f"  {c} {d}  {n:>2}  {v:>8.2f}" for c, d, n, v in CDNOW]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def day(seconds: int) -> str:
    return (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds)).isoformat(sep=" ")


def test_a_cdnow_like_text_file_imports_without_a_preset(tmp_path, empty_shop, read):
    path = write_cdnow(tmp_path / "CDNOW_sample.txt")
    source = importing.open_source(path)
    assert source.delimiter == " " and source.headers == ("customer_id", "date", "number_of_cds", "dollar_value")
    mapping = importing.guess_mapping(source)
    assert mapping.columns == {"customer_code": "customer_id", "date": "date", "quantity": "number_of_cds",
                               "line_amount": "dollar_value"}
    assert mapping.missing() == []
    summary = run(empty_shop, path)
    assert (summary.rows_read, summary.lines_added, summary.rows_rejected, summary.customers_added) == (6, 6, 0, 4)
    assert summary.date_order == "ymd"
    rows = read("SELECT c.code, s.sold_at, s.quantity, s.amount FROM sales s JOIN customers c ON c.id = s.customer_id "
                "ORDER BY c.code, s.sold_at, s.amount")
    assert [(code, day(sold)[:10], qty, amount) for code, sold, qty, amount in rows] == [
        ("00001", "1997-01-01", 1, 11_770), ("00002", "1997-01-12", 1, 12_000), ("00002", "1997-01-12", 5, 77_000),
        ("00003", "1997-01-02", 2, 20_760), ("00003", "1997-03-30", 2, 20_760), ("00004", "1997-01-01", 2, 29_330)]


def test_rejected_rows_of_a_space_separated_file_keep_their_cells(tmp_path, empty_shop):
    path = write_cdnow(tmp_path / "cdnow.txt")
    path.write_text(path.read_text() + "  00005 19971399   1     5.00\n", encoding="ascii")
    summary = run(empty_shop, path, skip_bad_rows=True)
    assert [(p.row, p.column, p.value) for p in summary.rejected] == [(8, "date", "19971399")]
    out = importing.write_rejected_rows(importing.open_source(path), summary.rejected, tmp_path / "rejected.csv")
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("00005,19971399,1,5.00,")


@pytest.mark.parametrize(("written", "expected"), [
    ("19970101", "1997-01-01 00:00:00"),
    ("20240315 14:05", "2024-03-15 14:05:00"),
    ("2024-03-15T14:05:30", "2024-03-15 14:05:30"),
    ("2024-03-15T14:05:30Z", "2024-03-15 14:05:30"),
    ("2024-03-15T14:05:30.250+07:00", "2024-03-15 14:05:30"),
    ("15/03/2024", "2024-03-15 00:00:00"),
    ("15-03-2024 09:00", "2024-03-15 09:00:00"),
    ("15 Mar 2024", "2024-03-15 00:00:00"),
])
def test_date_forms(tmp_path, empty_shop, read, written, expected):
    path = write_csv(tmp_path / "dates.csv", [["Date", "Amount"], [written, "10"], ["13/02/2024", "5"]]
                     if "/" in written else [["Date", "Amount"], [written, "10"]])
    summary = run(empty_shop, path)
    assert summary.rows_rejected == 0
    assert day(read("SELECT sold_at FROM sales WHERE amount = 10000")[0][0]) == expected


@pytest.mark.parametrize(("header", "field"), [
    ("dollar_value", "line_amount"), ("Total paid", "line_amount"), ("Revenue (USD)", "line_amount"),
    ("Gross sales", "line_amount"), ("Doanh thu tháng", "line_amount"), ("Tổng thanh toán", "line_amount"),
    ("Giá trị đơn", "line_amount"), ("Tiền khách trả", "line_amount"),
    ("number_of_cds", "quantity"), ("Total quantity", "quantity"), ("Số lượng mua", "quantity"),
    ("unit_price_usd", "unit_price"), ("Đơn giá bán", "unit_price"),
    ("customer_id", "customer_code"), ("CustomerNo", "customer_code"), ("Mã khách", "customer_code"),
    ("Customer full name", "customer_name"), ("Tên người mua / khách", "customer_name"),
    ("order_date", "date"), ("Ngày mua hàng", "date"), ("purchase_datetime", "date"),
    ("Order ref", "invoice"), ("Số hóa đơn bán", "invoice"),
    ("Ngày sinh", None), ("date_of_birth", None), ("Ghi chú", None),
])
def test_header_words_name_the_field(header, field):
    assert field_by_words(header) == field


def test_a_synonym_wins_over_words_and_every_guess_can_be_corrected(tmp_path):
    path = write_csv(tmp_path / "shop.csv", [["Ngày", "Sales rep", "Total", "Mã KH"], ["15/03/2024", "Lan", "10", "K1"]])
    source = importing.open_source(path)
    mapping = importing.guess_mapping(source)
    assert mapping.columns["line_amount"] == "Total" and mapping.columns["customer_code"] == "Mã KH"
    assert "Sales rep" not in mapping.columns.values()  # "sales" already found its column by synonym
    corrected = mapping.with_column("line_amount", None).with_column("customer_name", "Sales rep")
    assert corrected.columns == {"date": "Ngày", "customer_code": "Mã KH", "customer_name": "Sales rep"}
