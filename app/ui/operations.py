"""The one way the UI writes: run a service that returns what it changed (`app.services.changes`),
inline or on a worker, report a failure, and announce the changes once through `app.ui.events`.
Anki's `CollectionOp` is the model.

    from app.ui import operations

    # quick writes, on the GUI thread with the shop's connection:
    operations.run(lambda conn: customer_data.delete_customer(conn, customer_id),
                   parent=self, title=self.tr("Delete this customer"), on_success=self._deleted)

    # long writes, on a worker thread with its own connection, progress and Cancel:
    operations.start(lambda conn, progress, cancelled: importing.undo_import(conn, import_id),
                     parent=self, title=self.tr("Undoing the import"), on_success=self._undone)

- The service returns a `Changes`, a `Written(value, changes)` or a result with a `changes`
  attribute; `on_success` gets the value (`Written.value`, else the result itself).
- A failure keeps its exception object (`outcome.error`, `job.error`). Without `on_failure` it is
  shown by `app.ui.failures.report`: a `UserError` as its sentence, anything else (logged with its
  traceback) as a short apology with "Copy details" and the log's location. With `on_failure(exc)`
  the caller shows it (e.g. in a panel, with `failures.describe(exc)`); it is logged all the same.
- After `on_success`, the changes are announced once with `events.announce(changes, origin)`, even if
  `on_success` raised. Nothing is announced after a failure or a cancel. Callers never emit change
  signals themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services.changes import NOTHING, Changes, changes_of, value_of
from app.services.shop import Shop
from app.ui import failures, session, workers
from app.ui.events import events


@dataclass
class Outcome:
    """How an inline operation ended: its value and changes, or the exception that stopped it."""

    value: Any = None
    changes: Changes = NOTHING
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def run(fn: Callable[[Any], Any], *, parent: QWidget | None, title: str, origin: object = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        wait_cursor: bool = False, shop: Shop | None = None) -> Outcome:
    """Runs `fn(conn)` now, on the GUI thread, with the connection of `shop` (default: the current
    shop); then `on_success(value)` and the announcement, or the failure's report."""
    shop = shop or session.current_shop()
    if shop is None:
        raise RuntimeError("operations.run needs an open shop")
    if wait_cursor:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = fn(shop.conn)
    except Exception as exc:
        outcome = Outcome(error=exc)
    else:
        outcome = Outcome(value=value_of(result), changes=changes_of(result))
    finally:
        if wait_cursor:
            QApplication.restoreOverrideCursor()
    if outcome.error is not None:
        _failed(outcome.error, parent, title, on_failure)
    else:
        _succeeded(outcome.value, outcome.changes, origin, on_success)
    return outcome


def start(fn: Callable[..., Any], *, parent: QWidget | None, title: str, origin: object = None,
          on_success: Callable[[Any], None] | None = None,
          on_failure: Callable[[BaseException], None] | None = None,
          on_cancel: Callable[[], None] | None = None, cancellable: bool = True,
          show_progress: bool = True, with_connection: bool = True, shop: Shop | None = None) -> workers.Job:
    """Starts `fn(conn, progress, cancelled)` (or `fn(progress, cancelled)` without a connection) on a
    worker (`app.ui.workers.run_job`: progress dialog after 0.5 s, Cancel); on the GUI thread
    afterwards, `on_success(value)` and the announcement, or the failure's report, or `on_cancel()`.
    `job.result` is what `fn` returned, `job.error` the exception."""
    job = workers.run_job(fn, title=title, parent=parent, shop=shop, with_connection=with_connection,
                          on_failure=lambda exc: _failed(exc, parent, title, on_failure, logged=True),
                          on_cancel=on_cancel, cancellable=cancellable, show_progress=show_progress)
    job.succeeded.connect(lambda result: _succeeded(value_of(result), changes_of(result), origin, on_success))
    return job


def announce(changes: Changes, origin: object = None) -> None:
    """Sends `changes` through the hub; for the rare change that is not a service's result (the shop
    replaced by the main window)."""
    events.announce(changes, origin)


def _succeeded(value: Any, changes: Changes, origin: object,
               on_success: Callable[[Any], None] | None) -> None:
    try:
        if on_success is not None:
            on_success(value)
    finally:
        events.announce(changes, origin)


def _failed(exc: BaseException, parent: QWidget | None, title: str,
            on_failure: Callable[[BaseException], None] | None, *, logged: bool = False) -> None:
    if not logged:
        failures.log(exc, title)
    if on_failure is not None:
        on_failure(exc)
    else:
        failures.report(parent, title, exc)
