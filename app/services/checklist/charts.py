"""The Checklist's chart (a matplotlib Figure, no Qt, built only when shown): the progress score of
each section over time, one step line per section, from `items.progress_history`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP
from app.services import formatting
from app.services.checklist.definitions import SECTIONS
from app.services.segments.charts import _new_chart, identity

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Translate = Callable[[str, str], str]
CONTEXT = "ChecklistChart"
SECTION_COLOURS = {"self_assessment": "#8e24aa", "act_now": "#00897b", "progress": "#3949ab",
                   "routines": "#fb8c00", "own": "#6d4c41", "all": "#212121"}


def progress_chart(history: Sequence[tuple[dt.date, dict[str, float | None]]], translate: Translate = identity, *,
                   today: dt.date | None = None, locale: str = "vi_VN") -> Figure:
    """Percent done per section (and all items, thicker) after each day with changes, held until
    `today`; a section with no relevant item has no line."""
    fig = _new_chart(6.5, 3.0)
    ax = fig.subplots()
    days = [day for day, _scores in history]
    end = max(today or days[-1], days[-1]) if days else today
    lines = [(s.key, translate("Checklist", s.title)) for s in SECTIONS]
    lines.append(("all", translate(CONTEXT, QT_TRANSLATE_NOOP("ChecklistChart", "All items"))))
    for key, label in lines:
        points = [(day, scores.get(key)) for day, scores in history]
        if not any(value is not None for _day, value in points):
            continue
        xs: list = [day for day, _value in points] + ([end] if end is not None else [])
        ys: list = [value for _day, value in points] + [points[-1][1]]
        ax.step(xs, ys, where="post", color=SECTION_COLOURS[key], label=label,
                linewidth=2.5 if key == "all" else 1.4)
    ax.set_ylim(-3, 103)
    ax.yaxis.set_major_formatter(lambda value, _pos: f"{formatting.number(value, 0, locale)}%")
    ax.xaxis.set_major_formatter(lambda value, _pos: _day_label(value, locale))
    ax.tick_params(labelsize=7)
    ax.set_title(translate(CONTEXT, QT_TRANSLATE_NOOP("ChecklistChart", "Progress per section (% of items done)")),
                 fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def _day_label(value: float, locale: str) -> str:
    from matplotlib.dates import num2date

    return formatting.date(num2date(value).date(), locale)
