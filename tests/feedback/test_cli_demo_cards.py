"""`python -m app nps` and `python -m app feedback import|cards` run as the owner would run them; the
demo shop's answers; the survey-card PDF checked by extracting its text."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import demo
from app.services.feedback import cards
from app.services.importing.sources import is_vietnamese
from tests.importing.conftest import write_csv

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 6, 15)


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("feedback-demo") / "demo.regulars"
    demo.create_demo_shop(path, today=TODAY).close()
    return path


def test_demo_answers_premium_happier_follow_ups_in_each_state(demo_path):
    from app.services.feedback import nps

    conn = sqlite3.connect(demo_path)
    try:
        count, first, last = conn.execute(
            "SELECT COUNT(*), MIN(answered_at), MAX(answered_at) FROM feedback_responses").fetchone()
        assert 200 <= count <= 500
        assert (last - first) / 86400 > 300 and last < (TODAY - dt.date(1970, 1, 1)).days * 86400
        comments = [c for (c,) in conn.execute("SELECT comment FROM feedback_responses WHERE comment != ''")]
        assert len(comments) > count / 2 and all(is_vietnamese([c]) or c in ("Ổn.",) for c in comments)
        statuses = {s for (s,) in conn.execute("SELECT status FROM feedback_followups")}
        assert statuses == {"todo", "contacted", "resolved"}
        assert conn.execute("SELECT COUNT(*) FROM feedback_response_tags").fetchone()[0] > 50
        assert "Giao hàng chậm" in {n for (n,) in conn.execute("SELECT name FROM feedback_tags")}
    finally:
        conn.close()
    from app.services.shop import open_shop

    shop = open_shop(demo_path)
    try:
        premium = nps.premium_comparison(shop.conn)
        occasional = {s.group: s for s in nps.by_group(shop.conn, "tier")}["occasional"]
    finally:
        shop.close()
    assert premium.premium.nps - premium.rest.nps > 30 and premium.difference.significant
    assert premium.premium.nps > occasional.nps + 30


def test_nps_command_json_by_group(demo_path):
    overall = _cli("nps", "--db", str(demo_path), "--json")
    assert overall.returncode == 0, overall.stderr
    [row] = json.loads(overall.stdout)
    assert set(row) == {"group", "responses", "promoters", "passives", "detractors", "nps", "ci_low", "ci_high",
                        "too_few"}
    assert row["promoters"] + row["passives"] + row["detractors"] == row["responses"]
    assert row["nps"] == round(100 * (row["promoters"] - row["detractors"]) / row["responses"], 1)

    premium = json.loads(_cli("nps", "--db", str(demo_path), "--json", "--by", "premium").stdout)
    assert [r["group"] for r in premium] == ["premium", "rest"] and all("difference_significant" in r for r in premium)
    months = json.loads(_cli("nps", "--db", str(demo_path), "--json", "--by", "month", "--latest-per-customer",
                             "--since", "2026-01-01").stdout)
    assert months[0]["group"] == "01/2026" and sum(m["responses"] for m in months) < row["responses"]
    bad = _cli("nps", "--db", str(demo_path), "--since", "yesterday")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_feedback_import_command_refuses_with_row_and_column_then_imports(tmp_path):
    shop = tmp_path / "shop.regulars"
    assert _cli("demo", "--db", str(shop), "--customers", "30").returncode == 0
    path = write_csv(tmp_path / "form.csv", [["Timestamp", "How likely are you to recommend us?"],
                                             ["3/1/2026 10:00:00", "9"], ["3/2/2026 10:00:00", "12"]])
    refused = _cli("feedback", "import", str(path), "--db", str(shop), "--json")
    assert refused.returncode == 2
    assert "row 3, column “How likely are you to recommend us?”" in refused.stderr
    write_csv(path, [["Timestamp", "How likely are you to recommend us?"], ["3/1/2026 10:00:00", "9"]])
    first = _cli("feedback", "import", str(path), "--db", str(shop), "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["added"] == 1
    assert json.loads(_cli("feedback", "import", str(path), "--db", str(shop), "--json").stdout)["added"] == 0


def _pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def test_survey_cards_pdf_in_both_languages(tmp_path, demo_path):
    from app.services.shop import open_shop

    shop = open_shop(demo_path)
    try:
        cards.set_survey_url(shop.conn, "https://forms.gle/example")
        vi = cards.write_shop_cards(shop.conn, tmp_path / "vi.pdf", language="vi", pages=2)
        with pytest.raises(Exception, match="http"):
            cards.set_survey_url(shop.conn, "javascript:alert(1)")
    finally:
        shop.close()
    text = _pdf_text(vi)
    assert text.count("Tiệm Trà Sen") >= 8  # four cards per page, two pages (name and question)
    assert "Bạn có sẵn lòng giới thiệu Tiệm Trà Sen" in text and "Hoặc trả lời trực tuyến" in text
    assert text.count("\f") == 2
    en = cards.write_cards(tmp_path / "en.pdf", "Shop <b>&</b> Co", language="en")
    text = _pdf_text(en)
    assert "Shop <b>&</b> Co" in text and "How likely are you to recommend" in text
    assert "answer online" not in text  # no link set: no QR code

    made = _cli("feedback", "cards", "--db", str(demo_path), "--pdf", str(tmp_path / "cli.pdf"), "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert "Or answer online" in _pdf_text(tmp_path / "cli.pdf")
