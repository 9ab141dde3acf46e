"""The customer-focus quiz page over a real shop file: answering with the mouse and the keyboard,
saving the right score (undone and redone on the shop's undo stack), the results listed and drawn over
time, and the texts following the language."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.checklist import quiz
from app.services.shop import create_shop, open_shop
from app.ui import language, session, warm_up
from app.ui.checklist.quiz import QuizPage
from app.ui.events import events

KEYS = [key for key, _text in quiz.QUESTIONS]
ROOT = Path(__file__).resolve().parents[3]


def click_answers(page: QuizPage, answers: dict[str, int]) -> None:
    for key, value in answers.items():
        QTest.mouseClick(page.answer_buttons[key][value], Qt.MouseButton.LeftButton)


def test_saving_stores_the_score_of_the_answers_with_undo_and_redo(qtbot, shown, current_shop):
    page = shown(QuizPage())
    answers = dict(zip(KEYS, [2, 1, 0, 2, 2, 1, 0, 1], strict=True))  # 9 points of 16
    click_answers(page, dict(list(answers.items())[:-1]))
    assert not page.save_button.isEnabled()
    assert page.progress_label.text() == "Questions still to answer: 1."
    click_answers(page, dict(list(answers.items())[-1:]))
    assert page.save_button.isEnabled() and page.answers() == answers
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = quiz.results(current_shop.conn)
    assert [(r.taken_on, r.score, r.out_of) for r in stored] == [(dt.date.today(), 9, 16)]
    assert page.score_label.text().startswith("Latest score: 9 of 16 (56")
    assert page.meaning_label.text() == quiz.MEANINGS[1][1]
    assert session.undo_stack().undoText() == "save the quiz result"
    session.undo_stack().undo()
    assert quiz.results(current_shop.conn) == []
    assert page.history_list.count() == 0 and not page.history_box.isVisible()
    assert page.score_label.text().startswith("No result kept yet")
    session.undo_stack().redo()
    assert [(r.taken_on, r.score) for r in quiz.results(current_shop.conn)] == [(dt.date.today(), 9)]
    assert page.history_list.count() == 1 and page.history_box.isVisible()


def test_the_keyboard_answers_every_question(qtbot, shown, current_shop):
    page = shown(QuizPage())
    page.activateWindow()
    first = page.answer_buttons[KEYS[0]][0]
    first.setFocus()
    for _key in KEYS:
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Space)  # checks the focused "Never"
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Right)  # "Sometimes", within the question
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Tab)  # the next question
    assert page.answers() == {key: 1 for key in KEYS}
    assert page.save_button.isEnabled()


def test_results_are_listed_newest_first_and_drawn_over_time(qtbot, shown, current_shop):
    for day, value in [(dt.date(2025, 1, 10), 0), (dt.date(2025, 3, 2), 1), (dt.date(2025, 5, 20), 2)]:
        quiz.save_result(current_shop.conn, {key: value for key in KEYS}, day)
    page = shown(QuizPage())
    shown = [page.history_list.item(row).text() for row in range(page.history_list.count())]
    assert shown == ["20/05/2025: 16 of 16 (100 %)", "02/03/2025: 8 of 16 (50 %)", "10/01/2025: 0 of 16 (0 %)"]
    assert page.meaning_label.text() == quiz.MEANINGS[2][1]
    qtbot.waitUntil(warm_up.charts_ready, timeout=20000)
    page.draw_chart()
    line = page.chart_view.chart.axes[0].lines[0]
    assert list(line.get_ydata()) == [0.0, 50.0, 100.0]
    # A result saved elsewhere (another page, the command line) shows up once announced.
    _result, changes = quiz.save_result(current_shop.conn, {key: 1 for key in KEYS}, dt.date(2025, 6, 1))
    events.announce(changes, None)
    assert page.history_list.item(0).text() == "01/06/2025: 8 of 16 (50 %)"


def test_another_shop_clears_the_answers(qtbot, shown, current_shop):
    page = shown(QuizPage())
    page.set_answers({key: 2 for key in KEYS})
    session.set_current_shop(current_shop)  # as the window does when a shop is opened
    assert page.answers() == {} and not page.save_button.isEnabled()


@pytest.mark.parametrize("lang", ["vi"])
def test_texts_follow_the_language(qtbot, shown, current_shop, lang):
    page = shown(QuizPage())
    english = page.save_button.text(), page.question_labels[0].text(), page.answer_buttons[KEYS[0]][2].text()
    language.set_language(lang, remember=False)
    try:
        translated = page.save_button.text(), page.question_labels[0].text(), page.answer_buttons[KEYS[0]][2].text()
        assert all(a != b for a, b in zip(english, translated, strict=True))
        assert page.answer_buttons[KEYS[0]][2].text() == "Luôn luôn"
    finally:
        language.set_language("en", remember=False)
    assert page.save_button.text() == "Save result"


def test_a_read_only_shop_cannot_save_and_says_so(qtbot, shown, tmp_path, qt_app):
    path = tmp_path / "shop.regulars"
    create_shop(path, name="Test shop").close()
    shop = open_shop(path, read_only=True)
    session.set_current_shop(shop)
    try:
        page = shown(QuizPage())
        page.set_answers({key: 2 for key in KEYS})
        assert not page.save_button.isEnabled()
        assert "read-only" in page.progress_label.text()
    finally:
        session.set_current_shop(None)
        shop.close()


def test_the_pages_load_no_heavy_library_until_there_is_a_chart(tmp_path):
    """Building and loading both pages over a shop without results imports neither matplotlib nor
    numpy (the tab may be the one restored at start-up)."""
    create_shop(tmp_path / "shop.regulars", name="Test shop").close()
    code = (
        "import sys\n"
        "from app.services.shop import open_shop\n"
        "from app.ui import application, session\n"
        "app = application.create_application([sys.argv[0]])\n"
        f"session.set_current_shop(open_shop({str(tmp_path / 'shop.regulars')!r}))\n"
        "from app.ui.checklist.quiz import QuizPage\n"
        "from app.ui.checklist.swot import SwotBoard\n"
        "pages = [QuizPage(), SwotBoard()]\n"
        "for page in pages:\n"
        "    page.show()\n"
        "    page.tab_shown()\n"
        "app.processEvents()\n"
        "print('heavy:' + ','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'numpy'))))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [line for line in out.stdout.splitlines() if line.startswith("heavy:")] == ["heavy:"]
