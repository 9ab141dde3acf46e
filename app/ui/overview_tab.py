"""The Overview tab (the first tab): headline cards for the chosen period against the one before,
each opening the tab behind it; "This week" (who to contact now, each with a "done" tick that Edit >
Undo takes back); the two charts; the one-page report (the "Report (PDF)…" button, File > Print through
the print preview). An empty shop shows one Import button, the demo shop says it is a demo.
Figures come from app.services.overview and app.services.checklist."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models import settings as shop_settings
from app.services import formatting
from app.services.changes import FLAGS, Changes
from app.services.checklist import items as checklist_items
from app.services.overview import figures, week
from app.ui import session, warm_up
from app.ui.events import events
from app.ui.segments.chart_view import ChartView

PERIOD_KEYS = figures.PERIODS
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1  # the contact's index in OverviewTab._contacts


class Card(QFrame):
    """One headline figure: a title, the value, a line under it; a click opens `target`."""

    clicked = Signal(str)

    def __init__(self, target: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.target = target
        self.setObjectName("overviewCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("#overviewCard { background: palette(base); border: 1px solid palette(mid); "
                           "border-radius: 6px; }")
        layout = QVBoxLayout(self)
        self.title, self.value, self.detail = QLabel(), QLabel(), QLabel()
        self.title.setWordWrap(True)
        self.value.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(dark);")
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def set_texts(self, title: str, value: str, detail: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.target)
        super().mouseReleaseEvent(event)


CARDS = (  # key, the tab it opens
    ("customers", "customers"), ("revenue", "customers"), ("walk_in", "customers"),
    ("returning", "segments"), ("top20", "segments"), ("at_risk", "segments"),
    ("nps", "feedback"), ("checklist", "checklist"), ("reviews", "journey"),
)

SALES_CARDS = ("customers", "revenue", "walk_in", "returning", "top20", "at_risk")


def _read_week(conn, _progress, _cancelled) -> list[week.Contact]:
    return week.this_week(conn)


class OverviewTab(QWidget):
    def __init__(self, window: QWidget | None = None):
        super().__init__(window)
        self._window = window
        self._stale = True
        self._fill_after_paint = False
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self.refresh)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(lambda _checked=False: self.save_report())
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda _checked=False: self.print_preview())
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.period)
        top.addWidget(self.report_button)
        top.addWidget(self.print_button)
        outer.addLayout(top)
        self.demo_notice = QLabel()
        self.demo_notice.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px;")
        self.demo_notice.setWordWrap(True)
        outer.addWidget(self.demo_notice)
        self.period_label = QLabel()
        outer.addWidget(self.period_label)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.empty)
        body = QWidget()
        self.grid = QGridLayout(body)
        self.cards: dict[str, Card] = {}
        for key, target in CARDS:
            card = Card(target)
            card.clicked.connect(self._open)
            self.cards[key] = card
        self._place_cards([key for key, _target in CARDS])
        self.week_box = QGroupBox()
        self.week_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.week_layout = week_layout = QVBoxLayout(self.week_box)
        self.week_list = QListWidget()
        self.week_list.itemDoubleClicked.connect(self._open_customer)
        self.week_list.itemChanged.connect(self._tick)
        self._contacts: list[week.Contact] = []
        self._week_shop: object = None  # the shop whose contacts are being read
        self.week_hint = QLabel()
        self.week_hint.setStyleSheet("color: palette(dark);")
        week_layout.addWidget(self.week_list)
        week_layout.addWidget(self.week_hint)
        self.grid.addWidget(self.week_box, 3, 0, 1, 4, Qt.AlignmentFlag.AlignTop)  # below the three rows of cards, above the charts
        self.grid.setRowStretch(5, 1)
        charts_row = QHBoxLayout()
        self.revenue_view = ChartView("overview_revenue", clickable=False, min_height=240, hint="")
        self.customers_view = ChartView("overview_customers", clickable=False, min_height=240, hint="")
        charts_row.addWidget(self.revenue_view)
        charts_row.addWidget(self.customers_view)
        self.grid.addLayout(charts_row, 4, 0, 1, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        events.changed.connect(self._on_changed)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Where the shop stands"))
        current = max(0, self.period.currentIndex())
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems([self.tr("This month"), self.tr("This quarter"), self.tr("This year")])
        self.period.setCurrentIndex(current)
        self.period.blockSignals(False)
        self.empty_text.setText(self.tr("No sales yet. Import a sales spreadsheet to see where the shop stands."))
        self.import_button.setText(self.tr("Import sales…"))
        self.demo_notice.setText(self.tr("This is the demo shop: its customers and sales are made up."))
        self.week_box.setTitle(self.tr("This week: who to contact now"))
        self.week_hint.setText(self.tr("Tick whom you contacted (Edit > Undo takes a tick back); double-click to "
                                       "open the customer."))
        self.report_button.setText(self.tr("Report (PDF)…"))
        self.report_button.setToolTip(self.tr("Save the one-page Customer focus report of the chosen period"))
        self.print_button.setText(self.tr("Print…"))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    def tab_shown(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            # The window paints first (its frame, the tabs and the cards' titles), then the cards' figures
            # follow at once: their SQL takes 40-60 ms on a shop with a million sales lines, a sixth of
            # the start-up.
            self._fill_after_paint = True
            self.update()

    @property
    def filled(self) -> bool:
        """The cards show the open shop's figures (they follow the window's first paint)."""
        return not self._stale

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._fill_after_paint:
            self._fill_after_paint = False
            QTimer.singleShot(0, self, self._fill_now)

    def _fill_now(self) -> None:
        self.tab_shown()
        # painted now, not when the event loop next gets to it: the shop's integrity check (a quarter
        # of a second on a million sales lines) is queued right behind
        self.repaint()

    def _on_changed(self, changes: Changes, _origin=None) -> None:
        if self._only_customers(changes):  # a tick, a customer's phone or birthday: the week list only
            if self.isVisible():
                QTimer.singleShot(0, self, self.show_week)  # not inside the list's own itemChanged
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    @staticmethod
    def _only_customers(changes: Changes) -> bool:
        return bool(changes.customer_ids) and not changes.all_customers and not any(
            getattr(changes, name) for name in FLAGS)

    def refresh(self) -> None:
        shop = session.current_shop()
        if shop is None:
            return
        self._stale = False
        kind = PERIOD_KEYS[max(0, self.period.currentIndex())]
        head = figures.headline(shop.conn, kind, with_months=False, with_segments=False)
        progress = checklist_items.progress(checklist_items.list_items(shop.conn))["all"]
        self.demo_notice.setVisible(shop_settings.get(shop.conn, "is_demo") == "1")
        self.empty.setVisible(head.empty)
        # Without sales these figures mean nothing: only the Import button and the other cards show.
        shown = [key for key, _target in CARDS if not (head.empty and key in SALES_CARDS)]
        for key, card in self.cards.items():
            card.setVisible(key in shown)
        self._place_cards(shown)
        self.show_figures(head, progress)
        self.revenue_view.setVisible(not head.empty)
        self.customers_view.setVisible(not head.empty)
        if not head.empty:  # numpy and matplotlib are imported once the cards are painted
            QTimer.singleShot(warm_up.WARM_UP_AFTER_MS, self, self._after_paint)
        else:  # no sales, but answers and birthdays may already be in
            QTimer.singleShot(0, self, self.show_week)

    def prepare_screenshot(self) -> None:
        """--screenshot: everything now, without waiting for the deferred work."""
        shop = session.current_shop()
        if shop is not None:
            self.fill_week(week.this_week(shop.conn))
        if shop is not None and not self.empty.isVisibleTo(self):
            self.show_segment_figures()
            self.draw_charts()

    def show_week(self) -> None:
        """Reads "This week" on a worker (the large purchases scan the year's invoices: seconds on a
        shop with a million sales lines), then fills the list."""
        from app.ui import workers

        shop = session.current_shop()
        if shop is None:
            return
        self._week_shop = shop
        # A bound method, not a closure: Qt drops the connection if the tab is deleted before the job ends.
        workers.run_job(_read_week, title=self.tr("Reading this week's contacts"), parent=self, shop=shop,
                        on_success=self._week_read, show_progress=False)

    def _week_read(self, contacts: list[week.Contact]) -> None:
        if self._week_shop is session.current_shop():
            self.fill_week(contacts)

    def fill_week(self, contacts: list[week.Contact]) -> None:
        """The contacts under one heading per reason, each with a tick (checked once done)."""
        self._contacts = contacts
        self.week_list.blockSignals(True)
        self.week_list.clear()
        reason = None
        for index, contact in enumerate(self._contacts):
            if contact.reason != reason:
                reason = contact.reason
                heading = QListWidgetItem(self.reason_heading(reason))
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.week_list.addItem(heading)
            item = QListWidgetItem(f"{contact.name} · {contact.phone or '–'} · {self.reason_text(contact)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if contact.done else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, contact.customer_id)
            item.setData(CONTACT_ROLE, index)
            self.week_list.addItem(item)
        if not self.week_list.count():
            self.week_list.addItem(QListWidgetItem(self.tr("Nobody to contact this week.")))
        self.week_list.blockSignals(False)
        # One line when nobody is listed; room for about a dozen contacts otherwise.
        line = self.week_list.sizeHintForRow(0) + 2 * self.week_list.frameWidth() + 4
        self.week_list.setMinimumHeight(min(200, line) if not contacts else 200)
        self.week_list.setMaximumHeight(line if not contacts else 320)
        self.week_hint.setVisible(bool(contacts))
        self.week_layout.activate()  # the new height now, not after the next event rounds
        self.grid.activate()

    def reason_heading(self, reason: str) -> str:
        return {"slipping": self.tr("Premium customers slipping away"),
                "detractor": self.tr("Detractors to call back"),
                "large_purchase": self.tr("Large purchases without feedback"),
                "birthday": self.tr("Birthdays this week (customers who agreed to marketing)")}[reason]

    def reason_text(self, contact: week.Contact) -> str:
        fmt = session.fmt()
        day = formatting.date(contact.day, fmt.locale) if contact.day else ""
        if contact.reason == "slipping":
            return self.tr("spent {money}, last purchase {date}").format(money=fmt.money(contact.revenue), date=day)
        if contact.reason == "detractor":
            return self.tr("answered {score} out of 10 on {date}").format(score=contact.score, date=day)
        if contact.reason == "large_purchase":
            return self.tr("{money} on {date}, no feedback since").format(money=fmt.money(contact.amount), date=day)
        return self.tr("birthday on {date}").format(date=day)

    def _tick(self, item: QListWidgetItem) -> None:
        index = item.data(CONTACT_ROLE)
        if index is None or not 0 <= index < len(self._contacts):
            return
        contact = self._contacts[index]
        done = item.checkState() == Qt.CheckState.Checked
        if done == contact.done:
            return
        from app.ui.feedback.common import WriteCommand, push

        push(WriteCommand(self.tr("contact ticked as done") if done else self.tr("contact unticked"),
                          lambda conn: week.set_done(conn, contact, done),
                          lambda conn, previous: week.restore_done(conn, contact, previous),
                          self.tr("Cannot save the tick"), self))

    def _open_customer(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        show = getattr(self._window, "show_tab", None)
        if customer_id is None or show is None or not show("customers"):
            return
        tab = self._window.tab_widget("customers")  # type: ignore[union-attr]
        if tab is not None and hasattr(tab, "show_customer"):
            tab.show_customer(int(customer_id))

    def _after_paint(self) -> None:
        self.show_week()
        self.show_segment_figures()
        self._draw_charts_when_ready()

    def _draw_charts_when_ready(self) -> None:
        # Polled with timers owned by this tab (dropped if the tab goes), not a job's signal, which
        # could call back into a deleted tab.
        if warm_up.charts_ready():
            self.draw_charts()
        else:
            warm_up.start()
            QTimer.singleShot(50, self, self._draw_charts_when_ready)

    def show_segment_figures(self) -> None:
        shop = session.current_shop()
        if shop is None:
            return
        found = figures.segment_headline(shop.conn)
        fmt = session.fmt()
        share = formatting.percent(found.top20_share, locale=fmt.locale) if found.top20_share is not None else "–"
        self.cards["top20"].value.setText(share)
        self.cards["at_risk"].value.setText(fmt.number(found.at_risk_customers))
        self.cards["at_risk"].detail.setText(
            self.tr("Revenue at stake: {money}").format(money=fmt.money(found.revenue_at_stake)))

    def draw_charts(self) -> None:
        from app.services.overview import charts

        shop = session.current_shop()
        if shop is None:
            return
        months = figures.recent_months(shop.conn)
        translate, locale = QCoreApplication.translate, session.fmt().locale
        self.revenue_view.set_builder(lambda: charts.revenue_chart(months, translate, locale=locale))
        self.customers_view.set_builder(lambda: charts.customers_chart(months, translate, locale=locale))
        self.revenue_view.draw()
        self.customers_view.draw()

    def show_figures(self, head: figures.Headline, progress: checklist_items.SectionProgress) -> None:
        fmt = session.fmt()
        now, before = head.current, head.previous

        def pct(value: float | None) -> str:
            return formatting.percent(value, locale=fmt.locale) if value is not None else "–"

        def against(text: str) -> str:
            return self.tr("previous period: {value}").format(value=text)

        if head.period is not None and head.shown_end is not None:
            running = head.shown_end < head.period.end - dt.timedelta(days=1)
            text = (self.tr("{start} to {end} (the latest sale), against the whole period before") if running
                    else self.tr("{start} to {end}, against the period before"))
            self.period_label.setText(text.format(start=formatting.date(head.period.start, fmt.locale),
                                                  end=formatting.date(head.shown_end, fmt.locale)))
        else:
            self.period_label.setText("")
        c = self.cards
        c["customers"].set_texts(self.tr("Customers who bought"), fmt.number(now.customers),
                                 self.tr("{new} new, {returning} returning; {previous}").format(
                                     new=fmt.number(now.new_customers), returning=fmt.number(now.returning_customers),
                                     previous=against(fmt.number(before.customers))))
        c["revenue"].set_texts(self.tr("Customers' revenue"), fmt.money(now.customer_revenue),
                               against(fmt.money(before.customer_revenue)))
        c["walk_in"].set_texts(self.tr("Walk-in sales"), fmt.money(now.walk_in_revenue),
                               against(fmt.money(before.walk_in_revenue)))
        c["returning"].set_texts(self.tr("Returning customers' share of revenue"), pct(now.returning_revenue_share),
                                 against(pct(before.returning_revenue_share)))
        # The segments' figures follow once the cards are painted (show_segment_figures).
        c["top20"].set_texts(self.tr("Top 20% of customers' share of revenue"), "…", self.tr("All the sales so far"))
        c["at_risk"].set_texts(self.tr("Premium customers at risk"), "…", "")
        self.show_nps()
        c["checklist"].set_texts(self.tr("Checklist"), f"{progress.done}/{progress.counted}",
                                 self.tr("items done"))
        c["reviews"].set_texts(self.tr("Journey maps due for review"), fmt.number(len(head.reviews_due)),
                               ", ".join(head.reviews_due) or self.tr("Nothing due"))

    def show_nps(self) -> None:
        """The NPS card: the score with its 95% interval, or the warning when it cannot be trusted."""
        from app.services.feedback import nps
        from app.ui.feedback.common import warning_text

        shop = session.current_shop()
        if shop is None:
            return
        score = nps.overall(shop.conn)
        fmt = session.fmt()
        if score.nps is None:
            value, detail = "–", warning_text(score)
        else:
            value = nps.signed(score.nps)
            detail = warning_text(score) or self.tr("95% interval: {low} to {high}; {count} answers").format(
                low=nps.signed(score.ci_low), high=nps.signed(score.ci_high), count=fmt.number(score.responses))
        self.cards["nps"].set_texts(self.tr("Net Promoter Score"), value, detail)

    def _place_cards(self, keys: list[str]) -> None:
        for index, key in enumerate(keys):
            self.grid.addWidget(self.cards[key], index // 4, index % 4)

    # ------------------------------------------------------------------ actions
    def _open(self, target: str) -> None:
        show = getattr(self._window, "show_tab", None)
        if show is not None:
            show(target)

    def _import(self) -> None:
        events.import_requested.emit([])

    # ------------------------------------------------------------------ the report
    def period_key(self) -> str:
        return PERIOD_KEYS[max(0, self.period.currentIndex())]

    def report_bytes(self) -> bytes:
        """The one-page report of the chosen period, in the interface's language."""
        from app.services.overview import report

        shop = session.current_shop()
        if shop is None:
            raise RuntimeError("no shop is open")
        return report.report_pdf(shop.conn, period=self.period_key(), translate=QCoreApplication.translate)

    def report_file_name(self) -> str:
        shop = session.current_shop()
        name = shop_settings.get(shop.conn, "shop_name") if shop is not None else ""
        return f"{self.tr('Customer focus report')} {name}".strip() + ".pdf"

    def save_report(self, path=None) -> bool:
        """Asks where (unless `path` is given) and writes the report there atomically."""
        from app.services.file_checks import write_atomically
        from app.ui.dialogs import ask_save_path
        from app.ui.failures import report

        if path is None:
            path = ask_save_path(self, self.tr("Save the report"), self.report_file_name(),
                                 [(self.tr("PDF files"), ".pdf")])
            if path is None:
                return False
        try:
            write_atomically(path, self.report_bytes())
        except Exception as exc:  # a full disk, a folder that cannot be written to: one sentence
            report(self, self.tr("Cannot save the report"), exc)
            return False
        return True

    def print_preview(self, *, show: bool = True):
        """File > Print: the print preview of the report (the very PDF "Report (PDF)…" saves)."""
        from app.ui.failures import report
        from app.ui.printing import PrintPreviewDialog

        try:
            data = self.report_bytes()
        except Exception as exc:
            report(self, self.tr("Cannot print the report"), exc)
            return None
        dialog = PrintPreviewDialog(data, self.report_file_name(), self)
        if show:
            dialog.open()
        return dialog
