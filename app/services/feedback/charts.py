"""The Feedback tab's charts as matplotlib Figures (no pyplot; matplotlib is imported when a chart is
built): NPS over time with its 95% interval as a band, and NPS by group with each interval as an error
bar. Labels go through `translate(context, text)`; numbers are written in the shop's `locale`.
Clickable bars carry `gid` = the group key (see app.services.segments.charts.hit_test). Export with
`figure.savefig(path)` (PNG or SVG by the file name)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP
from app.services import formatting
from app.services.feedback.nps import Score, Trend, period_label
from app.services.segments.charts import DEFAULT_LOCALE, Translate, identity

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CHART = "FeedbackChart"
GOOD, BAD, NEUTRAL, BAND = "#1b7837", "#b2182b", "#4c72b0", "#9ecae1"


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def trend_chart(trend: Trend, translate: Translate = identity, *, locale: str = DEFAULT_LOCALE) -> Figure:
    """NPS per month or quarter: the line, the interval as a band, hollow points where there are too
    few answers, and ▲/▼ where the change from the period before is larger than the noise."""
    fig = _figure(8, 3.6)
    ax = fig.subplots()
    scores = [s for s in trend.scores if s.responses]
    changes = [c for s, c in zip(trend.scores, trend.changes, strict=True) if s.responses]
    if not scores:
        ax.text(0.5, 0.5, translate(CHART, QT_TRANSLATE_NOOP("FeedbackChart", "No answers yet")), ha="center",
                va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return fig
    x = list(range(len(scores)))
    points = [_figures(s) for s in scores]
    ax.fill_between(x, [p[1] for p in points], [p[2] for p in points], color=BAND, alpha=0.45, lw=0,
                    label=translate(CHART, QT_TRANSLATE_NOOP("FeedbackChart", "95% interval")))
    ax.plot(x, [p[0] for p in points], color=NEUTRAL, lw=2, zorder=3)
    for i, (score, change) in enumerate(zip(scores, changes, strict=True)):
        hollow = score.too_few
        ax.plot([i], [points[i][0]], "o", ms=6, zorder=4, color=NEUTRAL, markerfacecolor="white" if hollow else NEUTRAL)
        if change:
            ax.annotate("▲" if change > 0 else "▼", (i, points[i][0]), xytext=(0, 9), textcoords="offset points",
                        ha="center", color=GOOD if change > 0 else BAD, fontsize=10, weight="bold")
    ax.axhline(0, color="#999999", lw=0.8)
    ax.set_xticks(x, [period_label(s.group, trend.period) for s in scores],
                  rotation=45 if len(scores) > 8 else 0, ha="right" if len(scores) > 8 else "center", fontsize=8)
    low = min(p[1] for p in points)
    high = max(p[2] for p in points)
    ax.set_ylim(max(-100, low - 10), min(100, high + 15))
    ax.set_ylabel("NPS")
    ax.yaxis.set_major_formatter(_signed_formatter(locale))
    ax.spines[["top", "right"]].set_visible(False)
    note = translate(CHART, QT_TRANSLATE_NOOP(
        "FeedbackChart", "Hollow points: too few answers. ▲▼: a change larger than the noise."))
    ax.set_title(note, fontsize=8, color="#555555", loc="left")
    ax.legend(loc="lower left", fontsize=8, frameon=False)
    return fig


def _figures(score: Score) -> tuple[float, float, float]:
    """(NPS, interval low, interval high) of a score that has answers."""
    return float(score.nps or 0.0), float(score.ci_low or 0.0), float(score.ci_high or 0.0)


def _signed_formatter(locale: str):
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: ("+" if value > 0 else "") + formatting.number(value, 0, locale))


def groups_chart(scores: Sequence[Score], labels: Sequence[str], translate: Translate = identity, *,
                 locale: str = DEFAULT_LOCALE, colors: Sequence[str] | None = None) -> Figure:
    """One horizontal bar per group (its NPS) with its interval as an error bar and its number of
    answers; bars are clickable (gid = the group key)."""
    shown = [(s, label) for s, label in zip(scores, labels, strict=True) if s.responses]
    fig = _figure(7, max(2.2, 0.45 * len(shown) + 1.2))
    ax = fig.subplots()
    if not shown:
        ax.text(0.5, 0.5, translate(CHART, QT_TRANSLATE_NOOP("FeedbackChart", "No answers yet")), ha="center",
                va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return fig
    y = list(range(len(shown)))[::-1]
    points = [_figures(s) for s, _ in shown]
    values = [p[0] for p in points]
    palette = list(colors) if colors else [GOOD if v >= 30 else BAD if v < 0 else NEUTRAL for v in values]
    bars = ax.barh(y, values, color=palette[:len(shown)], alpha=0.85, height=0.6)
    low = [p[0] - p[1] for p in points]
    high = [p[2] - p[0] for p in points]
    ax.errorbar(values, y, xerr=[[max(0.0, v) for v in low], [max(0.0, v) for v in high]], fmt="none",
                ecolor="#333333", capsize=3, lw=1)
    answers = translate(CHART, QT_TRANSLATE_NOOP("FeedbackChart", "{count} answers"))
    for bar, (score, _label), (value, _low, top) in zip(bars, shown, points, strict=True):
        bar.set_gid(f"group:{score.group}")
        ax.annotate(("+" if value > 0 else "") + formatting.number(value, 0, locale),
                    (min(max(top, value), 100), bar.get_y() + bar.get_height() / 2), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=8)
    # the number of answers under each name; ⚠ where they are too few to trust the score
    ticks = [f"{label}\n{answers.format(count=formatting.number(score.responses, 0, locale))}"
             + (" ⚠" if score.too_few else "") for score, label in shown]
    ax.set_yticks(y, ticks, fontsize=8)
    ax.set_xlim(-100, 118)
    ax.axvline(0, color="#999999", lw=0.8)
    ax.set_xlabel(translate(CHART, QT_TRANSLATE_NOOP("FeedbackChart", "NPS with its 95% interval")))
    ax.xaxis.set_major_formatter(_signed_formatter(locale))
    ax.spines[["top", "right"]].set_visible(False)
    return fig
