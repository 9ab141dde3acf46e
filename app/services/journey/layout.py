"""One layout for screen and paper: turns a journey document into geometry, in points (1/72 inch), with
the origin at the top left and y growing downwards. The Qt scene places its items at these rectangles
and the PDF/SVG/PNG writers (app.services.journey.render) draw the very same geometry, so what the owner
arranges on screen is what prints. Text is wrapped with the embedded font's own metrics
(app.services.fonts), which is what makes the two agree.

The grid: a title row (map title and the linked personas), then the stage headers (one column per
visible stage, after the lane-title column), then one row per visible lane. A cell's cards stack in the
order of the version's card list; a lane is as tall as its fullest cell. The feelings lane has, above its
cards, the emotion band: -2 at the bottom, +2 at the top, one point per stage at the column's centre."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services import fonts
from app.services.journey.document import Card, JourneyDocument

LANE_TITLE_W = 118.0
STAGE_W = 150.0
TITLE_H = 46.0
CARD_W = STAGE_W - 14.0
CARD_PAD_X = 6.0
CARD_PAD_Y = 5.0
CARD_GAP = 5.0
CELL_PAD = 7.0
CELL_MIN_H = 46.0
EMOTION_BAND_H = 84.0
TEXT_SIZE = 8.0
LINE_H = 10.0
SMALL_SIZE = 6.5
SMALL_LINE_H = 8.5
HEADER_SIZE = 9.5
HEADER_LINE_H = 12.0
TITLE_SIZE = 15.0
CARD_MAX_LINES = 14

KIND_COLOURS = {
    "action": "#e3f2fd", "goal": "#e8f5e9", "question": "#fff8e1", "touchpoint": "#ede7f6",
    "feeling": "#fce4ec", "opportunity": "#e0f7fa", "note": "#f5f5f5",
}
PAIN_COLOURS = {1: "#ffebee", 2: "#ffcdd2", 3: "#ef9a9a", 4: "#e57373"}
EVIDENCE_COLOURS = {"data": "#2e7d32", "feedback": "#1565c0", "assumption": "#ef6c00"}
LINE_COLOUR = "#b0bec5"
HEADER_FILL = "#37474f"
HEADER_TEXT = "#ffffff"
LANE_FILL = "#eceff1"
TEXT_COLOUR = "#212121"
CURVE_COLOURS = {"actual": "#c62828", "ideal": "#2e7d32"}


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom


@dataclass
class CardGeometry:
    card: Card
    rect: Rect
    fill: str
    label: str          # the small first line: channel, severity or improvement, "" for none
    lines: list[str]


@dataclass
class HeaderGeometry:
    id: str
    rect: Rect
    lines: list[str]


@dataclass
class Geometry:
    width: float
    height: float
    title: str
    title_rect: Rect
    stages: list[HeaderGeometry] = field(default_factory=list)
    lanes: list[HeaderGeometry] = field(default_factory=list)
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    cards: list[CardGeometry] = field(default_factory=list)
    emotion_band: Rect | None = None
    curves: dict[str, list[tuple[float, float] | None]] = field(default_factory=dict)  # version -> per stage
    grid_top: float = 0.0

    def stage_at(self, x: float) -> str | None:
        return next((s.id for s in self.stages if s.rect.x <= x < s.rect.right), None)

    def lane_at(self, y: float) -> str | None:
        return next((lane.id for lane in self.lanes if lane.rect.y <= y < lane.rect.bottom), None)

    def card_rect(self, card_id: str) -> Rect | None:
        return next((c.rect for c in self.cards if c.card.id == card_id), None)


def emotion_y(band: Rect, value: float) -> float:
    """The y of an emotion value inside the band (+2 at the top, -2 at the bottom, 8 pt margins)."""
    return band.y + 8 + (2 - value) / 4 * (band.h - 16)


def emotion_at(band: Rect, y: float) -> float:
    value = 2 - (y - band.y - 8) / (band.h - 16) * 4
    return round(max(-2.0, min(2.0, value)) * 4) / 4  # quarter steps


def card_label(card: Card, names: dict[str, str], said: int = 0) -> str:
    """The card's small first line, from `names` (translated kind, channel, horizon texts); `said`: how many
    customers said something similar (evidence from feedback)."""
    parts = []
    if card.kind == "touchpoint" and card.channel:
        parts.append(names.get(card.channel, card.channel))
    if card.kind == "pain" and card.severity:
        parts.append("●" * card.severity + "○" * (4 - card.severity))
    if card.improvement is not None:
        imp = card.improvement
        parts.append(names.get("quick_win", "Quick win") if imp.quick_win else names.get(imp.horizon, imp.horizon))
    if said:
        parts.append(names.get("said", "{count} said so").format(count=said))
    return " · ".join(parts)


def card_size(card: Card, names: dict[str, str], said: int = 0) -> tuple[str, list[str], float]:
    label = card_label(card, names, said)
    lines = fonts.wrap(card.text, CARD_W - 2 * CARD_PAD_X, TEXT_SIZE, max_lines=CARD_MAX_LINES) or [""]
    height = 2 * CARD_PAD_Y + len(lines) * LINE_H + (SMALL_LINE_H if label else 0)
    return label, lines, height


def layout(doc: JourneyDocument, version: str = "actual", *, names: dict[str, str] | None = None,
           overlay: str | None = None, title: str | None = None, said: dict[str, int] | None = None) -> Geometry:
    """The geometry of one version of the map; `overlay` names the other version whose emotion curve is
    drawn too. `names` gives the display texts of channels, horizons, "quick_win" and "said" (translated by
    the caller; English keys otherwise); `said` how many customers said something similar, per card."""
    names = names or {}
    stages = doc.visible_stages()
    lanes = doc.visible_lanes()
    cards = doc.versions[version].cards
    said = said or {}
    sizes = {card.id: card_size(card, names, said.get(card.id, 0)) for card in cards}
    stage_ids = {s.id for s in stages}
    lane_ids = {lane.id for lane in lanes}

    header_lines = [fonts.wrap(s.title, STAGE_W - 12, HEADER_SIZE, "DejaVuSans-Bold", max_lines=3) for s in stages]
    header_h = max([24.0] + [10 + len(lines) * HEADER_LINE_H for lines in header_lines])
    width = LANE_TITLE_W + STAGE_W * len(stages)
    geometry = Geometry(width=max(width, 300.0), height=0, title=title or doc.title,
                        title_rect=Rect(0, 0, max(width, 300.0), TITLE_H))
    y = TITLE_H
    geometry.grid_top = y
    for i, (stage, lines) in enumerate(zip(stages, header_lines, strict=True)):
        geometry.stages.append(HeaderGeometry(stage.id, Rect(LANE_TITLE_W + i * STAGE_W, y, STAGE_W, header_h), lines))
    y += header_h

    # cards per cell, in list order
    per_cell: dict[tuple[str, str], list[Card]] = {}
    for card in cards:
        if card.stage in stage_ids and card.lane in lane_ids:
            per_cell.setdefault((card.stage, card.lane), []).append(card)

    for lane in lanes:
        band = EMOTION_BAND_H if lane.kind == "feelings" else 0.0
        tallest = 0.0
        for stage in stages:
            stack = per_cell.get((stage.id, lane.id), [])
            tallest = max(tallest, sum(sizes[c.id][2] for c in stack) + CARD_GAP * max(0, len(stack) - 1))
        lane_h = max(CELL_MIN_H, band + tallest + 2 * CELL_PAD)
        lane_lines = fonts.wrap(lane.title, LANE_TITLE_W - 14, HEADER_SIZE, "DejaVuSans-Bold", max_lines=4)
        geometry.lanes.append(HeaderGeometry(lane.id, Rect(0, y, LANE_TITLE_W, lane_h), lane_lines))
        if band:
            geometry.emotion_band = Rect(LANE_TITLE_W, y, STAGE_W * len(stages), band)
        for i, stage in enumerate(stages):
            cell = Rect(LANE_TITLE_W + i * STAGE_W, y, STAGE_W, lane_h)
            geometry.cells[(stage.id, lane.id)] = cell
            card_y = y + band + CELL_PAD
            for card in per_cell.get((stage.id, lane.id), []):
                label, lines, height = sizes[card.id]
                fill = PAIN_COLOURS[min(4, max(1, card.severity or 2))] if card.kind == "pain" else KIND_COLOURS[card.kind]
                geometry.cards.append(CardGeometry(card, Rect(cell.x + 7, card_y, CARD_W, height), fill, label, lines))
                card_y += height + CARD_GAP
        y += lane_h
    geometry.height = y

    band_rect = geometry.emotion_band
    if band_rect is not None:
        for name in [version] + ([overlay] if overlay and overlay != version else []):
            emotions = doc.versions[name].emotions
            geometry.curves[name] = [
                (h.rect.x + STAGE_W / 2, emotion_y(band_rect, emotions[h.id])) if h.id in emotions else None
                for h in geometry.stages]
    return geometry
