"""Shop files: creation, schema version, locking, newer-version files, damaged files, backups."""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.models import db, migrations
from app.models import settings as shop_settings
from app.services import backups
from app.services.errors import UserError
from app.services.shop import (
    ShopInUseError,
    ShopLock,
    check_integrity,
    connect_existing,
    create_shop,
    open_shop,
    read_shop_name,
)
from tests.vietnamese_errors import in_vietnamese


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
    assert not again.read_only
    with pytest.raises(ShopInUseError):
        open_shop(shop_path)
    again.close()
    third = open_shop(shop_path)  # released: a new writer gets in
    assert not third.read_only
    third.close()
    third.close()  # closing twice is harmless
    lock = ShopLock(shop_path)
    assert lock.acquire()
    lock.release()
    lock.release()


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_release_never_lets_two_writers_in(shop_path):
    """A process that opened the lock file just before the holder released it, and locks it just
    after, must still keep every other writer out: the lock file is never removed."""
    import fcntl

    first = ShopLock(shop_path)
    assert first.acquire()
    racer = open(first.path, "a+")  # opened while the first writer still holds the lock
    try:
        first.release()
        fcntl.flock(racer.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # the racer now holds it
        assert first.path.exists()
        second = ShopLock(shop_path)
        assert not second.acquire()
    finally:
        racer.close()


def test_newer_file_opens_read_only_with_a_message(shop_path):
    create_shop(shop_path).close()
    raw = sqlite3.connect(shop_path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    raw.close()
    shop = open_shop(shop_path)
    try:
        assert shop.read_only
        assert shop.read_only_reason == ("The shop file shop.regulars was saved by a newer version of Regulars; "
                                         "it is open read-only.")
        with pytest.raises(sqlite3.OperationalError):
            shop.conn.execute("INSERT INTO settings VALUES ('x', 'y')")
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
    with pytest.raises(db.DamagedFileError) as caught:
        open_shop(shop_path)
    assert _sentence(caught) == ("The shop file shop.regulars could not be updated (disk trouble).", "Shop")
    assert in_vietnamese(caught.value) == "Không cập nhật được tệp cửa hàng shop.regulars (disk trouble)."
    assert _lock_is_free(shop_path)  # the failed opening let go of the lock
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


def _shop_with_a_backup(shop_path, rows: int = 2000):
    shop = create_shop(shop_path, name="Mine")
    with db.transaction(shop.conn):
        shop.conn.executemany("INSERT INTO customers (name, notes) VALUES (?, ?)",
                              ((f"Customer {i}", "n" * 200) for i in range(rows)))
    made = backups.back_up(shop.conn, shop_path)
    shop.close()
    return made


def test_an_emptied_shop_file_beside_its_backups_is_damage_not_a_new_shop(shop_path):
    _shop_with_a_backup(shop_path, rows=10)
    shop_path.write_bytes(b"")
    with pytest.raises(db.DamagedFileError):
        open_shop(shop_path)
    with pytest.raises(db.DamagedFileError):
        create_shop(shop_path)
    assert shop_path.stat().st_size == 0  # nothing was written into it
    shop_path.unlink()  # no file at all beside the backups: a new shop may be made there
    create_shop(shop_path, name="Again").close()


def test_a_shop_file_cut_short_is_damage(shop_path):
    _shop_with_a_backup(shop_path)
    data = shop_path.read_bytes()
    shop_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(db.DamagedFileError):
        open_shop(shop_path)


def test_the_integrity_check_finds_damage_in_the_middle(shop_path):
    from app.services.shop import check_integrity

    _shop_with_a_backup(shop_path)
    shop = open_shop(shop_path)
    assert check_integrity(shop.conn) is True
    assert check_integrity(shop.conn, time_limit=0) is None  # out of time: not judged
    shop.close()
    data = bytearray(shop_path.read_bytes())
    middle = (len(data) // db.PAGE_SIZE // 2) * db.PAGE_SIZE
    data[middle:middle + db.PAGE_SIZE] = b"\x5a" * db.PAGE_SIZE
    shop_path.write_bytes(bytes(data))
    shop = open_shop(shop_path)  # the header and the schema are fine: it opens
    try:
        assert check_integrity(shop.conn) is False
    finally:
        shop.close()


def _sentence(caught) -> tuple[str, str]:
    return str(caught.value), caught.value.context


def test_what_opening_says_when_it_cannot(shop_path, tmp_path):
    from app.services.shop import require_writable

    with pytest.raises(UserError) as caught:
        open_shop(tmp_path / "missing.regulars", read_only=True)
    assert _sentence(caught) == (f"The shop file {tmp_path / 'missing.regulars'} does not exist.", "Shop")
    _shop_with_a_backup(shop_path, rows=10)
    with pytest.raises(UserError) as caught:
        create_shop(shop_path)
    assert _sentence(caught) == ("The file shop.regulars already exists.", "Shop")
    holder = open_shop(shop_path)
    try:
        with pytest.raises(ShopInUseError) as caught:
            open_shop(shop_path)
        assert _sentence(caught) == ("The shop file shop.regulars is already open in another window.", "Shop")
        reader = open_shop(shop_path, read_only=True)
        with pytest.raises(UserError) as caught:
            require_writable(reader)
        assert _sentence(caught) == ("The shop file shop.regulars is open read-only.", "Shop")
        require_writable(holder)  # a writable shop passes
        assert reader.connect().execute("SELECT value FROM settings WHERE key = 'shop_name'").fetchone() == ("Mine",)
        reader.close()
    finally:
        holder.close()
    raw = sqlite3.connect(shop_path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    raw.close()
    newer = open_shop(shop_path)
    try:
        with pytest.raises(UserError) as caught:
            require_writable(newer)
        assert _sentence(caught) == (
            "The shop file shop.regulars was saved by a newer version of Regulars; it is open read-only.", "Shop")
    finally:
        newer.close()


def test_what_opening_says_about_emptied_and_cut_short_files(shop_path):
    _shop_with_a_backup(shop_path)
    data = shop_path.read_bytes()
    shop_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(db.DamagedFileError) as caught:
        open_shop(shop_path)
    assert _sentence(caught) == ("The shop file shop.regulars is shorter than it should be: part of it is missing.",
                                 "Shop")
    shop_path.write_bytes(b"")
    with pytest.raises(db.DamagedFileError) as caught:
        open_shop(shop_path)
    assert _sentence(caught) == ("The shop file shop.regulars is empty although it has backups.", "Shop")


def test_a_one_byte_file_is_not_an_empty_new_shop(tmp_path):
    path = tmp_path / "one.regulars"
    path.write_bytes(b"S")
    with pytest.raises(db.NotAShopFileError) as caught:
        open_shop(path)
    assert str(caught.value) == "The file one.regulars is not a Regulars shop file."
    with pytest.raises(UserError) as caught:
        create_shop(path)
    assert _sentence(caught) == ("The file one.regulars already exists.", "Shop")
    assert path.read_bytes() == b"S"


def _lock_is_free(shop_path) -> bool:
    lock = ShopLock(shop_path)
    try:
        return lock.acquire()
    finally:
        lock.release()


def test_the_lock_is_a_file_beside_the_shop_naming_the_process_that_holds_it(shop_path):
    lock_file = shop_path.with_name("shop.regulars.lock")
    lock_file.write_text("999999999 (left by a window that crashed)")
    shop = create_shop(shop_path)
    try:
        assert ShopLock(shop_path).path == lock_file
        assert lock_file.read_text() == str(os.getpid())
    finally:
        shop.close()
    assert lock_file.exists()  # never removed (see ShopLock)
    ShopLock(shop_path).release()  # releasing a lock never taken is harmless


def test_a_new_shop_is_named_after_its_file_in_dong_and_vietnamese_unless_told(tmp_path):
    shop = create_shop(tmp_path / "new" / "deeper" / "Tiệm Lan.regulars")
    try:
        assert [shop_settings.get(shop.conn, key) for key in ("shop_name", "currency", "locale")] == [
            "Tiệm Lan", "VND", "vi_VN"]
        assert (shop.read_only, shop.read_only_reason) == (False, "")
    finally:
        shop.close()
    pounds = create_shop(tmp_path / "London.regulars", currency="GBP", locale="en_GB")
    try:
        assert [shop_settings.get(pounds.conn, key) for key in ("currency", "locale")] == ["GBP", "en_GB"]
    finally:
        pounds.close()
    opened = open_shop(tmp_path / "other" / "deeper" / "shop.regulars")  # opening creates the folders too
    try:
        assert db.user_version(opened.conn) == migrations.SCHEMA_VERSION
    finally:
        opened.close()


def test_an_empty_file_without_backups_becomes_a_new_shop(shop_path):
    shop_path.write_bytes(b"")  # e.g. made by a file dialog before the shop was saved into it
    shop = create_shop(shop_path, name="Fresh")
    try:
        assert shop.name == "Fresh"
    finally:
        shop.close()


def test_a_reader_is_not_a_writer_and_has_no_reason_to_give(shop):
    reader = open_shop(shop.path, read_only=True)
    try:
        assert (reader.read_only, reader.read_only_reason) == (True, "")
        own = reader.connect()
        with pytest.raises(sqlite3.OperationalError):
            own.execute("INSERT INTO settings VALUES ('x', 'y')")
        own.close()
    finally:
        reader.close()


def _connections_keep_to_their_thread(open_connection) -> None:
    """A connection refuses use from another thread unless opened with check_same_thread=False."""
    mine, shared = open_connection(), open_connection(check_same_thread=False)
    try:
        with ThreadPoolExecutor(1) as pool:
            with pytest.raises(sqlite3.ProgrammingError):
                pool.submit(mine.execute, "SELECT 1").result()
            assert pool.submit(lambda: shared.execute("SELECT 1").fetchone()).result() == (1,)
    finally:
        mine.close()
        shared.close()


def test_a_shop_s_connections_keep_to_their_thread_unless_told(shop):
    _connections_keep_to_their_thread(shop.connect)
    _connections_keep_to_their_thread(lambda **kw: connect_existing(shop.path, **kw))


def test_an_older_file_opened_read_only_is_refused_and_left_as_it_is(shop_path, monkeypatch):
    create_shop(shop_path).close()
    before = shop_path.read_bytes()
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    with pytest.raises(UserError) as caught:
        open_shop(shop_path, read_only=True)
    assert _sentence(caught) == ("The shop file shop.regulars needs an update that a read-only window cannot make.",
                                 "Shop")
    assert in_vietnamese(caught.value) == ("Tệp cửa hàng shop.regulars cần được cập nhật, nhưng cửa sổ chỉ đọc "
                                           "không thể cập nhật tệp.")
    assert shop_path.read_bytes() == before and backups.list_backups(shop_path) == []


def test_a_file_at_the_first_version_is_backed_up_before_its_update(shop_path, monkeypatch):
    with monkeypatch.context() as first_version:
        first_version.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        first_version.setattr(migrations, "SCHEMA_VERSION", 1)
        create_shop(shop_path, name="Old").close()
    shop = open_shop(shop_path)
    try:
        assert db.user_version(shop.conn) == migrations.SCHEMA_VERSION
    finally:
        shop.close()
    [made] = backups.list_backups(shop_path)
    assert made.reason == "before-update" and backups.verify(made.path)


def test_a_schema_that_cannot_be_read_is_named_as_damage(shop_path, monkeypatch):
    """Damage the connection's own settings did not trip over, found when the schema is read."""
    create_shop(shop_path).close()

    def unreadable(conn):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(db, "read_schema", unreadable)
    with pytest.raises(db.DamagedFileError) as caught:
        open_shop(shop_path)
    assert _sentence(caught) == ("The shop file shop.regulars is damaged (database disk image is malformed).", "Shop")
    assert in_vietnamese(caught.value) == "Tệp cửa hàng shop.regulars bị hỏng (database disk image is malformed)."
    assert _lock_is_free(shop_path)


def test_the_shop_name_is_read_without_opening_for_writing(shop_path, tmp_path):
    create_shop(shop_path, name="Tiệm Lan").close()
    assert read_shop_name(shop_path) == "Tiệm Lan"
    missing = tmp_path / "missing.regulars"
    assert read_shop_name(missing) == "missing" and not missing.exists()
    junk = tmp_path / "junk.regulars"
    junk.write_bytes(b"not a shop file " * 100)
    assert read_shop_name(junk) == "junk"
    unnamed = tmp_path / "unnamed.regulars"
    shop = create_shop(unnamed, name="Lan")
    with db.transaction(shop.conn):
        shop_settings.put(shop.conn, "shop_name", "")
    shop.close()
    assert read_shop_name(unnamed) == "unnamed"


def test_connecting_for_an_import_wants_a_shop_at_this_version(shop_path, tmp_path):
    for absent in (tmp_path / "missing.regulars", tmp_path / "empty.regulars"):
        if absent.name == "empty.regulars":
            absent.write_bytes(b"")
        with pytest.raises(UserError) as caught:
            connect_existing(absent)
        assert _sentence(caught) == (f"The shop file {absent} does not exist.", "Shop")
        assert in_vietnamese(caught.value) == f"Tệp cửa hàng {absent} không tồn tại."
    junk = tmp_path / "junk.regulars"
    junk.write_bytes(b"not a shop file " * 100)
    with pytest.raises(db.NotAShopFileError):
        connect_existing(junk)
    create_shop(shop_path).close()
    raw = sqlite3.connect(shop_path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION - 1}")
    raw.close()
    with pytest.raises(UserError) as caught:
        connect_existing(shop_path)
    assert _sentence(caught) == ("The shop file shop.regulars must be opened in Regulars once before importing "
                                 "into it.", "Shop")
    assert in_vietnamese(caught.value) == ("Cần mở tệp cửa hàng shop.regulars trong Khách Quen một lần trước khi "
                                           "nhập dữ liệu vào.")
    raw = sqlite3.connect(shop_path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION}")
    raw.close()
    conn = connect_existing(shop_path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM customers").fetchone() == (0,)
    finally:
        conn.close()


def test_an_integrity_check_that_cannot_read_a_table_finds_damage(shop_path):
    _shop_with_a_backup(shop_path)
    raw = sqlite3.connect(shop_path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customers'").fetchone()[0]
    raw.close()
    data = bytearray(shop_path.read_bytes())
    data[(root - 1) * db.PAGE_SIZE:root * db.PAGE_SIZE] = b"\xff" * db.PAGE_SIZE
    shop_path.write_bytes(bytes(data))
    conn = db.connect(shop_path, read_only=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("PRAGMA quick_check").fetchall()  # SQLite stops reading rather than listing problems
        assert check_integrity(conn) is False
    finally:
        conn.close()


def test_an_integrity_check_that_cannot_read_at_all_does_not_pass_the_file(shop_path):
    """Only running out of time leaves a file unjudged (None); any other error (here the file is
    locked by another program) does not pass it as sound."""
    made = _shop_with_a_backup(shop_path, rows=10)  # a backup file: rollback journal, not WAL
    holder = sqlite3.connect(made.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    checker = sqlite3.connect(made.path, timeout=0)
    try:
        assert check_integrity(checker) is False
    finally:
        checker.close()
        holder.execute("ROLLBACK")
        holder.close()
