"""The panel beside the checklist: one item's text, its recurrence, the status the shop's data suggests
with its reason and an Accept button, a button to the tab where the work happens, its status (saved at
once), owner, dates and notes (saved with Save), for the owner's own items the title, recurrence and
Delete, and its history of changes. Every write is an undoable command (`commands`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services import formatting
from app.services.checklist import items
from app.services.checklist.definitions import SECTIONS, STATUS_NAMES, STATUSES
from app.services.checklist.suggestions import Suggestion
from app.ui import session
from app.ui.checklist import commands

FIELD_NAMES = {  # the history's field names
    "status": QT_TRANSLATE_NOOP("ChecklistTab", "Status"), "notes": QT_TRANSLATE_NOOP("ChecklistTab", "Notes"),
    "owner": QT_TRANSLATE_NOOP("ChecklistTab", "Who"), "due_on": QT_TRANSLATE_NOOP("ChecklistTab", "Due date"),
    "done_on": QT_TRANSLATE_NOOP("ChecklistTab", "Date done"),
    "repeat_months": QT_TRANSLATE_NOOP("ChecklistTab", "Comes back every (months)"),
    "title": QT_TRANSLATE_NOOP("ChecklistTab", "Text"),
}

translate = QCoreApplication.translate


def status_name(status: str | None) -> str:
    return translate("Checklist", STATUS_NAMES.get(status or "not_started", "Not started"))


def item_text(item: items.ChecklistItem) -> str:
    """The item's text in the interface language (own items: as the owner wrote it)."""
    return translate("Checklist", item.text) if item.built_in else item.text


def recurrence_text(item: items.ChecklistItem) -> str:
    """'Comes back every 6 months', with when the next round is (or was) due; '' for a one-off item."""
    months = item.repeat_months
    if not months:
        return ""
    every = (translate("ChecklistTab", "Comes back every month.") if months == 1
             else translate("ChecklistTab", "Comes back every %n months.", "", months))
    locale = session.fmt().locale
    if item.due_again and item.due_on is not None:
        again = translate("ChecklistTab", "Due again: done on {done}, the next round was due on {due}.")
        return f"{every} " + again.format(done=formatting.date(item.done_on, locale),
                                          due=formatting.date(item.due_on, locale))
    if item.status == "done" and item.due_on is not None:
        next_round = translate("ChecklistTab", "Next round due on {due}.")
        return f"{every} " + next_round.format(due=formatting.date(item.due_on, locale))
    return every


def _date_of(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
    return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]


def _set_date(check: QCheckBox, edit: QDateEdit, day: dt.date | None) -> None:
    check.setChecked(day is not None)
    edit.setDate(QDate(day.year, day.month, day.day) if day is not None else QDate.currentDate())
    edit.setEnabled(day is not None)


class ItemPanel(QScrollArea):
    """Shows and edits one item (`show_item`); `open_tab(key)` asks for the tab where the work happens."""

    open_tab = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.item: items.ChecklistItem | None = None
        self.suggestion: Suggestion | None = None
        self.tab_titles: dict[str, str] = {}  # tab key -> its title, for the tabs this window has
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.empty_label)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        self.section_label = QLabel()
        self.section_label.setStyleSheet("color: palette(dark);")
        self.section_label.setWordWrap(True)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recurrence_label = QLabel()
        self.recurrence_label.setWordWrap(True)
        content.addWidget(self.section_label)
        content.addWidget(self.text_label)
        content.addWidget(self.recurrence_label)
        # The suggestion from the shop's data.
        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("checklistSuggestion")
        self.suggestion_box.setStyleSheet("#checklistSuggestion { background: #e3f2fd; border: 1px solid #90caf9; "
                                          "border-radius: 4px; } #checklistSuggestion QLabel { color: #0d2a4a; }")
        suggestion = QVBoxLayout(self.suggestion_box)
        self.suggestion_title = QLabel()
        self.suggestion_title.setStyleSheet("font-weight: bold;")
        self.suggestion_title.setWordWrap(True)
        self.suggestion_reason = QLabel()
        self.suggestion_reason.setWordWrap(True)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_suggestion)
        suggestion.addWidget(self.suggestion_title)
        suggestion.addWidget(self.suggestion_reason)
        suggestion.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        content.addWidget(self.suggestion_box)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open)
        content.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The item's fields.
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = QComboBox()
        self.status.activated.connect(self._status_chosen)
        self.title_edit = QLineEdit()
        self.repeat_edit = QSpinBox()
        self.repeat_edit.setRange(0, 120)
        self.owner_edit = QLineEdit()
        self.due_check, self.due_edit = QCheckBox(), QDateEdit()
        self.done_check, self.done_edit = QCheckBox(), QDateEdit()
        for check, edit in ((self.due_check, self.due_edit), (self.done_check, self.done_edit)):
            edit.setCalendarPopup(True)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._edited)
            edit.dateChanged.connect(self._edited)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMinimumHeight(70)
        self.notes_edit.setMaximumHeight(110)
        self.title_edit.textChanged.connect(self._edited)
        self.owner_edit.textChanged.connect(self._edited)
        self.repeat_edit.valueChanged.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        self.labels = {name: QLabel() for name in ("status", "title", "repeat", "owner", "due", "done", "notes")}
        self.form.addRow(self.labels["status"], self.status)
        self.form.addRow(self.labels["title"], self.title_edit)
        self.form.addRow(self.labels["repeat"], self.repeat_edit)
        self.form.addRow(self.labels["owner"], self.owner_edit)
        self.form.addRow(self.labels["due"], self._with_check(self.due_check, self.due_edit))
        self.form.addRow(self.labels["done"], self._with_check(self.done_check, self.done_edit))
        self.form.addRow(self.labels["notes"], self.notes_edit)
        content.addLayout(self.form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        content.addLayout(buttons)
        self.history_label = QLabel()
        self.history_label.setStyleSheet("font-weight: bold;")
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(2)
        self.history.setMinimumHeight(110)
        self.history.setWordWrap(True)
        content.addWidget(self.history_label)
        content.addWidget(self.history, 1)
        layout.addWidget(self.content, 1)
        self.setWidget(body)
        self._loading = False
        self.retranslate_ui()
        self.show_item(None)

    @staticmethod
    def _with_check(check: QCheckBox, edit: QDateEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(check)
        row.addWidget(edit, 1)
        return box

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.empty_label.setText(translate("ChecklistTab", "Choose an item on the left to see its details, the "
                                                           "evidence from your data and its history."))
        self.accept_button.setText(translate("ChecklistTab", "Accept this status"))
        self.labels["status"].setText(translate("ChecklistTab", "Status"))
        self.labels["title"].setText(translate("ChecklistTab", "Text"))
        self.labels["repeat"].setText(translate("ChecklistTab", "Comes back every"))
        self.repeat_edit.setSuffix(translate("ChecklistTab", " months"))
        self.repeat_edit.setSpecialValueText(translate("ChecklistTab", "never (one-off)"))
        self.labels["owner"].setText(translate("ChecklistTab", "Who"))
        self.labels["due"].setText(translate("ChecklistTab", "Due date"))
        self.labels["done"].setText(translate("ChecklistTab", "Date done"))
        self.labels["notes"].setText(translate("ChecklistTab", "Notes"))
        self.due_check.setToolTip(translate("ChecklistTab", "Set a due date"))
        self.done_check.setToolTip(translate("ChecklistTab", "Set the date it was done"))
        self.owner_edit.setPlaceholderText(translate("ChecklistTab", "Who takes care of it"))
        date_format = session.qt_date_format()
        self.due_edit.setDisplayFormat(date_format)
        self.done_edit.setDisplayFormat(date_format)
        self.save_button.setText(translate("ChecklistTab", "Save"))
        self.delete_button.setText(translate("ChecklistTab", "Delete this item"))
        self.history_label.setText(translate("ChecklistTab", "History of changes"))
        self.history.setHeaderLabels([translate("ChecklistTab", "Date"), translate("ChecklistTab", "Change")])
        self.status.blockSignals(True)
        self.status.clear()
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        self.status.blockSignals(False)
        self.show_item(self.item, self.suggestion)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ showing
    def show_item(self, item: items.ChecklistItem | None, suggestion: Suggestion | None = None) -> None:
        """Shows `item`; shown again (after a change anywhere), it keeps what the owner typed and did not save."""
        same = item is not None and self.item is not None and item.key == self.item.key
        unsaved = self.pending_values() if same else {}
        self.item, self.suggestion = item, suggestion
        self.empty_label.setVisible(item is None)
        self.content.setVisible(item is not None)
        if item is None:
            return
        self._loading = True
        try:
            section = next(s for s in SECTIONS if s.key == item.section)
            self.section_label.setText(translate("Checklist", section.title))
            self.text_label.setText(item_text(item))
            recurrence = recurrence_text(item)
            self.recurrence_label.setText(recurrence)
            self.recurrence_label.setVisible(bool(recurrence))
            self.recurrence_label.setStyleSheet("color: #b71c1c; font-weight: bold;" if item.due_again else "")
            self._show_suggestion(item, suggestion)
            title = self.tab_titles.get(item.tab)
            self.open_button.setVisible(title is not None)
            if title is not None:
                if item.tab == "import":
                    self.open_button.setText(translate("ChecklistTab", "Import the latest sales…"))
                else:
                    self.open_button.setText(translate("ChecklistTab", "Open the {tab} tab").format(tab=title))
            self.status.setCurrentIndex(STATUSES.index(item.status))
            for name, widget in (("title", self.title_edit), ("repeat", self.repeat_edit)):
                widget.setVisible(not item.built_in)
                self.labels[name].setVisible(not item.built_in)
            self.title_edit.setText(item.text if not item.built_in else "")
            self.repeat_edit.setValue(item.repeat_months or 0)
            self.owner_edit.setText(item.owner)
            _set_date(self.due_check, self.due_edit, item.due_on)
            _set_date(self.done_check, self.done_edit, item.done_on)
            self.notes_edit.setPlainText(item.notes)
            self.delete_button.setVisible(not item.built_in)
            writable = session.is_writable()
            editors: tuple[QWidget, ...] = (self.status, self.title_edit, self.repeat_edit, self.owner_edit,
                                            self.due_check, self.done_check, self.notes_edit, self.delete_button)
            for editor in editors:
                editor.setEnabled(writable)
            self.due_edit.setEnabled(writable and item.due_on is not None)
            self.done_edit.setEnabled(writable and item.done_on is not None)
            self._show_history(item)
            self._put_back(unsaved)
        finally:
            self._loading = False
        self._edited()

    def _put_back(self, values: dict) -> None:
        """Puts unsaved values (`pending_values`) back into the form."""
        editors = {"title": self.title_edit.setText, "owner": self.owner_edit.setText,
                   "notes": self.notes_edit.setPlainText, "repeat_months": lambda v: self.repeat_edit.setValue(v or 0),
                   "due_on": lambda v: _set_date(self.due_check, self.due_edit, v),
                   "done_on": lambda v: _set_date(self.done_check, self.done_edit, v)}
        for name, value in values.items():
            editors[name](value)

    def _show_suggestion(self, item: items.ChecklistItem, suggestion: Suggestion | None) -> None:
        self.suggestion_box.setVisible(suggestion is not None)
        if suggestion is None:
            return
        self.suggestion_title.setText(translate("ChecklistTab", "Your data suggests: {status}").format(
            status=status_name(suggestion.status)))
        self.suggestion_reason.setText(suggestion.text(QCoreApplication.translate))
        self.accept_button.setVisible(suggestion.status != item.status and session.is_writable())

    def _show_history(self, item: items.ChecklistItem) -> None:
        shop = session.current_shop()
        self.history.clear()
        if shop is None:
            return
        locale = session.fmt().locale
        for entry in reversed(items.item_history(shop.conn, item.key)):  # newest first
            row = QTreeWidgetItem([formatting.date(entry.changed_on, locale), self._change_text(entry)])
            row.setToolTip(1, row.text(1))
            self.history.addTopLevelItem(row)
        if not self.history.topLevelItemCount():
            self.history.addTopLevelItem(QTreeWidgetItem(["", translate("ChecklistTab", "No changes yet.")]))
        self.history.resizeColumnToContents(0)

    @staticmethod
    def _change_text(entry: items.HistoryEntry) -> str:
        locale = session.fmt().locale

        def value(text: str | None) -> str:
            if text is None or text == "":
                return "–"
            if entry.field == "status":
                return status_name(text)
            if entry.field in ("due_on", "done_on"):
                return formatting.date(dt.date.fromisoformat(text), locale)
            return text

        field = translate("ChecklistTab", FIELD_NAMES.get(entry.field, entry.field))
        return translate("ChecklistTab", "{field}: {old} → {new}").format(field=field, old=value(entry.old),
                                                                          new=value(entry.new))

    # ------------------------------------------------------------------ writing
    def pending_values(self) -> dict:
        """The fields changed in the form (not yet saved), as `items.update_item` takes them."""
        item = self.item
        if item is None:
            return {}
        values: dict = {"owner": self.owner_edit.text().strip(), "notes": self.notes_edit.toPlainText().strip(),
                        "due_on": _date_of(self.due_check, self.due_edit),
                        "done_on": _date_of(self.done_check, self.done_edit)}
        if not item.built_in:
            values["title"] = self.title_edit.text().strip()
            values["repeat_months"] = self.repeat_edit.value() or None
        current = {"owner": item.owner, "notes": item.notes, "due_on": item.due_on, "done_on": item.done_on,
                   "title": item.text, "repeat_months": item.repeat_months}
        return {name: new for name, new in values.items() if new != current[name]}

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.save_button.setEnabled(session.is_writable() and bool(self.pending_values()))

    def save(self) -> bool:
        values = self.pending_values()
        if self.item is None or not values:
            return False
        return commands.push(commands.EditItemCommand(
            self.item.key, values, translate("ChecklistTab", "change of a checklist item"), self))

    def set_status(self, status: str) -> bool:
        if self.item is None or status == self.item.status and not self.item.due_again:
            return False
        return commands.push(commands.EditItemCommand(
            self.item.key, {"status": status}, translate("ChecklistTab", "checklist status"), self))

    def _status_chosen(self, index: int) -> None:
        status = self.status.itemData(index)
        if status is not None and not self.set_status(status) and self.item is not None:
            self.status.setCurrentIndex(STATUSES.index(self.item.status))

    def accept_suggestion(self) -> bool:
        if self.suggestion is None or self.item is None:
            return False
        return commands.push(commands.EditItemCommand(
            self.item.key, {"status": self.suggestion.status},
            translate("ChecklistTab", "suggested checklist status"), self))

    def delete(self) -> bool:
        if self.item is None or self.item.built_in:
            return False
        done = commands.push(commands.DeleteOwnItemCommand(self.item.key, self))
        window = self.window()
        if done and hasattr(window, "status"):
            window.status(translate("ChecklistTab", "Item deleted. Edit > Undo brings it back."))
        return done

    def _open(self) -> None:
        if self.item is not None and self.item.tab:
            self.open_tab.emit(self.item.tab)
