"""The Overview tab: a new window opens on it; its cards show the service's figures and open the tab
behind them; an empty shop shows one Import button; the demo shop says it is a demo; charts are drawn;
"This week" with its undoable ticks; the report saved as PDF and shown by File > Print."""

from __future__ import annotations

from app.services.overview import figures
from app.ui import session
from app.ui.events import events


def _overview(window, qtbot):
    """The Overview once its cards are filled (just after the window's first paint)."""
    tab = window.tab_widget("overview")
    qtbot.waitUntil(lambda: tab.filled, timeout=5000)
    return tab


def test_a_new_window_opens_on_the_overview(window):
    assert window.current_tab_key() == "overview"


def test_cards_show_the_figures_and_open_their_tab(demo_window, qtbot):
    tab = _overview(demo_window, qtbot)
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
    tab = _overview(window, qtbot)
    assert not tab.empty.isHidden() and tab.demo_notice.isHidden()
    assert tab.cards["customers"].isHidden() and not tab.cards["checklist"].isHidden()
    assert tab.revenue_view.isHidden()
    with qtbot.waitSignal(events.import_requested, timeout=1000):
        tab.import_button.click()


def test_the_overview_in_vietnamese(demo_window, qtbot):
    from app.ui import language

    tab = _overview(demo_window, qtbot)
    english = {key: card.title.text() for key, card in tab.cards.items()}
    try:
        assert language.set_language("vi", remember=False)
        vietnamese = {key: card.title.text() for key, card in tab.cards.items()}
        assert all(vietnamese[key] != english[key] for key in english), vietnamese
        assert tab.heading.text() == "Cửa hàng đang ở đâu" and tab.period.itemText(1) == "Quý này"
        assert tab.report_button.text() == "Báo cáo (PDF)…"
        assert tab.reason_heading("detractor") == "Người phản đối cần gọi lại"
        dialog = tab.print_preview(show=False)
        text = _pdf_text(dialog.data)
        assert "Báo cáo tập trung vào khách hàng" in text and "Chỉ số NPS" in text and "Customers who" not in text
        dialog.close()
    finally:
        language.set_language("en", remember=False)


def test_this_week_lists_whom_to_contact(demo_window, qtbot):
    from app.services.overview import week
    from app.ui.overview_tab import CONTACT_ROLE

    tab = _overview(demo_window, qtbot)
    conn = session.current_shop().conn
    contacts = week.this_week(conn)
    reasons = list(dict.fromkeys(c.reason for c in contacts))
    assert set(reasons) >= {"slipping", "detractor", "large_purchase"}
    qtbot.waitUntil(lambda: tab.week_list.count() == len(contacts) + len(reasons), timeout=5000)
    from PySide6.QtCore import Qt

    rows = [tab.week_list.item(i) for i in range(tab.week_list.count())]
    assert [r.data(Qt.ItemDataRole.UserRole) for r in rows if r.data(CONTACT_ROLE) is not None] == [
        c.customer_id for c in contacts]
    headings = [r.text() for r in rows if r.data(CONTACT_ROLE) is None]  # one heading per reason, in order
    assert headings == [tab.reason_heading(reason) for reason in reasons]
    assert all(c.phone in r.text() for c, r in zip(contacts, [r for r in rows if r.data(CONTACT_ROLE) is not None],
                                                     strict=True))
    tab.week_list.itemDoubleClicked.emit(rows[1])
    assert demo_window.current_tab_key() == "customers"


def test_the_nps_card_shows_the_feedback_score_with_its_interval_and_follows_new_answers(demo_window, qtbot):
    from app.services.changes import Changes
    from app.services.feedback import nps, responses

    tab = _overview(demo_window, qtbot)
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


def test_the_nps_card_of_a_shop_without_answers_says_so(window, qtbot):
    card = _overview(window, qtbot).cards["nps"]
    assert card.value.text() == "–" and card.detail.text()


def _week_items(tab):
    from PySide6.QtCore import Qt

    return [(tab.week_list.item(i).data(Qt.ItemDataRole.UserRole), tab.week_list.item(i).checkState())
            for i in range(tab.week_list.count())]


def test_a_tick_on_this_week_is_kept_and_undone_with_edit_undo(demo_window, qtbot):
    from PySide6.QtCore import Qt

    from app.services.overview import week
    from app.ui.overview_tab import CONTACT_ROLE

    tab = _overview(demo_window, qtbot)
    conn = session.current_shop().conn
    qtbot.waitUntil(lambda: tab.week_list.count() > len(week.this_week(conn)), timeout=5000)
    row = next(i for i in range(tab.week_list.count()) if tab.week_list.item(i).data(CONTACT_ROLE) is not None
               and tab._contacts[tab.week_list.item(i).data(CONTACT_ROLE)].reason == "detractor")
    contact = tab._contacts[tab.week_list.item(row).data(CONTACT_ROLE)]
    assert contact.phone in tab.week_list.item(row).text()
    tab.week_list.item(row).setCheckState(Qt.CheckState.Checked)
    stored = [c for c in week.this_week(conn) if c.key == contact.key]
    assert stored and stored[0].done
    qtbot.waitUntil(lambda: any(state == Qt.CheckState.Checked for _cid, state in _week_items(tab)))
    session.undo_stack().undo()
    assert not any(c.done for c in week.this_week(conn) if c.key == contact.key)
    qtbot.waitUntil(lambda: all(state == Qt.CheckState.Unchecked for _cid, state in _week_items(tab)))
    session.undo_stack().redo()
    assert [c.done for c in week.this_week(conn) if c.key == contact.key] == [True]


def _pdf_text(data: bytes) -> str:
    import pypdfium2

    return "\n".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(data))


def test_file_print_previews_the_report_and_the_button_saves_it(demo_window, qtbot, tmp_path):
    import pypdfium2

    from app.services.feedback import nps
    from app.services.personas import records
    from app.ui import print_action

    tab = _overview(demo_window, qtbot)
    conn = session.current_shop().conn
    print_action.install(demo_window)
    assert demo_window.action("print").isEnabled()  # the window opens on the Overview
    dialog = print_action.print_current_tab(demo_window)
    assert dialog is not None and len(dialog.pages) == 1
    text = _pdf_text(dialog.data)
    assert "Customer focus report" in text and nps.signed(nps.overall(conn).nps) in text
    assert all(p.name.split()[0] in text for p in records.list_personas(conn))
    dialog.close()
    out = tmp_path / "report.pdf"
    assert tab.save_report(out)
    assert len(pypdfium2.PdfDocument(out.read_bytes())) == 1 and not list(tmp_path.glob("*.part"))
    assert "Customer focus report" in _pdf_text(out.read_bytes())


def test_a_report_that_cannot_be_written_says_why(demo_window, qtbot, tmp_path, monkeypatch):
    from app.ui import failures

    said = []
    monkeypatch.setattr(failures, "report", lambda _parent, title, exc: said.append(title))
    assert not _overview(demo_window, qtbot).save_report(tmp_path / "no such folder" / "report.pdf")
    assert said == ["Cannot save the report"]


def test_an_empty_shop_lists_its_detractors_this_week(window, qtbot):
    import datetime as dt

    from app.models import customers
    from app.services.feedback import responses

    tab = _overview(window, qtbot)
    qtbot.waitUntil(lambda: tab.week_list.count() == 1)
    assert not tab.week_box.isHidden() and tab.week_list.item(0).text() == "Nobody to contact this week."
    conn = session.current_shop().conn
    who = customers.create(conn, {"code": "A", "name": "An", "phone": "0901"})
    responses.add_response(conn, {"score": 2, "answered_at": dt.date.today(), "customer_id": who})
    from app.services.changes import Changes

    events.announce(Changes(feedback=True))
    qtbot.waitUntil(lambda: tab.week_list.count() == 2, timeout=5000)
    assert tab.week_list.item(0).text() == "Detractors to call back" and "0901" in tab.week_list.item(1).text()
    assert not tab.empty.isHidden()  # still no sales: the Import button stays


def test_the_window_paints_before_the_cards_figures_which_follow_at_once(qt_app, qtbot, demo_path):
    from PySide6.QtWidgets import QApplication

    from app.services.shop import open_shop
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_shop(open_shop(demo_path))
    tab = window.tab_widget("overview")
    window.show()
    assert not tab.filled and tab.cards["customers"].value.text() == ""  # no SQL before the first paint
    qtbot.waitExposed(window)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: tab.filled, timeout=5000)
    assert tab.cards["customers"].value.text() != ""
    window.set_shop(None)
