"""The Segments tab's charts as matplotlib Figures (no pyplot, so no global state; matplotlib is
imported when a chart is built): segment sizes and revenue, the Pareto curve, the R-F grid heat map,
and segment movement. Every clickable artist carries `gid` = a segment reference, and `hit_test`
maps a mouse event to it, so the UI can list the customers of what was clicked. Export with
`figure.savefig(path)` (PNG or SVG by the file name). Labels go through `translate(context, text)`
(identity by default; the UI passes QCoreApplication.translate), and figures are written in the
format of `locale` (the shop's: `14,4` and `1.234` in Vietnamese)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from app.i18n import QT_TRANSLATE_NOOP
from app.services import formatting
from app.services.segments.definitions import CONTEXT, NOT_YET_CUSTOMER, SEGMENT_BY_KEY, TIER_BY_KEY

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.figure import Figure

    from app.services.segments.movement import Movement
    from app.services.segments.value import RFGrid, SegmentSummary, ValueFigures

Translate = Callable[[str, str], str]
CHART = "SegmentChart"
DEFAULT_LOCALE = "en_GB"

# One colour per RFM segment, from warm (best) to grey (lost), used by every chart and the UI.
SEGMENT_COLORS: dict[str, str] = {
    "champions": "#1b7837", "loyal": "#5aae61", "potential_loyalists": "#a6dba0", "new_customers": "#4393c3",
    "promising": "#92c5de", "need_attention": "#fdb863", "about_to_sleep": "#e08214", "at_risk": "#d6604d",
    "cant_lose_them": "#b2182b", "hibernating": "#9e9ac8", "lost": "#969696",
}
TIER_COLORS: dict[str, str] = {
    "vip": "#7b3294", "premium": "#c2a5cf", "regular": "#5aae61", "occasional": "#a6dba0", "one_time": "#bababa",
}


def identity(context: str, text: str) -> str:
    return text


def _new_chart(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _color(key: str) -> str:
    return SEGMENT_COLORS.get(key) or TIER_COLORS.get(key) or "#4c72b0"


def sizes_chart(summaries: Sequence[SegmentSummary], translate: Translate = identity, *,
                locale: str = DEFAULT_LOCALE) -> Figure:
    """Side by side, each segment's share of customers and share of revenue (horizontal bars)."""
    fig = _new_chart(9, max(3.0, 0.42 * len(summaries) + 1.2))
    left, right = fig.subplots(1, 2, sharey=True)
    names = [translate(CONTEXT, s.name) for s in summaries]
    y = np.arange(len(summaries))[::-1]
    for ax, values, title in (
        (left, [s.customer_share for s in summaries], QT_TRANSLATE_NOOP("SegmentChart", "Share of customers (%)")),
        (right, [s.revenue_share for s in summaries], QT_TRANSLATE_NOOP("SegmentChart", "Share of revenue (%)")),
    ):
        bars = ax.barh(y, values, color=[_color(s.key) for s in summaries])
        for bar, summary, value in zip(bars, summaries, values, strict=True):
            bar.set_gid(summary.ref)
            ax.annotate(formatting.number(value, 1, locale), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
        ax.set_title(translate(CHART, title), fontsize=10)
        ax.set_xlim(0, max(values + [1.0]) * 1.18)
        ax.spines[["top", "right"]].set_visible(False)
    left.set_yticks(y, names)
    return fig


def pareto_chart(value: ValueFigures, translate: Translate = identity, *, locale: str = DEFAULT_LOCALE) -> Figure:
    """Cumulative share of revenue against share of customers (best first); the VIP and Premium
    bands are clickable (tier:vip, tier:premium)."""
    fig = _new_chart(7, 4.5)
    ax = fig.subplots()
    n = max(value.customers, 1)
    vip_x, premium_x = 100.0 * value.top10_n / n, 100.0 * value.top20_n / n
    ax.axvspan(0, vip_x, color=TIER_COLORS["vip"], alpha=0.25, gid="tier:vip", lw=0)
    ax.axvspan(vip_x, premium_x, color=TIER_COLORS["premium"], alpha=0.3, gid="tier:premium", lw=0)
    ax.plot(value.pareto_x, value.pareto_y, color="#2b2b2b", lw=2)
    ax.plot([0, 100], [0, 100], color="#999999", lw=1, ls="--")
    ax.axhline(80, color="#d6604d", lw=1, ls=":")
    needed_x = 100.0 * value.customers_for_80pct / n
    ax.plot([needed_x], [80], "o", color="#d6604d")
    ax.annotate(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "{share} of customers bring 80% of revenue"))
                .format(share=formatting.percent(needed_x, 1, locale)), (needed_x, 80), xytext=(8, 6), textcoords="offset points", fontsize=8)
    ax.annotate(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "Top 20%: {share} of revenue"))
                .format(share=formatting.percent(value.top20_share, 1, locale)), (premium_x, value.top20_share), xytext=(8, -12),
                textcoords="offset points", fontsize=8)
    for x, name in ((vip_x / 2, TIER_BY_KEY["vip"].name), ((vip_x + premium_x) / 2, TIER_BY_KEY["premium"].name)):
        ax.text(x, 3, translate(CONTEXT, name), ha="center", va="bottom", rotation=90, fontsize=8, color="#3f007d")
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 101)
    ax.set_xlabel(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "Share of customers, best first (%)")))
    ax.set_ylabel(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "Cumulative share of revenue (%)")))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def rf_grid_chart(grid: RFGrid, translate: Translate = identity, *, locale: str = DEFAULT_LOCALE) -> Figure:
    """The 5 x 5 grid of recency score (rows) and frequency score (columns): colour = customers, each
    cell named after its segment; cells are clickable (rf:<r>:<f>)."""
    from matplotlib.patches import Rectangle

    fig = _new_chart(7, 6)
    ax = fig.subplots()
    peak = max(int(grid.counts.max()), 1)
    cmap = _colormap("Blues")
    for r in range(1, 6):
        for f in range(1, 6):
            count = int(grid.counts[r - 1, f - 1])
            shade = cmap(0.1 + 0.8 * count / peak)
            ax.add_patch(Rectangle((f - 0.5, r - 0.5), 1, 1, facecolor=shade, edgecolor="white", lw=2,
                                   gid=f"rf:{r}:{f}"))
            key = grid.segments[r - 1][f - 1]
            dark = count / peak > 0.55
            ax.text(f, r + 0.12, formatting.number(count, 0, locale), ha="center", va="center", fontsize=10, weight="bold",
                    color="white" if dark else "#1a1a1a")
            ax.text(f, r - 0.2, translate(CONTEXT, SEGMENT_BY_KEY[key].name), ha="center", va="center",
                    fontsize=7, color="white" if dark else "#333333", wrap=True)
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_xlabel(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "Frequency score (5 = buys most often)")))
    ax.set_ylabel(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "Recency score (5 = bought most recently)")))
    ax.set_aspect("equal")
    return fig


def movement_chart(movement: Movement, translate: Translate = identity, *, locale: str = DEFAULT_LOCALE) -> Figure:
    """How many customers went from each segment (rows, previous snapshot) to each segment (columns,
    latest); cells are clickable (their Movement.ref)."""
    from matplotlib.patches import Rectangle

    keys = list(movement.keys)
    labels = [translate(CONTEXT, SEGMENT_BY_KEY[k].name) if k in SEGMENT_BY_KEY else translate(CONTEXT, NOT_YET_CUSTOMER)
              for k in keys]
    size = len(keys)
    fig = _new_chart(9, 8)
    ax = fig.subplots()
    counts = movement.counts
    peak = max(int(counts.max()) if counts.size else 0, 1)
    cmap = _colormap("Oranges")
    for i in range(size):
        for j in range(size):
            count = int(counts[i, j]) if counts.size else 0
            face = "#f4f4f4" if count == 0 else cmap(0.15 + 0.8 * count / peak)
            edge = "#2b2b2b" if i == j else "white"
            ax.add_patch(Rectangle((j - 0.5, size - 1 - i - 0.5), 1, 1, facecolor=face, edgecolor=edge, lw=1,
                                   gid=movement.ref(keys[i], keys[j])))
            if count:
                ax.text(j, size - 1 - i, formatting.number(count, 0, locale), ha="center", va="center", fontsize=7,
                        color="white" if count / peak > 0.6 else "#1a1a1a")
    ax.set_xlim(-0.5, size - 0.5)
    ax.set_ylim(-0.5, size - 0.5)
    ax.set_xticks(range(size), labels, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(size), labels[::-1], fontsize=8)
    ax.set_xlabel(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "Segment at the later date")))
    ax.set_ylabel(translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "Segment at the earlier date")))
    title = translate(CHART, QT_TRANSLATE_NOOP(
        "SegmentChart", "From {before} to {after}: {moved} customers changed segment, {stayed} stayed"))
    ax.set_title(title.format(before=_month_label(movement.from_month, translate),
                              after=_month_label(movement.to_month, translate),
                              moved=formatting.number(movement.moved, 0, locale),
                              stayed=formatting.number(movement.stayed, 0, locale)), fontsize=10)
    ax.set_aspect("equal")
    return fig


def _month_label(month, translate: Translate) -> str:
    if month == "current":
        return translate(CHART, QT_TRANSLATE_NOOP("SegmentChart", "now"))
    if month is None:
        return "–"
    return f"{int(month) % 100:02d}/{int(month) // 100}"


def _colormap(name: str):
    from matplotlib import colormaps

    return colormaps[name]


def hit_test(figure: Figure, event: MouseEvent) -> str | None:
    """The segment reference of the clickable artist under a mouse event (the topmost), or None."""
    tagged = figure.findobj(lambda artist: bool(artist.get_gid()))
    for artist in reversed(tagged):
        try:
            inside, _ = artist.contains(event)
        except (AttributeError, TypeError, ValueError):
            continue
        if inside:
            return artist.get_gid()
    return None
