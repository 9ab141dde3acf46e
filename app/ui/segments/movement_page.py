"""Segment movement: how many customers went from each RFM segment to each other between two
month-end snapshots (by default the last two; or a snapshot and today's figures), as a chart and as
a list of the moves, largest first; a click lists the customers who made that move."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError
from app.services.segments.definitions import NOT_YET_CUSTOMER
from app.ui import session
from app.ui.dialogs import error_text, warn
from app.ui.itemmodels import record_at
from app.ui.segments.chart_view import ChartView
from app.ui.segments.display import (
    month_text,
    number,
    record_model,
    segment_column,
    segment_label,
    tr_segment,
)
from app.ui.segments.labels import note_label, section_title
from app.ui.segments.members import MembersPanel
from app.ui.segments.page import SectionPage, column, side_by_side, splitter
from app.ui.table_views import fit_columns, make_table, select_row

CURRENT = "current"
MOVE_COLUMNS = (
    segment_column("customers", QT_TRANSLATE_NOOP("SegmentsTab", "Customers"), "int"),
    segment_column("from_name", QT_TRANSLATE_NOOP("SegmentsTab", "From")),
    segment_column("to_name", QT_TRANSLATE_NOOP("SegmentsTab", "To")),
)


def _state_name(key: str) -> str:
    return segment_label(key) or tr_segment(NOT_YET_CUSTOMER)


class MovementPage(SectionPage):
    needs_all = True  # waits for the second loading stage

    def __init__(self, tab: QWidget | None = None):
        super().__init__(tab)
        self.setObjectName("segments_movement")
        self.movement = None
        self.title = section_title()
        self.note = note_label()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_combo, self.to_combo = QComboBox(), QComboBox()
        self.from_combo.setObjectName("movement_from")
        self.to_combo.setObjectName("movement_to")
        self.from_combo.activated.connect(lambda _i: self.compare())
        self.to_combo.activated.connect(lambda _i: self.compare())
        self.summary = note_label()
        self.moves_title = section_title()
        self.model = record_model(MOVE_COLUMNS, self)
        self.table = make_table(self.model, name="moves_table", sort_key="customers")
        self.table.clicked.connect(self._move_clicked)
        self.chart = ChartView("segment_movement", min_height=300, hint=QT_TRANSLATE_NOOP(
            "SegmentsTab", "Click a cell to list the customers who made that move."))
        self.chart.clicked.connect(self.show_move)
        self.charts = [self.chart]
        left = column(self.moves_title, (self.table, 1))
        middle = splitter(Qt.Orientation.Horizontal, left, self.chart, stretch=(1, 2))
        choose = side_by_side(self.from_label, self.from_combo, 12, self.to_label, self.to_combo)
        self.members = MembersPanel(name="movement_members")
        # The heat map has 12 rows of segment names: it gets most of the room.
        self.set_body(column(self.title, self.note, choose, self.summary, (middle, 1)), self.members, stretch=(4, 1))
        self.retranslate_ui()

    def fill(self) -> None:
        from app.services import segments

        self.members.set_data(self.data)
        self.members.clear(self.tr("Click a move to list its customers."))
        shop = session.current_shop()
        months = segments.snapshot_months(shop.conn) if self.data is not None and shop is not None else []
        for combo in (self.from_combo, self.to_combo):
            combo.clear()
            for month in months:
                combo.addItem(month_text(month), month)
        self.to_combo.addItem("", CURRENT)
        self._retranslate_current()
        self._set_movement(self.data.overview.movement if self.data is not None else None)

    def compare(self, from_month: int | None = None, to_month: int | str | None = None) -> None:
        """Compares two snapshots (default: those chosen in the combo boxes)."""
        from app.services import segments

        shop = session.current_shop()
        if shop is None or self.data is None:
            return
        from_month = self.from_combo.currentData() if from_month is None else from_month
        to_month = self.to_combo.currentData() if to_month is None else to_month
        if from_month is None or to_month is None:
            return
        if to_month != CURRENT and int(to_month) <= int(from_month):
            warn(self, self.tr("Segment movement"), self.tr("Choose a later month on the right than on the left."))
            self._select_months()
            return
        try:
            movement = segments.movement(shop.conn, from_month, to_month)
        except UserError as exc:
            warn(self, self.tr("Segment movement"), error_text(exc))
            return
        self.members.clear(self.tr("Click a move to list its customers."))
        self._set_movement(movement)
        if self.isVisible():
            self.schedule_charts()

    def _set_movement(self, movement) -> None:
        self.movement = movement
        records = []
        if movement is not None and movement.from_month is not None and movement.to_month is not None:
            keys = movement.keys
            for i, before in enumerate(keys):
                for j, after in enumerate(keys):
                    count = int(movement.counts[i, j])
                    if count and before != after:
                        records.append(dict(ref=movement.ref(before, after), from_key=before, to_key=after,
                                            from_name=_state_name(before), to_name=_state_name(after),
                                            customers=count))
        records.sort(key=lambda r: -r["customers"])
        self.model.set_records(records)
        fit_columns(self.table)
        self._select_months()
        self._update_summary()
        self.chart.set_builder(self.chart_builder(self.chart) if self._has_movement() else None)
        if self.movement is not None and not self._has_movement():
            self.chart.show_message(QT_TRANSLATE_NOOP(
                "SegmentsTab", "Movement needs two month-end snapshots, so at least two complete months of sales."))

    def _has_movement(self) -> bool:
        return self.movement is not None and self.movement.from_month is not None and self.movement.to_month is not None

    def _select_months(self) -> None:
        if self.movement is None:
            return
        for combo, month in ((self.from_combo, self.movement.from_month), (self.to_combo, self.movement.to_month)):
            index = combo.findData(month)
            if index >= 0:
                combo.setCurrentIndex(index)

    def chart_builder(self, chart: ChartView):
        from app.services.segments import charts

        movement = self.movement
        if movement is None or not self._has_movement():
            return None
        return lambda: charts.movement_chart(movement, translate=QCoreApplication.translate,
                                             locale=session.fmt().locale)

    def _move_clicked(self, index) -> None:
        record = record_at(index)
        if record is not None:
            self.members.show_segment(record["ref"])

    def show_move(self, ref: str) -> None:
        row = self.model.row_of(lambda r: r["ref"] == ref)
        if row is not None:
            select_row(self.table, row)
        else:
            self.table.clearSelection()
        self.members.show_segment(ref)

    def _period_text(self, month) -> str:
        return self.tr("now") if month == CURRENT else month_text(month)

    def _update_summary(self) -> None:
        m = self.movement
        if not self._has_movement():
            self.summary.setText(self.tr(
                "Snapshots are taken at the end of every complete month; movement appears once there are two."))
            return
        self.summary.setText(self.tr(
            "Between {before} and {after}: {moved} customers changed segment (new customers included), "
            "{stayed} stayed in the same one.").format(
                before=self._period_text(m.from_month), after=self._period_text(m.to_month),
                moved=number(m.moved), stayed=number(m.stayed)))

    def _retranslate_current(self) -> None:
        index = self.to_combo.findData(CURRENT)
        if index >= 0:
            self.to_combo.setItemText(index, self.tr("now (today's figures)"))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Segment movement"))
        self.note.setText(self.tr(
            "Each customer's segment is noted at the end of every month. See who moved up, who slipped "
            "and who arrived since the previous month; click a move to list its customers."))
        self.from_label.setText(self.tr("Earlier snapshot:"))
        self.to_label.setText(self.tr("Later snapshot:"))
        self.moves_title.setText(self.tr("Moves, largest first"))
        self._retranslate_current()
        for record in self.model.records:
            record["from_name"], record["to_name"] = _state_name(record["from_key"]), _state_name(record["to_key"])
        self.model.retranslate()
        self._update_summary()
