"""Step 1 of the import assistant: the file. Opens it on a worker (`open_source`), shows what was
detected (format, encoding, delimiter, rows), lets the owner pick the sheet and the header row, and
shows the first rows of the sheet with the header row highlighted. A refused file shows the
backend's sentence and the assistant stays here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.ui import session, workers
from app.ui.import_assistant import texts
from app.ui.import_assistant.widgets import Notice, ProgressPanel, page_button, start_job

SHOWN_ROWS = 30  # rows of the sheet shown under the header-row picker
HEADER_ROW_DELAY_MS = 400  # lets the owner type "12" in the spin box before the file is re-read
_HEADER_COLOUR = QColor("#d8ebf7")


class FilePage(QWizardPage):
    def __init__(self, assistant):
        super().__init__()
        self.assistant = assistant
        self.path: Path | None = None
        self.job: workers.Job | None = None
        self.file_dialog: QFileDialog | None = None
        self._refused = False  # the file itself cannot be imported: stay on this page
        self._message: BaseException | str | None = None  # shown in the notice, re-translated on language change

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)
        self.choose_button = page_button(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)

        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self._cancel_reading)
        self.notice = Notice("error")

        self.format_value, self.encoding_value, self.delimiter_value, self.rows_value = (
            QLabel(), QLabel(), QLabel(), QLabel())
        for label in (self.format_value, self.encoding_value, self.delimiter_value, self.rows_value):
            label.setWordWrap(True)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_hint = QLabel()
        self.header_hint.setWordWrap(True)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_spin)
        header_row.addWidget(self.header_hint, 1)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_ROW_DELAY_MS)
        self._header_timer.timeout.connect(self._header_row_chosen)
        self.header_spin.valueChanged.connect(lambda _v: self._header_timer.start())
        self.header_spin.editingFinished.connect(self._header_row_chosen)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.format_label, self.encoding_label, self.delimiter_label, self.rows_label = (
            QLabel(), QLabel(), QLabel(), QLabel())
        self.sheet_label, self.header_label = QLabel(), QLabel()
        self.form.addRow(self.format_label, self.format_value)
        self.form.addRow(self.encoding_label, self.encoding_value)
        self.form.addRow(self.delimiter_label, self.delimiter_value)
        self.form.addRow(self.rows_label, self.rows_value)
        self.form.addRow(self.sheet_label, sheet_row)
        self.form.addRow(self.header_label, header_row)

        self.table_label = QLabel()
        self.table = QTableWidget()
        self.table.setObjectName("sheet_rows")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._use_table_row(row))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addLayout(self.form)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        # Takes the free space while there is no table (nothing read yet, or a refused file).
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler, 1)
        self.retranslate_ui()
        self._show_source()

    # ----- state -----
    @property
    def source(self):
        return self.assistant.source

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.source is not None and not self.busy() and not self._refused

    def refusal_text(self) -> str:
        return self.notice.text() if self._message is not None else ""

    def _set_message(self, message: BaseException | str | None) -> None:
        self._message = message
        if message is None:
            self.notice.show_text("")
        elif message == "stopped":
            self.notice.show_text(self.tr("Reading the file was stopped. Choose the file again to import it."),
                                  "warning")
        elif isinstance(message, str):
            self.notice.show_text(message, "error")
        else:
            self.notice.show_text(texts.refusal(message), "error")

    # ----- loading -----
    def choose_file(self) -> QFileDialog:
        """Opens the file chooser (without blocking: the chosen file is loaded when it is accepted)."""
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        folder = str(self.path.parent) if self.path else str(Path.home())
        dialog = QFileDialog(self, self.tr("Choose a sales or customer spreadsheet"), folder,
                             self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.htm *.html);;"
                                     "All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(self.load)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load(self, path: str | Path) -> None:
        """Opens `path` on a worker; the page shows it (or the refusal) when it is read."""
        from app.services import importing

        self.path = Path(path)
        self.assistant.set_source(None)
        self._show_source()
        self._run(lambda _progress, _cancelled: importing.open_source(self.path),
                  self.tr("Reading {file}…").format(file=self.path.name))

    def _sheet_chosen(self, index: int) -> None:
        from app.services import importing

        source = self.source
        sheet = self.sheet_combo.itemData(index)
        if source is None or sheet is None or sheet == source.sheet:
            return
        self._run(lambda _progress, _cancelled: importing.choose_sheet(source, sheet),
                  self.tr("Reading the sheet {sheet}…").format(sheet=sheet))

    def _header_row_chosen(self) -> None:
        from app.services import importing

        self._header_timer.stop()
        source = self.source
        row = self.header_spin.value() - 1
        if source is None or row == source.header_row or self.busy():
            return
        self._run(lambda _progress, _cancelled: importing.choose_header_row(source, row),
                  self.tr("Reading the headers on row {row}…").format(row=row + 1))

    def _use_table_row(self, table_row: int) -> None:
        item = self.table.verticalHeaderItem(table_row)
        if item is not None and item.text().isdigit():
            self.header_spin.setValue(int(item.text()))
            self._header_row_chosen()

    def _run(self, fn, title: str) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        self._refused = False
        self._set_message(None)
        self.job = start_job(fn, title=title, page=self, panel=self.progress, on_finished=self._finished,
                             with_connection=False)
        self.completeChanged.emit()

    def _cancel_reading(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress.show_cancelling()

    def cancel_work(self) -> bool:
        """Stops reading the file (Esc); True when something was running."""
        if self.busy():
            self._cancel_reading()
            return True
        return False

    def _finished(self, job: workers.Job) -> None:
        if job is not self.job:
            return  # an older read, replaced by a newer choice
        self.progress.hide()
        if job.is_cancelled():
            if self.source is None:
                self._set_message("stopped")
        elif job.error is not None:
            # A sheet or header row that cannot be used leaves the file as it was: only a file
            # that cannot be read at all keeps the owner on this page.
            self._refused = self.source is None
            self._set_message(job.error)
        else:
            self.assistant.set_source(job.result)
        self._show_source()
        self.completeChanged.emit()

    # ----- display -----
    def _show_source(self) -> None:
        source = self.source
        if self.path is None:
            self.file_label.setText(self.tr("Choose the spreadsheet with your sales, or a list of customers."))
        else:
            self.file_label.setText(self.tr("File: {file}").format(file=str(self.path)))
        have = source is not None
        for widget in (self.format_label, self.format_value, self.rows_label, self.rows_value,
                       self.header_label, self.header_spin, self.header_hint, self.table_label, self.table):
            widget.setVisible(have)
        self.filler.setVisible(not have)
        text_file = have and source.format == "csv"
        for widget in (self.encoding_label, self.encoding_value, self.delimiter_label, self.delimiter_value):
            widget.setVisible(text_file)
        workbook = have and len(source.sheets) > 0
        self.sheet_label.setVisible(workbook)
        self.sheet_combo.setVisible(workbook)
        if not have:
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        self.format_value.setText(texts.file_format(source.format))
        self.encoding_value.setText(texts.encoding(source.encoding))
        self.delimiter_value.setText(texts.delimiter(source.delimiter))
        fmt = session.fmt()
        if source.data_rows_estimate > len(source.sample_rows):  # big text files: estimated from the size
            self.rows_value.setText(self.tr("about {count} rows below the header").format(
                count=fmt.number(source.data_rows_estimate)))
        else:
            self.rows_value.setText(self.tr("{count} rows below the header").format(
                count=fmt.number(source.data_rows_estimate)))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in source.sheets:
            self.sheet_combo.addItem(sheet, sheet)
        if source.sheet is not None:
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(source.sheet)))
        self.sheet_combo.blockSignals(False)
        numbers = source.grid_row_numbers
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(numbers) if numbers else max(source.header_row + 1, 1))
        self.header_spin.setValue(source.header_row + 1)
        self.header_spin.blockSignals(False)
        self._fill_table(source)

    def _fill_table(self, source) -> None:
        from app.services.importing.sources import display

        rows = [[display(v) for v in row] for row in source.grid]
        numbers = list(source.grid_row_numbers)
        header_index = numbers.index(source.header_row + 1) if source.header_row + 1 in numbers else -1
        start = max(0, header_index - 5)  # a few title rows above the header, then the data
        rows, numbers = rows[start:start + SHOWN_ROWS], numbers[start:start + SHOWN_ROWS]
        header_index -= start
        width = max([len(source.headers)] + [len(r) for r in rows])
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(width)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (cells, number) in enumerate(zip(rows, numbers, strict=False)):
            self.table.setVerticalHeaderItem(r, QTableWidgetItem(str(number)))
            for c in range(width):
                item = QTableWidgetItem(cells[c] if c < len(cells) else "")
                if r == header_index:
                    item.setFont(bold)
                    item.setBackground(QBrush(_HEADER_COLOUR))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(width):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))

    # ----- texts -----
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The file"))
        self.setSubTitle(self.tr("Check that the file was read correctly and that the highlighted row holds "
                                 "the column titles."))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.format_label.setText(self.tr("Kind of file:"))
        self.encoding_label.setText(self.tr("Text encoding:"))
        self.delimiter_label.setText(self.tr("Columns separated by:"))
        self.rows_label.setText(self.tr("Rows:"))
        self.sheet_label.setText(self.tr("Sheet:"))
        self.header_label.setText(self.tr("Header row:"))
        self.header_hint.setText(self.tr("The row with the column titles, numbered as in your spreadsheet. "
                                         "You can also double-click a row below."))
        self.table_label.setText(self.tr("The first rows of the sheet:"))
        self.progress.retranslate_ui()
        self._set_message(self._message)
        self._show_source()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
