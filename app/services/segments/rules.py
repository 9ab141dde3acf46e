"""Hand-made segments: the catalogue of fields a rule can test (customer attributes and figures, with
labels and operators for the rule builder), validation of JSON rule trees, counting and listing the
matching customers, and the saved segments with their live counts. The SQL (and the whitelist it
enforces) is in app.models.segments; rules here only ever reach it after validation."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.i18n import QT_TRANSLATE_NOOP, Marked
from app.models import attributes, db
from app.models import segments as store
from app.models.units import date_to_day, money_to_stored
from app.services.changes import Changes, Written
from app.services.errors import UserError
from app.services.segments.definitions import SEGMENT_BY_KEY, SEGMENTS, TIER_BY_KEY, TIERS

MAX_DEPTH = 5
MAX_CONDITIONS = 100
MAX_LIST = 500
FIGURES_GROUP = "figures"


class RuleError(UserError):
    """A rule that cannot be used; the message is one sentence for the owner."""


@dataclass(frozen=True)
class RuleField:
    key: str
    label: str  # English source text; context "Attribute" for attributes, "RuleField" for figures
    group: str  # an attributes basis, or "figures"
    kind: str  # app.models.segments kinds: text, choice, number, money, stamp, isodate, bool, tags, category_set
    operators: tuple[str, ...]
    choices: tuple[tuple[str, str], ...] = ()  # fixed (value, English label); see field_choices()


OPERATOR_LABELS: dict[str, str] = {
    "equals": QT_TRANSLATE_NOOP("RuleOperator", "is"),
    "not_equals": QT_TRANSLATE_NOOP("RuleOperator", "is not"),
    "contains": QT_TRANSLATE_NOOP("RuleOperator", "contains"),
    "not_contains": QT_TRANSLATE_NOOP("RuleOperator", "does not contain"),
    "starts_with": QT_TRANSLATE_NOOP("RuleOperator", "starts with"),
    "is_empty": QT_TRANSLATE_NOOP("RuleOperator", "is empty"),
    "is_not_empty": QT_TRANSLATE_NOOP("RuleOperator", "is not empty"),
    "is": QT_TRANSLATE_NOOP("RuleOperator", "is"),
    "is_not": QT_TRANSLATE_NOOP("RuleOperator", "is not"),
    "in": QT_TRANSLATE_NOOP("RuleOperator", "is one of"),
    "not_in": QT_TRANSLATE_NOOP("RuleOperator", "is none of"),
    "eq": "=", "ne": "≠", "lt": "<", "le": "≤", "gt": ">", "ge": "≥",
    "between": QT_TRANSLATE_NOOP("RuleOperator", "is between"),
    "before": QT_TRANSLATE_NOOP("RuleOperator", "is before"),
    "after": QT_TRANSLATE_NOOP("RuleOperator", "is after"),
    "on": QT_TRANSLATE_NOOP("RuleOperator", "is on"),
    "within_last_days": QT_TRANSLATE_NOOP("RuleOperator", "is within the last (days)"),
    "more_than_days_ago": QT_TRANSLATE_NOOP("RuleOperator", "is more than (days) ago"),
    "month_is": QT_TRANSLATE_NOOP("RuleOperator", "is in month"),
    "is_true": QT_TRANSLATE_NOOP("RuleOperator", "is yes"),
    "is_false": QT_TRANSLATE_NOOP("RuleOperator", "is no"),
    "has_tag": QT_TRANSLATE_NOOP("RuleOperator", "has the tag"),
    "lacks_tag": QT_TRANSLATE_NOOP("RuleOperator", "does not have the tag"),
    "bought": QT_TRANSLATE_NOOP("RuleOperator", "includes one of"),
    "not_bought": QT_TRANSLATE_NOOP("RuleOperator", "includes none of"),
}

_FIGURE_LABELS: dict[str, str] = {
    "r": QT_TRANSLATE_NOOP("RuleField", "Recency score (1-5)"),
    "f": QT_TRANSLATE_NOOP("RuleField", "Frequency score (1-5)"),
    "m": QT_TRANSLATE_NOOP("RuleField", "Spend score (1-5)"),
    "segment": QT_TRANSLATE_NOOP("RuleField", "RFM segment"),
    "tier": QT_TRANSLATE_NOOP("RuleField", "Value tier"),
    "at_risk": QT_TRANSLATE_NOOP("RuleField", "Premium customer at risk"),
    "spend": QT_TRANSLATE_NOOP("RuleField", "Total spend"),
    "purchases": QT_TRANSLATE_NOOP("RuleField", "Number of purchases"),
    "recency_days": QT_TRANSLATE_NOOP("RuleField", "Days since the last purchase"),
    "first_purchase": QT_TRANSLATE_NOOP("RuleField", "First purchase"),
    "last_purchase": QT_TRANSLATE_NOOP("RuleField", "Last purchase"),
    "first_category": QT_TRANSLATE_NOOP("RuleField", "Category of the first purchase"),
    "bought_category": QT_TRANSLATE_NOOP("RuleField", "Categories bought"),
    "channel": QT_TRANSLATE_NOOP("RuleField", "Main sales channel"),
}


def _catalogue() -> dict[str, RuleField]:
    fields: dict[str, RuleField] = {}
    for attr in attributes.ATTRIBUTES:
        kind = store.RULE_COLUMNS[attr.key][1]
        fields[attr.key] = RuleField(attr.key, attr.label, attr.basis, kind, store.OPERATORS[kind], attr.choices)
    for key, label in _FIGURE_LABELS.items():
        kind = store.RULE_COLUMNS[key][1]
        choices: tuple[tuple[str, str], ...] = ()
        if key == "segment":
            choices = tuple((s.key, s.name) for s in SEGMENTS)
        elif key == "tier":
            choices = tuple((t.key, t.name) for t in TIERS)
        fields[key] = RuleField(key, label, FIGURES_GROUP, kind, store.OPERATORS[kind], choices)
    return fields


RULE_FIELDS: dict[str, RuleField] = _catalogue()


def field_choices(conn: sqlite3.Connection, field_key: str) -> list[tuple[object, str]]:
    """The values a choice or category field can take, with their (English or shop) labels."""
    field = RULE_FIELDS[field_key]
    if field_key in ("first_category", "bought_category"):
        return [(cid, name) for cid, name in store.categories(conn)]
    if field_key == "channel":
        return [(c, c) for c in store.distinct_channels(conn)]
    return list(field.choices)


# ---------------------------------------------------------------- validation

def _fail(template: str, **args) -> RuleError:
    """A RuleError whose template is marked in context "Rules"."""
    return RuleError(template, context="Rules", **args)


def _name(field: RuleField) -> Marked:
    """The field in a message: its key in English sentences (as rules are written in JSON), its
    translated label on screen."""
    context = "RuleField" if field.group == FIGURES_GROUP else "Attribute"
    return Marked(field.key, context, field.label)


def _date(value, field: RuleField) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "The value {value} of the rule on {field} is not a date (yyyy-mm-dd)."),
                    value=repr(value), field=_name(field)) from None


def _number(value, field: RuleField) -> float | int:
    if isinstance(value, bool):
        raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule on {field} needs a number."), field=_name(field))
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule on {field} needs a number, not {value}."),
                    field=_name(field), value=repr(value)) from None
    if not number.is_finite():
        raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule on {field} needs a finite number."), field=_name(field))
    return int(number) if number == number.to_integral_value() else float(number)


def _scalar(value, field: RuleField, op: str):
    kind = field.kind
    if op in ("within_last_days", "more_than_days_ago"):
        days = _number(value, field)
        if not isinstance(days, int) or days < 0:
            raise _fail(QT_TRANSLATE_NOOP(
                "Rules", "The number of days in the rule on {field} must be a whole number, 0 or more."),
                field=_name(field))
        return days
    if op == "month_is":
        month = _number(value, field)
        if month not in range(1, 13):
            raise _fail(QT_TRANSLATE_NOOP("Rules", "The month in the rule on {field} must be between 1 and 12."),
                        field=_name(field))
        return month
    if kind in (store.NUMBER, store.MONEY):
        return _number(value, field)
    if kind in (store.STAMP, store.ISODATE):
        return _date(value, field)
    if kind == store.CATEGORY_SET or field.key == "first_category":
        number = _number(value, field)
        if not isinstance(number, int):
            raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule on {field} needs a category."), field=_name(field))
        return number
    text = value if isinstance(value, str) else None
    if text is None or not text.strip():
        raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule on {field} needs a value."), field=_name(field))
    text = " ".join(text.split()) if kind in (store.TEXT, store.TAGS) else text.strip()
    if field.key == "segment" and text not in SEGMENT_BY_KEY:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "{value} is not an RFM segment."), value=repr(text))
    if field.key == "tier" and text not in TIER_BY_KEY:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "{value} is not a value tier."), value=repr(text))
    if field.key not in ("segment", "tier") and field.choices and text not in {k for k, _ in field.choices}:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "{value} is not one of the choices of {field}."),
                    value=repr(text), field=_name(field))
    return text


def _leaf(rule: dict) -> dict:
    unknown = set(rule) - {"field", "op", "value"}
    if unknown:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "A rule has unknown parts: {parts}."), parts=", ".join(sorted(unknown)))
    field = RULE_FIELDS.get(rule.get("field"))  # type: ignore[arg-type]
    if field is None:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule field {field} is not known."), field=repr(rule.get("field")))
    op = rule.get("op")
    if op not in field.operators:
        raise _fail(QT_TRANSLATE_NOOP("Rules", "The operator {operator} cannot be used with {field}."),
                    operator=repr(op), field=_name(field))
    value = rule.get("value")
    if op in store.NO_VALUE_OPERATORS:
        return {"field": field.key, "op": op}
    if op in store.LIST_OPERATORS:
        values = value if isinstance(value, list) else [value]
        if not values or len(values) > MAX_LIST:
            raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule on {field} needs between 1 and {most} values."),
                        field=_name(field), most=MAX_LIST)
        return {"field": field.key, "op": op, "value": [_scalar(v, field, op) for v in values]}
    if op in store.PAIR_OPERATORS:
        if not isinstance(value, list) or len(value) != 2:
            raise _fail(QT_TRANSLATE_NOOP("Rules", "The rule on {field} needs two values (from and to)."),
                        field=_name(field))
        low, high = (_scalar(v, field, op) for v in value)
        if low > high:
            raise _fail(QT_TRANSLATE_NOOP("Rules", "In the rule on {field} the first value must not be above the second."),
                        field=_name(field))
        return {"field": field.key, "op": op, "value": [low, high]}
    return {"field": field.key, "op": op, "value": _scalar(value, field, op)}


def validate_rules(rules: dict) -> dict:
    """A checked, normalised copy of a rule tree (JSON-serialisable); raises RuleError."""
    count = [0]

    def walk(node, depth: int) -> dict:
        if not isinstance(node, dict):
            raise _fail(QT_TRANSLATE_NOOP("Rules", "A rule must be a condition or an all/any group."))
        if "all" in node or "any" in node:
            if len(node) != 1:
                raise _fail(QT_TRANSLATE_NOOP("Rules", "A group has either 'all' or 'any', and nothing else."))
            if depth >= MAX_DEPTH:
                raise _fail(QT_TRANSLATE_NOOP("Rules", "Groups can be nested at most {most} deep."), most=MAX_DEPTH)
            key = "all" if "all" in node else "any"
            children = node[key]
            if not isinstance(children, list):
                raise _fail(QT_TRANSLATE_NOOP("Rules", "A group holds a list of rules."))
            return {key: [walk(child, depth + 1) for child in children]}
        count[0] += 1
        if count[0] > MAX_CONDITIONS:
            raise _fail(QT_TRANSLATE_NOOP("Rules", "A segment can have at most {most} conditions."), most=MAX_CONDITIONS)
        return _leaf(node)

    return walk(rules, 0)


def _sql_values(node: dict) -> dict:
    """The validated tree with values as stored: money in thousandths, dates of stamps as day numbers."""
    if "all" in node or "any" in node:
        key = "all" if "all" in node else "any"
        return {key: [_sql_values(child) for child in node[key]]}
    field = RULE_FIELDS[node["field"]]
    if "value" not in node:
        return node
    value = node["value"]

    def convert(v):
        if field.kind == store.MONEY:
            return money_to_stored(v)
        if field.kind == store.STAMP and node["op"] in ("before", "after", "on", "between"):
            return date_to_day(dt.date.fromisoformat(v))
        return v

    return {**node, "value": [convert(v) for v in value] if isinstance(value, list) else convert(value)}


def to_sql(conn: sqlite3.Connection, rules: dict) -> tuple[str, list]:
    """The WHERE condition and parameters of a rule tree (validated first), with the figures fresh."""
    from app.services.segments.figures import default_as_of, ensure_fresh

    checked = validate_rules(rules)
    ensure_fresh(conn)
    as_of = default_as_of(conn) or dt.date.today()
    return store.compile_rules(_sql_values(checked), date_to_day(as_of))


def matching_ids(conn: sqlite3.Connection, rules: dict) -> list[int]:
    """The customers a rule tree selects, by revenue (highest first)."""
    return store.matching_ids(conn, *to_sql(conn, rules))


def count_matching(conn: sqlite3.Connection, rules: dict) -> int:
    return store.matching_figures(conn, *to_sql(conn, rules))[0]


def count_and_revenue(conn: sqlite3.Connection, rules: dict) -> tuple[int, int]:
    return store.matching_figures(conn, *to_sql(conn, rules))


# ---------------------------------------------------------------- saved segments

@dataclass
class SavedSegment:
    id: int
    name: str
    rules: dict
    customers: int  # live count

    @property
    def ref(self) -> str:
        return f"saved:{self.id}"


def saved_segments(conn: sqlite3.Connection) -> list[SavedSegment]:
    out = []
    for sid, name, rules_json in store.saved_segments(conn):
        rules = json.loads(rules_json)
        out.append(SavedSegment(sid, name, rules, count_matching(conn, rules)))
    return out


def _gone() -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Rules", "This saved segment no longer exists."), context="Rules")


def saved_rules(conn: sqlite3.Connection, segment_id: int) -> dict:
    row = store.saved_segment(conn, segment_id)
    if row is None:
        raise _gone()
    return json.loads(row[2])


def save_segment(conn: sqlite3.Connection, name: str, rules: dict, segment_id: int | None = None) -> Written[int]:
    """Creates (or, with segment_id, replaces) a saved segment; the value is its id."""
    name = " ".join((name or "").split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Rules", "A saved segment needs a name."), context="Rules")
    checked = validate_rules(rules)
    text = json.dumps(checked, ensure_ascii=False, sort_keys=True)
    with db.transaction(conn):
        other = store.saved_segment_id_by_name(conn, name)
        if other is not None and other != segment_id:
            raise UserError(QT_TRANSLATE_NOOP("Rules", "A segment named {name} already exists."), context="Rules",
                            name=name)
        if segment_id is None:
            segment_id = store.insert_saved_segment(conn, name, text)
        elif not store.update_saved_segment(conn, segment_id, name, text):
            raise _gone()
    return Written(segment_id, Changes(segments=True))


def delete_segment(conn: sqlite3.Connection, segment_id: int) -> Changes:
    with db.transaction(conn):
        store.delete_saved_segment(conn, segment_id)
    return Changes(segments=True)
