"""The one-page Customer focus report: text read back from the PDF (pdftotext, pypdfium2), in both
languages, on the demo shop, on an empty shop and on one with many segments, personas and improvements
(still one page); the NPS with its interval or its warning, the personas' faces; and the translations
the command line reads from the .ts file."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

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
    assert f"Check your progress: {_progress_done(demo_shop_path)}/5" in text


def _progress_done(shop_path) -> int:
    from app.services.checklist import items
    from app.services.shop import open_shop

    shop = open_shop(shop_path, read_only=True)
    try:
        return items.progress(items.list_items(shop.conn))["progress"].done
    finally:
        shop.close()


def test_report_of_the_demo_shop_in_vietnamese(demo_shop_path, tmp_path):
    out = tmp_path / "bao-cao.pdf"
    _report(demo_shop_path, out, "--lang", "vi")
    text = _pdf_text(out)
    assert "Báo cáo tập trung vào khách hàng" in text and "Quý này" in text
    assert f"Kiểm tra tiến trình của bạn: {_progress_done(demo_shop_path)}/5" in text
    assert "Customer focus report" not in text


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


def _text_of(data: bytes) -> str:
    import io

    import pypdfium2

    assert data.startswith(b"%PDF")
    return "\n".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(io.BytesIO(data)))


def _page_count(data: bytes) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(data))


def _images(data: bytes) -> int:
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    page = pypdfium2.PdfDocument(data)[0]
    return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3))


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_report_has_the_nps_with_its_interval_and_the_personas_faces(demo_shop_path, lang):
    from app.services.feedback import nps
    from app.services.overview import report
    from app.services.personas import records
    from app.services.shop import open_shop

    shop = open_shop(demo_shop_path)
    try:
        data = report.report_pdf(shop.conn, translate=catalogue.translator(lang))
        score = nps.overall(shop.conn)
        personas = records.list_personas(shop.conn)
    finally:
        shop.close()
    text = " ".join(_text_of(data).split())
    interval = {"en": "(95% interval {low} to {high}; {count} answers)",
                "vi": "(khoảng tin cậy 95%: từ {low} đến {high}; {count} câu trả lời)"}[lang]
    assert f"{nps.signed(score.nps)} " + interval.format(
        low=nps.signed(score.ci_low), high=nps.signed(score.ci_high), count=score.responses) in text
    assert ("Net Promoter Score" if lang == "en" else "Chỉ số NPS") in text
    assert personas and all(" ".join(p.name.split()) in text for p in personas)
    assert _images(data) == sum(1 for p in personas if p.photo) > 0  # one face per persona with a photo
    assert _page_count(data) == 1


def test_the_report_of_too_few_answers_warns(shop):
    from app.services.feedback import nps, responses
    from app.services.overview import report

    data = report.report_pdf(shop.conn)
    assert "No answers yet, so there is no score." in " ".join(_text_of(data).split())
    for score in (10, 9, 3):
        responses.add_response(shop.conn, {"score": score, "answered_at": 1_750_000_000})
    found = nps.overall(shop.conn)
    text = " ".join(_text_of(report.report_pdf(shop.conn)).split())
    assert "+33 (95% interval" in text and "Too few answers to trust this score" in text
    assert f"anywhere from {nps.signed(found.ci_low)} to {nps.signed(found.ci_high)}" in text


def test_a_shop_with_many_segments_personas_and_improvements_still_fits_one_page(shop, builder, tmp_path):
    import io

    from PIL import Image

    from app.services.journey import document
    from app.services.journey import store as journeys
    from app.services.overview import report
    from app.services.personas import records
    from app.services.segments import rules, targeting

    for i in range(30):
        who = builder.customer(f"C{i}", name=f"Khách {i}")
        builder.buy(who, dt.date(2025, 1 + i % 6, 1 + i), 100 + 10 * i)
    builder.commit()
    for i in range(25):
        segment = rules.save_segment(shop.conn, f"Phân khúc rất dài số {i} cho khách ở gần cửa hàng",
                                     {"all": [{"field": "code", "op": "equals", "value": f"C{i}"}]}).value
        targeting.set_target_profile(shop.conn, f"saved:{segment}", is_target=True)
    photo = io.BytesIO()
    Image.new("RGB", (64, 64), (40, 120, 200)).save(photo, "JPEG")
    for i in range(24):
        records.create(shop.conn, f"Chị Người Mẫu {i} – dân văn phòng mê trà sữa", photo=photo.getvalue())
    for m in range(6):
        journey_id = journeys.create(shop.conn, "six_stages", "vi", f"Hành trình {m}").value
        doc = journeys.load(shop.conn, journey_id)
        for c in range(10):
            document.add_card(doc, "actual", document.Card(
                f"c{c}", "opportunity", f"Cải tiến {m}.{c}: " + "trả lời tin nhắn nhanh hơn " * 4,
                doc.stages[0].id, doc.lanes[0].id, improvement=document.Improvement()))
        journeys.save(shop.conn, journey_id, doc)
    data = report.report_pdf(shop.conn, translate=catalogue.translator("vi"))
    text = " ".join(_text_of(data).split())
    assert _page_count(data) == 1 and _images(data) == 24
    assert "Chị Người Mẫu 23 – dân văn phòng mê trà sữa" in text and "số 24 cho khách" in text
    (tmp_path / "many.pdf").write_bytes(data)
    pdftotext = _pdf_text(tmp_path / "many.pdf")  # the second extractor agrees
    assert "Chỉ số NPS" in pdftotext and "Chị Người Mẫu 0" in pdftotext
