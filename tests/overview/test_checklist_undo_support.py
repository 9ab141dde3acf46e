"""What the Checklist tab's undo needs from the services, on a real shop file: the fields as stored
(defaults for an untouched item), an own item put back under its key with its fields and history, its
history read back; and the progress chart drawn from the replayed history."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.checklist import charts, items
from app.services.errors import UserError

D = dt.date


def test_stored_fields_of_an_untouched_item_are_the_defaults(shop):
    fields = items.stored_fields(shop.conn, "act_now.1")
    assert fields["status"] == "not_started" and fields["notes"] == "" and fields["due_on"] is None
    items.update_item(shop.conn, "act_now.1", status="done", owner="Lan", today=D(2025, 3, 2))
    fields = items.stored_fields(shop.conn, "act_now.1")
    assert (fields["status"], fields["owner"], fields["done_on"]) == ("done", "Lan", "2025-03-02")


def test_a_deleted_own_item_comes_back_under_its_key_with_its_history(shop):
    key = items.add_own_item(shop.conn, "Thank-you cards", repeat_months=2, today=D(2025, 1, 5)).value
    items.update_item(shop.conn, key, status="in_progress", notes="ten cards", today=D(2025, 1, 6))
    kept = items.stored_fields(shop.conn, key)
    items.delete_own_item(shop.conn, key)
    assert key not in {i.key for i in items.list_items(shop.conn, D(2025, 1, 7))}
    assert items.restore_own_item(shop.conn, key, kept).checklist
    back = next(i for i in items.list_items(shop.conn, D(2025, 1, 7)) if i.key == key)
    assert (back.text, back.status, back.notes, back.repeat_months) == ("Thank-you cards", "in_progress", "ten cards", 2)
    assert [(e.changed_on, e.field, e.new) for e in items.item_history(shop.conn, key)] == [
        (D(2025, 1, 5), "title", "Thank-you cards"), (D(2025, 1, 6), "status", "in_progress"),
        (D(2025, 1, 6), "notes", "ten cards")]
    # A new own item gets a new key; putting back an item that exists, or a built-in one, is refused.
    other = items.add_own_item(shop.conn, "Another").value
    assert other != key
    with pytest.raises(UserError):
        items.restore_own_item(shop.conn, key, kept)
    with pytest.raises(UserError):
        items.restore_own_item(shop.conn, "act_now.1", kept)


def test_the_progress_chart_has_a_line_per_section_with_relevant_items(shop):
    items.update_item(shop.conn, "act_now.1", status="done", today=D(2025, 1, 10))
    items.update_item(shop.conn, "progress.1", status="done", today=D(2025, 2, 10))
    history = items.progress_history(shop.conn, D(2025, 3, 1))
    figure = charts.progress_chart(history, today=D(2025, 3, 1))
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Where you stand today", "8 things to do now to focus more on customers", "Check your progress",
                      "Review routines", "All items"]
    progress_line = ax.get_lines()[2]
    assert list(progress_line.get_ydata()) == [0.0, 20.0, 20.0]  # 1 of 5 from 10 February, held to 1 March
    assert figure.axes[0].get_title() == "Progress per section (% of items done)"
