"""The Net Promoter Score with its margin of error, and the groups it is split into.

NPS = % promoters (9-10) − % detractors (0-6). The 95% interval is the adjusted Wald interval
(MeasuringU; Rocks 2016): add 3/4 to the promoters and to the detractors and 3 to n; with
p = promoters'/n', d = detractors'/n', the centre is 100(p − d) and the margin
100 × 1.96 × sqrt((p + d − (p − d)²) / n'), the interval clipped to [−100, 100]. A score from fewer
than 30 answers, or with a margin over 20 points, carries a plain warning.

Two scores differ by more than the noise when |NPS₁ − NPS₂| > 100 × 1.96 × sqrt(var₁/n₁' + var₂/n₂')
(var = p + d − (p − d)², the adjusted figures of each group); the same test calls a change between two
periods of the trend a change.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.models import feedback as store
from app.models.units import datetime_to_stored, day_to_date

Z = 1.96
MIN_RESPONSES = 30
MAX_MARGIN = 20.0
ADD_EACH, ADD_N = 0.75, 3.0
PREMIUM_TIERS = ("vip", "premium")

NO_ANSWERS = QT_TRANSLATE_NOOP("Feedback", "No answers yet, so there is no score.")
TOO_FEW = QT_TRANSLATE_NOOP("Feedback", "Too few answers to trust this score: it could be anywhere from {low} to {high}.")
UNCERTAIN = QT_TRANSLATE_NOOP("Feedback", "The margin of error is wide: the score could be anywhere from {low} to {high}.")


@dataclass(frozen=True)
class Score:
    """The NPS of one group of answers."""

    group: Any
    responses: int
    promoters: int
    detractors: int

    @property
    def passives(self) -> int:
        return self.responses - self.promoters - self.detractors

    @property
    def nps(self) -> float | None:
        if not self.responses:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.responses

    @property
    def adjusted_n(self) -> float:
        return self.responses + ADD_N

    @property
    def _pd(self) -> tuple[float, float]:
        n = self.adjusted_n
        return (self.promoters + ADD_EACH) / n, (self.detractors + ADD_EACH) / n

    @property
    def variance(self) -> float:
        """p + d − (p − d)² of the adjusted proportions (per answer)."""
        p, d = self._pd
        return p + d - (p - d) ** 2

    @property
    def centre(self) -> float:
        p, d = self._pd
        return 100.0 * (p - d)

    @property
    def margin(self) -> float:
        return 100.0 * Z * math.sqrt(self.variance / self.adjusted_n)

    @property
    def ci_low(self) -> float | None:
        return max(-100.0, self.centre - self.margin) if self.responses else None

    @property
    def ci_high(self) -> float | None:
        return min(100.0, self.centre + self.margin) if self.responses else None

    @property
    def too_few(self) -> bool:
        return self.responses < MIN_RESPONSES or self.margin > MAX_MARGIN

    def warning(self) -> tuple[str, dict[str, str]] | None:
        """(template, arguments) of the sentence to show with the score, or None when it can be trusted.
        The UI translates the template (context "Feedback")."""
        if not self.responses:
            return NO_ANSWERS, {}
        if not self.too_few:
            return None
        args = {"low": signed(self.ci_low), "high": signed(self.ci_high)}
        return (TOO_FEW if self.responses < MIN_RESPONSES else UNCERTAIN), args

    def warning_text(self) -> str | None:
        """The English sentence (command line)."""
        found = self.warning()
        return None if found is None else found[0].format(**found[1])

    def to_dict(self) -> dict[str, Any]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 1)

        return {"group": self.group, "responses": self.responses, "promoters": self.promoters,
                "passives": self.passives, "detractors": self.detractors, "nps": rounded(self.nps),
                "ci_low": rounded(self.ci_low), "ci_high": rounded(self.ci_high), "too_few": self.too_few}


def signed(value: float | None) -> str:
    """-10 -> "-10", 60 -> "+60", 0 -> "0" (scores are shown as whole points)."""
    if value is None:
        return ""
    whole = int(round(value))
    return f"+{whole}" if whole > 0 else str(whole)


@dataclass(frozen=True)
class Difference:
    value: float | None  # first − second, in NPS points
    margin: float | None  # 1.96 × the standard error of the difference, in points
    significant: bool


def difference(first: Score, second: Score) -> Difference:
    """Whether two scores differ by more than the noise (see the module's docstring)."""
    if first.nps is None or second.nps is None:
        return Difference(None, None, False)
    value = first.nps - second.nps
    margin = 100.0 * Z * math.sqrt(first.variance / first.adjusted_n + second.variance / second.adjusted_n)
    return Difference(value, margin, abs(value) > margin)


def _scores(rows: Iterable[tuple[Any, int, int, int]]) -> list[Score]:
    return [Score(group, n, p, d) for group, n, p, d in rows]


def _since_seconds(since) -> int | None:
    return None if since is None else datetime_to_stored(since)


def _fresh_figures(conn: sqlite3.Connection) -> None:
    from app.services.segments.figures import ensure_fresh

    ensure_fresh(conn)


def overall(conn: sqlite3.Connection, *, latest_per_customer: bool = False, since=None) -> Score:
    rows = store.group_counts(conn, "all", latest_per_customer=latest_per_customer, since=_since_seconds(since))
    return Score("all", *rows[0][1:]) if rows else Score("all", 0, 0, 0)


def by_group(conn: sqlite3.Connection, by: str, *, latest_per_customer: bool = False, since=None) -> list[Score]:
    """One Score per group, in group order: `by` is segment, tier, premium, channel, source, month or
    quarter. Groups by segment or tier put answers without a customer (or from a customer without
    purchases) under ''."""
    options: dict[str, Any] = {"latest_per_customer": latest_per_customer, "since": _since_seconds(since)}
    if by in store.NEEDS_FIGURES:
        _fresh_figures(conn)
        totals = _customer_groups(conn, options)[by]
        if by == "premium":
            return [Score(key, *totals.get(key, (0, 0, 0))) for key in ("premium", "rest")]
        return [Score(key, *totals[key]) for key in sorted(totals)]
    if by in ("month", "quarter"):
        totals = _period_totals(conn, by, options)
        return [Score(key, *totals[key]) for key in sorted(totals)]
    return _scores(store.group_counts(conn, by, **options))


def _add(totals: dict[Any, list[int]], key: Any, n: int, p: int | None, d: int | None) -> None:
    total = totals.setdefault(key, [0, 0, 0])
    total[0] += n
    total[1] += p or 0
    total[2] += d or 0


def _customer_groups(conn: sqlite3.Connection, options: dict[str, Any]) -> dict[str, dict[Any, list[int]]]:
    """The counts by all, premium, segment and tier, summed from the counts per customer."""
    figures = store.segments_and_tiers(conn)
    totals: dict[str, dict[Any, list[int]]] = {"all": {}, "premium": {}, "segment": {}, "tier": {}}
    for customer, n, p, d in store.customer_counts(conn, **options):
        segment, tier = figures.get(customer, ("", "")) if customer is not None else ("", "")
        for by, key in (("all", "all"), ("premium", "premium" if tier in PREMIUM_TIERS else "rest"),
                        ("segment", segment), ("tier", tier)):
            _add(totals[by], key, n, p, d)
    return totals


def _period_totals(conn: sqlite3.Connection, period: str, options: dict[str, Any]) -> dict[int, list[int]]:
    """yyyymm (month) or yyyyq (quarter) -> counts, summed from the counts per day."""
    totals: dict[int, list[int]] = {}
    for day, n, p, d in store.day_counts(conn, **options):
        date = day_to_date(day)
        key = date.year * 100 + date.month if period == "month" else date.year * 10 + (date.month + 2) // 3
        _add(totals, key, n, p, d)
    return totals


@dataclass(frozen=True)
class PremiumComparison:
    premium: Score
    rest: Score
    difference: Difference


def premium_comparison(conn: sqlite3.Connection, *, latest_per_customer: bool = False, since=None) -> PremiumComparison:
    premium, rest = by_group(conn, "premium", latest_per_customer=latest_per_customer, since=since)
    return PremiumComparison(premium, rest, difference(premium, rest))


@dataclass(frozen=True)
class Trend:
    period: str  # "month" or "quarter"
    scores: list[Score]  # in time order; group = yyyymm or yyyyq
    changes: list[int] = field(default_factory=list)  # per score: +1 / −1 when larger than the noise, else 0


def trend(conn: sqlite3.Connection, period: str = "month", *, latest_per_customer: bool = False, since=None) -> Trend:
    if period not in ("month", "quarter"):
        raise ValueError(period)
    return _trend(period, by_group(conn, period, latest_per_customer=latest_per_customer, since=since))


def _trend(period: str, scores: list[Score]) -> Trend:
    """The scores in time order, each marked +1 / −1 when it differs from the one before by more than
    the noise."""
    changes = [0]
    for before, after in zip(scores, scores[1:], strict=False):
        diff = difference(after, before)
        changes.append(0 if not diff.significant or diff.value is None else (1 if diff.value > 0 else -1))
    return Trend(period, scores, changes[:len(scores)])


def period_label(key: int, period: str) -> str:
    """202603 -> '03/2026' (month), 20261 -> 'Q1 2026' (quarter)."""
    if period == "quarter":
        return f"Q{key % 10} {key // 10}"
    return f"{key % 100:02d}/{key // 100}"


def segment_nps(conn: sqlite3.Connection, customer_ids: Sequence[int] | Iterable[int], *,
                latest_per_customer: bool = True, since=None) -> Score:
    """The NPS of a set of customers (e.g. a persona's segment): their latest answers by default.
    Answers without a customer never count here."""
    rows = store.group_counts(conn, "all", latest_per_customer=latest_per_customer, since=_since_seconds(since),
                              customer_ids=customer_ids)
    return Score("segment", *rows[0][1:]) if rows else Score("segment", 0, 0, 0)


@dataclass(frozen=True)
class Overview:
    """What the Feedback tab shows when it opens."""

    total: Score
    premium: PremiumComparison
    by_segment: list[Score]
    by_channel: list[Score]
    trend: Trend


def load_overview(conn: sqlite3.Connection, *, latest_per_customer: bool = False, since=None,
                  period: str = "month") -> Overview:
    """The overall score, premium against the rest, by segment, by channel and the trend: the same
    figures as the functions above, with the per-customer counts read once for the first three."""
    _fresh_figures(conn)
    options: dict[str, Any] = {"latest_per_customer": latest_per_customer, "since": _since_seconds(since)}
    totals = _customer_groups(conn, options)
    months = _period_totals(conn, period, options)
    premium, rest = (Score(key, *totals["premium"].get(key, (0, 0, 0))) for key in ("premium", "rest"))
    return Overview(Score("all", *totals["all"].get("all", (0, 0, 0))),
                    PremiumComparison(premium, rest, difference(premium, rest)),
                    [Score(key, *totals["segment"][key]) for key in sorted(totals["segment"])],
                    _scores(store.group_counts(conn, "channel", **options)),
                    _trend(period, [Score(key, *months[key]) for key in sorted(months)]))
