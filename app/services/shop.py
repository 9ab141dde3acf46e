"""Opening, creating and closing shop files: migration (with a verified backup first), the lock
that keeps a second window from writing to the same file, and read-only opening of files written
by a newer version of Regulars."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db, migrations
from app.models import settings as shop_settings
from app.services.errors import UserError


class ShopInUseError(UserError):
    """Another window or program has this shop file open for writing."""


class ShopLock:
    """An advisory lock on `<shop file>.lock`, released by the OS if the process dies.

    The lock file is never removed: another process may have opened it and be about to lock it,
    and removing it would let that process lock a file nobody else sees while a third one creates
    and locks a new one (two writers)."""

    def __init__(self, shop_path: Path):
        self.path = shop_path.with_name(shop_path.name + ".lock")
        self._fh = None

    def acquire(self) -> bool:
        fh = open(self.path, "a+")
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing releases the lock; the file stays (see the class)
            self._fh = None


@dataclass
class Shop:
    """An open shop file. `conn` belongs to the thread that opened it; workers call `connect()`."""

    path: Path
    conn: sqlite3.Connection
    read_only: bool = False
    read_only_reason: str = ""
    _lock: ShopLock | None = field(default=None, repr=False)

    def connect(self, *, check_same_thread: bool = True) -> sqlite3.Connection:
        return db.connect(self.path, read_only=self.read_only, check_same_thread=check_same_thread)

    @property
    def name(self) -> str:
        return shop_settings.get(self.conn, "shop_name") or self.path.stem

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def create_shop(path: str | Path, *, name: str = "", currency: str = "VND", locale: str = "vi_VN") -> Shop:
    """Creates a new, empty shop file (refuses to overwrite a non-empty file)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(QT_TRANSLATE_NOOP("Shop", "The file {name} already exists."), context="Shop", name=path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    shop = open_shop(path)
    with db.transaction(shop.conn):
        shop_settings.put_many(shop.conn, {"shop_name": name or path.stem, "currency": currency, "locale": locale})
    return shop


NEWER_VERSION = QT_TRANSLATE_NOOP("Shop", "The shop file {name} was saved by a newer version of Regulars; "
                                  "it is open read-only.")


def open_shop(path: str | Path, *, read_only: bool = False, lock: bool = True) -> Shop:
    """Opens (creating when missing) a shop file, migrating it after a backup when it is older.

    Raises ShopInUseError when another process holds it for writing (the caller may retry with
    read_only=True), and db.ShopFileError subclasses for files that are not usable at all.
    A file from a newer version opens read-only with `read_only_reason` set.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        db.check_header(path)
        if not db.complete_file(path):
            raise db.DamagedFileError(QT_TRANSLATE_NOOP("Shop", "The shop file {name} is shorter than it should be: "
                                                        "part of it is missing."), context="Shop", name=path.name)
    elif path.exists() and _has_backups(path):
        # an emptied file beside its backups was a shop: never start a new, empty one in its place
        raise db.DamagedFileError(QT_TRANSLATE_NOOP("Shop", "The shop file {name} is empty although it has backups."),
                                  context="Shop", name=path.name)
    elif read_only:
        raise UserError(QT_TRANSLATE_NOOP("Shop", "The shop file {path} does not exist."), context="Shop", path=str(path))
    shop_lock = None
    if not read_only and lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        shop_lock = ShopLock(path)
        if not shop_lock.acquire():
            raise ShopInUseError(QT_TRANSLATE_NOOP("Shop", "The shop file {name} is already open in another window."),
                                 context="Shop", name=path.name)
    try:
        conn = db.connect(path, read_only=read_only)
        try:
            version = db.user_version(conn)
            db.read_schema(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise db.DamagedFileError(QT_TRANSLATE_NOOP("Shop", "The shop file {name} is damaged ({error})."),
                                      context="Shop", name=path.name, error=str(exc)) from exc
        reason = ""
        if version > migrations.SCHEMA_VERSION:
            reason = NEWER_VERSION.format(name=path.name)
            if not read_only:
                conn.close()
                conn = db.connect(path, read_only=True)
                read_only = True
        elif version < migrations.SCHEMA_VERSION:
            if read_only:
                conn.close()
                raise UserError(QT_TRANSLATE_NOOP(
                    "Shop", "The shop file {name} needs an update that a read-only window cannot make."),
                    context="Shop", name=path.name)
            if version > 0:
                from app.services import backups

                backups.back_up(conn, path, reason="before-update")
            try:
                migrations.migrate(conn)
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise db.DamagedFileError(QT_TRANSLATE_NOOP("Shop", "The shop file {name} could not be updated ({error})."),
                                          context="Shop", name=path.name, error=str(exc)) from exc
    except BaseException:
        if shop_lock is not None:
            shop_lock.release()
        raise
    return Shop(path=path, conn=conn, read_only=read_only, read_only_reason=reason, _lock=shop_lock)


def read_shop_name(path: str | Path) -> str:
    """The name stored in a shop file (read without opening it for writing), else the file's stem
    (a file that is missing, damaged or not a shop)."""
    path = Path(path)
    try:
        conn = db.connect(path, read_only=True)
        try:
            return shop_settings.get(conn, "shop_name") or path.stem
        finally:
            conn.close()
    except (db.ShopFileError, sqlite3.Error, OSError):  # db.connect names damage as ShopFileError
        return path.stem


def connect_existing(path: str | Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection of its own to an existing shop file that is at this version's schema, for work
    off the GUI thread or in another process (an import). Never creates, migrates or locks: raises
    UserError when the file is missing or needs opening in the app first, ShopFileError when it is
    not a usable shop file."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        raise UserError(QT_TRANSLATE_NOOP("Shop", "The shop file {path} does not exist."), context="Shop", path=str(path))
    db.check_header(path)
    conn = db.connect(path, check_same_thread=check_same_thread)
    if migrations.pending(conn) != 0:
        conn.close()
        raise UserError(QT_TRANSLATE_NOOP(
            "Shop", "The shop file {name} must be opened in Regulars once before importing into it."),
            context="Shop", name=path.name)
    return conn
def _has_backups(path: Path) -> bool:
    from app.services import backups

    return bool(backups.list_backups(path))


CHECK_TIME_LIMIT = 20.0  # seconds; a quick check of a shop of a million lines takes well under one


def check_integrity(conn: sqlite3.Connection, *, time_limit: float = CHECK_TIME_LIMIT) -> bool | None:
    """SQLite's quick check of an open shop file: True when sound, False when damaged, None when a
    very large file could not be checked within `time_limit` seconds (then it is not judged)."""
    deadline = time.monotonic() + time_limit
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return None
        return False
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.set_progress_handler(None, 0)
    return rows == [("ok",)]


def require_writable(shop: Shop) -> None:
    if shop.read_only and shop.read_only_reason:
        raise UserError(NEWER_VERSION, context="Shop", name=shop.path.name)
    if shop.read_only:
        raise UserError(QT_TRANSLATE_NOOP("Shop", "The shop file {name} is open read-only."),
                        context="Shop", name=shop.path.name)
