"""The journey canvas driven as a person would (qtbot): drop a card from the palette, drag several cards,
edit a text in place, reorder a stage, drag a feeling, delete and paste; undo and redo each, checking the
document every time."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from app.services.journey import io as journey_io
from app.ui import session


@pytest.fixture
def journey_tab(demo_window):
    demo_window.show_tab("journey")
    tab = demo_window.tab_widget("journey")
    assert tab.journey is not None
    return tab


def snapshot(tab) -> str:
    return journey_io.dumps(tab.journey.doc)


def view_point(view, scene_x: float, scene_y: float) -> QPoint:
    view.ensureVisible(scene_x - 5, scene_y - 5, 10, 10, 0, 0)
    return view.mapFromScene(QPointF(scene_x, scene_y))


def mouse(view, kind, point: QPoint, buttons=Qt.MouseButton.LeftButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPoint, end: QPoint, steps: int = 4) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        mouse(view, QEvent.Type.MouseMove, start + (end - start) * i / steps)
    mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def undo_redo_round_trip(before: str, after: str, tab) -> None:
    stack = session.undo_stack()
    stack.undo()
    assert snapshot(tab) == before
    stack.redo()
    assert snapshot(tab) == after


def test_dropping_a_card_from_the_palette_adds_it_to_that_cell(journey_tab):
    view, scene = journey_tab.views[0], journey_tab.scenes[0]
    doc = journey_tab.journey.doc
    stage = scene.geometry.stages[2]
    lane = next(h for h in scene.geometry.lanes if doc.lane(h.id).kind == "questions")
    before = snapshot(journey_tab)
    mime = journey_tab.card_palette.mime_for("question")
    point = view_point(view, stage.rect.x + 20, lane.rect.y + 20)
    actions = Qt.DropAction.CopyAction
    for event in (QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(point), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view.viewport(), event)
    cell = doc.versions["actual"].cell(stage.id, lane.id)
    assert [c.kind for c in cell] == ["question"]
    assert cell[0].id in scene.cards
    after = snapshot(journey_tab)
    assert after != before
    undo_redo_round_trip(before, after, journey_tab)


def test_dragging_several_cards_moves_them_in_one_undo_step(journey_tab):
    view, scene = journey_tab.views[0], journey_tab.scenes[0]
    doc = journey_tab.journey.doc
    actions_lane = doc.lane_of_kind("actions")
    first_stage = scene.geometry.stages[0]
    moving = [c for c in doc.versions["actual"].cards if c.lane == actions_lane.id][:3]
    for card in moving:
        scene.cards[card.id].setSelected(True)
    before = snapshot(journey_tab)
    depth = session.undo_stack().count()
    target = scene.geometry.stages[2]        # "Đăng ký": no actions there
    grab = scene.cards[moving[0].id]
    start = view_point(view, grab.pos().x() + 10, grab.pos().y() + 8)
    end = view_point(view, grab.pos().x() + 10 + (target.rect.x - first_stage.rect.x), grab.pos().y() + 8)
    drag(view, start, end)
    assert session.undo_stack().count() == depth + 1
    after = snapshot(journey_tab)
    originals = {c["id"]: c["stage"] for c in json.loads(before)["versions"]["actual"]["cards"]}
    for card in moving:
        stage_index = [s.id for s in doc.stages].index(originals[card.id])
        assert doc.find_card(card.id)[2].stage == doc.stages[stage_index + 2].id   # two columns to the right
    assert all(scene.cards[c.id].pos() == scene.cards[c.id].home for c in moving)   # items follow the document
    undo_redo_round_trip(before, after, journey_tab)


def test_editing_a_card_text_in_place_is_one_undo_step(journey_tab, qtbot):
    scene = journey_tab.scenes[0]
    card = journey_tab.journey.doc.versions["actual"].cards[0]
    before = snapshot(journey_tab)
    scene.edit_card_text(card.id)
    assert scene.editor is not None
    scene.editor.setPlainText("Hỏi giá qua Zalo lúc 22 giờ")
    scene.editor.finish(commit=True)
    assert journey_tab.journey.doc.find_card(card.id)[2].text == "Hỏi giá qua Zalo lúc 22 giờ"
    assert scene.cards[card.id].geometry.card.text == "Hỏi giá qua Zalo lúc 22 giờ"
    undo_redo_round_trip(before, snapshot(journey_tab), journey_tab)


def test_escape_cancels_an_edit(journey_tab, qtbot):
    scene = journey_tab.scenes[0]
    card = journey_tab.journey.doc.versions["actual"].cards[0]
    before = snapshot(journey_tab)
    depth = session.undo_stack().count()
    scene.edit_card_text(card.id)
    scene.editor.setPlainText("thrown away")
    qtbot.keyClick(journey_tab.views[0].viewport(), Qt.Key.Key_Escape)
    scene.editor and scene.editor.finish(commit=False)
    assert snapshot(journey_tab) == before and session.undo_stack().count() == depth


def test_dragging_a_stage_header_reorders_the_stages(journey_tab):
    view, scene = journey_tab.views[0], journey_tab.scenes[0]
    doc = journey_tab.journey.doc
    titles = [s.title for s in doc.stages]
    header = scene.geometry.stages[0]
    before = snapshot(journey_tab)
    start = view_point(view, header.rect.x + 30, header.rect.y + 8)
    end = view_point(view, scene.geometry.stages[2].rect.x + 60, header.rect.y + 8)
    drag(view, start, end)
    assert [s.title for s in doc.stages] == titles[1:3] + [titles[0]] + titles[3:]
    undo_redo_round_trip(before, snapshot(journey_tab), journey_tab)


def test_dragging_a_feeling_point_sets_the_emotion(journey_tab):
    view, scene = journey_tab.views[0], journey_tab.scenes[0]
    doc = journey_tab.journey.doc
    stage_id = doc.stages[1].id
    handle = scene.handles[stage_id]
    band = scene.geometry.emotion_band
    from app.services.journey.layout import emotion_y

    before = snapshot(journey_tab)
    drag(view, view_point(view, handle.x(), handle.y()), view_point(view, handle.x(), emotion_y(band, 2)))
    assert doc.versions["actual"].emotions[stage_id] == 2.0
    undo_redo_round_trip(before, snapshot(journey_tab), journey_tab)


def test_delete_copy_and_paste_cards(journey_tab, qtbot):
    scene = journey_tab.scenes[0]
    doc = journey_tab.journey.doc
    card = doc.versions["actual"].cards[0]
    scene.cards[card.id].setSelected(True)
    scene.copy_selected()
    before = snapshot(journey_tab)
    scene.delete_selected()
    with pytest.raises(KeyError):
        doc.find_card(card.id)
    undo_redo_round_trip(before, snapshot(journey_tab), journey_tab)
    count = len(doc.versions["actual"].cards)
    scene.paste()
    pasted = doc.versions["actual"].cards[-1] if doc.versions["actual"].cards else None
    assert len(doc.versions["actual"].cards) == count + 1
    assert pasted.text == card.text and pasted.id != card.id and pasted.stage == card.stage


def test_edits_are_saved_to_the_shop_file(journey_tab, demo_window):
    scene = journey_tab.scenes[0]
    card = journey_tab.journey.doc.versions["actual"].cards[0]
    scene.edit_card_text(card.id)
    scene.editor.setPlainText("Đã lưu")
    scene.editor.finish(commit=True)
    journey_tab.journey.save_now()
    from app.services.journey import store

    stored = store.load(session.current_shop().conn, journey_tab.journey.journey_id)
    assert stored.find_card(card.id)[2].text == "Đã lưu"


def test_side_by_side_shows_both_versions(journey_tab):
    journey_tab.view_choice.setCurrentIndex(journey_tab.view_choice.findData("both"))
    assert [s.version for s in journey_tab.scenes] == ["actual", "ideal"]
    journey_tab.overlay.setChecked(True)
    assert set(journey_tab.scenes[0].geometry.curves) == {"actual", "ideal"}


def test_linking_comments_to_a_card_is_one_undo_step_and_shows_on_the_card(journey_tab):
    from app.services.journey import evidence

    scene = journey_tab.scenes[0]
    doc = journey_tab.journey.doc
    conn = session.current_shop().conn
    comments = evidence.comment_choices(conn)
    assert comments  # the demo shop has answers with comments
    pain = next(c for c in doc.versions["actual"].cards if c.kind == "pain")
    scene.cards[pain.id].setSelected(True)
    assert journey_tab.inspector.card_id == pain.id
    before = snapshot(journey_tab)
    journey_tab.inspector.set_feedback_links([comments[0].id, comments[1].id])
    assert doc.find_card(pain.id)[2].feedback_ids == sorted([comments[0].id, comments[1].id])
    assert "2 comment(s) linked" in journey_tab.inspector.evidence_label.text()
    assert "said so" in scene.cards[pain.id].geometry.label
    undo_redo_round_trip(before, snapshot(journey_tab), journey_tab)
