"""The Overview's charts (matplotlib Agg figures, no Qt): revenue by month with customers' and
walk-in sales stacked, and new against returning customers by month."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.i18n import QT_TRANSLATE_NOOP
from app.models.units import MONEY_SCALE
from app.services import formatting
from app.services.overview.figures import MonthRow
from app.services.segments.charts import _new_chart, identity

Translate = Callable[[str, str], str]
CONTEXT = "OverviewChart"
CUSTOMERS_COLOUR, WALK_IN_COLOUR, NEW_COLOUR, RETURNING_COLOUR = "#00897b", "#b0bec5", "#ffb300", "#3949ab"


def _labels(months: Sequence[MonthRow]) -> list[str]:
    return [f"{m.month % 100:02d}/{m.month // 100 % 100:02d}" for m in months]


def _legend_above_the_bars(ax) -> None:
    """The legend in one row at the top left, with room made above the tallest bar for it (matplotlib's
    "best" place searched every bar, slowly, and still covered some)."""
    tops = [patch.get_y() + patch.get_height() for patch in ax.patches]
    if tops and max(tops) > 0:  # set, not margins(): a stacked bar's base is a sticky edge that stops them
        ax.set_ylim(0, max(tops) * 1.25)
    ax.legend(fontsize=7, frameon=False, loc="upper left", ncols=2)


def _from_the_first_sale(months: Sequence[MonthRow]) -> Sequence[MonthRow]:
    """The months from the first with a sale (a shop younger than the chart's span has no empty
    months before its first sale); all of them when none has one."""
    first = next((i for i, m in enumerate(months) if m.customer_revenue or m.walk_in_revenue
                  or m.new_customers or m.returning_customers), 0)
    return months[first:]


def _stacked_bars(months: Sequence[MonthRow], title: str, lower: tuple[list, str, str], upper: tuple[list, str, str],
                  locale: str):
    """One bar a month, `upper` stacked on `lower` (each: values, colour, label), under `title`."""
    fig = _new_chart(6.5, 2.8)
    ax = fig.subplots()
    x = list(range(len(months)))
    (low, low_colour, low_label), (high, high_colour, high_label) = lower, upper
    ax.bar(x, low, color=low_colour, label=low_label)
    ax.bar(x, high, bottom=low, color=high_colour, label=high_label)
    ax.set_title(title, fontsize=10)
    ax.set_xticks(x, _labels(months), rotation=90, fontsize=7)
    ax.yaxis.set_major_formatter(lambda value, _pos: formatting.number(value, 0, locale))
    ax.tick_params(axis="y", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    _legend_above_the_bars(ax)
    return fig


def revenue_chart(months: Sequence[MonthRow], translate: Translate = identity, *, locale: str = "vi_VN"):
    months = _from_the_first_sale(months)
    return _stacked_bars(
        months, translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Revenue by month")),
        ([m.customer_revenue / MONEY_SCALE for m in months], CUSTOMERS_COLOUR,
         translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Customers"))),
        ([m.walk_in_revenue / MONEY_SCALE for m in months], WALK_IN_COLOUR,
         translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Walk-in sales"))), locale)


def customers_chart(months: Sequence[MonthRow], translate: Translate = identity, *, locale: str = "vi_VN"):
    months = _from_the_first_sale(months)
    return _stacked_bars(
        months, translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "New and returning customers by month")),
        ([m.returning_customers for m in months], RETURNING_COLOUR,
         translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Returning customers"))),
        ([m.new_customers for m in months], NEW_COLOUR,
         translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "New customers"))), locale)
