"""The Segments tab's data in its two stages: the first computes stale figures once (refreshing the
stored ones with the same computation) and leaves the rest empty; the second completes it with what
a single call (`load_overview`) gives."""

from __future__ import annotations

import datetime as dt

from app.services import segments
from app.services.segments import figures as figure_module


def _fill(builder, customers: int = 30) -> None:
    start = dt.date(2025, 1, 1)
    for n in range(customers):
        customer = builder.customer(f"K{n:03d}")
        for visit in range(n % 5 + 1):
            builder.buy(customer, start + dt.timedelta(days=7 * visit + n), 10.0 + n, category="Trà")
    builder.commit()


def _counting_compute(monkeypatch) -> list[int]:
    calls = []
    original = figure_module.compute

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(figure_module, "compute", counted)
    return calls


def test_stale_figures_are_computed_once_and_stored(shop, builder, monkeypatch):
    _fill(builder)
    calls = _counting_compute(monkeypatch)
    first = segments.load_first(shop.conn)
    assert len(calls) == 1  # refreshed and stored with one computation, not refreshed then computed again
    stored = shop.conn.execute("SELECT COUNT(*) FROM customer_segments").fetchone()[0]
    assert stored == len(first.figures) == 30
    assert not segments.ensure_fresh(shop.conn)  # what the first stage stored is current
    assert first.categories is None and first.movement is None and not first.complete
    calls.clear()
    again = segments.load_first(shop.conn)
    assert len(calls) == 1 and again.figures.customer_id.tolist() == first.figures.customer_id.tolist()


def test_the_second_stage_completes_the_overview_like_one_call(shop, builder):
    _fill(builder)
    first = segments.load_first(shop.conn)
    rest = segments.load_rest(shop.conn, first.figures)
    overview = rest.complete(first)
    assert overview.complete
    whole = segments.load_overview(shop.conn)
    assert [c.category_id for c in overview.categories] == [c.category_id for c in whole.categories]
    assert [t.ref for t in overview.targets] == [t.ref for t in whole.targets]
    assert overview.movement.moved == whole.movement.moved
    assert segments.load_rest(shop.conn, first.figures, cancelled=lambda: True) is None


def test_stored_counts_match_the_computed_summaries_and_are_refused_when_out_of_date(shop, builder):
    from app.services.segments.stored import stored_segment_summaries

    _fill(builder)
    assert stored_segment_summaries(shop.conn) is None  # nothing stored yet
    first = segments.load_first(shop.conn)
    stored = stored_segment_summaries(shop.conn)
    assert stored is not None and sum(s.customers for s in stored) == 30
    assert [(s.ref, s.customers, s.revenue, round(s.customer_share, 9), round(s.revenue_share, 9), s.mean_spend)
            for s in stored] == [(s.ref, s.customers, s.revenue, round(s.customer_share, 9),
                                  round(s.revenue_share, 9), s.mean_spend) for s in first.segments]
    builder.buy(builder.customer("K999"), dt.date(2025, 6, 1), 99.0, category="Trà")
    builder.commit()
    assert stored_segment_summaries(shop.conn) is None  # the aggregates changed: compute first
