"""Saving a copy of the open shop file elsewhere (File > Save a copy): SQLite's online backup API
into a temporary file beside the target, verified, then moved into place, so that the target is
either a complete, checked shop file or untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services import backups
from app.services.errors import UserError


def save_copy(conn: sqlite3.Connection, shop_path: Path, target: Path) -> Path:
    """Writes a self-contained copy (no WAL file) of the open shop to `target`, replacing it."""
    target = Path(target)
    if target.resolve() == Path(shop_path).resolve():
        raise UserError(QT_TRANSLATE_NOOP(
            "ShopCopy", "A copy cannot replace the shop file it is made from; choose another name."), context="ShopCopy")
    if target.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("ShopCopy", "{path} is a folder; choose a file name."),
                        context="ShopCopy", path=str(target))
    tmp = target.with_name(target.name + ".saving")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("ShopCopy", "The copy could not be written to {folder} ({error})."),
                        context="ShopCopy", folder=str(target.parent), error=str(exc)) from exc
    if not backups.verify(tmp):
        tmp.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("ShopCopy", "The copy {name} failed its check; nothing was saved."),
                        context="ShopCopy", name=target.name)
    for side in ("-wal", "-shm"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    tmp.replace(target)
    return target
