"""Small dialogs of the shell: questions and messages with our own (translated) button texts, the
new-shop dialog, the list of backups to restore from, and the message strip (InfoBar).

Qt has no Vietnamese translation of its standard buttons, so message boxes here name their buttons
themselves through `tr()`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, Marked
from app.services import formatting


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None, *,
        default_yes: bool = True, icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        informative: str = "") -> bool:
    """A yes/no question whose buttons say what they do; True when the owner chose `yes`."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setEscapeButton(box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole))
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    inform(parent, title, text, warning=True)


def _translated_arg(value):
    if isinstance(value, Marked):
        if value.parts:
            return value.separator.join(_translated_arg(part) for part in value.parts)
        if value.context:
            return QCoreApplication.translate(value.context, value.source)
    return value


def error_text(exc: BaseException, **overrides) -> str:
    """The sentence of a UserError or shop-file error in the interface language: its marked template
    translated and filled in (see app.i18n.TranslatableError), else its English message. Every
    dialog shows such errors with it: `warn(self, title, error_text(exc))`. `overrides` replace some
    arguments with text the UI has already translated."""
    context, template = getattr(exc, "context", ""), getattr(exc, "template", "")
    if not (context and template):
        return str(exc)
    args = {key: _translated_arg(value) for key, value in getattr(exc, "template_args", {}).items()}
    args.update(overrides)
    try:
        return QCoreApplication.translate(context, template).format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost or garbled a placeholder
        return str(exc)


def safe_file_name(text: str, fallback: str = "export") -> str:
    """A readable file name made from free text (a customer's or segment's name)."""
    return formatting.file_name(text, fallback)


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: Sequence[tuple[str, str]]) -> Path | None:
    """A save-file dialog for exports. `filters`: (description, suffix) pairs; the chosen path gets
    the suffix of the chosen filter when it has none of them. The folder is remembered."""
    from app.ui.application import settings

    folder = str(settings().value("exports/folder", str(Path.home())))
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested), ";;".join(f"{d} (*{s})" for d, s in filters))
    if not chosen:
        return None
    path = Path(chosen)
    suffixes = [s for _d, s in filters]
    if path.suffix.lower() not in suffixes:
        wanted = next((s for d, s in filters if selected.startswith(d)), suffixes[0])
        path = path.with_name(path.name + wanted)
    settings().setValue("exports/folder", str(path.parent))
    return path


def translate_buttons(box: QDialogButtonBox) -> None:
    """Gives the standard buttons of a button box our own translated texts."""
    texts = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("Dialogs", "OK"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("Dialogs", "Cancel"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("Dialogs", "Close"),
    }
    for which, text in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


class NewShopDialog(QDialog):
    """Asks for the new shop's name, currency and number format."""

    LOCALES = ("vi_VN", "en_GB", "en_US", "de_DE", "fr_FR")

    def __init__(self, parent: QWidget | None = None, *, name: str = "", currency: str | None = None,
                 intro: str = "", title: str = ""):
        super().__init__(parent)
        self.title = title
        self.name_edit = QLineEdit(name)
        self.currency_combo = QComboBox()
        for code, cur in formatting.CURRENCIES.items():
            self.currency_combo.addItem(f"{code} ({cur.symbol})", code)
        self.locale_combo = QComboBox()
        for code in self.LOCALES:
            self.locale_combo.addItem("", code)
        self.currency_combo.currentIndexChanged.connect(self._currency_changed)
        if currency and self.currency_combo.findData(currency) >= 0:
            self.currency_combo.setCurrentIndex(self.currency_combo.findData(currency))
            self._currency_changed()
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.name_label, self.currency_label, self.locale_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.currency_label, self.currency_combo)
        self.form.addRow(self.locale_label, self.locale_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def _currency_changed(self) -> None:
        locale = formatting.DEFAULT_LOCALE_FOR_CURRENCY.get(self.currency(), "")
        if locale:
            self.locale_combo.setCurrentIndex(self.locale_combo.findData(locale))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title or self.tr("New shop file"))
        self.name_label.setText(self.tr("Shop name:"))
        self.currency_label.setText(self.tr("Currency:"))
        self.locale_label.setText(self.tr("Numbers and dates:"))
        for index in range(self.locale_combo.count()):
            code = self.locale_combo.itemData(index)
            sample = formatting.number(1234567.5, 1, code) + "  " + formatting.date(dt.date(2026, 12, 31), code)
            self.locale_combo.setItemText(index, sample)
        translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def currency(self) -> str:
        return self.currency_combo.currentData()

    def locale(self) -> str:
        return self.locale_combo.currentData()


class BackupsDialog(QDialog):
    """Lists a shop's backups (newest first) with their date and reason; the owner picks one."""

    REASONS = {
        "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Backed up by you"),
        "before-update": QT_TRANSLATE_NOOP("BackupsDialog", "Before an update of the file"),
        "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
        "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
        "before-demo-removal": QT_TRANSLATE_NOOP("BackupsDialog", "Before the demo was removed"),
    }

    def __init__(self, backups: list, locale: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = backups
        self.locale = locale
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._fill()
        self.retranslate_ui()

    def _fill(self) -> None:
        for backup in self.backups:
            item = QTreeWidgetItem(["", "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addTopLevelItem(item)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.restore_button.setEnabled(bool(self.backups))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        if self.backups:
            self.explanation.setText(self.tr(
                "Choose the backup to restore. The shop as it is now is backed up first, so you can come back to it."))
        else:
            self.explanation.setText(self.tr("This shop file has no backups yet."))
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size")])
        for index, backup in enumerate(self.backups):
            item = self.list.topLevelItem(index)
            item.setText(0, formatting.datetime(backup.created, self.locale))
            reason = self.REASONS.get(backup.reason)
            item.setText(1, QCoreApplication.translate("BackupsDialog", reason) if reason else backup.reason)
            try:
                size = backup.path.stat().st_size / 1_000_000
            except OSError:
                size = 0.0
            item.setText(2, self.tr("{size} MB").format(size=formatting.number(size, 1, self.locale)))
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.restore_button.setText(self.tr("Restore"))
        translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def selected_backup(self):
        item = self.list.currentItem()
        if item is None:
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.backups if str(b.path) == path), None)


class InfoBar(QFrame):
    """A coloured strip with a message and a few buttons: the welcome and read-only bars above the
    tabs, the small-shop notice of the Segments tab."""

    def __init__(self, parent: QWidget | None = None, *, closable: bool = False, warning: bool = False):
        super().__init__(parent)
        self.setObjectName("InfoBar")
        colour = "#fdecc8" if warning else "#e3f1ea"
        border = "#e0b050" if warning else "#8cc5a5"
        self.setStyleSheet(f"#InfoBar {{ background: {colour}; border: 1px solid {border}; border-radius: 4px; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addLayout(self.buttons)
        self.close_button = None
        if closable:
            self.close_button = QToolButton()
            self.close_button.setText("✕")
            self.close_button.setAutoRaise(True)
            self.close_button.clicked.connect(self.hide)
            layout.addWidget(self.close_button)

    def add_button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button
