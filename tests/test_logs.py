"""The log: a rotating file in the given folder, the exception hooks write what nothing caught, and
the command line's --verbose shows what an import did (figures, not customers' details)."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

from app.services import logs
from tests.conftest import ROOT
from tests.importing.conftest import vn_rows, write_csv


def _restore_hooks():
    sys.excepthook, threading.excepthook = sys.__excepthook__, threading.__excepthook__
    logs.configure(None)


def test_the_log_file_rotates_at_a_size_and_keeps_a_few_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    try:
        path = logs.configure(tmp_path / "logs")
        assert path == tmp_path / "logs" / "regulars.log" == logs.log_file()
        for n in range(200):
            logging.getLogger("app.test").info("line %d of the log", n)
        files = sorted(p.name for p in (tmp_path / "logs").iterdir())
        assert files == ["regulars.log", "regulars.log.1", "regulars.log.2", "regulars.log.3"]
        assert "line 199 of the log" in path.read_text(encoding="utf-8")
    finally:
        _restore_hooks()


def test_records_wait_for_the_file_when_it_is_opened_later(tmp_path):
    try:
        path = logs.configure(tmp_path / "later", open_later=True)
        logging.getLogger("app.test").info("before the window was painted")
        assert not path.exists()
        assert logs.open_file() == path
        logging.getLogger("app.test").info("after")
        for handler in logging.getLogger("app").handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert text.index("before the window was painted") < text.index("after")
    finally:
        _restore_hooks()


def test_uncaught_exceptions_in_threads_and_the_main_thread_are_logged(tmp_path):
    try:
        path = logs.configure(tmp_path)
        thread = threading.Thread(target=lambda: 1 / 0, name="worker-x")
        thread.start()
        thread.join()
        try:
            raise LookupError("nothing found")
        except LookupError:
            kind, exc, tb = sys.exc_info()
        sys.__stderr__, saved = None, sys.__stderr__  # like the Windows GUI: no console
        try:
            sys.excepthook(kind, exc, tb)
        finally:
            sys.__stderr__ = saved
        for handler in logging.getLogger("app").handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "uncaught exception in thread worker-x" in text and "ZeroDivisionError" in text
        assert "uncaught exception" in text and "LookupError: nothing found" in text and "Traceback" in text
    finally:
        _restore_hooks()


def test_the_command_line_logs_an_import_with_its_figures_when_verbose(tmp_path):
    source = write_csv(tmp_path / "sales.csv", vn_rows())
    out = subprocess.run([sys.executable, "-m", "app", "--verbose", "import", str(source), "--db",
                          str(tmp_path / "shop.regulars")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "import (sales, preset" in out.stderr and "5 lines added" in out.stderr
    for name, phone in (("Nguyễn Văn An", "0912345678"), ("Trần Thị Bình", "912 345 679")):
        assert name not in out.stderr and phone not in out.stderr  # no customers' details in the log
    quiet = subprocess.run([sys.executable, "-m", "app", "import", str(source), "--db", str(tmp_path / "other.regulars")],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0 and "lines added" not in quiet.stderr
