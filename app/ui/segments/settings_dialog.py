"""The scoring settings of the segments, stored in the shop file: the small-shop thresholds (used
instead of quintiles when a shop has fewer than 200 customers with purchases or less than 90 days
of sales), how often a Regular customer buys, and when a premium customer counts as at risk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.units import MONEY_SCALE, money_to_stored
from app.services import formatting
from app.ui import failures, operations, session
from app.ui.dialogs import translate_buttons


def _row(label: QLabel, box: QWidget) -> QHBoxLayout:
    """A sentence that may wrap, with its number box on the right."""
    box.setMinimumWidth(110)
    row = QHBoxLayout()
    row.addWidget(label, 1)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    return row


class SegmentSettingsDialog(QDialog):
    def __init__(self, conn, figures=None, parent: QWidget | None = None, *, read_only: bool = False):
        super().__init__(parent)
        from app.services import segments

        self.setObjectName("segment_settings")
        self.conn = conn
        self.figures = figures
        self.saved = False
        self.settings = segments.load_settings(conn)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)

        self.thresholds_box = QGroupBox()
        grid = QGridLayout(self.thresholds_box)
        self.score_labels = [QLabel() for _ in range(4)]
        self.recency_header, self.frequency_header, self.spend_header = QLabel(), QLabel(), QLabel()
        grid.addWidget(self.recency_header, 0, 1)
        grid.addWidget(self.frequency_header, 0, 2)
        grid.addWidget(self.spend_header, 0, 3)
        self.recency_boxes, self.frequency_boxes, self.spend_boxes = [], [], []
        decimals = formatting.currency(session.fmt().currency).decimals
        symbol = formatting.currency(session.fmt().currency).symbol
        for i in range(4):
            grid.addWidget(self.score_labels[i], i + 1, 0)
            recency, frequency, spend = QSpinBox(), QSpinBox(), QDoubleSpinBox()
            recency.setRange(0, 3650)
            frequency.setRange(1, 100_000)
            spend.setLocale(QLocale(session.fmt().locale))
            spend.setGroupSeparatorShown(True)
            spend.setDecimals(decimals)
            spend.setRange(0, 1e12)
            spend.setSuffix(" " + symbol)
            for box, column in ((recency, 1), (frequency, 2), (spend, 3)):
                grid.addWidget(box, i + 1, column)
            self.recency_boxes.append(recency)
            self.frequency_boxes.append(frequency)
            self.spend_boxes.append(spend)
        self.automatic_spend = QCheckBox()
        self.automatic_spend.setObjectName("automatic_spend")
        self.automatic_spend.toggled.connect(self._automatic_toggled)
        grid.addWidget(self.automatic_spend, 5, 3)

        self.tiers_box = QGroupBox()
        self.regular_label = QLabel()
        self.regular_label.setWordWrap(True)
        self.regular_days = QSpinBox()
        self.regular_days.setRange(1, 3650)
        tiers_layout = QVBoxLayout(self.tiers_box)
        tiers_layout.addLayout(_row(self.regular_label, self.regular_days))

        self.risk_box = QGroupBox()
        self.risk_factor_label, self.risk_days_label = QLabel(), QLabel()
        self.risk_factor_label.setWordWrap(True)
        self.risk_days_label.setWordWrap(True)
        self.risk_factor = QDoubleSpinBox()
        self.risk_factor.setRange(1.0, 20.0)
        self.risk_factor.setSingleStep(0.5)
        self.risk_factor.setDecimals(1)
        self.risk_days = QSpinBox()
        self.risk_days.setRange(0, 3650)
        risk_layout = QVBoxLayout(self.risk_box)
        risk_layout.addLayout(_row(self.risk_factor_label, self.risk_factor))
        risk_layout.addLayout(_row(self.risk_days_label, self.risk_days))

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b2182b")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton()
        self.save_button.setEnabled(not read_only)
        self.defaults_button = QPushButton()
        self.defaults_button.clicked.connect(lambda _checked=False: self._show(segments.SegmentSettings()))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.state_label)
        layout.addWidget(self.thresholds_box)
        layout.addWidget(self.tiers_box)
        layout.addWidget(self.risk_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(760, self.sizeHint().height())
        self._show(self.settings)
        self.retranslate_ui()

    def _automatic_spend_values(self, settings) -> list[int]:
        """The spend thresholds the shop uses when the owner has not set any (from the median spend)."""
        if self.figures is None or not len(self.figures):
            return [0, 0, 0, 0]
        from app.services.segments import scoring

        automatic = type(settings)(**{**settings.__dict__, "monetary": None})
        return scoring.monetary_thresholds(self.figures.monetary, automatic)

    def _show(self, settings) -> None:
        for box, value in zip(self.recency_boxes, settings.recency_days, strict=True):
            box.setValue(int(value))
        for box, value in zip(self.frequency_boxes, settings.frequency, strict=True):
            box.setValue(int(value))
        spend = settings.monetary if settings.monetary is not None else self._automatic_spend_values(settings)
        for box, value in zip(self.spend_boxes, spend, strict=True):
            box.setValue(value / MONEY_SCALE)
        self.automatic_spend.setChecked(settings.monetary is None)
        self._automatic_toggled(settings.monetary is None)
        self.regular_days.setValue(int(settings.regular_every_days))
        self.risk_factor.setValue(float(settings.risk_gap_factor))
        self.risk_days.setValue(int(settings.risk_min_days))

    def _automatic_toggled(self, on: bool) -> None:
        for box in self.spend_boxes:
            box.setEnabled(not on)

    def chosen_settings(self):
        from app.services import segments

        return segments.SegmentSettings(
            recency_days=[b.value() for b in self.recency_boxes],
            frequency=[b.value() for b in self.frequency_boxes],
            monetary=None if self.automatic_spend.isChecked() else [money_to_stored(b.value()) for b in self.spend_boxes],
            regular_every_days=self.regular_days.value(),
            risk_gap_factor=self.risk_factor.value(),
            risk_min_days=self.risk_days.value(),
            weights=dict(self.settings.weights),
            recency_reference=self.settings.recency_reference,  # edited in File > Shop settings
            returns_count=self.settings.returns_count,
        )

    def save(self) -> None:
        from app.services import segments

        chosen = self.chosen_settings()
        outcome = operations.run(lambda conn: segments.save_settings(conn, chosen), parent=self,
                                 title=self.tr("Scoring settings"),
                                 on_failure=lambda exc: self.problem.setText(failures.describe(exc)))
        if outcome.ok:
            self.saved = True
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Scoring settings"))
        self.intro.setText(self.tr(
            "Scores from 1 to 5 normally come from quintiles: each score holds a fifth of the customers. "
            "When a shop has fewer than 200 customers with purchases or less than 90 days of sales, quintiles "
            "jump around, so the scores come from the thresholds below instead."))
        if self.figures is None:
            self.state_label.setText("")
        elif self.figures.method == "thresholds":
            self.state_label.setText(self.tr("This shop uses these thresholds now."))
        else:
            self.state_label.setText(self.tr(
                "This shop has enough customers and history for quintiles; the thresholds are used only while "
                "a shop is small."))
        self.thresholds_box.setTitle(self.tr("Thresholds for small shops"))
        for i, label in enumerate(self.score_labels):
            label.setText(self.tr("Score {score}:").format(score=i + 2))
        self.recency_header.setText(self.tr("Last purchase at most (days ago)"))
        self.frequency_header.setText(self.tr("Purchases, at least"))
        self.spend_header.setText(self.tr("Total spend, at least"))
        self.automatic_spend.setText(self.tr("From the median spend (half, once, twice, four times)"))
        self.tiers_box.setTitle(self.tr("Value tiers"))
        self.regular_label.setText(self.tr(
            "A repeat customer is Regular when, on average, they buy at least once in this many days:"))
        self.risk_box.setTitle(self.tr("Premium customers at risk"))
        self.risk_factor_label.setText(self.tr(
            "A VIP or Premium customer is at risk when away longer than their usual gap between purchases "
            "times this factor:"))
        self.risk_days_label.setText(self.tr("and away for at least this many days:"))
        self.save_button.setText(self.tr("Save"))
        self.defaults_button.setText(self.tr("Restore the defaults"))
        translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
