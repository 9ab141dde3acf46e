"""The gaps between a map's actual and ideal journeys, per stage (seed 000, step 4: "find the biggest
gaps between actual and ideal"), and the improvements across maps, quick wins first (step 5).

A stage's gap has three parts:
- the emotion gap: ideal feeling minus actual feeling (-4..+4; None when either point is missing);
- the open pain points: actual pain cards of the stage that no improvement (on any opportunity card of
  the map, actual or ideal) names among the pains it addresses;
- the missing touchpoints: touchpoints of the ideal stage (by channel, else by text) the actual lacks.
Its size orders the list: the positive emotion gap, plus each open pain's severity / 2 (a pain of
severity 4, where customers give up, weighs as much as two points of feeling), plus 1 per missing
touchpoint. Stages without any gap are left out."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.text import fold as fold_text
from app.services.journey.document import Card, Improvement, JourneyDocument


@dataclass
class StageGap:
    stage_id: str
    stage_title: str
    emotion_actual: float | None
    emotion_ideal: float | None
    open_pains: list[Card] = field(default_factory=list)
    missing_touchpoints: list[Card] = field(default_factory=list)

    @property
    def emotion_gap(self) -> float | None:
        if self.emotion_actual is None or self.emotion_ideal is None:
            return None
        return round(self.emotion_ideal - self.emotion_actual, 2)

    @property
    def size(self) -> float:
        return (max(0.0, self.emotion_gap or 0.0) + sum((c.severity or 2) / 2 for c in self.open_pains)
                + len(self.missing_touchpoints))


def _touchpoint_key(card: Card) -> str:
    return card.channel or fold_text(card.text)


def addressed_pains(doc: JourneyDocument) -> set[str]:
    return {pain_id for version in doc.versions.values() for card in version.cards if card.improvement
            for pain_id in card.improvement.addresses}


def stage_gaps(doc: JourneyDocument) -> list[StageGap]:
    """The visible stages with a gap, biggest first (ties in stage order)."""
    actual, ideal = doc.versions["actual"], doc.versions["ideal"]
    addressed = addressed_pains(doc)
    gaps = []
    for order, stage in enumerate(doc.visible_stages()):
        gap = StageGap(stage.id, stage.title, actual.emotions.get(stage.id), ideal.emotions.get(stage.id))
        gap.open_pains = [c for c in actual.cards
                          if c.stage == stage.id and c.kind == "pain" and c.id not in addressed]
        present = {_touchpoint_key(c) for c in actual.cards if c.stage == stage.id and c.kind == "touchpoint"}
        wanted: dict[str, Card] = {}
        for card in ideal.cards:
            if card.stage == stage.id and card.kind == "touchpoint":
                wanted.setdefault(_touchpoint_key(card), card)
        gap.missing_touchpoints = [c for key, c in wanted.items() if key not in present]
        if gap.size > 0 or (gap.emotion_gap or 0) != 0:
            gaps.append((order, gap))
    gaps.sort(key=lambda item: (-item[1].size, item[0]))
    return [gap for _order, gap in gaps]


@dataclass(frozen=True)
class ImprovementRow:
    journey_id: int
    journey_title: str
    card_id: str
    version: str
    stage_title: str
    text: str
    improvement: Improvement


def improvements(maps: list[tuple[int, JourneyDocument]]) -> list[ImprovementRow]:
    """Every improvement of the given maps: open ones first, then by priority (quick wins on top), then
    by horizon (short before long) and due date."""
    horizon_order = {"short": 0, "medium": 1, "long": 2}
    rows = []
    for journey_id, doc in maps:
        titles = {s.id: s.title for s in doc.stages}
        for name, version in doc.versions.items():
            for card in version.cards:
                if card.improvement is not None:
                    rows.append(ImprovementRow(journey_id, doc.title, card.id, name, titles.get(card.stage, ""),
                                               card.text, card.improvement))
    rows.sort(key=lambda r: (r.improvement.status == "done", -r.improvement.priority,
                             horizon_order.get(r.improvement.horizon, 3),
                             r.improvement.due.toordinal() if r.improvement.due else 10**7))
    return rows
