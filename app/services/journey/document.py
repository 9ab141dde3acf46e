"""The journey map document: plain data, no Qt. A map is a grid of stages (columns) and lanes (rows);
cards live in cells (a stage and a lane), in the order of the version's card list; the feelings lane
carries one emotion point per stage (-2..+2). Every map has two versions of the same grid, "actual" and
"ideal", sharing stages and lanes. An opportunity card may carry an improvement (horizon, effort, impact,
owner, how, due date, status) and name the pain points it addresses.

The editing functions here are the only way the UI and the services change a document: each changes it
in place and returns what is needed to undo it, so an undo command is a pair of calls (docs/journey.md).
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP

VERSIONS = ("actual", "ideal")
EMOTION_MIN, EMOTION_MAX = -2.0, 2.0

# Lane kinds: the default lanes of a map, in order. A "custom" lane is the owner's own.
LANE_KINDS = ("actions", "goals", "questions", "touchpoints", "feelings", "pains", "opportunities", "custom")
LANE_TITLES = {
    "actions": QT_TRANSLATE_NOOP("Journey", "Customer actions"),
    "goals": QT_TRANSLATE_NOOP("Journey", "Goals"),
    "questions": QT_TRANSLATE_NOOP("Journey", "Questions"),
    "touchpoints": QT_TRANSLATE_NOOP("Journey", "Touchpoints and channels"),
    "feelings": QT_TRANSLATE_NOOP("Journey", "Feelings"),
    "pains": QT_TRANSLATE_NOOP("Journey", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("Journey", "Opportunities and improvements"),
    "custom": QT_TRANSLATE_NOOP("Journey", "Notes"),
}

# Card kinds; each lane kind's natural card kind has the same stem.
CARD_KINDS = ("action", "goal", "question", "touchpoint", "feeling", "pain", "opportunity", "note")
CARD_KIND_OF_LANE = {"actions": "action", "goals": "goal", "questions": "question", "touchpoints": "touchpoint",
                     "feelings": "feeling", "pains": "pain", "opportunities": "opportunity", "custom": "note"}
CARD_KIND_NAMES = {
    "action": QT_TRANSLATE_NOOP("Journey", "Action"),
    "goal": QT_TRANSLATE_NOOP("Journey", "Goal"),
    "question": QT_TRANSLATE_NOOP("Journey", "Question"),
    "touchpoint": QT_TRANSLATE_NOOP("Journey", "Touchpoint"),
    "feeling": QT_TRANSLATE_NOOP("Journey", "Feeling"),
    "pain": QT_TRANSLATE_NOOP("Journey", "Pain point"),
    "opportunity": QT_TRANSLATE_NOOP("Journey", "Opportunity"),
    "note": QT_TRANSLATE_NOOP("Journey", "Note"),
}
CHANNELS = ("store", "website", "fanpage", "chat", "phone", "email", "social", "marketing")
CHANNEL_NAMES = {
    "store": QT_TRANSLATE_NOOP("Journey", "Store"),
    "website": QT_TRANSLATE_NOOP("Journey", "Website"),
    "fanpage": QT_TRANSLATE_NOOP("Journey", "Fan page"),
    "chat": QT_TRANSLATE_NOOP("Journey", "Zalo / chat"),
    "phone": QT_TRANSLATE_NOOP("Journey", "Phone"),
    "email": QT_TRANSLATE_NOOP("Journey", "E-mail"),
    "social": QT_TRANSLATE_NOOP("Journey", "Social media"),
    "marketing": QT_TRANSLATE_NOOP("Journey", "Marketing"),
}
EVIDENCE = ("data", "feedback", "assumption")
EVIDENCE_NAMES = {
    "data": QT_TRANSLATE_NOOP("Journey", "From the shop's data"),
    "feedback": QT_TRANSLATE_NOOP("Journey", "From customer feedback"),
    "assumption": QT_TRANSLATE_NOOP("Journey", "An assumption"),
}
HORIZONS = ("short", "medium", "long")
HORIZON_NAMES = {
    "short": QT_TRANSLATE_NOOP("Journey", "Short term"),
    "medium": QT_TRANSLATE_NOOP("Journey", "Medium term"),
    "long": QT_TRANSLATE_NOOP("Journey", "Long term"),
}
STATUSES = ("todo", "doing", "done")
STATUS_NAMES = {
    "todo": QT_TRANSLATE_NOOP("Journey", "To do"),
    "doing": QT_TRANSLATE_NOOP("Journey", "In progress"),
    "done": QT_TRANSLATE_NOOP("Journey", "Done"),
}
REVIEW_AFTER_DAYS = 183  # the guides: review the map about every 6 months


def new_id() -> str:
    return uuid.uuid4().hex[:10]


@dataclass
class Stage:
    id: str
    title: str
    hidden: bool = False


@dataclass
class Lane:
    id: str
    kind: str
    title: str
    hidden: bool = False


@dataclass
class Improvement:
    horizon: str = "short"
    effort: int = 2   # 1 low .. 3 high
    impact: int = 2   # 1 low .. 3 high
    owner: str = ""
    how: str = ""
    due: dt.date | None = None
    status: str = "todo"
    addresses: list[str] = field(default_factory=list)  # ids of the pain cards it answers

    @property
    def quick_win(self) -> bool:
        return self.impact >= 3 and self.effort <= 1 or self.impact - self.effort >= 2

    @property
    def priority(self) -> int:
        """Higher first: impact counts double, effort against it; quick wins lead."""
        return 2 * self.impact - self.effort + (3 if self.quick_win else 0)


@dataclass
class Card:
    id: str
    kind: str
    text: str
    stage: str
    lane: str
    severity: int | None = None     # pain points: 1 (minor) .. 4 (customers give up)
    channel: str | None = None      # touchpoints: one of CHANNELS
    evidence: str | None = None     # one of EVIDENCE, or unknown (None)
    improvement: Improvement | None = None
    feedback_ids: list[int] = field(default_factory=list)


@dataclass
class Version:
    cards: list[Card] = field(default_factory=list)
    emotions: dict[str, float] = field(default_factory=dict)  # stage id -> -2..+2

    def cell(self, stage: str, lane: str) -> list[Card]:
        return [c for c in self.cards if c.stage == stage and c.lane == lane]


@dataclass
class JourneyDocument:
    title: str
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    versions: dict[str, Version] = field(default_factory=lambda: {v: Version() for v in VERSIONS})
    persona_ids: list[int] = field(default_factory=list)
    reviewed_on: dt.date | None = None
    notes: str = ""

    # -- reading ---------------------------------------------------------------------------------
    def version(self, name: str) -> Version:
        return self.versions[name]

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def visible_stages(self) -> list[Stage]:
        return [s for s in self.stages if not s.hidden]

    def visible_lanes(self) -> list[Lane]:
        return [lane for lane in self.lanes if not lane.hidden]

    def find_card(self, card_id: str) -> tuple[str, int, Card]:
        for name, version in self.versions.items():
            for index, card in enumerate(version.cards):
                if card.id == card_id:
                    return name, index, card
        raise KeyError(card_id)

    def lane_of_kind(self, kind: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.kind == kind), None)

    def review_due(self, today: dt.date) -> bool:
        return self.reviewed_on is None or (today - self.reviewed_on).days > REVIEW_AFTER_DAYS

    def copy(self) -> JourneyDocument:
        return copy.deepcopy(self)


# -- editing: each function changes the document and returns what undoes it ---------------------------

def add_card(doc: JourneyDocument, version: str, card: Card, index: int | None = None) -> int:
    """Inserts the card at `index` in the version's list (None: at the end); returns its index."""
    cards = doc.versions[version].cards
    index = len(cards) if index is None else max(0, min(index, len(cards)))
    cards.insert(index, card)
    return index


def remove_card(doc: JourneyDocument, card_id: str) -> tuple[str, int, Card]:
    """Removes the card; returns (version, index, card) for `add_card` to put it back."""
    version, index, card = doc.find_card(card_id)
    del doc.versions[version].cards[index]
    return version, index, card


@dataclass(frozen=True)
class Placement:
    """Where a card is: its cell and its index in the version's card list."""
    card_id: str
    stage: str
    lane: str
    index: int


def placement(doc: JourneyDocument, card_id: str) -> Placement:
    _version, index, card = doc.find_card(card_id)
    return Placement(card_id, card.stage, card.lane, index)


def move_cards(doc: JourneyDocument, moves: list[Placement]) -> list[Placement]:
    """Puts each card in its new cell at its new index (applied in order); returns the placements that
    undo the whole move (apply them with this function)."""
    before = []
    for move in moves:
        before.append(placement(doc, move.card_id))  # taken just before its own step, so undo replays exactly
        version, index, card = doc.find_card(move.card_id)
        cards = doc.versions[version].cards
        del cards[index]
        card.stage, card.lane = move.stage, move.lane
        cards.insert(max(0, min(move.index, len(cards))), card)
    return list(reversed(before))


def cell_end_index(doc: JourneyDocument, version: str, stage: str, lane: str, *, excluding=()) -> int:
    """The list index just after the last card of the cell (or the end of the list when it is empty),
    so that a card moved there lands last in the cell."""
    cards = doc.versions[version].cards
    last = -1
    for i, card in enumerate(cards):
        if card.stage == stage and card.lane == lane and card.id not in excluding:
            last = i
    return len(cards) if last < 0 else last + 1


def set_card_fields(doc: JourneyDocument, card_id: str, **values) -> dict:
    """Sets card attributes (text, kind, severity, channel, evidence, improvement, feedback_ids);
    returns the previous values."""
    _version, _index, card = doc.find_card(card_id)
    previous = {}
    for key, value in values.items():
        if not hasattr(card, key) or key in ("id", "stage", "lane"):
            raise AttributeError(key)
        previous[key] = copy.deepcopy(getattr(card, key))
        setattr(card, key, value)
    return previous


def set_emotion(doc: JourneyDocument, version: str, stage_id: str, value: float | None) -> float | None:
    """Sets (None: clears) the stage's emotion point, clamped to -2..+2; returns the previous value."""
    emotions = doc.versions[version].emotions
    previous = emotions.get(stage_id)
    if value is None:
        emotions.pop(stage_id, None)
    else:
        emotions[stage_id] = round(max(EMOTION_MIN, min(EMOTION_MAX, float(value))), 2)
    return previous


def insert_stage(doc: JourneyDocument, stage: Stage, index: int | None = None) -> int:
    index = len(doc.stages) if index is None else max(0, min(index, len(doc.stages)))
    doc.stages.insert(index, stage)
    return index


def remove_stage(doc: JourneyDocument, stage_id: str) -> tuple[int, Stage, dict[str, list[tuple[int, Card]]], dict[str, float]]:
    """Removes a stage with its cards and emotion points; returns what `restore_stage` needs."""
    index = next(i for i, s in enumerate(doc.stages) if s.id == stage_id)
    stage = doc.stages.pop(index)
    removed: dict[str, list[tuple[int, Card]]] = {}
    emotions: dict[str, float] = {}
    for name, version in doc.versions.items():
        removed[name] = [(i, c) for i, c in enumerate(version.cards) if c.stage == stage_id]
        version.cards = [c for c in version.cards if c.stage != stage_id]
        if stage_id in version.emotions:
            emotions[name] = version.emotions.pop(stage_id)
    return index, stage, removed, emotions


def restore_stage(doc: JourneyDocument, index: int, stage: Stage, removed, emotions) -> None:
    doc.stages.insert(index, stage)
    for name, items in removed.items():
        for i, card in items:
            doc.versions[name].cards.insert(i, card)
    for name, value in emotions.items():
        doc.versions[name].emotions[stage.id] = value


def move_item(items: list, item_id: str, new_index: int) -> int:
    """Moves a stage or lane to `new_index` in its list; returns its old index."""
    old = next(i for i, item in enumerate(items) if item.id == item_id)
    item = items.pop(old)
    items.insert(max(0, min(new_index, len(items))), item)
    return old


def insert_lane(doc: JourneyDocument, lane: Lane, index: int | None = None) -> int:
    index = len(doc.lanes) if index is None else max(0, min(index, len(doc.lanes)))
    doc.lanes.insert(index, lane)
    return index


def remove_lane(doc: JourneyDocument, lane_id: str) -> tuple[int, Lane, dict[str, list[tuple[int, Card]]]]:
    index = next(i for i, lane in enumerate(doc.lanes) if lane.id == lane_id)
    lane = doc.lanes.pop(index)
    removed: dict[str, list[tuple[int, Card]]] = {}
    for name, version in doc.versions.items():
        removed[name] = [(i, c) for i, c in enumerate(version.cards) if c.lane == lane_id]
        version.cards = [c for c in version.cards if c.lane != lane_id]
    return index, lane, removed


def restore_lane(doc: JourneyDocument, index: int, lane: Lane, removed) -> None:
    doc.lanes.insert(index, lane)
    for name, items in removed.items():
        for i, card in items:
            doc.versions[name].cards.insert(i, card)


def new_card(kind: str, text: str, stage: str, lane: str, **fields) -> Card:
    if kind not in CARD_KINDS:
        raise ValueError(kind)
    card = Card(new_id(), kind, text, stage, lane, **fields)
    if kind == "pain" and card.severity is None:
        card.severity = 2
    return card
