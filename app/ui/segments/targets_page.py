"""Target choice (DOMAIN.md, STP): every segment — the RFM segments, the value tiers and the saved
hand-made segments — measured on size, profitability, accessibility and stability, weighted by the
owner's weights and ranked; a "target segment" mark, and per segment the value proposition and
unique selling points, all stored in the shop file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.segments.config import CRITERION_NAMES
from app.ui import operations, session
from app.ui.itemmodels import ColumnSpec, record_at
from app.ui.segments.display import percent, record_model, segment_column, tr_segment
from app.ui.segments.labels import note_label, section_title
from app.ui.segments.page import SectionPage, column, side_by_side
from app.ui.table_views import fit_columns, make_table, select_row

WEIGHTS_DELAY_MS = 400  # re-ranks this long after the last change of a weight
TARGET_COLUMNS = (
    segment_column("rank", QT_TRANSLATE_NOOP("SegmentsTab", "Rank"), "int"),
    segment_column("is_target", QT_TRANSLATE_NOOP("SegmentsTab", "Target"), "check",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "Tick the segments you choose to focus on")),
    segment_column("display_name", QT_TRANSLATE_NOOP("SegmentsTab", "Segment")),
    segment_column("total", QT_TRANSLATE_NOOP("SegmentsTab", "Score"), "score",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "The weighted score of the four criteria, out of 100")),
    segment_column("customers", QT_TRANSLATE_NOOP("SegmentsTab", "Customers"), "int"),
    segment_column("revenue", QT_TRANSLATE_NOOP("SegmentsTab", "Revenue"), "money"),
    ColumnSpec("growth", QT_TRANSLATE_NOOP("SegmentsTab", "Growth"), kind="percent",
               tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "Revenue of the last three complete months against the three before"),
               value=lambda record: (record["growth"], record["growth_note"]),
               formatter=lambda value: growth_text(*value), sort_value=lambda value: growth_order(*value)),
    segment_column("revenue_per_customer", QT_TRANSLATE_NOOP("SegmentsTab", "Revenue per customer"), "money"),
    segment_column("accessibility", QT_TRANSLATE_NOOP("SegmentsTab", "Reachable"), "percent",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "Share of the customers with a phone or an e-mail who agree to marketing messages")),
    segment_column("stability", QT_TRANSLATE_NOOP("SegmentsTab", "Steadiness"), "score",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "How steady the segment's monthly revenue is, out of 100")),
    segment_column("membership_kept", QT_TRANSLATE_NOOP("SegmentsTab", "Members kept"), "percent",
           tooltip=QT_TRANSLATE_NOOP("SegmentsTab", "Share of last month's members still in the segment (RFM segments)")),
    segment_column("size_score", QT_TRANSLATE_NOOP("SegmentsTab", "Size score"), "score"),
    segment_column("profitability_score", QT_TRANSLATE_NOOP("SegmentsTab", "Profitability score"), "score"),
    segment_column("accessibility_score", QT_TRANSLATE_NOOP("SegmentsTab", "Accessibility score"), "score"),
    segment_column("stability_score", QT_TRANSLATE_NOOP("SegmentsTab", "Stability score"), "score"),
)
CRITERIA = ("size", "profitability", "accessibility", "stability")


def growth_text(growth: float | None, note: str) -> str:
    """"new" for a segment grown from (almost) nothing, "gone" for one with no revenue left, else the
    percentage in the shop's style."""
    if note == "new":
        return QCoreApplication.translate("SegmentsTab", "new")
    if note == "gone":
        return QCoreApplication.translate("SegmentsTab", "gone")
    return percent(growth)


def growth_order(growth: float | None, note: str) -> float | None:
    return float("inf") if note == "new" else growth


def display_name(row) -> str:
    """Built-in segments are named in English source text; saved ones by the owner."""
    return row.name if row.ref.startswith("saved:") else tr_segment(row.name)


class TargetsPage(SectionPage):
    needs_all = True  # waits for the second loading stage

    def __init__(self, tab: QWidget | None = None):
        super().__init__(tab)
        self.setObjectName("segments_targets")
        self.title = section_title()
        self.note = note_label()
        self.weight_boxes: dict[str, QDoubleSpinBox] = {}
        self.weight_labels: dict[str, QLabel] = {}
        self.weights_label = QLabel()
        weight_parts: list[tuple[QLabel, QDoubleSpinBox]] = []
        for key in CRITERIA:
            label = QLabel()
            box = QDoubleSpinBox()
            box.setObjectName(f"weight_{key}")
            box.setRange(0.0, 10.0)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            box.setValue(1.0)
            box.valueChanged.connect(self._weights_edited)
            label.setBuddy(box)
            self.weight_labels[key], self.weight_boxes[key] = label, box
            weight_parts.append((label, box))
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(lambda _checked=False: self.reset_weights())

        self.model = record_model(TARGET_COLUMNS, self)
        self.model.checked.connect(self._target_checked)
        self.table = make_table(self.model, sortable=False, name="target_table")
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.profile_box = QGroupBox()
        self.proposition_edit = QPlainTextEdit()
        self.proposition_edit.setObjectName("value_proposition")
        self.points_edit = QPlainTextEdit()
        self.points_edit.setObjectName("selling_points")
        for edit in (self.proposition_edit, self.points_edit):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.textChanged.connect(self._profile_edited)
        self.proposition_label, self.points_label = QLabel(), QLabel()
        self.save_profile_button = QPushButton()
        self.save_profile_button.setObjectName("save_profile")
        self.save_profile_button.clicked.connect(lambda _checked=False: self.save_profile())
        self.profile_status = QLabel()
        form = QFormLayout()
        form.addRow(self.proposition_label, self.proposition_edit)
        form.addRow(self.points_label, self.points_edit)
        profile_layout = QVBoxLayout(self.profile_box)
        profile_layout.addLayout(form)
        profile_layout.addLayout(side_by_side(self.profile_status, self.save_profile_button, stretch=False))
        self.profile_status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Two criteria a row, so that the row fits a 1024-pixel window in every language.
        weights = QGridLayout()
        weights.addWidget(self.weights_label, 0, 0)
        for index, (label, box) in enumerate(weight_parts):
            row, col = divmod(index, 2)
            weights.addWidget(label, row, 1 + 2 * col, Qt.AlignmentFlag.AlignRight)
            weights.addWidget(box, row, 2 + 2 * col)
        weights.addWidget(self.reset_button, 1, 5)
        weights.setColumnStretch(6, 1)
        self.set_body(column(self.title, self.note, weights, (self.table, 1)), self.profile_box, stretch=(3, 1))

        self._profile_ref: str | None = None
        self._profile_dirty = False
        self._weights_timer = QTimer(self)
        self._weights_timer.setSingleShot(True)
        self._weights_timer.setInterval(WEIGHTS_DELAY_MS)
        self._weights_timer.timeout.connect(self.apply_weights)
        self.retranslate_ui()

    # ----- data -----
    def fill(self) -> None:
        writable = session.is_writable() and self.data is not None
        self.model.check_enabled = writable
        for box in self.weight_boxes.values():
            box.setEnabled(writable)
        self.reset_button.setEnabled(writable)
        if self.data is None:
            self._set_rows([])
            self._show_profile(None)
            return
        weights = self.data.figures.settings.weights
        for key, box in self.weight_boxes.items():
            box.blockSignals(True)
            box.setValue(float(weights.get(key, 1.0)))
            box.blockSignals(False)
        self._set_rows(self.data.overview.targets)

    def _set_rows(self, rows) -> None:
        current = self._profile_ref
        records = []
        for row in rows:
            record = dict(ref=row.ref, rank=row.rank, is_target=row.is_target, display_name=display_name(row),
                          name=row.name, total=row.total, customers=row.customers, revenue=row.revenue,
                          growth=row.growth, growth_note=row.growth_note, revenue_per_customer=row.revenue_per_customer,
                          accessibility=row.accessibility, stability=row.stability,
                          membership_kept=row.membership_kept, value_proposition=row.value_proposition,
                          selling_points=row.selling_points)
            for key in CRITERIA:
                record[f"{key}_score"] = row.scores.get(key)
            records.append(record)
        self.model.set_records(records)
        fit_columns(self.table)
        row = self.model.row_of(lambda r: r["ref"] == current) if current else None
        if row is None and records:
            row = 0
        if row is not None:
            select_row(self.table, row)
            self._show_profile(self.model.record(row))
        else:
            self._show_profile(None)

    def ranking(self) -> list[str]:
        """The segment references in the order shown (best first)."""
        return [r["ref"] for r in self.model.records]

    # ----- weights -----
    def weights(self) -> dict[str, float]:
        return {key: box.value() for key, box in self.weight_boxes.items()}

    def _weights_edited(self, _value: float = 0.0) -> None:
        self._weights_timer.start()

    def set_weights(self, weights: dict[str, float]) -> None:
        """Sets the weight boxes and re-ranks at once (for the owner's reset and for tests)."""
        for key, value in weights.items():
            box = self.weight_boxes[key]
            box.blockSignals(True)
            box.setValue(float(value))
            box.blockSignals(False)
        self.apply_weights()

    def reset_weights(self) -> None:
        self.set_weights(dict.fromkeys(CRITERIA, 1.0))

    def apply_weights(self) -> bool:
        """Stores the weights in the shop file and re-ranks the table."""
        from app.services import segments

        self._weights_timer.stop()
        shop = session.current_shop()
        if shop is None or self.data is None or not session.is_writable():
            return False
        self._save_profile_if_edited()
        settings = segments.load_settings(shop.conn)
        settings.weights = self.weights()
        outcome = operations.run(lambda conn: segments.save_settings(conn, settings), parent=self, origin=self,
                                 title=self.tr("Weights of the criteria"))
        if not outcome.ok:
            return False
        checked = outcome.value
        # target_table scores with the weights of the figures it is given.
        self.data.figures.settings.weights = dict(checked.weights)
        rows = segments.target_table(shop.conn, figures=self.data.figures)
        self.data.overview.targets = rows
        self._set_rows(rows)
        return True

    # ----- target mark and profile -----
    def _target_checked(self, record: dict, _key: str, on: bool) -> None:
        from app.services import segments

        shop = session.current_shop()
        if shop is None:
            return
        if not operations.run(lambda conn: segments.set_target_profile(conn, record["ref"], is_target=on),
                              parent=self, origin=self, title=self.tr("Target segment")).ok:
            return
        self._remember(record["ref"], is_target=on)

    def _remember(self, ref: str, **changes) -> None:
        """Keeps the loaded target rows in step with what was stored."""
        if self.data is None:
            return
        for row in self.data.overview.targets:
            if row.ref == ref:
                for key, value in changes.items():
                    setattr(row, key, value)

    def _row_changed(self, current, _previous=None) -> None:
        self._save_profile_if_edited()
        self._show_profile(record_at(current))

    def _show_profile(self, record: dict | None) -> None:
        self._profile_ref = record["ref"] if record else None
        for edit, key in ((self.proposition_edit, "value_proposition"), (self.points_edit, "selling_points")):
            edit.blockSignals(True)
            edit.setPlainText(record[key] if record else "")
            edit.blockSignals(False)
            edit.setReadOnly(record is None or not session.is_writable())
        self._profile_dirty = False
        self.save_profile_button.setEnabled(False)
        self.profile_status.setText("")
        self._update_profile_title(record)

    def _update_profile_title(self, record: dict | None) -> None:
        if record is None:
            self.profile_box.setTitle(self.tr("Value proposition and unique selling points"))
        else:
            self.profile_box.setTitle(self.tr("What you offer {segment}").format(segment=record["display_name"]))

    def _profile_edited(self) -> None:
        self._profile_dirty = True
        self.save_profile_button.setEnabled(self._profile_ref is not None and session.is_writable())
        self.profile_status.setText(self.tr("Not saved yet."))

    def _save_profile_if_edited(self) -> None:
        if self._profile_dirty:
            self.save_profile()

    def save_profile(self) -> bool:
        from app.services import segments

        shop = session.current_shop()
        ref = self._profile_ref
        if shop is None or ref is None or not session.is_writable():
            return False
        proposition = self.proposition_edit.toPlainText().strip()
        points = self.points_edit.toPlainText().strip()
        if not operations.run(lambda conn: segments.set_target_profile(
                conn, ref, value_proposition=proposition, selling_points=points),
                parent=self, origin=self, title=self.tr("Value proposition")).ok:
            return False
        row = self.model.row_of(lambda r: r["ref"] == ref)
        if row is not None:
            self.model.records[row].update(value_proposition=proposition, selling_points=points)
        self._remember(ref, value_proposition=proposition, selling_points=points)
        self._profile_dirty = False
        self.save_profile_button.setEnabled(False)
        self.profile_status.setText(self.tr("Saved."))
        return True

    def hideEvent(self, event) -> None:  # noqa: N802
        self._save_profile_if_edited()  # leaving the page keeps what was typed
        super().hideEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Choose your target segments"))
        self.note.setText(self.tr(
            "Compare the segments on the four criteria of the guide: size (customers, revenue, growth), "
            "profitability (revenue per customer), accessibility (customers you may contact) and stability. "
            "Give more weight to what matters most to your shop, then tick the segments you will focus on."))
        self.weights_label.setText(self.tr("Weights:"))
        for key in CRITERIA:
            self.weight_labels[key].setText(QCoreApplication.translate("Segment", CRITERION_NAMES[key]))
        self.reset_button.setText(self.tr("Equal weights"))
        self.proposition_label.setText(self.tr("Value proposition:"))
        self.points_label.setText(self.tr("Unique selling points:"))
        self.proposition_edit.setPlaceholderText(self.tr("What this segment gets from your shop that matters to them"))
        self.points_edit.setPlaceholderText(self.tr("What makes your shop different for them, one point per line"))
        self.save_profile_button.setText(self.tr("Save"))
        for record in self.model.records:
            record["display_name"] = record["name"] if record["ref"].startswith("saved:") else tr_segment(record["name"])
        self.model.retranslate()
        row = self.model.row_of(lambda r: r["ref"] == self._profile_ref) if self._profile_ref else None
        self._update_profile_title(self.model.record(row) if row is not None else None)
