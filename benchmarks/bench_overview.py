"""The Overview's speed on the 1,000,000-line / 6,000-customer shop (`benchmarks.data.big_shop`), in fresh
subprocesses (offscreen Qt): from giving the main window its shop (the Overview is its first tab) to the
Overview's cards painted (target < 0.5 s), and the headline figures of the first paint alone (SQL: the
period and the one before, walk-in sales, checklist progress, maps due). Start-up to a painted main
window, which opens on the Overview, is measured by bench_ui."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.data import big_shop, discard, working_copy
from benchmarks.harness import Context, Result, limit_result

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
TARGET_SECONDS = 0.5

_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from app.services.shop import open_shop
from app.ui import application
app = application.create_application([sys.argv[0]])
from app.ui.main_window import MainWindow
window = MainWindow()
window.resize(1280, 800)
tab = window.tab_widget("overview")
shop = open_shop(sys.argv[1], lock=False)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is tab.cards["customers"] and tab.cards["customers"].value.text():
            app.removeEventFilter(self)
            print("painted", time.perf_counter() - started, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = FirstPaint()
app.installEventFilter(probe)
started = time.perf_counter()
window.set_shop(shop)
window.show()
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def _paint_seconds(path: Path, config: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config, XDG_DATA_HOME=config)
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    found = [line for line in out.stdout.splitlines() if line.startswith("painted")]
    if not found:
        raise RuntimeError(f"the Overview never painted its cards: {out.stderr[-500:]}")
    return float(found[0].split()[1])


def run(ctx: Context) -> list[Result]:
    import time

    from app.services.checklist import items
    from app.services.overview import figures
    from app.services.shop import open_shop

    path = working_copy(ctx, big_shop(ctx), name="overview")
    try:
        shop = open_shop(path)
        try:
            figures.segment_headline(shop.conn)  # figures stored, as after an import
            started = time.perf_counter()
            figures.headline(shop.conn, "quarter", with_months=False, with_segments=False)
            items.progress(items.list_items(shop.conn))
            sql_seconds = time.perf_counter() - started
        finally:
            shop.close()
        with tempfile.TemporaryDirectory() as config:
            paints = [_paint_seconds(path, config) for _ in range(RUNS)]
    finally:
        discard(path)
    size = "1,000,000 lines, 6,000 customers" if not ctx.quick else "quick data"
    return [
        limit_result("overview: cards painted", statistics.median(paints), "s", TARGET_SECONDS,
                     notes=f"median of {RUNS} fresh processes, from set_shop to the cards' paint; {size}"),
        limit_result("overview: first-paint figures (SQL)", sql_seconds, "s", TARGET_SECONDS,
                     notes=f"headline of the quarter and the one before + checklist progress; {size}"),
    ]
