"""Hand-made segments: the saved segments with their live counts and rules, new / edit / delete
through the rule builder, and the customers of the chosen one."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError
from app.ui import operations, session
from app.ui.dialogs import ask, error_text, warn
from app.ui.itemmodels import record_at
from app.ui.segments.display import record_model, segment_column
from app.ui.segments.labels import note_label, section_title
from app.ui.segments.members import MembersPanel
from app.ui.segments.page import SectionPage, column, side_by_side
from app.ui.table_views import current_record, fit_columns, make_table, select_row

SAVED_COLUMNS = (
    segment_column("name", QT_TRANSLATE_NOOP("SegmentsTab", "Segment")),
    segment_column("customers", QT_TRANSLATE_NOOP("SegmentsTab", "Customers"), "int"),
    segment_column("description", QT_TRANSLATE_NOOP("SegmentsTab", "Conditions")),
)


class SavedSegmentsPage(SectionPage):
    needs_all = True  # waits for the second loading stage

    def __init__(self, tab: QWidget | None = None):
        super().__init__(tab)
        self.setObjectName("segments_saved")
        self._select_after_reload: int | None = None  # a segment just saved, chosen once the list reloads
        self.title = section_title()
        self.note = note_label()
        self.model = record_model(SAVED_COLUMNS, self, tooltip_key="description")
        self.table = make_table(self.model, name="saved_table")
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_segment())
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_segment")
        self.new_button.clicked.connect(lambda _checked=False: self.new_segment())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_segment())
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_segment())
        buttons = side_by_side(self.new_button, self.edit_button, self.delete_button)
        self.members = MembersPanel(name="saved_members")
        self.set_body(column(self.title, self.note, buttons, (self.table, 1)), self.members, stretch=(1, 1))
        self.retranslate_ui()

    def fill(self) -> None:
        from app.ui.segments.rule_builder import describe

        self.members.set_data(self.data)
        shop = session.current_shop()
        records = [] if self.data is None or shop is None else [
            dict(id=s.id, ref=s.ref, name=s.name, customers=s.customers, rules=s.rules,
                 description=describe(shop.conn, s.rules))
            for s in self.data.overview.saved]
        shown = self.current_id()
        self.model.set_records(records)
        fit_columns(self.table, max_width=360)
        self._update_buttons()
        row = self.model.row_of(lambda r: r["id"] == shown) if shown is not None else None
        if row is None and records:
            row = 0
        if row is not None:
            select_row(self.table, row)
            self._row_changed(self.model.index(row, 0))
        elif self.data is not None:
            self.members.clear(self.tr("No hand-made segment yet: click “New segment…” to make one."))
        else:
            self.members.clear()

    def current_id(self) -> int | None:
        record = current_record(self.table)
        return record["id"] if record else None

    def _row_changed(self, current, _previous=None) -> None:
        record = record_at(current)
        self._update_buttons()
        if record is not None and self.members.ref != record["ref"]:
            self.members.show_segment(record["ref"])

    def _update_buttons(self) -> None:
        writable = session.is_writable() and self.data is not None
        chosen = self.current_id() is not None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)

    # ----- actions -----
    def new_segment(self) -> int | None:
        from app.ui.segments.rule_builder import RuleBuilderDialog

        shop = session.current_shop()
        if shop is None:
            return None
        return self._run_builder(RuleBuilderDialog(shop.conn, self))

    def edit_segment(self) -> int | None:
        from app.ui.segments.rule_builder import RuleBuilderDialog

        shop = session.current_shop()
        record = current_record(self.table)
        if shop is None or record is None:
            return None
        try:
            dialog = RuleBuilderDialog(shop.conn, self, name=record["name"], rules=record["rules"],
                                       segment_id=record["id"], read_only=not session.is_writable())
        except UserError as exc:
            warn(self, self.tr("Edit a hand-made segment"), error_text(exc))
            return None
        return self._run_builder(dialog)

    def _run_builder(self, dialog) -> int | None:
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted and dialog.saved_id is not None:
            self._select_after_reload = dialog.saved_id  # the announced change reloads the tab
            return dialog.saved_id
        return None

    def delete_segment(self, *, confirm: bool = True) -> bool:
        from app.services import segments

        shop = session.current_shop()
        record = current_record(self.table)
        if shop is None or record is None or not session.is_writable():
            return False
        if confirm and not ask(self, self.tr("Delete a segment"),
                               self.tr("Delete the segment {name}? Its customers stay as they are.")
                               .format(name=record["name"]), self.tr("Delete"), default_yes=False):
            return False
        # The announced change reloads the tab: the saved list and the target table come from its data.
        return operations.run(lambda conn: segments.delete_segment(conn, record["id"]), parent=self, origin=self,
                              title=self.tr("Delete a segment"), on_success=lambda _changes: self.members.clear()).ok

    def set_data(self, data, *, details: bool = True) -> None:
        wanted = self._select_after_reload
        super().set_data(data, details=details)
        if wanted is not None and data is not None:
            self._select_after_reload = None
            row = self.model.row_of(lambda r: r["id"] == wanted)
            if row is not None:
                select_row(self.table, row)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Hand-made segments"))
        self.note.setText(self.tr(
            "Segments you define yourself with conditions on customer details, figures and tags. They are "
            "kept up to date as sales come in, and appear in the target choice."))
        self.new_button.setText(self.tr("New segment…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()
        if self.data is not None:
            self.fill()
