"""The Overview tab: a new window opens on it; its cards show the service's figures and open the tab
behind them; an empty shop shows one Import button; the demo shop says it is a demo; charts are drawn."""

from __future__ import annotations

from app.services.overview import figures
from app.ui import session
from app.ui.events import events


def test_a_new_window_opens_on_the_overview(window):
    assert window.current_tab_key() == "overview"


def test_cards_show_the_figures_and_open_their_tab(demo_window, qtbot):
    tab = demo_window.tab_widget("overview")
    head = figures.headline(session.current_shop().conn, "month", with_months=False)
    fmt = session.fmt()
    assert tab.cards["customers"].value.text() == fmt.number(head.current.customers)
    assert tab.cards["revenue"].value.text() == fmt.money(head.current.customer_revenue)
    assert tab.cards["walk_in"].value.text() == fmt.money(head.current.walk_in_revenue)
    # The segments' figures (numpy) come after the first paint.
    qtbot.waitUntil(lambda: tab.cards["at_risk"].value.text() == fmt.number(head.at_risk_customers), timeout=5000)
    assert not tab.demo_notice.isHidden() and tab.empty.isHidden()
    tab.period.setCurrentIndex(2)  # this year
    year = figures.headline(session.current_shop().conn, "year", with_months=False)
    assert tab.cards["customers"].value.text() == fmt.number(year.current.customers)
    qtbot.waitUntil(lambda: tab.revenue_view.chart is not None and tab.customers_view.chart is not None)
    tab.cards["at_risk"].clicked.emit(tab.cards["at_risk"].target)
    assert demo_window.current_tab_key() == "segments"


def test_empty_shop_shows_one_import_button(window, qtbot):
    tab = window.tab_widget("overview")
    assert not tab.empty.isHidden() and tab.demo_notice.isHidden()
    assert tab.cards["customers"].isHidden() and not tab.cards["checklist"].isHidden()
    assert tab.revenue_view.isHidden()
    with qtbot.waitSignal(events.import_requested, timeout=1000):
        tab.import_button.click()


def test_the_overview_in_vietnamese(demo_window, qtbot):
    from app.ui import language

    tab = demo_window.tab_widget("overview")
    english = {key: card.title.text() for key, card in tab.cards.items()}
    try:
        assert language.set_language("vi", remember=False)
        vietnamese = {key: card.title.text() for key, card in tab.cards.items()}
        assert all(vietnamese[key] != english[key] for key in english), vietnamese
        assert tab.heading.text() == "Cửa hàng đang ở đâu" and tab.period.itemText(1) == "Quý này"
    finally:
        language.set_language("en", remember=False)


def test_this_week_lists_whom_to_contact(demo_window, qtbot):
    from app.services.overview import week

    tab = demo_window.tab_widget("overview")
    conn = session.current_shop().conn
    expected = [c.customer_id for c in week.slipping_away(conn) + week.birthdays(conn)]
    qtbot.waitUntil(lambda: tab.week_list.count() == len(expected), timeout=5000)
    from PySide6.QtCore import Qt

    shown = [tab.week_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.week_list.count())]
    assert shown == expected and expected
    tab.week_list.itemDoubleClicked.emit(tab.week_list.item(0))
    assert demo_window.current_tab_key() == "customers"


def test_the_nps_card_shows_the_feedback_score_with_its_interval_and_follows_new_answers(demo_window, qtbot):
    from app.services.changes import Changes
    from app.services.feedback import nps, responses

    tab = demo_window.tab_widget("overview")
    conn = session.current_shop().conn
    score = nps.overall(conn)
    assert score.responses > 30  # the demo shop's answers
    card = tab.cards["nps"]
    assert card.value.text() == nps.signed(score.nps)
    assert nps.signed(score.ci_low) in card.detail.text() and nps.signed(score.ci_high) in card.detail.text()
    for _ in range(40):  # forty detractors move the score down
        responses.add_response(conn, {"answered_at": 1_700_000_000, "score": 0})
    events.announce(Changes(feedback=True))
    lower = nps.overall(conn)
    assert lower.nps < score.nps and card.value.text() == nps.signed(lower.nps)
    card.clicked.emit(card.target)
    assert demo_window.current_tab_key() == "feedback"


def test_the_nps_card_of_a_shop_without_answers_says_so(window):
    card = window.tab_widget("overview").cards["nps"]
    assert card.value.text() == "–" and card.detail.text()
