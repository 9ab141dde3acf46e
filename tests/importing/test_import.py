"""Importing into a real shop file: what is stored, never losing or duplicating lines, refusals that
change nothing, skipping bad rows, cancelled orders, returns, customer matching, the export presets,
cancel, undo, and the figures kept per customer."""

from __future__ import annotations

import csv
import json

import pytest

from app.models import aggregates, sales
from app.services import importing
from app.services.importing import ImportCancelled, ImportRefused
from tests.importing.conftest import connect, run, snapshot, vn_rows, write_csv, write_xlsx


def test_vietnamese_sales_file(tmp_path, empty_shop, read):
    summary = run(empty_shop, write_csv(tmp_path / "ban_hang.csv", vn_rows()))
    assert (summary.rows_read, summary.lines_added, summary.customers_added) == (5, 5, 2)
    assert summary.date_order == "dmy" and summary.number_format == "1.234.567,5"
    customers = read("SELECT code, name, phone, invoices, revenue, returns FROM customers ORDER BY code")
    assert customers == [("KH01", "Nguyễn Văn An", "0912345678", 1, 345_000_000, -45_000_000),
                         ("KH02", "Trần Thị Bình", "0912345679", 1, 87_000_000, 0)]
    conn = connect(empty_shop)
    figures = sales.stats(conn)
    conn.close()
    assert figures["revenue"] == 432_000 and figures["returns"] == -45_000
    assert figures["all_sales_revenue"] == 582_000  # the walk-in sale counts for the shop only
    assert read("SELECT sold_at % 86400 FROM sales WHERE invoice = 'HD002'") == [(14 * 3600 + 5 * 60,)]
    assert read("SELECT COUNT(*) FROM products") == [(3,)]
    assert read("SELECT name FROM categories ORDER BY name") == [("Bánh",), ("Cà phê",), ("Trà",)]


def test_reimport_adds_nothing_and_an_overlapping_file_adds_only_new_lines(tmp_path, empty_shop, read):
    rows = vn_rows()
    first = write_csv(tmp_path / "jan.csv", rows[:4])
    assert run(empty_shop, first).lines_added == 3
    again = run(empty_shop, first)
    assert (again.lines_added, again.duplicates_skipped) == (0, 3)
    overlap = write_csv(tmp_path / "jan_full.csv", [rows[0], *rows[2:]])  # 2 old lines, 2 new
    summary = run(empty_shop, overlap)
    assert (summary.lines_added, summary.duplicates_skipped, summary.customers_added) == (2, 2, 0)
    assert read("SELECT COUNT(*) FROM sales") == [(5,)]


def test_identical_lines_in_a_file_are_all_kept_once(tmp_path, empty_shop, read):
    rows = vn_rows()
    path = write_csv(tmp_path / "dup.csv", [rows[0], rows[1], rows[1], rows[1]])
    assert run(empty_shop, path).lines_added == 3
    assert run(empty_shop, path).lines_added == 0
    assert read("SELECT COUNT(DISTINCT line_key) FROM sales") == [(3,)]


def test_csv_and_xlsx_of_the_same_data_give_the_same_lines(tmp_path, empty_shop):
    rows = [["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"],
            [536365, "85123A", "WHITE HANGING HEART", 6, "2010-12-01 08:26:00", 2.55, 17850.0, "United Kingdom"],
            [536365, 71053, "WHITE METAL LANTERN", 6, "2010-12-01 08:26:00", 3.39, 17850.0, "United Kingdom"],
            ["C536379", "D", "Discount", -1, "2010-12-01 09:41:00", 27.5, 14527.0, "United Kingdom"]]
    assert run(empty_shop, write_csv(tmp_path / "r.csv", rows)).lines_added == 3
    import datetime as dt
    book = [rows[0]] + [[*r[:4], dt.datetime.fromisoformat(r[4]), *r[5:]] for r in rows[1:]]
    summary = run(empty_shop, write_xlsx(tmp_path / "r.xlsx", {"Online Retail": book}))
    assert (summary.lines_added, summary.duplicates_skipped) == (0, 3)


def test_a_bad_value_refuses_the_file_naming_row_and_column_and_changes_nothing(tmp_path, empty_shop):
    run(empty_shop, write_csv(tmp_path / "ok.csv", vn_rows()[:3]))
    before = snapshot(empty_shop)
    rows = vn_rows()
    rows[3][0] = "32/01/2024"
    rows[4][8] = "một trăm"
    with pytest.raises(ImportRefused) as info:
        run(empty_shop, write_csv(tmp_path / "bad.csv", rows))
    message = str(info.value)
    assert "row 4, column “Ngày”: “32/01/2024” is not a date" in message
    assert "row 5, column “Đơn giá”" in message
    assert [p.row for p in info.value.problems] == [4, 5]
    assert snapshot(empty_shop) == before


def test_skip_bad_rows_imports_the_good_ones_and_saves_the_rejected(tmp_path, empty_shop):
    rows = vn_rows()
    rows[3][0] = "32/01/2024"
    rows[4][8] = "=1+1"
    rejected_path = tmp_path / "rejected.csv"
    summary = run(empty_shop, write_csv(tmp_path / "bad.csv", rows), skip_bad_rows=True,
                  rejected_rows_path=rejected_path)
    assert (summary.lines_added, summary.rows_rejected) == (3, 2)
    with open(rejected_path, encoding="utf-8-sig", newline="") as fh:
        written = list(csv.reader(fh))
    assert written[0] == [*rows[0], "Problem"]
    assert written[1][:10] == rows[3]
    assert written[2][8] == "'=1+1"  # a formula is written as text
    assert "row 5, column “Đơn giá”" in written[2][10]


def test_totals_and_empty_rows_are_ignored(tmp_path, empty_shop):
    rows = vn_rows()
    rows.insert(2, [""] * 10)
    rows.append(["Tổng cộng", "", "", "", "", "", "", "6", "", "537.000"])
    rows.append(["", "", "", "", "", "", "", "", "", ""])
    summary = run(empty_shop, write_csv(tmp_path / "report.csv", rows))
    assert (summary.rows_read, summary.lines_added, summary.rows_rejected) == (5, 5, 0)


def test_customers_matched_by_code_then_phone_then_email(tmp_path, empty_shop, read):
    conn = connect(empty_shop)
    with conn:
        conn.execute("INSERT INTO customers (id, code, name, phone, email) VALUES "
                     "(1, 'KH01', 'An', NULL, NULL), (2, NULL, 'Bình', '0912345679', NULL), "
                     "(3, NULL, 'Chi', NULL, 'chi@example.com'), (4, 'KH09', 'Dũng', '0988888888', NULL)")
    conn.close()
    rows = [["Ngày", "Mã KH", "Điện thoại", "Email", "Khách hàng", "Thành tiền"],
            ["15/01/2024", "KH01", "0911 111 111", "", "Nguyễn Văn An", "100.000"],
            ["15/01/2024", "", "+84 912 345 679", "", "Trần Thị Bình", "200.000"],
            ["15/01/2024", "", "", "Chi@Example.com", "Chi", "300.000"],
            ["15/01/2024", "KH10", "0988888888", "", "Dũng khác", "400.000"]]  # another code: a new person
    summary = run(empty_shop, write_csv(tmp_path / "m.csv", rows))
    assert (summary.customers_added, summary.customers_updated) == (1, 1)
    assert read("SELECT id, code, phone, revenue FROM customers ORDER BY id") == [
        (1, "KH01", "0911111111", 100_000_000), (2, None, "0912345679", 200_000_000), (3, None, None, 300_000_000),
        (4, "KH09", "0988888888", 0), (5, "KH10", "0988888888", 400_000_000)]
    # a missing phone was filled in (above), existing attributes kept
    assert read("SELECT name FROM customers WHERE id = 1") == [("An",)]
    assert read("SELECT email FROM customers WHERE id = 3") == [("chi@example.com",)]


def test_cancelled_orders_are_skipped_and_remove_earlier_lines_until_undone(tmp_path, empty_shop, read):
    header = ["Mã hóa đơn", "Thời gian", "Mã khách hàng", "Tên khách hàng", "Trạng thái", "Mã hàng", "Tên hàng",
              "Số lượng", "Đơn giá", "Thành tiền"]
    lines = [["HD001", "15/01/2024 09:30", "KH01", "An", "Hoàn thành", "SP1", "Trà", 2, 150000, 300000],
             ["HD001", "15/01/2024 09:30", "KH01", "An", "Hoàn thành", "SP2", "Bánh", 1, 45000, 45000],
             ["HD002", "16/01/2024 10:00", "KH02", "Bình", "Hoàn thành", "SP1", "Trà", 1, 150000, 150000],
             ["HD003", "16/01/2024 11:00", "KH03", "Chi", "Đã hủy", "SP1", "Trà", 5, 150000, 750000]]
    first = run(empty_shop, write_xlsx(tmp_path / "jan.xlsx", {"Hóa đơn": [header, *lines]}))
    assert (first.lines_added, first.cancelled_lines, first.customers_added) == (3, 1, 2)
    assert read("SELECT COUNT(*) FROM customers WHERE code = 'KH03'") == [(0,)]
    # later export: HD001 was cancelled after all (its status is on its first line only)
    later = [lines[0][:4] + ["Đã hủy"] + lines[0][5:], lines[1][:4] + [""] + lines[1][5:], lines[2]]
    second = run(empty_shop, write_xlsx(tmp_path / "jan2.xlsx", {"Hóa đơn": [header, *later]}))
    assert (second.lines_added, second.lines_removed, second.cancelled_lines) == (0, 2, 2)
    assert read("SELECT invoices, revenue FROM customers WHERE code = 'KH01'") == [(0, 0)]
    undo = importing.undo_import(connect(empty_shop), second.import_id)
    assert undo.lines_restored == 2
    assert read("SELECT invoices, revenue FROM customers WHERE code = 'KH01'") == [(1, 345_000_000)]


def test_returns_are_negative_lines(tmp_path, empty_shop, read):
    rows = [["Date", "Time", "Transaction ID", "Gross Sales", "Net Sales", "Event Type", "Customer ID",
             "Customer Name", "Location"],
            ["01/15/2024", "10:23:45", "T1", "$12.50", "$12.50", "Payment", "C1", "Ann", "Main"],
            ["01/16/2024", "08:00:00", "T2", "$30.00", "$27.00", "Payment", "C1", "Ann", "Main"],
            ["01/17/2024", "09:00:00", "T3", "-$12.50", "-$12.50", "Refund", "C1", "Ann", "Main"],
            ["01/18/2024", "09:00:00", "T4", "$5.00", "$5.00", "Refund", "C2", "Bob", "Main"]]
    summary = run(empty_shop, write_csv(tmp_path / "square.csv", rows))
    assert summary.preset == "square_transactions"
    assert read("SELECT amount FROM sales ORDER BY sold_at") == [(12_500,), (27_000,), (-12_500,), (-5_000,)]
    assert read("SELECT revenue, returns, invoices FROM customers WHERE code = 'C1'") == [(39_500, -12_500, 2)]
    assert read("SELECT branch FROM sales GROUP BY branch") == [("Main",)]
    assert read("SELECT sold_at % 86400 FROM sales WHERE invoice = 'T1'") == [(10 * 3600 + 23 * 60 + 45,)]


def test_shopify_orders_with_cancelled_and_refunded_orders(tmp_path, empty_shop, read):
    header = ["Name", "Email", "Financial Status", "Created at", "Lineitem quantity", "Lineitem name",
              "Lineitem price", "Lineitem sku", "Lineitem discount", "Billing Name", "Billing Phone",
              "Billing Country", "Cancelled at", "Source"]
    rows = [["#1001", "ann@example.com", "paid", "2024-01-15 10:23:45 -0500", 2, "Tea", "12.50", "T-1", "5.00",
             "Ann Lee", "+1 555 0100", "US", "", "web"],
            ["#1001", "ann@example.com", "", "2024-01-15 10:23:45 -0500", 1, "Cup", "8.00", "C-1", "0", "", "", "",
             "", ""],
            ["#1002", "bob@example.com", "refunded", "2024-01-16 09:00:00 -0500", 1, "Tea", "12.50", "T-1", "0",
             "Bob Ray", "", "US", "", "web"],
            ["#1003", "cat@example.com", "paid", "2024-01-17 09:00:00 -0500", 1, "Tea", "12.50", "T-1", "0",
             "Cat Kim", "", "US", "2024-01-17 12:00:00 -0500", "pos"],
            ["#1004", "ANN@example.com", "paid", "2024-02-01 11:00:00 -0500", 1, "Cup", "8.00", "C-1", "0",
             "Ann Lee", "", "US", "", "pos"]]
    summary = run(empty_shop, write_csv(tmp_path / "orders_export.csv", [header, *rows]))
    assert summary.preset == "shopify_orders"
    assert (summary.lines_added, summary.cancelled_lines, summary.customers_added) == (3, 2, 1)
    # 2 x 12.50 - 5.00 discount + 8.00 on #1001 (its order-level cells are on its first line), 8.00 on #1004
    assert read("SELECT name, email, phone, country, invoices, revenue, main_channel FROM customers") == [
        ("Ann Lee", "ann@example.com", "+15550100", "US", 2, 36_000, "web")]
    assert read("SELECT amount FROM sales WHERE invoice = '#1001' ORDER BY amount") == [(8_000,), (20_000,)]


def test_customer_lists_create_and_update_attributes_and_undo_puts_them_back(tmp_path, empty_shop, read):
    run(empty_shop, write_csv(tmp_path / "s.csv", vn_rows()))
    header = ["Mã khách hàng", "Tên khách hàng", "Điện thoại", "Ngày sinh", "Giới tính", "Email", "Địa chỉ",
              "Khu vực giao hàng", "Nhóm khách hàng", "Ghi chú", "Tổng bán"]
    rows = [["KH01", "Nguyễn Văn An", "0912345678", "02/03/1990", "Nam", "an@example.com", "12 Lê Lợi",
             "Hồ Chí Minh - Quận 1", "VIP, Khách quen", "Thích trà sen", "345000"],
            ["KH05", "Lê Thị Em", "0977000111", "", "Nữ", "", "", "Hà Nội - Quận Ba Đình", "", "", "0"]]
    summary = run(empty_shop, write_xlsx(tmp_path / "khach_hang.xlsx", {"Khách hàng": [header, *rows]}))
    assert summary.kind == "customers" and summary.preset == "kiotviet_customers"
    assert (summary.customers_added, summary.customers_updated, summary.lines_added) == (1, 1, 0)
    assert read("SELECT birthday, gender, email, province, district, tags, revenue FROM customers "
                "WHERE code = 'KH01'") == [("1990-03-02", "male", "an@example.com", "Hồ Chí Minh", "Quận 1",
                                            "VIP, Khách quen", 345_000_000)]
    assert read("SELECT name, gender FROM customers WHERE code = 'KH05'") == [("Lê Thị Em", "female")]
    importing.undo_import(connect(empty_shop), summary.import_id)
    assert read("SELECT birthday, gender, email FROM customers WHERE code = 'KH01'") == [(None, None, None)]
    assert read("SELECT COUNT(*) FROM customers WHERE code = 'KH05'") == [(0,)]


def test_shopify_customers_then_orders_match_by_email(tmp_path, empty_shop, read):
    customers = [["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Phone",
                  "Total Spent", "Total Orders", "Tags"],
                 ["7012345678901", "Ann", "Lee", "ann@example.com", "yes", "", "36.00", "2", "vip"]]
    run(empty_shop, write_csv(tmp_path / "customers_export.csv", customers))
    orders = [["Name", "Email", "Financial Status", "Created at", "Lineitem quantity", "Lineitem name",
               "Lineitem price", "Lineitem sku"],
              ["#1001", "ann@example.com", "paid", "2024-01-15 10:23:45 -0500", 2, "Tea", "12.50", "T-1"]]
    summary = run(empty_shop, write_csv(tmp_path / "orders_export.csv", orders))
    assert summary.customers_added == 0
    assert read("SELECT code, name, marketing_consent, tags, revenue FROM customers") == [
        ("7012345678901", "Ann Lee", 1, "vip", 25_000)]


@pytest.mark.parametrize("stop_at", [1, 5, 10, 15, 20, 25, 30, 35])
def test_cancel_at_any_step_leaves_the_shop_exactly_as_before(tmp_path, empty_shop, stop_at):
    run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()[:3]))
    before = snapshot(empty_shop)
    source = importing.open_source(write_csv(tmp_path / "b.csv", vn_rows()))
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= stop_at

    try:
        importing.run_import(empty_shop, source, importing.guess_mapping(source), cancelled=cancelled)
    except ImportCancelled:
        assert snapshot(empty_shop) == before
    else:
        assert stop_at > len(asked)  # asked fewer times than that: the import finished


def test_dry_run_counts_and_changes_nothing(tmp_path, empty_shop):
    before = snapshot(empty_shop)
    summary = run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()), dry_run=True)
    assert (summary.lines_added, summary.customers_added, summary.import_id) == (5, 2, None)
    assert snapshot(empty_shop) == before


def test_preview_counts_without_writing(tmp_path, empty_shop):
    run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()[:3]))
    before = snapshot(empty_shop)
    rows = vn_rows()
    rows[4][0] = "hôm qua"
    source = importing.open_source(write_csv(tmp_path / "b.csv", rows))
    conn = connect(empty_shop)
    preview = importing.preview(source, importing.guess_mapping(source, conn), conn)
    conn.close()
    assert (preview.rows_read, preview.lines_to_add, preview.duplicates, preview.rows_rejected) == (5, 2, 2, 1)
    assert (preview.customers_new, preview.customers_matched) == (1, 1)  # KH02 is new, KH01 known
    assert preview.refusal and "hôm qua" in preview.refusal
    statuses = {r.row_number: r.status for r in preview.rows}
    assert statuses == {2: "duplicate", 3: "duplicate", 4: "new", 5: "rejected", 6: "return"}
    assert preview.rows[0].values["customer_name"] == "Nguyễn Văn An"
    assert snapshot(empty_shop) == before


def test_undo_removes_lines_and_the_customers_it_created(tmp_path, empty_shop, read):
    first = run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()[:2]))
    # HD001 has a second line in the newer file: replace stores it (keep, the default, would not)
    second = run(empty_shop, write_csv(tmp_path / "b.csv", vn_rows()), existing_invoices="replace")
    assert (second.lines_added, second.duplicates_skipped, second.lines_replaced) == (4, 1, 0)
    conn = connect(empty_shop)
    history = importing.list_imports(conn)
    assert [h["id"] for h in history] == [second.import_id, first.import_id]
    undo = importing.undo_import(conn, second.import_id)
    assert (undo.lines_removed, undo.customers_removed) == (4, 1)  # KH02 came with the second file
    assert read("SELECT code, invoices, revenue, returns FROM customers") == [("KH01", 1, 300_000_000, 0)]
    with pytest.raises(ImportRefused):
        importing.undo_import(conn, second.import_id)
    conn.close()
    assert read("SELECT undone_at IS NOT NULL FROM imports ORDER BY id") == [(0,), (1,)]


def test_fast_figures_equal_a_full_recompute(tmp_path, empty_shop):
    header = ["Ngày", "Số hóa đơn", "Mã KH", "Sản phẩm", "Nhóm hàng", "Số lượng", "Đơn giá", "Thành tiền", "Kênh bán"]
    rows = [header]
    channels = ["Cửa hàng", "Online", "Grab"]
    for i in range(400):
        month = 1 + i % 12
        quantity = -1 if i % 17 == 0 else 1 + i % 3
        price = 10000 + (i % 7) * 5000
        amount = 0 if i % 23 == 0 else quantity * price
        rows.append([f"{1 + i % 28:02d}/{month:02d}/2024 {i % 24:02d}:00", f"HD{i // 3:04d}", f"KH{i % 9:02d}",
                     f"SP{i % 11}", f"Nhóm {i % 4}", quantity, price, amount, channels[i % 3]])
    run(empty_shop, write_csv(tmp_path / "mixed.csv", rows))
    conn = connect(empty_shop)
    tables = {"customers": "SELECT id, first_purchase, last_purchase, invoices, purchase_lines, revenue, returns, "
                           "return_lines, first_category_id, main_channel FROM customers ORDER BY id",
              "months": "SELECT * FROM customer_months ORDER BY 1, 2",
              "categories": "SELECT * FROM customer_categories ORDER BY 1, 2"}
    fast = {k: conn.execute(q).fetchall() for k, q in tables.items()}
    assert len(fast["months"]) > 30 and fast["customers"][0][9] is not None
    with conn:
        aggregates.refresh(conn)
    full = {k: conn.execute(q).fetchall() for k, q in tables.items()}
    conn.close()
    assert fast == full


def test_a_second_import_for_known_customers_recomputes_their_figures(tmp_path, empty_shop, read):
    rows = vn_rows()
    run(empty_shop, write_csv(tmp_path / "a.csv", rows[:2]))
    # the files split HD001 between them: add keeps both halves
    run(empty_shop, write_csv(tmp_path / "b.csv", [rows[0], *rows[2:]]), existing_invoices="add")
    assert read("SELECT invoices, purchase_lines, revenue, returns, return_lines FROM customers WHERE code = 'KH01'") \
        == [(1, 2, 345_000_000, -45_000_000, 1)]


def test_import_record(tmp_path, empty_shop, read):
    summary = run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()))
    record = read("SELECT file_name, length(file_hash), preset, rows_read, lines_added, customers_added, kind, "
                  "mapping FROM imports")[0]
    assert record[:7] == ("a.csv", 64, "generic", 5, 5, 2, "sales")
    assert json.loads(record[7])["columns"]["date"] == "Ngày"
    assert summary.to_dict()["lines_added"] == 5


def test_file_changed_after_opening_is_refused(tmp_path, empty_shop):
    path = write_csv(tmp_path / "a.csv", vn_rows())
    source = importing.open_source(path)
    write_csv(path, vn_rows()[:3])
    with pytest.raises(ImportRefused):
        importing.run_import(empty_shop, source, importing.guess_mapping(source))


def test_an_import_marks_for_the_segment_snapshots_only_the_months_it_changed(tmp_path, empty_shop):
    from app.models import aggregates
    from app.services import segments

    header = ["Ngày", "Số hóa đơn", "Mã KH", "Sản phẩm", "Số lượng", "Đơn giá", "Thành tiền"]
    january = [header, ["05/01/2024", "HD1", "KH01", "SP1", 1, 10000, 10000],
               ["06/02/2024", "HD2", "KH02", "SP1", 1, 10000, 10000]]
    run(empty_shop, write_csv(tmp_path / "a.csv", january))
    conn = connect(empty_shop)
    segments.refresh_snapshots(conn)
    assert aggregates.months_changed_from(conn) is None
    conn.close()
    # KH01 (known, bought in January) buys again in March; KH03 is new
    march = [header, ["07/03/2024", "HD3", "KH01", "SP1", 2, 10000, 20000],
             ["08/03/2024", "HD4", "KH03", "SP1", 1, 10000, 10000]]
    run(empty_shop, write_csv(tmp_path / "b.csv", march))
    conn = connect(empty_shop)
    assert aggregates.months_changed_from(conn) == 202403
    segments.refresh_snapshots(conn)
    conn.close()
    # a late file with a February sale of KH01
    run(empty_shop, write_csv(tmp_path / "c.csv", [header, ["20/02/2024", "HD5", "KH01", "SP1", 1, 5000, 5000]]))
    conn = connect(empty_shop)
    assert aggregates.months_changed_from(conn) == 202402
    conn.close()


def test_line_keys_stay_what_earlier_versions_stored(tmp_path, empty_shop, read):
    """The keys that make a re-import add nothing must never change: a shop imported with an earlier
    version (these are the keys version 0.1 stored for this file) would otherwise get every line
    twice. A change of pandas' hash_array, of the key's inputs or of the mixing fails here."""
    run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()))
    assert read("SELECT invoice, line_key FROM sales ORDER BY invoice, line_key") == [
        ("HD001", 3411475206135823036), ("HD001", 3670431120891035691), ("HD002", 4147856485909555625),
        ("HD003", 8770953227600117716), ("TH001", 4103120275678254144)]


def test_line_keys_number_repeated_lines_by_occurrence_and_are_stable():
    """Equal parts get different keys by their occurrence in file order (the second identical line
    is a second line), keys depend on every part and on their order, and stay positive 63-bit values
    that never change between versions."""
    import numpy as np

    from app.services.importing.lines import line_keys, string_hashes

    a = np.array([1, 2, 1, 1, 2], dtype=np.int64)
    b = np.array([7, 7, 7, 8, 7], dtype=np.int64)
    steps = []
    keys = line_keys([a, b], step=lambda: steps.append(1))
    assert steps == [1]
    assert keys.dtype == np.int64 and (keys >= 0).all()
    assert len(set(keys.tolist())) == 5
    # a line's key depends only on its parts and how many identical lines came before it
    assert keys[[0, 1, 3]].tolist() == line_keys([a[[0, 1, 3]], b[[0, 1, 3]]]).tolist()
    assert keys[2] == line_keys([a[[0, 2]], b[[0, 2]]])[1]
    assert keys[4] == line_keys([a[[1, 4]], b[[1, 4]]])[1]
    assert line_keys([b, a]).tolist() != keys.tolist()
    assert line_keys([a, b, a]).tolist() != keys.tolist()
    assert line_keys([a]).tolist() == [277942679674205382, 1962137492414578237, 6812143158961437558,
                                       6146403475713449584, 5035269060092712660]
    codes = np.array([0, 1, -1, 0], dtype=np.int64)
    hashed = string_hashes(codes, np.array(["HD1", "HD2"], dtype=object))
    assert hashed.dtype == np.uint64
    assert hashed[0] == hashed[3] and hashed[:3].tolist() == [18258011726643827172, 7827779173456703136,
                                                              352696976476893101]
    assert hashed[2] == string_hashes(np.array([0]), np.array([""], dtype=object))[0]  # empty: the hash of ''


def test_order_level_values_are_filled_from_the_first_row_of_the_invoice():
    import numpy as np

    from app.services.importing.lines import _fill_within_invoice, _first_rows

    group = np.array([2, 0, 2, 1, 0, 2], dtype=np.int64)
    rows = np.array([1, 2, 4, 5], dtype=np.int64)
    assert _first_rows(group, rows, 4).tolist() == [1, -1, 2, -1]
    assert _first_rows(group, rows, 4, last=True).tolist() == [4, -1, 5, -1]
    assert _first_rows(group, np.empty(0, dtype=np.int64), 3).tolist() == [-1, -1, -1]

    values = np.array([0, 10, 20, 30, 0, 0, 0, 70], dtype=np.int64)
    missing = np.array([True, False, False, False, True, True, True, False])
    invoice = np.array([0, 0, 1, 1, 1, 2, -1, 0], dtype=np.int64)
    filled = _fill_within_invoice(values, missing, invoice)
    # row 0 and 4 take their invoice's first value; invoice 2 has none; row 6 has no invoice
    assert filled.tolist() == [10, 10, 20, 30, 20, 0, 0, 70]
    assert values.tolist() == [0, 10, 20, 30, 0, 0, 0, 70]  # the input is left alone
    nothing_missing = np.zeros(8, dtype=bool)
    assert _fill_within_invoice(values, nothing_missing, invoice) is values
    only_unknown = np.array([False] * 5 + [True, False, False])  # invoice 2 has no row with a value
    assert _fill_within_invoice(values, only_unknown, invoice) is values


def test_undo_refusals_name_the_import(tmp_path, empty_shop):
    summary = run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()[:2]))
    conn = connect(empty_shop)
    try:
        with pytest.raises(ImportRefused, match=r"^There is no import number 999\.$"):
            importing.undo_import(conn, 999)
        undo = importing.undo_import(conn, summary.import_id)
        assert (undo.import_id, undo.lines_removed, undo.lines_restored, undo.customers_removed,
                undo.customers_restored) == (summary.import_id, 1, 0, 1, 0)
        with pytest.raises(ImportRefused, match=r"^The import of a\.csv was already undone\.$"):
            importing.undo_import(conn, summary.import_id)
    finally:
        conn.close()


def test_insert_order_sorts_by_customer_then_key_and_keeps_every_row():
    import numpy as np

    from app.services.importing.runner import _insert_order

    rng = np.random.default_rng(5)
    for count, customers in ((1, 3), (2, 1), (50, 4), (1000, 1 << 20), (300, 1 << 40)):
        customer = rng.integers(0, customers, count).astype(np.int64)
        key = rng.integers(0, 1 << 62, count).astype(np.int64)
        order = _insert_order(customer, key)
        assert sorted(order.tolist()) == list(range(count))
        pairs = list(zip(customer[order].tolist(), key[order].tolist(), strict=True))
        assert pairs == sorted(pairs)
    assert _insert_order(np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)).tolist() == []
    # keys equal in their top bits keep the file order (customer 0 everywhere)
    same_top = np.array([5, 3, 4], dtype=np.int64)
    assert _insert_order(np.zeros(3, dtype=np.int64), same_top).tolist() == [0, 1, 2]


def test_quantities_and_shared_objects_bind_the_same_values():
    import numpy as np

    from app.services.importing.runner import _quantities, _shared_objects

    whole = _quantities(np.array([2.0, -1.0, 0.0]))
    assert whole.dtype == np.int64 and whole.tolist() == [2, -1, 0]
    assert _quantities(np.array([2.0, 1.5])).tolist() == [2.0, 1.5]
    shared = _shared_objects(np.array([7, 3, 7, 1], dtype=np.int64), none_below=3)
    assert shared.dtype == object and shared.tolist() == [7, 3, 7, None]
    assert shared[0] is shared[2]
    assert _shared_objects(np.array(["a", "b", "a"], dtype=object)).tolist() == ["a", "b", "a"]


CUSTOMER_LIST_HEADER = ["Mã khách hàng", "Tên khách hàng", "Điện thoại", "Ngày sinh", "Giới tính", "Email", "Địa chỉ",
                        "Khu vực giao hàng", "Nhóm khách hàng", "Ghi chú", "Tổng bán"]


def _customer_row(code="", name="", phone="", email=""):
    return [code, name, phone, "", "", email, "", "", "", "", "0"]


def test_a_customer_list_matches_by_code_then_phone_then_email_never_by_name_alone(tmp_path, empty_shop, read):
    """A customer list updates the customer it names (its values replace the stored ones): by code,
    else by phone, else by e-mail; a name alone is someone new (two people can share a name)."""
    run(empty_shop, write_csv(tmp_path / "s.csv", vn_rows()))
    rows = [_customer_row("KH01", "An Nguyễn", "0900000001"),  # by code, though the phone is new
            _customer_row("", "Bình Trần", "0912345679", "binh@example.com"),  # KH02 by phone
            _customer_row("", "Nguyễn Văn An")]  # KH01's old name: a namesake
    summary = run(empty_shop, write_xlsx(tmp_path / "khach_hang.xlsx", {"Khách hàng": [CUSTOMER_LIST_HEADER, *rows]}))
    assert (summary.customers_added, summary.customers_updated) == (1, 2)
    assert read("SELECT code, name, phone, email FROM customers ORDER BY id") == [
        ("KH01", "An Nguyễn", "0900000001", None), ("KH02", "Bình Trần", "0912345679", "binh@example.com"),
        (None, "Nguyễn Văn An", None, None)]
    by_email = run(empty_shop, write_xlsx(tmp_path / "khach_hang2.xlsx", {"Khách hàng": [
        CUSTOMER_LIST_HEADER, _customer_row("", "Bình T.", "", "binh@example.com")]}))
    assert (by_email.customers_added, by_email.customers_updated) == (0, 1)
    assert read("SELECT name FROM customers WHERE code = 'KH02'") == [("Bình T.",)]


def test_an_undo_is_written_in_the_log(tmp_path, empty_shop, caplog):
    import logging

    summary = run(empty_shop, write_csv(tmp_path / "a.csv", vn_rows()[:2]))
    conn = connect(empty_shop)
    try:
        with caplog.at_level(logging.INFO):
            importing.undo_import(conn, summary.import_id)
    finally:
        conn.close()
    assert f"import {summary.import_id} undone: 1 lines removed, 0 restored, 1 customers removed, 0 restored" \
        in [r.getMessage() for r in caplog.records]


def test_the_lines_of_a_file_keep_their_keys_when_a_later_export_adds_lines():
    """Line keys depend only on the lines before: a later export that repeats a file and adds lines
    gives the repeated lines the same keys (also for many identical lines, numbered in file order)."""
    import numpy as np

    from app.services.importing.lines import line_keys

    rng = np.random.default_rng(11)
    a = rng.integers(0, 3, 400).astype(np.int64)  # many identical lines, dozens of each
    b = rng.integers(0, 2, 400).astype(np.int64)
    keys = line_keys([a, b])
    for end in (1, 37, 150, 399):
        assert line_keys([a[:end], b[:end]]).tolist() == keys[:end].tolist()
