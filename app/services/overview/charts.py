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


def revenue_chart(months: Sequence[MonthRow], translate: Translate = identity, *, locale: str = "vi_VN"):
    months = _from_the_first_sale(months)
    fig = _new_chart(6.5, 2.8)
    ax = fig.subplots()
    x = list(range(len(months)))
    customers = [m.customer_revenue / MONEY_SCALE for m in months]
    walk_in = [m.walk_in_revenue / MONEY_SCALE for m in months]
    ax.bar(x, customers, color=CUSTOMERS_COLOUR, label=translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Customers")))
    ax.bar(x, walk_in, bottom=customers, color=WALK_IN_COLOUR,
           label=translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Walk-in sales")))
    ax.set_title(translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Revenue by month")), fontsize=10)
    ax.set_xticks(x, _labels(months), rotation=90, fontsize=7)
    ax.yaxis.set_major_formatter(lambda value, _pos: formatting.number(value, 0, locale))
    ax.tick_params(axis="y", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    _legend_above_the_bars(ax)
    return fig


def customers_chart(months: Sequence[MonthRow], translate: Translate = identity, *, locale: str = "vi_VN"):
    months = _from_the_first_sale(months)
    fig = _new_chart(6.5, 2.8)
    ax = fig.subplots()
    x = list(range(len(months)))
    returning = [m.returning_customers for m in months]
    ax.bar(x, returning, color=RETURNING_COLOUR,
           label=translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "Returning customers")))
    ax.bar(x, [m.new_customers for m in months], bottom=returning, color=NEW_COLOUR,
           label=translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "New customers")))
    ax.set_title(translate(CONTEXT, QT_TRANSLATE_NOOP("OverviewChart", "New and returning customers by month")), fontsize=10)
    ax.set_xticks(x, _labels(months), rotation=90, fontsize=7)
    ax.yaxis.set_major_formatter(lambda value, _pos: formatting.number(value, 0, locale))
    ax.tick_params(axis="y", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    _legend_above_the_bars(ax)
    return fig
