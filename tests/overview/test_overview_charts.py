"""The Overview's two charts: bars from the shop's first month with a sale (no empty months before it),
stacked as the figures say, and room above the tallest bar for the legend."""

from __future__ import annotations

import pytest

from app.services.overview import charts
from app.services.overview.figures import MonthRow


def _months() -> list[MonthRow]:
    rows = [MonthRow(202500 + m) for m in range(1, 13)]  # January to December 2025
    for row, (revenue, walk_in, new, returning) in zip(rows[8:], ((0, 5_000, 0, 0), (40_000, 0, 3, 0),
                                                                 (90_000, 10_000, 1, 2), (70_000, 0, 0, 3)), strict=True):
        row.customer_revenue, row.walk_in_revenue, row.new_customers, row.returning_customers = (
            revenue, walk_in, new, returning)
    return rows


@pytest.mark.parametrize("draw", [charts.revenue_chart, charts.customers_chart])
def test_the_bars_start_at_the_first_month_with_a_sale_and_leave_room_for_the_legend(draw):
    fig = draw(_months())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == ["09/25", "10/25", "11/25", "12/25"]  # from September, the first walk-in sale
    tops = [patch.get_y() + patch.get_height() for patch in ax.patches]
    assert ax.get_ylim()[1] >= 1.2 * max(tops)  # the legend sits above the bars, not on them
    legend = ax.get_legend()
    assert legend is not None and legend._loc == 2 and len(legend.get_texts()) == 2  # upper left


def test_the_revenue_bars_stack_walk_in_sales_on_the_customers_revenue():
    fig = charts.revenue_chart(_months())
    customers, walk_in = fig.axes[0].containers
    assert [b.get_height() for b in customers] == [0, 40, 90, 70]
    assert [b.get_y() for b in walk_in] == [0, 40, 90, 70] and [b.get_height() for b in walk_in] == [5, 0, 10, 0]


def test_a_shop_without_sales_keeps_every_month():
    rows = [MonthRow(202500 + m) for m in range(1, 13)]
    assert len(charts.revenue_chart(rows).axes[0].patches) == 24  # two empty bars a month
