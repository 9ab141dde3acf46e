"""The owner-editable parameters of the segments, stored as one JSON value in the shop file: the
small-shop thresholds, the premium-at-risk and tier parameters, the target-choice weights, the
reference date for recency and whether returns count against a customer's value (the last two are
edited in File > Shop settings)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field, fields

from app.i18n import QT_TRANSLATE_NOOP
from app.models import segments as segment_store
from app.services.errors import UserError

SMALL_SHOP_MIN_CUSTOMERS = 200
SMALL_SHOP_MIN_DAYS = 90
CRITERIA: tuple[str, ...] = ("size", "profitability", "accessibility", "stability")
RECENCY_REFERENCES = ("last_sale", "today")
CRITERION_NAMES: dict[str, str] = {
    "size": QT_TRANSLATE_NOOP("Segment", "Size"),
    "profitability": QT_TRANSLATE_NOOP("Segment", "Profitability"),
    "accessibility": QT_TRANSLATE_NOOP("Segment", "Accessibility"),
    "stability": QT_TRANSLATE_NOOP("Segment", "Stability"),
}


# Per kind of threshold: not whole numbers, not four values, not in order (whole sentences, so that
# each translates as one).
_THRESHOLD_MESSAGES: dict[str, tuple[str, str, str]] = {
    "recency": (
        QT_TRANSLATE_NOOP("Segment", "The recency thresholds must be whole numbers."),
        QT_TRANSLATE_NOOP("Segment", "The recency thresholds need four values, for scores 2 to 5."),
        QT_TRANSLATE_NOOP("Segment", "The recency thresholds must be positive and strictly decreasing."),
    ),
    "frequency": (
        QT_TRANSLATE_NOOP("Segment", "The frequency thresholds must be whole numbers."),
        QT_TRANSLATE_NOOP("Segment", "The frequency thresholds need four values, for scores 2 to 5."),
        QT_TRANSLATE_NOOP("Segment", "The frequency thresholds must be positive and strictly increasing."),
    ),
    "spend": (
        QT_TRANSLATE_NOOP("Segment", "The spend thresholds must be whole numbers."),
        QT_TRANSLATE_NOOP("Segment", "The spend thresholds need four values, for scores 2 to 5."),
        QT_TRANSLATE_NOOP("Segment", "The spend thresholds must be positive and strictly increasing."),
    ),
}


def _invalid(template: str) -> UserError:
    return UserError(template, context="Segment")


@dataclass
class SegmentSettings:
    # Small-shop thresholds for scores 2, 3, 4 and 5 (score 1 below the first).
    recency_days: list[int] = field(default_factory=lambda: [180, 90, 60, 30])  # at most
    frequency: list[int] = field(default_factory=lambda: [2, 3, 5, 8])  # at least
    monetary: list[int] | None = None  # at least, thousandths; None: 0.5, 1, 2, 4 x the median spend
    # Tiers: a repeat customer is Regular when they buy at least once every this many days on average.
    regular_every_days: int = 90
    # Premium at risk: recency beyond this many times their usual gap, and at least risk_min_days.
    risk_gap_factor: float = 2.0
    risk_min_days: int = 30
    # Target choice: weights of the four criteria.
    weights: dict[str, float] = field(default_factory=lambda: dict.fromkeys(CRITERIA, 1.0))
    # Recency is counted to the day after the last sale ("last_sale") or to today ("today").
    recency_reference: str = "last_sale"
    # A customer's value (monetary) is their purchases less their returns (True, the default: a fully
    # refunded customer brought nothing), or their purchases alone (False: the published RFM
    # analyses of the UCI Online Retail data, REFERENCE.md).
    returns_count: bool = True

    def validated(self) -> SegmentSettings:
        """A checked copy; raises UserError with one sentence when a value cannot be used."""
        def ints(values, what, ascending):
            not_whole, not_four, not_ordered = _THRESHOLD_MESSAGES[what]
            try:
                out = [int(v) for v in values]
            except (TypeError, ValueError):
                raise _invalid(not_whole) from None
            if len(out) != 4:
                raise _invalid(not_four)
            steps = zip(out, out[1:], strict=False)
            if any((b <= a) if ascending else (b >= a) for a, b in steps) or min(out) < 0:
                raise _invalid(not_ordered)
            return out

        recency = ints(self.recency_days, "recency", ascending=False)
        frequency = ints(self.frequency, "frequency", ascending=True)
        monetary = None if self.monetary is None else ints(self.monetary, "spend", ascending=True)
        if not 1 <= int(self.regular_every_days) <= 3650:
            raise _invalid(QT_TRANSLATE_NOOP(
                "Segment", "The number of days for a regular customer must be between 1 and 3650."))
        if not 1.0 <= float(self.risk_gap_factor) <= 20.0:
            raise _invalid(QT_TRANSLATE_NOOP("Segment", "The at-risk factor must be between 1 and 20."))
        if not 0 <= int(self.risk_min_days) <= 3650:
            raise _invalid(QT_TRANSLATE_NOOP("Segment", "The at-risk minimum number of days must be between 0 and 3650."))
        weights = {}
        for key in CRITERIA:
            try:
                weights[key] = float(self.weights.get(key, 1.0))
            except (TypeError, ValueError):
                raise _invalid(QT_TRANSLATE_NOOP("Segment", "The weights of the criteria must be numbers.")) from None
        if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
            raise _invalid(QT_TRANSLATE_NOOP(
                "Segment", "The weights of the criteria must not be negative, and at least one must be above zero."))
        if self.recency_reference not in RECENCY_REFERENCES:
            raise _invalid(QT_TRANSLATE_NOOP("Segment", "The reference date for recency must be the day after the "
                                             "last sale or today."))
        return SegmentSettings(recency, frequency, monetary, int(self.regular_every_days),
                               float(self.risk_gap_factor), int(self.risk_min_days), weights,
                               self.recency_reference, bool(self.returns_count))

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SegmentSettings:
        """Unknown keys are ignored and missing ones take their defaults (files from other versions)."""
        try:
            data = json.loads(text) if text else {}
        except json.JSONDecodeError:
            data = {}
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in (data if isinstance(data, dict) else {}).items() if k in known})
        try:
            return settings.validated()
        except UserError:
            return cls()


def load_settings(conn: sqlite3.Connection) -> SegmentSettings:
    return SegmentSettings.from_json(segment_store.get_settings_json(conn))

