"""The SWOT board over a real shop file: adding (Enter), editing, moving by a drop (the list's own
dropEvent with the note's mime data, no QDrag) and by the keyboard, deleting (Del); each undone and
redone on the shop's undo stack back to exactly the board the service had before and after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from app.services.checklist import swot
from app.services.shop import create_shop, open_shop
from app.ui import events as events_module
from app.ui import language, session
from app.ui.checklist.swot import NOTE_ID_ROLE, NOTE_MIME, SwotBoard

events = events_module.events


def add_notes(board: SwotBoard, quadrant: str, *texts: str) -> None:
    for text in texts:
        board.entries[quadrant].setText(text)
        QTest.keyClick(board.entries[quadrant], Qt.Key.Key_Return)


def texts(board: SwotBoard, quadrant: str) -> list[str]:
    view = board.lists[quadrant]
    return [view.item(row).text() for row in range(view.count())]


def check_undo_redo(conn, before, after) -> None:
    """The board is `after` now; undo gives back `before` exactly, redo `after` exactly."""
    assert swot.board(conn) == after
    session.undo_stack().undo()
    assert swot.board(conn) == before
    session.undo_stack().redo()
    assert swot.board(conn) == after


def drop(board: SwotBoard, quadrant: str, note_id: int, point: QPoint) -> None:
    """Delivers a drop of the note at `point` of the list's viewport, as a drag would end: with the
    mime data the note's own list gives a drag."""
    source = next(view for view in board.lists.values() if note_id in board.note_ids(view.quadrant))
    item = next(source.item(row) for row in range(source.count()) if source.item(row).data(NOTE_ID_ROLE) == note_id)
    data = source.mimeData([item])
    assert data.formats() == [NOTE_MIME]
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    board.lists[quadrant].dropEvent(event)


def test_enter_adds_a_note_undo_removes_it_redo_brings_the_same_note_back(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    conn = current_shop.conn
    before = swot.board(conn)
    add_notes(board, "strengths", "Friendly   staff ")
    after = swot.board(conn)
    assert [n.text for n in after["strengths"]] == ["Friendly staff"]
    assert texts(board, "strengths") == ["Friendly staff"]
    assert board.entries["strengths"].text() == ""
    check_undo_redo(conn, before, after)
    assert texts(board, "strengths") == ["Friendly staff"]  # the board follows the undo stack


def test_an_empty_note_is_refused_quietly(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    board.entries["threats"].setText("   ")
    QTest.keyClick(board.entries["threats"], Qt.Key.Key_Return)
    assert swot.board(current_shop.conn)["threats"] == [] and session.undo_stack().count() == 0
    assert board.entries["threats"].text() == ""
    assert board.findChildren(type(board.window()), "qt_msgbox") == []


def test_a_drop_on_another_list_moves_the_note_there_with_undo(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    conn = current_shop.conn
    add_notes(board, "strengths", "A", "B")
    add_notes(board, "opportunities", "C", "D")
    before = swot.board(conn)
    note_b = before["strengths"][1].id
    target = board.lists["opportunities"]
    first = target.visualItemRect(target.item(0))
    drop(board, "opportunities", note_b, QPoint(first.center().x(), first.bottom() - 1))  # lower half of C
    after = swot.board(conn)
    assert [n.text for n in after["strengths"]] == ["A"]
    assert [n.text for n in after["opportunities"]] == ["C", "B", "D"]
    assert texts(board, "opportunities") == ["C", "B", "D"]
    check_undo_redo(conn, before, after)


def test_a_drop_within_a_list_reorders_it_with_undo(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    conn = current_shop.conn
    add_notes(board, "weaknesses", "A", "B", "C")
    before = swot.board(conn)
    note_a = before["weaknesses"][0].id
    view = board.lists["weaknesses"]
    below_all = view.visualItemRect(view.item(2)).bottom() + 20  # the empty space under the last note
    drop(board, "weaknesses", note_a, QPoint(10, below_all))
    after = swot.board(conn)
    assert [n.text for n in after["weaknesses"]] == ["B", "C", "A"]
    check_undo_redo(conn, before, after)
    # Dropped back on its own place: nothing changes and nothing goes on the stack.
    count = session.undo_stack().count()
    drop(board, "weaknesses", note_a, QPoint(10, view.visualItemRect(view.item(2)).center().y() + 1))
    assert swot.board(conn) == after and session.undo_stack().count() == count
    # Onto the lower half of the note below it ([B, C, A]: A onto C): just after C, one place up.
    second = view.visualItemRect(view.item(1))
    drop(board, "weaknesses", note_a, QPoint(10, second.bottom() - 1))
    assert [n.text for n in swot.board(conn)["weaknesses"]] == ["B", "C", "A"]
    first = view.visualItemRect(view.item(0))
    drop(board, "weaknesses", note_a, QPoint(10, first.bottom() - 1))  # onto B's lower half
    assert [n.text for n in swot.board(conn)["weaknesses"]] == ["B", "A", "C"]
    note_b = swot.board(conn)["weaknesses"][0].id
    second = view.visualItemRect(view.item(1))
    drop(board, "weaknesses", note_b, QPoint(10, second.bottom() - 1))  # B down onto A's lower half
    assert [n.text for n in swot.board(conn)["weaknesses"]] == ["A", "B", "C"]


def test_ctrl_down_moves_the_current_note_down(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    add_notes(board, "threats", "A", "B")
    before = swot.board(current_shop.conn)
    view = board.lists["threats"]
    view.setCurrentRow(0)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = swot.board(current_shop.conn)
    assert [n.text for n in after["threats"]] == ["B", "A"]
    assert view.currentItem().text() == "A"  # the moved note stays selected
    check_undo_redo(current_shop.conn, before, after)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # already the last
    assert swot.board(current_shop.conn) == after


def test_del_deletes_the_note_and_undo_restores_the_exact_board(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    conn = current_shop.conn
    add_notes(board, "strengths", "A", "B", "C")
    before = swot.board(conn)
    view = board.lists["strengths"]
    view.setCurrentRow(1)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    after = swot.board(conn)
    assert [n.text for n in after["strengths"]] == ["A", "C"]
    check_undo_redo(conn, before, after)


def test_editing_a_note_with_undo_and_an_emptied_note_keeps_its_text(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    conn = current_shop.conn
    add_notes(board, "opportunities", "Tet orders")
    before = swot.board(conn)
    board.lists["opportunities"].item(0).setText("Tết gift boxes for offices")  # as the editor commits
    after = swot.board(conn)
    assert [n.text for n in after["opportunities"]] == ["Tết gift boxes for offices"]
    check_undo_redo(conn, before, after)
    count = session.undo_stack().count()
    board.lists["opportunities"].item(0).setText("  ")
    assert swot.board(conn) == after and session.undo_stack().count() == count
    assert texts(board, "opportunities") == ["Tết gift boxes for offices"]


def test_the_board_follows_other_changes_and_the_language(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    written = swot.add(current_shop.conn, "threats", "A chain café next door")
    events.announce(written.changes, None)
    assert texts(board, "threats") == ["A chain café next door"]
    assert board.boxes["threats"].title() == "Threats"
    language.set_language("vi", remember=False)
    try:
        assert board.boxes["threats"].title() == "Thách thức"
        assert board.entries["threats"].placeholderText() != "Add a threat and press Enter"
    finally:
        language.set_language("en", remember=False)
    assert board.boxes["threats"].title() == "Threats"


def test_long_notes_wrap(qtbot, shown, current_shop):
    board = shown(SwotBoard())
    add_notes(board, "weaknesses", "Slow to answer messages " * 8)
    view = board.lists["weaknesses"]
    rect = view.visualItemRect(view.item(0))
    assert rect.width() <= view.viewport().width()
    assert rect.height() > 2 * view.fontMetrics().height()


def test_a_read_only_shop_shows_the_notes_but_takes_no_change(qtbot, shown, tmp_path, qt_app):
    path = tmp_path / "shop.regulars"
    writable = create_shop(path, name="Test shop")
    swot.add(writable.conn, "strengths", "Good coffee")
    writable.close()
    shop = open_shop(path, read_only=True)
    session.set_current_shop(shop)
    try:
        board = shown(SwotBoard())
        assert texts(board, "strengths") == ["Good coffee"]
        assert not board.entries["strengths"].isEnabled()
        assert not board.lists["strengths"].item(0).flags() & Qt.ItemFlag.ItemIsEditable
        drop(board, "threats", swot.board(shop.conn)["strengths"][0].id, QPoint(5, 5))
        assert [n.text for n in swot.board(shop.conn)["strengths"]] == ["Good coffee"]
    finally:
        session.set_current_shop(None)
        shop.close()


@pytest.mark.parametrize("reason", ["keyboard", "mouse"])
def test_the_context_menu_moves_the_note_to_another_list(qtbot, shown, current_shop, monkeypatch, reason):
    board = shown(SwotBoard())
    conn = current_shop.conn
    add_notes(board, "threats", "A", "B")
    before, view = swot.board(conn), board.lists["threats"]
    view.setCurrentRow(1)
    opened: list[QMenu] = []
    monkeypatch.setattr(view, "open_menu", lambda menu, _at: opened.append(menu))
    if reason == "keyboard":  # the Menu key or Shift+F10: the current note
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    else:  # a right-click on the first note
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, view.visualItemRect(view.item(0)).center(), QPoint(0, 0))
    view.contextMenuEvent(event)
    (menu,) = opened
    move_to = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in move_to.actions() if a.data() == "opportunities").trigger()
    moved = "B" if reason == "keyboard" else "A"
    after = swot.board(conn)
    assert [n.text for n in after["opportunities"]] == [moved]
    assert [n.text for n in after["threats"]] == [t for t in "AB" if t != moved]
    check_undo_redo(conn, before, after)
