"""Backups that always come back: atomic writes, verification that refuses incomplete or damaged
files, rotation that never loses the newest good backups, and recovery that skips a damaged one."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sqlite3

import pytest

from app.models import db
from app.models import settings as shop_settings
from app.services import backups
from app.services.changes import Changes
from app.services.errors import UserError
from app.services.shop import create_shop
from tests.vietnamese_errors import in_vietnamese


def _fill(shop, rows: int = 3000) -> None:
    """Enough pages for damage in the middle of the file to land in a table, not in the header."""
    with db.transaction(shop.conn):
        shop.conn.executemany("INSERT INTO customers (name, notes) VALUES (?, ?)",
                              ((f"Customer {i}", "x" * 200) for i in range(rows)))


def test_verify_refuses_an_empty_file_and_an_empty_database(tmp_path):
    empty = tmp_path / "empty.regulars-backup"
    empty.write_bytes(b"")
    assert not backups.verify(empty)
    bare = tmp_path / "bare.regulars-backup"
    conn = sqlite3.connect(bare)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    assert bare.stat().st_size > 0
    assert not backups.verify(bare)


def test_verify_refuses_a_backup_damaged_in_the_middle_or_cut_short(shop):
    _fill(shop)
    made = backups.back_up(shop.conn, shop.path)
    assert backups.verify(made.path)
    data = bytearray(made.path.read_bytes())
    pages = len(data) // db.PAGE_SIZE
    assert pages > 20
    middle = (pages // 2) * db.PAGE_SIZE
    damaged = bytes(data[:middle]) + b"\x5a" * db.PAGE_SIZE + bytes(data[middle + db.PAGE_SIZE:])
    assert damaged[:100] == bytes(data[:100])  # the header is intact
    made.path.write_bytes(damaged)
    assert not backups.verify(made.path)
    made.path.write_bytes(bytes(data[: len(data) // 2]))  # a copy that stopped half-way
    assert not backups.verify(made.path)


def test_a_backup_that_fails_its_check_leaves_no_file_and_says_why(shop, monkeypatch):
    monkeypatch.setattr(backups, "verify", lambda path: False)
    with pytest.raises(UserError) as caught:
        backups.back_up(shop.conn, shop.path)
    assert "failed its check" in str(caught.value)
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)
    assert list(backups.backup_folder(shop.path).iterdir()) == []


def test_a_backup_into_a_place_that_cannot_be_written_says_why_and_leaves_nothing(tmp_path):
    shop = create_shop(tmp_path / "shop.regulars")
    try:
        backups.backup_folder(shop.path).write_text("a file where the folder should be")
        with pytest.raises(UserError) as caught:
            backups.back_up(shop.conn, shop.path)
        assert "could not be made" in str(caught.value)
    finally:
        shop.close()


def test_rotation_with_the_default_count_keeps_exactly_that_many(shop):
    made = [backups.back_up(shop.conn, shop.path, reason=f"r{i}") for i in range(backups.KEEP + 3)]
    kept = backups.list_backups(shop.path)
    assert len(kept) == backups.KEEP
    assert [b.path for b in kept] == [b.path for b in reversed(made[3:])]


def test_rotation_does_not_count_damaged_backups_and_keeps_the_good_ones(shop):
    good = [backups.back_up(shop.conn, shop.path, reason=f"good{i}", keep=3) for i in range(3)]
    # two newer files under backup names that do not verify (a 0-byte one and a truncated one)
    folder = backups.backup_folder(shop.path)
    later = dt.datetime.now() + dt.timedelta(minutes=1)
    zero = folder / f"shop {later:%Y-%m-%d %H-%M-%S-%f} zero{backups.SUFFIX}"
    zero.write_bytes(b"")
    cut = folder / f"shop {later + dt.timedelta(seconds=1):%Y-%m-%d %H-%M-%S-%f} cut{backups.SUFFIX}"
    cut.write_bytes(good[0].path.read_bytes()[:5000])
    newest = backups.back_up(shop.conn, shop.path, reason="new", keep=3)
    remaining = {b.path for b in backups.list_backups(shop.path) if backups.verify(b.path)}
    # the new one plus the two newest good ones: the damaged files did not count as good ones
    assert remaining == {newest.path, good[2].path, good[1].path}
    assert not good[0].path.exists()


def test_a_clock_set_back_does_not_delete_the_new_backup(shop, monkeypatch):
    for i in range(3):
        backups.back_up(shop.conn, shop.path, reason=f"r{i}", keep=3)

    class Yesteryear(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2001, 1, 1, 12, 0, 0)

    monkeypatch.setattr(backups.dt, "datetime", Yesteryear)
    made = backups.back_up(shop.conn, shop.path, reason="clock-back", keep=3)
    assert made.path.exists() and backups.verify(made.path)
    assert len(backups.list_backups(shop.path)) == 3


def test_recovery_skips_a_damaged_newest_backup(shop):
    _fill(shop, 500)
    older = backups.back_up(shop.conn, shop.path, reason="older")
    with db.transaction(shop.conn):
        shop_settings.put(shop.conn, "shop_name", "Later")
    newest = backups.back_up(shop.conn, shop.path, reason="newest")
    data = bytearray(newest.path.read_bytes())
    middle = (len(data) // db.PAGE_SIZE // 2) * db.PAGE_SIZE
    data[middle:middle + db.PAGE_SIZE] = b"\xa5" * db.PAGE_SIZE
    newest.path.write_bytes(bytes(data))
    found = backups.newest_good_backup(shop.path)
    assert found is not None and found.path == older.path


def test_no_temporary_files_are_left_beside_backups(shop):
    backups.back_up(shop.conn, shop.path)
    names = sorted(p.name for p in backups.backup_folder(shop.path).iterdir())
    assert len(names) == 2 and names[0].endswith(backups.SUFFIX) and names[1] == backups.VERIFIED_RECORD


def test_rotation_checks_in_full_only_backups_it_has_not_verified_unchanged(shop, monkeypatch):
    made = [backups.back_up(shop.conn, shop.path, reason=f"r{i}", keep=5) for i in range(3)]
    full_checks = []
    real_verify = backups.verify
    monkeypatch.setattr(backups, "verify", lambda path: full_checks.append(path.name) or real_verify(path))
    backups.back_up(shop.conn, shop.path, reason="r3", keep=5)
    assert len(full_checks) == 1 and full_checks[0].endswith(backups.TEMP_SUFFIX)  # only the new one
    full_checks.clear()
    data = made[1].path.read_bytes()
    made[1].path.write_bytes(data[: len(data) // 2])  # changed since it was verified: checked in full
    backups.back_up(shop.conn, shop.path, reason="r4", keep=5)
    assert made[1].path.name in full_checks and len(full_checks) == 2
    good = [b for b in backups.list_backups(shop.path) if real_verify(b.path)]
    assert len(good) == 4  # the cut one is not counted, and no good one was removed for it


@pytest.mark.skipif(os.name != "posix", reason="file size limits are POSIX")
def test_a_full_disk_during_a_backup_leaves_no_partial_file(shop, tmp_path):
    """A real write failure: the backup runs in a child process limited to small files (RLIMIT_FSIZE),
    as a full disk would stop it."""
    import subprocess
    import sys

    _fill(shop, 2000)
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))\n"
        "from pathlib import Path\n"
        "from app.models import db\n"
        "from app.services import backups\n"
        "from app.services.errors import UserError\n"
        "conn = db.connect(Path(sys.argv[1]), read_only=True)\n"
        "try:\n"
        "    backups.back_up(conn, Path(sys.argv[1]))\n"
        "except UserError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(2)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(shop.path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stderr
    assert "could not be made" in result.stdout and "Traceback" not in result.stderr
    assert list(backups.backup_folder(shop.path).iterdir()) == []


def test_backups_of_a_shop_with_spaces_in_its_name_keep_their_date_and_reason(tmp_path):
    shop = create_shop(tmp_path / "Tiệm trà của Lan.regulars")
    try:
        made = backups.back_up(shop.conn, shop.path, reason="before-import")
    finally:
        shop.close()
    [found] = backups.list_backups(shop.path)
    assert (found.path, found.reason, found.created) == (made.path, "before-import", made.created)
    assert backups.backup_folder(shop.path).name == "Tiệm trà của Lan backups"


def test_a_backup_renamed_by_hand_is_listed_by_its_modification_time(shop):
    made = backups.back_up(shop.conn, shop.path, reason="manual")
    renamed = made.path.with_name(f"before my holiday{backups.SUFFIX}")
    made.path.rename(renamed)
    when = dt.datetime(2025, 3, 1, 8, 30)
    os.utime(renamed, (when.timestamp(), when.timestamp()))
    newer = backups.back_up(shop.conn, shop.path, reason="manual")
    found = backups.list_backups(shop.path)
    assert [b.path for b in found] == [newer.path, renamed]
    assert (found[1].created, found[1].reason) == (when, "")
    assert backups.newest_good_backup(shop.path).path == newer.path
    (backups.backup_folder(shop.path) / f"notes.txt{backups.SUFFIX}.txt").write_text("not a backup")
    assert len(backups.list_backups(shop.path)) == 2


def _damage_middle(path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // db.PAGE_SIZE // 2) * db.PAGE_SIZE
    data[middle:middle + db.PAGE_SIZE] = b"\xa5" * db.PAGE_SIZE
    path.write_bytes(bytes(data))


def test_restoring_a_damaged_backup_is_refused_by_name_and_changes_nothing(shop):
    _fill(shop, 500)
    made = backups.back_up(shop.conn, shop.path, reason="older")
    _damage_middle(made.path)
    with db.transaction(shop.conn):
        shop_settings.put(shop.conn, "shop_name", "Current")
    for restore in (lambda: backups.restore_into(shop.conn, shop.path, made.path),
                    lambda: backups.restore_file(made.path, shop.path)):
        with pytest.raises(UserError) as caught:
            restore()
        assert str(caught.value) == f"The backup {made.path.name} is damaged and cannot be restored."
        assert caught.value.context == "Backups"
    assert shop_settings.get(shop.conn, "shop_name") == "Current"
    assert [b.path for b in backups.list_backups(shop.path)] == [made.path]  # no safety backup either
    assert not list(shop.path.parent.glob("*.restoring"))


def test_restore_file_puts_a_good_backup_in_place_of_a_closed_shop(tmp_path):
    path = tmp_path / "shop.regulars"
    shop = create_shop(path, name="Before")
    made = backups.back_up(shop.conn, path)
    with db.transaction(shop.conn):
        shop_settings.put(shop.conn, "shop_name", "After")
    shop.close()
    backups.restore_file(made.path, path)
    assert path.read_bytes() == made.path.read_bytes()
    assert not list(tmp_path.glob("*.restoring"))
    conn = db.connect(path, read_only=True)
    try:
        assert shop_settings.get(conn, "shop_name") == "Before"
    finally:
        conn.close()


def test_restore_into_keeps_the_current_state_as_a_safety_backup(shop):
    first = backups.back_up(shop.conn, shop.path, reason="first")
    with db.transaction(shop.conn):
        shop_settings.put(shop.conn, "shop_name", "Renamed")
    safety = backups.restore_into(shop.conn, shop.path, first.path).value
    assert safety.reason == "before-restore" and backups.verify(safety.path)
    assert shop_settings.get(shop.conn, "shop_name") == "Test shop"
    assert {b.path for b in backups.list_backups(shop.path)} == {first.path, safety.path}


def test_move_aside_takes_the_log_files_along(tmp_path):
    tmp_path = tmp_path / "shop"
    tmp_path.mkdir()
    path = tmp_path / "shop.regulars"
    for suffix, content in (("", b"main"), ("-wal", b"log"), ("-shm", b"index")):
        (tmp_path / f"shop.regulars{suffix}").write_bytes(content)
    moved = backups.move_aside(path)
    import re

    assert re.fullmatch(r"shop damaged \d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}\.regulars", moved.name), moved.name
    assert moved.read_bytes() == b"main"
    assert (tmp_path / f"{moved.name}-wal").read_bytes() == b"log"
    assert (tmp_path / f"{moved.name}-shm").read_bytes() == b"index"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([moved.name, f"{moved.name}-wal", f"{moved.name}-shm"])


def test_an_unfinished_integrity_check_leaves_the_connection_usable(shop):
    from app.services.shop import check_integrity

    _fill(shop, 2000)
    assert check_integrity(shop.conn, time_limit=0) is None
    assert shop.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)  # no leftover time limit
    assert check_integrity(shop.conn) is True


def test_verify_only_reads(shop):
    made = backups.back_up(shop.conn, shop.path)
    before = made.path.read_bytes()
    assert backups.verify(made.path)
    assert made.path.read_bytes() == before
    assert sorted(p.name for p in made.path.parent.iterdir()) == sorted([made.path.name, backups.VERIFIED_RECORD])


def test_verify_wants_the_shop_tables_and_a_schema_version(tmp_path):
    import sqlite3

    def database(name: str, version: int, settings: bool):
        path = tmp_path / name
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)" if settings else "CREATE TABLE x (y)")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.close()
        return path

    old = database("old.regulars-backup", 1, True)
    before = old.read_bytes()
    assert backups.verify(old)  # a backup made before an update
    assert old.read_bytes() == before  # read only: not even turned into a write-ahead-log file
    assert not backups.verify(database("unversioned.regulars-backup", 0, True))
    assert not backups.verify(database("other.regulars-backup", 3, False))


def test_a_failed_backup_names_the_shop_the_folder_and_the_reason(tmp_path):
    shop = create_shop(tmp_path / "shop.regulars")
    try:
        folder = backups.backup_folder(shop.path)
        folder.write_text("a file where the folder should be")
        with pytest.raises(UserError) as caught:
            backups.back_up(shop.conn, shop.path)
    finally:
        shop.close()
    assert str(caught.value) == (f"The backup of shop.regulars could not be made in {folder} (File exists); "
                                 "the shop file was not changed.")
    assert caught.value.context == "Backups"


def test_a_copy_replacing_a_shop_file_removes_its_stale_log_files(shop, tmp_path):
    from app.services.shop_copy import save_copy

    target = tmp_path / "elsewhere.regulars"
    target.write_bytes(b"old")
    for side in ("-wal", "-shm"):
        (tmp_path / f"elsewhere.regulars{side}").write_bytes(b"stale log of the replaced file")
    save_copy(shop.conn, shop.path, target)
    assert backups.verify(target)
    assert not (tmp_path / "elsewhere.regulars-wal").exists() and not (tmp_path / "elsewhere.regulars-shm").exists()


def test_rotation_checks_unrecorded_backups_in_full(shop):
    _fill(shop, 500)
    good = [backups.back_up(shop.conn, shop.path, reason=f"good{i}", keep=3) for i in range(3)]
    (backups.backup_folder(shop.path) / backups.VERIFIED_RECORD).unlink()  # nothing remembered
    size = good[2].path.stat().st_size
    _damage_middle(good[2].path)  # same size, header intact: only a full check finds it
    assert good[2].path.stat().st_size == size
    backups.back_up(shop.conn, shop.path, reason="new", keep=3)
    assert good[0].path.exists() and good[1].path.exists()  # the damaged one did not count as good


def test_rotation_catches_a_remembered_backup_replaced_by_junk_of_the_same_size_and_time(shop):
    good = [backups.back_up(shop.conn, shop.path, reason=f"good{i}", keep=3) for i in range(3)]
    stat = good[2].path.stat()
    good[2].path.write_bytes(b"\x00" * stat.st_size)
    os.utime(good[2].path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # looks unchanged to the record
    backups.back_up(shop.conn, shop.path, reason="new", keep=3)
    assert good[0].path.exists() and good[1].path.exists()


def test_a_record_that_is_not_a_mapping_is_ignored(shop):
    backups.back_up(shop.conn, shop.path)
    (backups.backup_folder(shop.path) / backups.VERIFIED_RECORD).write_text("[1, 2]")
    backups.back_up(shop.conn, shop.path)
    assert len(backups.list_backups(shop.path)) == 2


def test_rotate_returns_what_it_removed(shop):
    made = [backups.back_up(shop.conn, shop.path, reason=f"r{i}", keep=5) for i in range(3)]
    newest = backups.back_up(shop.conn, shop.path, reason="r3", keep=5)
    assert backups.rotate(shop.path, newest, keep=2) == [made[1].path, made[0].path]


def test_a_backup_made_without_a_reason_is_a_manual_one(shop):
    made = backups.back_up(shop.conn, shop.path)
    assert made.reason == "manual" and made.path.name.endswith(f" manual{backups.SUFFIX}")
    assert [b.reason for b in backups.list_backups(shop.path)] == ["manual"]


def test_a_copy_that_fails_its_check_says_so_in_both_languages(shop, monkeypatch):
    monkeypatch.setattr(backups, "verify", lambda path: False)
    with pytest.raises(UserError) as caught:
        backups.back_up(shop.conn, shop.path)
    folder = backups.backup_folder(shop.path)
    assert str(caught.value) == (f"The backup of shop.regulars could not be made in {folder} (the copy failed its "
                                 "check); the shop file was not changed.")
    assert in_vietnamese(caught.value) == (f"Không thể sao lưu shop.regulars vào {folder} (bản sao không qua được "
                                           "bước kiểm tra); tệp cửa hàng không bị thay đổi.")


def test_a_copy_that_cannot_be_written_names_the_system_reason_and_leaves_nothing(shop, tmp_path):
    target = tmp_path / "copy.regulars"
    blocker = tmp_path / f"copy.regulars{backups.TEMP_SUFFIX}"
    blocker.mkdir()  # the temporary file's place is taken by a folder: the system refuses to remove it
    (blocker / "inside").write_text("x")
    with pytest.raises(UserError) as caught:
        backups.write_verified_copy(shop.conn, target, lambda why: UserError(why))
    assert str(caught.value) == "Is a directory"
    assert not target.exists() and blocker.is_dir()


def test_a_copy_from_a_closed_connection_names_the_database_error(shop, tmp_path):
    conn = db.connect(shop.path, read_only=True)
    conn.close()
    with pytest.raises(UserError) as caught:
        backups.write_verified_copy(conn, tmp_path / "copy.regulars", lambda why: UserError(why))
    assert str(caught.value) == "Cannot operate on a closed database."
    assert not list(tmp_path.glob("copy.regulars*"))


def test_a_backup_is_logged_with_its_size_and_what_rotation_removed(shop, caplog):
    caplog.set_level(logging.INFO, logger=backups.__name__)
    first_size = backups.back_up(shop.conn, shop.path, reason="first", keep=1).path.stat().st_size
    second = backups.back_up(shop.conn, shop.path, reason="second", keep=1)
    logged = [r.getMessage() for r in caplog.records if r.name == backups.__name__]
    pattern = r"backup \((\w+)\): (\d+) bytes in (\d+\.\d\d) s, (\d) old backups removed"
    found = [re.fullmatch(pattern, message) for message in logged]
    assert all(found), logged
    assert [m.group(1) for m in found] == ["first", "second"]
    assert [int(m.group(2)) for m in found] == [first_size, second.path.stat().st_size]
    assert [int(m.group(4)) for m in found] == [0, 1]
    assert all(0 <= float(m.group(3)) < 600 for m in found)  # a duration, not a clock reading


def test_restoring_is_logged_with_the_backup_s_time(shop, caplog):
    made = backups.back_up(shop.conn, shop.path)
    when = dt.datetime(2025, 3, 1, 8, 30)
    os.utime(made.path, (when.timestamp(), when.timestamp()))
    caplog.set_level(logging.INFO, logger=backups.__name__)
    backups.restore_into(shop.conn, shop.path, made.path)
    assert "restoring the backup of 2025-03-01 08:30" in [r.getMessage() for r in caplog.records]


def test_restore_into_says_the_whole_shop_changed(shop):
    made = backups.back_up(shop.conn, shop.path)
    written = backups.restore_into(shop.conn, shop.path, made.path)
    assert written.changes == Changes(shop=True)


def test_a_record_that_cannot_be_written_leaves_no_temporary_file(shop):
    folder = backups.backup_folder(shop.path)
    (folder / backups.VERIFIED_RECORD).mkdir(parents=True)  # a folder where the record should go
    (folder / backups.VERIFIED_RECORD / "inside").write_text("x")
    made = backups.back_up(shop.conn, shop.path)
    assert backups.verify(made.path)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.path.name, backups.VERIFIED_RECORD])


def test_rotation_does_not_trust_a_record_that_vouches_for_a_cut_file(shop):
    """The record only spares a full check of a file that looks whole: one cut short is never counted,
    even when the record (edited, or left by another file of that name) names its size and time."""
    _fill(shop, 500)
    good = [backups.back_up(shop.conn, shop.path, reason=f"good{i}", keep=3) for i in range(3)]
    data = good[2].path.read_bytes()
    good[2].path.write_bytes(data[: len(data) // 2])
    record_path = backups.backup_folder(shop.path) / backups.VERIFIED_RECORD
    record = json.loads(record_path.read_text(encoding="utf-8"))
    stat = good[2].path.stat()
    record[good[2].path.name] = [stat.st_size, stat.st_mtime_ns]
    record_path.write_text(json.dumps(record), encoding="utf-8")
    backups.back_up(shop.conn, shop.path, reason="new", keep=3)
    assert good[0].path.exists() and good[1].path.exists()  # the cut one did not count as good


def test_a_restore_that_cannot_write_says_why_in_both_languages_and_leaves_nothing(shop, tmp_path):
    made = backups.back_up(shop.conn, shop.path)
    occupied = tmp_path / "elsewhere.regulars"
    occupied.mkdir()  # a folder with files in it where the shop file should go
    (occupied / "inside").write_text("x")
    with pytest.raises(UserError) as caught:
        backups.restore_file(made.path, occupied)
    assert str(caught.value) == f"The backup {made.path.name} could not be restored (Is a directory)."
    assert in_vietnamese(caught.value) == f"Không thể khôi phục bản sao lưu {made.path.name} (Is a directory)."
    assert caught.value.context == "Backups"
    assert not list(tmp_path.glob("*.restoring")) and (occupied / "inside").exists()
