"""The Feedback & NPS tab (issue 13): the Net Promoter Score with its 95% interval and a plain warning
when it cannot be trusted, premium against the rest with whether the gap is larger than the noise,
NPS over time and by group (charts from app.services.feedback.charts), the answers (quick entry,
edit, delete, all undoable), the themes of detractors and promoters, and the follow-up list with
the revenue at risk.

The figures are read on the GUI thread (`nps.load_overview`: 0.1 s for 100,000 answers, measured in
benchmarks/bench_feedback.py) and shown at once; the two matplotlib charts are drawn right after, from
the event loop. A hidden tab only marks itself stale when something changes and reloads when shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.models import feedback as store
from app.services.changes import Changes
from app.services.feedback import charts, followups, nps
from app.services.feedback import tags as feedback_tags
from app.services.feedback.definitions import (
    CHANNELS,
    FOLLOWUP_KINDS,
    GROUPINGS,
    NO_GROUP,
    PREMIUM_GROUPS,
    STATUSES,
)
from app.ui import session
from app.ui.dialogs import InfoBar, ask_save_path, error_text, warn
from app.ui.events import events
from app.ui.feedback.common import (
    choice_label,
    column,
    counts_text,
    delete_answer_command,
    feedback_model,
    follow_up_command,
    interval_text,
    push,
    score_text,
    shop_conn,
    tr_feedback,
    warning_text,
)
from app.ui.segments.chart_view import ChartView
from app.ui.segments.display import money, segment_label, tier_label
from app.ui.table_views import current_record, fit_columns, make_table

ANSWERS_SHOWN = 5000
RELOAD_DELAY_MS = 100

ANSWER_COLUMNS = (
    column("answered_at", QT_TRANSLATE_NOOP("FeedbackTab", "Date"), "stamp"),
    column("name", QT_TRANSLATE_NOOP("FeedbackTab", "Customer")),
    column("score", QT_TRANSLATE_NOOP("FeedbackTab", "Score"), "int"),
    column("score", QT_TRANSLATE_NOOP("FeedbackTab", "Group"), "category"),
    column("comment", QT_TRANSLATE_NOOP("FeedbackTab", "Comment")),
    column("tags", QT_TRANSLATE_NOOP("FeedbackTab", "Tags"), "tags"),
    column("channel", QT_TRANSLATE_NOOP("FeedbackTab", "Channel"), "channel"),
    column("source", QT_TRANSLATE_NOOP("FeedbackTab", "Source"), "source"),
    column("tier", QT_TRANSLATE_NOOP("FeedbackTab", "Value tier"), "tier"),
)
THEME_COLUMNS = (column("name", QT_TRANSLATE_NOOP("FeedbackTab", "Tag")), column("responses", QT_TRANSLATE_NOOP("FeedbackTab", "Answers"), "int"), column("share", QT_TRANSLATE_NOOP("FeedbackTab", "Share"), "percent"))
FOLLOWUP_COLUMNS = (
    column("when", QT_TRANSLATE_NOOP("FeedbackTab", "Date"), "stamp"),
    column("name", QT_TRANSLATE_NOOP("FeedbackTab", "Customer")),
    column("code", QT_TRANSLATE_NOOP("FeedbackTab", "Code")),
    column("tier", QT_TRANSLATE_NOOP("FeedbackTab", "Value tier"), "tier"),
    column("spend", QT_TRANSLATE_NOOP("FeedbackTab", "Total spend"), "money"),
    column("score", QT_TRANSLATE_NOOP("FeedbackTab", "Score"), "int"),
    column("amount", QT_TRANSLATE_NOOP("FeedbackTab", "Invoice total"), "money"),
    column("comment", QT_TRANSLATE_NOOP("FeedbackTab", "Comment")),
    column("status", QT_TRANSLATE_NOOP("FeedbackTab", "Status"), "status"),
    column("note", QT_TRANSLATE_NOOP("FeedbackTab", "Note")),
    column("updated_at", QT_TRANSLATE_NOOP("FeedbackTab", "Status date"), "stamp"),
)
RISK_COLUMNS = (column("name", QT_TRANSLATE_NOOP("FeedbackTab", "Customer")), column("tier", QT_TRANSLATE_NOOP("FeedbackTab", "Value tier"), "tier"), column("score", QT_TRANSLATE_NOOP("FeedbackTab", "Last score"), "int"),
                column("answered_at", QT_TRANSLATE_NOOP("FeedbackTab", "Answered"), "stamp"), column("revenue", QT_TRANSLATE_NOOP("FeedbackTab", "Revenue, last 12 months"), "money"))


def _answer_record(row: tuple, tag_names: dict[int, list[str]]) -> dict:
    rid, when, cid, name, code, score, comment, channel, source, tier, revenue = row
    return {"id": rid, "answered_at": when, "customer_id": cid, "name": name or code, "score": score,
            "comment": comment, "channel": channel, "source": source, "tier": tier, "revenue": revenue,
            "tags": tag_names.get(rid, [])}


class FeedbackTab(QWidget):
    def __init__(self, window: QWidget | None = None):
        super().__init__()
        self.setObjectName("feedback_tab")
        self.window_: Any = window  # the main window (its status bar), None in a test or a benchmark
        self._stale = True
        self.overview: nps.Overview | None = None
        self._filled: set[int] = set()  # the pages filled since the last reload
        self.items: list[followups.FollowUp] = []  # the follow-ups listed

        # header: the score, its interval, the warning, the switches and the main actions
        self.score_label = QLabel()
        self.score_label.setObjectName("nps_score")
        font = QFont(self.score_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_caption = QLabel()
        self.interval_label = QLabel()
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        figures = QVBoxLayout()
        figures.addWidget(self.score_caption)
        figures.addWidget(self.interval_label)
        figures.addWidget(self.counts_label)
        self.latest = QCheckBox()
        self.latest.setObjectName("latest_per_customer")
        self.latest.toggled.connect(lambda _on: self.reload())
        self.period = QComboBox()
        self.period.addItem("", "month")
        self.period.addItem("", "quarter")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.entry_button = QPushButton()
        self.entry_button.setObjectName("quick_entry")
        self.entry_button.clicked.connect(lambda _checked=False: self.quick_entry())
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda _checked=False: self.import_answers())
        self.cards_button = QPushButton()
        self.cards_button.clicked.connect(lambda _checked=False: self.survey_cards())
        switches = QVBoxLayout()
        switches.addWidget(self.latest)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_label)
        period_row.addWidget(self.period)
        period_row.addStretch(1)
        switches.addLayout(period_row)
        actions = QVBoxLayout()
        for button in (self.entry_button, self.import_button, self.cards_button):
            actions.addWidget(button)
        header = QHBoxLayout()
        header.addWidget(self.score_label)
        header.addSpacing(12)
        header.addLayout(figures, 1)
        header.addLayout(switches)
        header.addSpacing(12)
        header.addLayout(actions)
        self.warning = InfoBar(warning=True)
        self.warning.setObjectName("nps_warning")
        self.warning.hide()

        self.pages = QTabWidget()
        self.pages.setObjectName("feedback_pages")
        self.pages.addTab(self._overview_page(), "")
        self.pages.addTab(self._answers_page(), "")
        self.pages.addTab(self._themes_page(), "")
        self.pages.addTab(self._followup_page(), "")
        self.pages.currentChanged.connect(lambda _i: self._fill_page())

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.warning)
        layout.addWidget(self.pages, 1)

        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.activated.connect(self.quick_entry)
        events.changed.connect(self._changed)
        self.retranslate_ui()

    # ------------------------------------------------------------------ pages

    def _overview_page(self) -> QWidget:
        page = QWidget()
        self.trend_chart = ChartView("feedback_trend", clickable=False, min_height=220)
        self.premium_label = QLabel()
        self.premium_label.setObjectName("premium_comparison")
        self.premium_label.setWordWrap(True)
        self.split = QComboBox()
        self.split.setObjectName("feedback_split")
        for key in ("premium", "segment", "tier", "channel"):
            self.split.addItem("", key)
        self.split.currentIndexChanged.connect(lambda _i: self._draw_groups())
        self.split_label = QLabel()
        self.split_label.setBuddy(self.split)
        self.groups_chart = ChartView("feedback_groups", clickable=False, min_height=220)
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_label)
        split_row.addWidget(self.split)
        split_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.premium_label)
        right.addLayout(split_row)
        right.addWidget(self.groups_chart, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.trend_chart)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _answers_page(self) -> QWidget:
        page = QWidget()
        self.answers_model = feedback_model(ANSWER_COLUMNS, self)
        self.answers = make_table(self.answers_model, name="feedback_answers", sort_key="answered_at")
        self.answers.doubleClicked.connect(lambda _index: self.edit_answer())
        self.answers_note = QLabel()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_answer())
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_answer())
        buttons = QHBoxLayout()
        buttons.addWidget(self.answers_note, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.answers, 1)
        layout.addLayout(buttons)
        return page

    def _themes_page(self) -> QWidget:
        page = QWidget()
        self.detractor_themes_model = feedback_model(THEME_COLUMNS, self)
        self.promoter_themes_model = feedback_model(THEME_COLUMNS, self)
        self.detractor_themes = make_table(self.detractor_themes_model, name="detractor_themes", sort_key="responses")
        self.promoter_themes = make_table(self.promoter_themes_model, name="promoter_themes", sort_key="responses")
        self.detractor_title, self.promoter_title = QLabel(), QLabel()
        self.theme_comments_model = feedback_model(ANSWER_COLUMNS, self)
        self.theme_comments = make_table(self.theme_comments_model, name="theme_comments", sort_key="answered_at")
        self.theme_comments_title = QLabel()
        self.detractor_themes.clicked.connect(lambda index: self._show_theme(self.detractor_themes, 0, 6))
        self.promoter_themes.clicked.connect(lambda index: self._show_theme(self.promoter_themes, 9, 10))
        self.tag_button = QPushButton()
        self.tag_button.clicked.connect(lambda _checked=False: self.tag_from_keywords())
        self.new_tag_button = QPushButton()
        self.new_tag_button.clicked.connect(lambda _checked=False: self.new_tag())
        lists = QHBoxLayout()
        for title, table in ((self.detractor_title, self.detractor_themes), (self.promoter_title, self.promoter_themes)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(table)
            lists.addLayout(column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.theme_comments_title, 1)
        buttons.addWidget(self.new_tag_button)
        buttons.addWidget(self.tag_button)
        layout = QVBoxLayout(page)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.theme_comments, 1)
        return page

    def _followup_page(self) -> QWidget:
        page = QWidget()
        self.risk_label = QLabel()
        self.risk_label.setObjectName("revenue_at_risk")
        self.risk_label.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("followup_kind")
        for key in (*FOLLOWUP_KINDS, "at_risk"):
            self.kind.addItem("", key)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_followups())
        self.followup_model = feedback_model(FOLLOWUP_COLUMNS, self)
        self.risk_model = feedback_model(RISK_COLUMNS, self)
        self.followups = make_table(self.followup_model, name="followups", sort_key="when")
        self.risk_table = make_table(self.risk_model, name="revenue_at_risk_list", sort_key="revenue")
        self.followups.clicked.connect(lambda _index: self._followup_selected())
        self.status = QComboBox()
        for key in STATUSES:
            self.status.addItem("", key)
        self.note = QLineEdit()
        self.note.setObjectName("followup_note")
        self.note.returnPressed.connect(self.save_status)
        self.save_status_button = QPushButton()
        self.save_status_button.clicked.connect(lambda _checked=False: self.save_status())
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda _checked=False: self.export_followups())
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.export_button)
        edit = QHBoxLayout()
        edit.addWidget(self.status)
        edit.addWidget(self.note, 1)
        edit.addWidget(self.save_status_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.risk_label)
        layout.addLayout(top)
        layout.addWidget(self.followups, 1)
        layout.addWidget(self.risk_table, 1)
        layout.addLayout(edit)
        return page

    # ------------------------------------------------------------------ loading

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.shop or changes.feedback or changes.sales or changes.customers or changes.segments:
            self._stale = True
            if self.isVisible():
                QTimer.singleShot(RELOAD_DELAY_MS, self, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def tab_shown(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        shop = session.current_shop()
        if shop is None:
            return
        self._stale = False
        self.overview = nps.load_overview(shop.conn, latest_per_customer=self.latest.isChecked(),
                                          period=self.period.currentData())
        self._show_overview()
        self._filled.clear()
        self._fill_page()
        writable = session.is_writable()
        for button in (self.entry_button, self.import_button, self.edit_button, self.delete_button, self.tag_button,
                       self.new_tag_button, self.save_status_button):
            button.setEnabled(writable)

    def _show_overview(self) -> None:
        view = self.overview
        if view is None:
            return
        self.score_label.setText(score_text(view.total))
        self.interval_label.setText(interval_text(view.total))
        self.counts_label.setText(counts_text(view.total) if view.total.responses else "")
        warning = warning_text(view.total)
        self.warning.label.setText(warning)
        self.warning.setVisible(bool(warning))
        self.premium_label.setText(self._premium_text(view.premium))
        locale = session.fmt().locale
        self.trend_chart.set_builder(lambda: charts.trend_chart(view.trend, QCoreApplication.translate, locale=locale))
        # the figures are on screen first; the charts (0.2-0.5 s of matplotlib each) come right after
        QTimer.singleShot(0, self, self._draw_charts)

    def _draw_charts(self) -> None:
        self.trend_chart.draw()
        self._draw_groups()

    def _premium_text(self, comparison: nps.PremiumComparison) -> str:
        premium, rest, diff = comparison.premium, comparison.rest, comparison.difference
        if not premium.responses or not rest.responses:
            return self.tr("Premium customers (VIP and Premium) and the others: not enough answers from both "
                           "groups to compare them yet.")
        text = self.tr("Premium customers (VIP and Premium): {premium} from {n1} answers. All other customers: "
                       "{rest} from {n2} answers.").format(premium=score_text(premium), rest=score_text(rest),
                                                          n1=session.fmt().number(premium.responses),
                                                          n2=session.fmt().number(rest.responses))
        gap = nps.signed(diff.value)
        margin = session.fmt().number(diff.margin, 0)
        if diff.significant:
            return text + " " + self.tr("The gap of {gap} points is larger than the noise (±{margin}): it is real.").format(
                gap=gap, margin=margin)
        return text + " " + self.tr("The gap of {gap} points is within the noise (±{margin}): it may be chance.").format(
            gap=gap, margin=margin)

    def _group_label(self, by: str, key) -> str:
        if by == "premium":
            return tr_feedback(PREMIUM_GROUPS[key])
        if by == "channel":
            return choice_label(CHANNELS, key)
        if not key:
            return tr_feedback(NO_GROUP)
        return segment_label(key) if by == "segment" else tier_label(key)

    def _draw_groups(self) -> None:
        view = self.overview
        shop = session.current_shop()
        if view is None or shop is None:
            return
        by = self.split.currentData()
        if by == "premium":
            scores = [view.premium.premium, view.premium.rest]
        elif by == "segment":
            scores = view.by_segment
        elif by == "channel":
            scores = view.by_channel
        else:
            scores = nps.by_group(shop.conn, by, latest_per_customer=self.latest.isChecked())
        labels = [self._group_label(by, s.group) for s in scores]
        locale = session.fmt().locale
        self.groups_chart.set_builder(lambda: charts.groups_chart(scores, labels, QCoreApplication.translate,
                                                                  locale=locale))
        self.groups_chart.draw()

    def _fill_page(self) -> None:
        index = self.pages.currentIndex()
        if index in self._filled or session.current_shop() is None:
            return
        self._filled.add(index)
        if index == 1:
            self._fill_answers()
        elif index == 2:
            self._fill_themes()
        elif index == 3:
            self._fill_followups()

    def _fill_answers(self) -> None:
        conn = shop_conn()
        rows = store.list_responses(conn, limit=ANSWERS_SHOWN)
        names = store.response_tag_names(conn, [r[0] for r in rows]) if rows else {}
        self.answers_model.set_records([_answer_record(r, names) for r in rows])
        fit_columns(self.answers)
        total = store.count_responses(conn)
        self.answers_note.setText(self.tr("The newest {shown} of {total} answers.").format(
            shown=session.fmt().number(len(rows)), total=session.fmt().number(total)) if total > len(rows) else "")

    def _fill_themes(self) -> None:
        themes = feedback_tags.themes(shop_conn())
        self.detractor_themes_model.set_records([vars(t) | {"share": 100 * t.share} for t in themes.detractors])
        self.promoter_themes_model.set_records([vars(t) | {"share": 100 * t.share} for t in themes.promoters])
        fit_columns(self.detractor_themes)
        fit_columns(self.promoter_themes)
        self.theme_comments_model.set_records([])
        self.theme_comments_title.setText(self.tr("Click a tag to read its comments."))

    def _show_theme(self, table, low: int, high: int) -> None:
        record = current_record(table)
        if record is None:
            return
        conn = shop_conn()
        rows = store.list_responses(conn, tag_id=record["tag_id"], min_score=low, max_score=high, limit=ANSWERS_SHOWN)
        names = store.response_tag_names(conn, [r[0] for r in rows]) if rows else {}
        self.theme_comments_model.set_records([_answer_record(r, names) for r in rows])
        fit_columns(self.theme_comments)
        count = len(rows)  # lupdate reads a plain name as the count
        self.theme_comments_title.setText(self.tr("Comments tagged “{tag}”: %n", "", count).format(tag=record["name"]))

    def _fill_followups(self) -> None:
        shop = session.current_shop()
        if shop is None:
            return
        kind = self.kind.currentData()
        risk = followups.revenue_at_risk(shop.conn)
        self.risk_label.setText(self.tr(
            "Revenue at risk: {total} spent over the last 12 months by customers whose latest answer is a "
            "detractor's, of which {premium} by premium customers.").format(
            total=money(risk.total), premium=money(risk.premium_total)))
        at_risk = kind == "at_risk"
        self.followups.setVisible(not at_risk)
        self.risk_table.setVisible(at_risk)
        for widget in (self.status, self.note, self.save_status_button):
            widget.setVisible(not at_risk)
        if at_risk:
            self.risk_model.set_records([vars(r) for r in risk.customers])
            fit_columns(self.risk_table)
            return
        self.items = followups.followups(shop.conn, kind)
        self.followup_model.set_records([vars(i) | {"item": i} for i in self.items])
        fit_columns(self.followups)

    def _followup_selected(self) -> None:
        record = current_record(self.followups)
        if record is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(record["status"])))
            self.note.setText(record["note"])

    # ------------------------------------------------------------------ actions

    def quick_entry(self) -> None:
        if not session.is_writable():
            return
        from app.ui.feedback.entry import AnswerForm

        AnswerForm(self).exec()

    def edit_answer(self) -> None:
        record = current_record(self.answers)
        if record is None or not session.is_writable():
            return
        from app.ui.feedback.entry import AnswerForm

        AnswerForm(self, record["id"]).exec()

    def delete_answer(self) -> None:
        record = current_record(self.answers)
        if record is not None and session.is_writable():
            if push(delete_answer_command(record["id"], self)) and self.window_ is not None:
                self.window_.status(self.tr("Deleted the answer (Edit > Undo puts it back)."))

    def import_answers(self, path=None):
        from app.ui.feedback.dialogs import ImportAnswersDialog

        dialog = ImportAnswersDialog(self, path)
        if dialog.exec() and dialog.summary is not None and self.window_ is not None:
            s = dialog.summary
            self.window_.status(self.tr("Imported {added} answers ({duplicates} were already there).").format(
                added=session.fmt().number(s.added), duplicates=session.fmt().number(s.duplicates)))
        return dialog

    def survey_cards(self) -> None:
        from app.ui.feedback.dialogs import CardsDialog

        CardsDialog(self).exec()

    def tag_from_keywords(self) -> None:
        from app.ui import operations

        operations.run(lambda conn: feedback_tags.tag_untagged(conn, QCoreApplication.translate), parent=self,
                       title=self.tr("Tag from keywords"),
                       on_success=lambda count: self.window_.status(self.tr("Tagged %n answers.", "", count))
                       if self.window_ is not None else None)

    def new_tag(self) -> None:
        from app.ui.feedback.dialogs import TagDialog

        TagDialog(self).exec()

    def save_status(self) -> None:
        record = current_record(self.followups)
        if record is None or not session.is_writable():
            return
        push(follow_up_command(record["item"], self.status.currentData(), self.note.text(), self))

    def export_followups(self) -> None:
        if self.kind.currentData() == "at_risk":
            return
        path = ask_save_path(self, self.tr("Export the follow-up list"), self.tr("follow-ups") + ".xlsx",
                             [(self.tr("Excel workbook"), ".xlsx"), (self.tr("CSV file"), ".csv")])
        if path is None:
            return
        try:
            followups.export_followups(path, self.items, QCoreApplication.translate)
        except Exception as exc:  # noqa: BLE001 - shown to the owner as one sentence
            warn(self, self.tr("Export the follow-up list"), error_text(exc))
            return
        if self.window_ is not None:
            self.window_.status(self.tr("Saved the follow-up list to {file}.").format(file=path))

    # ------------------------------------------------------------------ texts

    def prepare_screenshot(self) -> None:
        self.tab_shown()

    def retranslate_ui(self) -> None:
        self.score_caption.setText(self.tr("Net Promoter Score (% promoters 9-10 minus % detractors 0-6)"))
        self.latest.setText(self.tr("Latest answer per customer"))
        self.latest.setToolTip(self.tr("Count each customer once, with their newest answer (anonymous answers all count)."))
        self.period_label.setText(self.tr("&Over time by"))
        self.period.setItemText(0, tr_feedback(GROUPINGS["month"]))
        self.period.setItemText(1, tr_feedback(GROUPINGS["quarter"]))
        self.entry_button.setText(self.tr("Quick entry…"))
        self.entry_button.setToolTip(self.tr("Type a stack of paper survey cards with the keyboard (Ctrl+Shift+N)"))
        self.import_button.setText(self.tr("Import answers…"))
        self.cards_button.setText(self.tr("Survey cards…"))
        for index, title in enumerate((self.tr("Overview"), self.tr("Answers"), self.tr("Themes"), self.tr("Follow-up"))):
            self.pages.setTabText(index, title)
        self.split_label.setText(self.tr("&Split by"))
        for i in range(self.split.count()):
            self.split.setItemText(i, tr_feedback(GROUPINGS[self.split.itemData(i)]))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.detractor_title.setText(self.tr("Most frequent tags among detractors (0-6)"))
        self.promoter_title.setText(self.tr("Most frequent tags among promoters (9-10)"))
        self.tag_button.setText(self.tr("Tag from keywords"))
        self.tag_button.setToolTip(self.tr("Give every untagged comment the tags its words suggest"))
        self.new_tag_button.setText(self.tr("New tag…"))
        for i in range(self.kind.count()):
            key = self.kind.itemData(i)
            self.kind.setItemText(i, self.tr("Revenue at risk") if key == "at_risk" else tr_feedback(FOLLOWUP_KINDS[key]))
        for i in range(self.status.count()):
            self.status.setItemText(i, tr_feedback(STATUSES[self.status.itemData(i)]))
        self.note.setPlaceholderText(self.tr("Note: what was said or done"))
        self.save_status_button.setText(self.tr("Save status"))
        self.export_button.setText(self.tr("Export…"))
        for model in (self.answers_model, self.detractor_themes_model, self.promoter_themes_model,
                      self.theme_comments_model, self.followup_model, self.risk_model):
            model.retranslate()
        self._show_overview()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

