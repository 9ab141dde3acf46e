"""The customer-focus quiz page of the Checklist tab (`QuizPage`): the guides' eight questions, each
answered never / sometimes / always with radio buttons (Tab from question to question, the arrow keys
between the answers of one),
"Save result" kept through `app.services.checklist.quiz` as an undoable command, the score with what
it means, and the results over time as a list and a small chart (matplotlib, drawn once the warm-up
has imported it, so that the page never loads it on the start-up path)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import formatting
from app.services.changes import Written
from app.services.checklist import quiz
from app.ui import session, warm_up
from app.ui.checklist.page_base import ChecklistPage
from app.ui.checklist.undoable import ServiceCommand, push
from app.ui.segments.chart_view import ChartView


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


class SaveQuizResult(ServiceCommand):
    """Keeps a result; undo removes it, redo keeps it again (same answers, same day)."""

    def __init__(self, answers: dict[str, int], taken_on: dt.date, parent: QWidget | None):
        super().__init__(QCoreApplication.translate("Checklist", "save the quiz result"), parent)
        self.answers, self.taken_on = dict(answers), taken_on
        self.result: quiz.QuizResult | None = None

    def forward(self, conn: sqlite3.Connection):
        result, changes = quiz.save_result(conn, self.answers, self.taken_on)
        self.result = result
        return Written(result, changes)

    def backward(self, conn: sqlite3.Connection):
        assert self.result is not None
        return quiz.remove_result(conn, self.result.id)


class QuizPage(ChecklistPage):
    """The quiz; `tab_shown()` reloads the results from the open shop."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quiz_page")
        self.results: list[quiz.QuizResult] = []
        self._chart_pending = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.question_labels: list[QLabel] = []
        self.groups: dict[str, QButtonGroup] = {}
        self.answer_buttons: dict[str, list[QRadioButton]] = {}
        questions = QGridLayout()
        questions.setColumnStretch(1, 1)
        for row, (key, _text) in enumerate(quiz.QUESTIONS):
            number = QLabel(f"{row + 1}.")
            label = QLabel()
            label.setWordWrap(True)
            answers = QWidget()  # its own parent: the arrow keys stay within one question
            answers.setObjectName(f"quiz_answers_{key}")
            answers_layout = QHBoxLayout(answers)
            answers_layout.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(self)
            buttons = []
            for value in range(len(quiz.ANSWERS)):
                button = QRadioButton()
                button.setObjectName(f"quiz_{key}_{value}")
                group.addButton(button, value)
                button.installEventFilter(self)
                answers_layout.addWidget(button)
                buttons.append(button)
            group.idClicked.connect(self._answered)
            label.setBuddy(buttons[0])
            questions.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            questions.addWidget(label, row, 1)
            questions.addWidget(answers, row, 2)
            self.question_labels.append(label)
            self.groups[key], self.answer_buttons[key] = group, buttons
        self.questions_box = QGroupBox()
        self.questions_box.setLayout(questions)
        self.save_button = QPushButton()
        self.save_button.setObjectName("quiz_save")
        self.save_button.clicked.connect(self.save)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("quiz_progress")
        self.progress_label.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.progress_label, 1)
        self.score_label = QLabel()
        self.score_label.setObjectName("quiz_score")
        self.score_label.setWordWrap(True)
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.score_label.font()
        font.setBold(True)
        self.score_label.setFont(font)
        self.meaning_label = QLabel()
        self.meaning_label.setObjectName("quiz_meaning")
        self.meaning_label.setWordWrap(True)

        self.history_box = QGroupBox()
        self.history_list = QListWidget()
        self.history_list.setObjectName("quiz_results")
        self.history_list.setMaximumWidth(260)
        self.chart_view = ChartView("quiz_results_chart", clickable=False, min_height=200, hint="")
        history = QHBoxLayout(self.history_box)
        history.addWidget(self.history_list)
        history.addWidget(self.chart_view, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        layout.addWidget(self.questions_box)
        layout.addLayout(save_row)
        layout.addWidget(self.score_label)
        layout.addWidget(self.meaning_label)
        layout.addWidget(self.history_box, 1)
        layout.addStretch(0)  # keeps the page at the top while there is no result to show
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    # Texts
    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "How customer-focused is the shop today? Answer each question as things are, not as you would "
            "like them to be. Each result is kept, so that you can take the quiz again in a few months and "
            "see the change."))
        for label, (_key, text) in zip(self.question_labels, quiz.QUESTIONS, strict=True):
            label.setText(_tr(text))
        for buttons in self.answer_buttons.values():
            for button, answer in zip(buttons, quiz.ANSWERS, strict=True):
                button.setText(_tr(answer))
        self.questions_box.setTitle(self.tr("Questions"))
        self.save_button.setText(self.tr("Save result"))
        self.history_box.setTitle(self.tr("Results over time"))
        self._show_progress()
        self._show_results()

    # Loading
    def shop_replaced(self) -> None:
        self.clear_answers()

    def load(self) -> None:
        shop = session.current_shop()
        self.results = quiz.results(shop.conn) if shop is not None else []
        self._show_progress()
        self._show_results()

    # Answers
    def answers(self) -> dict[str, int]:
        """The answers chosen so far: question key -> 0 (never), 1 (sometimes), 2 (always)."""
        return {key: group.checkedId() for key, group in self.groups.items() if group.checkedId() >= 0}

    def set_answers(self, answers: dict[str, int]) -> None:
        for key, value in answers.items():
            self.answer_buttons[key][value].setChecked(True)
        self._show_progress()

    def clear_answers(self) -> None:
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self._show_progress()

    def _answered(self, _value: int) -> None:
        self._show_progress()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Left and Right choose the answer before or after the focused one, within its question."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            for buttons in self.answer_buttons.values():
                if watched in buttons:
                    step = -1 if event.key() == Qt.Key.Key_Left else 1
                    index = buttons.index(watched) + step
                    if 0 <= index < len(buttons):
                        buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)
                        buttons[index].click()
                    return True
        return super().eventFilter(watched, event)

    def _set_tab_stops(self) -> None:
        """One Tab stop per question: its checked answer, else its first."""
        for key, buttons in self.answer_buttons.items():
            stop = max(self.groups[key].checkedId(), 0)
            for value, button in enumerate(buttons):
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if value == stop else Qt.FocusPolicy.ClickFocus)

    def _show_progress(self) -> None:
        self._set_tab_stops()
        missing = len(quiz.QUESTIONS) - len(self.answers())
        self.save_button.setEnabled(missing == 0 and self.writable)
        if not self.writable and session.current_shop() is not None:
            self.progress_label.setText(self.tr("This shop file is read-only: results cannot be saved."))
        elif missing:
            self.progress_label.setText(self.tr("Questions still to answer: %n.", "", missing))
        else:
            self.progress_label.setText(self.tr("Every question is answered."))

    def save(self) -> None:
        answers = self.answers()
        if len(answers) < len(quiz.QUESTIONS):
            return
        push(SaveQuizResult(answers, dt.date.today(), self))

    # Results
    def _show_results(self) -> None:
        locale = session.fmt().locale
        latest = self.results[-1] if self.results else None
        if latest is None:
            self.score_label.setText(self.tr("No result kept yet: answer the eight questions and save."))
            self.meaning_label.setText("")
        else:
            self.score_label.setText(self.tr("Latest score: {score} of {out_of} ({percent}), on {date}.").format(
                score=latest.score, out_of=latest.out_of, percent=formatting.percent(latest.percent, 0, locale),
                date=formatting.date(latest.taken_on, locale)))
            self.meaning_label.setText(_tr(quiz.meaning(latest)))
        self.history_list.clear()
        for result in reversed(self.results):
            self.history_list.addItem(QListWidgetItem(self.tr("{date}: {score} of {out_of} ({percent})").format(
                date=formatting.date(result.taken_on, locale), score=result.score, out_of=result.out_of,
                percent=formatting.percent(result.percent, 0, locale))))
        self.meaning_label.setVisible(latest is not None)
        self.history_box.setVisible(latest is not None)
        if self.results and not self._chart_pending:
            self._chart_pending = True
            warm_up.when_charts_ready(self.draw_chart)

    def draw_chart(self) -> None:
        """Draws the results chart (matplotlib is imported by now)."""
        from app.services.checklist import quiz_chart

        self._chart_pending = False
        results, locale = list(self.results), session.fmt().locale
        if not results:
            return
        self.chart_view.set_builder(lambda: quiz_chart.results_chart(
            results, QCoreApplication.translate, locale=locale))
        self.chart_view.draw()
