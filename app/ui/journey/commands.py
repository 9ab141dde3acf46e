"""The undoable edits of a journey map (orange-canvas-core's document/commands.py is the model): each
command changes the document through app.services.journey.document and keeps the value that undoes it;
no command touches a graphics item. A drag of many cards is one MoveCards; typing is one EditCard per
finished edit."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.journey import document as d
from app.ui.journey.model import JourneyMap


class AddCards(QUndoCommand):
    def __init__(self, journey: JourneyMap, version: str, cards: list[d.Card], text: str | None = None):
        super().__init__(text or QCoreApplication.translate("JourneyCommands", "Add card"))
        self.journey, self.version, self.cards = journey, version, cards
        self.indices: list[int] = []

    def redo(self) -> None:
        def add(doc):
            return [d.add_card(doc, self.version, card, d.cell_end_index(doc, self.version, card.stage, card.lane))
                    for card in self.cards]
        self.indices = self.journey.edit("cards", add, [c.id for c in self.cards])

    def undo(self) -> None:
        def remove(doc):
            for card in reversed(self.cards):
                d.remove_card(doc, card.id)
        self.journey.edit("cards", remove, [c.id for c in self.cards])


class RemoveCards(QUndoCommand):
    def __init__(self, journey: JourneyMap, card_ids: list[str], text: str | None = None):
        super().__init__(text or QCoreApplication.translate("JourneyCommands", "Delete cards"))
        self.journey, self.card_ids = journey, card_ids
        self.removed: list[tuple[str, int, d.Card]] = []

    def redo(self) -> None:
        self.removed = self.journey.edit("cards", lambda doc: [d.remove_card(doc, cid) for cid in self.card_ids],
                                         list(self.card_ids))

    def undo(self) -> None:
        def restore(doc):
            for version, index, card in reversed(self.removed):
                d.add_card(doc, version, card, index)
        self.journey.edit("cards", restore, list(self.card_ids))


class MoveCards(QUndoCommand):
    def __init__(self, journey: JourneyMap, moves: list[d.Placement], text: str | None = None):
        super().__init__(text or QCoreApplication.translate("JourneyCommands", "Move cards"))
        self.journey, self.moves = journey, moves
        self.back: list[d.Placement] = []

    def redo(self) -> None:
        self.back = self.journey.edit("cards", lambda doc: d.move_cards(doc, self.moves), [m.card_id for m in self.moves])

    def undo(self) -> None:
        self.journey.edit("cards", lambda doc: d.move_cards(doc, self.back), [m.card_id for m in self.moves])


class EditCard(QUndoCommand):
    """Sets fields of one card (text, kind, severity, channel, evidence, improvement, feedback links)."""

    def __init__(self, journey: JourneyMap, card_id: str, values: dict, text: str | None = None):
        super().__init__(text or QCoreApplication.translate("JourneyCommands", "Edit card"))
        self.journey, self.card_id, self.values = journey, card_id, copy.deepcopy(values)
        self.previous: dict = {}

    def redo(self) -> None:
        self.previous = self.journey.edit("cards", lambda doc: d.set_card_fields(doc, self.card_id,
                                                                                  **copy.deepcopy(self.values)),
                                          [self.card_id])

    def undo(self) -> None:
        self.journey.edit("cards", lambda doc: d.set_card_fields(doc, self.card_id, **copy.deepcopy(self.previous)),
                          [self.card_id])


class SetEmotion(QUndoCommand):
    def __init__(self, journey: JourneyMap, version: str, stage_id: str, value: float | None):
        super().__init__(QCoreApplication.translate("JourneyCommands", "Change feeling"))
        self.journey, self.version, self.stage_id, self.value = journey, version, stage_id, value
        self.previous: float | None = None

    def redo(self) -> None:
        self.previous = self.journey.edit("emotions", lambda doc: d.set_emotion(doc, self.version, self.stage_id,
                                                                                 self.value))

    def undo(self) -> None:
        self.journey.edit("emotions", lambda doc: d.set_emotion(doc, self.version, self.stage_id, self.previous))


class AddStage(QUndoCommand):
    def __init__(self, journey: JourneyMap, stage: d.Stage, index: int):
        super().__init__(QCoreApplication.translate("JourneyCommands", "Add stage"))
        self.journey, self.stage, self.index = journey, stage, index

    def redo(self) -> None:
        self.journey.edit("stages", lambda doc: d.insert_stage(doc, self.stage, self.index))

    def undo(self) -> None:
        self.journey.edit("stages", lambda doc: d.remove_stage(doc, self.stage.id))


class RemoveStage(QUndoCommand):
    def __init__(self, journey: JourneyMap, stage_id: str):
        super().__init__(QCoreApplication.translate("JourneyCommands", "Delete stage"))
        self.journey, self.stage_id = journey, stage_id
        self.saved: Any = None

    def redo(self) -> None:
        self.saved = self.journey.edit("stages", lambda doc: d.remove_stage(doc, self.stage_id))

    def undo(self) -> None:
        self.journey.edit("stages", lambda doc: d.restore_stage(doc, *self.saved))


class AddLane(QUndoCommand):
    def __init__(self, journey: JourneyMap, lane: d.Lane, index: int):
        super().__init__(QCoreApplication.translate("JourneyCommands", "Add lane"))
        self.journey, self.lane, self.index = journey, lane, index

    def redo(self) -> None:
        self.journey.edit("lanes", lambda doc: d.insert_lane(doc, self.lane, self.index))

    def undo(self) -> None:
        self.journey.edit("lanes", lambda doc: d.remove_lane(doc, self.lane.id))


class RemoveLane(QUndoCommand):
    def __init__(self, journey: JourneyMap, lane_id: str):
        super().__init__(QCoreApplication.translate("JourneyCommands", "Delete lane"))
        self.journey, self.lane_id = journey, lane_id
        self.saved: Any = None

    def redo(self) -> None:
        self.saved = self.journey.edit("lanes", lambda doc: d.remove_lane(doc, self.lane_id))

    def undo(self) -> None:
        self.journey.edit("lanes", lambda doc: d.restore_lane(doc, *self.saved))


class MoveHeader(QUndoCommand):
    """Reorders a stage ("stages") or a lane ("lanes")."""

    def __init__(self, journey: JourneyMap, what: str, item_id: str, index: int):
        super().__init__(QCoreApplication.translate("JourneyCommands", "Move stage") if what == "stages" else QCoreApplication.translate("JourneyCommands", "Move lane"))
        self.journey, self.what, self.item_id, self.index = journey, what, item_id, index
        self.old = 0

    def redo(self) -> None:
        self.old = self.journey.edit(self.what, lambda doc: d.move_item(getattr(doc, self.what), self.item_id,
                                                                         self.index))

    def undo(self) -> None:
        self.journey.edit(self.what, lambda doc: d.move_item(getattr(doc, self.what), self.item_id, self.old))


class SetHeader(QUndoCommand):
    """Renames or hides/shows a stage or a lane: `values` holds "title" and/or "hidden"."""

    def __init__(self, journey: JourneyMap, what: str, item_id: str, values: dict, text: str):
        super().__init__(text)
        self.journey, self.what, self.item_id, self.values = journey, what, item_id, values
        self.previous: dict = {}

    def _apply(self, values: dict) -> dict:
        def change(doc):
            item = next(i for i in getattr(doc, self.what) if i.id == self.item_id)
            before = {key: getattr(item, key) for key in values}
            for key, value in values.items():
                setattr(item, key, value)
            return before
        return self.journey.edit(self.what, change)

    def redo(self) -> None:
        self.previous = self._apply(self.values)

    def undo(self) -> None:
        self._apply(self.previous)


class SetMapFields(QUndoCommand):
    """Map-level fields: title, persona links, review date, notes."""

    def __init__(self, journey: JourneyMap, values: dict, text: str):
        super().__init__(text)
        self.journey, self.values = journey, copy.deepcopy(values)
        self.previous: dict = {}

    def _apply(self, values: dict) -> dict:
        def change(doc):
            before = {key: copy.deepcopy(getattr(doc, key)) for key in values}
            for key, value in values.items():
                setattr(doc, key, copy.deepcopy(value))
            return before
        return self.journey.edit("map", change)

    def redo(self) -> None:
        self.previous = self._apply(self.values)

    def undo(self) -> None:
        self._apply(self.previous)
