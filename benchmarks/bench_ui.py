"""The GUI's speed, each measured in fresh subprocesses (offscreen Qt, settings in a temporary folder):

- start-up to a shown and painted main window over a shop with 1,000,000 sales lines and 6,000
  customers, against a bare PySide6 QMainWindow started and painted the same way in the same run
  (target: <= 1 s and <= 3x the bare window);
- the Customers tab over 100,000 customers: first paint (building the tab, counting, reading and
  painting the first rows, showing the first customer) and a search keystroke (the query, the model
  reset and the repaint; the 120 ms typing pause before the query is not counted). Target < 100 ms each.
  Measured after Qt has shown a first window in that process (its one-time set-up is part of start-up).

`BENCH_UI_PARTS=startup` (or `customers`) runs one part only.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.data import big_shop, discard, many_customers_shop, working_copy
from benchmarks.harness import Context, Result, limit_result, ratio_result, seconds_until_shown

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
TAB_RUNS = 3

# Quits once the window has been painted: the same probe for the bare window and for the app
# (main.py --exit-when-shown installs the same filter).
_BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and getattr(obj, "window", None) and obj.window() is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("shown", flush=True), window.close(), app.quit()))
        return False

probe = FirstPaint()
app.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""

_CUSTOMERS_TAB = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

app = QApplication(sys.argv[:1])
from app.services.shop import open_shop
from app.ui import session
from app.ui.customers.tab import CustomersTab

class PaintCounter(QObject):
    count = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            PaintCounter.count += 1
        return False

def painted_after(start, fn):
    before = PaintCounter.count
    fn()
    deadline = time.perf_counter() + 5
    while PaintCounter.count == before and time.perf_counter() < deadline:
        app.processEvents()
    return time.perf_counter() - start

# Qt's one-time set-up (style, fonts, first window) belongs to the start-up measure: do it first with
# a window of the same kinds of widgets, so that what follows is the tab's own work.
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
warm = QMainWindow()
body = QWidget()
box = QVBoxLayout(body)
box.addWidget(QLineEdit("warm-up"))
box.addWidget(QTableView())
warm.setCentralWidget(body)
warm.show()
for _ in range(5):
    app.processEvents()
warm.close()

session.set_current_shop(open_shop(sys.argv[1], read_only=True))
counter = PaintCounter()
out = {}
start = time.perf_counter()
tab = CustomersTab()
tab.view.viewport().installEventFilter(counter)
tab.resize(1280, 760)
out["first_paint"] = painted_after(start, tab.show)
for _ in range(3):
    app.processEvents()
out["rows"] = tab.model.rowCount()
out["detail_shown"] = tab.detail.customer_id is not None

def keystroke(text):
    tab.search_edit.setFocus()
    start = time.perf_counter()
    QTest.keyClicks(tab.search_edit, text[-1])
    return painted_after(start, tab.apply_search)

times = {}
for query in sys.argv[2:]:
    best = None
    for _ in range(5):
        tab.search_edit.setText(query[:-1])
        tab.apply_search()
        app.processEvents()
        spent = keystroke(query)
        best = spent if best is None else min(best, spent)
    times[query] = (best, tab.model.rowCount())
out["keystrokes"] = times
print(json.dumps(out))
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    env.pop("QT_LOGGING_RULES", None)
    # As in a normal installation, Python caches compiled modules (this machine's environment turns
    # that off): without it every start recompiles the app's ~40 modules (~60 ms). The cache goes to
    # the temporary folder, not into the working tree; the warm-up run fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    return env


def _time_to_shown(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process until it says the window was painted."""
    return seconds_until_shown([sys.executable, *args], env, cwd=ROOT)


@contextlib.contextmanager
def _discarded(path: Path):
    """Removes a working copy when the measure is done."""
    try:
        yield path
    finally:
        discard(path)


def _startup(ctx: Context) -> list[Result]:
    shop = working_copy(ctx, big_shop(ctx), "ui-startup")
    with tempfile.TemporaryDirectory() as home, _discarded(shop):
        env = _env(Path(home))
        bare, ours = [], []
        _time_to_shown(["-c", _BARE_WINDOW], env)  # warm the file cache for both
        _time_to_shown(["main.py", "--db", str(shop), "--exit-when-shown"], env)
        for _ in range(RUNS):  # interleaved, so both see the same machine load
            bare.append(_time_to_shown(["-c", _BARE_WINDOW], env))
            ours.append(_time_to_shown(["main.py", "--db", str(shop), "--exit-when-shown"], env))
    lines = "1,000,000" if not ctx.quick else "50,000"
    return [ratio_result(
        "ui: start-up to a painted main window", min(ours), "s", "bare PySide6 QMainWindow", min(bare),
        max_ratio=3, max_value=1.0,
        notes=f"{lines} sales lines; best of {RUNS} subprocess runs each, interleaved; "
              f"median {sorted(ours)[RUNS // 2]:.3f} s vs {sorted(bare)[RUNS // 2]:.3f} s")]


def _customers_tab(ctx: Context) -> list[Result]:
    shop = working_copy(ctx, many_customers_shop(ctx), "ui-customers")
    queries = ["n", "ng", "nguyen", "nguyen van", "09", "0912", "gmail", "zzq"]
    runs = []
    with tempfile.TemporaryDirectory() as home, _discarded(shop):
        for _ in range(TAB_RUNS):
            out = subprocess.run([sys.executable, "-c", _CUSTOMERS_TAB, str(shop), *queries], cwd=ROOT,
                                 env=_env(Path(home)), capture_output=True, text=True, timeout=600)
            if out.returncode != 0:
                raise RuntimeError(out.stderr[-800:])
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    first_paint = min(r["first_paint"] for r in runs)
    keystrokes = {q: (min(r["keystrokes"][q][0] for r in runs), runs[0]["keystrokes"][q][1]) for q in queries}
    customers = f"{runs[0]['rows']:,} customers"
    worst_query, (worst, found) = max(keystrokes.items(), key=lambda item: item[1][0])
    detail = ", ".join(f"{q!r} {t * 1000:.0f} ms ({n:,})" for q, (t, n) in keystrokes.items())
    shown = " and the first customer's detail" if all(r["detail_shown"] for r in runs) else ""
    return [
        limit_result("ui: customers tab first paint", first_paint * 1000, "ms", 100,
                     notes=f"{customers}; the count, the first rows{shown}; best of {TAB_RUNS} processes"),
        limit_result("ui: customers search keystroke (slowest)", worst * 1000, "ms", 100,
                     notes=f"{customers}; slowest {worst_query!r} finding {found:,}; "
                           f"each best of {5 * TAB_RUNS}: {detail}"),
    ]


def run(ctx: Context) -> list[Result]:
    parts = os.environ.get("BENCH_UI_PARTS", "startup,customers").split(",")
    return (_startup(ctx) if "startup" in parts else []) + (_customers_tab(ctx) if "customers" in parts else [])
