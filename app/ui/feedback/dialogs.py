"""The Feedback tab's dialogs: importing answers (the file read by the import package's `open_source`,
one column chosen per field with sample values, the guess from a Google Forms or Microsoft Forms
export filled in), printing survey cards (language, pages, the link behind the QR code), and a new
tag with its keywords."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserError
from app.services.feedback import cards, importing, tags
from app.ui import operations, session
from app.ui.dialogs import ask_save_path, error_text, safe_file_name, translate_buttons
from app.ui.feedback.common import shop_conn, tr_feedback


class ImportAnswersDialog(QDialog):
    """Choose a file, check the columns, import; `summary` holds the result after accept()."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.setObjectName("import_answers")
        self.source: Any = None  # app.services.importing.Source once a file is open
        self.summary: importing.FeedbackImportSummary | None = None
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose = QPushButton()
        self.choose.clicked.connect(lambda _checked=False: self.choose_file())
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose)
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        for spec in importing.FIELDS:
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _i, key=spec.key: self._show_samples(key))
            sample = QLabel()
            sample.setStyleSheet("color: #666666;")
            row = QVBoxLayout()
            row.addWidget(combo)
            row.addWidget(sample)
            self.combos[spec.key], self.samples[spec.key] = combo, sample
            self.field_labels[spec.key] = QLabel()
            self.form.addRow(self.field_labels[spec.key], row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("import_answers_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        if path is not None:
            self.open_file(Path(path))
        self._update()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import answers"), "",
                                              self.tr("Spreadsheets (*.csv *.txt *.xlsx *.xls *.ods)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        from app.services.importing import open_source

        try:
            self.source = open_source(path)
        except UserError as exc:
            self.source = None
            self.message.setText(error_text(exc))
            self._update()
            return
        mapping = importing.guess_mapping(self.source)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for header in self.source.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(key))))
            combo.blockSignals(False)
            self._show_samples(key)
        self.message.setText(self.tr("Recognised: {preset}. Check the columns, then import.").format(
            preset=tr_feedback(importing.PRESETS.get(mapping.preset or "", ""))))
        self._update()

    def mapping(self) -> importing.FeedbackMapping:
        mapping = importing.FeedbackMapping(preset=importing.detect_preset(self.source.headers) if self.source else None)
        for key, combo in self.combos.items():
            if combo.currentData():
                mapping = mapping.with_column(key, combo.currentData())
        return mapping

    def _show_samples(self, key: str) -> None:
        header = self.combos[key].currentData()
        values: list[str] = self.source.sample_values(self.source.headers.index(header), 3) \
            if self.source and header else []
        self.samples[key].setText(", ".join(values))
        self._update()

    def _update(self) -> None:
        self.file_label.setText(self.source.file_name if self.source else self.tr("No file chosen yet."))
        ready = self.source is not None and not self.mapping().missing()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        if self.source is not None and not ready:
            self.message.setText(" ".join(tr_feedback(m) for m in self.mapping().missing()))

    def run(self) -> None:
        source, mapping = self.source, self.mapping()

        def work(conn, _progress, _cancelled):
            return importing.import_answers(conn, source, mapping)

        job = operations.start(work, parent=self, title=self.tr("Importing answers"), on_success=self._done,
                               on_failure=lambda exc: self.message.setText(error_text(exc)), cancellable=False)
        self.job = job

    def _done(self, summary) -> None:
        from app.ui.feedback.common import ImportedAnswersCommand, push

        self.summary = summary
        if summary.added:
            push(ImportedAnswersCommand(summary, self.parentWidget()))  # Edit > Undo takes the answers out again
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import answers"))
        self.choose.setText(self.tr("Choose a file…"))
        for spec in importing.FIELDS:
            self.field_labels[spec.key].setText(tr_feedback(spec.label))
        translate_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class CardsDialog(QDialog):
    """Printable survey cards: the cards' language, how many pages, the link behind the QR code."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("survey_cards")
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if session.fmt().locale.startswith("vi") else 1)
        self.pages = QSpinBox()
        self.pages.setRange(1, 100)
        self.url = QLineEdit(cards.survey_url(shop_conn()))
        self.url.setPlaceholderText("https://forms.gle/…")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.language, self.pages, self.url), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.path: Path | None = None
        self.retranslate_ui()

    def save(self, path: Path | None = None) -> Path | None:
        url = self.url.text().strip()
        if url != cards.survey_url(shop_conn()):
            outcome = operations.run(lambda conn: cards.set_survey_url(conn, url), parent=self,
                                     title=self.tr("Survey cards"), on_failure=lambda exc: self.message.setText(
                                         error_text(exc)))
            if not outcome.ok:
                return None
        if path is None:
            name = safe_file_name(self.tr("survey cards"), "survey-cards") + ".pdf"
            path = ask_save_path(self, self.tr("Save the survey cards"), name, [(self.tr("PDF document"), ".pdf")])
            if path is None:
                return None
        try:
            cards.write_shop_cards(shop_conn(), path, language=self.language.currentData(),
                                   pages=self.pages.value())
        except UserError as exc:
            self.message.setText(error_text(exc))
            return None
        self.path = Path(path)
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if window is not None and hasattr(window, "status"):
            window.status(self.tr("Saved the survey cards to {file}.").format(file=path))
        self.accept()
        return self.path

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Survey cards"))
        self.note.setText(self.tr(
            "A PDF of A6 cards, four per A4 page: your shop's name, the 0-10 question, room for a comment and "
            "for the customer's phone or code. With the link to your own online form, each card also has a "
            "QR code to it. Print, hand out, then type the answers in with Quick entry."))
        for label, text in zip(self.labels, (self.tr("&Language of the cards"), self.tr("&Pages"),
                                             self.tr("&Link to your online form (optional)")), strict=True):
            label.setText(text)
        translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class TagDialog(QDialog):
    """A new tag (or new keywords for an existing one)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit()
        self.keywords = QLineEdit()
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.keywords), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New tag"))
        self.labels[0].setText(self.tr("&Name"))
        self.labels[1].setText(self.tr("&Keywords"))
        self.keywords.setPlaceholderText(self.tr("giao chậm, ship lâu, late delivery"))
        self.note.setText(self.tr("Comments containing the name or one of the keywords (commas between them) "
                                  "get this tag suggested; accents and capitals do not matter."))
        translate_buttons(self.buttons)

    def save(self) -> None:
        outcome = operations.run(lambda conn: tags.save_tag(conn, self.name.text(), self.keywords.text()),
                                 parent=self, title=self.tr("New tag"))
        if outcome.ok:
            self.accept()

