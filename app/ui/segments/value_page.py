"""Customer value: the headline figures (top 20% and top 10% shares of revenue, customers needed for
80% of revenue, the top 10%'s spend against the average, the repeat customers), the Pareto curve,
the value tiers, and the premium customers at risk with the revenue at stake and an export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.segments.definitions import TIER_BY_KEY
from app.ui import session
from app.ui.itemmodels import record_at
from app.ui.segments.chart_view import ChartView
from app.ui.segments.display import (
    money,
    number,
    percent,
    record_model,
    summary_columns,
    summary_records,
    tr_segment,
)
from app.ui.segments.labels import section_title
from app.ui.segments.members import MembersPanel
from app.ui.segments.page import SectionPage, column, splitter
from app.ui.table_views import fit_columns, make_table, select_row

TIER_COLUMNS = summary_columns(QT_TRANSLATE_NOOP("SegmentsTab", "Value tier"))
AT_RISK_COLUMNS = ("code", "name", "spend", "purchases", "recency", "usual_gap", "last_day", "tier", "phone")


class FigureCard(QFrame):
    """One headline figure: a big value and a sentence saying what it means."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignTop)

    def set_texts(self, title: str, value: str, caption: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.caption.setText(caption)


class ValuePage(SectionPage):
    def __init__(self, tab: QWidget | None = None):
        super().__init__(tab)
        self.setObjectName("segments_value")
        self.cards = {key: FigureCard(f"card_{key}") for key in ("top20", "top10", "for80", "ratio", "repeat", "risk")}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        self.risk_button = QPushButton()
        self.risk_button.setObjectName("show_at_risk")
        self.risk_button.clicked.connect(lambda _checked=False: self.show_at_risk())
        self.cards["risk"].layout().addWidget(self.risk_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.tiers_title = section_title()
        self.model = record_model(TIER_COLUMNS, self, tooltip_key="meaning")
        self.table = make_table(self.model, sortable=False, name="tier_table")
        self.table.clicked.connect(self._tier_clicked)
        self.tiers_note = QLabel()
        self.tiers_note.setWordWrap(True)
        left = column(self.tiers_title, (self.table, 1), self.tiers_note)
        self.pareto_chart = ChartView("pareto", min_height=220, hint=QT_TRANSLATE_NOOP(
            "SegmentsTab", "Click the VIP or Premium band to list its customers."))
        self.pareto_chart.clicked.connect(self.members_of)
        self.charts = [self.pareto_chart]
        middle = splitter(Qt.Orientation.Horizontal, left, self.pareto_chart, stretch=(3, 2))
        self.members = MembersPanel(AT_RISK_COLUMNS, name="value_members")
        self.set_body(column(grid, (middle, 1)), self.members)
        self.retranslate_ui()

    def fill(self) -> None:
        self.members.set_data(self.data)
        if self.data is None:
            self.model.set_records([])
            self.members.clear()
            self._fill_cards()
            return
        self.model.set_records(summary_records(self.data.overview.tiers))
        fit_columns(self.table)
        self._fill_cards()
        shown = self.members.ref
        if shown and shown.startswith("tier:"):
            self.members_of(shown)
        else:
            self.show_at_risk()

    def _fill_cards(self) -> None:
        titles = {
            "top20": self.tr("Top 20% of customers"), "top10": self.tr("Top 10% of customers"),
            "for80": self.tr("80% of the revenue"), "ratio": self.tr("The top 10% spend"),
            "repeat": self.tr("Repeat customers"), "risk": self.tr("Premium customers at risk"),
        }
        v = self.data.overview.value if self.data is not None else None
        if v is None or v.customers == 0:
            for key, card in self.cards.items():
                card.set_texts(titles[key], "–", self.tr("Import sales to see this figure.") if v is not None else "")
            self.risk_button.setEnabled(False)
            return
        risk = self.data.overview.at_risk
        values = {
            "top20": (percent(v.top20_share), self.tr("of the revenue comes from the best %n customers.", "", v.top20_n)),
            "top10": (percent(v.top10_share), self.tr("of the revenue comes from the best %n customers.", "", v.top10_n)),
            "for80": (self.tr("%n customers", "", v.customers_for_80pct),
                      self.tr("bring 80% of the revenue: {share} of all customers.").format(
                          share=percent(v.customers_for_80pct_share))),
            "ratio": (self.tr("{ratio} × the average").format(ratio=number(v.top10_mean_ratio, 1)),
                      self.tr("An average customer spends {mean}; each premium customer lost costs the revenue of "
                              "several ordinary ones.").format(mean=money(v.mean_spend))),
            "repeat": (percent(v.repeat_revenue_share),
                       self.tr("of the revenue comes from the %n customers who bought more than once "
                               "({share} of customers).", "", v.repeat_customers).format(
                           share=percent(v.repeat_customers_share))),
            "risk": (self.tr("%n customers", "", risk.count),
                     self.tr("have been away much longer than usual: {revenue} at stake, worth about {equivalent} "
                             "average customers.").format(revenue=money(risk.revenue_at_stake),
                                                          equivalent=number(risk.equivalent_customers, 1))),
        }
        for key, card in self.cards.items():
            card.set_texts(titles[key], *values[key])
        self.risk_button.setEnabled(risk.count > 0)

    def chart_builder(self, chart: ChartView):
        from app.services.segments import charts

        value = self.data.overview.value
        return lambda: charts.pareto_chart(value, translate=QCoreApplication.translate,
                                           locale=session.fmt().locale)

    # ----- lists -----
    def _tier_clicked(self, index) -> None:
        record = record_at(index)
        if record is not None:
            self.members_of(record["ref"])

    def members_of(self, ref: str) -> None:
        row = self.model.row_of(lambda r: r["ref"] == ref)
        if row is not None:
            select_row(self.table, row)
        self.members.show_segment(ref)

    def show_at_risk(self) -> None:
        """Lists the premium customers at risk (the default list of this page)."""
        self.table.clearSelection()
        if self.data is not None:
            self.members.show_segment("at_risk")

    def retranslate_ui(self) -> None:
        self.tiers_title.setText(self.tr("Value tiers"))
        self.tiers_note.setText(self.tr(
            "VIP: the top 10% by total spend; Premium: the next 10%. Click a tier or a band of the curve "
            "to list its customers."))
        self.risk_button.setText(self.tr("List them"))
        for record in self.model.records:
            definition = TIER_BY_KEY.get(record["key"])
            record["meaning"] = tr_segment(definition.meaning) if definition else ""
        self.model.retranslate()
        self._fill_cards()

