"""`python -m app demo` then `python -m app stats --json`, run as the owner would run them, checked
against figures computed here directly from the sales lines with pandas."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def _direct_figures(path: Path) -> dict:
    """The headline figures as issue 2 defines them, computed from the lines without app code."""
    with sqlite3.connect(path) as conn:
        lines = pd.read_sql_query("SELECT customer_id, invoice, sold_at, quantity, unit_price, amount FROM sales", conn)
        customers = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    lines["quantity"] = lines["quantity"].astype(float)
    attributed = lines[lines["customer_id"] != 0]
    purchases = attributed[(attributed["quantity"] > 0) & (attributed["unit_price"] > 0)]
    all_purchases = lines[(lines["quantity"] > 0) & (lines["unit_price"] > 0)]
    returns = attributed.loc[attributed["amount"] < 0, "amount"].sum() / 1000
    revenue = (purchases["quantity"] * purchases["unit_price"]).sum() / 1000
    day = pd.Timestamp("1970-01-01")
    return {
        "customers": customers,
        "customers_with_purchases": purchases["customer_id"].nunique(),
        "invoices": purchases["invoice"].nunique(),
        "sales_lines": len(purchases),
        "revenue": revenue,
        "returns": returns,
        "net_revenue": revenue + returns,
        "all_sales_revenue": (all_purchases["quantity"] * all_purchases["unit_price"]).sum() / 1000,
        "first_sale": (day + pd.to_timedelta(lines["sold_at"].min(), unit="s")).date().isoformat(),
        "last_sale": (day + pd.to_timedelta(lines["sold_at"].max(), unit="s")).date().isoformat(),
    }


def test_demo_then_stats_agree_with_the_sales_lines(tmp_path):
    shop = tmp_path / "demo.regulars"
    made = _cli("demo", "--db", str(shop), "--today", "2026-06-15")
    assert made.returncode == 0, made.stderr
    assert made.stdout.count("\n") == 1 and "600 customers" in made.stdout

    shown = _cli("stats", "--db", str(shop), "--json")
    assert shown.returncode == 0, shown.stderr
    figures = json.loads(shown.stdout)

    expected = _direct_figures(shop)
    assert expected["sales_lines"] > 10_000 and expected["returns"] < 0
    for key, value in expected.items():
        if isinstance(value, float):
            assert figures[key] == pytest.approx(value, abs=0.001), key
        else:
            assert figures[key] == value, key
    assert figures["last_sale"] == (dt.date(2026, 6, 15) - dt.timedelta(days=1)).isoformat()
    assert figures["all_sales_revenue"] > figures["revenue"]  # walk-in sales count for the shop only


def test_demo_refuses_an_existing_file(tmp_path):
    shop = tmp_path / "mine.regulars"
    assert _cli("demo", "--db", str(shop), "--customers", "30").returncode == 0
    before = _cli("stats", "--db", str(shop), "--json").stdout

    again = _cli("demo", "--db", str(shop))
    assert again.returncode == 2
    message = again.stderr.strip()
    assert "Traceback" not in again.stderr and "\n" not in message
    assert "already exists" in message and message.endswith(".")
    assert again.stdout == ""
    assert _cli("stats", "--db", str(shop), "--json").stdout == before


def test_force_replaces_an_existing_shop_but_not_other_files(tmp_path):
    shop = tmp_path / "mine.regulars"
    assert _cli("demo", "--db", str(shop), "--customers", "30").returncode == 0
    replaced = _cli("demo", "--db", str(shop), "--customers", "40", "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(_cli("stats", "--db", str(shop), "--json").stdout)["customers"] == 40

    notes = tmp_path / "notes.txt"
    notes.write_text("not a shop")
    refused = _cli("demo", "--db", str(notes), "--force")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert notes.read_text() == "not a shop"


def test_demo_rejects_a_silly_customer_count(tmp_path):
    result = _cli("demo", "--db", str(tmp_path / "x.regulars"), "--customers", "0")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.regulars").exists()
