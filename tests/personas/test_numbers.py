"""The live "by the numbers" figures equal a direct computation on the segment's customers, change
after an import, never carry a customer's name, phone or e-mail, and the NPS hook stays None until
feedback exists."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.personas import drafts, numbers
from tests.importing.conftest import vn_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]


def _direct(conn, ref_column: str, key: str) -> dict:
    """The figures straight from SQL over the segment's customers (customer_segments + customers)."""
    rows = conn.execute(
        f"SELECT c.id, c.revenue, c.invoices, c.first_purchase, c.last_purchase, c.gender, c.marketing_consent, "
        f"c.phone, c.email FROM customers c JOIN customer_segments s ON s.customer_id = c.id WHERE s.{ref_column} = ?",
        (key,)).fetchall()
    total = conn.execute("SELECT SUM(revenue) FROM customers WHERE invoices > 0").fetchone()[0]
    last_day = conn.execute("SELECT MAX(last_purchase) FROM customers").fetchone()[0] // 86400
    gaps = [max(7, (r[4] // 86400 - r[3] // 86400) / (r[2] - 1)) for r in rows if r[2] >= 2]
    genders = [r[5] for r in rows if r[5]]
    return {
        "customers": len(rows), "revenue": sum(r[1] for r in rows),
        "revenue_share": 100 * sum(r[1] for r in rows) / total,
        "average_basket": sum(r[1] for r in rows) / sum(r[2] for r in rows),
        "typical_gap_days": statistics.median(gaps) if gaps else None,
        "days_since_last": statistics.median([last_day + 1 - r[4] // 86400 for r in rows]),
        "reachable_share": 100 * sum(1 for r in rows if r[6] == 1 and (r[7] or r[8])) / len(rows),
        "female_share": 100 * genders.count("female") / len(genders) if genders else None,
    }


def test_live_figures_equal_a_direct_computation_on_the_demo(demo_shop):
    conn = demo_shop.conn
    figures = numbers.compute(conn, "rfm:champions")
    direct = _direct(conn, "segment", "champions")
    assert figures.customers == direct["customers"] > 10
    assert figures.revenue == direct["revenue"]
    assert figures.revenue_share == pytest.approx(direct["revenue_share"])
    assert figures.average_basket == pytest.approx(direct["average_basket"])
    assert figures.typical_gap_days == pytest.approx(direct["typical_gap_days"])
    assert figures.days_since_last == pytest.approx(direct["days_since_last"])
    assert figures.reachable_share == pytest.approx(direct["reachable_share"])
    female = next(s for s in figures.gender_mix if s.label == "female")
    assert female.share == pytest.approx(direct["female_share"])
    latest = [score for (score,) in conn.execute(
        "SELECT score FROM feedback_responses f JOIN customer_segments s USING (customer_id) "
        "WHERE s.segment = 'champions' AND f.id = (SELECT g.id FROM feedback_responses g "
        "WHERE g.customer_id = f.customer_id ORDER BY g.answered_at DESC, g.id DESC LIMIT 1)")]
    assert latest  # the demo's champions have answered the survey
    direct_nps = 100 * (sum(s >= 9 for s in latest) - sum(s <= 6 for s in latest)) / len(latest)
    assert figures.as_of is not None and figures.nps == pytest.approx(direct_nps)


def test_no_personal_data_reaches_the_figures_or_the_draft(demo_shop):
    conn = demo_shop.conn
    figures = numbers.compute(conn, "tier:vip")
    name, values = drafts.draft(conn, "tier:vip")
    text = json.dumps([repr(figures), name, values], ensure_ascii=False)
    ids = numbers.member_ids(conn, "tier:vip")
    for cname, phone, email in conn.execute(
            "SELECT name, phone, email FROM customers WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)):
        for secret in (cname, phone, email):
            if secret:
                assert secret not in text


def test_the_draft_comes_from_the_premium_customers(demo_shop):
    conn = demo_shop.conn
    ids = numbers.member_ids(conn, "rfm:loyal")
    premium = drafts.premium_ids(conn, ids)
    tiers = dict(conn.execute("SELECT customer_id, tier FROM customer_segments"))
    assert premium and len(premium) < len(ids)
    assert all(tiers[i] in ("vip", "premium") for i in premium)
    name, values = drafts.draft(conn, "rfm:loyal")
    assert "Loyal" in name and values["age_range"] and values["categories"]


def test_the_segment_nps_counts_each_member_s_latest_answer(demo_shop):
    from app.services.feedback import responses

    conn = demo_shop.conn
    conn.execute("DELETE FROM feedback_responses")  # the demo's own answers
    ids = numbers.member_ids(conn, "rfm:champions")[:4]
    assert numbers.segment_nps(conn, ids) is None  # nobody has answered
    jan, feb = dt.date(2026, 1, 1), dt.date(2026, 2, 1)
    answers = [(jan, ids[0], 3), (feb, ids[0], 10), (jan, ids[1], 9),
               (jan, ids[2], 5), (jan, ids[3], 7)]
    for day, customer, score in answers:
        responses.add_response(conn, {"answered_at": day, "customer_id": customer, "score": score})
    # latest answers: 10, 9, 5, 7 -> 2 promoters, 1 detractor of 4
    assert numbers.segment_nps(conn, ids) == pytest.approx(25.0)
    assert numbers.compute(conn, "rfm:champions", ids).nps == pytest.approx(25.0)


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_the_figures_change_after_an_import(tmp_path):
    from app.services.shop import open_shop

    path = tmp_path / "shop.regulars"
    assert _cli("import", write_csv(tmp_path / "a.csv", vn_rows()), "--db", path).returncode == 0
    shop = open_shop(path)
    try:
        before = numbers.compute(shop.conn, "tier:vip")
        direct = _direct(shop.conn, "tier", "vip")
        assert (before.customers, before.revenue) == (direct["customers"], direct["revenue"])
    finally:
        shop.close()
    more = [vn_rows()[0], ["02/02/2024 09:30", "HD010", "KH01", "Nguyễn Văn An", "0912345678", "Trà sen", "Trà",
                           "4", "150.000", "600.000"]]
    assert _cli("import", write_csv(tmp_path / "b.csv", more), "--db", path).returncode == 0
    shop = open_shop(path)
    try:
        after = numbers.compute(shop.conn, "tier:vip")
        direct = _direct(shop.conn, "tier", "vip")
        assert after.revenue == direct["revenue"] == before.revenue + 600_000_000
        assert after.as_of > before.as_of
        assert after.average_basket == pytest.approx(direct["average_basket"])
    finally:
        shop.close()


def test_a_missing_segment_is_a_message_not_an_error(shop):
    figures, message = numbers.for_persona(shop.conn, "saved:99")
    assert figures is None and message == numbers.MISSING_SEGMENT
    assert numbers.for_persona(shop.conn, None) == (None, numbers.NO_SEGMENT)


def test_the_cards_headlines_equal_the_full_figures(demo_shop):
    from app.services.segments import save_segment

    conn = demo_shop.conn
    saved = save_segment(conn, "Khách Quận 3", {"all": [{"field": "district", "op": "equals", "value": "Quận 3"}]}).value
    refs = ["rfm:champions", "rfm:lost", "tier:vip", "tier:one_time", f"saved:{saved}"]
    heads = numbers.headlines(conn, refs + ["saved:9999"])
    assert set(heads) == set(refs)
    for ref in refs:
        full = numbers.compute(conn, ref)
        head = heads[ref]
        assert head.customers == full.customers
        assert head.revenue_share == pytest.approx(full.revenue_share)
        assert head.average_basket == pytest.approx(full.average_basket)
