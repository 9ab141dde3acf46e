"""The one-page Customer focus report: text read back from the PDF (pdftotext), in both languages, on the
demo shop and on an empty shop; and the translations the command line reads from the .ts file."""

from __future__ import annotations

import subprocess
import sys

from app.services import catalogue


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _report(shop_path, out, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "app", "report", "--db", str(shop_path), "--pdf", str(out), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_report_of_the_demo_shop_in_english(demo_shop_path, tmp_path):
    from app.services.overview import figures
    from app.services.shop import open_shop

    out = tmp_path / "report.pdf"
    _report(demo_shop_path, out, "--lang", "en", "--period", "quarter")
    text = _pdf_text(out)
    assert _pages(out) == 1
    shop = open_shop(demo_shop_path)
    try:
        head = figures.headline(shop.conn, "quarter", with_months=False)
    finally:
        shop.close()
    assert "Customer focus report" in text and "This is the demo shop" in text
    customers_line = next(line for line in text.splitlines() if "Customers who bought" in line)
    assert customers_line.split()[-2:] == [str(head.current.customers), str(head.previous.customers)]
    assert "Top improvements from the journey maps" in text and "Checklist progress" in text
    assert "Check your progress: 0/5" in text


def test_report_of_the_demo_shop_in_vietnamese(demo_shop_path, tmp_path):
    out = tmp_path / "bao-cao.pdf"
    _report(demo_shop_path, out, "--lang", "vi")
    text = _pdf_text(out)
    assert "Báo cáo tập trung vào khách hàng" in text and "Quý này" in text
    assert "Kiểm tra tiến trình của bạn: 0/5" in text and "Customer focus report" not in text


def test_report_of_an_empty_shop(shop_path, shop, tmp_path):
    shop.close()
    out = tmp_path / "empty.pdf"
    _report(shop_path, out, "--lang", "en")
    text = _pdf_text(out)
    assert "No sales yet: import a sales spreadsheet first." in text
    assert "No segment is marked as a target yet." in text and "Customers who bought" not in text


def test_catalogue_reads_finished_translations():
    vi = catalogue.translator("vi")
    assert vi("Checklist", "Done") == "Đã xong"
    assert vi("Checklist", "no such text") == "no such text"
    assert catalogue.translator("en")("Checklist", "Done") == "Done"
