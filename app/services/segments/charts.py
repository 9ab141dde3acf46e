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


CELL_LABEL = "cell"  # the Text.label of texts that must fit inside their grid cell
MIN_FONT_SIZE = 6.0


def two_lines(text: str) -> str:
    """`text` broken at the space that makes its two lines most even (unchanged without a space)."""
    words = text.split()
    if len(words) < 2:
        return text
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


def _fit(text, limit: float, renderer, *, vertical: bool = False) -> None:
    """Makes `text` at most `limit` pixels long: first on two lines, then smaller (not below
    MIN_FONT_SIZE). Starts again from the text's own wording and size each time."""
    if not text.get_text() and not hasattr(text, "_regulars_original"):
        return
    original = getattr(text, "_regulars_original", None)
    if original is None:
        original = text._regulars_original = (text.get_text(), text.get_fontsize())
    text.set_text(original[0])
    text.set_fontsize(original[1])

    def length() -> float:
        box = text.get_window_extent(renderer)
        return box.height if vertical else box.width

    if limit <= 0 or length() <= limit:
        return
    text.set_text(two_lines(original[0]))
    while length() > limit and text.get_fontsize() > MIN_FONT_SIZE:
        text.set_fontsize(text.get_fontsize() - 0.5)


def _fit_ticks(labels, spacing: float, renderer, *, vertical: bool) -> None:
    """Shrinks tick labels until neighbours no longer overlap (`spacing`: pixels between ticks)."""
    labels = [label for label in labels if label.get_text()]
    if len(labels) < 2 or spacing <= 0:
        return
    for label in labels:
        original = getattr(label, "_regulars_original", None)
        if original is None:
            original = label._regulars_original = (label.get_text(), label.get_fontsize())
        label.set_fontsize(original[1])

    def widest() -> float:
        boxes = [label.get_window_extent(renderer) for label in labels]
        if vertical:
            return max(b.height for b in boxes)
        if labels[0].get_rotation() % 180:
            # A label turned 45 degrees takes its height over the sine of the angle along the axis.
            return max(b.height for b in boxes) * 1.42
        return max(b.width for b in boxes)

    while widest() > spacing * 0.95 and labels[0].get_fontsize() > MIN_FONT_SIZE:
        for label in labels:
            label.set_fontsize(label.get_fontsize() - 0.5)


def _keep_inside(text, page, renderer) -> None:
    """A text that runs past the right edge of the chart gets two lines or a smaller size to fit the
    room it has; an annotation that still does not fit goes to the left of its point."""
    box = text.get_window_extent(renderer)
    if box.x1 <= page.x1:
        return
    _fit(text, page.x1 - box.x0 - 4, renderer)
    box = text.get_window_extent(renderer)
    if box.x1 > page.x1 and hasattr(text, "xyann") and text.get_horizontalalignment() == "left":
        x, y = text.xyann
        text.xyann = (-abs(x), y)
        text.set_horizontalalignment("right")


def fit_texts(fig: Figure) -> None:
    """Makes the figure's texts fit at its current size (in a chart widget or an export): titles and
    axis labels within their axes (on two lines, then smaller), cell labels within their cell, tick
    labels apart. The chart widget calls it before every draw."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # every canvas we draw on is Agg-based
    for _ in range(2):  # the constrained layout moves the axes once the texts changed
        fig.draw_without_rendering()
        for ax in fig.axes:
            box = ax.get_window_extent(renderer)
            _fit(ax.title, box.width, renderer)
            _fit(ax.xaxis.label, box.width, renderer)
            _fit(ax.yaxis.label, box.height, renderer, vertical=True)
            x0, y0 = ax.transData.transform((0, 0))
            x1, y1 = ax.transData.transform((1, 1))
            for text in ax.texts:
                if text.get_label() == CELL_LABEL:
                    _fit(text, abs(x1 - x0) * 0.92, renderer)
                else:
                    _keep_inside(text, fig.bbox, renderer)
            ticks = ax.get_yticks()
            if len(ticks) > 1:
                _fit_ticks(ax.get_yticklabels(), abs(y1 - y0) * (ticks[1] - ticks[0]), renderer, vertical=True)
            ticks = ax.get_xticks()
            if len(ticks) > 1:
                _fit_ticks(ax.get_xticklabels(), abs(x1 - x0) * (ticks[1] - ticks[0]), renderer, vertical=False)


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
                    fontsize=7, color="white" if dark else "#333333", label=CELL_LABEL)
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
                        color="white" if count / peak > 0.6 else "#1a1a1a", label=CELL_LABEL)
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
