"""Opening a shop file: the SQLite connection with its pragmas, transactions, and the errors a file
can raise when it is not a shop file, is damaged, or comes from a newer version of the app."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, TranslatableError

SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 8192  # measured: bulk loads of sales lines are ~30% faster than with 4096


class ShopFileError(TranslatableError):
    """A shop file cannot be used; the message is one sentence for the owner (marked in context
    "ShopFile", see app.i18n.TranslatableError)."""


class NotAShopFileError(ShopFileError):
    pass


class DamagedFileError(ShopFileError):
    pass


class NewerVersionError(ShopFileError):
    """The file was written by a newer version of Regulars; it may only be read."""


def connect(path: str | Path, *, read_only: bool = False, check_same_thread: bool = True) -> sqlite3.Connection:
    """Opens `path` (which must exist unless we create it) with the shop's pragmas.

    The connection is in autocommit mode: writes group themselves with `transaction()`.
    """
    path = Path(path)
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=check_same_thread)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=check_same_thread)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MB
        conn.execute("PRAGMA temp_store = MEMORY")
        if not read_only:
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # only takes effect on a new, empty file
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedFileError(QT_TRANSLATE_NOOP("ShopFile", "The file {name} is damaged or is not a shop file ({error})."),
                              context="ShopFile", name=path.name, error=str(exc)) from exc
    return conn


def check_header(path: str | Path) -> None:
    """Refuses files that are not SQLite databases before SQLite gets a chance to misread them."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ShopFileError(QT_TRANSLATE_NOOP("ShopFile", "The file {name} cannot be read: {error}."),
                            context="ShopFile", name=path.name, error=exc.strerror) from exc
    if head != SQLITE_MAGIC:
        if len(head) == 0:
            return  # an empty file is a new shop
        raise NotAShopFileError(QT_TRANSLATE_NOOP("ShopFile", "The file {name} is not a Regulars shop file."),
                                context="ShopFile", name=path.name)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def read_schema(conn: sqlite3.Connection) -> int:
    """Reads the file's schema (raises sqlite3.DatabaseError for a damaged file); its object count."""
    return int(conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0])


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True,
                commit: bool = True) -> Iterator[sqlite3.Connection]:
    """One transaction (or a savepoint when already inside one): all of it, or nothing. With
    `commit=False` everything is rolled back at the end too (a dry run).

    The same semantics as sqlite-utils' `db.atomic()` (which the migrations use), but with
    BEGIN IMMEDIATE (no lock upgrade that can fail under WAL) and without importing sqlite_utils, which
    imports pandas: this function is on the GUI start-up and editing paths."""
    if conn.in_transaction:
        name = f"sp_{id(conn)}_{_savepoint_counter()}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        if not commit:
            conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT" if commit else "ROLLBACK")


_counter = 0


def _savepoint_counter() -> int:
    global _counter
    _counter += 1
    return _counter


def quick_check(conn: sqlite3.Connection) -> bool:
    """True when SQLite's quick integrity check finds nothing wrong."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]
