"""The import assistant: a QWizard that takes one file at a time through four steps (file, columns,
preview, import) and keeps a queue of the other files that were dropped together. It holds the
current `Source` and `Mapping`; the pages do the work on workers. It remembers nothing itself: the
backend stores the confirmed mapping for each file shape when the import succeeds.

Esc (and the Cancel button) stops whatever is running on the page before it closes anything:
reading the file, the preview or the import (which rolls back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from app.ui.import_assistant.columns_page import ColumnsPage
from app.ui.import_assistant.file_page import FilePage
from app.ui.import_assistant.preview_page import PreviewPage
from app.ui.import_assistant.run_page import RunPage


class ImportAssistant(QWizard):
    FILE, COLUMNS, PREVIEW, RUN = range(4)
    # With no file given (menu, welcome banner), the file chooser opens straight away.
    ASK_FOR_FILE_ON_OPEN = True

    def __init__(self, parent: QWidget | None, paths: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("import_assistant")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, False)
        self.source = None
        self.mapping = None
        self._queue: list[str] = []
        self._file_number = 0
        self._file_count = 0

        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.COLUMNS, self.columns_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.RUN, self.run_page)
        self.setStartId(self.FILE)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(lambda _id: self.update_buttons())
        self.setMinimumSize(820, 600)
        self.resize(1040, 740)
        self.retranslate_ui()

        paths = [str(p) for p in paths or []]
        if paths:
            self.add_files(paths)
        elif self.ASK_FOR_FILE_ON_OPEN:
            QTimer.singleShot(0, self._ask_for_first_file)

    # ----- state shared by the pages -----
    def set_source(self, source) -> None:
        """A newly read file (or another sheet or header row): the mapping is guessed again."""
        self.source = source
        self.mapping = None

    def set_mapping(self, mapping) -> None:
        self.mapping = mapping

    def current_path(self) -> Path | None:
        return self.file_page.path

    def queued_files(self) -> list[str]:
        return list(self._queue)

    # ----- the queue of files -----
    def add_files(self, paths: list[str]) -> None:
        """Queues files (dropped while the assistant is open, or several at once)."""
        fresh = [p for p in paths if p not in self._queue]
        self._queue.extend(fresh)
        self._file_count += len(fresh)
        if self.current_path() is None and self._queue and self.currentId() in (-1, self.FILE) \
                and not self.file_page.busy():
            self._next_file()
        self.update_buttons()

    def _next_file(self) -> None:
        path = self._queue.pop(0)
        self._file_number += 1
        self.set_source(None)
        if self.currentId() != -1:
            self.restart()
        self.file_page.load(path)
        self.update_buttons()

    def _ask_for_first_file(self) -> None:
        if self.isVisible() and self.current_path() is None and not self._queue:
            self._file_number = max(self._file_number, 1)
            self._file_count = max(self._file_count, 1)
            self.file_page.choose_file()
            self.update_buttons()

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.skip_file()

    def skip_file(self) -> bool:
        """Leaves the current file and goes on with the next one in the queue."""
        if not self._queue or self._busy_page() is not None:
            return False
        self._next_file()
        return True

    # ----- closing -----
    def _busy_page(self):
        for page in (self.file_page, self.preview_page, self.run_page):
            if page.busy():
                return page
        return None

    def reject(self) -> None:
        """Esc or Cancel: stop the work in progress first; close only when nothing runs."""
        page = self._busy_page()
        if page is not None:
            page.cancel_work()
            return
        super().reject()

    def accept(self) -> None:
        """Finish: on to the next queued file, or close."""
        if self._queue:
            self._next_file()
            return
        super().accept()

    # ----- buttons and texts -----
    def update_buttons(self) -> None:
        on_run_page = self.currentId() == self.RUN
        running = on_run_page and self.run_page.busy()
        # After the import, "Next file" (Finish) does what Skip would.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, bool(self._queue) and not on_run_page)
        # Once the import is over there is nothing left to cancel: the only way on is Close/Next file.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, on_run_page and not running)
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           self.tr("Next file") if self._queue else self.tr("Close"))
        if self._file_count > 1:
            self.setWindowTitle(self.tr("Import sales – file {number} of {count}").format(
                number=self._file_number, count=self._file_count))
        else:
            self.setWindowTitle(self.tr("Import sales"))

    def retranslate_ui(self) -> None:
        # Qt has no Vietnamese for its own wizard buttons: every button gets our text.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("Help"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip this file"))
        self.update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
