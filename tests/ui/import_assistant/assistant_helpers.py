"""Helpers for the import assistant tests: real spreadsheets written by the tests (a Vietnamese CSV in
UTF-8 with a byte-order mark, a semicolon CSV with Vietnamese number and date formats, an XLSX with a
title row above the header), and helpers that open the assistant the way the owner does and walk it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from app.ui import session
from app.ui.events import events

# (date dd/mm/yyyy, invoice, customer code, name, phone, product, quantity, unit price, amount)
VN_ROWS = [
    ("05/03/2024", "HD001", "KH01", "Nguyễn Thị Lan", "0912345678", "Trà sen", 2, 150000, 300000),
    ("05/03/2024", "HD001", "KH01", "Nguyễn Thị Lan", "0912345678", "Bánh pía", 1, 45000, 45000),
    ("12/03/2024", "HD002", "KH02", "Trần Văn Bình", "0987654321", "Trà ô long", 3, 120000, 360000),
    ("20/03/2024", "HD003", "", "", "", "Trà sen", 1, 150000, 150000),
    ("02/04/2024", "HD004", "KH01", "Nguyễn Thị Lan", "0912345678", "Trà sen", 1, 150000, 150000),
    ("15/04/2024", "HD005", "KH03", "Lê Thu Hà", "0901112233", "Ấm chén", 1, 850000, 850000),
]
VN_HEADER = ["Ngày", "Số hóa đơn", "Mã khách hàng", "Khách hàng", "Số điện thoại", "Sản phẩm", "Số lượng",
             "Đơn giá", "Thành tiền"]


def vn_customers(rows) -> set[str]:
    return {r[2] for r in rows if r[2]}


def vn_amount_total(rows) -> int:
    return sum(r[8] for r in rows)


@pytest.fixture
def vietnamese_csv(tmp_path) -> Path:
    """Comma-separated, UTF-8 with a BOM, Vietnamese headers."""
    path = tmp_path / "ban hang thang 3.csv"
    lines = [",".join(VN_HEADER)] + [",".join(str(v) for v in row) for row in VN_ROWS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


# (date dd/mm/yyyy, invoice, customer code, name, amount in VND)
SEMICOLON_ROWS = [
    ("03/02/2024", "A-1", "C7", "Phạm Minh", 1234567),
    ("13/02/2024", "A-2", "C8", "Hoàng Yến", 2500000),
    ("25/02/2024", "A-3", "C7", "Phạm Minh", 980000),
    ("01/03/2024", "A-4", "C9", "Đỗ Quang", 15750000),
]


def vn_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@pytest.fixture
def semicolon_csv(tmp_path) -> Path:
    """Semicolons, dd/mm/yyyy dates (13/02 tells the order), 1.234.567 amounts, UTF-8 without BOM."""
    path = tmp_path / "doanh thu.csv"
    lines = ["Ngày;Hóa đơn;Mã KH;Tên khách hàng;Thành tiền"]
    lines += [f"{d};{inv};{code};{name};{vn_number(amount)}" for d, inv, code, name, amount in SEMICOLON_ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


XLSX_ROWS = [
    (dt.datetime(2024, 5, 2, 9, 30), "INV-10", "Alice Brown", "alice@example.com", "Tea cups", 2, 12.5),
    (dt.datetime(2024, 5, 9, 14, 0), "INV-11", "Bob Green", "bob@example.com", "Green tea", 1, 8.0),
    (dt.datetime(2024, 5, 20, 11, 15), "INV-12", "Alice Brown", "alice@example.com", "Teapot", 1, 30.0),
]


@pytest.fixture
def titled_xlsx(tmp_path) -> Path:
    """An XLSX with a title and an empty row above the header (the header is on row 3)."""
    from openpyxl import Workbook

    path = tmp_path / "may.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Sales May"
    sheet.append(["Sales report, May 2024"])
    sheet.append([])
    sheet.append(["Date", "Invoice", "Customer", "Email", "Product", "Qty", "Price"])
    for row in XLSX_ROWS:
        sheet.append(list(row))
    other = book.create_sheet("Notes")
    other.append(["Nothing to import here"])
    book.save(path)
    return path


def open_assistant(window, qtbot, paths):
    """Asks for an import the way the menu, the banner and a drop do; returns the assistant once the
    first file has been read."""
    events.import_requested.emit([str(p) for p in paths])
    assistant = window.import_controller.assistant
    assert assistant is not None and assistant.isVisible()
    if paths:
        qtbot.waitUntil(lambda: not assistant.file_page.busy(), timeout=20_000)
    return assistant


def next_page(assistant, qtbot) -> None:
    """Clicks Next (or Import on the preview page) once it is enabled."""
    button = assistant.button(QWizard.WizardButton.CommitButton if assistant.currentPage().isCommitPage()
                              else QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=20_000)
    before = assistant.currentId()
    button.click()
    assert assistant.currentId() == before + 1


def walk_to_preview(assistant, qtbot) -> None:
    assert assistant.currentId() == assistant.FILE
    next_page(assistant, qtbot)
    next_page(assistant, qtbot)
    qtbot.waitUntil(lambda: assistant.preview_page.result is not None or assistant.preview_page.notice.isVisible(),
                    timeout=30_000)


def import_to_the_end(assistant, qtbot):
    """From the preview page: Import, wait for the end, return the summary."""
    next_page(assistant, qtbot)
    qtbot.waitUntil(lambda: assistant.run_page.state not in ("running", "idle"), timeout=60_000)
    return assistant.run_page.summary


def shop_counts() -> dict:
    conn = session.current_shop().conn
    return {
        "lines": conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0],
        "customers": conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0],
        "amount": conn.execute("SELECT COALESCE(SUM(amount), 0) FROM sales").fetchone()[0],
        "imports": conn.execute("SELECT COUNT(*) FROM imports WHERE undone_at IS NULL").fetchone()[0],
    }
