"""Step 4 of the import assistant: the import itself (`importing.run_import` on a worker, which opens
its own connection and writes everything in one transaction), with a progress bar and Cancel, then
the summary. After a successful import the runner announces what changed (`app.ui.operations`);
a cancelled or refused import changed nothing, and the page says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWizardPage,
)

from app.ui import session, workers
from app.ui.import_assistant import texts
from app.ui.import_assistant.widgets import (
    Notice,
    ProgressPanel,
    ask_rejected_rows_path,
    page_button,
    start_job,
)


class RunPage(QWizardPage):
    FIGURES = ("rows_read", "lines_added", "duplicates_skipped", "rows_rejected", "customers_added",
               "customers_updated", "cancelled_lines", "lines_removed", "elapsed_seconds")

    def __init__(self, assistant):
        super().__init__()
        self.assistant = assistant
        self.job: workers.Job | None = None
        self.summary = None
        self._state = "idle"  # running, done, cancelled, failed
        self._message: BaseException | str | None = None

        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_work)
        self.notice = Notice("info")
        self.back_button = page_button(self._back_to_preview)
        self.back_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.notice, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.figure_labels: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        for key in self.FIGURES:
            label, value = QLabel(), QLabel()
            value.setObjectName(f"summary_{key}")
            form.addRow(label, value)
            self.figure_labels[key], self.figure_values[key] = label, value
        self.summary_box = QGroupBox()
        self.summary_box.setLayout(form)
        self.summary_box.hide()

        self.rejected_notice = Notice("warning")
        self.save_button = page_button(self.save_rejected_rows)
        self.save_button.hide()
        rejected_row = QHBoxLayout()
        rejected_row.addWidget(self.rejected_notice, 1)
        rejected_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.summary_box)
        layout.addLayout(rejected_row)
        layout.addStretch(1)
        self.retranslate_ui()

    # ----- QWizardPage -----
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.start_import()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self.cancel_work()
        self._state = "idle"
        self.summary = None
        self._message = None
        self._show()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._state in ("done", "cancelled", "failed")

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    @property
    def state(self) -> str:
        return self._state

    # ----- the import -----
    def start_import(self) -> None:
        from app.services import importing

        source, mapping = self.assistant.source, self.assistant.mapping
        shop_path = session.current_shop().path
        options = importing.ImportOptions(skip_bad_rows=self.assistant.preview_page.skip_bad_rows())

        def work(progress, cancelled):
            return importing.run_import(shop_path, source, mapping, options, progress=progress, cancelled=cancelled)

        self._state = "running"
        self.summary = None
        self._message = None
        title = self.tr("Importing {file}…").format(file=source.file_name)
        self._show()
        self.job = start_job(work, title=title, page=self, panel=self.progress, on_finished=self._finished,
                             with_connection=False)
        self.completeChanged.emit()
        self.assistant.update_buttons()

    def cancel_work(self) -> bool:
        """Asks the running import to stop (it rolls back); True when one was running."""
        if self.busy():
            self.job.cancel()
            self.progress.show_cancelling()
            return True
        return False

    def _finished(self, job: workers.Job) -> None:
        if job is not self.job:
            return
        self.progress.hide()
        if job.is_cancelled():
            self._state = "cancelled"
        elif job.error is not None:
            self._state, self._message = "failed", job.error
        else:
            self._state, self.summary = "done", job.result
            window = self.assistant.parentWidget()
            if hasattr(window, "status"):
                window.status(self._done_sentence())
        self._show()
        self.completeChanged.emit()
        self.assistant.update_buttons()

    def _back_to_preview(self) -> None:
        self.assistant.back()

    # ----- rejected rows -----
    def save_rejected_rows(self, path: str | Path | None = None) -> bool:
        from app.services import importing
        from app.services.errors import UserError

        if self.summary is None or not self.summary.rejected:
            return False
        path = Path(path) if path is not None else ask_rejected_rows_path(self, self.assistant.source.path)
        if path is None:
            return False
        try:
            importing.write_rejected_rows(self.assistant.source, self.summary.rejected, Path(path))
        except (UserError, OSError) as exc:
            self.rejected_notice.show_text(texts.refusal(exc), "error")
            return False
        self.rejected_notice.show_text(self.tr("Saved {count} rejected rows to {file}.").format(
            count=session.fmt().number(len(self.summary.rejected)), file=str(path)), "info")
        return True

    # ----- display -----
    def _done_sentence(self) -> str:
        summary = self.summary
        fmt = session.fmt()
        return self.tr("Imported {file}: {lines} lines added, {duplicates} already in the shop.").format(
            file=summary.file_name, lines=fmt.number(summary.lines_added),
            duplicates=fmt.number(summary.duplicates_skipped))

    def _show(self) -> None:
        state = self._state
        titles = {
            "done": (self.tr("Import finished"), self.tr("Your sales are in the shop. Every tab shows them now.")),
            "cancelled": (self.tr("Import cancelled"), self.tr("The shop is exactly as it was before.")),
            "failed": (self.tr("Nothing was imported"), self.tr("The shop is exactly as it was before.")),
        }
        title, subtitle = titles.get(state, (self.tr("Importing"), self.tr(
            "Your sales are written to the shop in one go: all of them, or none if you cancel.")))
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.back_button.setVisible(state in ("cancelled", "failed"))
        self.summary_box.setVisible(state == "done")
        self.save_button.setVisible(state == "done" and bool(self.summary and self.summary.rejected))
        self.rejected_notice.show_text("")
        if state == "running" or state == "idle":
            self.notice.show_text("")
        elif state == "cancelled":
            self.notice.show_text(self.tr("The import was cancelled. Nothing was changed in the shop."), "warning")
        elif state == "failed":
            message = self._message if isinstance(self._message, str) else texts.refusal(self._message)
            self.notice.show_text(message, "error")
        else:
            self._show_summary()

    def _show_summary(self) -> None:
        summary = self.summary
        fmt = session.fmt()
        self.notice.show_text(self._done_sentence(), "info")
        values = {
            "rows_read": fmt.number(summary.rows_read),
            "lines_added": fmt.number(summary.lines_added),
            "duplicates_skipped": fmt.number(summary.duplicates_skipped),
            "rows_rejected": fmt.number(summary.rows_rejected),
            "customers_added": fmt.number(summary.customers_added),
            "customers_updated": fmt.number(summary.customers_updated),
            "cancelled_lines": fmt.number(summary.cancelled_lines),
            "lines_removed": fmt.number(summary.lines_removed),
            "elapsed_seconds": self.tr("{seconds} s").format(
                seconds=fmt.number(summary.elapsed_seconds, 1 if summary.elapsed_seconds >= 1 else 2)),
        }
        for key, value in values.items():
            self.figure_values[key].setText(value)
        # Lines removed only happen when an earlier import stored orders that are now cancelled.
        self.figure_labels["lines_removed"].setVisible(bool(summary.lines_removed))
        self.figure_values["lines_removed"].setVisible(bool(summary.lines_removed))
        if summary.rows_rejected:
            self.rejected_notice.show_text(self.tr(
                "{count} rows with problems were skipped. You can save them to a file, correct them and import "
                "that file.").format(count=fmt.number(summary.rows_rejected)), "warning")

    def retranslate_ui(self) -> None:
        labels = {
            "rows_read": self.tr("Rows read:"),
            "lines_added": self.tr("Lines added:"),
            "duplicates_skipped": self.tr("Already in the shop (skipped):"),
            "rows_rejected": self.tr("Rows with problems (skipped):"),
            "customers_added": self.tr("New customers:"),
            "customers_updated": self.tr("Customers completed with new details:"),
            "cancelled_lines": self.tr("Lines of cancelled orders (not imported):"),
            "lines_removed": self.tr("Lines removed (orders cancelled since an earlier import):"),
            "elapsed_seconds": self.tr("Time taken:"),
        }
        for key, text in labels.items():
            self.figure_labels[key].setText(text)
        self.summary_box.setTitle(self.tr("Summary"))
        self.back_button.setText(self.tr("Back to the preview"))
        self.save_button.setText(self.tr("Save the rejected rows…"))
        self.progress.retranslate_ui()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
