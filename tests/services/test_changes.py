"""The value every writing service returns: parts combine, customers are ids or all, and the
helpers read it from the service's result."""

from __future__ import annotations

from app.services.changes import NOTHING, Changes, Written, changes_of, value_of


def test_nothing_is_false_and_any_part_is_true():
    assert not NOTHING and not Changes()
    for part in ("sales", "segments", "settings", "shop", "personas", "journeys", "feedback", "checklist"):
        assert Changes(**{part: True})
    assert Changes.of_customers([3])
    assert Changes.of_customers(None).customers


def test_combining_keeps_every_part_and_all_customers_wins_over_ids():
    one = Changes.of_customers([1, 2]) | Changes(personas=True)
    assert one.customer_list() == [1, 2] and one.personas and not one.sales
    both = one | Changes.of_customers([5], sales=True)
    assert both.customer_list() == [1, 2, 5] and both.sales and both.personas
    everyone = both | Changes.of_customers(None)
    assert everyone.all_customers and everyone.customer_list() == [] and everyone.customer_ids == frozenset()
    assert everyone.touches_customer(99) and not both.touches_customer(99) and both.touches_customer(5)


def test_the_value_is_frozen():
    import dataclasses

    import pytest

    with pytest.raises(dataclasses.FrozenInstanceError):
        Changes().sales = True  # type: ignore[misc]


def test_changes_and_value_are_read_from_any_result():
    written = Written(7, Changes(sales=True))
    assert changes_of(written) == Changes(sales=True) and value_of(written) == 7
    assert changes_of(Changes(feedback=True)) == Changes(feedback=True)
    assert changes_of(42) is NOTHING and value_of(42) == 42

    class Summary:
        changes = Changes(checklist=True)

    summary = Summary()
    assert changes_of(summary).checklist and value_of(summary) is summary
