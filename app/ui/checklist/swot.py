"""The SWOT board of the Checklist tab (`SwotBoard`): strengths, weaknesses, opportunities and threats
as four lists in a 2x2 grid. Enter in a list's line adds a note, F2 or a double-click edits one, Del
deletes it, a drag moves it within its list or to another one (Ctrl+Up/Down and the context menu do
the same from the keyboard). Every change goes through `app.services.checklist.swot` as an undoable
command on the shop's undo stack; the lists are always redrawn from the shop file."""

from __future__ import annotations

import sqlite3
from functools import partial

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.checklist import swot
from app.ui import session
from app.ui.checklist.page_base import ChecklistPage
from app.ui.checklist.undoable import ServiceCommand, push

NOTE_MIME = "application/x-regulars-swot-note"
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
STORED_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the text as stored, to tell an edit from no change
PLACEHOLDERS = {
    "strengths": QT_TRANSLATE_NOOP("Checklist", "Add a strength and press Enter"),
    "weaknesses": QT_TRANSLATE_NOOP("Checklist", "Add a weakness and press Enter"),
    "opportunities": QT_TRANSLATE_NOOP("Checklist", "Add an opportunity and press Enter"),
    "threats": QT_TRANSLATE_NOOP("Checklist", "Add a threat and press Enter"),
}
TINTS = {"strengths": "#f1f8e9", "weaknesses": "#fff3e0", "opportunities": "#e3f2fd", "threats": "#fdecea"}
HINTS = {
    "strengths": QT_TRANSLATE_NOOP("Checklist", "What customers like about the shop, inside your control."),
    "weaknesses": QT_TRANSLATE_NOOP("Checklist", "What customers miss or complain about, inside your control."),
    "opportunities": QT_TRANSLATE_NOOP("Checklist", "Outside chances: new customers, seasons, channels."),
    "threats": QT_TRANSLATE_NOOP("Checklist", "Outside risks: competitors, prices, changing habits."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


class AddNote(ServiceCommand):
    def __init__(self, quadrant: str, text: str, parent: QWidget | None):
        super().__init__(QCoreApplication.translate("Checklist", "add a SWOT note"), parent)
        self.quadrant, self.note_text = quadrant, text
        self.note: swot.SwotNote | None = None  # known after the first undo: redo puts it back as it was

    def forward(self, conn: sqlite3.Connection):
        if self.note is not None:
            return swot.restore(conn, self.note)
        written = swot.add(conn, self.quadrant, self.note_text)
        self.note_id = written.value
        return written

    def backward(self, conn: sqlite3.Connection):
        written = swot.delete(conn, self.note_id)
        self.note = written.value
        return written


class EditNote(ServiceCommand):
    def __init__(self, note_id: int, text: str, parent: QWidget | None):
        super().__init__(QCoreApplication.translate("Checklist", "edit a SWOT note"), parent)
        self.note_id, self.note_text = note_id, text
        self.old_text = ""

    def forward(self, conn: sqlite3.Connection):
        written = swot.edit(conn, self.note_id, self.note_text)
        self.old_text = written.value
        return written

    def backward(self, conn: sqlite3.Connection):
        return swot.edit(conn, self.note_id, self.old_text)


class MoveNote(ServiceCommand):
    def __init__(self, note_id: int, quadrant: str, index: int, parent: QWidget | None):
        super().__init__(QCoreApplication.translate("Checklist", "move a SWOT note"), parent)
        self.note_id, self.quadrant, self.index = note_id, quadrant, index
        self.previous: tuple[str, int] = (quadrant, index)

    def forward(self, conn: sqlite3.Connection):
        written = swot.move(conn, self.note_id, self.quadrant, self.index)
        self.previous = written.value
        return written

    def backward(self, conn: sqlite3.Connection):
        return swot.move(conn, self.note_id, *self.previous)


class DeleteNote(ServiceCommand):
    def __init__(self, note_id: int, parent: QWidget | None):
        super().__init__(QCoreApplication.translate("Checklist", "delete a SWOT note"), parent)
        self.note_id = note_id
        self.note: swot.SwotNote | None = None

    def forward(self, conn: sqlite3.Connection):
        written = swot.delete(conn, self.note_id)
        self.note = written.value
        return written

    def backward(self, conn: sqlite3.Connection):
        assert self.note is not None
        return swot.restore(conn, self.note)


class NoteList(QListWidget):
    """One quadrant's notes. Drags carry the note's id (NOTE_MIME); a drop asks the board to move the
    note, and the board redraws every list from the shop file (Qt never moves the items itself)."""

    def __init__(self, quadrant: str, board: SwotBoard):
        super().__init__()
        self.quadrant = quadrant
        self.board = board
        self.setObjectName(f"swot_{quadrant}")
        self.setWordWrap(True)
        self.setSpacing(3)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(TINTS[quadrant]))
        self.setPalette(palette)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [NOTE_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        if items:
            data.setData(NOTE_MIME, QByteArray(str(items[0].data(NOTE_ID_ROLE)).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(NOTE_MIME) and self.board.writable:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(NOTE_MIME) and self.board.writable:
            super().dragMoveEvent(event)  # draws the drop indicator
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def drop_index(self, pos: QPoint) -> int:
        """The index in this list where a note dropped at `pos` goes."""
        item = self.itemAt(pos)
        if item is None:
            return self.count()
        rect = self.visualItemRect(item)
        return self.row(item) + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        data = event.mimeData()
        if not data.hasFormat(NOTE_MIME) or not self.board.writable:
            event.ignore()
            return
        note_id = int(bytes(data.data(NOTE_MIME).data()).decode())
        # Qt must not remove the dragged item itself: the board redraws from the shop file.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.board.drop_note(note_id, self.quadrant, self.drop_index(event.position().toPoint()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        item = self.currentItem()
        if item is not None and self.state() != QAbstractItemView.State.EditingState:
            note_id = item.data(NOTE_ID_ROLE)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.board.delete_note(note_id)
                return
            control = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.row(item)
                if 0 <= row + step < self.count():
                    self.board.move_note(note_id, self.quadrant, row + step)
                return
        super().keyPressEvent(event)

    def context_menu(self, item: QListWidgetItem) -> QMenu:
        """Edit, Move to (each other list) and Delete for the note of `item`."""
        note_id = item.data(NOTE_ID_ROLE)
        menu = QMenu(self)
        edit = menu.addAction(QCoreApplication.translate("Checklist", "Edit"))
        edit.setShortcut(QKeySequence("F2"))
        edit.triggered.connect(partial(self.editItem, item))
        move_to = menu.addMenu(QCoreApplication.translate("Checklist", "Move to"))
        for quadrant, title in swot.QUADRANTS.items():
            if quadrant != self.quadrant:
                action = move_to.addAction(_tr(title))
                action.setData(quadrant)
                action.triggered.connect(partial(self.board.move_note, note_id, quadrant, 10**6))
        delete = menu.addAction(QCoreApplication.translate("Checklist", "Delete"))
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(partial(self.board.delete_note, note_id))
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Right-click on a note, or the Menu key (Shift+F10) on the current one."""
        item: QListWidgetItem | None
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            item = self.currentItem()
            pos = self.visualItemRect(item).center() if item is not None else QPoint()
        else:
            pos = event.pos()  # in the viewport's coordinates (QAbstractScrollArea passes them on)
            item = self.itemAt(pos)
        if item is not None and self.board.writable:
            self.open_menu(self.context_menu(item), self.viewport().mapToGlobal(pos))

    def open_menu(self, menu: QMenu, at: QPoint) -> None:
        menu.exec(at)


class SwotBoard(ChecklistPage):
    """The four lists; `tab_shown()` reloads them from the open shop."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("swot_board")
        self._loading = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.boxes: dict[str, QGroupBox] = {}
        self.hints: dict[str, QLabel] = {}
        self.lists: dict[str, NoteList] = {}
        self.entries: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for index, quadrant in enumerate(swot.QUADRANTS):
            box = QGroupBox()
            box.setObjectName(f"swot_box_{quadrant}")
            hint = QLabel()
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
            notes = NoteList(quadrant, self)
            notes.itemChanged.connect(self._item_edited)
            entry = QLineEdit()
            entry.setObjectName(f"swot_add_{quadrant}")
            entry.setClearButtonEnabled(True)
            entry.returnPressed.connect(lambda q=quadrant: self.add_from_entry(q))
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(hint)
            box_layout.addWidget(notes, 1)
            box_layout.addWidget(entry)
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[quadrant], self.hints[quadrant] = box, hint
            self.lists[quadrant], self.entries[quadrant] = notes, entry
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Strengths and weaknesses are about the shop itself, opportunities and threats about what happens "
            "around it. Drag a note to move it (or Ctrl+Up/Down), F2 edits it, Del deletes it, Ctrl+Z undoes."))
        for quadrant, title in swot.QUADRANTS.items():
            self.boxes[quadrant].setTitle(_tr(title))
            self.hints[quadrant].setText(_tr(HINTS[quadrant]))
            self.entries[quadrant].setPlaceholderText(_tr(PLACEHOLDERS[quadrant]))

    def load(self) -> None:
        """Redraws the four lists from the open shop, keeping the selected note selected."""
        shop = session.current_shop()
        notes = swot.board(shop.conn) if shop is not None else {q: [] for q in swot.QUADRANTS}
        writable = self.writable
        self._loading = True
        try:
            for quadrant, view in self.lists.items():
                current = view.currentItem()
                selected = current.data(NOTE_ID_ROLE) if current is not None else None
                view.clear()
                for note in notes[quadrant]:
                    item = QListWidgetItem(note.text)
                    item.setData(NOTE_ID_ROLE, note.id)
                    item.setData(STORED_TEXT_ROLE, note.text)
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if writable:
                        flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                    item.setFlags(flags)
                    view.addItem(item)
                    if note.id == selected:
                        view.setCurrentItem(item)
                self.entries[quadrant].setEnabled(writable)
        finally:
            self._loading = False

    def note_ids(self, quadrant: str) -> list[int]:
        """The ids of the notes shown in `quadrant`, in order."""
        view = self.lists[quadrant]
        return [view.item(row).data(NOTE_ID_ROLE) for row in range(view.count())]

    # The owner's actions, each one undoable command.
    def add_from_entry(self, quadrant: str) -> None:
        entry = self.entries[quadrant]
        text = " ".join(entry.text().split())
        if not text:  # an empty note is refused quietly
            entry.clear()
            return
        if push(AddNote(quadrant, text, self)):
            entry.clear()

    def drop_note(self, note_id: int, quadrant: str, index: int) -> None:
        """A note dropped at `index` of `quadrant` (an index among the notes shown, the note itself
        included when it comes from the same list)."""
        shown = self.note_ids(quadrant)
        if note_id in shown and shown.index(note_id) < index:
            index -= 1  # the note leaves its place before it is put back
        self.move_note(note_id, quadrant, index)

    def move_note(self, note_id: int, quadrant: str, index: int) -> None:
        shown = self.note_ids(quadrant)
        index = max(0, min(index, len(shown) - (1 if note_id in shown else 0)))
        if note_id in shown and shown.index(note_id) == index:
            return  # dropped where it was: nothing to undo
        push(MoveNote(note_id, quadrant, index, self))
        self._select(note_id)

    def delete_note(self, note_id: int) -> None:
        push(DeleteNote(note_id, self))

    def _item_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        text = " ".join(item.text().split())
        note_id = item.data(NOTE_ID_ROLE)
        if not text or text == item.data(STORED_TEXT_ROLE) or not push(EditNote(note_id, text, self)):
            self.reload()  # an emptied or unchanged note keeps its text, quietly

    def _select(self, note_id: int) -> None:
        for view in self.lists.values():
            for row in range(view.count()):
                if view.item(row).data(NOTE_ID_ROLE) == note_id:
                    view.setCurrentRow(row)
                    view.setFocus()
                    return
