"""The JSON persona file (round trip, refusals that write nothing), the PDF (every user text
literally in the extracted text, only embedded TrueType subsets, one page per card, A3 poster) and
`python -m app personas`."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest

from app.services.errors import UserError
from app.services.personas import pdf, records, sharing
from app.services.personas.demo import portrait
from tests.personas.conftest import AMPERSAND, HARD_TEXT, MARKUP, hard_fields

ROOT = Path(__file__).resolve().parents[2]


def _text(data: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(data)
    return [page.get_textpage().get_text_range().replace("\r\n", "\n") for page in document]


def _fonts(data: bytes) -> list[bytes]:
    return re.findall(rb"/BaseFont\s*/([^\s/>]+)", data)


def _comparable(persona):
    return (persona.name, persona.fields, persona.segment_ref, persona.photo, persona.reviewed_on)


def test_json_round_trip_gives_the_same_persona(demo_shop, shop, tmp_path):
    conn = demo_shop.conn
    records.create(conn, HARD_TEXT, hard_fields(), segment_ref="tier:vip", photo=portrait("hanh", 120))
    out = tmp_path / "personas.json"
    assert sharing.export_file(conn, out) == 4
    changes = sharing.import_file(shop.conn, out).value
    assert [_comparable(c.after) for c in changes] == [_comparable(p) for p in records.list_personas(conn)]


def test_a_saved_segment_of_another_shop_is_dropped(demo_shop, shop):
    persona = records.Persona(0, "X", segment_ref="saved:1234")
    text = sharing.to_json([persona])
    assert sharing.parse(text, shop.conn)[0].segment_ref is None


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01not json", "not a persona file"),
    (json.dumps({"format": "something-else", "version": 1, "personas": []}).encode(), "not a persona file"),
    (json.dumps({"format": "regulars-personas", "version": 99, "personas": []}).encode(), "another version"),
    (json.dumps({"format": "regulars-personas", "version": 1, "personas": [{"name": ""}]}).encode(), "needs a name"),
    (json.dumps({"format": "regulars-personas", "version": 1,
                 "personas": [{"name": "A"}, {"name": "B", "photo": "!!"}]}).encode(), "not a persona file"),
    (json.dumps({"format": "regulars-personas", "version": 1,
                 "personas": [{"name": "A", "photo": base64.b64encode(b"MZ" * 100).decode()}]}).encode(),
     "not an image"),
], ids=["not json", "other format", "unknown version", "no name", "bad base64", "renamed exe photo"])
def test_a_bad_file_is_refused_and_nothing_is_written(shop, tmp_path, content, message):
    records.create(shop.conn, "Existing")
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        sharing.import_file(shop.conn, path)
    assert [p.name for p in records.list_personas(shop.conn)] == ["Existing"]


def test_an_oversized_file_is_refused(shop, tmp_path, monkeypatch):
    monkeypatch.setattr(sharing, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(sharing.to_json([records.Persona(0, "A" * 10, {"notes": "x" * 2000})]), encoding="utf-8")
    with pytest.raises(UserError, match="too large"):
        sharing.import_file(shop.conn, path)
    assert records.list_personas(shop.conn) == []


def test_the_pdf_holds_every_user_text_literally_in_embedded_truetype_subsets(demo_shop):
    conn = demo_shop.conn
    persona = records.create(conn, HARD_TEXT, hard_fields(), segment_ref="rfm:champions").after
    data = pdf.shop_pdf(conn, [persona])
    (text,) = _text(data)
    flat = " ".join(text.split())
    for expected in (HARD_TEXT, MARKUP, AMPERSAND, f"{MARKUP} {AMPERSAND} 1 <x", "Tiệm Trà Sen", "Champions"):
        assert expected in flat
    assert pdf.PLACEHOLDER in text and "🧋" not in text  # the emoji prints as the placeholder
    fonts = _fonts(data)
    assert fonts and all(re.fullmatch(rb"[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?", f) for f in fonts)
    assert b"/FontFile2" in data and b"Helvetica" not in data and b"Times" not in data


def test_long_text_shrinks_onto_one_page_per_card_and_the_poster_is_a3(demo_shop):
    conn = demo_shop.conn
    long = {key: ["Một ý rất dài " * 12] * 12 for key in ("needs", "attitudes", "goals", "challenges")}
    long.update(description="Rất dài. " * 400, notes="Ghi chú dài. " * 250)
    persona = records.create(conn, "Dài", long).after
    personas = records.list_personas(conn)
    data = pdf.shop_pdf(conn, personas)
    document = pypdfium2.PdfDocument(data)
    assert len(document) == len(personas) == 4
    assert [round(x) for x in document[0].get_size()] == [595, 842]
    poster = pypdfium2.PdfDocument(pdf.shop_pdf(conn, [persona], poster=True))
    assert len(poster) == 1 and [round(x) for x in poster[0].get_size()] == [842, 1191]
    with pytest.raises(UserError, match="no persona"):
        pdf.shop_pdf(conn, [])


def test_bold_and_italic_markup_use_the_dejavu_family():
    from reportlab.lib.fonts import tt2ps

    pdf.register_fonts()
    assert tt2ps(pdf.FAMILY, 1, 0) == "DejaVuSans-Bold"
    assert tt2ps(pdf.FAMILY, 0, 1) == "DejaVuSans-Oblique"
    assert tt2ps(pdf.FAMILY, 1, 1) == "DejaVuSans-BoldOblique"


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "personas", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_command_line(demo_file, tmp_path):
    import shutil

    shop = tmp_path / "demo.regulars"
    shutil.copy(demo_file, shop)
    listed = _cli("--db", shop, "--list", "--json")
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    assert len(items) == 3 and all(i["figures"]["customers"] > 0 for i in items)
    assert {i["segment_ref"] for i in items} == {"rfm:champions", "tier:vip", "rfm:loyal"}
    assert "Customers:" in _cli("--db", shop, "--list").stdout

    out = tmp_path / "all.pdf"
    assert _cli("--db", shop, "--pdf", out, "--all").returncode == 0
    assert len(_text(out.read_bytes())) == 3
    one = tmp_path / "one.pdf"
    assert _cli("--db", shop, "--pdf", one, "--id", items[1]["id"], "--poster").returncode == 0
    assert items[1]["name"] in " ".join(_text(one.read_bytes())[0].split())

    missing = _cli("--db", shop, "--pdf", tmp_path / "x.pdf", "--id", 999)
    assert missing.returncode == 2 and "no persona with id 999" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()

    exported = tmp_path / "p.json"
    assert _cli("--db", shop, "--export-json", exported).returncode == 0
    assert _cli("--db", shop, "--import-json", exported).returncode == 0
    assert len(json.loads(_cli("--db", shop, "--list", "--json").stdout)) == 6
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    refused = _cli("--db", shop, "--import-json", bad)
    assert refused.returncode == 2 and "not a persona file" in refused.stderr


def test_the_cards_labels_follow_the_shops_language_or_lang(demo_file, tmp_path):
    import shutil

    from app.services import catalogue

    shop = tmp_path / "demo.regulars"  # the demo shop is a Vietnamese shop
    shutil.copy(demo_file, shop)
    vietnamese = catalogue.translator("vi")("PersonaPdf", pdf.NUMBERS_TITLE)
    assert vietnamese != pdf.NUMBERS_TITLE
    for args, label in (((), vietnamese), (("--lang", "en"), pdf.NUMBERS_TITLE), (("--lang", "vi"), vietnamese)):
        out = tmp_path / f"cards{len(args)}.pdf"
        done = _cli("--db", shop, "--pdf", out, *args)
        assert done.returncode == 0, done.stderr
        first_page = " ".join(_text(out.read_bytes())[0].split())
        assert label in first_page, (args, label)
        other = pdf.NUMBERS_TITLE if label == vietnamese else vietnamese
        assert other not in first_page


def test_nothing_to_export_is_exit_2(shop_path, tmp_path):
    from app.services.shop import create_shop

    create_shop(shop_path, name="Empty").close()
    done = _cli("--db", shop_path, "--pdf", tmp_path / "x.pdf")
    assert done.returncode == 2 and "no persona" in done.stderr
