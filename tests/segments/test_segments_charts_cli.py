"""Charts (real matplotlib figures: export, clicks mapped to segments, translated labels), the
category ranking and funnel, the command line on a small shop, and the lazy package import."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import segments

ROOT = Path(__file__).resolve().parents[2]
D = dt.date


@pytest.fixture
def bakery(shop, builder):
    """12 customers over a year in three categories: the cake buyers are the big spenders."""
    ids = []
    for i in range(12):
        cid = builder.customer(f"KH{i:02d}", phone=f"09000000{i:02d}", marketing_consent=i % 2 == 0)
        ids.append(cid)
        first = "Bánh kem" if i < 4 else ("Trà" if i < 8 else "Cà phê")
        builder.buy(cid, D(2024, 1, 5) + dt.timedelta(days=i), 50, category=first)
        for k in range(i % 4):
            builder.buy(cid, D(2024, 3, 1) + dt.timedelta(days=40 * k + i), 200 if i < 4 else 20,
                        category="Bánh kem" if i < 4 else "Trà")
    builder.commit()
    return ids


def _center(ax, patch):
    box = patch.get_bbox()
    return ax.transData.transform(((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2))


def _click(fig, x, y):
    from matplotlib.backend_bases import MouseEvent

    return segments.charts.hit_test(fig, MouseEvent("button_press_event", fig.canvas, x, y))


def test_charts_export_and_map_clicks_to_segments(shop, bakery, tmp_path):
    overview = segments.load_overview(shop.conn)
    marked = lambda context, text: f"[{context}]{text}"  # noqa: E731 - a stand-in for Qt's translate
    charts = segments.charts
    figures = {
        "sizes": charts.sizes_chart(overview.segments, marked),
        "tiers": charts.sizes_chart(overview.tiers, marked),
        "pareto": charts.pareto_chart(overview.value, marked),
        "grid": charts.rf_grid_chart(overview.grid, marked),
        "movement": charts.movement_chart(overview.movement, marked),
    }
    for name, fig in figures.items():
        for suffix in (".png", ".svg"):
            out = tmp_path / f"{name}{suffix}"
            fig.savefig(out)
            assert out.stat().st_size > 2000
    assert "matplotlib.pyplot" not in sys.modules

    sizes = figures["sizes"]
    ax = sizes.axes[1]
    biggest = max(overview.segments, key=lambda summary: summary.revenue_share)
    bar = next(p for p in ax.patches if p.get_gid() == biggest.ref)
    assert _click(sizes, *_center(ax, bar)) == biggest.ref
    assert _click(sizes, 1, 1) is None
    assert "[Segment]Champions" in [t.get_text() for t in sizes.axes[0].get_yticklabels()]
    assert sizes.axes[1].get_title() == "[SegmentChart]Share of revenue (%)"

    grid = figures["grid"]
    cell = next(p for p in grid.axes[0].patches if p.get_gid() == "rf:5:4")
    assert _click(grid, *_center(grid.axes[0], cell)) == "rf:5:4"
    pareto = figures["pareto"]
    vip_x = 100 * overview.value.top10_n / overview.value.customers
    x, y = pareto.axes[0].transData.transform((vip_x / 2, 50))
    assert _click(pareto, x, y) == "tier:vip"
    ref = _click(figures["movement"], *_center(figures["movement"].axes[0], figures["movement"].axes[0].patches[0]))
    assert ref is not None and ref.startswith("moved:")


def test_category_ranking_and_funnel(shop, bakery):
    ranking = {c.name: c for c in segments.category_ranking(shop.conn)}
    assert (ranking["Bánh kem"].buyers, ranking["Bánh kem"].first_buyers) == (4, 4)
    # KH04..KH07 bought tea first; of KH08..KH11 (coffee first), the three who came back bought tea.
    assert (ranking["Trà"].buyers, ranking["Trà"].first_buyers) == (7, 4)
    by_first = segments.category_ranking(shop.conn, by="first_buyers")
    assert {c.name for c in by_first[:3]} == {"Bánh kem", "Trà", "Cà phê"}
    cake = ranking["Bánh kem"]
    spend = {i: 50 + (i % 4) * (200 if i < 4 else 20) for i in range(12)}
    assert cake.buyers_mean_spend == pytest.approx(1000 * sum(spend[i] for i in range(4)) / 4)
    steps = segments.category_funnel(shop.conn, ranking["Trà"].category_id, [
        {"field": "purchases", "op": "ge", "value": 2},
        {"field": "marketing_consent", "op": "is_true"},
    ])
    counts = [s.customers for s in steps]
    assert counts == sorted(counts, reverse=True) and counts[0] == ranking["Trà"].buyers
    assert steps[1].mean_spend >= steps[0].mean_spend
    assert steps[0].rule is None and steps[2].rule == {"field": "marketing_consent", "op": "is_true"}


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "segments", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_cli_on_a_small_shop(shop, shop_path, builder, tmp_path):
    risky = builder.customer("=HYPERLINK(1)")
    builder.buy(risky, D(2024, 5, 1), 12.345)
    plain = builder.customer(None, phone="0912345678")
    builder.buy(plain, D(2024, 5, 2), 7)
    builder.commit()
    shop.close()
    out = tmp_path / "out.csv"
    done = _cli("--db", shop_path, "--csv", out, "--json", "--as-of", "2024-05-10")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["as_of"] == "2024-05-10" and summary["small_shop"] is True and summary["customers"] == 2
    rows = list(csv.reader(open(out, newline="", encoding="utf-8")))
    assert rows[1][:4] == ["'=HYPERLINK(1)", "9", "1", "12.345"]  # neutralised formula, exact money
    assert rows[2][:4] == ["0912345678", "8", "1", "7.00"]  # no code: the phone number
    text = _cli("--db", shop_path)
    assert text.returncode == 0 and "Champions" in text.stdout and "reference date" in text.stdout
    for args, message in ((("--db", shop_path, "--as-of", "10/05/2024"), "YYYY-MM-DD"),
                          (("--db", shop_path, "--as-of", "2024-05-01"), "after the last purchase"),
                          (("--db", tmp_path / "missing.regulars"), "does not exist")):
        done = _cli(*args)
        assert done.returncode == 2 and message in done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_the_package_loads_nothing_heavy_until_used():
    code = ("import sys, app.services.segments as s\n"
            "print(any(m in sys.modules for m in ('numpy', 'pandas', 'matplotlib')))\n"
            "names = [d.name for d in s.definitions.SEGMENTS]\n"
            "print(any(m in sys.modules for m in ('numpy', 'pandas', 'matplotlib')))\n"
            "s.compute\n"
            "print('numpy' in sys.modules, 'matplotlib' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True", "False"]
