"""`db.transaction`: all or nothing, nested as a savepoint, and `commit=False` (a dry run) rolls back
what it wrote at the top level and inside another transaction."""

from __future__ import annotations

import sqlite3

import pytest

from app.models import db


@pytest.fixture
def conn(tmp_path):
    connection = db.connect(tmp_path / "t.sqlite")
    connection.execute("CREATE TABLE t (x INTEGER)")
    yield connection
    connection.close()


def _rows(conn) -> list[int]:
    return [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")]


def test_commit_false_rolls_back_at_the_top_level(conn):
    with db.transaction(conn, commit=False):
        conn.execute("INSERT INTO t VALUES (1)")
        assert _rows(conn) == [1]  # visible inside, as in a real run
    assert _rows(conn) == [] and not conn.in_transaction


def test_commit_false_inside_a_transaction_rolls_back_only_its_savepoint(conn):
    with db.transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        with db.transaction(conn, commit=False):
            conn.execute("INSERT INTO t VALUES (2)")
        assert _rows(conn) == [1]
    assert _rows(conn) == [1]


def test_an_error_rolls_everything_back(conn):
    with pytest.raises(sqlite3.IntegrityError), db.transaction(conn):
        conn.execute("INSERT INTO t VALUES (3)")
        raise sqlite3.IntegrityError("boom")
    assert _rows(conn) == [] and not conn.in_transaction
