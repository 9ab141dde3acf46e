"""Exports and deletion of customer data, without Qt: formula neutralisation, the list export in the
list's own order, one customer's data, and deletion that leaves the shop's totals whole."""

from __future__ import annotations

import csv
import json

import pytest

from app.models import aggregates, customers, db, sales
from app.services import customer_data
from app.services.errors import UserError
from tests.vietnamese_errors import in_vietnamese


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
    assert deleted.lines_moved == 3
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



def _person_with_history(shop):
    """A customer with purchases, attribute changes kept for undoing an import, and a line that a
    later import removed (kept for its undo)."""
    from app.models import imports as store

    conn = shop.conn
    with db.transaction(conn):
        first = store.create_import(conn, file_name="a.csv", file_hash="a", file_size=1, sheet=None, preset=None,
                                    mapping="{}", kind="sales")
        person = customers.create(conn, {"code": "ZQ1", "name": "Zebulon Quixote", "phone": "0977123456",
                                         "notes": "allergic to walnuts"}, import_id=first)
        other = customers.create(conn, {"code": "OT1", "name": "Other Person"})
        sales.insert_lines(conn, sorted([
            (person, 101, "HD-1", 1_700_000_000, None, 1, 50_000, 50_000, None, None, first),
            (person, 102, "HD-2", 1_700_090_000, None, 2, 20_000, 40_000, None, None, first),
            (other, 103, "HD-3", 1_700_090_000, None, 1, 10_000, 10_000, None, None, first),
        ]))
        aggregates.refresh(conn)
        store.finish_import(conn, first, 0.1, rows_read=3)
        later = store.create_import(conn, file_name="b.csv", file_hash="b", file_size=1, sheet=None, preset=None,
                                    mapping="{}", kind="customers")
        store.update_customers(conn, {person: {"name": "Zebulon Quinn", "phone": "0988654321"}}, later,
                               overwrite=True)
        store.remove_lines(conn, later, [102], [])
        aggregates.refresh(conn)
        store.finish_import(conn, later, 0.1, rows_read=1)
    return person, other, later


SECRETS = (b"Zebulon", b"0977123456", b"0988654321", b"walnuts")


def _file_bytes(path) -> bytes:
    from pathlib import Path

    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists())


def test_deleting_a_customer_leaves_no_trace_in_the_shop_file(shop):
    person, _other, _later = _person_with_history(shop)
    assert all(secret in _file_bytes(shop.path) for secret in SECRETS[:1])
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    assert deletion.log_cleared and deletion.lines_moved == 1 and deletion.backups_holding == ()
    conn = shop.conn
    assert conn.execute("SELECT COUNT(*) FROM import_removed_sales WHERE customer_id = ?", (person,)).fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM import_customer_changes WHERE customer_id = ?", (person,)).fetchone()[0] == 0
    raw = _file_bytes(shop.path)
    for secret in SECRETS:
        assert secret not in raw, secret


def test_undoing_an_older_import_does_not_bring_a_deleted_customer_back(shop):
    from app.services import importing

    person, _other, later = _person_with_history(shop)
    customer_data.delete_customer(shop.conn, person)
    importing.undo_import(shop.conn, later)
    conn = shop.conn
    assert conn.execute("SELECT COUNT(*) FROM sales WHERE customer_id = ?", (person,)).fetchone()[0] == 0
    assert customers.get(conn, person) is None
    # the removed line is back, as a sale without a customer
    assert conn.execute("SELECT customer_id FROM sales WHERE line_key = 102").fetchone() == (0,)


def test_a_deletion_names_the_backups_holding_the_customer_and_purges_them(shop):
    from app.services import backups

    person, other, _later = _person_with_history(shop)
    older = backups.back_up(shop.conn, shop.path, reason="older")
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    assert deletion.backups_holding == (older.path,)
    assert b"Zebulon" in older.path.read_bytes()
    assert customer_data.purge_from_backups(deletion.backups_holding, deletion.identity) == 1
    assert older.path.exists() and backups.verify(older.path)
    raw = older.path.read_bytes()
    for secret in SECRETS:
        assert secret not in raw, secret
    check = db.connect(older.path, read_only=True)
    try:
        assert check.execute("SELECT id FROM customers").fetchall() == [(other,)]
        assert check.execute("SELECT COUNT(*), SUM(amount) FROM sales").fetchone() == (2, 60_000)
    finally:
        check.close()
    assert customer_data.backups_holding(shop.path, deletion.identity) == []
    assert sorted(p.name for p in older.path.parent.iterdir()) == [older.path.name, backups.VERIFIED_RECORD]


def test_a_busy_log_is_reported_not_ignored(shop):
    from app.services.shop import open_shop

    person, _other, _later = _person_with_history(shop)
    reader = open_shop(shop.path, read_only=True)
    try:
        reader.conn.execute("BEGIN")
        reader.conn.execute("SELECT COUNT(*) FROM customers").fetchone()  # holds a read snapshot
        deletion = customer_data.delete_customer(shop.conn, person)
        assert not deletion.log_cleared
        assert not customer_data.clear_log(shop.conn, attempts=1)
        reader.conn.execute("COMMIT")
        assert customer_data.clear_log(shop.conn)
    finally:
        reader.close()


def test_the_export_of_a_customer_holds_everything_the_shop_keeps_about_them(shop, tmp_path):
    from openpyxl import load_workbook

    person, _other, _later = _person_with_history(shop)
    with db.transaction(shop.conn):
        shop.conn.execute("INSERT INTO customer_segments (customer_id, recency_days, frequency, monetary, r, f, m, "
                          "segment, tier, at_risk) VALUES (?, 3, 2, 90000, 5, 4, 5, 'champions', 'vip', 0)", (person,))
    data = json.loads(customer_data.export_customer(shop.conn, person, tmp_path / "p.json").read_text("utf-8"))
    others = data["other_records"]
    assert others["import_customer_changes"][0]["previous"]["name"] == "Zebulon Quixote"
    assert others["import_customer_changes"][0]["previous"]["phone"] == "0977123456"
    assert [r["line_key"] for r in others["import_removed_sales"]] == [102]
    assert others["customer_segments"][0]["segment"] == "champions" and others["customer_segments"][0]["r"] == 5
    assert data["record"]["added_by_import"] == "a.csv"
    book = load_workbook(customer_data.export_customer(shop.conn, person, tmp_path / "p.xlsx"), read_only=True)
    text = " ".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row)
    assert "Zebulon Quixote" in text and "champions" in text and "Other records" in book.sheetnames
def test_money_number_formats_follow_the_currency():
    from app.services.customer_data import money_number_format

    assert money_number_format("VND") == '#,##0 "₫"'
    assert money_number_format("GBP") == '"£"#,##0.00'
    assert money_number_format("EUR") == '#,##0.00 "€"'
    assert money_number_format("") == "#,##0.###"


def test_purging_goes_on_past_a_damaged_backup_then_names_it(shop):
    """Every good backup is purged; the damaged one is left as it was and named once the others are
    done; no temporary file is left behind and the progress counts every backup."""
    from app.services import backups

    person, _other, _later = _person_with_history(shop)
    made = [backups.back_up(shop.conn, shop.path, reason=reason).path for reason in ("first", "second", "third")]
    damaged = made[1]
    damaged.write_bytes(damaged.read_bytes()[: damaged.stat().st_size // 2])
    damaged_bytes = damaged.read_bytes()
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    assert damaged not in deletion.backups_holding  # a damaged file cannot be read, so it is not listed
    assert sorted(deletion.backups_holding) == sorted([made[0], made[2]])
    steps = []
    with pytest.raises(UserError) as refused:
        customer_data.purge_from_backups(made, deletion.identity, progress=lambda *step: steps.append(step))
    assert str(refused.value) == f"The backup {damaged.name} could not be cleaned (it is damaged); it is unchanged."
    assert in_vietnamese(refused.value) == (f"Không thể xóa khách hàng khỏi bản sao lưu {damaged.name} "
                                            "(bản sao lưu bị hỏng); bản sao lưu được giữ nguyên.")
    assert steps == [(0, 3, ""), (1, 3, ""), (2, 3, "")]
    assert damaged.read_bytes() == damaged_bytes
    for path in (made[0], made[2]):
        assert backups.verify(path) and b"Zebulon" not in path.read_bytes()
    assert customer_data.backups_holding(shop.path, deletion.identity) == []
    assert not [p for p in damaged.parent.iterdir() if p.suffix not in (backups.SUFFIX, ".json")]


def test_purging_a_backup_without_the_customer_rewrites_it_unchanged_in_content(shop):
    from app.services import backups

    person, other, _later = _person_with_history(shop)
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    after = backups.back_up(shop.conn, shop.path, reason="after").path
    assert customer_data.purge_from_backups([after], deletion.identity) == 1
    assert customer_data.purge_from_backups([], deletion.identity) == 0
    check = db.connect(after, read_only=True)
    try:
        assert check.execute("SELECT id FROM customers").fetchall() == [(other,)]
        assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        check.close()


def test_a_missing_backup_is_named_and_the_others_still_purged(shop, tmp_path):
    from app.services import backups

    person, _other, _later = _person_with_history(shop)
    good = backups.back_up(shop.conn, shop.path, reason="good").path
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    missing = tmp_path / "gone.regulars-backup"
    with pytest.raises(UserError, match=r"^The backup gone.regulars-backup could not be cleaned \(it is damaged\)"):
        customer_data.purge_from_backups([missing, good], deletion.identity)
    assert b"Zebulon" not in good.read_bytes()


def test_deleting_keeps_the_connections_settings_and_refuses_a_missing_customer(shop):
    conn = shop.conn
    person, _other, _later = _person_with_history(shop)
    conn.execute("PRAGMA busy_timeout = 1234")
    conn.execute("PRAGMA secure_delete = OFF")
    created = customers.get(conn, person)["created_at"]
    deletion = customer_data.delete_customer(conn, person)
    assert deletion.identity == (person, created)
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 1234
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 0
    with pytest.raises(UserError, match=r"^This customer no longer exists in the shop file\.$") as refused:
        customer_data.delete_customer(conn, person)
    assert in_vietnamese(refused.value) == "Khách hàng này không còn trong tệp cửa hàng."
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 0



def test_looking_for_the_customer_in_backups_changes_no_backup(shop):
    """Backups are opened read-only to look: not a byte, nor their time, changes, and no journal
    appears beside them; a backup without the customers table does not hold anyone."""
    import sqlite3

    from app.services import backups

    person, _other, _later = _person_with_history(shop)
    holding = backups.back_up(shop.conn, shop.path, reason="holding").path
    broken = backups.back_up(shop.conn, shop.path, reason="broken").path
    raw = sqlite3.connect(broken)
    raw.execute("DROP TABLE customers")
    raw.commit()
    raw.close()
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in holding.parent.iterdir()}
    identity = (person, customers.get(shop.conn, person)["created_at"])
    assert customer_data.backups_holding(shop.path, identity) == [holding]
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in holding.parent.iterdir()} == before


def test_every_good_backup_is_counted_when_purged(shop):
    from app.services import backups

    person, _other, _later = _person_with_history(shop)
    made = [backups.back_up(shop.conn, shop.path, reason=reason).path for reason in ("one", "two", "three")]
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    assert customer_data.purge_from_backups(deletion.backups_holding, deletion.identity) == 3
    assert all(b"Zebulon" not in path.read_bytes() for path in made)


def test_a_cleaned_copy_that_fails_its_check_leaves_the_backup_unchanged(shop, monkeypatch):
    from app.services import backups

    person, _other, _later = _person_with_history(shop)
    backup = backups.back_up(shop.conn, shop.path, reason="kept").path
    original = backup.read_bytes()
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    real_verify = backups.verify
    monkeypatch.setattr(backups, "verify", lambda path: real_verify(path) and not str(path).endswith(".purging"))
    with pytest.raises(UserError) as refused:
        customer_data.purge_from_backups([backup], deletion.identity)
    assert str(refused.value) == (f"The backup {backup.name} could not be cleaned (the cleaned copy failed its "
                                  "check); it is unchanged.")
    assert in_vietnamese(refused.value) == (f"Không thể xóa khách hàng khỏi bản sao lưu {backup.name} (bản đã làm "
                                            "sạch không qua được bước kiểm tra); bản sao lưu được giữ nguyên.")
    assert backup.read_bytes() == original
    assert sorted(p.name for p in backup.parent.iterdir()) == sorted([backup.name, backups.VERIFIED_RECORD])


def test_the_first_of_several_failures_is_reported_with_its_reason(shop, monkeypatch):
    """A full disk names the system's reason alone (not '[Errno 28] ...'), a database error its
    message; each failed backup is left as it was, and the first failure is the one raised."""
    import shutil
    import sqlite3

    from app.services import backups

    person, _other, _later = _person_with_history(shop)
    first, second = (backups.back_up(shop.conn, shop.path, reason=r).path for r in ("first", "second"))
    deletion = customer_data.delete_customer(shop.conn, person, shop.path)
    failures = iter([OSError(28, "No space left on device"), sqlite3.OperationalError("disk I/O error")])

    def copy_fails(_source, _target):
        raise next(failures)

    monkeypatch.setattr(shutil, "copyfile", copy_fails)
    with pytest.raises(UserError) as refused:
        customer_data.purge_from_backups([first, second], deletion.identity)
    assert str(refused.value) == f"The backup {first.name} could not be cleaned (No space left on device); it is unchanged."
    assert b"Zebulon" in first.read_bytes() and b"Zebulon" in second.read_bytes()
    failures = iter([sqlite3.OperationalError("disk I/O error")])
    with pytest.raises(UserError, match=r"\(disk I/O error\); it is unchanged\.$"):
        customer_data.purge_from_backups([second], deletion.identity)


class _CountingCheckpoints:
    """A connection that counts the checkpoints asked of it."""

    def __init__(self, conn):
        self.conn, self.checkpoints = conn, 0

    def execute(self, sql, *args):
        self.checkpoints += "wal_checkpoint" in sql
        return self.conn.execute(sql, *args)


def test_a_log_copied_but_still_in_use_is_not_cleared(shop):
    """A reader whose snapshot is the newest lets the checkpoint copy every frame but not empty the
    log (the deleted details would stay in it): that is no success, and it is tried ten times."""
    from app.services.shop import open_shop

    person, _other, _later = _person_with_history(shop)
    reader = open_shop(shop.path, read_only=True)
    try:
        reader.conn.execute("BEGIN")
        reader.conn.execute("SELECT COUNT(*) FROM customers").fetchone()
        counting = _CountingCheckpoints(shop.conn)
        assert customer_data.clear_log(counting) is False
        assert counting.checkpoints == 10
    finally:
        reader.close()
    assert customer_data.clear_log(shop.conn) is True
