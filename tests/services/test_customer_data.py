"""Exports and deletion of customer data, without Qt: formula neutralisation, the list export in the
list's own order, one customer's data, and deletion that leaves the shop's totals whole."""

from __future__ import annotations

import csv
import json

import pytest

from app.models import aggregates, customers, db, sales
from app.services import customer_data
from app.services.errors import UserError


@pytest.mark.parametrize("text", ["=1+2", "+33 6 12", "-A1", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+2", "＠x"])
def test_text_that_a_spreadsheet_would_run_gets_a_quote(text):
    assert customer_data.neutralize(text) == "'" + text


@pytest.mark.parametrize("value", ["Nguyễn Văn An", "a=b", "", "0912345678", 12, -5, 3.5, None])
def test_harmless_values_and_numbers_are_unchanged(value):
    assert customer_data.neutralize(value) == value


def _fill(shop, n=30):
    conn = shop.conn
    with db.transaction(conn):
        ids = [customers.create(conn, {"code": f"C{i:03d}", "name": f"Khách {i}", "phone": f"09{i:08d}",
                                       "email": f"k{i}@mail.vn" if i % 3 else None}) for i in range(n)]
        customers.update(conn, ids[0], {"name": "=cmd|'/c calc'!A1", "notes": "@risky"})
        rows = []
        for i, cid in enumerate(ids):
            for j in range(i % 4):  # some customers without purchases
                rows.append((cid, i * 100 + j, f"HD{i}-{j}", 1_700_000_000 + 86400 * (i + j), None,
                             1, 1000 * (i + 1), 1000 * (i + 1), "online", None, None))
        rows.append((0, 999_999, "HD-walk", 1_700_000_000, None, 2, 5000, 10000, None, None, None))
        rows.append((ids[5], 888_888, "TH1", 1_700_100_000, None, -1, 6000, -6000, None, None, None))
        sales.insert_lines(conn, sorted(rows))
        aggregates.refresh(conn)
    return ids


def test_list_export_follows_search_and_order_and_neutralises(shop, tmp_path):
    ids = _fill(shop)
    out = tmp_path / "list.csv"
    count = customer_data.export_customer_list(
        shop.conn, out, ["code", "name", "revenue", "last_purchase"], ["Code", "Name", "Spent", "Last"],
        search="khach", sort="revenue", descending=False)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Code", "Name", "Spent", "Last"]
    assert count == len(rows) - 1 == 29  # the renamed first customer no longer matches "khach"
    spent = [float(r[2]) for r in rows[1:]]
    assert spent == sorted(spent)
    by_code = {r[0]: r for r in rows[1:]}
    # revenue = sum of the purchase lines, in the main unit; a customer with no purchase has no date
    assert float(by_code["C007"][2]) == 3 * 8.0 and by_code["C004"][3] == ""
    everyone = tmp_path / "all.csv"
    customer_data.export_customer_list(shop.conn, everyone, ["name"], ["Name"])
    text = everyone.read_text(encoding="utf-8-sig")
    assert "'=cmd|'/c calc'!A1" in text and len(text.splitlines()) == 31
    assert ids


def test_list_export_can_be_cancelled_and_leaves_no_file(shop, tmp_path, monkeypatch):
    _fill(shop)
    monkeypatch.setattr(customer_data, "_ROWS_PER_STEP", 5)
    out = tmp_path / "list.xlsx"
    seen = []
    result = customer_data.export_customer_list(
        shop.conn, out, ["code"], ["Code"], progress=lambda d, t, m: seen.append((d, t)),
        cancelled=lambda: len(seen) >= 2)
    assert result is None and not out.exists() and not list(tmp_path.glob("*.part"))
    assert seen == [(5, 30), (10, 30)]


def test_unknown_export_format_is_refused(shop, tmp_path):
    with pytest.raises(UserError):
        customer_data.export_customer_list(shop.conn, tmp_path / "x.pdf", ["code"], ["Code"])


def test_customer_record_holds_attributes_figures_and_purchases(shop, tmp_path):
    ids = _fill(shop)
    path = customer_data.export_customer(shop.conn, ids[5], tmp_path / "c.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["customer"]["code"] == "C005" and data["customer"]["phone"] == "0900000005"
    assert len(data["purchases"]) == 2  # one purchase line (5 % 4) and one return
    assert data["figures"]["revenue"] == 6.0 and data["figures"]["returns"] == -6.0
    assert {p["invoice"] for p in data["purchases"]} == {"HD5-0", "TH1"}


def test_edit_customer_returns_the_old_values_and_refuses_a_code_in_use(shop):
    ids = _fill(shop)
    conn = shop.conn
    taken = customers.get(conn, ids[1])["code"] or "K-taken"
    customers.update(conn, ids[1], {"code": taken})
    edited = customer_data.edit_customer(conn, ids[0], {"name": "Chị Hoà"})
    assert edited.changes.customer_list() == [ids[0]] and not edited.changes.sales
    assert customers.get(conn, ids[0])["name"] == "Chị Hoà" and "name" in edited.value
    with pytest.raises(UserError, match=taken):
        customer_data.edit_customer(conn, ids[0], {"code": taken})
    assert customers.get(conn, ids[0])["code"] != taken


def test_delete_customer_moves_sales_to_walk_ins_and_removes_aggregates(shop):
    ids = _fill(shop)
    conn = shop.conn
    before = sales.stats(conn)
    secure_delete = conn.execute("PRAGMA secure_delete").fetchone()[0]
    deleted = customer_data.delete_customer(conn, ids[7])
    assert deleted.value == 3
    assert deleted.changes.customer_list() == [ids[7]] and deleted.changes.sales
    after = sales.stats(conn)
    assert after["all_sales_revenue"] == before["all_sales_revenue"]
    assert after["customers"] == before["customers"] - 1
    assert after["revenue"] == before["revenue"] - 3 * 8.0
    for table in ("sales", "customer_months", "customer_categories"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE customer_id = ?", (ids[7],)).fetchone()[0] == 0
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == secure_delete  # restored afterwards
    with pytest.raises(UserError):
        customer_data.delete_customer(conn, ids[7])



def test_money_number_formats_follow_the_currency():
    from app.services.customer_data import money_number_format

    assert money_number_format("VND") == '#,##0 "₫"'
    assert money_number_format("GBP") == '"£"#,##0.00'
    assert money_number_format("EUR") == '#,##0.00 "€"'
    assert money_number_format("") == "#,##0.###"
