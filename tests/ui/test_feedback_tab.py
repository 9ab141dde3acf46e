"""The Feedback & NPS tab driven with qtbot: the score and its warning, the keyboard-only quick entry
with undo and redo, edit and delete with undo, follow-up statuses with undo, the import dialog and
the survey-card dialog; the tab in Vietnamese."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.models import feedback as store
from app.services.feedback import nps
from app.ui import language, session
from app.ui.table_views import select_row
from tests.importing.conftest import write_csv


def _tab(window):
    window.show_tab("feedback")
    tab = window.tab_widget("feedback")
    tab.tab_shown()
    return tab


def test_the_tab_shows_the_demo_score_with_its_interval(demo_window, qtbot):
    tab = _tab(demo_window)
    total = nps.overall(session.current_shop().conn)
    assert tab.score_label.text() == nps.signed(total.nps)
    assert tab.interval_label.text() == f"95% interval: {nps.signed(total.ci_low)} to {nps.signed(total.ci_high)}"
    assert "is larger than the noise" in tab.premium_label.text()
    qtbot.waitUntil(lambda: tab.trend_chart.chart is not None and tab.groups_chart.chart is not None)
    tab.latest.setChecked(True)
    latest = nps.overall(session.current_shop().conn, latest_per_customer=True)
    assert tab.counts_label.text().startswith(f"Answers: {latest.responses} ·")


def test_an_empty_shop_says_there_is_no_score_yet(window):
    tab = _tab(window)
    assert tab.score_label.text() == "–"
    assert tab.warning.isVisibleTo(tab) and tab.warning.label.text() == "No answers yet, so there is no score."


def test_quick_entry_keyboard_only_with_undo_and_redo(demo_window, qtbot):
    from app.ui.feedback.entry import AnswerForm

    tab = _tab(demo_window)
    conn = session.current_shop().conn
    before = store.count_responses(conn)
    form = AnswerForm(tab)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    QTest.keyClicks(form.score, "3")
    QTest.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.focusWidget() is form.customer
    QTest.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.focusWidget() is form.comment
    QTest.keyClicks(form.comment, "giao hang cham")
    assert "Giao hàng chậm" in form.suggested.text()
    QTest.keyClick(form.comment, Qt.Key.Key_Return)
    assert store.count_responses(conn) == before + 1
    assert form.score.text() == "" and form.comment.text() == "" and form.focusWidget() is form.score
    newest = store.list_responses(conn, limit=1)[0]
    assert newest[5] == 3 and newest[6] == "giao hang cham" and newest[2] is None
    assert store.get_response(conn, newest[0])["tags"] == ["Giao hàng chậm"]  # the demo's own tag for it

    # a second card, for a customer picked by typing part of a phone number and choosing from the list
    QTest.keyClicks(form.score, "10")
    phone = conn.execute("SELECT phone FROM customers WHERE phone IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    form.customer.setFocus()
    QTest.keyClicks(form.customer, phone[-6:])
    popup = form.customer.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() >= 1
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert form.customer.customer_id is not None
    QTest.keyClick(form.customer, Qt.Key.Key_Return)
    assert store.count_responses(conn) == before + 2
    second = store.list_responses(conn, limit=1)[0]
    assert second[5] == 10 and second[2] is not None

    stack = session.undo_stack()
    stack.undo()
    assert store.get_response(conn, second[0]) is None
    stack.redo()
    assert store.get_response(conn, second[0])["score"] == 10
    form.close()


def test_a_score_outside_0_to_10_is_not_saved(window, qtbot):
    from app.ui.feedback.entry import AnswerForm

    tab = _tab(window)
    form = AnswerForm(tab)
    qtbot.addWidget(form)
    form.score.setText("")
    assert not form.save()
    assert "Type a score" in form.status.text()
    form.score.setText("11")  # what the validator would stop; a pasted value
    assert not form.save()
    assert store.count_responses(session.current_shop().conn) == 0


def test_edit_and_delete_with_undo(demo_window, qtbot, monkeypatch):
    from app.ui import failures
    from app.ui.feedback.common import edit_answer_command, push

    shown = []
    monkeypatch.setattr(failures, "warn", lambda parent, title, text: shown.append(text))

    tab = _tab(demo_window)
    tab.pages.setCurrentIndex(1)
    assert tab.answers_model.rowCount() == store.count_responses(session.current_shop().conn)
    record = tab.answers_model.record(0)
    conn = session.current_shop().conn
    assert push(edit_answer_command(record["id"], {"score": 0, "comment": "Đổi ý"}, tab))
    assert store.get_response(conn, record["id"])["score"] == 0
    session.undo_stack().undo()
    assert store.get_response(conn, record["id"])["score"] == record["score"]
    select_row(tab.answers, 0)
    tab.delete_answer()
    assert store.get_response(conn, record["id"]) is None
    session.undo_stack().undo()
    assert store.get_response(conn, record["id"])["comment"] == record["comment"]
    qtbot.waitUntil(lambda: tab.answers_model.rowCount() == store.count_responses(conn))
    assert not push(edit_answer_command(record["id"], {"score": 12}, tab))  # refused: never on the stack
    assert store.get_response(conn, record["id"])["score"] == record["score"]
    assert shown == ["The score must be a whole number from 0 to 10, not “12”."]


def test_follow_up_status_with_undo_and_revenue_at_risk(demo_window, qtbot):
    tab = _tab(demo_window)
    tab.pages.setCurrentIndex(3)
    assert tab.followup_model.rowCount() > 0
    assert tab.risk_label.text().startswith("Revenue at risk: ")
    todo = tab.followup_model.row_of(lambda r: r["status"] == "todo")
    select_row(tab.followups, todo)
    record = tab.followup_model.record(todo)
    tab.status.setCurrentIndex(tab.status.findData("resolved"))
    tab.note.setText("Đã gọi lại")
    tab.save_status()
    conn = session.current_shop().conn
    assert store.get_followup(conn, record["kind"], record["ref"])[:2] == ("resolved", "Đã gọi lại")
    session.undo_stack().undo()
    assert store.get_followup(conn, record["kind"], record["ref"]) in (None, ("todo", record["note"], record["updated_at"]))
    tab.kind.setCurrentIndex(tab.kind.findData("at_risk"))
    assert tab.risk_model.rowCount() > 0 and not tab.followups.isVisibleTo(tab)


def test_import_dialog_maps_and_imports_a_google_forms_file(window, qtbot, tmp_path):
    path = write_csv(tmp_path / "form.csv", [["Timestamp", "How likely are you to recommend us?", "Why?"],
                                             ["3/1/2026 10:00:00", "9", "great tea"],
                                             ["3/2/2026 10:00:00", "4", "slow delivery"]])
    from app.ui.feedback.dialogs import ImportAnswersDialog

    tab = _tab(window)
    dialog = ImportAnswersDialog(tab, path)
    qtbot.addWidget(dialog)
    assert dialog.combos["score"].currentData() == "How likely are you to recommend us?"
    assert dialog.combos["comment"].currentData() == "Why?"
    assert "Google Forms" in dialog.message.text()
    dialog.run()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert dialog.summary.added == 2
    qtbot.waitUntil(lambda: tab.score_label.text() == "0")  # one promoter, one detractor

    stack = session.undo_stack()
    assert "import of answers from form.csv" in stack.undoText()
    stack.undo()
    assert store.count_responses(session.current_shop().conn) == 0
    qtbot.waitUntil(lambda: tab.score_label.text() == "–")
    stack.redo()
    assert store.count_responses(session.current_shop().conn) == 2
    qtbot.waitUntil(lambda: tab.score_label.text() == "0")


def test_cards_dialog_writes_the_pdf_and_keeps_the_link(window, qtbot, tmp_path):
    from app.services.feedback import cards
    from app.ui.feedback.dialogs import CardsDialog

    dialog = CardsDialog(_tab(window))
    qtbot.addWidget(dialog)
    dialog.url.setText("https://forms.gle/x")
    assert dialog.save(tmp_path / "cards.pdf") == tmp_path / "cards.pdf"
    assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF")
    assert cards.survey_url(session.current_shop().conn) == "https://forms.gle/x"


@pytest.mark.skipif(not language.has_translation("vi"), reason="no compiled Vietnamese translation")
def test_the_tab_in_vietnamese(demo_window):
    tab = _tab(demo_window)
    language.set_language("vi", remember=False)
    try:
        assert tab.latest.text() != "Latest answer per customer"
        assert tab.pages.tabText(0) != "Overview"
        assert "khoảng" in tab.interval_label.text().lower() or tab.interval_label.text() != ""
    finally:
        language.set_language("en", remember=False)
    assert dt.date.today()
