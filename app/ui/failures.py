"""How a failed piece of work is shown: a mistake the owner can fix (`UserError`, a shop-file error)
as its one sentence in the interface language; anything else logged with its traceback and shown as
a short apology with "Copy details" and where the log is. Used by `app.ui.operations` and
`app.ui.workers`; for an exception you caught yourself call `log(exc, title)` then
`report(parent, title, exc)`."""

from __future__ import annotations

import platform
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.models.db import ShopFileError
from app.services import logs
from app.services.errors import UserError
from app.ui.dialogs import error_text, translate_buttons, warn


def is_owner_mistake(exc: BaseException) -> bool:
    return isinstance(exc, (UserError, ShopFileError))


def describe(exc: BaseException) -> str:
    """One sentence for the owner: the mistake's own sentence, else the short apology."""
    if is_owner_mistake(exc):
        return error_text(exc)
    return QCoreApplication.translate("Failure", "Sorry, something unexpected went wrong. Please copy the "
                                                 "details and send them to whoever helps you with Regulars.")


def details(exc: BaseException) -> str:
    """The text "Copy details" copies: versions and the traceback (no shop data)."""
    from PySide6 import __version__ as pyside_version

    from app import __version__

    lines = [f"Regulars {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
             f"{platform.platform()}", ""]
    lines += traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class FailureDialog(QDialog):
    """The apology for an unexpected error: what happened in one sentence, where the log is, and a
    button that copies the details for support."""

    def __init__(self, title: str, exc: BaseException, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.details = details(exc)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(describe(exc))
        self.message.setWordWrap(True)
        log_file = logs.log_file()
        self.log_label = QLabel(
            QCoreApplication.translate("Failure", "Log file: {path}").format(path=log_file) if log_file
            else QCoreApplication.translate("Failure", "No log file is kept on this computer."))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(QCoreApplication.translate("Failure", "Copy details"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        translate_buttons(self.buttons)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.log_label)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("Failure", "Copied"))


def log(exc: BaseException, title: str = "") -> None:
    """Logs an unexpected `exc` with its traceback (owner mistakes are not logged as errors)."""
    if not is_owner_mistake(exc):
        logs.log_unexpected(exc, title or "unexpected error")


def report(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Shows `exc` to the owner: a warning with its sentence for a mistake they can fix, else the
    apology dialog. The runner has logged it already; log one you caught yourself with `log`."""
    if is_owner_mistake(exc):
        warn(parent, title, error_text(exc))
        return
    FailureDialog(title, exc, parent).exec()
