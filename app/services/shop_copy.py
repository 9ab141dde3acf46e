"""Saving a copy of the open shop file elsewhere (File > Save a copy): SQLite's online backup API
into a temporary file beside the target, verified, then moved into place, so that the target is
either a complete, checked shop file or untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services import backups, file_checks
from app.services.errors import UserError


def save_copy(conn: sqlite3.Connection, shop_path: Path, target: Path) -> Path:
    """Writes a self-contained copy (no WAL file) of the open shop to `target`, replacing it."""
    target = Path(target)
    if target.resolve() == Path(shop_path).resolve():
        raise UserError(QT_TRANSLATE_NOOP(
            "ShopCopy", "A copy cannot replace the shop file it is made from; choose another name."), context="ShopCopy")
    file_checks.check_output(target)

    def failed(why: str) -> UserError:
        return UserError(QT_TRANSLATE_NOOP("ShopCopy", "The copy could not be written to {folder} ({error}); nothing was saved."),
                         context="ShopCopy", folder=str(target.parent), error=why)

    backups.write_verified_copy(conn, target, failed)
    return target
