"""Feedback and NPS speed with 100,000 answers on the 1,000,000-line / 6,000-customer bench shop
(`benchmarks.data.big_shop`; a working copy gets the answers: 90% from customers, the rest
anonymous, over the two years of sales, premium-ish customers happier). The segment figures are
refreshed once beforehand, as an import does.

- what the Feedback tab reads when it opens (`nps.load_overview`: the score, premium against the
  rest, by RFM segment, by channel, the monthly trend), all answers and latest per customer: target
  under 0.3 s;
- NPS by RFM segment alone: target under 0.1 s;
- `segment_nps` of the largest RFM segment's customers (the personas' live panel), for information;
- the tab itself in a fresh process (`--child`): FeedbackTab built over the shop, then shown: the time
  until its figures are painted (`grab()` paints synchronously) and until both charts are drawn and
  painted (they follow from the event loop), median of three processes; with matplotlib already
  imported (as when another chart tab was opened before), and the charts once including matplotlib's
  first import.
Best of five each; absolute targets (the issue's), no baseline: nothing else computes these figures.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.harness import Context, Result, best_of, limit_result

ANSWERS = 100_000
CHILD_RUNS = 3


def _child(shop_path: str, preload: bool) -> dict[str, float]:
    """Runs in the child process: seconds from showing the Feedback tab to its figures painted (the
    score, interval, counts, premium comparison) and to both charts drawn and painted."""
    from app.ui import application, session

    app = application.create_application([sys.argv[0]])
    if preload:
        import matplotlib.backends.backend_qtagg  # noqa: F401 - loaded before the clock starts
    from app.services.shop import open_shop
    from app.ui.feedback.tab import FeedbackTab

    session.set_current_shop(open_shop(shop_path, lock=False), announce=False)
    tab = FeedbackTab(None)
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    start = time.perf_counter()
    tab.tab_shown()
    tab.grab()
    figures = time.perf_counter() - start
    limit = start + 60
    while (tab.trend_chart.chart is None or tab.groups_chart.chart is None) and time.perf_counter() < limit:
        app.processEvents()
    tab.grab()
    charts = time.perf_counter() - start
    if tab.trend_chart.chart is None or tab.groups_chart.chart is None:
        raise RuntimeError("the charts were not drawn")
    return {"figures": figures, "charts": charts}


def _tab_seconds(path: Path, preload: bool) -> dict[str, float]:
    runs = []
    root = Path(__file__).resolve().parents[1]
    for _ in range(CHILD_RUNS):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
                       XDG_CONFIG_HOME=str(Path(home) / "config"), XDG_DATA_HOME=str(Path(home) / "data"),
                       XDG_CACHE_HOME=str(Path(home) / "cache"))
            out = subprocess.run([sys.executable, "-m", "benchmarks.bench_feedback", "--child", str(path),
                                  "preload" if preload else "cold"], cwd=root, env=env, capture_output=True,
                                 text=True, timeout=180)
        if out.returncode != 0:
            raise RuntimeError(f"the feedback tab child failed: {out.stderr.strip()[-400:]}")
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def add_answers(conn, count: int, seed: int) -> None:
    """`count` answers spread over the shop's sales period (only their count matters for speed)."""
    from app.models import db
    from app.models import feedback as store

    rng = np.random.default_rng(seed)
    customers = np.array([r[0] for r in conn.execute("SELECT id FROM customers ORDER BY revenue DESC")])
    first, last = conn.execute("SELECT MIN(sold_at), MAX(sold_at) FROM sales").fetchone()
    who = rng.integers(0, len(customers), count)
    when = rng.integers(first, last, count)
    good = who < len(customers) // 5
    scores = np.where(good, rng.choice([6, 8, 9, 10, 10], count), rng.choice([0, 3, 5, 6, 7, 8, 9, 10], count))
    anonymous = rng.random(count) < 0.1
    channels = np.array(["in_store", "zalo", "facebook", "phone", "email", "web_form"])[rng.integers(0, 6, count)]
    rows = [(int(t), None if a else int(customers[w]), int(s), "", str(c), "survey", None)
            for t, w, s, a, c in zip(when, who, scores, anonymous, channels, strict=True)]
    with db.transaction(conn):
        store.insert_responses(conn, rows)


def run(ctx: Context) -> list[Result]:
    from app.models import db
    from app.services.feedback import nps
    from app.services.segments.figures import ensure_fresh
    from benchmarks.data import big_shop, discard, working_copy

    count = ANSWERS // 20 if ctx.quick else ANSWERS
    path = working_copy(ctx, big_shop(ctx), "feedback")
    try:
        conn = db.connect(path)
        try:
            add_answers(conn, count, ctx.seed)
            ensure_fresh(conn)
            tab = best_of(lambda: nps.load_overview(conn), 5)
            tab_latest = best_of(lambda: nps.load_overview(conn, latest_per_customer=True), 5)
            by_segment = best_of(lambda: nps.by_group(conn, "segment"), 5)
            by_segment_latest = best_of(lambda: nps.by_group(conn, "segment", latest_per_customer=True), 5)
            largest = conn.execute("SELECT segment FROM customer_segments GROUP BY segment "
                                   "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
            members = [r[0] for r in conn.execute("SELECT customer_id FROM customer_segments WHERE segment = ?",
                                                   (largest,))]
            persona = best_of(lambda: nps.segment_nps(conn, members), 5)
        finally:
            conn.close()
        shown = _tab_seconds(path, preload=True)
        shown_cold = _tab_seconds(path, preload=False)
    finally:
        discard(path)
    note = f"{count:,} answers, best of 5"
    child_note = f"{count:,} answers, median of {CHILD_RUNS} fresh processes, matplotlib imported beforehand"
    return [
        limit_result("feedback: tab data (NPS, premium, segments, channels, trend)", tab, "s", 0.3, note),
        limit_result("feedback: tab data, latest answer per customer", tab_latest, "s", 0.3, note),
        limit_result("feedback: NPS by RFM segment", by_segment, "s", 0.1, note),
        limit_result("feedback: NPS by RFM segment, latest per customer", by_segment_latest, "s", 0.1, note),
        limit_result(f"feedback: segment_nps of {len(members):,} customers (personas' panel)", persona, "s", 0.1, note),
        limit_result("feedback: tab shown, its figures painted (score, interval, counts, premium)",
                     shown["figures"], "s", 0.3, child_note),
        Result("feedback: tab shown, both charts drawn and painted", round(shown["charts"], 4), "s", "", None, None,
               "for information", True, child_note),
        Result("feedback: tab shown, both charts, first charts of the session", round(shown_cold["charts"], 4), "s",
               "", None, None, "for information", True, f"{count:,} answers; includes importing matplotlib"),
    ]

if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], sys.argv[3] == "preload")))
    else:
        from benchmarks.harness import print_table

        print_table(run(Context(quick="--quick" in sys.argv)))
