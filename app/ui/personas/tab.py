"""The Personas tab: the persona cards in the owner's order (drag a card onto another to move it),
a search, New (from a template), Draft from segment, Duplicate, Delete (all undoable), the JSON file
(export, import), the PDF (this persona, all, A3 poster) and the print preview; the editor of the
selected card beside the grid. The header counts the personas not reviewed for 6 months."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.personas import fields as F
from app.services.personas import records
from app.ui import application, operations, session
from app.ui.dialogs import ask_save_path, safe_file_name
from app.ui.events import events
from app.ui.personas import commands
from app.ui.personas.cards import CARD_SIZE, CardGrid, PersonaCardsModel
from app.ui.personas.editor import PersonaEditor
from app.ui.personas.numbers_panel import translate


class PersonasTab(QWidget):
    def __init__(self, window: QWidget | None = None):
        super().__init__()
        self.setObjectName("personas_tab")
        self.window_ = window
        self._stale = True
        self._selected_id: int | None = None

        self.header = QLabel()
        self.header.setObjectName("personas_header")
        self.header.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("personas_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_search)

        self.new_button = QToolButton()
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_menu = QMenu(self)
        self.template_actions: dict[str, QAction] = {}
        for template in F.TEMPLATES:
            action = self.new_menu.addAction("")
            action.triggered.connect(lambda _c=False, key=template.key: self.new_persona(key))
            self.template_actions[template.key] = action
        self.new_button.setMenu(self.new_menu)
        self.new_button.clicked.connect(lambda _c=False: self.new_persona("blank"))
        self.draft_button = QToolButton()
        self.draft_button.clicked.connect(lambda _c=False: self.draft_from_segment())
        self.duplicate_button = QToolButton()
        self.duplicate_button.clicked.connect(lambda _c=False: self.duplicate_selected())
        self.delete_button = QToolButton()
        self.delete_button.clicked.connect(lambda _c=False: self.delete_selected())
        self.file_button = QToolButton()
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.file_menu = QMenu(self)
        self.pdf_one_action = self.file_menu.addAction("", lambda: self.export_pdf(selected_only=True))
        self.pdf_all_action = self.file_menu.addAction("", lambda: self.export_pdf(selected_only=False))
        self.poster_action = self.file_menu.addAction("", lambda: self.export_pdf(selected_only=True, poster=True))
        self.file_menu.addSeparator()
        self.json_one_action = self.file_menu.addAction("", lambda: self.export_json(selected_only=True))
        self.json_all_action = self.file_menu.addAction("", lambda: self.export_json(selected_only=False))
        self.import_action = self.file_menu.addAction("", lambda: self.import_json())
        self.file_button.setMenu(self.file_menu)
        self.print_button = QToolButton()
        self.print_button.clicked.connect(lambda _c=False: self.print_preview())

        toolbar = QHBoxLayout()
        for button in (self.new_button, self.draft_button, self.duplicate_button, self.delete_button,
                       self.file_button, self.print_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.search, 1)

        self.model = PersonaCardsModel(self)
        self.model.reorder_requested = self.reorder
        self.model.photo_dropped = self.set_photo
        self.grid = CardGrid(self.model)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.painted.connect(self._headlines_after_paint, Qt.ConnectionType.QueuedConnection)
        self.editor = PersonaEditor()
        self.editor.changed.connect(self._select_change)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        saved = application.settings().value("personas/splitter")
        self._sized = saved is not None
        if saved is not None:
            self.splitter.restoreState(saved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.header)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        delete_shortcut = QAction(self)
        delete_shortcut.setShortcut(QKeySequence.StandardKey.Delete)
        delete_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.triggered.connect(self.delete_selected)
        self.grid.addAction(delete_shortcut)

        events.changed.connect(self._data_changed)
        self.retranslate_ui()
        QTimer.singleShot(0, self, self._initial_load)

    # ----- loading -----
    def reload(self) -> None:
        shop = session.current_shop()
        self._stale = False
        keep = self._selected_id
        if shop is None:
            self.model.personas = []
            self.editor.load(None)
            return
        self.model.load(shop.conn, translate)
        if not self.grid.isVisible():
            self.model.load_headlines(shop.conn, session.fmt())
        self.editor.fill_segments()
        self.apply_search(self.search.text())
        self.select(keep if self.model.row_of(keep) >= 0 else (self.model.personas[0].id if self.model.personas else None))
        self._update_header()

    def _headlines_after_paint(self) -> None:
        shop = session.current_shop()
        if shop is not None and self.model.headlines_pending:
            self.model.load_headlines(shop.conn, session.fmt())

    def _initial_load(self) -> None:
        if self._stale:
            self.reload()

    def _data_changed(self, changes, _origin) -> None:
        if changes.shop:
            self._selected_id = None
        if not (changes.personas or changes.shop or changes.sales or changes.customers or changes.segments
                or changes.settings):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # first time: two columns of cards on a wide window, one on a small one
            self._sized = True
            width = max(self.width(), self.window().width())  # the tab may not be laid out yet
            cards = 2 if width >= 1200 else 1
            grid = cards * CARD_SIZE.width() + self.grid.verticalScrollBar().sizeHint().width() + 30
            self.splitter.setSizes([grid, max(width - grid, 400)])

    def tab_shown(self) -> None:
        if self._stale:
            self.reload()

    def prepare_screenshot(self) -> None:
        self.reload()
        shop = session.current_shop()
        if shop is not None:  # what is otherwise filled in right after the first paint
            self.model.load_headlines(shop.conn, session.fmt())
            self.editor.numbers.refresh()

    def save_state(self) -> None:
        application.settings().setValue("personas/splitter", self.splitter.saveState())

    # ----- selection and search -----
    def select(self, persona_id: int | None) -> None:
        row = self.model.row_of(persona_id)
        self._selected_id = persona_id if row >= 0 else None
        if row >= 0:
            index = self.model.index(row)
            self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.grid.scrollTo(index)
        self.editor.load(self.model.persona_at(row) if row >= 0 else None)
        self._update_buttons()

    def selected(self) -> records.Persona | None:
        row = self.model.row_of(self._selected_id)
        return self.model.persona_at(row) if row >= 0 else None

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            persona = self.model.persona_at(current.row())
            if persona.id != self._selected_id:
                self._selected_id = persona.id
                self.editor.load(persona)
                self._update_buttons()

    def _select_change(self, change: records.Change) -> None:
        if change.after is not None and change.kind == "created":
            self._selected_id = change.after.id

    def apply_search(self, text: str) -> None:
        for row in range(self.model.rowCount()):
            self.grid.setRowHidden(row, not self.model.matches(row, text.strip()))
        self._update_empty()

    def _update_empty(self) -> None:
        empty = not self.model.personas
        self.empty_label.setVisible(empty)
        self.empty_label.setText(self.tr("No persona yet. Create one from a template, or draft one from a "
                                         "segment: its figures stay live as sales come in.") if empty else "")

    def _update_header(self) -> None:
        count = len(self.model.personas)
        due = len(self.model.review_due)
        text = self.tr("%n personas", "", count)
        if due:
            text += " · " + self.tr("%n not reviewed for 6 months: review them with what you have learnt.", "", due)
        self.header.setText(text)
        self.header.setProperty("review_due", due)

    def _update_buttons(self) -> None:
        writable = session.is_writable()
        has = self.selected() is not None
        for button in (self.new_button, self.draft_button, self.import_action):
            button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and has)
        self.delete_button.setEnabled(writable and has)
        for action in (self.pdf_one_action, self.poster_action, self.json_one_action):
            action.setEnabled(has)
        for action in (self.pdf_all_action, self.json_all_action):
            action.setEnabled(bool(self.model.personas))
        self.print_button.setEnabled(bool(self.model.personas))

    # ----- writes (each undoable) -----
    def new_persona(self, template: str = "blank") -> bool:
        name, values = F.template_fields(template, translate)
        return commands.push(lambda conn: records.create(conn, name, values),
                             self.tr("new persona {name}").format(name=name), self, self._select_change)

    def draft_from_segment(self, ref: str | None = None) -> bool:
        from app.services.personas import drafts
        from app.services.segments import membership

        shop = session.current_shop()
        if shop is None:
            return False
        if ref is None:
            refs = membership.all_segment_refs(shop.conn)
            names = [membership.segment_name(shop.conn, r, translate) for r in refs]
            chosen, ok = QInputDialog.getItem(self, self.tr("Draft from segment"),
                                              self.tr("Segment the persona stands for:"), names, 0, False)
            if not ok:
                return False
            ref = refs[names.index(chosen)]
        name, values = drafts.draft(shop.conn, ref, translate)
        return commands.push(lambda conn: records.create(conn, name, values, segment_ref=ref),
                             self.tr("new persona {name}").format(name=name), self, self._select_change)

    def duplicate_selected(self) -> bool:
        persona = self.selected()
        if persona is None:
            return False
        name = self.tr("{name} (copy)").format(name=persona.name)
        return commands.push(lambda conn: records.duplicate(conn, persona.id, name),
                             self.tr("copy of {name}").format(name=persona.name), self, self._select_change)

    def delete_selected(self) -> bool:
        persona = self.selected()
        if persona is None or not session.is_writable():
            return False
        done = commands.push(lambda conn: records.delete(conn, persona.id),
                             self.tr("deletion of {name}").format(name=persona.name), self)
        if done and self.window_ is not None and hasattr(self.window_, "status"):
            self.window_.status(self.tr("Deleted {name}. Edit > Undo brings it back.").format(name=persona.name))
        return done

    def set_photo(self, persona_id: int, path: str) -> bool:
        """An image file dropped on a card becomes that persona's photo (undoable; refused with a sentence)."""
        if not session.is_writable():
            return False
        self.select(persona_id)
        return self.editor.set_photo_file(path)

    def reorder(self, ordered_ids: list[int]) -> bool:
        return commands.push(lambda conn: records.reorder(conn, ordered_ids), self.tr("new order of the personas"),
                             self)

    # ----- files -----
    def _chosen(self, selected_only: bool) -> list[records.Persona]:
        persona = self.selected()
        return ([persona] if persona else []) if selected_only else list(self.model.personas)

    def pdf_bytes(self, selected_only: bool = False, poster: bool = False) -> bytes:
        from app.services.personas import pdf

        shop = session.current_shop()
        if shop is None:
            raise RuntimeError("no shop is open")
        return pdf.shop_pdf(shop.conn, self._chosen(selected_only), poster=poster, translate=translate)

    def _file_name(self, selected_only: bool, suffix: str) -> str:
        persona = self.selected()
        base = persona.name if selected_only and persona else self.tr("personas")
        return safe_file_name(base, "personas") + suffix

    def export_pdf(self, selected_only: bool, poster: bool = False) -> None:
        from app.services.personas import pdf

        path = ask_save_path(self, self.tr("Export to PDF"), self._file_name(selected_only, ".pdf"),
                             [(self.tr("PDF files"), ".pdf")])
        if path is None:
            return
        operations.run(lambda conn: pdf.write_file(path, pdf.shop_pdf(conn, self._chosen(selected_only),
                                                                     poster=poster, translate=translate)),
                       parent=self, title=self.tr("Cannot export the personas"), wait_cursor=True)

    def export_json(self, selected_only: bool) -> None:
        from app.services.personas import sharing

        path = ask_save_path(self, self.tr("Export personas"), self._file_name(selected_only, ".json"),
                             [(self.tr("Persona files"), ".json")])
        if path is None:
            return
        ids = [p.id for p in self._chosen(selected_only)]
        operations.run(lambda conn: sharing.export_file(conn, path, ids), parent=self,
                       title=self.tr("Cannot export the personas"))

    def import_json(self, path=None) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from app.services.personas import sharing

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import personas"), "",
                                                    self.tr("Persona files (*.json)"))
            if not chosen:
                return False
            path = chosen
        outcome = operations.run(lambda conn: sharing.import_file(conn, path), parent=self,
                                 title=self.tr("Cannot import the personas"))
        if outcome.ok and outcome.value:
            self._selected_id = outcome.value[0].after.id
        return outcome.ok

    def print_preview(self, *, show: bool = True):
        """Opens the print preview of every persona (the PDF that export writes)."""
        from app.ui.failures import report
        from app.ui.printing import PrintPreviewDialog

        try:
            data = self.pdf_bytes()
        except Exception as exc:  # a UserError (nothing to print) is shown as its sentence
            report(self, self.tr("Cannot print the personas"), exc)
            return None
        dialog = PrintPreviewDialog(data, self._file_name(False, ".pdf"), self)
        if show:
            dialog.open()
        return dialog

    # ----- language -----
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search personas"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("A new persona from a template"))
        for template in F.TEMPLATES:
            self.template_actions[template.key].setText(QCoreApplication.translate("PersonaTemplate", template.label))
        self.draft_button.setText(self.tr("Draft from segment…"))
        self.draft_button.setToolTip(self.tr("A persona pre-filled from the premium customers of a segment"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        self.file_button.setText(self.tr("Export / import"))
        self.pdf_one_action.setText(self.tr("This persona as PDF…"))
        self.pdf_all_action.setText(self.tr("All personas as PDF…"))
        self.poster_action.setText(self.tr("Wall poster of this persona (A3 PDF)…"))
        self.json_one_action.setText(self.tr("Export this persona to a file…"))
        self.json_all_action.setText(self.tr("Export all personas to a file…"))
        self.import_action.setText(self.tr("Import personas from a file…"))
        self.print_button.setText(self.tr("Print…"))
        self._update_empty()
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if session.current_shop() is not None:
                self.reload()
        super().changeEvent(event)
