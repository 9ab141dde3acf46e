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
import sys
import threading
from pathlib import Path
from types import TracebackType

LOG_FILE_NAME = "regulars.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_log_file: Path | None = None
_pending_folder: Path | None = None
log = logging.getLogger("app")


class _Held(logging.Handler):
    """Keeps the records logged before the file is opened (`open_file`), to write them then."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def configure(folder: Path | None, *, verbose: bool = False, to_stderr: bool = False,
              open_later: bool = False) -> Path | None:
    """Sends the app's log records to `folder`/regulars.log (rotated; None: no file) and, with
    `to_stderr`, to stderr too; `verbose` logs debug records as well. Installs the exception hooks.
    With `open_later`, the records are held until `open_file()` (the GUI opens the file once its
    window is painted: `logging.handlers` costs start-up time). Returns the log file (None when there
    is none). Calling it again replaces the earlier set-up."""
    global _log_file, _pending_folder
    root = logging.getLogger("app")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    _log_file = _pending_folder = None
    if folder is not None:
        _log_file = Path(folder) / LOG_FILE_NAME
        _pending_folder = Path(folder)
        if open_later:
            root.addHandler(_Held())
        else:
            open_file()
    if to_stderr:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    install_exception_hooks()
    return _log_file


def open_file() -> Path | None:
    """Opens the log file of `configure(..., open_later=True)` and writes the records held so far."""
    global _log_file, _pending_folder
    import logging.handlers

    folder, _pending_folder = _pending_folder, None
    root = logging.getLogger("app")
    held = [h for h in root.handlers if isinstance(h, _Held)]
    for handler in held:
        root.removeHandler(handler)
    if folder is None:
        return _log_file
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    except OSError:
        _log_file = None  # a read-only data folder must not stop the app
        return None
    file_handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file_handler)
    for handler in held:
        for record in handler.records:
            file_handler.handle(record)
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
