"""Journey maps on paper and as pictures (PDF text and fonts checked with poppler's tools), the stored
maps, and the `journey` command."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from app.cli import main as cli
from app.services.journey import demo, render, store, texts
from app.services.journey import document as d
from app.services.journey.templates import from_template


def pdf_text(path, mode: str = "-raw") -> str:
    """The PDF's text; -raw keeps the drawing order, so a card's wrapped lines stay together."""
    return subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[2:]


def pdf_images(path) -> list[str]:
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[2:]


@pytest.fixture
def vietnamese_map():
    doc = demo.gift_buyer_map(dt.date(2026, 12, 1))
    lane = doc.lane_of_kind("actions").id
    doc.versions["actual"].cards.append(
        d.new_card("action", "Nguyễn Thị Ánh Tuyết, Quận Hoàn Kiếm, ưu đãi <b>&<img src=x> S&P 🙂", doc.stages[2].id, lane))
    return doc


def test_pdf_holds_every_stage_and_card_text_with_embedded_fonts_and_no_images(vietnamese_map, tmp_path):
    path = tmp_path / "map.pdf"
    render.export(vietnamese_map, path, "pdf", names=texts.names("vi"), label="Hành trình thực tế")
    text = " ".join(pdf_text(path).split())
    for stage in vietnamese_map.stages:
        assert stage.title in text
    assert "Nguyễn Thị Ánh Tuyết" in text and "<b>&<img src=x>" in text and "S&P" in text
    flat = text.replace(" ", "")
    for card in vietnamese_map.versions["actual"].cards:
        first_words = "".join(card.text.split()[:3])
        assert first_words.replace("🙂", "□") in flat
    fonts = pdf_fonts(path)
    assert fonts and all("TrueType" in line and " yes " in f" {line} " for line in fonts)
    assert all("Helvetica" not in line and "Times" not in line for line in fonts)
    assert pdf_images(path) == []


def test_tiled_pdf_repeats_the_lane_titles_and_labels_its_pages(vietnamese_map, tmp_path):
    path = tmp_path / "tiled.pdf"
    render.export(vietnamese_map, path, "pdf", pages_wide=3, paper="A3", names=texts.names("vi"))
    pages = pdf_text(path, "-layout").split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert "Điểm đau" in flat and "Cảm xúc" in flat      # lane titles on every page
        assert f"{number}/3" in flat
    assert "Nhận biết" in pages[0] and "Giới thiệu" in pages[2]    # stage headers with their columns


def test_svg_and_png_exports(vietnamese_map, tmp_path):
    from PIL import Image

    svg = tmp_path / "map.svg"
    render.export(vietnamese_map, svg, "svg")
    body = svg.read_text(encoding="utf-8")
    assert "&lt;b&gt;&amp;&lt;img" in body and "src=x&gt;" in body and "<img" not in body
    png = tmp_path / "map.png"
    render.export(vietnamese_map, png, "png", scale=2)
    one = tmp_path / "one.png"
    render.export(vietnamese_map, one, "png", scale=1)
    assert Image.open(png).size[0] == pytest.approx(2 * Image.open(one).size[0], abs=2)


def test_a_failed_export_leaves_nothing(vietnamese_map, tmp_path):
    from app.services.errors import UserError

    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    with pytest.raises(UserError, match="cannot be written"):
        render.export(vietnamese_map, not_a_folder / "map.pdf", "pdf")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["file.txt"]


def test_store_round_trip_and_review(shop):
    new_id = store.create(shop.conn, "six_stages", "en", "Walk-in tea buyers").value
    doc = store.load(shop.conn, new_id)
    d.set_emotion(doc, "actual", doc.stages[0].id, -1)
    store.save(shop.conn, new_id, doc)
    assert store.load(shop.conn, new_id) == doc
    assert store.mark_reviewed(shop.conn, new_id, dt.date(2026, 12, 1)).value is None
    [summary] = store.summaries(shop.conn, today=dt.date(2026, 12, 2))
    assert (summary.title, summary.stages, summary.review_due) == ("Walk-in tea buyers", 6, False)
    removed = store.delete(shop.conn, new_id).value
    assert store.summaries(shop.conn) == []
    store.add(shop.conn, removed[1], position=removed[2], journey_id=removed[0])
    assert store.load(shop.conn, new_id).title == "Walk-in tea buyers"


def test_saved_template_keeps_the_grid_not_the_findings(shop):
    from app.models import db

    with db.transaction(shop.conn):
        [first, _second] = demo.add_demo_maps(shop.conn, dt.date(2026, 12, 1))
    template_id = store.save_as_template(shop.conn, first, "Quà tặng").value
    new_id = store.create(shop.conn, f"own:{template_id}", title="Copy").value
    copy = store.load(shop.conn, new_id)
    original = store.load(shop.conn, first)
    assert [s.title for s in copy.stages] == [s.title for s in original.stages]
    assert all(not v.cards and not v.emotions for v in copy.versions.values())


def test_cli_lists_exports_and_imports(shop, tmp_path, capsys):
    from app.models import db

    with db.transaction(shop.conn):
        ids = demo.add_demo_maps(shop.conn, dt.date(2026, 12, 1))
    path = str(shop.path)
    shop.close()
    assert cli(["journey", "--db", path, "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [m["id"] for m in listed] == ids and listed[1]["review_due"] is True
    out_pdf = tmp_path / "m.pdf"
    assert cli(["journey", "--db", path, "--pdf", str(out_pdf), "--id", str(ids[0]), "--paper", "A3",
                "--pages-wide", "2", "--overlay"]) == 0
    assert "Anh Minh đặt quà Tết" in pdf_text(out_pdf)
    out_json = tmp_path / "m.json"
    assert cli(["journey", "--db", path, "--export-json", str(out_json), "--id", str(ids[0])]) == 0
    assert cli(["journey", "--db", path, "--import-json", str(out_json)]) == 0
    capsys.readouterr()
    assert cli(["journey", "--db", path, "--improvements", "--json"]) == 0
    improvements = json.loads(capsys.readouterr().out)
    assert improvements[0]["quick_win"] is True
    assert cli(["journey", "--db", path, "--gaps", "--id", str(ids[0]), "--json"]) == 0
    gaps = json.loads(capsys.readouterr().out)
    assert gaps[0]["stage"] == "Tương tác"
    assert cli(["journey", "--db", path, "--pdf", str(out_pdf)]) == 2
    assert "--id" in capsys.readouterr().err
    assert cli(["journey", "--db", path, "--svg", str(tmp_path / "x.svg"), "--id", "999"]) == 2


def test_blank_map_renders_without_cards(tmp_path):
    doc = from_template("blank", "en")
    path = tmp_path / "blank.pdf"
    render.export(doc, path, "pdf")
    assert "Stage 1" in pdf_text(path)


def test_a_card_backed_by_comments_says_how_many_customers_said_something_similar(shop, tmp_path):
    from app.models import customers, db
    from app.models import feedback as answers
    from app.services.journey import evidence

    conn = shop.conn
    with db.transaction(conn):
        people = [customers.create(conn, {"code": f"K{i}", "name": f"Khách {i}"}) for i in range(4)]
        slow = answers.ensure_tag(conn, "Giao hàng chậm")[0]
        first = answers.insert_response(conn, {"answered_at": 1, "customer_id": people[0], "score": 3,
                                               "comment": "Giao hàng chậm quá"})
        second = answers.insert_response(conn, {"answered_at": 2, "customer_id": people[1], "score": 5,
                                                "comment": "Chờ giao lâu"})
        again = answers.insert_response(conn, {"answered_at": 3, "customer_id": people[1], "score": 4,
                                               "comment": "Lại giao chậm"})
        answers.insert_response(conn, {"answered_at": 4, "customer_id": people[2], "score": 10, "comment": "Ngon"})
        anonymous = answers.insert_response(conn, {"answered_at": 5, "customer_id": None, "score": 2,
                                                   "comment": "Chậm"})
        answers.add_response_tags(conn, [(first, slow), (second, slow), (again, slow), (anonymous, slow)])
    doc = demo.gift_buyer_map(dt.date(2026, 12, 1))
    pain = next(c for c in doc.versions["actual"].cards if c.kind == "pain")
    pain.feedback_ids = [first]
    # people[0] and people[1] (twice, one person) and one anonymous answer share the tag: 3 customers
    assert evidence.said_counts(conn, doc, "actual") == {pain.id: 3}
    assert [c.id for c in evidence.linked_comments(conn, [first, 999])] == [first]
    path = tmp_path / "evidence.pdf"
    render.export(doc, path, "pdf", names=texts.names("vi"), said=evidence.said_counts(conn, doc, "actual"))
    assert "3 khách nói vậy" in pdf_text(path)
