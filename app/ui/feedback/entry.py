"""Typing answers: the searchable customer picker (by name, phone or code, accent-insensitive) and the
quick-entry form made for a stack of paper survey cards, keyboard only: type the score, Tab, the
first letters of the customer (arrows and Enter pick one), Tab, the comment, Enter: the answer is
saved (undoable) and the form is ready for the next card. Date, channel and source stay as they were
for the whole stack. The same form edits one answer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QStringListModel, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models import feedback as store
from app.models.text import fold
from app.models.units import datetime_to_stored, stored_to_date
from app.services.errors import UserError
from app.services.feedback import responses, tags
from app.services.feedback.definitions import CHANNELS, SOURCES
from app.ui import session
from app.ui.dialogs import error_text, translate_buttons
from app.ui.feedback.common import AddAnswerCommand, edit_answer_command, push, shop_conn, tr_feedback

MAX_CHOICES = 20


class CustomerPicker(QLineEdit):
    """A line edit that completes customers by name, phone, e-mail or code; `customer_id` is the
    chosen one (None while the text matches none: an anonymous answer)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customer_picker")
        self.customer_id: int | None = None
        self._by_text: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(10)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.textChanged.connect(self._match)

    @staticmethod
    def label(name: str, code: str, phone: str) -> str:
        return " · ".join(part for part in (name, code, phone) if part)

    def _search(self, text: str) -> None:
        shop = session.current_shop()
        if shop is None or not fold(text):
            self._model.setStringList([])
            return
        found = store.customer_choices(shop.conn, text, MAX_CHOICES)
        self._by_text = {self.label(name, code, phone): cid for cid, name, code, phone in found}
        self._model.setStringList(list(self._by_text))

    def _chosen(self, text: str) -> None:
        self.customer_id = self._by_text.get(text)
        if self.text() != text:
            self.setText(text)  # the completer leaves what was typed when the list is used with the keys

    def _match(self, text: str) -> None:
        self.customer_id = self._by_text.get(text)

    def set_customer(self, customer_id: int | None) -> None:
        shop = session.current_shop()
        found = store.customer_label(shop.conn, customer_id) if shop is not None and customer_id else None
        if found is None or customer_id is None:
            self._by_text = {}
            self.clear()
            return
        text = self.label(*found)
        self._by_text = {text: customer_id}
        self.setText(text)
        self.customer_id = customer_id


class AnswerForm(QDialog):
    """Quick entry (response_id None: Enter saves and clears for the next card) or the edit of one answer."""

    def __init__(self, parent: QWidget | None = None, response_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("answer_form")
        self.response_id = response_id
        self.saved = 0
        self._suggestions: list[str] = []
        self._tags: list[str] = []
        self.score = QLineEdit()
        self.score.setObjectName("score_edit")
        self.score.setValidator(QIntValidator(0, 10, self.score))
        self.score.setMaxLength(2)
        self.customer = CustomerPicker()
        self.comment = QLineEdit()
        self.comment.setObjectName("comment_edit")
        self.comment.textChanged.connect(self._suggest)
        self.suggested = QLabel()
        self.suggested.setWordWrap(True)
        self.use_suggested = QCheckBox()
        self.use_suggested.setChecked(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(session.qt_date_format())
        self.channel = QComboBox()
        self.source = QComboBox()
        for key in CHANNELS:
            self.channel.addItem("", key)
        for key in SOURCES:
            self.source.addItem("", key)
        self.status = QLabel()
        self.status.setObjectName("entry_status")
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(self.labels, (self.score, self.customer, self.comment, self.use_suggested, self.date,
                                              self.channel, self.source), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.insertRow(3, "", self.suggested)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Enter anywhere presses Save, the default button (a line edit passes Return on to the dialog;
        # the customer list, while open, keeps it to pick the customer)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        self.setTabOrder(self.score, self.customer)
        self.setTabOrder(self.customer, self.comment)
        self.setTabOrder(self.comment, self.use_suggested)
        if response_id is not None:
            self._load(response_id)
        self.retranslate_ui()
        self.resize(560, self.sizeHint().height())
        self.score.setFocus()

    def _load(self, response_id: int) -> None:
        record = store.get_response(shop_conn(), response_id)
        if record is None:
            return
        self.score.setText(str(record["score"]))
        self.customer.set_customer(record["customer_id"])
        self.comment.setText(record["comment"])
        when = stored_to_date(record["answered_at"])
        self.date.setDate(QDate(when.year, when.month, when.day))
        self.channel.setCurrentIndex(max(0, self.channel.findData(record["channel"])))
        self.source.setCurrentIndex(max(0, self.source.findData(record["source"])))
        self.use_suggested.setChecked(False)
        self._tags = record["tags"]

    def _suggest(self, text: str) -> None:
        shop = session.current_shop()
        names = tags.suggest_tags(text, store.tags(shop.conn) if shop else (), QCoreApplication.translate)
        self._suggestions = names
        self.suggested.setText(self.tr("Suggested tags: {tags}").format(tags=", ".join(names)) if names else "")

    def values(self) -> dict[str, Any]:
        qdate = self.date.date()
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        now = dt.datetime.now()
        moment = dt.datetime.combine(day, now.time().replace(microsecond=0)) if day == now.date() else day
        values = {"score": self.score.text(), "customer_id": self.customer.customer_id,
                  "comment": self.comment.text(),
                  "answered_at": datetime_to_stored(moment), "channel": self.channel.currentData(),
                  "source": self.source.currentData()}
        suggested = self._suggestions if self.use_suggested.isChecked() else []
        if self.response_id is None:
            values["tags"] = suggested
        else:
            values["tags"] = sorted(set(self._tags) | set(suggested))
        return values

    def save(self) -> bool:
        if not self.score.text().strip():
            self.status.setText(self.tr("Type a score from 0 to 10 first."))
            self.score.setFocus()
            return False
        values = self.values()
        try:
            responses.parse_score(values["score"])
        except UserError as exc:
            self.status.setText(error_text(exc))
            self.score.selectAll()
            self.score.setFocus()
            return False
        if self.customer.text().strip() and self.customer.customer_id is None:
            self.status.setText(self.tr("Pick the customer from the list, or clear the field for an anonymous answer."))
            self.customer.setFocus()
            return False
        if self.response_id is not None:
            if push(edit_answer_command(self.response_id, values, self)):
                self.accept()
                return True
            return False
        if not push(AddAnswerCommand(values, self)):
            return False
        self.saved += 1
        who = self.customer.text().strip() or self.tr("anonymous")
        self.status.setText(self.tr("Saved: {score} from {who}. %n answers typed in this session.", "",
                                    self.saved).format(score=values["score"], who=who))
        self.score.clear()
        self.customer.set_customer(None)
        self.comment.clear()
        self.score.setFocus()
        return True

    def retranslate_ui(self) -> None:
        editing = self.response_id is not None
        self.setWindowTitle(self.tr("Edit the answer") if editing else self.tr("Quick entry of answers"))
        self.hint.setText("" if editing else self.tr(
            "Type the score, Tab, the customer's name, phone or code (arrows and Enter pick one; leave it "
            "empty for an anonymous card), Tab, the comment, then Enter to save and go to the next card."))
        texts = (self.tr("&Score (0-10)"), self.tr("C&ustomer"), self.tr("Co&mment"), self.tr("Ta&gs"),
                 self.tr("&Date"), self.tr("C&hannel"), self.tr("S&ource"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.use_suggested.setText(self.tr("Add the suggested tags"))
        self.customer.setPlaceholderText(self.tr("Name, phone or customer code (optional)"))
        for combo, choices in ((self.channel, CHANNELS), (self.source, SOURCES)):
            for i in range(combo.count()):
                combo.setItemText(i, tr_feedback(choices[combo.itemData(i)]))
        translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

