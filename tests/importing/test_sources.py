"""Reading the files shops really have: encodings, delimiters, workbooks, HTML tables, title rows,
and the quick, clear refusal of files that cannot be read."""

from __future__ import annotations

import os
import random
import zipfile

import pytest

from app.services import importing
from app.services.importing import ImportRefused
from tests.importing.conftest import VN_HEADER, connect, run, vn_rows, write_csv, write_html_xls, write_xlsx


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1258", ","), ("cp1258", ";"),
])
def test_vietnamese_text_files_in_every_encoding_and_delimiter(tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "ban_hang.csv", vn_rows(), encoding=encoding, delimiter=delimiter)
    source = importing.open_source(path)
    assert source.format == "csv"
    assert source.delimiter == delimiter
    assert source.encoding.replace("-sig", "") == ("utf-16" if encoding == "utf-16" else encoding.replace("-sig", ""))
    assert list(source.headers) == VN_HEADER  # NFC text, whatever the bytes
    assert source.sample_rows[1][3] == "Nguyễn Văn An"
    assert source.sample_row_numbers[0] == 2


def test_windows_1252_text(tmp_path):
    rows = [["Date", "Customer", "Amount"], ["03/02/2024", "Zoë Müller", "12,50"], ["04/02/2024", "José", "7,00"]]
    source = importing.open_source(write_csv(tmp_path / "sales.csv", rows, encoding="cp1252", delimiter=";"))
    assert source.encoding == "cp1252"
    assert source.sample_rows[0][1] == "Zoë Müller"


def test_windows_text_whose_first_megabyte_is_plain_ascii_still_imports(tmp_path, empty_shop):
    rows = [["Date", "Customer", "Amount"]] + [["15/01/2024", f"Customer {i}", "10000"] for i in range(60000)]
    path = write_csv(tmp_path / "big.csv", rows, encoding="ascii")
    with open(path, "ab") as fh:  # one Windows-1252 byte (é) far beyond the sniffed head
        fh.write("16/01/2024,Caf\xe9,20000\r\n".encode("cp1252"))
    assert os.path.getsize(path) > 1 << 20
    source = importing.open_source(path)
    assert source.encoding == "utf-8"
    summary = importing.run_import(empty_shop, source, importing.guess_mapping(source))
    assert summary.lines_added == 60001
    conn = connect(empty_shop)
    assert conn.execute("SELECT name FROM customers WHERE name LIKE 'Caf%'").fetchone() == ("Café",)
    conn.close()


def test_a_file_that_mixes_encodings_is_refused(tmp_path, empty_shop):
    rows = [["Ngày", "Khách hàng", "Thành tiền"]] + [["15/01/2024", f"Khach {i}", "10000"] for i in range(60000)]
    path = write_csv(tmp_path / "mixed.csv", rows, encoding="utf-8")
    with open(path, "ab") as fh:
        fh.write("16/01/2024,Caf\xe9,20000\r\n".encode("cp1252"))
    source = importing.open_source(path)
    with pytest.raises(ImportRefused) as info:
        importing.run_import(empty_shop, source, importing.guess_mapping(source))
    assert "encodings" in str(info.value)


def test_header_row_found_below_title_rows_in_text_and_workbooks(tmp_path):
    rows = [["CỬA HÀNG TRÀ SEN"], ["Báo cáo bán hàng tháng 1/2024"], [], *vn_rows()]
    csv_source = importing.open_source(write_csv(tmp_path / "report.csv", rows))
    assert csv_source.header_row == 3
    assert list(csv_source.headers) == VN_HEADER
    xlsx_source = importing.open_source(write_xlsx(tmp_path / "report.xlsx", {"Báo cáo": rows}, start="B2"))
    assert xlsx_source.header_row == 4  # rows 1 (empty), 2-3 titles, 4 empty, 5 header: index 4
    assert list(xlsx_source.headers[1:]) == VN_HEADER  # column A is empty
    assert xlsx_source.sample_row_numbers[0] == 6


def test_workbook_picks_the_sheet_with_data_and_can_switch(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Ghi chú": [["Xuất từ phần mềm bán hàng"]],
        "Hóa đơn": vn_rows(),
        "Khách hàng": [["Mã khách hàng", "Tên khách hàng", "Điện thoại"], ["KH01", "An", "0912345678"]],
    })
    source = importing.open_source(path)
    assert source.sheets == ("Ghi chú", "Hóa đơn", "Khách hàng")
    assert source.sheet == "Hóa đơn"
    other = importing.choose_sheet(source, "Khách hàng")
    assert other.headers == ("Mã khách hàng", "Tên khách hàng", "Điện thoại")
    assert importing.guess_mapping(other).preset == "kiotviet_customers"
    with pytest.raises(ImportRefused):
        importing.choose_sheet(source, "Không có")


def test_choose_header_row_by_hand(tmp_path):
    rows = [["x", "y"], ["Ngày", "Tiền"], ["15/01/2024", "5000"]]
    source = importing.open_source(write_csv(tmp_path / "t.csv", rows))
    assert source.headers == ("Ngày", "Tiền")
    first = importing.choose_header_row(source, 0)
    assert first.headers == ("x", "y")
    assert first.sample_rows[0] == ("Ngày", "Tiền")


def test_html_table_saved_as_xls(tmp_path, empty_shop):
    path = write_html_xls(tmp_path / "export.xls", vn_rows())
    source = importing.open_source(path)
    assert source.format == "html"
    assert list(source.headers) == VN_HEADER
    summary = importing.run_import(empty_shop, source, importing.guess_mapping(source))
    assert summary.lines_added == 5


def test_real_excel_97_xls_workbook_below_a_title(tmp_path, empty_shop, read):
    """A binary (BIFF) .xls as older point-of-sale systems and Excel 97-2003 save it: a title row, a
    blank row, real date cells and number cells; imported like the same data in any other format."""
    import datetime as dt

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Bán hàng")
    sheet.write(0, 0, "BÁO CÁO BÁN HÀNG THÁNG 1/2024")
    for col, title in enumerate(VN_HEADER):
        sheet.write(2, col, title)
    stamp = xlwt.easyxf(num_format_str="dd/mm/yyyy hh:mm")
    for r, row in enumerate(vn_rows()[1:], start=3):
        for col, value in enumerate(row):
            if col == 0:
                sheet.write(r, col, dt.datetime.strptime(value, "%d/%m/%Y %H:%M"), stamp)
            elif col >= 7:
                sheet.write(r, col, float(value.replace(".", "")))
            else:
                sheet.write(r, col, value)
    path = tmp_path / "bao_cao.xls"
    book.save(str(path))
    assert path.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")  # an OLE2 compound file, not HTML

    source = importing.open_source(path)
    assert source.format == "xls"
    assert list(source.headers) == VN_HEADER and source.header_row == 2
    summary = run(empty_shop, path)
    assert (summary.lines_added, summary.rows_rejected) == (5, 0)
    assert read("SELECT code, invoices, revenue, returns FROM customers ORDER BY code") == [
        ("KH01", 1, 345_000_000, -45_000_000), ("KH02", 1, 87_000_000, 0)]
    assert read("SELECT MIN(sold_at), MAX(sold_at) FROM sales") == [
        (int(dt.datetime(2024, 1, 15, 9, 30).replace(tzinfo=dt.UTC).timestamp()),
         int(dt.datetime(2024, 1, 20, 8, 15).replace(tzinfo=dt.UTC).timestamp()))]


def test_ods_workbook(tmp_path):
    import pandas as pd

    path = tmp_path / "sales.ods"
    rows = vn_rows()
    pd.DataFrame(rows[1:], columns=rows[0]).to_excel(path, engine="odf", index=False)
    source = importing.open_source(path)
    assert source.format == "ods"
    assert list(source.headers) == VN_HEADER


def test_data_rows_estimate_of_a_text_file(tmp_path):
    rows = [["Date", "Amount"]] + [[f"2024-01-{1 + i % 28:02d}", str(i)] for i in range(100)]
    assert importing.open_source(write_csv(tmp_path / "a.csv", rows)).data_rows_estimate == 100


# ----------------------------------------------------------------------------------------- refusals

def _refused(path) -> str:
    with pytest.raises(ImportRefused) as info:
        importing.open_source(path)
    return str(info.value)


def test_refuses_missing_empty_and_folders(tmp_path):
    assert "does not exist" in _refused(tmp_path / "nope.csv")
    assert "folder" in _refused(tmp_path)
    (tmp_path / "empty.csv").write_bytes(b"")
    assert "empty" in _refused(tmp_path / "empty.csv")
    (tmp_path / "blank.csv").write_bytes(b"\r\n  \r\n")
    assert "empty" in _refused(tmp_path / "blank.csv")


def test_refuses_binary_junk(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 64)
    assert "not a spreadsheet" in _refused(path)


def _junk(lines: int, length: int, low: int, high: int, end: bytes = b"\r\n") -> bytes:
    rng = random.Random(lines * length)
    return end.join(bytes(rng.randrange(low, high) for _ in range(length)) for _ in range(lines))


@pytest.mark.parametrize("junk", [
    _junk(1, 5000, 0x21, 0x7F),  # printable ASCII, no line breaks
    _junk(80, 70, 0x21, 0x7F),
    _junk(100, 60, 0xA0, 0x100, b"\n"),  # 8-bit bytes that Windows-1252 reads as letters and signs
])
def test_refuses_junk_that_decodes_as_text_before_any_column_is_asked_for(tmp_path, junk):
    path = tmp_path / "junk.csv"
    path.write_bytes(junk)
    assert "is not a spreadsheet or a text table" in _refused(path)


def test_a_table_with_emails_phones_currency_and_bracketed_units_is_not_junk(tmp_path):
    rows = [["Order", "Date", "E-mail", "Phone", "Total [VND]", "Note"],
            *[[f"#{1000 + i}", "2024-03-01 10:00", f"a.b+{i}@example.com", "+84 912 345 678", f"{i},000 ₫",
               "<b>gift</b> ~ wrap {x} | ^_^"] for i in range(30)]]
    source = importing.open_source(write_csv(tmp_path / "orders.csv", rows))
    assert source.headers[4] == "Total [VND]" and len(source.sample_rows) == 30


def test_refuses_a_truncated_workbook(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", {"Data": vn_rows()})
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "damaged or incomplete" in _refused(cut)


def test_refuses_a_password_protected_workbook(tmp_path):
    # An encrypted .xlsx is an OLE compound file holding an "EncryptedPackage" stream: this is the
    # header sector and directory entry layout, not a full Office encryption.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entry = "EncryptedPackage".encode("utf-16-le") + bytes(2)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(header + entry.ljust(128, b"\x00") + bytes(4096))
    assert "password" in _refused(path)


def test_refuses_a_decompression_bomb_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            block = b"\x00" * (1 << 20)
            for _ in range(120):  # 120 MB of zeros: compresses about 1000 times
                fh.write(block)
    assert path.stat().st_size < 1 << 20
    assert "far more data" in _refused(path)


def test_refuses_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<document/>")
    assert "not a spreadsheet" in _refused(path)


def test_refuses_a_file_without_a_date_or_amount_column(tmp_path, empty_shop):
    path = write_csv(tmp_path / "list.csv", [["Tên", "Ghi chú"], ["An", "khách quen"]])
    source = importing.open_source(path)
    mapping = importing.guess_mapping(source)
    assert mapping.missing()
    with pytest.raises(ImportRefused) as info:
        importing.run_import(empty_shop, source, mapping)
    assert "date" in str(info.value)
