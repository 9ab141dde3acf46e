"""The application log: the standard `logging` module writing to a rotating file in the app's data
folder (a few files of 1 MB), with `sys.excepthook` and `threading.excepthook` installed so that
nothing unexpected vanishes (on Windows the GUI has no stderr).

    log = logging.getLogger(__name__)
    log.info("imported %s lines in %.2f s", lines, seconds)

What is logged: imports, backups, migrations and recoveries with their figures (rows, time), and
every unexpected error with its traceback. Never customers' personal data (names, phones, emails,
addresses, notes): log counts and ids only.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

LOG_FILE_NAME = "regulars.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_log_file: Path | None = None
log = logging.getLogger("app")


def configure(folder: Path | None, *, verbose: bool = False, to_stderr: bool = False) -> Path | None:
    """Sends the app's log records to `folder`/regulars.log (rotated; None: no file) and, with
    `to_stderr`, to stderr too; `verbose` logs debug records as well. Installs the exception hooks.
    Returns the log file (None when there is none). Calling it again replaces the earlier set-up."""
    global _log_file
    root = logging.getLogger("app")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter(FORMAT)
    _log_file = None
    if folder is not None:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            path = Path(folder) / LOG_FILE_NAME
            file_handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
        except OSError:
            file_handler = None  # a read-only data folder must not stop the app
        if file_handler is not None:
            file_handler.setFormatter(formatter)
            root.addHandler(file_handler)
            _log_file = path
    if to_stderr:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        root.addHandler(stream)
    install_exception_hooks()
    return _log_file


def log_file() -> Path | None:
    """The file the log is written to, if any."""
    return _log_file


def log_unexpected(exc: BaseException, what: str = "unexpected error") -> None:
    """Logs `exc` with its traceback (an error the owner cannot fix)."""
    log.error("%s: %s", what, type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.critical("uncaught exception", exc_info=(kind, exc, tb))
    if sys.__stderr__ is not None:
        sys.__excepthook__(kind, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical("uncaught exception in thread %s", name,
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install_exception_hooks() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
