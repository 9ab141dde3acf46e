"""Backups of a shop file with SQLite's online backup API, into a folder beside it: before every
migration and import, and on demand. Each backup is verified with `PRAGMA quick_check`; only then
are the oldest beyond KEEP removed. Also: moving a damaged file aside, and restoring a backup."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db
from app.services.changes import Changes, Written
from app.services.errors import UserError

log = logging.getLogger(__name__)

KEEP = 10
SUFFIX = ".regulars-backup"


@dataclass(frozen=True)
class Backup:
    path: Path
    created: dt.datetime
    reason: str


def backup_folder(shop_path: Path) -> Path:
    shop_path = Path(shop_path)
    return shop_path.with_name(f"{shop_path.stem} backups")


def _parse(path: Path) -> Backup | None:
    # "<stem> 2026-11-22 19-40-00-123456 before-import.regulars-backup"
    parts = path.name[: -len(SUFFIX)].rsplit(" ", 3)
    if len(parts) != 4:
        return None
    try:
        created = dt.datetime.strptime(f"{parts[1]} {parts[2]}", "%Y-%m-%d %H-%M-%S-%f")
    except ValueError:
        return None
    return Backup(path=path, created=created, reason=parts[3])


def list_backups(shop_path: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_folder(shop_path)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"*{SUFFIX}") if (b := _parse(p)) is not None]
    return sorted(found, key=lambda b: b.created, reverse=True)


def verify(path: Path) -> bool:
    try:
        db.check_header(path)
        conn = db.connect(path, read_only=True)
    except (db.ShopFileError, sqlite3.Error):
        return False
    try:
        return db.quick_check(conn)
    finally:
        conn.close()


def back_up(conn: sqlite3.Connection, shop_path: Path, *, reason: str = "manual", keep: int = KEEP) -> Backup:
    """Copies the open shop into the backup folder, verifies the copy, then rotates."""
    shop_path = Path(shop_path)
    started = time.perf_counter()
    folder = backup_folder(shop_path)
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now()
    target = folder / f"{shop_path.stem} {now:%Y-%m-%d %H-%M-%S-%f} {reason}{SUFFIX}"
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    if not verify(target):
        target.unlink(missing_ok=True)
        log.error("backup (%s) failed its check", reason)
        raise UserError(QT_TRANSLATE_NOOP(
            "Backups", "The backup of {name} failed its check; the shop file was not changed."),
            context="Backups", name=shop_path.name)
    removed = 0
    for old in list_backups(shop_path)[keep:]:
        old.path.unlink(missing_ok=True)
        removed += 1
    log.info("backup (%s): %d bytes in %.2f s, %d old backups removed", reason, target.stat().st_size,
             time.perf_counter() - started, removed)
    return Backup(path=target, created=now, reason=reason)


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
    shutil.copyfile(backup_path, tmp)
    tmp.replace(shop_path)


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
