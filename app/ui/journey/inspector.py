"""The side panel of the canvas: with one card selected, its kind, text, severity (pain points), channel
(touchpoints), evidence and, for an opportunity, the improvement it becomes (horizon, impact, effort,
owner, how, due date, status, the pain points it answers); with no card selected, the map itself (title,
linked personas, notes, last review). Every change is an undo command."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.text import fold
from app.services import formatting
from app.services.journey import document as d
from app.ui import session
from app.ui.dialogs import translate_buttons
from app.ui.journey import commands


def _t(text: str) -> str:
    return QCoreApplication.translate("Journey", text)


class _CommitText(QPlainTextEdit):
    """A multi-line field that commits when it loses focus (one undo step per finished edit)."""
    committed = Signal(str)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText().strip())


class FeedbackLinkDialog(QDialog):
    """The newest customers' comments, to tick the ones that back a card; a search narrows the list."""

    def __init__(self, parent, comments, linked: list[int]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link customers' comments"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the comments"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        for comment in comments:
            day = formatting.stored_date(comment.answered_at, session.fmt().locale)
            item = QListWidgetItem(f"{comment.score}/10 · {day} · {comment.comment}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if comment.id in linked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def chosen(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


class JourneyInspector(QStackedWidget):
    review_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("journey_inspector")
        self.journey = None
        self.version = "actual"
        self.card_id: str | None = None
        self.undo_stack = None
        self.persona_choices: list[tuple[int, str]] = []
        self._loading = False
        self._build_card_page()
        self._build_map_page()
        self.retranslate_ui()

    # -- building ------------------------------------------------------------------------------------
    def _build_card_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the panel is narrow
        self.kind = QComboBox()
        for kind in d.CARD_KINDS:
            self.kind.addItem("", kind)
        self.text = _CommitText()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.severity = QSpinBox()
        self.severity.setRange(1, 4)
        self.channel = QComboBox()
        self.channel.addItem("", None)
        for channel in d.CHANNELS:
            self.channel.addItem("", channel)
        self.evidence = QComboBox()
        self.evidence.addItem("", None)
        for key in d.EVIDENCE:
            self.evidence.addItem("", key)
        self.kind_label, self.text_label, self.severity_label = QLabel(), QLabel(), QLabel()
        self.channel_label, self.evidence_label = QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.text_label, self.text)
        form.addRow(self.severity_label, self.severity)
        form.addRow(self.channel_label, self.channel)
        form.addRow(self.evidence_label, self.evidence)
        layout.addLayout(form)
        self.improvement_box = QGroupBox()
        self.improvement_box.setCheckable(True)
        imp = QFormLayout(self.improvement_box)
        imp.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.horizon = QComboBox()
        for key in d.HORIZONS:
            self.horizon.addItem("", key)
        self.impact, self.effort = QSpinBox(), QSpinBox()
        for spin in (self.impact, self.effort):
            spin.setRange(1, 3)
        self.owner = QLineEdit()
        self.how = _CommitText()
        self.how.setTabChangesFocus(True)
        self.how.setMaximumHeight(70)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setSpecialValueText(" ")
        self.due.setMinimumDate(QDate(2000, 1, 1))
        self.status = QComboBox()
        for key in d.STATUSES:
            self.status.addItem("", key)
        self.addresses = QListWidget()
        self.addresses.setMaximumHeight(90)
        self.imp_labels = [QLabel() for _ in range(8)]
        for label, field in zip(self.imp_labels, (self.horizon, self.impact, self.effort, self.owner, self.how,
                                                  self.due, self.status, self.addresses), strict=True):
            imp.addRow(label, field)
        layout.addWidget(self.improvement_box)
        self.evidence_box = QGroupBox()
        evidence_layout = QVBoxLayout(self.evidence_box)
        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.choose_feedback)
        evidence_layout.addWidget(self.evidence_label)
        evidence_layout.addWidget(self.link_button)
        layout.addWidget(self.evidence_box)
        layout.addStretch(1)
        self.addWidget(page)

        self.kind.activated.connect(lambda _i: self._set(kind=self.kind.currentData()))
        self.text.committed.connect(self._text_committed)
        self.severity.valueChanged.connect(lambda v: self._set(severity=v))
        self.channel.activated.connect(lambda _i: self._set(channel=self.channel.currentData()))
        self.evidence.activated.connect(lambda _i: self._set(evidence=self.evidence.currentData()))
        self.improvement_box.toggled.connect(self._improvement_toggled)
        self.horizon.activated.connect(lambda _i: self._set_improvement(horizon=self.horizon.currentData()))
        self.impact.valueChanged.connect(lambda v: self._set_improvement(impact=v))
        self.effort.valueChanged.connect(lambda v: self._set_improvement(effort=v))
        self.owner.editingFinished.connect(lambda: self._set_improvement(owner=self.owner.text().strip()))
        self.how.committed.connect(lambda text: self._set_improvement(how=text))
        self.due.dateChanged.connect(self._due_changed)
        self.status.activated.connect(lambda _i: self._set_improvement(status=self.status.currentData()))
        self.addresses.itemChanged.connect(self._addresses_changed)

    def _build_map_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title = QLineEdit()
        self.personas = QListWidget()
        self.personas.setMaximumHeight(90)
        self.notes = _CommitText()
        self.notes.setMaximumHeight(90)
        self.reviewed = QLabel()
        self.review_button = QPushButton()
        self.map_labels = [QLabel() for _ in range(4)]
        form.addRow(self.map_labels[0], self.title)
        form.addRow(self.map_labels[1], self.personas)
        form.addRow(self.map_labels[2], self.notes)
        form.addRow(self.map_labels[3], self.reviewed)
        form.addRow(self.review_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        form.addRow(self.hint)
        self.addWidget(page)
        self.title.editingFinished.connect(self._title_changed)
        self.personas.itemChanged.connect(self._personas_changed)
        self.notes.committed.connect(lambda text: self._set_map({"notes": text}, _t("Edit map notes")))
        self.review_button.clicked.connect(self.review_requested)

    def retranslate_ui(self) -> None:
        for i, kind in enumerate(d.CARD_KINDS):
            self.kind.setItemText(i, _t(d.CARD_KIND_NAMES[kind]))
        self.channel.setItemText(0, "—")
        for i, channel in enumerate(d.CHANNELS, start=1):
            self.channel.setItemText(i, _t(d.CHANNEL_NAMES[channel]))
        self.evidence.setItemText(0, self.tr("Not said"))
        for i, key in enumerate(d.EVIDENCE, start=1):
            self.evidence.setItemText(i, _t(d.EVIDENCE_NAMES[key]))
        for i, key in enumerate(d.HORIZONS):
            self.horizon.setItemText(i, _t(d.HORIZON_NAMES[key]))
        for i, key in enumerate(d.STATUSES):
            self.status.setItemText(i, _t(d.STATUS_NAMES[key]))
        for label, text in zip((self.kind_label, self.text_label, self.severity_label, self.channel_label,
                                self.evidence_label),
                               (self.tr("Kind"), self.tr("Text"), self.tr("Severity (1-4)"), self.tr("Channel"),
                                self.tr("Evidence")), strict=True):
            label.setText(text)
        self.improvement_box.setTitle(self.tr("An improvement to make"))
        for label, text in zip(self.imp_labels, (self.tr("Horizon"), self.tr("Impact (1-3)"), self.tr("Effort (1-3)"),
                                                 self.tr("Who"), self.tr("How"), self.tr("Due"), self.tr("Status"),
                                                 self.tr("Answers")), strict=True):
            label.setText(text)
        for label, text in zip(self.map_labels, (self.tr("Title"), self.tr("Personas"), self.tr("Notes"),
                                                 self.tr("Last reviewed")), strict=True):
            label.setText(text)
        self.review_button.setText(self.tr("Mark as reviewed"))
        self.evidence_box.setTitle(self.tr("Evidence from feedback"))
        self.link_button.setText(self.tr("Link customers' comments…"))
        self.hint.setText(self.tr("Drag cards from the palette onto the map. Double-click a card to edit its "
                                  "text, double-click the feelings band to add a point, drag headers to "
                                  "reorder stages and lanes."))
        self.show_selection(self.card_id)

    # -- showing ---------------------------------------------------------------------------------------
    def bind(self, journey, version: str, undo_stack, persona_choices: list[tuple[int, str]]) -> None:
        self.journey, self.version, self.undo_stack = journey, version, undo_stack
        self.persona_choices = persona_choices
        self.card_id = None
        self.show_selection(None)

    def show_selection(self, card_id: str | None) -> None:
        self.card_id = card_id
        if self.journey is None:
            return
        self._loading = True
        try:
            if card_id is None:
                self._show_map()
                self.setCurrentIndex(1)
            else:
                self._show_card(card_id)
                self.setCurrentIndex(0)
        finally:
            self._loading = False

    def _show_card(self, card_id: str) -> None:
        try:
            _version, _index, card = self.journey.doc.find_card(card_id)
        except KeyError:
            self.card_id = None
            self._show_map()
            self.setCurrentIndex(1)
            return
        self.kind.setCurrentIndex(self.kind.findData(card.kind))
        if self.text.toPlainText() != card.text:
            self.text.setPlainText(card.text)
        self.severity.setValue(card.severity or 2)
        self.severity.setEnabled(card.kind == "pain")
        self.channel.setCurrentIndex(max(0, self.channel.findData(card.channel)))
        self.channel.setEnabled(card.kind == "touchpoint")
        self.evidence.setCurrentIndex(max(0, self.evidence.findData(card.evidence)))
        imp = card.improvement
        self.improvement_box.setVisible(card.kind == "opportunity" or imp is not None)
        self.improvement_box.setChecked(imp is not None)
        imp = imp or d.Improvement()
        self.horizon.setCurrentIndex(self.horizon.findData(imp.horizon))
        self.impact.setValue(imp.impact)
        self.effort.setValue(imp.effort)
        self.owner.setText(imp.owner)
        if self.how.toPlainText() != imp.how:
            self.how.setPlainText(imp.how)
        self.due.setDate(QDate(imp.due.year, imp.due.month, imp.due.day) if imp.due else self.due.minimumDate())
        self.status.setCurrentIndex(self.status.findData(imp.status))
        self._show_evidence(card)
        self.addresses.clear()
        for pain in self.journey.doc.versions[self.version].cards:
            if pain.kind == "pain" and pain.stage == card.stage:
                item = QListWidgetItem(pain.text)
                item.setData(Qt.ItemDataRole.UserRole, pain.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if pain.id in imp.addresses else Qt.CheckState.Unchecked)
                self.addresses.addItem(item)

    def _show_evidence(self, card: d.Card) -> None:
        from app.models import feedback as answers

        shop = session.current_shop()
        if shop is None:
            return
        linked = len(card.feedback_ids)
        said = answers.similar_answer_count(shop.conn, card.feedback_ids)
        self.evidence_label.setText(
            self.tr("%n comment(s) linked", "", linked) + (
                "; " + self.tr("%n customer(s) said something similar", "", said) if said else ""))

    def choose_feedback(self) -> None:
        """Links customers' comments to the selected card (one undo step)."""
        if self.card_id is None or self.journey is None:
            return
        from app.services.journey import evidence

        shop = session.current_shop()
        if shop is None:
            return
        _v, _i, card = self.journey.doc.find_card(self.card_id)
        dialog = FeedbackLinkDialog(self, evidence.comment_choices(shop.conn), card.feedback_ids)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_feedback_links(dialog.chosen())

    def set_feedback_links(self, response_ids: list[int]) -> None:
        self._set(feedback_ids=sorted(response_ids))

    def _show_map(self) -> None:
        doc = self.journey.doc
        self.title.setText(doc.title)
        self.personas.clear()
        for pid, name in self.persona_choices:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in doc.persona_ids else Qt.CheckState.Unchecked)
            self.personas.addItem(item)
        if not self.persona_choices:
            item = QListWidgetItem(self.tr("No personas yet: create them in the Personas tab."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.personas.addItem(item)
        if self.notes.toPlainText() != doc.notes:
            self.notes.setPlainText(doc.notes)
        if doc.reviewed_on:
            text = formatting.date(doc.reviewed_on, session.fmt().locale)
            due = doc.review_due(dt.date.today())
            self.reviewed.setText(self.tr("{date} (review due)").format(date=text) if due else text)
        else:
            self.reviewed.setText(self.tr("Never"))

    # -- editing ---------------------------------------------------------------------------------------
    def _push(self, command) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)

    def _set(self, **values) -> None:
        if self._loading or self.card_id is None:
            return
        _v, _i, card = self.journey.doc.find_card(self.card_id)
        values = {k: v for k, v in values.items() if getattr(card, k) != v}
        if values:
            self._push(commands.EditCard(self.journey, self.card_id, values))

    def _text_committed(self, text: str) -> None:
        if text:
            self._set(text=text)

    def _improvement_toggled(self, on: bool) -> None:
        if self._loading or self.card_id is None:
            return
        _v, _i, card = self.journey.doc.find_card(self.card_id)
        if on and card.improvement is None:
            pains = [p.id for p in self.journey.doc.versions[self.version].cards
                     if p.kind == "pain" and p.stage == card.stage]
            self._push(commands.EditCard(self.journey, self.card_id, {"improvement": d.Improvement(addresses=pains)},
                                         self.tr("Make an improvement")))
        elif not on and card.improvement is not None:
            self._push(commands.EditCard(self.journey, self.card_id, {"improvement": None},
                                         self.tr("Remove the improvement")))

    def _set_improvement(self, **values) -> None:
        if self._loading or self.card_id is None:
            return
        _v, _i, card = self.journey.doc.find_card(self.card_id)
        if card.improvement is None:
            return
        current = card.improvement
        if all(getattr(current, k) == v for k, v in values.items()):
            return
        new = d.Improvement(**{**current.__dict__, **values})
        self._push(commands.EditCard(self.journey, self.card_id, {"improvement": new}, self.tr("Edit improvement")))

    def _due_changed(self, date: QDate) -> None:
        due = None if date == self.due.minimumDate() else dt.date(date.year(), date.month(), date.day())
        self._set_improvement(due=due)

    def _addresses_changed(self, _item) -> None:
        ids = [self.addresses.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.addresses.count())
               if self.addresses.item(i).checkState() == Qt.CheckState.Checked]
        self._set_improvement(addresses=ids)

    def _set_map(self, values: dict, text: str) -> None:
        if self._loading or self.journey is None:
            return
        doc = self.journey.doc
        if all(getattr(doc, k) == v for k, v in values.items()):
            return
        self._push(commands.SetMapFields(self.journey, values, text))

    def _title_changed(self) -> None:
        title = " ".join(self.title.text().split())
        if title:
            self._set_map({"title": title}, self.tr("Rename map"))

    def _personas_changed(self, _item) -> None:
        ids = [self.personas.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.personas.count())
               if self.personas.item(i).checkState() == Qt.CheckState.Checked]
        self._set_map({"persona_ids": [i for i in ids if i is not None]}, self.tr("Link personas"))
