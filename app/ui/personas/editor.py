"""The persona editor: every field of `app.services.personas.fields`, list fields edited as lists
(add, remove, move up and down, drag, double-click to edit), the photo (drop an image on it or
choose one), the linked segment and the review date, with the live figures beside them. Each
committed edit (a field left, a list changed) is one undoable command (`commands.push`)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.personas import fields as F
from app.services.personas import photos, records
from app.ui import session
from app.ui.personas import commands
from app.ui.personas.cards import pixmap_of
from app.ui.personas.numbers_panel import NumbersPanel, translate

EDITOR_PHOTO_SIDE = 120


class LongTextEdit(QPlainTextEdit):
    """A several-line text field that reports its text when it loses the focus."""

    committed = Signal(str)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())

    def set_value(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


class ListFieldEditor(QWidget):
    """A list of short texts; `committed(list)` after every add, removal, edit or move."""

    committed = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(72)
        self.list.setMaximumHeight(120)
        self.list.itemChanged.connect(self._commit)
        self.list.model().rowsMoved.connect(self._commit)
        self.entry = QLineEdit()
        self.entry.returnPressed.connect(self.add_entry)
        self.add_button = QToolButton()
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QToolButton()
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.clicked.connect(partial(self.move_current, -1))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.clicked.connect(partial(self.move_current, 1))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.entry.setPlaceholderText(self.tr("Type and press Enter to add"))
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Add"))
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))

    def values(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_values(self, values: list[str]) -> None:
        if values == self.values():
            return
        self._loading = True
        current = self.list.currentRow()
        self.list.clear()
        for value in values:
            item = QListWidgetItem(value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self._loading = False

    def _commit(self, *_args) -> None:
        if not self._loading:
            self.committed.emit(self.values())

    def add_entry(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.committed.emit([*self.values(), text])

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            values = self.values()
            del values[row]
            self.committed.emit(values)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        values = self.values()
        if 0 <= row < len(values) and 0 <= row + step < len(values):
            values[row], values[row + step] = values[row + step], values[row]
            self.committed.emit(values)
            self.list.setCurrentRow(row + step)


class PhotoWell(QLabel):
    """The persona's face; an image file dropped on it asks to become the photo."""

    dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("persona_photo")
        self.setAcceptDrops(True)
        self.setFixedSize(EDITOR_PHOTO_SIDE, EDITOR_PHOTO_SIDE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.dropped.emit(urls[0].toLocalFile())


class PersonaEditor(QWidget):
    """Edits one persona; `changed(change)` after each of its writes (and their undo/redo)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("persona_editor")
        self.persona: records.Persona | None = None
        self._loading = False

        self.photo = PhotoWell()
        self.photo.dropped.connect(self.set_photo_file)
        self.choose_photo_button = QPushButton()
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton()
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("persona_name")
        self.name_edit.editingFinished.connect(self._name_committed)
        name_font = self.name_edit.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.3)
        name_font.setBold(True)
        self.name_edit.setFont(name_font)
        self.segment_combo = QComboBox()
        self.segment_combo.setObjectName("persona_segment")
        self.segment_combo.activated.connect(self._segment_chosen)
        self.reviewed_label = QLabel()
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.mark_reviewed)

        self.text_edits: dict[str, QLineEdit] = {}
        self.long_edits: dict[str, LongTextEdit] = {}
        self.list_edits: dict[str, ListFieldEditor] = {}
        self.field_labels: dict[str, QLabel] = {}
        for spec in F.FIELDS:
            self.field_labels[spec.key] = QLabel()
            if spec.kind == F.TEXT:
                line = QLineEdit()
                line.editingFinished.connect(partial(self._text_committed, spec.key))
                self.text_edits[spec.key] = line
            elif spec.kind == F.LONGTEXT:
                long_text = LongTextEdit()
                long_text.setTabChangesFocus(True)
                long_text.setMinimumHeight(56)
                long_text.setMaximumHeight(110)
                long_text.committed.connect(partial(self._value_committed, spec.key))
                self.long_edits[spec.key] = long_text
            else:
                items = ListFieldEditor()
                items.committed.connect(partial(self._value_committed, spec.key))
                self.list_edits[spec.key] = items

        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignHCenter)
        photo_column.addWidget(self.choose_photo_button)
        photo_column.addWidget(self.remove_photo_button)
        photo_column.addStretch(1)
        head_form = QFormLayout()
        head_form.addRow(self.field_labels["quote"], self.text_edits["quote"])
        self.segment_label = QLabel()
        head_form.addRow(self.segment_label, self.segment_combo)
        review_row = QHBoxLayout()
        review_row.addWidget(self.reviewed_label, 1)
        review_row.addWidget(self.review_button)
        head_form.addRow(review_row)
        head_text = QVBoxLayout()
        head_text.addWidget(self.name_edit)
        head_text.addLayout(head_form)
        head = QHBoxLayout()
        head.addLayout(photo_column)
        head.addLayout(head_text, 1)

        self.profile_box = QGroupBox()
        profile = QFormLayout(self.profile_box)
        for key in F.PROFILE_KEYS:
            profile.addRow(self.field_labels[key], self.text_edits[key])
        profile.addRow(self.field_labels["description"], self.long_edits["description"])

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        boxes = [key for key in ("needs", "attitudes", "goals", "challenges", "reasons_to_buy",
                                 "reasons_to_refuse", "before", "after", "insight", "channels", "categories",
                                 "stickers", "notes")]
        for index, key in enumerate(boxes):
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self.field_labels[key])
            cell.addWidget(self.list_edits.get(key) or self.long_edits[key])
            grid.addLayout(cell, index // 2, index % 2)

        self.numbers = NumbersPanel()
        fields_column = QVBoxLayout()
        fields_column.addLayout(head)
        fields_column.addWidget(self.profile_box)
        fields_column.addLayout(grid)
        fields_column.addStretch(1)
        inner = QWidget()
        inner.setLayout(fields_column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        numbers_scroll = QScrollArea()
        numbers_scroll.setWidgetResizable(True)
        numbers_scroll.setWidget(self.numbers)
        numbers_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        numbers_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        numbers_scroll.setMinimumWidth(230)
        numbers_scroll.setMaximumWidth(340)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(numbers_scroll)
        self.retranslate_ui()

    # ----- showing a persona -----
    def fill_segments(self) -> None:
        from app.services.errors import UserError
        from app.services.segments import membership

        shop = session.current_shop()
        self.segment_combo.clear()
        self.segment_combo.addItem(self.tr("No linked segment"), None)
        if shop is None:
            return
        for ref in membership.all_segment_refs(shop.conn):
            try:
                self.segment_combo.addItem(membership.segment_name(shop.conn, ref, translate), ref)
            except UserError:
                continue

    def load(self, persona: records.Persona | None) -> None:
        """Shows `persona` (None: nothing); fields already showing the stored value are left alone."""
        self._loading = True
        try:
            same = self.persona is not None and persona is not None and self.persona.id == persona.id
            self.persona = persona
            self.setEnabled(persona is not None and session.is_writable())
            if persona is None:
                self.numbers.set_segment(None)
                return
            if self.name_edit.text() != persona.name:
                self.name_edit.setText(persona.name)
                self.name_edit.setCursorPosition(0)
            for key, line in self.text_edits.items():
                if line.text() != persona.text(key):
                    line.setText(persona.text(key))
                    line.setCursorPosition(0)
            for key, long_text in self.long_edits.items():
                long_text.set_value(persona.text(key))
            for key, items in self.list_edits.items():
                items.set_values(persona.items(key))
            self.photo.setPixmap(pixmap_of(persona, EDITOR_PHOTO_SIDE))
            self.remove_photo_button.setEnabled(persona.photo is not None)
            if self.segment_combo.count() == 0:
                self.fill_segments()
            index = self.segment_combo.findData(persona.segment_ref)
            if index < 0 and persona.segment_ref:
                self.segment_combo.addItem(translate("PersonaNumbers", "The linked segment no longer exists."),
                                           persona.segment_ref)
                index = self.segment_combo.count() - 1
            self.segment_combo.setCurrentIndex(max(index, 0))
            self._show_review()
            if not same or self.numbers.ref != persona.segment_ref:
                self.numbers.set_segment(persona.segment_ref)
        finally:
            self._loading = False

    def _show_review(self) -> None:
        persona = self.persona
        if persona is None:
            return
        if persona.reviewed_on is None:
            text = self.tr("Never reviewed")
        else:
            from app.services import formatting

            text = self.tr("Last reviewed on {date}").format(
                date=formatting.date(persona.reviewed_on, session.fmt().locale))
        if persona.needs_review():
            text += " — " + self.tr("due for review (6 months)")
        self.reviewed_label.setText(text)

    # ----- writing -----
    def _push(self, write, text: str) -> bool:
        return commands.push(write, text, self, self.changed.emit)

    def _edit_text(self, label: str) -> str:
        name = self.persona.name if self.persona else ""
        return self.tr("change of {field} for {name}").format(field=label, name=name)

    def _value_committed(self, key: str, value) -> None:
        if self._loading or self.persona is None or value == self.persona.value(key):
            return
        persona_id = self.persona.id
        self._push(lambda conn: records.update(conn, persona_id, values={key: value}),
                   self._edit_text(translate("Persona", F.BY_KEY[key].label)))
        self._reload_from_shop()

    def _text_committed(self, key: str) -> None:
        self._value_committed(key, self.text_edits[key].text())

    def _name_committed(self) -> None:
        if self._loading or self.persona is None or self.name_edit.text() == self.persona.name:
            return
        persona_id, name = self.persona.id, self.name_edit.text()
        self._push(lambda conn: records.update(conn, persona_id, name=name),
                   self._edit_text(translate("Persona", F.NAME_LABEL)))
        self._reload_from_shop()

    def _segment_chosen(self, index: int) -> None:
        if self._loading or self.persona is None:
            return
        ref = self.segment_combo.itemData(index)
        if ref == self.persona.segment_ref:
            return
        persona_id = self.persona.id
        self._push(lambda conn: records.update(conn, persona_id, segment_ref=ref),
                   self._edit_text(self.tr("Linked segment")))
        self._reload_from_shop()

    def set_photo_file(self, path: str) -> bool:
        """The image file becomes the photo (checked and downscaled); a refusal shows its sentence and
        leaves the card as it was."""
        if self.persona is None:
            return False
        persona_id = self.persona.id
        done = self._push(lambda conn: records.update(conn, persona_id, photo=photos.prepare_file(path)),
                          self._edit_text(self.tr("Photo")))
        self._reload_from_shop()
        return done

    def choose_photo(self) -> None:
        pattern = " ".join(f"*{s}" for s in photos.FILE_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), str(Path.home()),
                                              self.tr("Images ({patterns})").format(patterns=pattern))
        if path:
            self.set_photo_file(path)

    def remove_photo(self) -> None:
        if self.persona is None or self.persona.photo is None:
            return
        persona_id = self.persona.id
        self._push(lambda conn: records.update(conn, persona_id, photo=None), self._edit_text(self.tr("Photo")))
        self._reload_from_shop()

    def mark_reviewed(self) -> None:
        if self.persona is None:
            return
        persona_id = self.persona.id
        self._push(lambda conn: records.mark_reviewed(conn, persona_id, dt.date.today()),
                   self.tr("review of {name}").format(name=self.persona.name))
        self._reload_from_shop()

    def _reload_from_shop(self) -> None:
        """Shows the stored persona (as cleaned, or unchanged after a refusal)."""
        shop = session.current_shop()
        if shop is None or self.persona is None:
            return
        from app.models import personas as store

        if store.row(shop.conn, self.persona.id) is None:
            self.load(None)
        else:
            self.load(records.get(shop.conn, self.persona.id))

    # ----- language -----
    def retranslate_ui(self) -> None:
        for key, label in self.field_labels.items():
            label.setText(translate("Persona", F.BY_KEY[key].label))
        self.name_edit.setPlaceholderText(translate("Persona", F.NAME_LABEL))
        self.profile_box.setTitle(translate("Persona", F.ABOUT_LABEL))
        self.segment_label.setText(self.tr("Linked segment"))
        self.choose_photo_button.setText(self.tr("Choose photo…"))
        self.remove_photo_button.setText(self.tr("Remove photo"))
        self.photo.setToolTip(self.tr("Drop a JPEG, PNG or WebP image here"))
        self.review_button.setText(self.tr("Mark as reviewed"))
        if self.segment_combo.count():
            self.fill_segments()
            if self.persona is not None:
                self.load(self.persona)
        self._show_review()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
