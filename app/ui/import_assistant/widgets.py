"""Small pieces shared by the assistant's pages: a notice strip (error, warning, information), a
progress panel with its own Cancel button for work running on a worker, and the wrapper that lets
a refusal travel back from the worker with its template (so that it can be translated)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.import_assistant import texts

_NOTICE_STYLES = {
    "error": ("#fbe3e1", "#d9534f"),
    "warning": ("#fdecc8", "#e0b050"),
    "info": ("#e3f1ea", "#8cc5a5"),
}


class Notice(QLabel):
    """A word-wrapped message in a coloured frame; hidden while it has no text."""

    def __init__(self, kind: str = "error", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_kind(kind)
        self.hide()

    def set_kind(self, kind: str) -> None:
        background, border = _NOTICE_STYLES[kind]
        self.setStyleSheet(f"QLabel {{ background: {background}; border: 1px solid {border}; "
                           f"border-radius: 4px; padding: 8px; color: black; }}")

    def show_text(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.set_kind(kind)
        self.setText(text)
        self.setVisible(bool(text))


def page_button(slot: Callable[[], object]) -> QPushButton:
    """A button inside a page: never the default one, so that Enter keeps meaning Next."""
    button = QPushButton()
    button.setAutoDefault(False)
    button.setDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ProgressPanel(QWidget):
    """What a running job is doing, a progress bar and a Cancel button (which emits
    `cancel_requested`; the page cancels its job)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = page_button(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self._title = ""
        self.retranslate_ui()
        self.hide()

    def start(self, title: str, cancellable: bool = True) -> None:
        self._title = title
        self.label.setText(title)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int, message: str) -> None:
        if not self.cancel_button.isEnabled():
            return  # "Cancelling…" stays until the work stops
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        self.label.setText(texts.backend_text(message) or self._title)

    def _cancel(self) -> None:
        self.cancel_requested.emit()

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def when_finished(job, widget: QWidget, callback: Callable[[], None]) -> None:
    """Calls `callback` when `job` has finished, unless `widget` (whose state it updates) was deleted
    meanwhile (the window closed while the work ran)."""
    job.finished.connect(lambda: callback() if shiboken6.isValid(widget) else None)


def ask_rejected_rows_path(parent: QWidget, source_path: Path) -> Path | None:
    """Where to save the rejected rows of `source_path` (a CSV beside it by default); None: cancelled."""
    suggested = source_path.with_name(QCoreApplication.translate(
        "ImportAssistant", "{name} - rejected rows.csv").format(name=source_path.stem))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ImportAssistant", "Save the rejected rows"), str(suggested),
        QCoreApplication.translate("ImportAssistant", "CSV file (*.csv)"))
    return Path(chosen) if chosen else None


def start_job(fn: Callable[..., Any], *, title: str, page: QWidget, panel: ProgressPanel,
              on_finished: Callable[[Any], None], with_connection: bool = True):
    """Runs `fn` on a worker (`operations.start`: what it changed is announced) with its progress
    shown in the page's own panel instead of a separate progress dialog; `on_finished(job)` runs on
    the GUI thread once it has succeeded, failed (`job.error`, shown by the page) or been cancelled."""
    from app.ui import operations

    panel.start(title)
    job = operations.start(fn, title=title, parent=page, with_connection=with_connection,
                           show_progress=False, on_failure=lambda _exc: None)
    job.progressed.connect(panel.update_progress)
    when_finished(job, page, lambda: on_finished(job))
    return job
