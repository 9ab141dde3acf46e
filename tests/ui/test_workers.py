"""The worker helper: results come back on the GUI thread, the progress dialog appears only after
half a second, Cancel sets the flag the work polls, and errors are kept whole (and logged when
unexpected)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.services.errors import UserError
from app.ui import workers


def _dialogs(parent):
    return [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_result_arrives_on_the_gui_thread_with_its_own_connection(window):
    gui_thread = QThread.currentThread()
    seen = {}

    def work(conn, progress, cancelled):
        seen["thread"] = threading.get_ident()
        return conn.execute("SELECT value FROM settings WHERE key = 'shop_name'").fetchone()[0]

    results = []
    job = workers.run_job(work, title="Reading", parent=window,
                          on_success=lambda r: results.append((r, QThread.currentThread() is gui_thread)))
    assert job.wait(10_000)
    assert results == [("Test shop", True)]
    assert seen["thread"] != threading.get_ident()
    assert not _dialogs(window)  # quick work shows no progress dialog


def test_progress_dialog_appears_after_half_a_second_and_cancel_stops_the_work(window, qtbot):
    started = time.monotonic()
    polls = []

    def work(progress, cancelled):
        while not cancelled():
            polls.append(time.monotonic())
            progress(len(polls), 0, "Working")
            time.sleep(0.01)
            if time.monotonic() - started > 8:
                raise AssertionError("never cancelled")
        return "stopped"

    cancelled, succeeded = [], []
    job = workers.run_job(work, title="Long work", parent=window, with_connection=False,
                          on_cancel=lambda: cancelled.append(True), on_success=succeeded.append)
    qtbot.waitUntil(lambda: bool(_dialogs(window)), timeout=5000)
    assert time.monotonic() - started >= workers.SHOW_PROGRESS_AFTER_MS / 1000 - 0.05
    dialog = _dialogs(window)[0]
    # the dialog opens with the title; the worker's next progress report (queued) replaces it
    qtbot.waitUntil(lambda: dialog.labelText() == "Working", timeout=3000)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    cancel_button.click()
    assert job.wait(5000)
    assert cancelled == [True] and succeeded == [] and job.is_cancelled()
    assert not _dialogs(window)


def test_an_owner_mistake_is_kept_whole_and_not_logged(window, caplog):
    failures = []
    refusal = UserError("The file is empty.")

    def work(conn, progress, cancelled):
        raise refusal

    job = workers.run_job(work, title="Importing", parent=window, on_failure=failures.append)
    assert job.wait(5000)
    assert failures == [refusal] and job.error is refusal
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_an_unexpected_error_is_kept_whole_and_logged_with_its_traceback(window, caplog):
    failures = []
    job = workers.run_job(lambda progress, cancelled: 1 / 0, title="Dividing", parent=window,
                          with_connection=False, on_failure=failures.append)
    assert job.wait(5000)
    assert len(failures) == 1 and isinstance(failures[0], ZeroDivisionError) and job.error is failures[0]
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and errors[0].exc_info[0] is ZeroDivisionError and "Dividing" in errors[0].getMessage()


def test_cancel_and_wait_all_stops_every_job(window):
    gate = threading.Event()

    def work(progress, cancelled):
        while not cancelled():
            time.sleep(0.005)
        gate.set()

    jobs = [workers.run_job(work, title="Job", parent=window, with_connection=False) for _ in range(2)]
    assert len(workers.running_jobs()) >= 2
    assert workers.cancel_and_wait_all(5000)
    assert gate.is_set() and all(not j.running for j in jobs) and not workers.running_jobs()


def test_long_work_that_shows_the_dialog_still_succeeds(window, qtbot):
    """Closing the progress dialog at the end must not count as the owner pressing Cancel."""

    def work(progress, cancelled):
        time.sleep(workers.SHOW_PROGRESS_AFTER_MS / 1000 + 0.3)
        return "done"

    cancelled, succeeded = [], []
    job = workers.run_job(work, title="Long work", parent=window, with_connection=False,
                          on_cancel=lambda: cancelled.append(True), on_success=succeeded.append)
    qtbot.waitUntil(lambda: bool(_dialogs(window)), timeout=5000)
    assert job.wait(5000)
    assert succeeded == ["done"] and cancelled == [] and not job.is_cancelled()
    assert not _dialogs(window)


def test_cancel_and_wait_all_also_stops_jobs_started_while_it_waits(window):
    """Waiting lets queued work run (a tab's deferred refresh may start a job then): those jobs are
    cancelled and waited for too, so that nothing runs against a shop that is being closed."""
    from PySide6.QtCore import QTimer

    def work(progress, cancelled):
        while not cancelled():
            time.sleep(0.005)

    started = []
    first = workers.run_job(work, title="First", parent=window, with_connection=False)
    QTimer.singleShot(0, lambda: started.append(workers.run_job(work, title="Queued", parent=window,
                                                                with_connection=False)))
    assert workers.cancel_and_wait_all(5000)
    assert len(started) == 1 and not first.running and not started[0].running
    assert not workers.running_jobs()
