"""Journey maps as versioned JSON: `{"format": "regulars-journey", "version": 1, ...}`. The reader
knows its versions and refuses the rest with one sentence; it refuses malformed and oversized files,
and reports (rather than silently drops) cards of unknown kinds. No pickle, nothing executable.
The same text is what the shop file stores, so a map round-trips exactly through export and import."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.models.text import nfc
from app.services.errors import UserError
from app.services.journey.document import (
    CARD_KINDS,
    CHANNELS,
    EVIDENCE,
    HORIZONS,
    LANE_KINDS,
    STATUSES,
    VERSIONS,
    Card,
    Improvement,
    JourneyDocument,
    Lane,
    Stage,
    Version,
)

FORMAT = "regulars-journey"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024   # a map with a thousand cards is well under 1 MB
MAX_CARDS = 5000
MAX_TEXT = 4000


def _date_text(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def to_dict(doc: JourneyDocument) -> dict:
    def card(c: Card) -> dict:
        out: dict[str, Any] = {"id": c.id, "kind": c.kind, "text": c.text, "stage": c.stage, "lane": c.lane}
        if c.severity is not None:
            out["severity"] = c.severity
        if c.channel:
            out["channel"] = c.channel
        if c.evidence:
            out["evidence"] = c.evidence
        if c.feedback_ids:
            out["feedback_ids"] = list(c.feedback_ids)
        if c.improvement is not None:
            i = c.improvement
            out["improvement"] = {"horizon": i.horizon, "effort": i.effort, "impact": i.impact, "owner": i.owner,
                                  "how": i.how, "due": _date_text(i.due), "status": i.status,
                                  "addresses": list(i.addresses)}
        return out

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "title": doc.title,
        "notes": doc.notes,
        "persona_ids": list(doc.persona_ids),
        "reviewed_on": _date_text(doc.reviewed_on),
        "stages": [{"id": s.id, "title": s.title, "hidden": s.hidden} for s in doc.stages],
        "lanes": [{"id": lane.id, "kind": lane.kind, "title": lane.title, "hidden": lane.hidden} for lane in doc.lanes],
        "versions": {name: {"cards": [card(c) for c in v.cards],
                             "emotions": {s.id: v.emotions[s.id] for s in doc.stages if s.id in v.emotions}}
                     for name, v in doc.versions.items()},
    }


def dumps(doc: JourneyDocument) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, separators=(",", ":"))


class _Malformed(Exception):
    pass


def _need(condition: bool, what: str) -> None:
    if not condition:
        raise _Malformed(what)


def _text(value: Any, what: str) -> str:
    _need(isinstance(value, str), what)
    _need(len(value) <= MAX_TEXT, what)
    return nfc(value)


def _int_in(value: Any, low: int, high: int, what: str) -> int:
    _need(isinstance(value, int) and not isinstance(value, bool) and low <= value <= high, what)
    return value


def _date(value: Any, what: str) -> dt.date | None:
    if value is None:
        return None
    _need(isinstance(value, str), what)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Malformed(what) from None


def from_dict(data: Any, *, unknown: list[str] | None = None) -> JourneyDocument:
    """Reads a map; cards of an unknown kind are left out and their texts appended to `unknown`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(QT_TRANSLATE_NOOP("Journey", "This file is not a Regulars journey map."),
                        context="Journey")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != FORMAT_VERSION:
        raise UserError(QT_TRANSLATE_NOOP(
            "Journey", "This journey map was written in format version {version}, which this version of "
                       "Regulars cannot read."), context="Journey", version=str(version))
    try:
        return _read(data, unknown if unknown is not None else [])
    except (_Malformed, KeyError, TypeError, AttributeError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("Journey", "This journey map is damaged ({detail}); nothing was read."),
                        context="Journey", detail=str(exc) or "missing field") from None


def _read(data: dict, unknown: list[str]) -> JourneyDocument:
    stages = []
    for s in data["stages"]:
        stages.append(Stage(_text(s["id"], "stage id"), _text(s["title"], "stage title"), bool(s.get("hidden"))))
    lanes = []
    for lane in data["lanes"]:
        kind = lane.get("kind")
        _need(kind in LANE_KINDS, "lane kind")
        lanes.append(Lane(_text(lane["id"], "lane id"), kind, _text(lane["title"], "lane title"),
                          bool(lane.get("hidden"))))
    stage_ids, lane_ids = {s.id for s in stages}, {lane.id for lane in lanes}
    _need(len(stage_ids) == len(stages) and len(lane_ids) == len(lanes), "duplicate stage or lane ids")
    versions = {}
    count = 0
    seen_cards: set[str] = set()
    raw_versions = data["versions"]
    _need(isinstance(raw_versions, dict), "versions")
    for name in VERSIONS:
        raw = raw_versions.get(name, {"cards": [], "emotions": {}})
        cards = []
        for c in raw.get("cards", []):
            count += 1
            _need(count <= MAX_CARDS, "too many cards")
            kind = c.get("kind")
            if kind not in CARD_KINDS:
                unknown.append(f"{kind}: {str(c.get('text', ''))[:60]}")
                continue
            card = Card(_text(c["id"], "card id"), kind, _text(c.get("text", ""), "card text"),
                        _text(c["stage"], "card stage"), _text(c["lane"], "card lane"))
            _need(card.stage in stage_ids and card.lane in lane_ids, "a card outside the grid")
            _need(card.id not in seen_cards, "duplicate card ids")
            seen_cards.add(card.id)
            if c.get("severity") is not None:
                card.severity = _int_in(c["severity"], 1, 4, "severity")
            if c.get("channel") is not None:
                _need(c["channel"] in CHANNELS, "channel")
                card.channel = c["channel"]
            if c.get("evidence") is not None:
                _need(c["evidence"] in EVIDENCE, "evidence")
                card.evidence = c["evidence"]
            card.feedback_ids = [_int_in(i, 1, 2**62, "feedback id") for i in c.get("feedback_ids", [])]
            if c.get("improvement") is not None:
                i = c["improvement"]
                _need(i.get("horizon") in HORIZONS and i.get("status", "todo") in STATUSES, "improvement")
                card.improvement = Improvement(
                    horizon=i["horizon"], effort=_int_in(i.get("effort", 2), 1, 3, "effort"),
                    impact=_int_in(i.get("impact", 2), 1, 3, "impact"), owner=_text(i.get("owner", ""), "owner"),
                    how=_text(i.get("how", ""), "how"), due=_date(i.get("due"), "due date"),
                    status=i.get("status", "todo"),
                    addresses=[_text(a, "addresses") for a in i.get("addresses", [])])
            cards.append(card)
        emotions = {}
        for stage_id, value in dict(raw.get("emotions", {})).items():
            _need(stage_id in stage_ids, "an emotion point outside the grid")
            _need(isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
                  and -2 <= value <= 2, "emotion")
            emotions[stage_id] = float(value)
        versions[name] = Version(cards, emotions)
    persona_ids = [_int_in(p, 1, 2**62, "persona id") for p in data.get("persona_ids", [])]
    return JourneyDocument(title=_text(data["title"], "title"), stages=stages, lanes=lanes, versions=versions,
                           persona_ids=persona_ids, reviewed_on=_date(data.get("reviewed_on"), "review date"),
                           notes=_text(data.get("notes", ""), "notes"))


def loads(text: str, *, unknown: list[str] | None = None) -> JourneyDocument:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise UserError(QT_TRANSLATE_NOOP("Journey", "This file is not a Regulars journey map."),
                        context="Journey") from None
    return from_dict(data, unknown=unknown)


def read_file(path: Path, *, unknown: list[str] | None = None) -> JourneyDocument:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(QT_TRANSLATE_NOOP("Journey", "The file {name} is too large to be a journey map."),
                            context="Journey", name=path.name)
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Journey", "The file {name} cannot be read: {reason}."),
                        context="Journey", name=path.name, reason=exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(QT_TRANSLATE_NOOP("Journey", "This file is not a Regulars journey map."),
                        context="Journey") from None
    return loads(text, unknown=unknown)


def write_file(doc: JourneyDocument, path: Path) -> None:
    """Writes the map as JSON through a temporary file, so a failure leaves nothing half-written."""
    from app.services.file_checks import write_atomically

    write_atomically(Path(path), json.dumps(to_dict(doc), ensure_ascii=False, indent=1).encode("utf-8"))
