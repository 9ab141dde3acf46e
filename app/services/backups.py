"""Backups of a shop file with SQLite's online backup API, into a folder beside it: before every
migration and import, and on demand. A backup is written under a temporary name, verified
(`verify`: a complete SQLite file holding a shop, passing `PRAGMA quick_check`), then renamed into
place, so that a name ending in `.regulars-backup` always holds a complete, checked file.

Rotation keeps the newest KEEP backups that verify, ordered by their time (the time in their name,
else the file's modification time); the backup just made always counts as the newest, whatever the
clock said, and files that do not verify are neither counted nor deleted. Also: moving a damaged
file aside, restoring a backup, and purging a deleted customer from the backups."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Marked
from app.models import db
from app.services.changes import Changes, Written
from app.services.errors import UserError

log = logging.getLogger(__name__)

KEEP = 10
SUFFIX = ".regulars-backup"
TEMP_SUFFIX = ".writing"


@dataclass(frozen=True)
class Backup:
    path: Path
    created: dt.datetime
    reason: str


def backup_folder(shop_path: Path) -> Path:
    shop_path = Path(shop_path)
    return shop_path.with_name(f"{shop_path.stem} backups")


def _parse(path: Path) -> Backup | None:
    # "<stem> 2026-11-22 19-40-00-123456 before-import.regulars-backup"; a backup renamed by hand
    # still counts, dated by its modification time.
    parts = path.name[: -len(SUFFIX)].rsplit(" ", 3)
    if len(parts) == 4:
        try:
            created = dt.datetime.strptime(f"{parts[1]} {parts[2]}", "%Y-%m-%d %H-%M-%S-%f")
        except ValueError:
            pass
        else:
            return Backup(path=path, created=created, reason=parts[3])
    try:
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
    return Backup(path=path, created=modified, reason="")


def list_backups(shop_path: Path) -> list[Backup]:
    """Every file named like a backup, newest first (not verified: see `verify`)."""
    folder = backup_folder(shop_path)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"*{SUFFIX}") if p.is_file() and (b := _parse(p)) is not None]
    return sorted(found, key=lambda b: b.created, reverse=True)


def verify(path: Path) -> bool:
    """True when `path` is a complete shop file that SQLite's quick check finds sound: not empty,
    not cut short, with the shop's tables (an empty database is not a backup)."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        db.check_header(path)
        conn = db.connect(path, read_only=True)
    except (db.ShopFileError, sqlite3.Error, OSError):
        return False
    try:
        if not db.complete_file(path) or not db.quick_check(conn):
            return False
        return conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'settings'"
                            ).fetchone()[0] == 1 and db.user_version(conn) > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def write_verified_copy(conn: sqlite3.Connection, target: Path, failed: Callable[[str], UserError]) -> None:
    """Copies the open shop `conn` into `target` through a temporary file beside it, verified before
    it is renamed into place: `target` is then a complete, checked shop file, or untouched. A
    failure removes the temporary file and raises `failed(reason)`, one sentence saying why."""
    target = Path(target)
    tmp = target.with_name(target.name + TEMP_SUFFIX)
    try:
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        if not verify(tmp):
            raise failed(Marked(QT_TRANSLATE_NOOP("Backups", "the copy failed its check"), "Backups"))
        _sync(tmp)
        for side in ("-wal", "-shm"):  # left by a shop file that `target` replaces
            Path(f"{target}{side}").unlink(missing_ok=True)
        tmp.replace(target)
    except UserError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise failed(_reason(exc)) from exc
    finally:
        _remove_quietly(tmp)
        _remove_quietly(tmp.with_name(tmp.name + "-journal"))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def back_up(conn: sqlite3.Connection, shop_path: Path, *, reason: str = "manual", keep: int = KEEP) -> Backup:
    """Copies the open shop into the backup folder (atomically, verified), then rotates."""
    shop_path = Path(shop_path)
    started = time.perf_counter()
    folder = backup_folder(shop_path)
    now = dt.datetime.now()
    target = folder / f"{shop_path.stem} {now:%Y-%m-%d %H-%M-%S-%f} {reason}{SUFFIX}"

    def failed(why: str) -> UserError:
        return UserError(QT_TRANSLATE_NOOP(
            "Backups", "The backup of {name} could not be made in {folder} ({reason}); the shop file was not changed."),
            context="Backups", name=shop_path.name, folder=str(folder), reason=why)

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise failed(_reason(exc)) from exc
    write_verified_copy(conn, target, failed)
    made = Backup(path=target, created=now, reason=reason)
    removed = rotate(shop_path, made, keep=keep)
    log.info("backup (%s): %d bytes in %.2f s, %d old backups removed", reason, target.stat().st_size,
             time.perf_counter() - started, len(removed))
    return made


VERIFIED_RECORD = "verified.json"  # in the backup folder: name -> [size, mtime_ns] when last verified


def _identity(path: Path) -> list[int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns]


def _read_record(folder: Path) -> dict[str, list[int]]:
    try:
        record = json.loads((folder / VERIFIED_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _write_record(folder: Path, record: dict[str, list[int]]) -> None:
    tmp = folder / (VERIFIED_RECORD + TEMP_SUFFIX)
    try:
        tmp.write_text(json.dumps(record), encoding="utf-8")
        tmp.replace(folder / VERIFIED_RECORD)
    except OSError:
        _remove_quietly(tmp)  # without the record the next rotation verifies in full


def rotate(shop_path: Path, made: Backup, *, keep: int = KEEP) -> list[Path]:
    """Removes the backups beyond the newest `keep` good ones. `made` (just written and verified)
    counts first whatever its date; the others are walked newest first and verified, and only files
    older than the last good one kept are removed. Returns the removed files.

    A backup verified before and unchanged since (same size and modification time, see
    VERIFIED_RECORD) is checked cheaply (header and length) instead of by a full quick check, which
    costs about a second per million sales lines; recovery and restore always check in full."""
    folder = backup_folder(shop_path)
    record = _read_record(folder)
    kept_record: dict[str, list[int]] = {}
    made_identity = _identity(made.path)
    if made_identity is not None:
        kept_record[made.path.name] = made_identity
    good = 1
    removed: list[Path] = []
    for backup in list_backups(shop_path):
        if backup.path == made.path:
            continue
        if good < keep:
            identity = _identity(backup.path)
            known = identity is not None and record.get(backup.path.name) == identity
            if (known and _sound_outline(backup.path)) or verify(backup.path):
                good += 1
                if identity is not None:
                    kept_record[backup.path.name] = identity
            continue  # a damaged one among the newest is kept: it is not ours to throw away
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError:
            pass  # a file we cannot remove only takes room
    _write_record(folder, kept_record)
    return removed


def _sound_outline(path: Path) -> bool:
    """The cheap part of `verify`: a SQLite header and the whole length the header promises."""
    try:
        db.check_header(path)
        return path.stat().st_size > 0 and db.complete_file(path)
    except (db.ShopFileError, OSError):
        return False


def newest_good_backup(shop_path: Path) -> Backup | None:
    for backup in list_backups(shop_path):
        if verify(backup.path):
            return backup
    return None


def move_aside(shop_path: Path) -> Path:
    """Renames a damaged shop file (and its WAL files) so that it is kept but no longer opened."""
    shop_path = Path(shop_path)
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H-%M-%S")
    target = shop_path.with_name(f"{shop_path.stem} damaged {stamp}{shop_path.suffix}")
    shop_path.rename(target)
    for extra in ("-wal", "-shm"):
        side = shop_path.with_name(shop_path.name + extra)
        if side.exists():
            side.rename(target.with_name(target.name + extra))
    return target


def restore_file(backup_path: Path, shop_path: Path) -> None:
    """Puts a verified backup in place of a shop file that is not open (e.g. after move_aside)."""
    if not verify(backup_path):
        raise UserError(QT_TRANSLATE_NOOP("Backups", "The backup {name} is damaged and cannot be restored."),
                        context="Backups", name=Path(backup_path).name)
    tmp = Path(shop_path).with_name(Path(shop_path).name + ".restoring")
    try:
        shutil.copyfile(backup_path, tmp)
        _sync(tmp)
        tmp.replace(shop_path)
    except OSError as exc:
        _remove_quietly(tmp)
        raise UserError(QT_TRANSLATE_NOOP("Backups", "The backup {name} could not be restored ({reason})."),
                        context="Backups", name=Path(backup_path).name, reason=_reason(exc)) from exc


def restore_into(conn: sqlite3.Connection, shop_path: Path, backup_path: Path) -> Written[Backup]:
    """Replaces the content of the open shop with a backup, after backing up the current state.
    The value is the safety backup, so that the owner can go back; the whole shop changed."""
    if not verify(backup_path):
        raise UserError(QT_TRANSLATE_NOOP("Backups", "The backup {name} is damaged and cannot be restored."),
                        context="Backups", name=Path(backup_path).name)
    safety = back_up(conn, shop_path, reason="before-restore")
    log.info("restoring the backup of %s", f"{dt.datetime.fromtimestamp(Path(backup_path).stat().st_mtime):%Y-%m-%d %H:%M}")
    src = sqlite3.connect(f"{Path(backup_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
    return Written(safety, Changes(shop=True))
