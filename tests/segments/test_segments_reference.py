"""The segments on the real UCI Online Retail data must reproduce REFERENCE.md, and the figures read
from the per-customer aggregates must equal the same figures computed from the sales lines."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.models import db
from app.services import segments

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]

# REFERENCE.md, "Customer value" and "RFM spot checks".
REFERENCE = {
    "top20_revenue_share": 74.62, "top10_revenue_share": 61.38, "customers_for_80pct": 1133,
    "top10_mean_ratio": 6.13, "repeat_customers": 2845, "repeat_revenue_share": 93.08,
}
SPOT_CHECKS = {
    "12346": (326, 1, "77183.60"), "12347": (3, 7, "4310.00"), "12348": (76, 4, "1797.24"),
    "14646": (2, 73, "280206.02"), "18102": (1, 60, "259657.30"), "17450": (9, 46, "194550.79"),
}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "segments", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_cli_json_matches_the_reference(uci_shop_path):
    done = _cli("--db", str(uci_shop_path), "--returns", "ignore", "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    for key, expected in REFERENCE.items():
        assert round(figures[key], 2) == expected, key
    assert figures["as_of"] == "2011-12-10"
    assert figures["customers"] == 4338
    assert sum(figures["segments"].values()) == sum(figures["tiers"].values()) == 4338
    assert figures["tiers"]["vip"] == 434 and figures["tiers"]["premium"] == 868 - 434
    assert round(sum(figures["tier_revenue"].values()), 3) == 8911407.904


def test_cli_csv_spot_checks(uci_shop_path, tmp_path):
    out = tmp_path / "rfm.csv"
    done = _cli("--db", str(uci_shop_path), "--returns", "ignore", "--csv", str(out))
    assert done.returncode == 0, done.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["customer_code", "recency_days", "frequency", "monetary", "r", "f", "m", "segment",
                             "tier"]
    assert len(rows) == 4338
    by_code = {row["customer_code"]: row for row in rows}
    for code, (recency, frequency, monetary) in SPOT_CHECKS.items():
        row = by_code[code]
        assert (int(row["recency_days"]), int(row["frequency"]), row["monetary"]) == (recency, frequency, monetary)
    # 12346 spent a lot once, long ago: lowest recency score, highest spend score.
    assert (by_code["12346"]["r"], by_code["12346"]["m"], by_code["12346"]["segment"]) == ("1", "5", "Lost")


def test_aggregate_figures_equal_a_computation_from_the_sales_lines(uci_shop_path):
    import pandas as pd

    conn = db.connect(uci_shop_path, read_only=True)
    lines = pd.read_sql_query("SELECT customer_id, invoice, sold_at, quantity, amount FROM sales", conn)
    figures = segments.compute(conn)
    purchases_only = segments.compute(conn, settings=segments.SegmentSettings(returns_count=False))
    conn.close()
    bought = lines[(lines.customer_id != 0) & (lines.quantity > 0) & (lines.amount > 0)]
    per_customer = bought.groupby("customer_id").agg(
        last=("sold_at", "max"), frequency=("invoice", "nunique"), monetary=("amount", "sum"))
    returned = lines[(lines.customer_id != 0) & (lines.amount < 0)].groupby("customer_id")["amount"].sum()
    as_of_day = int(lines.sold_at.max()) // 86400 + 1
    expected = per_customer.assign(recency=as_of_day - per_customer["last"] // 86400).sort_index()
    net = (expected.monetary + returned.reindex(expected.index, fill_value=0)).clip(lower=0)
    for computed, monetary in ((figures, net), (purchases_only, expected.monetary)):
        order = np.argsort(computed.customer_id)
        assert computed.customer_id[order].tolist() == expected.index.tolist()
        assert computed.recency_days[order].tolist() == expected.recency.tolist()
        assert computed.frequency[order].tolist() == expected.frequency.tolist()
        assert computed.monetary[order].tolist() == monetary.tolist()


def test_a_fully_refunded_customer_is_not_premium_unless_returns_are_ignored(uci_shop_path):
    conn = db.connect(uci_shop_path, read_only=True)
    try:
        (customer_id,) = conn.execute("SELECT id FROM customers WHERE code = '12346'").fetchone()
        by_default = segments.compute(conn)
        purchases_only = segments.compute(conn, settings=segments.SegmentSettings(returns_count=False))
    finally:
        conn.close()
    # 12346 bought for 77,183.60 and returned all of it minutes later.
    index = by_default.index_of(customer_id)
    assert (by_default.monetary[index], by_default.m[index], by_default.tier[index]) == (0, 1, "one_time")
    index = purchases_only.index_of(customer_id)
    assert (purchases_only.monetary[index], purchases_only.tier[index]) == (77_183_600, "vip")


def test_scores_are_quintiles_ordered_by_their_metric(uci_shop_path):
    conn = db.connect(uci_shop_path, read_only=True)
    figures = segments.compute(conn)
    conn.close()
    n = len(figures)
    for scores, metric, better_is_higher in ((figures.r, figures.recency_days, False),
                                             (figures.f, figures.frequency, True),
                                             (figures.m, figures.monetary, True)):
        counts = np.bincount(scores, minlength=6)[1:]
        assert counts.min() >= n // 5 and counts.max() <= n // 5 + 1  # every quintile filled
        # A strictly better metric never gets a lower score (ties may be split by the tie-break).
        goodness = metric if better_is_higher else -metric
        values, group = np.unique(goodness, return_inverse=True)
        lowest = np.full(len(values), 9)
        highest = np.zeros(len(values), dtype=int)
        np.minimum.at(lowest, group, scores)
        np.maximum.at(highest, group, scores)
        assert np.all(highest[:-1] <= lowest[1:])


def test_a_snapshot_is_what_the_tab_showed_at_that_month_end(uci_shop_path, online_retail_csv, import_sales,
                                                              tmp_path):
    """Snapshot 2011-02 of the full shop == the live segments of a shop holding only the lines up to
    28 February 2011 (its reference date is then 1 March)."""
    from app.services.shop import open_shop

    full = open_shop(uci_shop_path)
    try:
        segments.refresh_snapshots(full.conn)
        snapshot = segments.snapshots.snapshot(full.conn, 201102)
        codes = dict(full.conn.execute("SELECT id, code FROM customers"))
    finally:
        full.close()
    # The same file cut at the end of February (InvoiceDate is ISO, so text comparison orders dates).
    with open(online_retail_csv, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        column = header.index("InvoiceDate")
        kept = [row for row in reader if row[column] < "2011-03-01"]
    early_csv = tmp_path / "online_retail_to_february.csv"
    with open(early_csv, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([header, *kept])
    import_sales(early_csv, tmp_path / "early.regulars")
    early = open_shop(tmp_path / "early.regulars")
    try:
        live = segments.compute(early.conn)
        early_codes = dict(early.conn.execute("SELECT id, code FROM customers"))
    finally:
        early.close()
    assert live.as_of.isoformat() == "2011-03-01"
    assert live.method == "quintiles"
    expected = {early_codes[cid]: seg for cid, seg in zip(live.customer_id.tolist(), live.segment.tolist(), strict=True)}
    assert {codes[cid]: seg for cid, seg in snapshot.items()} == expected
