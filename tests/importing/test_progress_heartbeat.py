"""Progress keeps coming while one long step runs: a long SQL statement of the import's write (the
SQLite progress handler), a helper thread's result waited for (the figures computed beside the
insert, the CSV's text columns built on a pool). Counted with a fake clock that makes every chance
to report a report, and a fake progress callback: the number of reports, never time."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import Future

import pytest

from app.services.importing import table
from app.services.importing.table import Background, Ticker

LONG_STATEMENT = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT sum(i) FROM n"


@pytest.fixture
def every_call_a_second_later(monkeypatch):
    """time.perf_counter of the importing table module moves one second per call."""
    clock = iter(range(1, 10**9))
    monkeypatch.setattr(table.time, "perf_counter", lambda: float(next(clock)))


def test_a_long_sql_statement_reports_progress_while_it_runs(every_call_a_second_later):
    reports: list[tuple[int, str]] = []
    tick = Ticker(lambda done, _total, message: reports.append((done, message)), None)
    conn = sqlite3.connect(":memory:")
    tick(725, "Saving")
    conn.execute(LONG_STATEMENT).fetchone()
    assert reports == [(725, "Saving")]  # without the heartbeat: silent until the next step
    with tick.sql_heartbeat(conn):
        assert conn.execute(LONG_STATEMENT).fetchone()[0] == 200000 * 200001 // 2  # never interrupted
    assert len(reports) > 10 and set(reports) == {(725, "Saving")}  # the last position, again
    during = len(reports)
    conn.execute(LONG_STATEMENT).fetchone()
    assert len(reports) == during  # the handler is gone with the block


def test_waiting_for_a_helper_reports_progress_and_answers_cancel(every_call_a_second_later):
    release = threading.Event()
    reports: list[int] = []

    def progress(done, _total, _message):
        reports.append(done)
        if len(reports) == 4:
            release.set()  # the helper ends once three heartbeats came after the first report

    tick = Ticker(progress, None)
    tick(950)
    helper = Background("test-helper", lambda: release.wait(30) and "figures").start()
    assert helper.result(tick) == "figures"
    assert len(reports) >= 4 and set(reports) == {950}  # (one more if the helper had not quite ended)

    future: Future[str] = Future()
    reports.clear()
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    tick = Ticker(lambda done, _total, _message: reports.append(done), cancelled)
    with pytest.raises(table.ImportCancelled):
        table._result_with_heartbeat(future, tick, 412)  # a column that never comes: Cancel still answers
    assert reports == [412] * 3
