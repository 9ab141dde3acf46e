"""The customer-focus quiz's results over time as a small matplotlib chart (Agg, no Qt): the score as a
share of the points, one dot per result, with the bands of `quiz.MEANINGS` shaded behind."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from app.i18n import QT_TRANSLATE_NOOP
from app.services import formatting
from app.services.checklist.quiz import MEANINGS, QuizResult
from app.services.segments.charts import _new_chart, identity

Translate = Callable[[str, str], str]
CONTEXT = "Checklist"
LINE_COLOUR = "#00897b"
BAND_COLOURS = ("#fdecea", "#fff8e1", "#e8f5e9")
MAX_DATE_LABELS = 8


def results_chart(results: Sequence[QuizResult], translate: Translate = identity, *, locale: str = "vi_VN"):
    """Score (percent of the points) of each result in order taken, dated on the x axis."""
    fig = _new_chart(5.0, 2.4)
    ax = fig.subplots()
    x = list(range(len(results)))
    for (lowest, _text), colour, upper in zip(MEANINGS, BAND_COLOURS, [*[m[0] for m in MEANINGS[1:]], 1.0],
                                               strict=True):
        ax.axhspan(100 * lowest, 100 * upper, color=colour, zorder=0)
    ax.plot(x, [r.percent for r in results], color=LINE_COLOUR, marker="o", zorder=2)
    ax.set_ylim(0, 100)
    ax.set_xlim(-0.5, max(len(results) - 0.5, 0.5))
    step = max(1, math.ceil(len(results) / MAX_DATE_LABELS))  # dated ticks stay apart and quick to fit
    shown = x[::-1][::step][::-1]  # counted back from the latest result, which is always labelled
    ax.set_xticks(shown, [formatting.date(results[i].taken_on, locale) for i in shown], rotation=30, fontsize=7)
    ax.yaxis.set_major_formatter(lambda value, _pos: formatting.percent(value, 0, locale))
    ax.tick_params(axis="y", labelsize=7)
    ax.set_title(translate(CONTEXT, QT_TRANSLATE_NOOP("Checklist", "Quiz score over time")), fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
