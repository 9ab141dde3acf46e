"""Imports never store a wrong figure silently (issue 8): the shop's currency settles `1.234` (else the
owner is asked), currencies in the file are checked against the shop's, rows with more cells than
the header are refused with their own row number, totals rows are never sales, empty rows are
counted, quantities and amounts are bounded; and the value bugs of issue 16 (`1,` under the plain
number style, the rejected-rows formula guard, a file of returns only)."""

from __future__ import annotations

import csv
import json

import pytest

from app.models import db
from app.models import settings as shop_settings
from app.services import customer_data, importing
from app.services.importing import runner
from app.services.importing.values import PLAIN, NumberStyle, parse_number_text
from app.services.shop import create_shop
from tests.importing.conftest import run, snapshot, vn_rows, write_csv, write_xlsx
from tests.importing.test_cli import cli

HEADER = ["Date", "Invoice", "Customer", "Quantity", "Amount"]


def _shop(tmp_path, currency: str, locale: str, *, with_data: bool = False):
    path = tmp_path / f"{currency}.regulars"
    create_shop(path, currency=currency, locale=locale).close()
    if with_data:
        run(path, write_csv(tmp_path / "first.csv", [HEADER, ["2023-05-01", "OLD1", "Old customer", "1", "7"]]))
    return path


def _amounts(path) -> list[int]:
    conn = db.connect(path, read_only=True)
    try:
        return [row[0] for row in conn.execute("SELECT amount FROM sales WHERE invoice != 'OLD1' ORDER BY invoice")]
    finally:
        conn.close()


def _setting(path, key: str) -> str:
    conn = db.connect(path, read_only=True)
    try:
        return shop_settings.get(conn, key)
    finally:
        conn.close()


def _preview(shop, path, **options) -> importing.runner.Preview:
    conn = db.connect(shop)
    try:
        source = importing.open_source(path)
        return importing.preview(source, importing.guess_mapping(source, conn), conn, importing.ImportOptions(**options))
    finally:
        conn.close()


# ------------------------------------------------------------------ the shop's currency settles 1.234

@pytest.mark.parametrize(("currency", "locale", "amount", "stored"), [
    ("VND", "vi_VN", "1.234", 1_234_000),
    ("VND", "en_GB", "1.234", 1_234_000),  # the currency decides, not the headers' language or the locale
    ("GBP", "en_GB", "1.234", 1_234),
    ("USD", "en_US", "1.234", 1_234),
    ("GBP", "vi_VN", "1.234", 1_234),
])
def test_a_lone_1_234_in_an_english_file_follows_the_shops_currency(tmp_path, currency, locale, amount, stored):
    shop = _shop(tmp_path, currency, locale)
    run(shop, write_csv(tmp_path / "sales.csv", [HEADER, ["2024-01-02", "A1", "Ann", "1", amount]]))
    assert _amounts(shop) == [stored]


@pytest.mark.parametrize("amount", ["1.234 ₫", "1.234 VND", "1.234đ", "VND 1.234"])
def test_a_currency_sign_or_code_is_read_before_it_is_thrown_away(tmp_path, amount):
    shop = _shop(tmp_path, "VND", "vi_VN", with_data=True)
    run(shop, write_csv(tmp_path / "sales.csv", [HEADER, ["2024-01-02", "A1", "Ann", "1", amount]]))
    assert _amounts(shop) == [1_234_000]


def test_a_header_naming_the_currency_settles_the_amounts(tmp_path):
    shop = _shop(tmp_path, "VND", "vi_VN", with_data=True)
    run(shop, write_csv(tmp_path / "sales.csv", [["Date", "Invoice", "Customer", "Amount (VND)"],
                                                 ["2024-01-02", "A1", "Ann", "1.234"]]))
    assert _amounts(shop) == [1_234_000]


def test_still_ambiguous_numbers_are_asked_in_the_preview_and_refused_until_answered(tmp_path):
    shop = _shop(tmp_path, "EUR", "de_DE")  # euros: written 1.234,50 in Germany, 1,234.50 in Ireland
    path = write_csv(tmp_path / "sales.csv", [HEADER, ["2024-01-02", "A1", "Ann", "1", "1.234"],
                                              ["2024-01-03", "A2", "Bob", "2", "2.500"]])
    assert _preview(shop, path).number_question == ("Amount", "1.234")
    before = snapshot(shop)
    with pytest.raises(importing.AmbiguousNumbers, match="“Amount”") as refused:
        run(shop, path)
    assert "1234 or 1.234" in str(refused.value)
    assert snapshot(shop) == before
    assert _preview(shop, path, decimal=",").number_question is None
    run(shop, path, decimal=",")
    assert _amounts(shop) == [1_234_000, 2_500_000]


def test_the_command_line_refuses_ambiguous_numbers_naming_the_column(tmp_path):
    shop = _shop(tmp_path, "EUR", "de_DE")
    path = write_csv(tmp_path / "sales.csv", [HEADER, ["2024-01-02", "A1", "Ann", "1", "1.234"]])
    out = cli("import", path, "--db", shop)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "“Amount”" in out.stderr and "--decimal-separator" in out.stderr
    out = cli("import", path, "--db", shop, "--decimal-separator", ".", "--json")
    assert out.returncode == 0, out.stderr
    assert _amounts(shop) == [1_234]


# --------------------------------------------------------------------------- currencies in the file

def test_amounts_in_another_currency_are_refused_by_a_shop_with_data(tmp_path):
    shop = _shop(tmp_path, "VND", "vi_VN", with_data=True)
    before = snapshot(shop)
    path = write_csv(tmp_path / "sales.csv", [HEADER, ["2024-01-02", "A1", "Ann", "1", "£3.50"]])
    with pytest.raises(importing.ImportRefused, match="in GBP but this shop keeps its figures in VND"):
        run(shop, path)
    assert snapshot(shop) == before


def test_an_empty_shop_adopts_the_files_currency(tmp_path):
    shop = _shop(tmp_path, "VND", "vi_VN")
    path = write_csv(tmp_path / "sales.csv", [HEADER, ["2024-01-02", "A1", "Ann", "1", "£1.234"]])
    assert _preview(shop, path).currency_adopted == "GBP"
    summary = run(shop, path)
    assert summary.currency_adopted == "GBP" and summary.to_dict()["currency_adopted"] == "GBP"
    assert (_setting(shop, "currency"), _setting(shop, "locale")) == ("GBP", "en_GB")
    assert _amounts(shop) == [1_234]  # £1.234 read as a pound amount, not 1234 pounds


def test_a_shopify_currency_column_is_checked(tmp_path):
    shop = _shop(tmp_path, "VND", "vi_VN", with_data=True)
    rows = [["Name", "Email", "Created at", "Lineitem quantity", "Lineitem price", "Lineitem name", "Currency"],
            ["#1001", "a@example.com", "2024-01-02 10:00:00 -0500", "1", "12.50", "Mug", "USD"]]
    with pytest.raises(importing.ImportRefused, match="in USD but this shop keeps its figures in VND"):
        run(shop, write_csv(tmp_path / "orders.csv", rows))
    usd = _shop(tmp_path, "USD", "en_US", with_data=True)
    assert run(usd, write_csv(tmp_path / "orders.csv", rows)).lines_added == 1


def test_a_file_mixing_currencies_is_refused_with_the_rows_named(tmp_path):
    shop = _shop(tmp_path, "GBP", "en_GB")
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "£3.50"], ["2024-01-02", "A2", "Ann", "1", "£4.50"],
            ["2024-01-03", "A3", "Bob", "1", "$2.00"]]
    with pytest.raises(importing.ImportRefused, match=r"mixes currencies \(GBP in row 2, USD in row 4\)"):
        run(shop, write_csv(tmp_path / "sales.csv", rows))


def test_uci_online_retail_is_in_pounds(tmp_path):
    rows = [["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"],
            ["536365", "85123A", "WHITE HANGING HEART", "6", "12/1/2010 8:26", "2.55", "17850", "United Kingdom"]]
    path = write_csv(tmp_path / "uci.csv", rows)
    shop = _shop(tmp_path, "VND", "vi_VN")
    assert run(shop, path).currency_adopted == "GBP"
    shop_with_data = tmp_path / "vnd-with-data.regulars"
    create_shop(shop_with_data).close()
    run(shop_with_data, write_csv(tmp_path / "vn.csv", vn_rows()))
    with pytest.raises(importing.ImportRefused, match="in GBP but this shop keeps its figures in VND"):
        run(shop_with_data, path)


# ------------------------------------------------------------------------- rows with too many cells

def test_an_early_row_with_more_cells_than_the_header_is_refused_not_a_new_column(tmp_path, empty_shop):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "50000", "000"], ["2024-01-03", "A2", "Bob", "1", "20"]]
    path = write_csv(tmp_path / "sales.csv", rows)
    source = importing.open_source(path)
    assert source.headers == tuple(HEADER)  # no phantom "Column 6"
    before = snapshot(empty_shop)
    for skip in (False, True):
        with pytest.raises(importing.ImportRefused, match="row 2 has 6 cells where the header has 5"):
            run(empty_shop, path, skip_bad_rows=skip)
    assert snapshot(empty_shop) == before


def test_a_late_row_with_an_unquoted_thousands_comma_in_a_wide_export_is_refused(tmp_path, empty_shop):
    header = [*HEADER, *(f"Extra {i}" for i in range(8))]  # most columns unmapped: pandas reads only some
    rows = [["Sales report"], [], header]
    rows += [[f"2024-01-{i % 28 + 1:02d}", f"A{i}", "Ann", "1", "20", *"abcdefgh"] for i in range(80)]
    rows.append(["2024-02-01", "B1", "Bob", "1", "50000", "100", "000", *"abcdefgh"])  # 50000,100,000 unquoted
    path = write_csv(tmp_path / "wide.csv", rows)
    with pytest.raises(importing.ImportRefused, match="row 84 has 15 cells where the header has 13"):
        run(empty_shop, path)
    rows[-1][-2:] = ["", ""]  # even when the cells pushed past the header are empty ones
    with pytest.raises(importing.ImportRefused, match="row 84 has 15 cells where the header has 13"):
        run(empty_shop, write_csv(tmp_path / "wide.csv", rows))
    rows.pop()
    assert run(empty_shop, write_csv(tmp_path / "wide.csv", rows)).lines_added == 80


def test_many_extra_cells_name_the_spreadsheets_own_row(tmp_path, empty_shop):
    rows = [["Báo cáo bán hàng"], HEADER, ["2024-01-02", "A1", "Ann", "1", "5"],
            ["2024-01-03", "A2", "Bob", "1", "5", "x", "y", "z", "w"]]
    with pytest.raises(importing.ImportRefused, match="row 4 has 9 cells where the header has 5"):
        run(empty_shop, write_csv(tmp_path / "sales.csv", rows))


def test_row_numbers_are_the_spreadsheets_own_in_csv_and_xlsx(tmp_path, empty_shop):
    rows = [["Sales report"], ["from January"], HEADER, ["2024-01-02", "A1", "Ann", "1", "5"],
            ["someday", "A2", "Bob", "1", "5"]]
    for path in (write_csv(tmp_path / "s.csv", rows), write_xlsx(tmp_path / "s.xlsx", {"Sales": rows})):
        with pytest.raises(importing.ImportRefused, match="row 5, column “Date”"):
            run(empty_shop, path)


# ----------------------------------------------------------------------------------- totals rows

@pytest.mark.parametrize("label", ["Tổng cộng", "TỔNG CỘNG:", "Tổng", "Total", "total:", "Grand total", "GRAND TOTAL:"])
def test_a_totals_row_is_never_a_sale_even_with_a_date(tmp_path, empty_shop, read, label):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "50"], ["2024-01-31", "", label, "", "50"],
            ["2024-01-31", label, "", "", "50"]]
    summary = run(empty_shop, write_csv(tmp_path / "sales.csv", rows))
    assert summary.lines_added == 1
    assert read("SELECT invoice, amount FROM sales") == [("A1", 50_000)]


def test_customers_whose_names_start_like_a_total_are_still_sales(tmp_path, empty_shop, read):
    rows = [HEADER, ["2024-01-02", "A1", "Tống Văn An", "1", "50"], ["2024-01-03", "A2", "Công", "1", "20"],
            ["2024-01-04", "A3", "Total Fitness Ltd", "1", "30"]]
    assert run(empty_shop, write_csv(tmp_path / "sales.csv", rows)).lines_added == 3


# ------------------------------------------------------------------------------------- empty rows

def test_empty_and_blank_rows_are_skipped_and_counted(tmp_path, empty_shop):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "50"], [""] * 5, ["  ", "\t", " ", "", ""], [],
            ["2024-01-03", "A2", "Bob", "1", "20"]]
    path = write_csv(tmp_path / "sales.csv", rows)
    assert _preview(empty_shop, path).empty_rows == 3
    summary = run(empty_shop, path)
    assert (summary.lines_added, summary.empty_rows_skipped, summary.rows_rejected) == (2, 3, 0)


def test_the_command_line_reports_the_empty_rows(tmp_path):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "50"], [" "] * 5, [""] * 5]
    out = cli("import", write_csv(tmp_path / "sales.csv", rows), "--db", tmp_path / "shop.regulars", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["empty_rows_skipped"] == 2 and result["files"][0]["empty_rows_skipped"] == 2


# ---------------------------------------------------------------------------------------- bounds

@pytest.mark.parametrize(("column", "value"), [
    ("Quantity", "1000000001"), ("Quantity", "9" * 20), ("Quantity", "1" + "0" * 400),
    ("Amount", "1" + "0" * 400), ("Amount", "1e300"),
])
def test_absurd_quantities_and_amounts_are_refused_with_row_and_column(tmp_path, empty_shop, column, value):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "50"], ["2024-01-03", "A2", "Bob", "1", "20"]]
    rows[2][HEADER.index(column)] = value
    path = write_csv(tmp_path / "sales.csv", rows)
    before = snapshot(empty_shop)
    with pytest.raises(importing.ImportRefused, match=f"row 3, column “{column}”"):
        run(empty_shop, path)
    assert snapshot(empty_shop) == before
    summary = run(empty_shop, path, skip_bad_rows=True)
    assert summary.lines_added == 1
    conn = db.connect(empty_shop, read_only=True)
    try:
        assert conn.execute("SELECT MIN(quantity), MIN(amount) FROM sales").fetchone() == (1, 50_000)
    finally:
        conn.close()


def test_a_large_but_real_quantity_is_kept(tmp_path, empty_shop, read):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "250000", "50000000"]]
    run(empty_shop, write_csv(tmp_path / "sales.csv", rows))
    assert read("SELECT quantity, amount FROM sales") == [(250000, 50_000_000_000)]


# ---------------------------------------------------------------------------- issue 16: values

@pytest.mark.parametrize("text", ["1,", ",5", "1,2,3", "1,234,5.6.7"])
def test_parse_number_text_never_raises_under_the_plain_style(text):
    assert parse_number_text(text, PLAIN) is None
    assert parse_number_text("1,5", NumberStyle(",", ".")) == 1.5


def test_amounts_that_split_the_vote_name_the_cell_instead_of_crashing(tmp_path, empty_shop):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "1.5"], ["2024-01-03", "A2", "Bob", "1", "1,"],
            ["2024-01-04", "A3", "Bob", "1", "2.25"]]
    path = write_csv(tmp_path / "sales.csv", rows)
    preview = _preview(empty_shop, path)
    assert [(p.row, p.column, p.value) for p in preview.problems] == [(3, "Amount", "1,")]


def test_the_rejected_rows_file_uses_the_exports_formula_guard(tmp_path, empty_shop):
    assert runner.neutralize is customer_data.neutralize  # one guard, shared with the exports
    nasty = ["=1+1", "＝1+1", "@SUM(A1)", "＠x", "+cmd|' /C calc'!A0", "-2+3", "－1", "＋1", "\t=cmd"]
    rows = [HEADER] + [["someday", f"A{i}", text, "1", "5"] for i, text in enumerate(nasty)]
    rejected = tmp_path / "rejected.csv"
    run(empty_shop, write_csv(tmp_path / "sales.csv", rows), skip_bad_rows=True, rejected_rows_path=rejected)
    with open(rejected, encoding="utf-8-sig", newline="") as fh:
        written = [row[2] for row in csv.reader(fh)][1:]
    assert written == ["'" + text.strip() for text in nasty]


def test_a_file_of_returns_only_refreshes_those_customers_figures(tmp_path, empty_shop, read):
    run(empty_shop, write_csv(tmp_path / "sales.csv", vn_rows()[:4]))
    assert read("SELECT revenue, returns, return_lines FROM customers WHERE code = 'KH01'") == [(345_000_000, 0, 0)]
    returns = [vn_rows()[0], ["20/01/2024 08:15", "TH001", "KH01", "Nguyễn Văn An", "0912345678", "Bánh pía", "Bánh",
                              "-1", "45.000", "-45.000"]]
    summary = run(empty_shop, write_csv(tmp_path / "returns.csv", returns))
    assert (summary.lines_added, summary.customers_added) == (1, 0)
    assert read("SELECT revenue, returns, return_lines FROM customers WHERE code = 'KH01'") == [
        (345_000_000, -45_000_000, 1)]


def test_control_characters_and_huge_values_never_reach_the_message(tmp_path, empty_shop):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "\x1b[31mred\x1b[0m\x07"],
            ["2024-01-03", "A2", "Bob", "1", "x" * 5000]]
    with pytest.raises(importing.ImportRefused) as refused:
        run(empty_shop, write_csv(tmp_path / "sales.csv", rows))
    message = str(refused.value)
    assert "row 2, column “Amount”" in message and "red" in message
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in message)
    assert len(message) < 400


def test_the_command_line_refuses_files_in_two_currencies_before_importing_any(tmp_path):
    shop = tmp_path / "new.regulars"
    pounds = write_csv(tmp_path / "pounds.csv", [HEADER, ["2024-01-02", "A1", "Ann", "1", "£3.50"]])
    dollars = write_csv(tmp_path / "dollars.csv", [HEADER, ["2024-01-02", "B1", "Bob", "1", "$2.00"]])
    out = cli("import", pounds, dollars, "--db", shop)
    assert out.returncode == 2 and "different currencies" in out.stderr
    assert not shop.exists()  # the shop the command would have created is not left behind, empty


@pytest.mark.parametrize(("text", "currency"), [
    ("1.234 ₫", "VND"), ("1.234đ", "VND"), ("Thành tiền (VNĐ)", "VND"), ("12 đồng", "VND"), ("£3.50", "GBP"),
    ("$3", "USD"), ("3 USD", "USD"), ("A$3", "AUD"), ("(EUR)", "EUR"), ("Europe", None), ("đơn giá", None),
    ("Amount", None),
])
def test_currency_signs_and_codes(text, currency):
    from app.services.importing.values import currency_in_text

    assert currency_in_text(text) == currency


def test_the_owners_answer_only_settles_what_the_file_leaves_open(tmp_path, empty_shop):
    rows = [HEADER, ["2024-01-02", "A1", "Ann", "1", "1,234.50"], ["2024-01-03", "A2", "Bob", "1", "2.500"]]
    run(empty_shop, write_csv(tmp_path / "sales.csv", rows), decimal=",")
    assert _amounts(empty_shop) == [1_234_500, 2_500]  # the file itself says the dot is its decimal point
