"""Long work off the GUI thread: a QRunnable on the global QThreadPool that runs a plain service
function and reports back through signals, with a progress dialog that appears only when the work
takes longer than about half a second, and a Cancel button that sets a flag the function polls.

    job = workers.run_job(
        lambda conn, progress, cancelled: importer.import_file(conn, path, progress=progress,
                                                               cancelled=cancelled),
        parent=self, title=self.tr("Importing sales"),
        on_success=self.show_summary)

The function runs on the worker thread with its own SQLite connection (`Shop.connect()`, closed
afterwards), `progress(done, total, message)` and `cancelled() -> bool`. It must not touch widgets:
only the callbacks (`on_success(result)`, `on_failure(exception)`, `on_cancel()`) run on the GUI
thread. The exception object is kept (`job.error`); without `on_failure` it is shown by
`app.ui.failures.report` (a `UserError` as its sentence, anything else as an apology). Anything but
an owner's mistake is logged with its traceback. Work that writes goes through `app.ui.operations`,
which builds on this and announces what changed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui import failures, session

SHOW_PROGRESS_AFTER_MS = 500
_PROGRESS_INTERVAL = 0.05  # seconds between progress signals, so a tight loop cannot flood the GUI

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

_running: set[Job] = set()


class _WorkerSignals(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)  # the exception, kept whole


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], shop, with_connection: bool, cancel_flag: threading.Event,
                 signals: _WorkerSignals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._shop = shop
        self._with_connection = with_connection
        self._cancel = cancel_flag
        self._signals = signals
        self._last_progress = 0.0

    def _progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last_progress >= _PROGRESS_INTERVAL or (total and done >= total):
            self._last_progress = now
            self._signals.progressed.emit(int(done), int(total), str(message or ""))

    def run(self) -> None:
        conn = None
        try:
            if self._with_connection:
                conn = self._shop.connect()
                result = self._fn(conn, self._progress, self._cancel.is_set)
            else:
                result = self._fn(self._progress, self._cancel.is_set)
        except Exception as exc:  # kept whole for the GUI thread, which logs and reports it
            self._signals.error.emit(exc)
        else:
            self._signals.done.emit(result)
        finally:
            if conn is not None:
                conn.close()


class Job(QObject):
    """A running piece of work, living on the GUI thread. Its signals fire on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # always last, after succeeded / failed / cancelled

    def __init__(self, title: str, parent_widget: QWidget | None, cancellable: bool, show_progress: bool):
        super().__init__()
        self.title = title
        self._parent_widget = parent_widget
        self._cancellable = cancellable
        self._cancel_flag = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0, "")
        self.running = True
        self.result: Any = None
        self.error: BaseException | None = None
        self._signals = _WorkerSignals()
        self._signals.progressed.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self._signals.error.connect(self._on_error)
        self._timer: QTimer | None = None
        if show_progress:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)

    def cancel(self) -> None:
        """Asks the work to stop; it stops at its next `cancelled()` check."""
        self._cancel_flag.set()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Job", "Cancelling…"))
            self._dialog.setCancelButton(None)

    def is_cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Processes events until the job has finished (for tests and for closing the window)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.running and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return not self.running

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self._parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Job", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._apply_progress(*self._last)
        dialog.show()

    def _apply_progress(self, done: int, total: int, message: str) -> None:
        if self._dialog is None:
            return
        if total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))
        else:
            self._dialog.setRange(0, 0)  # unknown length: a busy indicator
        self._dialog.setLabelText(message or self.title)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self._last = (done, total, message)
        if not self._cancel_flag.is_set():
            self._apply_progress(done, total, message)
        self.progressed.emit(done, total, message)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self._finish()
        try:
            if self._cancel_flag.is_set():
                self.cancelled.emit()
            else:
                self.result = result
                self.succeeded.emit(result)
        finally:
            self._end()

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        try:
            if self._cancel_flag.is_set():
                # Cancelled work may end with the service's own error (e.g. a rolled-back transaction).
                self.cancelled.emit()
            else:
                failures.log(exc, self.title)
                self.error = exc
                self.failed.emit(exc)
        finally:
            self._end()

    def _end(self) -> None:
        """Always runs, even when a callback raised: the job is over."""
        _running.discard(self)
        self.finished.emit()

    def _finish(self) -> None:
        self.running = False
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            if self._cancellable:
                # QProgressDialog emits `canceled` when it is closed: that is not the owner cancelling.
                self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


def run_job(
    fn: Callable[..., Any],
    *,
    title: str,
    parent: QWidget | None = None,
    shop=None,
    with_connection: bool = True,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
) -> Job:
    """Starts `fn(conn, progress, cancelled)` (or `fn(progress, cancelled)` when `with_connection`
    is False) on the thread pool. `shop` defaults to the current shop. Without `on_failure`, a
    failure is shown over `parent` by `failures.report`."""
    if with_connection:
        shop = shop or session.current_shop()
        if shop is None:
            raise RuntimeError("run_job needs an open shop")
    job = Job(title, parent, cancellable, show_progress)
    if on_success is not None:
        job.succeeded.connect(on_success)
    if on_failure is not None:
        job.failed.connect(on_failure)
    else:
        job.failed.connect(lambda exc: failures.report(parent, title, exc))
    if on_cancel is not None:
        job.cancelled.connect(on_cancel)
    _running.add(job)
    if job._timer is not None:
        job._timer.start(SHOW_PROGRESS_AFTER_MS)
    QThreadPool.globalInstance().start(_Runnable(fn, shop, with_connection, job._cancel_flag, job._signals))
    return job


def running_jobs() -> list[Job]:
    return list(_running)


def cancel_and_wait_all(timeout_ms: int = 30_000) -> bool:
    """Cancels every running job and waits for them (before the shop is closed or replaced). Jobs that
    start while it waits (waiting lets queued work run, such as a tab's deferred refresh) are cancelled
    and waited for too, until none is left or the time is up."""
    deadline = time.monotonic() + timeout_ms / 1000
    while jobs := running_jobs():
        for job in jobs:
            job.cancel()
        for job in jobs:
            left_ms = int((deadline - time.monotonic()) * 1000)
            if left_ms <= 0 or not job.wait(left_ms):
                return False
    return True
