"""The Feedback charts: what they draw (points, band, marks of real changes, labels in the shop's
locale, clickable bars) and that they export to PNG and SVG."""

from __future__ import annotations

import pytest

from app.services.feedback import charts, nps


def _texts(figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()]


def test_trend_chart_draws_the_band_and_marks_only_real_changes(tmp_path):
    scores = [nps.Score(202601, 100, 80, 20), nps.Score(202602, 100, 78, 22), nps.Score(202604, 100, 20, 80),
              nps.Score(202605, 10, 9, 0)]
    trend = nps.Trend("month", scores, [0, 0, -1, 1])
    figure = charts.trend_chart(trend, locale="vi_VN")
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["01/2026", "02/2026", "04/2026", "05/2026"]
    assert len(ax.collections) == 1  # the interval band
    texts = _texts(figure)
    assert texts.count("▼") == 1 and texts.count("▲") == 1
    hollow = [line for line in ax.get_lines() if line.get_markerfacecolor() == "white"]
    assert len(hollow) == 1  # only the month with 10 answers
    for suffix in (".png", ".svg"):
        figure.savefig(tmp_path / f"trend{suffix}")
        assert (tmp_path / f"trend{suffix}").stat().st_size > 1000


def test_groups_chart_labels_counts_warnings_and_clickable_bars():
    scores = [nps.Score("premium", 78, 66, 9), nps.Score("rest", 20, 5, 10), nps.Score("empty", 0, 0, 0)]
    figure = charts.groups_chart(scores, ["Cao cấp", "Còn lại", "Trống"],
                                 lambda _c, text: {"{count} answers": "{count} câu trả lời"}.get(text, text),
                                 locale="vi_VN")
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Cao cấp\n78 câu trả lời", "Còn lại\n20 câu trả lời ⚠"]  # no bar without answers
    assert sorted(p.get_gid() for p in ax.patches if p.get_gid()) == ["group:premium", "group:rest"]


@pytest.mark.parametrize("maker", [lambda: charts.trend_chart(nps.Trend("month", [], [])),
                                   lambda: charts.groups_chart([], [])])
def test_charts_without_answers_say_so(maker):
    assert "No answers yet" in _texts(maker())
