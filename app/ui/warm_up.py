"""Work done ahead, once the main window has been painted, so that the owner does not wait for it
later and start-up does not pay for it: opening the log file (`logs.open_file`; `logging.handlers`
takes tens of milliseconds to import) and importing matplotlib on a worker thread (about half a
second, which the first chart of the Segments tab would otherwise pay), with its Qt canvas, the
chart module and the fonts of a first text, and the Segments tab's modules (`AHEAD_MODULES`).

    warm_up.schedule()                 # the main window, on its first show
    warm_up.when_charts_ready(draw)    # a page that draws charts
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer

from app.ui import workers

# After the first paint (the start-up measure ends there) and before the owner can reach a chart.
WARM_UP_AFTER_MS = 150

_job: workers.Job | None = None
_scheduled = False


# Modules a tab would import when first shown (their code is compiled and run once): the Segments
# tab and its first page, 0.1-0.2 s that its first paint, with the RFM counts, would otherwise pay.
# Only modules that make no Qt object when imported (this runs on a worker thread).
AHEAD_MODULES = ("app.ui.segments.tab", "app.ui.segments.overview_page")


def _import_chart_libraries(_progress: object, _cancelled: object) -> None:
    """The modules of AHEAD_MODULES, then what the first chart would otherwise pay for: importing
    matplotlib, its Qt canvas and the chart module, and loading the fonts of a text drawn once (no
    widget is made: a worker thread). Charts wait for this job (`when_charts_ready`), so no other
    thread uses matplotlib meanwhile."""
    import importlib

    for name in AHEAD_MODULES:
        importlib.import_module(name)
    import matplotlib.figure
    from matplotlib.backends import backend_agg, backend_qtagg  # noqa: F401 - the import is the work

    from app.services.segments import charts  # noqa: F401

    figure = matplotlib.figure.Figure(figsize=(1, 1))
    backend_agg.FigureCanvasAgg(figure)
    figure.text(0.5, 0.5, "0 Đ", fontsize=9, fontweight="bold")
    figure.canvas.draw()


def charts_ready() -> bool:
    return "matplotlib.backends.backend_agg" in sys.modules and (_job is None or not _job.running)


def start() -> None:
    """Imports matplotlib on a worker thread now, unless it is done or under way."""
    global _job
    if charts_ready() or (_job is not None and _job.running):
        return
    _job = workers.run_job(_import_chart_libraries, title="", with_connection=False, show_progress=False,
                           cancellable=False, on_failure=lambda _exc: None)


def _after_first_paint() -> None:
    from app.services import logs

    logs.open_file()
    start()


def schedule(delay_ms: int = WARM_UP_AFTER_MS) -> None:
    """Starts the work `delay_ms` after the event loop has painted what is shown (once per process)."""
    global _scheduled
    if not _scheduled:
        _scheduled = True
        QTimer.singleShot(delay_ms, _after_first_paint)


def when_charts_ready(callback: Callable[[], None]) -> None:
    """Calls `callback` on the GUI thread once matplotlib is imported (now, if it is)."""
    if charts_ready():
        callback()
        return
    start()
    assert _job is not None
    _job.finished.connect(callback)
