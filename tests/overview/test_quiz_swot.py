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
