"""The detail pane of the Customers tab: one customer's figures, every attribute of
`app.models.attributes.ATTRIBUTES` grouped by basis in an editable form, and their purchase history.

The form is built once from the attribute registry (one editor per kind: text, long text, choice,
date, number, yes/no, tags). An editor reports a finished edit through `edit_requested`; the tab
turns it into an undoable command, and the pane shows the stored value again when it changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import attributes, customers, products
from app.services import formatting
from app.ui import session, table_views
from app.ui.customers.models import PurchaseHistoryModel

_NO_DATE = QDate(1900, 1, 1)  # the date editor's "no date" value, shown as blank


class _NotesEdit(QPlainTextEdit):
    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class _DateField(QWidget):
    """A date editor that can also be empty (the ✕ button clears it)."""

    editing_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(_NO_DATE)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.edit.editingFinished.connect(self.editing_finished)
        self.edit.calendarWidget().clicked.connect(lambda _d: self.editing_finished.emit())
        self.clear_button.clicked.connect(self._clear)

    def _clear(self) -> None:
        self.edit.setDate(_NO_DATE)
        self.editing_finished.emit()

    def value(self) -> str | None:
        date = self.edit.date()
        return None if date == _NO_DATE else date.toString("yyyy-MM-dd")

    def set_value(self, value: str | None) -> None:
        date = QDate.fromString(value or "", "yyyy-MM-dd")
        self.edit.setDate(date if date.isValid() else _NO_DATE)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setCalendarPopup(not read_only)
        self.clear_button.setVisible(not read_only)


class CustomerDetail(QWidget):
    edit_requested = Signal(int, str, object)  # customer id, attribute key, new value
    export_requested = Signal(int)
    delete_requested = Signal(int)

    FIGURES = ("first_purchase", "last_purchase", "invoices", "revenue", "avg_basket", "returns",
               "main_channel", "first_category")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.customer_id: int | None = None
        self.record: dict[str, Any] | None = None
        self._loading = False

        self.stack = QStackedWidget()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)

        page = QWidget()
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.customer_id and self.export_requested.emit(self.customer_id))
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self.customer_id and self.delete_requested.emit(self.customer_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        figures = QGridLayout()
        figures.setHorizontalSpacing(16)
        self.figure_titles: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        for index, key in enumerate(self.FIGURES):
            title, value = QLabel(), QLabel()
            title.setStyleSheet("color: palette(mid);")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, col = divmod(index, 4)
            figures.addWidget(title, row * 2, col)
            figures.addWidget(value, row * 2 + 1, col)
            self.figure_titles[key], self.figure_values[key] = title, value

        self.inner_tabs = QTabWidget()
        self.inner_tabs.addTab(self._build_form(), "")
        self.history_model = PurchaseHistoryModel(self)
        self.history_view = QTableView()
        table_views.prepare_table(self.history_view, "purchase_history")
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.verticalHeader().hide()
        self.history_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.history_view.verticalHeader().setDefaultSectionSize(self.history_view.fontMetrics().height() + 8)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setWordWrap(False)
        self.inner_tabs.addTab(self.history_view, "")

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.subtitle_label)
        layout.addLayout(figures)
        layout.addLayout(buttons)
        layout.addWidget(self.inner_tabs, 1)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.retranslate_ui()

    # ----- the form -----
    def _build_form(self) -> QWidget:
        self.editors: dict[str, QWidget] = {}
        self.editor_labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        container = QWidget()
        column = QVBoxLayout(container)
        for basis in attributes.BASES:
            group = QGroupBox()
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for attribute in attributes.by_basis(basis):
                editor = self._make_editor(attribute)
                label = QLabel()
                label.setBuddy(editor)
                form.addRow(label, editor)
                self.editors[attribute.key] = editor
                self.editor_labels[attribute.key] = label
            self.groups[basis] = group
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(container)
        return scroll

    def _make_editor(self, attribute: attributes.Attribute) -> QWidget:
        key = attribute.key
        if attribute.kind == attributes.LONGTEXT:
            editor = _NotesEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 5)
            editor.editing_finished.connect(lambda: self._edited(key, editor.toPlainText()))
        elif attribute.kind == attributes.CHOICE:
            editor = QComboBox()
            editor.addItem("", None)
            for value, _label in attribute.choices:
                editor.addItem("", value)
            editor.activated.connect(lambda _i: self._edited(key, editor.currentData()))
        elif attribute.kind == attributes.DATE:
            editor = _DateField()
            editor.editing_finished.connect(lambda: self._edited(key, editor.value()))
        elif attribute.kind == attributes.BOOL:
            editor = QCheckBox()
            editor.toggled.connect(lambda checked: self._edited(key, 1 if checked else 0))
        else:
            editor = QLineEdit()
            if attribute.kind == attributes.NUMBER:
                editor.setValidator(QRegularExpressionValidator(r"\d{0,6}([.,]\d{0,3})?", editor))
                editor.editingFinished.connect(lambda: self._edited(key, self._parse_number(editor.text())))
            else:
                editor.editingFinished.connect(lambda: self._edited(key, editor.text()))
        editor.setObjectName(f"attribute_{key}")
        return editor

    @staticmethod
    def _parse_number(text: str) -> float | None:
        text = text.strip().replace(",", ".")
        return float(text) if text and text != "." else None

    def _format_number(self, value: float | None) -> str:
        if value is None:
            return ""
        return f"{value:g}".replace(".", formatting.style(session.fmt().locale).decimal)

    def _edited(self, key: str, value: Any) -> None:
        if self._loading or self.customer_id is None or self.record is None:
            return
        if self._same(key, value):
            return
        self.edit_requested.emit(self.customer_id, key, value)

    def _same(self, key: str, value: Any) -> bool:
        stored = self.record.get(key)
        if attributes.BY_KEY[key].kind == attributes.TAGS:
            return attributes.normalize_tags(value) == (stored or "")
        if isinstance(value, str):
            value = value.strip() if attributes.BY_KEY[key].kind != attributes.LONGTEXT else value
            return value == (stored or "")
        return value == stored

    def _set_editor(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        kind = attributes.BY_KEY[key].kind
        if kind == attributes.LONGTEXT:
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        elif kind == attributes.CHOICE:
            index = editor.findData(value)
            if index < 0 and value:  # a value from an import that is not one of the choices
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(max(index, 0))
        elif kind == attributes.DATE:
            editor.set_value(value)
        elif kind == attributes.BOOL:
            editor.setChecked(bool(value))
        elif kind == attributes.NUMBER:
            editor.setText(self._format_number(value))
        else:
            editor.setText("" if value is None else str(value))
            editor.setCursorPosition(0)

    def _set_read_only(self, read_only: bool) -> None:
        for key, editor in self.editors.items():
            kind = attributes.BY_KEY[key].kind
            if kind in (attributes.CHOICE, attributes.BOOL):
                editor.setEnabled(not read_only)
            elif kind == attributes.DATE:
                editor.set_read_only(read_only)
            else:
                editor.setReadOnly(read_only)
        self.delete_button.setEnabled(not read_only)

    # ----- showing a customer -----
    def show_customer(self, customer_id: int | None) -> None:
        shop = session.current_shop()
        record = customers.get(shop.conn, customer_id) if shop is not None and customer_id is not None else None
        if record is None:
            self.customer_id, self.record = None, None
            self.history_model.set_rows([])
            self.stack.setCurrentIndex(0)
            return
        self.customer_id, self.record = customer_id, record
        if record.get("first_category_id") is not None:
            record["first_category"] = products.category_name(shop.conn, record["first_category_id"])
        self._loading = True
        try:
            date_format = session.qt_date_format()
            for editor in self.editors.values():
                if isinstance(editor, _DateField):
                    editor.edit.setDisplayFormat(date_format)
            for key in self.editors:
                self._set_editor(key, record.get(key))
        finally:
            self._loading = False
        self._set_read_only(not session.is_writable())
        self._show_header()
        self.history_model.set_rows(customers.purchase_history(shop.conn, customer_id))
        self._fit_history_columns()
        self._update_history_title()
        self.stack.setCurrentIndex(1)

    def refresh(self) -> None:
        self.show_customer(self.customer_id)

    def _show_header(self) -> None:
        record = self.record
        if record is None:
            return
        fmt = session.fmt()
        self.name_label.setText(record.get("name") or self.tr("(no name)"))
        self.subtitle_label.setText("  ·  ".join(str(record[k]) for k in ("code", "phone", "email") if record.get(k)))
        invoices = record.get("invoices") or 0
        values = {
            "first_purchase": fmt.date(record.get("first_purchase")) or "–",
            "last_purchase": fmt.date(record.get("last_purchase")) or "–",
            "invoices": fmt.number(invoices),
            "revenue": fmt.money(record.get("revenue") or 0),
            "avg_basket": fmt.money((record.get("revenue") or 0) // invoices) if invoices else "–",
            "returns": fmt.money(record.get("returns") or 0),
            "main_channel": record.get("main_channel") or "–",
            "first_category": record.get("first_category") or "–",
        }
        for key, text in values.items():
            self.figure_values[key].setText(text)

    def _fit_history_columns(self) -> None:
        """Widths from the titles and the first lines (a regular customer can have thousands)."""
        table_views.fit_columns(self.history_view)

    def _update_history_title(self) -> None:
        count = self.history_model.rowCount()
        self.inner_tabs.setTabText(1, self.tr("Purchases (%n lines)", "", count))

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr("Choose a customer in the list to see their details."))
        self.export_button.setText(self.tr("Export this customer's data…"))
        self.delete_button.setText(self.tr("Delete this customer…"))
        self.inner_tabs.setTabText(0, self.tr("Details"))
        self._update_history_title()
        titles = {
            "first_purchase": self.tr("First purchase"),
            "last_purchase": self.tr("Last purchase"),
            "invoices": self.tr("Purchases"),
            "revenue": self.tr("Total spent"),
            "avg_basket": self.tr("Average basket"),
            "returns": self.tr("Returns"),
            "main_channel": self.tr("Main channel"),
            "first_category": self.tr("First category bought"),
        }
        for key, text in titles.items():
            self.figure_titles[key].setText(text)
        for basis, group in self.groups.items():
            group.setTitle(QCoreApplication.translate("Attribute", attributes.BASES[basis]))
        for key, label in self.editor_labels.items():
            label.setText(QCoreApplication.translate("Attribute", attributes.BY_KEY[key].label) + ":")
        for key, editor in self.editors.items():
            attribute = attributes.BY_KEY[key]
            if attribute.kind == attributes.CHOICE:
                for index in range(1, editor.count()):
                    value = editor.itemData(index)
                    label = attribute.choice_label(value)
                    editor.setItemText(index, QCoreApplication.translate("Attribute", label))
            elif attribute.kind == attributes.TAGS:
                editor.setPlaceholderText(self.tr("Words separated by commas, e.g. VIP, wholesale"))
            elif attribute.kind == attributes.DATE:
                editor.clear_button.setToolTip(self.tr("No date"))
                editor.edit.calendarWidget().setLocale(QLocale())  # month names in the interface language
        self.history_model.retranslate()
        self._fit_history_columns()
        if self.record is not None:
            self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

