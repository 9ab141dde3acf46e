"""The same sale in two exports is counted once: an invoice already in the shop (same number, same
sale day, same branch where both say) is kept, replaced by the newer file's lines, or added beside
them, as the owner chooses; undo of a replacing import brings the replaced lines back."""

from __future__ import annotations

import json

import pytest

from app.models import sales
from app.services import importing
from tests.importing.conftest import connect, run, snapshot, write_csv, write_xlsx
from tests.importing.test_cli import cli

KV_HEADER = ["Mã hóa đơn", "Thời gian", "Chi nhánh", "Mã khách hàng", "Tên khách hàng", "Mã hàng", "Tên hàng",
             "Số lượng", "Đơn giá", "Thành tiền"]
KV_LINES = [
    ["HD001", "15/01/2024 09:30", "Quận 1", "KH01", "Nguyễn Văn An", "SP1", "Trà sen", 2, 150000, 300000],
    ["HD001", "15/01/2024 09:30", "Quận 1", "KH01", "Nguyễn Văn An", "SP2", "Bánh pía", 1, 45000, 45000],
    ["HD002", "16/01/2024 14:05", "Quận 1", "KH02", "Trần Thị Bình", "SP3", "Cà phê sữa", 3, 29000, 87000],
]
# the same invoices as another export writes them: dates without the time, no branch, no product codes
CSV_HEADER = ["Ngày", "Số hóa đơn", "Mã KH", "Khách hàng", "Sản phẩm", "Số lượng", "Đơn giá", "Thành tiền"]
CSV_LINES = [
    ["15/01/2024", "HD001", "KH01", "Nguyễn Văn An", "Trà sen", "2", "150.000", "300.000"],
    ["15/01/2024", "HD001", "KH01", "Nguyễn Văn An", "Bánh pía", "1", "45.000", "45.000"],
    ["16/01/2024", "HD002", "KH02", "Trần Thị Bình", "Cà phê sữa", "3", "29.000", "87.000"],
]


def revenue(shop) -> float:
    conn = connect(shop)
    try:
        return sales.stats(conn)["revenue"]
    finally:
        conn.close()


@pytest.fixture
def workbook_imported(tmp_path, empty_shop):
    first = run(empty_shop, write_xlsx(tmp_path / "kiotviet.xlsx", {"Chi tiết hóa đơn": [KV_HEADER, *KV_LINES]}))
    assert (first.preset, first.lines_added) == ("kiotviet_invoice_detail", 3)
    assert revenue(empty_shop) == 432_000
    return first


def test_a_csv_of_the_same_invoices_after_the_workbook_is_not_counted_twice(tmp_path, empty_shop, workbook_imported):
    summary = run(empty_shop, write_csv(tmp_path / "same.csv", [CSV_HEADER, *CSV_LINES]))
    assert summary.existing_invoices_choice == "keep"
    assert (summary.existing_invoices, summary.existing_lines_skipped, summary.lines_added) == (2, 3, 0)
    assert [(e.import_id, e.file_name, e.invoices) for e in summary.earlier_imports] == \
        [(workbook_imported.import_id, "kiotviet.xlsx", 2)]
    assert revenue(empty_shop) == 432_000


def test_the_newer_export_replaces_the_stored_invoice_and_undo_brings_it_back(tmp_path, empty_shop, workbook_imported,
                                                                              read):
    before = snapshot(empty_shop)
    edited = [CSV_LINES[0][:5] + ["3", "150.000", "450.000"], CSV_LINES[2]]  # HD001: 3 teas, the cake taken off
    path = write_csv(tmp_path / "newer.csv", [CSV_HEADER, *edited])
    conn = connect(empty_shop)
    try:
        source = importing.open_source(path)
        pre = importing.preview(source, importing.guess_mapping(source, conn), conn,
                                importing.ImportOptions(existing_invoices="replace"))
    finally:
        conn.close()
    assert (pre.existing_invoices, pre.existing_invoice_lines, pre.lines_to_replace, pre.lines_to_add) == (2, 3, 3, 2)
    assert [e.file_name for e in pre.earlier_imports] == ["kiotviet.xlsx"]
    summary = run(empty_shop, path, existing_invoices="replace")
    assert (summary.lines_replaced, summary.lines_added, summary.lines_removed) == (3, 2, 0)
    assert read("SELECT invoice, quantity, amount FROM sales ORDER BY invoice, amount") == [
        ("HD001", 3, 450_000_000), ("HD002", 3, 87_000_000)]
    assert revenue(empty_shop) == 537_000
    assert read("SELECT invoices, revenue FROM customers WHERE code = 'KH01'") == [(1, 450_000_000)]
    undone = importing.undo_import(connect(empty_shop), summary.import_id)
    assert (undone.lines_removed, undone.lines_restored) == (2, 3)
    after = snapshot(empty_shop)
    for table in ("sales", "customers", "customer_months"):
        assert after[table] == before[table], table


def test_this_months_file_then_the_quarters(tmp_path, empty_shop, read):
    month = [["15/01/2024 09:30", "HD001", "KH01", "An", "Trà sen", "2", "150.000", "300.000"],
             ["20/01/2024 10:00", "HD002", "KH02", "Bình", "Cà phê", "1", "29.000", "29.000"]]
    later = [["03/02/2024 08:00", "HD003", "KH01", "An", "Trà sen", "1", "150.000", "150.000"],
             ["05/03/2024 18:00", "HD004", "KH02", "Bình", "Cà phê", "2", "29.000", "58.000"]]
    # the quarter's export writes January's invoices with the day only
    quarter = [[r[0][:10], *r[1:]] for r in month] + later
    assert run(empty_shop, write_csv(tmp_path / "jan.csv", [CSV_HEADER, *month])).lines_added == 2
    summary = run(empty_shop, write_csv(tmp_path / "q1.csv", [CSV_HEADER, *quarter]))
    assert (summary.existing_invoices, summary.existing_lines_skipped, summary.lines_added) == (2, 2, 2)
    assert revenue(empty_shop) == 537_000  # the quarter's sales, once
    assert read("SELECT COUNT(*) FROM sales") == [(4,)]


def test_add_keeps_both_as_the_owner_asked(tmp_path, empty_shop, workbook_imported):
    summary = run(empty_shop, write_csv(tmp_path / "same.csv", [CSV_HEADER, *CSV_LINES]), existing_invoices="add")
    assert (summary.existing_invoices, summary.lines_added) == (2, 3)
    assert revenue(empty_shop) == 864_000


def test_numbers_restarted_per_branch_or_per_year_are_other_invoices(tmp_path, empty_shop, workbook_imported):
    other_branch = [["HD001", "15/01/2024 11:00", "Quận 3", "KH03", "Chi", "SP1", "Trà sen", 1, 150000, 150000]]
    other_year = [["HD002", "16/01/2025 14:05", "Quận 1", "KH02", "Trần Thị Bình", "SP3", "Cà phê sữa", 1, 29000,
                   29000]]
    summary = run(empty_shop, write_xlsx(tmp_path / "more.xlsx", {"Chi tiết": [KV_HEADER, *other_branch,
                                                                                 *other_year]}))
    assert (summary.existing_invoices, summary.lines_added) == (0, 2)


def test_the_command_line_choice_and_its_json_counts(tmp_path, empty_shop, workbook_imported):
    path = write_csv(tmp_path / "same.csv", [CSV_HEADER, *CSV_LINES])
    out = cli("import", path, "--db", empty_shop, "--json", "--existing-invoices", "replace")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert (result["existing_invoices"], result["lines_replaced"], result["lines_added"]) == (2, 3, 3)
    assert result["files"][0]["existing_invoices_from"][0]["file"] == "kiotviet.xlsx"
    assert result["files"][0]["existing_invoices_choice"] == "replace"
    assert revenue(empty_shop) == 432_000
    text = cli("import", path, "--db", empty_shop)  # keep: the replaced lines are what the shop holds now
    assert text.returncode == 0 and "2 invoices were already in the shop (keep): 0 of this file's lines not " \
        "imported, 0 stored lines replaced" in text.stdout
    wrong = cli("import", path, "--db", empty_shop, "--existing-invoices", "both")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
