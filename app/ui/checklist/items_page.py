"""The checklist page: the items grouped by section (the guides' five, in order), each with its status
and the status the shop's data suggests, the section's progress on its row; the item panel beside it
(`item_panel`); the owner adds their own items with "Add your own item…"."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.checklist import items
from app.services.checklist.definitions import SECTIONS
from app.services.checklist.suggestions import Suggestion
from app.ui import session
from app.ui.checklist import commands
from app.ui.checklist.item_panel import ItemPanel, item_text, status_name
from app.ui.dialogs import translate_buttons

KEY_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {"done": "#2e7d32", "in_progress": "#ef6c00", "not_relevant": "#757575", "due_again": "#c62828"}

translate = QCoreApplication.translate


def progress_text(progress: items.SectionProgress) -> str:
    if not progress.counted:
        return translate("ChecklistTab", "nothing to count")
    return translate("ChecklistTab", "{done} of {counted} done").format(done=progress.done,
                                                                       counted=progress.counted)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column's width (the items are whole sentences)."""

    def __init__(self, view: QTreeWidget):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        depth = 1 if self.view.rootIsDecorated() else 0  # top-level rows are indented too
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.columnWidth(index.column()) - (self.view.indentation() * depth if index.column() == 0 else 0)
        text = str(index.data() or "")
        if width <= 40 or not text:
            return hint
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        box = metrics.boundingRect(QRect(0, 0, width - 20, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


class AddItemDialog(QDialog):
    """The text of a new own item and how often it comes back (0: never)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ChecklistTab", "Add your own item"))
        self.title_edit = QLineEdit()
        self.title_edit.setMinimumWidth(360)
        self.title_edit.setPlaceholderText(
            translate("ChecklistTab", "For example: call the three biggest customers of the month"))
        self.repeat_edit = QSpinBox()
        self.repeat_edit.setRange(0, 120)
        self.repeat_edit.setSuffix(translate("ChecklistTab", " months"))
        self.repeat_edit.setSpecialValueText(translate("ChecklistTab", "never (one-off)"))
        form = QFormLayout(self)
        form.addRow(translate("ChecklistTab", "Text"), self.title_edit)
        form.addRow(translate("ChecklistTab", "Comes back every"), self.repeat_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        form.addRow(buttons)


class ItemsPage(QWidget):
    """The checklist with the item panel; `show_data` fills it, `select(key)` chooses an item."""

    open_tab = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[items.ChecklistItem] = []
        self.suggestions: dict[str, Suggestion] = {}
        self.progress: dict[str, items.SectionProgress] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.ask_new_item)
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setObjectName("checklistItems")
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setItemDelegateForColumn(0, WrappingDelegate(self.tree))
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.sectionResized.connect(self._relayout)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.panel = ItemPanel()
        self.panel.open_tab.connect(self.open_tab)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(translate("ChecklistTab", "Add your own item…"))
        self.tree.setHeaderLabels([translate("ChecklistTab", "Item"), translate("ChecklistTab", "Status"),
                                   translate("ChecklistTab", "Your data suggests")])
        self.show_data(self.items, self.suggestions)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _relayout(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self.tree.scheduleDelayedItemsLayout()  # the rows' heights follow the column's width

    # ------------------------------------------------------------------ showing
    def show_data(self, checklist: list[items.ChecklistItem], suggestions: dict[str, Suggestion]) -> None:
        current = self.current_key()
        self.items, self.suggestions = checklist, suggestions
        self.progress = items.progress(checklist)
        every = self.progress["all"]
        self.summary.setText(translate("ChecklistTab", "Progress: {done} of {counted} items done").format(
            done=every.done, counted=every.counted))
        self.add_button.setEnabled(session.is_writable())
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in SECTIONS:
            row = QTreeWidgetItem([translate("Checklist", section.title),
                                   progress_text(self.progress[section.key]), ""])
            row.setData(0, KEY_ROLE, f"section:{section.key}")
            row.setFont(0, bold)
            row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(row)
            for item in (i for i in checklist if i.section == section.key):
                row.addChild(self._item_row(item, suggestions.get(item.key)))
            if section.key == "own" and not row.childCount():
                hint = QTreeWidgetItem([translate(
                    "ChecklistTab", "No item of your own yet: add one with “Add your own item…”."), "", ""])
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                row.addChild(hint)
            row.setExpanded(True)
        self.tree.blockSignals(False)
        if not self.select(current):
            self.panel.show_item(None)

    def _item_row(self, item: items.ChecklistItem, suggestion: Suggestion | None) -> QTreeWidgetItem:
        status = status_name(item.status)
        if item.due_again:
            status = translate("ChecklistTab", "{status} (due again)").format(status=status)
        suggested = ""
        if suggestion is not None:
            if suggestion.status != item.status:
                suggested = status_name(suggestion.status)
            elif item.status != "not_started":
                suggested = translate("ChecklistTab", "agrees")
        row = QTreeWidgetItem([item_text(item), status, suggested])
        row.setData(0, KEY_ROLE, item.key)
        row.setToolTip(0, item_text(item))
        if suggestion is not None:
            row.setToolTip(2, suggestion.text(QCoreApplication.translate))
            if suggestion.status != item.status:
                row.setForeground(2, QBrush(QColor("#1565c0")))
        colour = STATUS_COLOURS.get("due_again" if item.due_again else item.status)
        if colour:
            row.setForeground(1, QBrush(QColor(colour)))
        return row

    def current_key(self) -> str | None:
        row = self.tree.currentItem()
        key = row.data(0, KEY_ROLE) if row is not None else None
        return key if key and not key.startswith("section:") else None

    def item_row(self, key: str) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            for row in (section.child(i) for i in range(section.childCount())) if section is not None else ():
                if row is not None and row.data(0, KEY_ROLE) == key:
                    return row
        return None

    def select(self, key: str | None) -> bool:
        row = self.item_row(key) if key else None
        if row is None:
            return False
        self.tree.setCurrentItem(row)
        self._show(key)
        return True

    def select_first(self) -> None:
        """Chooses the first item the data suggests a change for (else the first item), unless one is chosen."""
        if self.current_key() is None and self.items:
            advised = [i.key for i in self.items if i.key in self.suggestions
                       and self.suggestions[i.key].status != i.status]
            self.select((advised or [self.items[0].key])[0])

    def _current_changed(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        self._show(self.current_key())

    def _show(self, key: str | None) -> None:
        item = next((i for i in self.items if i.key == key), None)
        self.panel.show_item(item, self.suggestions.get(key or ""))

    # ------------------------------------------------------------------ writing
    def ask_new_item(self) -> str | None:
        dialog = AddItemDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.add_item(dialog.title_edit.text(), dialog.repeat_edit.value() or None)

    def add_item(self, title: str, repeat_months: int | None = None) -> str | None:
        """Adds an own item (undoable) and selects it; its key, or None when refused."""
        command = commands.AddOwnItemCommand(title, repeat_months, self)
        if not commands.push(command):
            return None
        self.select(command.key)
        return command.key
