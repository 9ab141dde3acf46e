"""File > Import history…: lists the shop's imports and undoes one, after which the shop's figures
are back to what they were before the import."""

from __future__ import annotations

from assistant_helpers import VN_ROWS, import_to_the_end, open_assistant, shop_counts, walk_to_preview

from app.ui.events import events
from app.ui.import_assistant import history


def _import(window, qtbot, path):
    assistant = open_assistant(window, qtbot, [path])
    walk_to_preview(assistant, qtbot)
    summary = import_to_the_end(assistant, qtbot)
    assistant.accept()
    return summary


def test_the_history_lists_imports_and_undoes_one(window, qtbot, vietnamese_csv, semicolon_csv, monkeypatch):
    empty = shop_counts()
    window.action("import_history").trigger()
    dialog = window.import_controller.history
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.undo_button.isEnabled()
    assert "Nothing has been imported" in dialog.explanation.text()
    dialog.close()

    _import(window, qtbot, vietnamese_csv)
    after_first = shop_counts()
    second = _import(window, qtbot, semicolon_csv)

    window.action("import_history").trigger()
    dialog = window.import_controller.history
    assert dialog.isVisible() and dialog.list.topLevelItemCount() == 2
    newest = dialog.list.topLevelItem(0)
    headers = [dialog.list.headerItem().text(c) for c in range(dialog.list.columnCount())]
    assert newest.text(headers.index("File")) == semicolon_csv.name
    assert newest.text(headers.index("Lines added")) == str(second.lines_added)
    assert newest.text(headers.index("Status")) == "Imported"
    oldest = dialog.list.topLevelItem(1)
    assert oldest.text(headers.index("Lines added")) == str(len(VN_ROWS))

    questions = []
    monkeypatch.setattr(history, "ask", lambda *args, **kwargs: questions.append(args[2]) or True)
    assert dialog.selected_import_id() is not None  # the newest is selected
    with qtbot.waitSignals([events.sales_changed, events.customers_changed], timeout=30_000):
        job = dialog.undo_selected()
        assert job is not None and job.wait(30_000)
    assert semicolon_csv.name in questions[0]
    assert shop_counts() == after_first
    newest = dialog.list.topLevelItem(0)
    assert newest.text(headers.index("Status")).startswith("Undone on ")
    assert not dialog.undo_button.isEnabled()  # an undone import cannot be undone twice
    assert "was undone" in dialog.notice.text()

    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.undo_button.isEnabled()
    job = dialog.undo_selected()
    assert job.wait(30_000)
    counts = shop_counts()
    assert counts == empty


def test_undo_asks_first_and_keeping_the_import_changes_nothing(window, qtbot, vietnamese_csv, monkeypatch):
    _import(window, qtbot, vietnamese_csv)
    before = shop_counts()
    window.action("import_history").trigger()
    dialog = window.import_controller.history
    monkeypatch.setattr(history, "ask", lambda *args, **kwargs: False)
    assert dialog.undo_selected() is None
    assert shop_counts() == before
