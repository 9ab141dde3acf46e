"""Shop files: creation, schema version, locking, newer-version files, damaged files, backups."""

from __future__ import annotations

import sqlite3

import pytest

from app.models import db, migrations
from app.models import settings as shop_settings
from app.services import backups
from app.services.errors import UserError
from app.services.shop import ShopInUseError, create_shop, open_shop


def test_new_shop_has_current_schema_and_pragmas(shop):
    conn = shop.conn
    assert db.user_version(conn) == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"settings", "customers", "products", "categories", "sales", "imports"} <= tables
    assert shop_settings.get(conn, "shop_name") == "Test shop"
    assert shop.name == "Test shop"


def test_create_refuses_an_existing_file(shop_path):
    create_shop(shop_path).close()
    with pytest.raises(UserError):
        create_shop(shop_path)


def test_second_writer_is_refused_and_read_only_works(shop):
    with pytest.raises(ShopInUseError):
        open_shop(shop.path)
    reader = open_shop(shop.path, read_only=True)
    try:
        assert reader.read_only
        with pytest.raises(sqlite3.OperationalError):
            reader.conn.execute("INSERT INTO settings VALUES ('x', 'y')")
    finally:
        reader.close()


def test_lock_is_released_on_close(shop_path):
    create_shop(shop_path).close()
    again = open_shop(shop_path)
    again.close()


def test_newer_file_opens_read_only_with_a_message(shop_path):
    create_shop(shop_path).close()
    raw = sqlite3.connect(shop_path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    raw.close()
    shop = open_shop(shop_path)
    try:
        assert shop.read_only
        assert "newer version" in shop.read_only_reason
    finally:
        shop.close()


def test_older_file_is_backed_up_then_migrated(shop_path, monkeypatch):
    create_shop(shop_path, name="Old").close()
    extra = type("m999", (), {"apply": staticmethod(lambda conn: conn.execute("CREATE TABLE later_table (x)"))})
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    shop = open_shop(shop_path)
    try:
        assert db.user_version(shop.conn) == migrations.SCHEMA_VERSION
        shop.conn.execute("SELECT * FROM later_table").fetchall()
    finally:
        shop.close()
    found = backups.list_backups(shop_path)
    assert [b.reason for b in found] == ["before-update"]
    old = sqlite3.connect(found[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1


def test_failed_migration_leaves_the_file_untouched(shop_path, monkeypatch):
    create_shop(shop_path).close()

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk trouble")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, type("m", (), {"apply": staticmethod(broken)})))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(db.DamagedFileError):
        open_shop(shop_path)
    raw = sqlite3.connect(shop_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1
    assert raw.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


def test_not_a_shop_file_is_refused(tmp_path):
    junk = tmp_path / "junk.regulars"
    junk.write_bytes(b"PK\x03\x04 this is a zip, not a shop" * 20)
    with pytest.raises(db.NotAShopFileError):
        open_shop(junk)


def test_damaged_file_is_detected_moved_aside_and_a_backup_restored(shop_path):
    shop = create_shop(shop_path, name="Mine")
    backups.back_up(shop.conn, shop_path, reason="manual")
    shop.close()
    data = bytearray(shop_path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # destroy the schema page after the header
    shop_path.write_bytes(bytes(data))
    with pytest.raises(db.ShopFileError):
        open_shop(shop_path)
    moved = backups.move_aside(shop_path)
    assert moved.exists() and not shop_path.exists()
    good = backups.newest_good_backup(shop_path)
    assert good is not None and good.reason == "manual"
    backups.restore_file(good.path, shop_path)
    again = open_shop(shop_path)
    try:
        assert shop_settings.get(again.conn, "shop_name") == "Mine"
    finally:
        again.close()


def test_backups_rotate_keeping_the_newest(shop):
    made = [backups.back_up(shop.conn, shop.path, reason=f"r{i}", keep=3) for i in range(5)]
    kept = backups.list_backups(shop.path)
    assert [b.reason for b in kept] == ["r4", "r3", "r2"]
    assert not made[0].path.exists()
    assert all(backups.verify(b.path) for b in kept)


def test_restore_into_an_open_shop_keeps_a_safety_copy(shop):
    first = backups.back_up(shop.conn, shop.path)
    with db.transaction(shop.conn):
        shop_settings.put(shop.conn, "shop_name", "Renamed")
    safety = backups.restore_into(shop.conn, shop.path, first.path).value
    assert shop_settings.get(shop.conn, "shop_name") == "Test shop"
    check = sqlite3.connect(safety.path)
    assert check.execute("SELECT value FROM settings WHERE key = 'shop_name'").fetchone()[0] == "Renamed"


def test_transaction_rolls_back_everything_on_error(shop):
    with pytest.raises(RuntimeError):
        with db.transaction(shop.conn):
            shop_settings.put(shop.conn, "shop_name", "Half")
            with db.transaction(shop.conn):
                shop_settings.put(shop.conn, "currency", "GBP")
            raise RuntimeError("boom")
    assert shop_settings.get(shop.conn, "shop_name") == "Test shop"
    assert shop_settings.get(shop.conn, "currency") == "VND"
