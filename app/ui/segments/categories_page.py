"""Product categories as a way in to premium customers (DOMAIN.md, seed 001): categories ranked by
how many customers bought them or made them their first purchase, with the value of those
customers; from one category, the funnel of its buyers refined filter by filter (the count shrinks,
the average spend usually rises), its customers, and "save as a hand-made segment"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError
from app.ui import operations, session
from app.ui.dialogs import error_text, warn
from app.ui.itemmodels import record_at
from app.ui.segments.display import money, number, record_model, segment_column
from app.ui.segments.labels import note_label, section_title
from app.ui.segments.members import MembersPanel
from app.ui.segments.page import SectionPage, column, side_by_side, splitter
from app.ui.table_views import fit_columns, make_table, select_row

CATEGORY_COLUMNS = (
    segment_column("name", QT_TRANSLATE_NOOP("SegmentsTab", "Category")),
    segment_column("buyers", QT_TRANSLATE_NOOP("SegmentsTab", "Buyers"), "int",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "Customers who bought in this category at least once")),
    segment_column("first_buyers", QT_TRANSLATE_NOOP("SegmentsTab", "First purchases"), "int",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "Customers whose very first purchase was in this category")),
    segment_column("buyers_mean_spend", QT_TRANSLATE_NOOP("SegmentsTab", "Buyers' average spend"), "money",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "What these buyers spent at the shop in all, on average")),
    segment_column("first_buyers_mean_spend", QT_TRANSLATE_NOOP("SegmentsTab", "First buyers' average spend"), "money",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "What the customers who started with this category spent in all, on average")),
    segment_column("revenue", QT_TRANSLATE_NOOP("SegmentsTab", "Category revenue"), "money"),
)
FUNNEL_COLUMNS = (
    segment_column("step", QT_TRANSLATE_NOOP("SegmentsTab", "Step"), "int"),
    segment_column("customers", QT_TRANSLATE_NOOP("SegmentsTab", "Customers"), "int"),
    segment_column("kept", QT_TRANSLATE_NOOP("SegmentsTab", "% kept"), "percent"),
    segment_column("mean_spend", QT_TRANSLATE_NOOP("SegmentsTab", "Average spend"), "money"),
    segment_column("change", QT_TRANSLATE_NOOP("SegmentsTab", "Spend vs. step 0"), "text",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "The average spend of this step against that of all the category's buyers")),
    segment_column("condition", QT_TRANSLATE_NOOP("SegmentsTab", "Condition")),  # long text after the figures
)


class CategoriesPage(SectionPage):
    needs_all = True  # waits for the second loading stage

    def __init__(self, tab: QWidget | None = None):
        super().__init__(tab)
        self.setObjectName("segments_categories")
        self.category_id: int | None = None
        self.category_name = ""
        self.filters: list[dict] = []
        self.steps: list = []

        self.ranking_title = section_title()
        self.rank_label = QLabel()
        self.rank_combo = QComboBox()
        self.rank_combo.setObjectName("rank_by")
        self.rank_combo.addItem("", "buyers")
        self.rank_combo.addItem("", "first_buyers")
        self.rank_combo.currentIndexChanged.connect(lambda _i: self._rank())
        self.ranking_note = note_label()
        self.model = record_model(CATEGORY_COLUMNS, self)
        self.table = make_table(self.model, name="category_table", sort_key="buyers")
        self.table.selectionModel().currentRowChanged.connect(self._category_changed)
        left = column(self.ranking_title, self.ranking_note, side_by_side(self.rank_label, self.rank_combo), (self.table, 1))

        self.funnel_title = section_title()
        self.funnel_note = note_label()
        self.funnel_model = record_model(FUNNEL_COLUMNS, self, tooltip_key="condition")
        self.funnel_table = make_table(self.funnel_model, sortable=False, name="funnel_table")
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_filter")
        self.add_button.clicked.connect(lambda _checked=False: self.add_filter())
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(lambda _checked=False: self.remove_last_filter())
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_funnel")
        self.save_button.clicked.connect(lambda _checked=False: self.save_as_segment())
        buttons = side_by_side(self.add_button, self.undo_button)
        buttons.addWidget(self.save_button)
        right = column(self.funnel_title, self.funnel_note, (self.funnel_table, 1), buttons)
        self.members = MembersPanel(name="category_members")
        self.set_body(splitter(Qt.Orientation.Horizontal, left, right, stretch=(1, 1)), self.members, stretch=(1, 1))
        self.retranslate_ui()

    # ----- ranking -----
    def fill(self) -> None:
        self.members.set_data(self.data)
        records = [] if self.data is None else [
            dict(category_id=c.category_id, name=c.name, buyers=c.buyers, first_buyers=c.first_buyers,
                 buyers_mean_spend=c.buyers_mean_spend, first_buyers_mean_spend=c.first_buyers_mean_spend,
                 revenue=c.revenue)
            for c in self.data.overview.categories]
        self.model.set_records(records)
        self._rank()
        fit_columns(self.table)
        row = self.model.row_of(lambda r: r["category_id"] == self.category_id) if self.category_id else None
        if row is None and records:
            row = 0
            self.filters = []
        if row is not None:
            before = self.category_id
            select_row(self.table, row)  # opens the category when the selection moves to another one
            if self.category_id == before:
                self._open_category(self.model.record(row))
        else:
            self.category_id = None
            self._update_funnel()

    def _rank(self) -> None:
        key = self.rank_combo.currentData()
        column = [c.key for c in CATEGORY_COLUMNS].index(key)
        self.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)

    def _category_changed(self, current, _previous=None) -> None:
        record = record_at(current)
        if record is not None and record["category_id"] != self.category_id:
            self.filters = []
            self._open_category(record)

    def _open_category(self, record: dict) -> None:
        self.category_id = record["category_id"]
        self.category_name = record["name"]
        self._update_funnel()

    # ----- funnel -----
    def rules(self) -> dict:
        """The rule tree of the funnel's last step (the category's buyers and every filter)."""
        return {"all": [{"field": "bought_category", "op": "bought", "value": [self.category_id]}, *self.filters]}

    def _update_funnel(self) -> None:
        from app.services import segments
        from app.ui.segments.rule_builder import describe

        shop = session.current_shop()
        writable = session.is_writable()
        if shop is None or self.category_id is None or self.data is None:
            self.steps = []
            self.funnel_model.set_records([])
            self.members.clear()
            self.funnel_title.setText(self.tr("Buyers of a category"))
            for button in (self.add_button, self.undo_button, self.save_button):
                button.setEnabled(False)
            return
        self.steps = segments.category_funnel(shop.conn, self.category_id, self.filters)
        first = self.steps[0]
        records = []
        for i, step in enumerate(self.steps):
            if i == 0:
                condition = self.tr("Bought in {category}").format(category=self.category_name)
                change = ""
            else:
                condition = describe(shop.conn, step.rule)
                if first.mean_spend and step.customers:
                    change = self.tr("{ratio} ×").format(ratio=number(step.mean_spend / first.mean_spend, 2))
                else:
                    change = ""
            records.append(dict(step=i, condition=condition, customers=step.customers,
                                kept=100.0 * step.customers / first.customers if first.customers else None,
                                mean_spend=step.mean_spend if step.customers else None, change=change))
        self.funnel_model.set_records(records)
        fit_columns(self.funnel_table, max_width=420)
        self.funnel_title.setText(self.tr("Buyers of {category}").format(category=self.category_name))
        self.add_button.setEnabled(True)
        self.undo_button.setEnabled(bool(self.filters))
        self.save_button.setEnabled(writable)
        last = self.steps[-1]
        ids = segments.matching_ids(shop.conn, self.rules())
        name = self.category_name
        filters = len(self.filters)
        self.members.show_ids(ids, lambda: self._members_title(name, filters))
        self.funnel_note.setText(self.tr(
            "Each filter keeps fewer customers; when the average spend rises, the filter points at more "
            "valuable customers. Now: %n customers, spending {mean} on average.", "", last.customers)
            .format(mean=money(last.mean_spend)))

    def _members_title(self, category: str, filters: int) -> str:
        if not filters:
            return self.tr("Buyers of {category}").format(category=category)
        return self.tr("Buyers of {category} after %n filters", "", filters).format(category=category)

    def add_filter(self, rule: dict | None = None) -> bool:
        """Adds a condition to the funnel (asks for it when `rule` is None)."""
        from app.ui.segments.rule_builder import ConditionDialog

        shop = session.current_shop()
        if shop is None or self.category_id is None:
            return False
        if rule is None:
            dialog = ConditionDialog(shop.conn, self)
            accepted = dialog.exec()
            dialog.deleteLater()
            if not accepted:
                return False
            rule = dialog.rule()
            if rule is None:
                return False
        self.filters.append(rule)
        try:
            self._update_funnel()
        except UserError as exc:
            self.filters.pop()
            warn(self, self.tr("Add a filter"), error_text(exc))
            self._update_funnel()
            return False
        return True

    def remove_last_filter(self) -> None:
        if self.filters:
            self.filters.pop()
            self._update_funnel()

    def save_as_segment(self, name: str | None = None) -> int | None:
        """Saves the funnel's last step as a hand-made segment; returns its id."""
        from app.services import segments

        shop = session.current_shop()
        if shop is None or self.category_id is None or not session.is_writable():
            return None
        if name is None:
            suggested = self.tr("Buyers of {category}").format(category=self.category_name)
            name, ok = QInputDialog.getText(self, self.tr("Save as a segment"), self.tr("Name of the segment:"),
                                            text=suggested)
            if not ok:
                return None
        rules = self.rules()
        # The announced change reloads the tab: the saved segments and the target table include it then.
        outcome = operations.run(lambda conn: segments.save_segment(conn, name, rules), parent=self, origin=self,
                                 title=self.tr("Save as a segment"))
        if not outcome.ok:
            return None
        window = self.window()
        if hasattr(window, "status"):
            window.status(self.tr("Saved the segment {name}.").format(name=" ".join(name.split())))
        return outcome.value

    def retranslate_ui(self) -> None:
        self.ranking_title.setText(self.tr("Categories as a way in to premium customers"))
        self.ranking_note.setText(self.tr(
            "Categories bought by many customers, or chosen for a first purchase, and what those customers "
            "are worth. Choose a category to build the list of its buyers."))
        self.rank_label.setText(self.tr("Rank by:"))
        self.rank_combo.setItemText(0, self.tr("number of buyers"))
        self.rank_combo.setItemText(1, self.tr("number of first purchases"))
        self.add_button.setText(self.tr("Add a filter…"))
        self.undo_button.setText(self.tr("Remove the last filter"))
        self.save_button.setText(self.tr("Save as a segment…"))
        self.save_button.setToolTip(self.tr("Keep this list as a hand-made segment, updated as sales come in"))
        self.model.retranslate()
        if self.category_id is not None and self.data is not None:
            self._update_funnel()
        else:
            self.funnel_title.setText(self.tr("Buyers of a category"))

