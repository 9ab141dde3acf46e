"""The Checklist tab on a real shop file: statuses and details written through the services and undone
with the shop's undo stack, suggestions accepted only on a click, own items added, renamed and deleted
with undo, recurring items due again, progress bars against items.progress, the progress chart, the
history, the links to other tabs, the empty shop and the Vietnamese texts."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.checklist import items, suggestions
from app.services.checklist.definitions import ITEMS, SECTIONS
from app.ui import session
from app.ui.events import events


def _conn():
    return session.current_shop().conn


def _item(key: str) -> items.ChecklistItem:
    return next(i for i in items.list_items(_conn()) if i.key == key)


def _shown_tab(window, qtbot):
    assert window.show_tab("checklist")
    tab = window.tab_widget("checklist")
    qtbot.waitUntil(tab.isVisible, timeout=5000)
    assert tab.wait_for_suggestions()  # read on a worker
    return tab


@pytest.fixture
def tab(window, qtbot):
    return _shown_tab(window, qtbot)


@pytest.fixture
def demo_tab(demo_window, qtbot):
    return _shown_tab(demo_window, qtbot)


def _section_rows(tab) -> list[str]:
    tree = tab.items_page.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_checklist_shows_every_item_by_section_in_order(tab):
    assert type(tab).__module__ == "app.ui.checklist.tab"
    assert _section_rows(tab) == [s.title for s in SECTIONS]
    tree = tab.items_page.tree
    shown = [tree.topLevelItem(s).child(c).data(0, 256) for s in range(4) for c in range(tree.topLevelItem(s).childCount())]
    assert shown == [i.key for i in ITEMS]
    assert tab.items_page.summary.text() == f"Progress: 0 of {len(ITEMS)} items done"


def test_a_status_is_written_through_the_service_and_undone(tab, window):
    page = tab.items_page
    assert page.select("act_now.3")
    panel = page.panel
    panel.status.setCurrentIndex(panel.status.findData("done"))
    panel.status.activated.emit(panel.status.currentIndex())
    assert _item("act_now.3").status == "done" and _item("act_now.3").done_on == dt.date.today()
    assert page.item_row("act_now.3").text(1) == "Done"
    assert [(e.field, e.new) for e in items.item_history(_conn(), "act_now.3")] == [
        ("status", "done"), ("done_on", dt.date.today().isoformat())]
    assert panel.history.topLevelItemCount() == 2 and "Not started → Done" in panel.history.topLevelItem(0).text(1) + \
        panel.history.topLevelItem(1).text(1)
    assert window.action("undo").isEnabled()
    window.action("undo").trigger()  # Edit > Undo, Ctrl+Z
    assert _item("act_now.3").status == "not_started" and _item("act_now.3").done_on is None
    assert page.item_row("act_now.3").text(1) == "Not started" and panel.status.currentData() == "not_started"
    session.undo_stack().redo()
    assert _item("act_now.3").status == "done"


def test_owner_dates_and_notes_are_saved_together_and_undone(tab):
    page = tab.items_page
    page.select("act_now.1")
    panel = page.panel
    assert not panel.save_button.isEnabled()
    panel.owner_edit.setText("Lan")
    panel.notes_edit.setPlainText("Call Mrs Hoa and Mr Minh first")
    panel.due_check.setChecked(True)
    panel.due_edit.setDate(dt.date(2030, 3, 1))
    assert panel.save_button.isEnabled()
    assert panel.save()
    item = _item("act_now.1")
    assert (item.owner, item.notes, item.due_on) == ("Lan", "Call Mrs Hoa and Mr Minh first", dt.date(2030, 3, 1))
    assert panel.owner_edit.text() == "Lan" and not panel.save_button.isEnabled()
    session.undo_stack().undo()
    item = _item("act_now.1")
    assert (item.owner, item.notes, item.due_on) == ("", "", None)
    assert panel.owner_edit.text() == "" and not panel.due_check.isChecked()


def test_a_suggestion_changes_nothing_until_accepted(demo_tab):
    from app.services.segments import targeting

    conn = _conn()
    items.update_item(conn, "progress.1", status="not_started")  # the demo's owner had marked it done
    targeting.set_target_profile(conn, "tier:vip", is_target=True)
    from app.services.changes import Changes

    events.announce(Changes(segments=True))
    assert demo_tab.wait_for_suggestions()
    suggestion = suggestions.suggest_all(conn)["progress.1"]
    assert suggestion.status == "done"
    page = demo_tab.items_page
    page.select("progress.1")
    panel = page.panel
    assert _item("progress.1").status == "not_started"  # shown, not applied
    assert page.item_row("progress.1").text(2) == "Done"
    assert not panel.suggestion_box.isHidden() and panel.suggestion_reason.text() == suggestion.text()
    assert "VIP" in panel.suggestion_reason.text() and not panel.accept_button.isHidden()
    panel.accept_button.click()
    assert _item("progress.1").status == "done"
    assert page.item_row("progress.1").text(2) == "agrees" and panel.accept_button.isHidden()
    session.undo_stack().undo()
    assert _item("progress.1").status == "not_started"


def test_own_items_are_added_renamed_and_deleted_with_undo(tab):
    page = tab.items_page
    key = page.add_item("Call the ten best customers", 2)
    assert key is not None and page.current_key() == key
    assert _item(key).text == "Call the ten best customers" and _item(key).repeat_months == 2
    own = page.tree.topLevelItem(4)
    assert own.childCount() == 1 and own.child(0).text(0) == "Call the ten best customers"
    panel = page.panel
    assert not panel.title_edit.isHidden() and not panel.delete_button.isHidden()
    panel.title_edit.setText("Call the twenty best customers")
    assert panel.save()
    assert _item(key).text == "Call the twenty best customers"
    panel.status.setCurrentIndex(panel.status.findData("in_progress"))
    panel.status.activated.emit(panel.status.currentIndex())
    assert panel.delete()
    assert key not in {i.key for i in items.list_items(_conn())}
    session.undo_stack().undo()  # the deletion
    back = _item(key)
    assert (back.text, back.status, back.repeat_months) == ("Call the twenty best customers", "in_progress", 2)
    session.undo_stack().undo()  # the status
    session.undo_stack().undo()  # the rename
    assert _item(key).text == "Call the ten best customers"
    session.undo_stack().undo()  # the addition
    assert key not in {i.key for i in items.list_items(_conn())}
    assert page.tree.topLevelItem(4).child(0).flags() == page.tree.topLevelItem(4).child(0).flags().NoItemFlags
    session.undo_stack().redo()  # added again under the same key, then renamed again
    session.undo_stack().redo()
    assert _item(key).text == "Call the twenty best customers"


def test_built_in_items_cannot_be_renamed_or_deleted(tab):
    tab.items_page.select("progress.3")
    panel = tab.items_page.panel
    assert panel.title_edit.isHidden() and panel.delete_button.isHidden() and not panel.delete()


def test_a_recurring_item_done_long_ago_shows_due_again(tab):
    done = items.add_months(dt.date.today(), -7)
    items.update_item(_conn(), "routines.personas", status="done", done_on=done)
    tab.refresh()
    page = tab.items_page
    assert page.item_row("routines.personas").text(1) == "Not started (due again)"
    page.select("routines.personas")
    text = page.panel.recurrence_label.text()
    assert text.startswith("Comes back every 6 months.") and "Due again" in text and not page.panel.recurrence_label.isHidden()
    # Done again: a new round, dated today.
    assert page.panel.set_status("done")
    assert _item("routines.personas").done_on == dt.date.today() and not _item("routines.personas").due_again
    assert "Next round due on" in page.panel.recurrence_label.text()
    session.undo_stack().undo()
    assert _item("routines.personas").due_again and _item("routines.personas").done_on == done


def test_progress_bars_match_the_service(tab, qtbot):
    conn = _conn()
    items.update_item(conn, "act_now.1", status="done")
    items.update_item(conn, "act_now.2", status="not_relevant")
    items.update_item(conn, "progress.2", status="done")
    tab.refresh()
    expected = items.progress(items.list_items(conn))
    bars = tab.progress_page.bars
    for key, found in expected.items():
        assert bars[key].value() == round(found.percent or 0), key
        assert tab.progress_page.counts[key].text() == (f"{found.done} of {found.counted} done" if found.counted
                                                        else "nothing to count")
    assert bars["act_now"].value() == round(100 / 7)  # the item not relevant is not counted
    assert not bars["own"].isEnabled() and bars["own"].format() == "–"
    assert tab.items_page.tree.topLevelItem(1).text(1) == "1 of 7 done"
    tab.pages.setCurrentWidget(tab.progress_page)
    qtbot.waitUntil(lambda: tab.progress_page.chart.chart is not None, timeout=10000)
    labels = [t.get_text() for t in tab.progress_page.chart.chart.axes[0].get_legend().get_texts()]
    assert labels == [s.title for s in SECTIONS if s.key != "own"] + ["All items"]  # own: no item, no line
    act_now = tab.progress_page.chart.chart.axes[0].get_lines()[1]
    assert list(act_now.get_ydata())[-2:] == [100 / 7, 100 / 7]  # held until today


def test_the_empty_shop_has_no_suggestions_and_no_chart(tab):
    page = tab.items_page
    tab.refresh()
    assert all(page.item_row(i.key).text(2) == "" for i in ITEMS)  # every suggestion: not started, as it is
    page.select("routines.segments")
    assert "No sales have been imported yet." in page.panel.suggestion_reason.text()
    assert page.panel.accept_button.isHidden()
    assert tab.progress_page.chart.chart is None
    assert "first status" in tab.progress_page.chart.placeholder.text()
    assert tab.progress_page.chart.export_button.isHidden()
    assert page.tree.topLevelItem(4).childCount() == 1  # the hint to add an own item


def test_items_open_the_tab_where_the_work_happens(tab, window):
    page = tab.items_page
    page.select("progress.1")
    assert not page.panel.open_button.isHidden() and page.panel.open_button.text() == "Open the Segments tab"
    page.panel.open_button.click()
    assert window.current_tab_key() == "segments"
    window.show_tab("checklist")
    page.select("act_now.3")  # no tab for this one
    assert page.panel.open_button.isHidden()


def test_the_import_item_opens_the_import_assistant(tab, qtbot):
    received = []
    events.import_requested.connect(received.append)
    try:
        tab.tab_shown()
        page = tab.items_page
        page.select("routines.segments")
        assert page.panel.open_button.text() == "Import the latest sales…"
        page.panel.open_button.click()
        assert received == [[]]
    finally:
        events.import_requested.disconnect(received.append)


def test_the_overview_checklist_card_lands_on_the_tab(window):
    overview = window.tab_widget("overview")
    card = overview.cards["checklist"]
    card.clicked.emit(card.target)
    assert window.current_tab_key() == "checklist"
    assert type(window.tab_widget("checklist")).__name__ == "ChecklistTab"


def test_changes_elsewhere_refresh_the_suggestions(tab):
    from app.services.changes import Changes
    from app.services.segments import targeting

    assert tab.items_page.item_row("progress.1").text(2) == ""
    targeting.set_target_profile(_conn(), "tier:vip", is_target=True)
    events.announce(Changes(segments=True))
    assert tab.items_page.item_row("progress.1").text(2) == ""  # read on a worker: the list stays usable
    assert tab.wait_for_suggestions()
    assert tab.items_page.item_row("progress.1").text(2) == "Done"


def test_the_checklist_in_vietnamese(demo_tab):
    from app.ui import language

    try:
        assert language.set_language("vi", remember=False)
        page = demo_tab.items_page
        assert _section_rows(demo_tab)[0] == "Đánh giá tình hình hiện tại của bạn"
        assert demo_tab.pages.tabText(0) == "Danh sách việc" and page.add_button.text() == "Thêm việc của bạn…"
        page.select("progress.1")
        panel = page.panel
        assert panel.labels["owner"].text() == "Người phụ trách" and panel.history_label.text() == "Lịch sử thay đổi"
        assert panel.open_button.text() == "Mở thẻ Phân khúc"
        assert page.tree.headerItem().text(1) == "Trạng thái"
        assert "done" not in page.summary.text()
    finally:
        language.set_language("en", remember=False)


def _tab_texts(tab) -> dict[str, str]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    texts = {}
    widgets = tab.findChildren(QLabel) + tab.findChildren(QAbstractButton) + tab.findChildren(QGroupBox)
    for index, widget in enumerate(widgets):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if widget.isVisibleTo(tab) and text:
            texts[f"{type(widget).__name__} {index}"] = text
    tree = tab.items_page.tree
    for column in range(tree.columnCount()):
        texts[f"column {column}"] = tree.headerItem().text(column)
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        texts[f"section {top}"] = section.text(0)
        for index in range(section.childCount()):
            for column in range(3):
                texts[f"row {top}.{index}.{column}"] = section.child(index).text(column)
    for index in range(tab.pages.count()):
        texts[f"page {index}"] = tab.pages.tabText(index)
    return texts


def test_no_english_is_left_in_vietnamese(demo_tab):
    from app.ui import language

    items.update_item(_conn(), "routines.personas", status="done", done_on=items.add_months(dt.date.today(), -7))
    items.add_own_item(_conn(), "Gọi cho khách quen", repeat_months=3)
    own_texts = [i.text for i in items.list_items(_conn()) if not i.built_in]  # the owner's words, as typed
    demo_tab.refresh()
    demo_tab.items_page.select("routines.journeys")  # with a suggestion to accept and a tab to open
    english = _tab_texts(demo_tab)
    try:
        assert language.set_language("vi", remember=False)
        vietnamese = _tab_texts(demo_tab)
    finally:
        language.set_language("en", remember=False)
    assert set(vietnamese) == set(english) and len(english) > 60
    left = [f"{where}: {text!r}" for where, text in vietnamese.items()
            if text == english[where] and any("a" <= c.lower() <= "z" for c in text)
            and text not in ("Gọi cho khách quen", "SWOT", *own_texts)]
    assert not left, "still in English:\n" + "\n".join(left)


def test_a_checklist_write_keeps_the_suggestions_and_other_changes_recompute_them(tab, monkeypatch):
    from app.services.changes import Changes
    from app.ui.checklist import tab as tab_module

    calls = []
    real = suggestions.suggest_all
    monkeypatch.setattr(tab_module.suggestions, "suggest_all", lambda conn, today=None: calls.append(1) or real(conn, today))
    tab.items_page.select("act_now.1")
    assert tab.items_page.panel.set_status("in_progress")
    assert calls == [] and tab.items_page.item_row("act_now.1").text(1) == "In progress"
    events.announce(Changes(journeys=True))
    assert tab.wait_for_suggestions()
    assert calls == [1]


def test_the_quiz_and_swot_pages_are_shown_when_their_modules_exist(window, qtbot, tmp_path, monkeypatch):
    from app.ui.checklist import tab as tab_module

    (tmp_path / "fake_checklist_page.py").write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "class Page(QWidget):\n"
        "    shown = 0\n"
        "    def tab_shown(self):\n"
        "        type(self).shown += 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(tab_module, "EXTRA_PAGES", (
        ("fake_checklist_page:Page", "Customer-focus quiz"), ("no_such_module_here:Board", "SWOT board")))
    tab = _shown_tab(window, qtbot)
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == ["Checklist", "Progress", "Customer-focus quiz"]
    page = tab.pages.widget(2)
    tab.pages.setCurrentWidget(page)
    assert type(page).shown == 1
    window.show_tab("overview")
    window.show_tab("checklist")
    assert type(page).shown == 2  # the tab shown again with the quiz page current


def test_what_the_owner_typed_survives_a_status_change_until_saved(tab):
    page = tab.items_page
    page.select("act_now.5")
    panel = page.panel
    panel.owner_edit.setText("Minh")
    assert panel.set_status("in_progress")
    assert _item("act_now.5").status == "in_progress" and _item("act_now.5").owner == ""
    assert panel.owner_edit.text() == "Minh" and panel.save_button.isEnabled()
    assert panel.save() and _item("act_now.5").owner == "Minh"
    page.select("act_now.6")  # another item shows its own values
    assert panel.owner_edit.text() == ""


def test_a_read_only_shop_shows_the_checklist_without_editing(tab, monkeypatch):
    monkeypatch.setattr(session, "is_writable", lambda: False)
    tab.refresh()
    page = tab.items_page
    page.select("progress.1")
    assert not page.add_button.isEnabled() and not page.panel.status.isEnabled()
    assert not page.panel.owner_edit.isEnabled() and page.panel.accept_button.isHidden()


def test_a_tab_title_with_an_ampersand_shows_it_on_the_open_button(tab):
    """'Feedback & NPS' on a button: a lone '&' would underline the next letter and hide itself."""
    page = tab.items_page
    page.select("progress.2")
    assert page.panel.open_button.text() == "Open the Feedback && NPS tab"  # && draws one &
