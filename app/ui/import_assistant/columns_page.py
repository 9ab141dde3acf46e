"""Step 2 of the import assistant: which column of the file feeds which field. Shows the recognised
preset, one combo box per field (the file's headers plus "not in this file") with a sample of the
chosen column, the date order override, the kind of file (sales or a customer list) and what must
still be chosen (`Mapping.missing()`). The mapping itself is the backend's `Mapping`; every change
makes a new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.ui import session
from app.ui.import_assistant import texts
from app.ui.import_assistant.widgets import Notice

SALES, CUSTOMERS = "sales", "customers"
DATE_ORDERS = (None, "dmy", "mdy", "ymd")
SAMPLE_COUNT = 3


def fields_for(kind: str) -> list:
    from app.services.importing import fields

    return [fields.BY_KEY[key] for key in fields.fields_for(kind)]


class ColumnsPage(QWizardPage):
    def __init__(self, assistant):
        super().__init__()
        self.assistant = assistant
        self._rows: dict[str, tuple[QLabel, QComboBox, QLabel]] = {}
        self._rows_kind: str | None = None
        self._rows_source = None
        self._by_kind: dict = {}  # kind -> the mapping last shown for it, for this file

        self.preset_notice = Notice("info")
        self.kind_label = QLabel()
        self.sales_radio = QRadioButton()
        self.customers_radio = QRadioButton()
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.sales_radio)
        self.kind_group.addButton(self.customers_radio)
        self.sales_radio.toggled.connect(self._kind_toggled)
        self.customers_radio.toggled.connect(self._kind_toggled)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.sales_radio)
        kind_row.addWidget(self.customers_radio)
        kind_row.addStretch(1)

        self.date_order_label = QLabel()
        self.date_order_combo = QComboBox()
        for order in DATE_ORDERS:
            self.date_order_combo.addItem("", order)
        self.date_order_combo.activated.connect(self._date_order_chosen)
        self.date_order_row = QHBoxLayout()
        self.date_order_row.addWidget(self.date_order_label)
        self.date_order_row.addWidget(self.date_order_combo)
        self.date_order_row.addStretch(1)

        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setColumnMinimumWidth(0, 220)  # field labels, longer in Vietnamese
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.grid.setHorizontalSpacing(12)
        self.field_heading, self.column_heading, self.sample_heading = QLabel(), QLabel(), QLabel()
        for column, heading in enumerate((self.field_heading, self.column_heading, self.sample_heading)):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.grid.addWidget(heading, 0, column)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(self.grid_widget)

        self.missing_notice = Notice("warning")

        layout = QVBoxLayout(self)
        layout.addWidget(self.preset_notice)
        layout.addLayout(kind_row)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.date_order_row)
        layout.addWidget(self.missing_notice)
        self.retranslate_ui()

    @property
    def mapping(self):
        return self.assistant.mapping

    # ----- QWizardPage -----
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.mapping is None:
            from app.services import importing

            self._by_kind = {}

            shop = session.current_shop()
            self.assistant.set_mapping(importing.guess_mapping(self.assistant.source,
                                                               shop.conn if shop is not None else None))
        self._show_mapping()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.mapping is not None and not self.mapping.missing()

    # ----- changes -----
    def _kind_toggled(self, _checked: bool) -> None:
        self._kind_chosen(CUSTOMERS if self.customers_radio.isChecked() else SALES)

    def _kind_chosen(self, kind: str) -> None:
        if self.mapping is None or self.mapping.kind == kind:
            return
        # Switching back and forth keeps what was chosen for each kind (with_kind drops the fields
        # the other kind does not have).
        self._by_kind[self.mapping.kind] = self.mapping
        self.assistant.set_mapping(self._by_kind.get(kind) or self.mapping.with_kind(kind))
        self._show_mapping()

    def _column_chosen(self, field_key: str, combo: QComboBox) -> None:
        if self.mapping is None:
            return
        self.assistant.set_mapping(self.mapping.with_column(field_key, combo.currentData()))
        self._show_mapping()

    def _date_order_chosen(self, index: int) -> None:
        if self.mapping is None:
            return
        self.assistant.set_mapping(self.mapping.with_date_order(self.date_order_combo.itemData(index)))
        self._show_mapping()

    def choose(self, field_key: str, header: str | None) -> None:
        """Maps `field_key` onto the column `header` (None: not in this file), as the combo box does."""
        combo = self._rows[field_key][1]
        combo.setCurrentIndex(combo.findData(header) if header is not None else 0)
        self._column_chosen(field_key, combo)

    def combo(self, field_key: str) -> QComboBox:
        return self._rows[field_key][1]

    # ----- display -----
    def _build_rows(self, kind: str) -> None:
        for label, combo, sample in self._rows.values():
            for widget in (label, combo, sample):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows.clear()
        headers = list(self.assistant.source.headers) if self.assistant.source is not None else []
        for row, field in enumerate(fields_for(kind), start=1):
            label = QLabel()
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"column_{field.key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem("", None)
            for header in headers:
                combo.addItem(header, header)
            combo.activated.connect(lambda _index, key=field.key, c=combo: self._column_chosen(key, c))
            sample = QLabel()
            sample.setTextFormat(Qt.TextFormat.PlainText)
            sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            sample.setStyleSheet("color: palette(placeholder-text);")
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(sample, row, 2)
            self._rows[field.key] = (label, combo, sample)
        self.grid.setRowStretch(len(self._rows) + 1, 1)
        self._rows_kind = kind
        self._rows_source = self.assistant.source
        self._label_rows()

    def _label_rows(self) -> None:
        for field in fields_for(self._rows_kind or SALES):
            if field.key in self._rows:
                label, combo, _sample = self._rows[field.key]
                label.setText(texts.field_label(field))
                combo.setItemText(0, self.tr("— not in this file —"))

    def _show_mapping(self) -> None:
        mapping = self.mapping
        if mapping is None:
            return
        if mapping.kind != self._rows_kind or self.assistant.source is not self._rows_source:
            self._build_rows(mapping.kind)
        for button, kind in ((self.sales_radio, SALES), (self.customers_radio, CUSTOMERS)):
            button.blockSignals(True)
            button.setChecked(mapping.kind == kind)
            button.blockSignals(False)
        samples = mapping.samples(self.assistant.source) if self.assistant.source is not None else {}
        for key, (_label, combo, sample) in self._rows.items():
            header = mapping.columns.get(key)
            combo.setCurrentIndex(max(0, combo.findData(header)) if header is not None else 0)
            values = [v for v in samples.get(key, []) if v][:SAMPLE_COUNT]
            sample.setText(", ".join(values))
            sample.setToolTip("\n".join(samples.get(key, [])))
        self.date_order_combo.setCurrentIndex(max(0, self.date_order_combo.findData(mapping.date_order)))
        self._show_preset()
        missing = mapping.missing()
        if missing:
            self.missing_notice.show_text("\n".join(texts.missing_sentence(m) for m in missing), "warning")
        else:
            self.missing_notice.show_text(self.tr("Everything needed is chosen. Check the samples, then go on."),
                                          "info")
        self.completeChanged.emit()

    def _show_preset(self) -> None:
        mapping = self.mapping
        preset = mapping.preset_info
        if mapping.saved:
            text = self.tr("These are the columns you confirmed for a file like this one last time.")
        elif preset is not None and preset.key != "generic":
            text = self.tr("Recognised: {preset}. The columns were chosen for you; check them below.").format(
                preset=texts.preset_label(preset))
        else:
            text = self.tr("The columns were matched by their titles. Check them below and choose any "
                           "that were missed.")
        self.preset_notice.show_text(text, "info")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The columns"))
        self.setSubTitle(self.tr("Tell Regulars which column holds what. Columns you leave out are not imported."))
        self.kind_label.setText(self.tr("This file is:"))
        self.sales_radio.setText(self.tr("a list of sales"))
        self.customers_radio.setText(self.tr("a list of customers"))
        self.field_heading.setText(self.tr("Information"))
        self.column_heading.setText(self.tr("Column in your file"))
        self.sample_heading.setText(self.tr("Sample values"))
        self.date_order_label.setText(self.tr("Dates are written:"))
        names = {None: self.tr("find out from the dates"), "dmy": self.tr("day/month/year (31/12/2024)"),
                 "mdy": self.tr("month/day/year (12/31/2024)"), "ymd": self.tr("year-month-day (2024-12-31)")}
        for index in range(self.date_order_combo.count()):
            self.date_order_combo.setItemText(index, names[self.date_order_combo.itemData(index)])
        self._label_rows()
        if self.mapping is not None:
            self._show_mapping()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
