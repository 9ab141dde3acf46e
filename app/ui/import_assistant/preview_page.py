"""Step 3 of the import assistant: the whole file read with the chosen mapping, nothing written
(`importing.preview` on a worker, with progress and Cancel). Shows how dates and numbers were read,
the counts (rows to add, duplicates, cancelled orders, problems), the parsed rows, and when some
rows have problems the first few of them with the choice to import only the good rows and to save
the rejected ones to a CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from app.ui import session, workers
from app.ui.import_assistant import texts
from app.ui.import_assistant.columns_page import fields_for
from app.ui.import_assistant.preview_model import PreviewModel
from app.ui.import_assistant.widgets import (
    Notice,
    ProgressPanel,
    ask_rejected_rows_path,
    page_button,
    start_job,
)

PROBLEMS_SHOWN = 5


class PreviewPage(QWizardPage):
    FIGURES = ("date_order", "number_format", "rows_read", "lines_to_add", "duplicates", "cancelled_lines",
               "rows_rejected", "customers_new", "customers_matched")

    def __init__(self, assistant):
        super().__init__()
        self.assistant = assistant
        self.result = None
        self.job: workers.Job | None = None
        self.save_job: workers.Job | None = None
        self._message: BaseException | str | None = None
        self.setCommitPage(True)

        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_work)
        self.notice = Notice("error")
        self.retry_button = page_button(self.start_preview)
        self.retry_button.hide()

        self.figure_labels: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        figures = QGridLayout()
        figures.setHorizontalSpacing(12)
        for index, key in enumerate(self.FIGURES):
            label, value = QLabel(), QLabel()
            value.setObjectName(f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, pair = index % 5, index // 5
            figures.addWidget(label, row, pair * 2)
            figures.addWidget(value, row, pair * 2 + 1)
            self.figure_labels[key], self.figure_values[key] = label, value
        figures.setColumnStretch(1, 1)
        figures.setColumnStretch(3, 1)
        self.figures_box = QGroupBox()
        self.figures_box.setLayout(figures)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview_rows")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.rows_label = QLabel()

        self.problems_box = QGroupBox()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skip_check = QCheckBox()
        self.skip_check.toggled.connect(lambda _checked: self._update_state())
        self.save_button = page_button(self.save_rejected_rows)
        self.saved_notice = Notice("info")
        choice = QHBoxLayout()
        choice.addWidget(self.skip_check, 1)
        choice.addWidget(self.save_button)
        problems = QVBoxLayout(self.problems_box)
        problems.addWidget(self.problems_label)
        problems.addLayout(choice)
        problems.addWidget(self.saved_notice)
        self.problems_box.hide()

        top = QHBoxLayout()
        top.addWidget(self.notice, 1)
        top.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.figures_box)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_box)
        self.retranslate_ui()
        self._show_result()

    # ----- QWizardPage -----
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.skip_check.setChecked(False)
        self.saved_notice.show_text("")
        self.start_preview()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.cancel_work()
        self.result = None
        self._show_result()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.result is None or self.busy():
            return False
        return self.result.refusal is None or self.skip_check.isChecked()

    def busy(self) -> bool:
        return any(job is not None and job.running for job in (self.job, self.save_job))

    def skip_bad_rows(self) -> bool:
        return self.result is not None and self.result.rows_rejected > 0 and self.skip_check.isChecked()

    # ----- the preview -----
    def start_preview(self) -> None:
        from app.services import importing

        source, mapping = self.assistant.source, self.assistant.mapping
        if self.job is not None and self.job.running:
            self.job.cancel()
        self.result = None
        self._message = None
        self.retry_button.hide()
        self._show_result()

        def work(conn, progress, cancelled):
            return importing.preview(source, mapping, conn, importing.ImportOptions(),
                                     progress=progress, cancelled=cancelled)

        title = self.tr("Reading every row of {file}…").format(file=source.file_name)
        self.job = start_job(work, title=title, page=self, panel=self.progress, on_finished=self._finished)
        self.completeChanged.emit()

    def cancel_work(self) -> bool:
        """Stops the preview (or the saving of rejected rows); True when something was running."""
        running = False
        for job in (self.job, self.save_job):
            if job is not None and job.running:
                job.cancel()
                running = True
        if running:
            self.progress.show_cancelling()
        return running

    def _finished(self, job: workers.Job) -> None:
        if job is not self.job:
            return
        self.progress.hide()
        if job.is_cancelled():
            self._message = "cancelled"
            self.retry_button.show()
        elif job.error is not None:
            self._message = job.error
            self.retry_button.show()
        else:
            self.result = job.result
        self._show_result()
        self.completeChanged.emit()

    # ----- rejected rows -----
    def save_rejected_rows(self, path: str | Path | None = None) -> workers.Job | None:
        """Writes every row that has a problem to a CSV file (a dry run finds them all: the preview
        keeps only the first few)."""
        from app.services import importing

        path = Path(path) if path is not None else ask_rejected_rows_path(self, self.assistant.source.path)
        if path is None:
            return None
        source, mapping, shop_path = self.assistant.source, self.assistant.mapping, session.current_shop().path

        def work(progress, cancelled):
            summary = importing.run_import(shop_path, source, mapping,
                                           importing.ImportOptions(skip_bad_rows=True, dry_run=True,
                                                                   remember_mapping=False),
                                           progress=progress, cancelled=cancelled)
            importing.write_rejected_rows(source, summary.rejected, path)
            return len(summary.rejected)

        title = self.tr("Saving the rejected rows…")
        self.save_job = start_job(work, title=title, page=self, panel=self.progress,
                                  on_finished=lambda job: self._saved(job, path), with_connection=False)
        self.completeChanged.emit()
        return self.save_job

    def _saved(self, job: workers.Job, path: Path) -> None:
        self.progress.hide()
        if job.is_cancelled():
            self.saved_notice.show_text(self.tr("The rejected rows were not saved."), "warning")
        elif job.error is not None:
            self.saved_notice.show_text(texts.refusal(job.error), "error")
        else:
            self.saved_notice.show_text(self.tr("Saved {count} rejected rows to {file}.").format(
                count=session.fmt().number(job.result), file=str(path)), "info")
        self.completeChanged.emit()

    # ----- display -----
    def _show_result(self) -> None:
        result = self.result
        if self._message is None:
            self.notice.show_text("")
        elif self._message == "cancelled":
            self.notice.show_text(self.tr("Reading the file was stopped. Nothing was imported."), "warning")
        elif isinstance(self._message, str):
            self.notice.show_text(self._message, "error")
        else:
            self.notice.show_text(texts.refusal(self._message), "error")
        for widget in (self.figures_box, self.rows_label, self.table):
            widget.setVisible(result is not None)
        self.problems_box.setVisible(result is not None and result.rows_rejected > 0)
        if result is None:
            self.model.set_preview([], [])
            return
        fmt = session.fmt()
        values = {
            "date_order": texts.date_order(result.date_order),
            "number_format": result.number_format or "",
            "rows_read": fmt.number(result.rows_read),
            "lines_to_add": fmt.number(result.lines_to_add),
            "duplicates": fmt.number(result.duplicates),
            "cancelled_lines": fmt.number(result.cancelled_lines),
            "rows_rejected": fmt.number(result.rows_rejected),
            "customers_new": fmt.number(result.customers_new),
            "customers_matched": fmt.number(result.customers_matched),
        }
        for key, value in values.items():
            self.figure_values[key].setText(value)
        mapped = [f for f in fields_for(self.assistant.mapping.kind) if f.key in self.assistant.mapping.columns]
        self.model.set_preview(result.rows, mapped, result.problems)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self.rows_label.setText(self.tr("The first {count} rows as they will be imported:").format(
            count=fmt.number(len(result.rows))))
        if result.rows_rejected > 0:
            lines = [texts.problem_line(p) for p in result.problems[:PROBLEMS_SHOWN]]
            more = result.rows_rejected - len(lines)
            if more > 0:
                lines.append(self.tr("… and {count} more rows with problems.").format(count=fmt.number(more)))
            # Our own sentence rather than `result.refusal`, which arrives already formatted in English.
            if result.refusal is not None:
                intro = self.tr("The file cannot be imported as it is: {count} rows have problems. The first ones:")
            else:
                intro = self.tr("{count} rows have problems and will be skipped. The first ones:")
            intro = intro.format(count=fmt.number(result.rows_rejected))
            self.problems_label.setText("\n".join([intro, *lines]))
        elif result.lines_to_add == 0 and self.assistant.mapping.kind == "sales":
            self.notice.show_text(self.tr("Every sale in this file is already in the shop: importing it adds "
                                          "nothing."), "info")
        self._update_state()

    def _update_state(self) -> None:
        self.completeChanged.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("This is how Regulars reads your file. Nothing has been imported yet."))
        labels = {
            "date_order": self.tr("Dates read as:"),
            "number_format": self.tr("Numbers read like:"),
            "rows_read": self.tr("Rows read:"),
            "lines_to_add": self.tr("Lines to add:"),
            "duplicates": self.tr("Already in the shop (skipped):"),
            "cancelled_lines": self.tr("Lines of cancelled orders (not purchases):"),
            "rows_rejected": self.tr("Rows with problems:"),
            "customers_new": self.tr("New customers:"),
            "customers_matched": self.tr("Customers already in the shop:"),
        }
        for key, text in labels.items():
            self.figure_labels[key].setText(text)
        self.figures_box.setTitle(self.tr("What will be imported"))
        self.problems_box.setTitle(self.tr("Rows with problems"))
        self.skip_check.setText(self.tr("Import the good rows and skip the bad ones"))
        self.save_button.setText(self.tr("Save the rejected rows…"))
        self.retry_button.setText(self.tr("Read the file again"))
        self.progress.retranslate_ui()
        self.model.retranslate()
        if self.result is not None or self._message is not None:
            self._show_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
