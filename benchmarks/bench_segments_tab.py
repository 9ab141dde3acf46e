"""Segments tab speed: how long showing the Segments tab takes on the 1,000,000-line / 6,000-customer
shop, against showing the Customers tab on the same shop (the baseline), each in a fresh process.

Each measure runs `python -m benchmarks.bench_segments_tab --child SHOP TAB`: the child builds the
main window over the shop, starting on an empty placeholder tab (so neither measured tab is built at
start-up), waits until the window is idle, then switches to the measured tab and records, from the
switch, the first paint of the tab, the first paint of its figures (the list of customers; the
table of RFM segments with its counts) and, for the Segments tab, the first paint of a chart.
The shop's segment figures are refreshed once beforehand, as an import does."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Context, Result, ratio_result

REPEAT = 3
TARGET_SECONDS = 0.5
CHART_TARGET_SECONDS = 1.0
TIMEOUT_SECONDS = 60


def _child(shop_path: str, tab_key: str) -> dict:
    """Runs in the child process; returns seconds from the tab switch to each mark."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from app.i18n import QT_TRANSLATE_NOOP
    from app.services.shop import open_shop
    from app.ui import application, registry

    app = application.create_application([sys.argv[0]])
    registry.register_tab(registry.TabSpec("bench_blank", QT_TRANSLATE_NOOP("Tabs", "Blank"),
                                           "benchmarks.bench_segments_tab:blank_tab"), before="customers")
    application.settings().setValue("window/tab", "bench_blank")
    from app.ui.main_window import MainWindow

    window = MainWindow()
    window.set_shop(open_shop(shop_path, lock=False))
    window.resize(1280, 800)
    window.show()
    settle_until = time.perf_counter() + 1.0
    while time.perf_counter() < settle_until:
        app.processEvents()
        time.sleep(0.005)

    def inside(obj, name: str) -> bool:
        while obj is not None:
            if obj.objectName() == name:
                return True
            obj = obj.parent()
        return False

    def table_painted(obj, table: str) -> bool:
        parent = obj.parent()
        return (obj.objectName() == "qt_scrollarea_viewport" and parent is not None
                and parent.objectName() == table and parent.model().rowCount() > 0)

    if tab_key == "segments":
        checks = {
            "tab": lambda o: inside(o, "segments_tab"),
            "figures": lambda o: table_painted(o, "segment_table"),
            "chart": lambda o: o.objectName().endswith("_canvas") and inside(o, "segments_overview"),
        }
    else:
        checks = {
            "tab": lambda o: inside(o, "customer_list"),
            "figures": lambda o: table_painted(o, "customer_list"),
        }
    marks: dict[str, float] = {}
    # The app's own event loop runs (not a polling loop, which would hold the GIL that the
    # tab's worker threads need); it stops when every mark is seen, or at the time limit.
    loop = QEventLoop()

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter()
                for name, check in checks.items():
                    if name not in marks and check(obj):
                        marks[name] = now
                if len(marks) == len(checks):
                    QTimer.singleShot(0, loop.quit)
            return False

    watch = PaintWatch()
    app.installEventFilter(watch)
    QTimer.singleShot(TIMEOUT_SECONDS * 1000, loop.quit)
    start = time.perf_counter()
    window.show_tab(tab_key)
    loop.exec()
    app.removeEventFilter(watch)
    window.set_shop(None)
    QApplication.processEvents()
    return {name: marks[name] - start for name in marks}


def blank_tab(_window=None):
    """The tab the child window starts on, so that the measured tab is built when switched to."""
    from PySide6.QtWidgets import QLabel

    return QLabel("")


def _measure(shop: Path, tab_key: str) -> dict:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
                   XDG_CONFIG_HOME=str(Path(home) / "config"), XDG_DATA_HOME=str(Path(home) / "data"),
                   XDG_CACHE_HOME=str(Path(home) / "cache"))
        root = Path(__file__).resolve().parents[1]
        out = subprocess.run([sys.executable, "-m", "benchmarks.bench_segments_tab", "--child", str(shop), tab_key],
                             cwd=root, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS * 3)
    if out.returncode != 0:
        raise RuntimeError(f"the {tab_key} child failed: {out.stderr.strip()[-400:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(ctx: Context) -> list[Result]:
    from app.services import segments
    from app.services.shop import open_shop
    from benchmarks.data import big_shop, discard, working_copy

    path = working_copy(ctx, big_shop(ctx), name="segments-tab")
    shop = open_shop(path)
    try:
        segments.refresh(shop.conn)  # as after an import: the figures are up to date
    finally:
        shop.close()
    runs: dict[str, list[dict]] = {"segments": [], "customers": []}
    try:
        for _ in range(REPEAT):  # alternate, so that both see the same machine load
            for key in runs:
                runs[key].append(_measure(path, key))
    finally:
        discard(path)

    def median(key: str, mark: str) -> float:
        values = [r[mark] for r in runs[key] if mark in r]
        if len(values) < len(runs[key]):
            raise RuntimeError(f"the {key} tab never painted its {mark} within {TIMEOUT_SECONDS} s")
        return statistics.median(values)

    customers_tab = median("customers", "figures")
    size = "1,000,000 lines, 6,000 customers" if not ctx.quick else "quick data"
    notes = f"median of {REPEAT} fresh processes each; {size}; baseline = showing the Customers tab until its list is painted"
    return [
        ratio_result("segments tab: first paint", median("segments", "tab"), "s", "Customers tab shown",
                     customers_tab, max_value=TARGET_SECONDS, notes=notes),
        ratio_result("segments tab: segment counts painted", median("segments", "figures"), "s",
                     "Customers tab shown", customers_tab, max_value=TARGET_SECONDS, notes=notes),
        ratio_result("segments tab: first chart painted", median("segments", "chart"), "s", "Customers tab shown",
                     customers_tab, max_value=CHART_TARGET_SECONDS,
                     notes=notes + "; matplotlib is imported ahead on a worker once the window is painted "
                                   "(app.ui.warm_up), during the child's 1 s settle"),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], sys.argv[3])))
    else:
        from benchmarks.harness import print_table

        print_table(run(Context(quick="--quick" in sys.argv)))
