"""Hand-made segments: the rule builder dialog (a name, then conditions "field / operator / value"
combined with all or any, with nested groups, and a live count of the matching customers), the
one-condition dialog that the category funnel uses, and `describe()` which writes a rule tree as a
sentence for lists and tooltips.

Fields, operators and choices come from `app.services.segments.RULE_FIELDS` (customer attributes,
figures and tags); the service validates and compiles the rules, this module only edits them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.models import attributes
from app.models import segments as rule_kinds
from app.services import formatting
from app.services.errors import UserError
from app.ui import failures, operations, session
from app.ui.dialogs import error_text, translate_buttons
from app.ui.segments.display import number

COUNT_DELAY_MS = 250  # the live count runs this long after the last edit
FIGURES_GROUP = "figures"
GROUP_ORDER = (FIGURES_GROUP, attributes.DEMOGRAPHIC, attributes.PSYCHOGRAPHIC, attributes.BEHAVIOURAL,
               attributes.GEOGRAPHIC, attributes.CONTACT, attributes.OTHER)
GROUP_TITLES = {FIGURES_GROUP: QT_TRANSLATE_NOOP("RuleBuilder", "Purchases and segments")}
_SCORE_FIELDS = frozenset({"r", "f", "m"})
_GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # on the field list's group headers


class Incomplete(ValueError):
    """A condition whose value has not been filled in yet."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("RuleBuilder", text)


def field_label(field) -> str:
    context = "RuleField" if field.group == FIGURES_GROUP else "Attribute"
    return QCoreApplication.translate(context, field.label)


def operator_label(op: str) -> str:
    from app.services import segments

    return QCoreApplication.translate("RuleOperator", segments.OPERATOR_LABELS.get(op, op))


def group_title(group: str) -> str:
    if group in GROUP_TITLES:
        return _tr(GROUP_TITLES[group])
    return QCoreApplication.translate("Attribute", attributes.BASES.get(group, group))


def choice_items(conn, field) -> list[tuple[Any, str]]:
    """(value, label shown) for a choice or category field; labels translated where they are ours."""
    from app.services import segments

    items = segments.field_choices(conn, field.key)
    if field.key in ("segment", "tier"):
        return [(value, QCoreApplication.translate("Segment", label)) for value, label in items]
    if field.group != FIGURES_GROUP:
        return [(value, QCoreApplication.translate("Attribute", label)) for value, label in items]
    return [(value, str(label)) for value, label in items]


def _money_decimals() -> int:
    return formatting.currency(session.fmt().currency).decimals


def _shop_qlocale() -> QLocale:
    return QLocale(session.fmt().locale)


# ---------------------------------------------------------------- value editors

class CheckList(QListWidget):
    """Several values at once: a short list with check boxes."""

    changed = Signal()

    def __init__(self, items: list[tuple[Any, str]]):
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for value, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = min(max(self.count(), 1), 5)
        self.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 6)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def values(self) -> list:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_values(self, values) -> None:
        wanted = set(values if isinstance(values, list) else [values])
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)


class ValueEditor(QWidget):
    """The value part of a condition, shaped by the field's kind and the operator."""

    changed = Signal()

    def __init__(self, conn, field, op: str):
        super().__init__()
        self.field, self.op = field, op
        self.parts: list[QWidget] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = field.kind
        if op in rule_kinds.NO_VALUE_OPERATORS:
            self.mode = "none"
        elif op in ("within_last_days", "more_than_days_ago"):
            self.mode = "days"
            spin = QSpinBox()
            spin.setRange(0, 36_500)
            spin.setValue(90)
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            self.parts.append(spin)
            layout.addWidget(spin)
            self.unit = QLabel(QCoreApplication.translate("RuleBuilder", "days"))
            layout.addWidget(self.unit)
        elif op == "month_is":
            self.mode = "month"
            combo = QComboBox()
            locale = QLocale()
            for month in range(1, 13):
                combo.addItem(locale.standaloneMonthName(month), month)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.parts.append(combo)
            layout.addWidget(combo)
        elif kind in (rule_kinds.STAMP, rule_kinds.ISODATE):
            self.mode = "date"
            for _ in range(2 if op in rule_kinds.PAIR_OPERATORS else 1):
                edit = QDateEdit()
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(session.qt_date_format())
                edit.setDate(QDate.currentDate())
                edit.dateChanged.connect(lambda _d: self.changed.emit())
                self.parts.append(edit)
        elif kind in (rule_kinds.NUMBER, rule_kinds.MONEY):
            self.mode = "number"
            for _ in range(2 if op in rule_kinds.PAIR_OPERATORS else 1):
                if field.key in _SCORE_FIELDS:
                    spin = QSpinBox()
                    spin.setRange(1, 5)
                    spin.setValue(4)
                    spin.valueChanged.connect(lambda _v: self.changed.emit())
                else:
                    spin = QDoubleSpinBox()
                    spin.setLocale(_shop_qlocale())
                    spin.setGroupSeparatorShown(True)
                    spin.setDecimals(_money_decimals() if kind == rule_kinds.MONEY else
                                     (1 if field.key == "distance_km" else 0))
                    spin.setRange(-1e13, 1e13)
                    if kind == rule_kinds.MONEY:
                        spin.setSuffix(" " + formatting.currency(session.fmt().currency).symbol)
                    spin.valueChanged.connect(lambda _v: self.changed.emit())
                self.parts.append(spin)
        elif kind in (rule_kinds.CHOICE, rule_kinds.CATEGORY_SET):
            items = choice_items(conn, field)
            if op in rule_kinds.LIST_OPERATORS:
                self.mode = "list"
                checklist = CheckList(items)
                checklist.changed.connect(self.changed)
                self.parts.append(checklist)
            else:
                self.mode = "choice"
                combo = QComboBox()
                for value, label in items:
                    combo.addItem(label, value)
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.parts.append(combo)
        else:  # text and tags
            self.mode = "text"
            edit = QLineEdit()
            edit.textChanged.connect(lambda _t: self.changed.emit())
            self.parts.append(edit)
        if self.mode in ("date", "number", "list", "choice", "text"):
            for i, part in enumerate(self.parts):
                if i:
                    layout.addWidget(QLabel(QCoreApplication.translate("RuleBuilder", "and")))
                layout.addWidget(part, 1)

    def has_value(self) -> bool:
        return self.mode != "none"

    def value(self) -> Any:
        """The rule's value (raises Incomplete when nothing is filled in)."""
        if self.mode == "days":
            return self.parts[0].value()
        if self.mode == "month":
            return self.parts[0].currentData()
        if self.mode == "date":
            values = [p.date().toPython().isoformat() for p in self.parts]
        elif self.mode == "number":
            values = [self._number(p.value()) for p in self.parts]
        elif self.mode == "list":
            chosen = self.parts[0].values()
            if not chosen:
                raise Incomplete
            return chosen
        elif self.mode == "choice":
            if self.parts[0].currentIndex() < 0:
                raise Incomplete
            return self.parts[0].currentData()
        else:
            text = self.parts[0].text().strip()
            if not text:
                raise Incomplete
            return text
        return values if len(values) == 2 else values[0]

    @staticmethod
    def _number(value: float) -> int | float:
        return int(value) if float(value).is_integer() else round(float(value), 6)

    def set_value(self, value: Any) -> None:
        if self.mode in ("days",):
            self.parts[0].setValue(int(value))
        elif self.mode == "month":
            self.parts[0].setCurrentIndex(max(0, self.parts[0].findData(int(value))))
        elif self.mode == "date":
            values = value if isinstance(value, list) else [value]
            for part, v in zip(self.parts, values, strict=False):
                part.setDate(QDate(dt.date.fromisoformat(str(v))))
        elif self.mode == "number":
            values = value if isinstance(value, list) else [value]
            for part, v in zip(self.parts, values, strict=False):
                part.setValue(float(v) if isinstance(part, QDoubleSpinBox) else int(v))
        elif self.mode == "list":
            self.parts[0].set_values(value)
        elif self.mode == "choice":
            self.parts[0].setCurrentIndex(self.parts[0].findData(value))
        elif self.mode == "text":
            self.parts[0].setText(str(value))


# ---------------------------------------------------------------- conditions and groups

def _field_combo() -> QComboBox:
    """The fields grouped under headers (figures first, then the four bases of segmentation)."""
    from app.services import segments

    combo = QComboBox()
    model: QStandardItemModel = combo.model()
    by_group: dict[str, list] = {}
    for field in segments.RULE_FIELDS.values():
        by_group.setdefault(field.group, []).append(field)
    for group in [g for g in GROUP_ORDER if g in by_group] + [g for g in by_group if g not in GROUP_ORDER]:
        combo.addItem(group_title(group), None)
        combo.setItemData(combo.count() - 1, group, _GROUP_ROLE)
        header = model.item(combo.count() - 1)
        header.setEnabled(False)
        font = QFont(combo.font())
        font.setBold(True)
        header.setFont(font)
        for field in by_group[group]:
            combo.addItem("    " + field_label(field), field.key)
    return combo


class ConditionRow(QFrame):
    """One condition: field, operator, value, and a button to remove it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, conn, rule: dict | None = None, *, removable: bool = True):
        super().__init__()
        from app.services import segments

        self.conn = conn
        self.fields = segments.RULE_FIELDS
        self.field_combo = _field_combo()
        self.field_combo.setObjectName("rule_field")
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("rule_operator")
        self.editor: ValueEditor | None = None
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setVisible(removable)
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_requested.emit(self))
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.field_combo, 3)
        self.layout_.addWidget(self.op_combo, 2)
        self.layout_.addStretch(4)  # replaced by the value editor
        self.layout_.addWidget(self.remove_button)
        self.field_combo.currentIndexChanged.connect(self._field_changed)
        self.op_combo.currentIndexChanged.connect(self._op_changed)
        if rule:
            self.set_rule(rule)
        else:
            self.field_combo.setCurrentIndex(self.field_combo.findData("tier"))
        self.retranslate_ui()

    def field(self):
        return self.fields.get(self.field_combo.currentData())

    def _field_changed(self, _index: int = 0) -> None:
        field = self.field()
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        if field is not None:
            for op in field.operators:
                self.op_combo.addItem(operator_label(op), op)
        self.op_combo.blockSignals(False)
        self._op_changed()

    def _op_changed(self, _index: int = 0) -> None:
        field, op = self.field(), self.op_combo.currentData()
        old = self.editor
        self.editor = ValueEditor(self.conn, field, op) if field is not None and op else None
        position = self.layout_.indexOf(old) if old is not None else 2
        if old is not None:
            self.layout_.removeWidget(old)
            old.deleteLater()
        else:
            self.layout_.takeAt(2)  # the placeholder stretch
        if self.editor is not None:
            self.editor.changed.connect(self.changed)
            self.layout_.insertWidget(position, self.editor, 4)
        self.changed.emit()

    def set_rule(self, rule: dict) -> None:
        index = self.field_combo.findData(rule.get("field"))
        if index < 0:
            raise UserError(QCoreApplication.translate("RuleBuilder", "This segment uses a field that this version does not know."))
        self.field_combo.setCurrentIndex(index)
        self._field_changed()
        op_index = self.op_combo.findData(rule.get("op"))
        if op_index >= 0:
            self.op_combo.setCurrentIndex(op_index)
        if "value" in rule and self.editor is not None and self.editor.has_value():
            self.editor.set_value(rule["value"])

    def rule(self) -> dict:
        field, op = self.field(), self.op_combo.currentData()
        if field is None or op is None or self.editor is None:
            raise Incomplete
        rule = {"field": field.key, "op": op}
        if self.editor.has_value():
            rule["value"] = self.editor.value()
        return rule

    def retranslate_ui(self) -> None:
        self.remove_button.setToolTip(QCoreApplication.translate("RuleBuilder", "Remove this condition"))
        for i in range(self.field_combo.count()):
            key = self.field_combo.itemData(i)
            field = self.fields.get(key) if key else None
            if field is not None:
                self.field_combo.setItemText(i, "    " + field_label(field))
            elif self.field_combo.itemData(i, _GROUP_ROLE):
                self.field_combo.setItemText(i, group_title(self.field_combo.itemData(i, _GROUP_ROLE)))
        for i in range(self.op_combo.count()):
            self.op_combo.setItemText(i, operator_label(self.op_combo.itemData(i)))
        if self.editor is not None and self.editor.mode == "days":
            self.editor.unit.setText(QCoreApplication.translate("RuleBuilder", "days"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class GroupEditor(QFrame):
    """Conditions (and nested groups) combined with "all" or "any"."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, conn, node: dict | None = None, *, depth: int = 0):
        super().__init__()
        self.conn = conn
        self.depth = depth
        if depth:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("rule_mode")
        self.mode_combo.addItem("", "all")
        self.mode_combo.addItem("", "any")
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.lead_label = QLabel()
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setVisible(depth > 0)
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_requested.emit(self))
        head = QHBoxLayout()
        head.addWidget(self.lead_label)
        head.addWidget(self.mode_combo)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        self.add_condition_button = QPushButton()
        self.add_condition_button.setObjectName("add_condition")
        self.add_condition_button.clicked.connect(lambda _checked=False: self.add_condition())
        self.add_group_button = QPushButton()
        self.add_group_button.clicked.connect(lambda _checked=False: self.add_group())
        from app.services.segments.rules import MAX_DEPTH

        self.add_group_button.setVisible(depth + 1 < MAX_DEPTH - 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_condition_button)
        buttons.addWidget(self.add_group_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10 if depth else 0, 6 if depth else 0, 6 if depth else 0, 6 if depth else 0)
        layout.addLayout(head)
        layout.addLayout(self.rows_layout)
        layout.addLayout(buttons)
        self.items: list[QWidget] = []
        if node:
            self.set_rules(node)
        self.retranslate_ui()

    def add_condition(self, rule: dict | None = None) -> ConditionRow:
        row = ConditionRow(self.conn, rule)
        self._add(row)
        return row

    def add_group(self, node: dict | None = None) -> GroupEditor:
        group = GroupEditor(self.conn, node or {"any": []}, depth=self.depth + 1)
        if not node:
            group.add_condition()
        self._add(group)
        return group

    def _add(self, item: QWidget) -> None:
        item.changed.connect(self.changed)
        item.remove_requested.connect(self._remove)
        self.items.append(item)
        self.rows_layout.addWidget(item)
        self.changed.emit()

    def _remove(self, item: QWidget) -> None:
        if item in self.items:
            self.items.remove(item)
            self.rows_layout.removeWidget(item)
            item.deleteLater()
            self.changed.emit()

    def set_rules(self, node: dict) -> None:
        for item in list(self.items):
            self._remove(item)
        mode = "any" if "any" in node else "all"
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        for child in node.get(mode, []):
            if "all" in child or "any" in child:
                self.add_group(child)
            else:
                self.add_condition(child)

    def rules(self) -> dict:
        return {self.mode_combo.currentData(): [item.rules() if isinstance(item, GroupEditor) else item.rule()
                                                for item in self.items]}

    def retranslate_ui(self) -> None:
        self.lead_label.setText(QCoreApplication.translate("RuleBuilder", "Customers who match") if self.depth == 0 else QCoreApplication.translate("RuleBuilder", "A group that matches"))
        self.mode_combo.setItemText(0, QCoreApplication.translate("RuleBuilder", "all of these conditions"))
        self.mode_combo.setItemText(1, QCoreApplication.translate("RuleBuilder", "any of these conditions"))
        self.add_condition_button.setText(QCoreApplication.translate("RuleBuilder", "Add a condition"))
        self.add_group_button.setText(QCoreApplication.translate("RuleBuilder", "Add a group"))
        self.remove_button.setToolTip(QCoreApplication.translate("RuleBuilder", "Remove this group"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class RuleBuilderDialog(QDialog):
    """Creates or edits a saved segment, with a live count of the customers who match."""

    def __init__(self, conn, parent: QWidget | None = None, *, name: str = "", rules: dict | None = None,
                 segment_id: int | None = None, read_only: bool = False):
        super().__init__(parent)
        self.setObjectName("rule_builder")
        self.conn = conn
        self.segment_id = segment_id
        self.saved_id: int | None = None
        self.last_count: int | None = None
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("segment_name")
        self.name_label = QLabel()
        self.group = GroupEditor(conn, rules or {"all": []})
        if not rules:
            self.group.add_condition()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.group)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.count_label = QLabel()
        self.count_label.setObjectName("live_count")
        self.count_label.setWordWrap(True)
        font = QFont(self.count_label.font())
        font.setBold(True)
        self.count_label.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton()
        self.save_button.setEnabled(not read_only)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        self.group.changed.connect(self._count_timer.start)
        self.retranslate_ui()
        self.update_count()

    def rules(self) -> dict:
        return self.group.rules()

    def update_count(self) -> int | None:
        """Counts the customers who match the rules as they are now (None when incomplete or invalid)."""
        from app.services import segments

        self._count_timer.stop()
        try:
            rules = self.rules()
            count = segments.count_matching(self.conn, rules)
        except Incomplete:
            self.last_count = None
            self.count_label.setText(self.tr("Fill in every condition to see how many customers match."))
            return None
        except UserError as exc:
            self.last_count = None
            self.count_label.setText(error_text(exc))
            return None
        self.last_count = count
        self.count_label.setText(self.tr("%n customers match these conditions.", "", count))
        return count

    def done(self, result: int) -> None:
        self._count_timer.stop()  # no count on a closed dialog (its shop may be closed meanwhile)
        super().done(result)

    def save(self) -> None:
        from app.services import segments

        try:
            rules = self.rules()
        except Incomplete:
            self.count_label.setText(self.tr("Fill in every condition before saving."))
            return
        name = self.name_edit.text()
        outcome = operations.run(lambda conn: segments.save_segment(conn, name, rules, self.segment_id),
                                 parent=self, title=self.windowTitle(),
                                 on_failure=lambda exc: self.count_label.setText(failures.describe(exc)))
        if outcome.ok:
            self.saved_id = outcome.value
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit a hand-made segment") if self.segment_id else self.tr("New hand-made segment"))
        self.name_label.setText(self.tr("Name of the segment:"))
        self.name_edit.setPlaceholderText(self.tr("For example: Office customers who buy cakes"))
        self.save_button.setText(self.tr("Save the segment"))
        translate_buttons(self.buttons)
        if hasattr(self, "_count_timer"):
            self.update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ConditionDialog(QDialog):
    """Asks for one more condition (the category funnel's "Add a filter")."""

    def __init__(self, conn, parent: QWidget | None = None, *, rule: dict | None = None):
        super().__init__(parent)
        self.setObjectName("condition_dialog")
        self.row = ConditionRow(conn, rule, removable=False)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(820, 220)
        self.retranslate_ui()

    def rule(self) -> dict | None:
        from app.services import segments

        try:
            rule = self.row.rule()
            return segments.validate_rules({"all": [rule]})["all"][0]
        except Incomplete:
            self.problem.setText(self.tr("Fill in the value of the condition."))
        except UserError as exc:
            self.problem.setText(error_text(exc))
        return None

    def _accept(self) -> None:
        if self.rule() is not None:
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a filter"))
        self.explanation.setText(self.tr("Keep only the customers who also match this condition:"))
        translate_buttons(self.buttons)


# ---------------------------------------------------------------- rules as sentences

def _value_text(conn, field, op: str, value: Any) -> str:
    kind = field.kind
    values = value if isinstance(value, list) else [value]
    if op in ("within_last_days", "more_than_days_ago"):
        return QCoreApplication.translate("RuleBuilder", "%n days", "", int(value))
    if op == "month_is":
        return QLocale().standaloneMonthName(int(value))
    if kind in (rule_kinds.CHOICE, rule_kinds.CATEGORY_SET):
        labels = dict(choice_items(conn, field))
        texts = [labels.get(v, str(v)) for v in values]
    elif kind == rule_kinds.MONEY:
        fmt = session.fmt()
        texts = [formatting.money(float(v), fmt.currency, fmt.locale) for v in values]
    elif kind in (rule_kinds.STAMP, rule_kinds.ISODATE):
        texts = [formatting.date(dt.date.fromisoformat(str(v)), session.fmt().locale) for v in values]
    elif kind == rule_kinds.NUMBER:
        texts = [number(v, 0 if float(v).is_integer() else 1) for v in values]
    else:
        texts = [f"“{v}”" for v in values]
    if op in rule_kinds.PAIR_OPERATORS:
        return QCoreApplication.translate("RuleBuilder", "{low} and {high}").format(low=texts[0], high=texts[1])
    return ", ".join(texts)


def describe(conn, node: dict) -> str:
    """A rule tree as text, e.g. "All of: Value tier is one of VIP, Premium; Province is “Hà Nội”"."""
    from app.services import segments

    if "all" in node or "any" in node:
        mode = "all" if "all" in node else "any"
        parts = [describe(conn, child) for child in node[mode]]
        if not parts:
            return QCoreApplication.translate("RuleBuilder", "every customer") if mode == "all" else QCoreApplication.translate("RuleBuilder", "no customer")
        if len(parts) == 1:
            return parts[0]
        joined = "; ".join(f"({p})" if ";" in p else p for p in parts)
        return (QCoreApplication.translate("RuleBuilder", "all of: {conditions}") if mode == "all" else QCoreApplication.translate("RuleBuilder", "any of: {conditions}")).format(conditions=joined)
    field = segments.RULE_FIELDS.get(node.get("field"))
    if field is None:
        return str(node.get("field"))
    op = node.get("op", "")
    if "value" not in node:
        return QCoreApplication.translate("RuleBuilder", "{field} {operator}").format(field=field_label(field), operator=operator_label(op))
    return QCoreApplication.translate("RuleBuilder", "{field} {operator} {value}").format(field=field_label(field), operator=operator_label(op),
                                                   value=_value_text(conn, field, op, node["value"]))
