"""The customer-focus quiz (scores kept over time) and the SWOT board (moves and deletes undone)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.checklist import quiz, swot
from app.services.errors import UserError


def test_quiz_scores_and_keeps_results(shop):
    answers = {key: 2 for key, _text in quiz.QUESTIONS}
    answers["thank"] = 0
    first, _changes = quiz.save_result(shop.conn, answers, dt.date(2025, 1, 1))
    assert (first.score, first.out_of) == (2 * len(quiz.QUESTIONS) - 2, 2 * len(quiz.QUESTIONS))
    quiz.save_result(shop.conn, {key: 1 for key, _t in quiz.QUESTIONS}, dt.date(2025, 4, 1))
    assert [(r.taken_on, r.score) for r in quiz.results(shop.conn)] == [
        (dt.date(2025, 1, 1), first.score), (dt.date(2025, 4, 1), len(quiz.QUESTIONS))]
    del answers["thank"]
    with pytest.raises(UserError):
        quiz.save_result(shop.conn, answers)


def test_swot_moves_and_undo(shop):
    a = swot.add(shop.conn, "strengths", "Friendly staff").value
    b = swot.add(shop.conn, "strengths", "Good coffee").value
    c = swot.add(shop.conn, "threats", "New chain nearby").value
    previous = swot.move(shop.conn, b, "opportunities", 0).value
    board = swot.board(shop.conn)
    assert [n.id for n in board["strengths"]] == [a] and [n.id for n in board["opportunities"]] == [b]
    swot.move(shop.conn, b, *previous)  # undo
    assert [n.text for n in swot.board(shop.conn)["strengths"]] == ["Friendly staff", "Good coffee"]
    swot.move(shop.conn, c, "threats", 0)
    gone = swot.delete(shop.conn, c).value
    assert swot.board(shop.conn)["threats"] == []
    swot.restore(shop.conn, gone)  # undo
    assert [n.text for n in swot.board(shop.conn)["threats"]] == ["New chain nearby"]
    with pytest.raises(UserError):
        swot.add(shop.conn, "threats", " ")


def _places(conn) -> dict[str, list[tuple[int, str, int]]]:
    return {q: [(n.id, n.text, n.position) for n in notes] for q, notes in swot.board(conn).items()}


def test_swot_move_within_a_list_is_undone_to_the_same_place(shop):
    # The notes added one by one are placed at 1, 2, 3; the undo of a move must not read the
    # stored position as an index (the first note came back second).
    a, b, c = (swot.add(shop.conn, "strengths", text).value for text in ("A", "B", "C"))
    before = _places(shop.conn)
    previous = swot.move(shop.conn, a, "strengths", 2).value
    assert [n.id for n in swot.board(shop.conn)["strengths"]] == [b, c, a]
    swot.move(shop.conn, a, *previous)
    assert _places(shop.conn) == before


def test_swot_positions_stay_the_order_after_every_write(shop):
    """Positions are 0..n-1 in each list, so that undoing any sequence gives back the exact board."""
    a, b, c = (swot.add(shop.conn, "weaknesses", text).value for text in ("A", "B", "C"))
    d = swot.add(shop.conn, "threats", "D").value
    before = _places(shop.conn)
    assert [p for _i, _t, p in before["weaknesses"]] == [0, 1, 2]
    gone = swot.delete(shop.conn, b).value
    assert [p for _i, _t, p in _places(shop.conn)["weaknesses"]] == [0, 1]
    back = swot.move(shop.conn, c, "threats", 0).value
    assert [n.id for n in swot.board(shop.conn)["threats"]] == [c, d]
    swot.move(shop.conn, c, *back)
    swot.restore(shop.conn, gone)
    assert _places(shop.conn) == before
    assert [n.id for n in swot.board(shop.conn)["weaknesses"]] == [a, b, c]


def test_swot_edit_returns_the_old_text_and_refuses_an_empty_one(shop):
    note = swot.add(shop.conn, "opportunities", "Tet orders").value
    written = swot.edit(shop.conn, note, "  Tết gift boxes  ")
    assert written.value == "Tet orders" and written.changes.checklist
    assert [n.text for n in swot.board(shop.conn)["opportunities"]] == ["Tết gift boxes"]
    with pytest.raises(UserError):
        swot.edit(shop.conn, note, "   ")
    swot.delete(shop.conn, note)
    with pytest.raises(UserError):
        swot.edit(shop.conn, note, "Gone")


def test_quiz_result_can_be_removed_for_undo(shop):
    answers = {key: 1 for key, _text in quiz.QUESTIONS}
    kept, _ = quiz.save_result(shop.conn, answers, dt.date(2025, 1, 1))
    second, changes = quiz.save_result(shop.conn, answers, dt.date(2025, 2, 1))
    assert changes.checklist and second.id != kept.id
    assert quiz.remove_result(shop.conn, second.id).checklist
    assert quiz.results(shop.conn) == [kept]


@pytest.mark.parametrize(("score", "band"), [(0, "low"), (6, "low"), (7, "middle"), (11, "middle"),
                                             (12, "high"), (16, "high")])
def test_quiz_meaning_by_score(score, band):
    meanings = {"low": quiz.MEANINGS[0][1], "middle": quiz.MEANINGS[1][1], "high": quiz.MEANINGS[2][1]}
    assert quiz.meaning(quiz.QuizResult(dt.date(2025, 1, 1), score, 16)) == meanings[band]


@pytest.mark.parametrize("count", [1, 8, 9, 60])
def test_quiz_chart_draws_every_result_and_labels_at_most_eight_dates(count):
    from app.services.checklist import quiz_chart

    results = [quiz.QuizResult(dt.date(2020, 1, 1) + dt.timedelta(days=30 * i), i % 17, 16) for i in range(count)]
    fig = quiz_chart.results_chart(results, locale="vi_VN")
    ax = fig.axes[0]
    assert list(ax.lines[0].get_ydata()) == [r.percent for r in results]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert 1 <= len(labels) <= quiz_chart.MAX_DATE_LABELS
    assert labels[-1] == results[-1].taken_on.strftime("%d/%m/%Y")  # the latest result is always dated
