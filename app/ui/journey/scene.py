"""The journey canvas: a QGraphicsScene that mirrors one version of a journey map (orange-canvas-core's
CanvasScene is the model). It lays the document out with app.services.journey.layout, places one item per
card, header and emotion point at that geometry, and turns what the owner does with the mouse into undo
commands: a drag of any number of cards is one MoveCards on release, a drop from the palette an AddCards,
a dragged emotion point a SetEmotion, a dragged header a MoveHeader. Items never change the document.

Measured traps avoided (docs/journey.md): no item cache (exports would be raster), no
ItemSendsGeometryChanges (a Python itemChange doubles the cost of a drag), NoIndex (the BSP index
thrashes while many items move)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QTextCursor, QTransform, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
)

from app.services.journey import document as d
from app.services.journey import layout as lay
from app.services.journey import render
from app.ui.journey import commands
from app.ui.journey.model import JourneyMap
from app.ui.journey.painter import QtPainter, _font

CARD_MIME = "application/x-regulars-journey-card"        # a palette entry: {"kind": ...}
CARDS_MIME = "application/x-regulars-journey-cards"      # copied cards: a JSON list


class BackgroundItem(QGraphicsItem):
    """The heading, the cells and the emotion band's guides, painted by the services' render code."""

    def __init__(self, scene: JourneyScene):
        super().__init__()
        self._scene = scene
        self.setZValue(-10)

    def boundingRect(self) -> QRectF:
        g = self._scene.geometry
        return QRectF(0, 0, g.width, g.height) if g else QRectF()

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        g = self._scene.geometry
        if g is None:
            return
        p = QtPainter(painter)
        render.paint_heading(g, p, personas=self._scene.personas, label=self._scene.label,
                             curve_styles=self._scene.curve_styles, names=self._scene.names)
        render.paint_grid(g, p)


class CurveItem(QGraphicsItem):
    """The emotion curves (this version's, and the other's when overlaid), following a dragged point."""

    def __init__(self, scene: JourneyScene):
        super().__init__()
        self._scene = scene
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        band = self._scene.geometry.emotion_band if self._scene.geometry else None
        return QRectF(band.x, band.y, band.w, band.h).adjusted(-6, -6, 6, 6) if band else QRectF()

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        g = self._scene.geometry
        if g is None or g.emotion_band is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        render.paint_curves(g, QtPainter(painter), self._scene.curve_styles)


class CardItem(QGraphicsObject):
    def __init__(self, scene: JourneyScene, geometry: lay.CardGeometry):
        super().__init__()
        self._scene = scene
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(2)
        self.setAcceptHoverEvents(False)
        self.set_geometry(geometry)

    @property
    def card_id(self) -> str:
        return self.geometry.card.id

    def set_geometry(self, geometry: lay.CardGeometry) -> None:
        self.prepareGeometryChange()
        self.geometry = geometry
        self.home = QPointF(geometry.rect.x, geometry.rect.y)
        self.setPos(self.home)
        self.setToolTip(geometry.card.text)
        self.update()

    def boundingRect(self) -> QRectF:
        r = self.geometry.rect
        return QRectF(-1, -1, r.w + 2, r.h + 2)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        r = self.geometry.rect
        painter.translate(-r.x, -r.y)
        render.paint_card(self.geometry, QtPainter(painter))
        if self.isSelected():
            painter.setPen(QPen(QColor("#1e88e5"), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(r.x - 1, r.y - 1, r.w + 2, r.h + 2), 4, 4)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._scene.edit_card_text(self.card_id)


class HeaderItem(QGraphicsObject):
    """A stage header (dragged sideways to reorder) or a lane title (dragged up or down)."""

    def __init__(self, scene: JourneyScene, what: str, header: lay.HeaderGeometry):
        super().__init__()
        self._scene = scene
        self.what = what
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setZValue(4)
        self.set_geometry(header)

    def set_geometry(self, header: lay.HeaderGeometry) -> None:
        self.prepareGeometryChange()
        self.header = header
        self.home = QPointF(header.rect.x, header.rect.y)
        self.setPos(self.home)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.header.rect.w, self.header.rect.h)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        r = self.header.rect
        painter.translate(-r.x, -r.y)
        p = QtPainter(painter)
        if self.what == "stages":
            p.rect(r, lay.HEADER_FILL, "#263238")
            colour = lay.HEADER_TEXT
        else:
            p.rect(r, lay.LANE_FILL, lay.LINE_COLOUR)
            colour = lay.TEXT_COLOUR
        for i, line in enumerate(self.header.lines):
            p.text(r.x + (6 if self.what == "stages" else 7), r.y + 15 + i * lay.HEADER_LINE_H, line,
                   lay.HEADER_SIZE, colour, "DejaVuSans-Bold")
        band = self._scene.geometry.emotion_band if self._scene.geometry else None
        if self.what == "lanes" and band is not None and r.y <= band.y < r.bottom:
            for value, text in ((2, "+2"), (0, "0"), (-2, "−2")):
                p.text(r.right - 14, lay.emotion_y(band, value) + 2.5, text, lay.SMALL_SIZE, "#607d8b")

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self.what == "stages":
            self.setY(self.home.y())
        else:
            self.setX(self.home.x())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._scene.header_dropped(self)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._scene.header_double_clicked.emit(self.what, self.header.id)

    def contextMenuEvent(self, event) -> None:
        self._scene.header_menu_requested.emit(self.what, self.header.id, event.screenPos())


class EmotionHandle(QGraphicsObject):
    RADIUS = 5.5

    def __init__(self, scene: JourneyScene, stage_id: str, centre: tuple[float, float]):
        super().__init__()
        self._scene = scene
        self.stage_id = stage_id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.home = QPointF(*centre)
        self.setPos(self.home)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(lay.CURVE_COLOURS.get(self._scene.version, "#455a64")), 1.5))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        band = self._scene.geometry.emotion_band
        assert band is not None  # handles exist only on a map with a feelings lane
        y = min(max(event.scenePos().y(), lay.emotion_y(band, 2)), lay.emotion_y(band, -2))
        self.setPos(self.home.x(), y)
        self._scene.preview_emotion(self.stage_id, y)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        band = self._scene.geometry.emotion_band
        assert band is not None
        value = lay.emotion_at(band, self.y())
        if value != self._scene.journey.doc.versions[self._scene.version].emotions.get(self.stage_id):
            self._scene.push(commands.SetEmotion(self._scene.journey, self._scene.version, self.stage_id, value))
        else:
            self._scene.rebuild()

    def contextMenuEvent(self, event) -> None:
        self._scene.push(commands.SetEmotion(self._scene.journey, self._scene.version, self.stage_id, None))


class CardEditor(QGraphicsTextItem):
    """Edits a card's text in place; Ctrl+Enter or a click elsewhere finishes (one undo step), Esc cancels."""

    def __init__(self, scene: JourneyScene, card_id: str, rect: lay.Rect, text: str):
        super().__init__(text)
        self._scene = scene
        self.card_id = card_id
        self.original = text
        self._done = False
        self.setZValue(20)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFont(_font("DejaVuSans", lay.TEXT_SIZE, 96))
        self.setTextWidth(rect.w)
        self.setPos(rect.x, rect.y)
        self.setDefaultTextColor(QColor(lay.TEXT_COLOUR))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setBrush(QColor("#fffde7"))
        painter.setPen(QPen(QColor("#1e88e5"), 1.2))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.finish(commit=True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        self._scene.editor_finished(self, text if commit and text and text != self.original else None)


class JourneyScene(QGraphicsScene):
    header_double_clicked = Signal(str, str)          # "stages"/"lanes", id
    header_menu_requested = Signal(str, str, object)  # what, id, screen position (QPoint)
    card_selection_changed = Signal(list)             # selected card ids

    def __init__(self, journey: JourneyMap, version: str, undo_stack: QUndoStack, *, names: dict[str, str],
                 label: str = "", overlay: bool = False, personas=(), parent=None):
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.journey = journey
        self.version = version
        self.undo_stack = undo_stack
        self.names = names
        self.label = label
        self.overlay = overlay
        self.personas = list(personas)
        self.read_only = False
        self.geometry: lay.Geometry = self._layout()
        self.cards: dict[str, CardItem] = {}
        self.headers: dict[tuple[str, str], HeaderItem] = {}
        self.handles: dict[str, EmotionHandle] = {}
        self.editor: CardEditor | None = None
        self.background = BackgroundItem(self)
        self.curve = CurveItem(self)
        self.addItem(self.background)
        self.addItem(self.curve)
        self.selectionChanged.connect(self._selection_changed)
        journey.changed.connect(self._document_changed)
        self.rebuild()

    # -- mirroring the document -----------------------------------------------------------------
    @property
    def other_version(self) -> str:
        return "ideal" if self.version == "actual" else "actual"

    @property
    def curve_styles(self) -> dict[str, bool]:
        return {self.other_version: True}

    def _document_changed(self, _what: str, _payload) -> None:
        self.rebuild()

    def _layout(self) -> lay.Geometry:
        from app.services.journey import evidence
        from app.ui import session

        shop = session.current_shop()
        said = evidence.said_counts(shop.conn, self.journey.doc, self.version) if shop is not None else {}
        return lay.layout(self.journey.doc, self.version, names=self.names,
                          overlay=self.other_version if self.overlay else None, said=said)

    def rebuild(self) -> None:
        """Lays the document out and moves, adds or removes items to match (no item is rebuilt that
        still exists: a 300-card undo moves items, it does not recreate them)."""
        self.geometry = g = self._layout()
        self.background.prepareGeometryChange()
        self.curve.prepareGeometryChange()
        seen = set()
        for cg in g.cards:
            seen.add(cg.card.id)
            item = self.cards.get(cg.card.id)
            if item is None:
                item = self.cards[cg.card.id] = CardItem(self, cg)
                self.addItem(item)
            else:
                item.set_geometry(cg)
        for card_id in [cid for cid in self.cards if cid not in seen]:
            self.removeItem(self.cards.pop(card_id))
        wanted = {("stages", h.id): h for h in g.stages} | {("lanes", h.id): h for h in g.lanes}
        for key, header in wanted.items():
            header_item = self.headers.get(key)
            if header_item is None:
                header_item = self.headers[key] = HeaderItem(self, key[0], header)
                self.addItem(header_item)
            else:
                header_item.set_geometry(header)
        for key in [k for k in self.headers if k not in wanted]:
            self.removeItem(self.headers.pop(key))
        points = dict(zip([h.id for h in g.stages], g.curves.get(self.version, []), strict=False))
        for stage_id, centre in points.items():
            handle = self.handles.get(stage_id)
            if centre is None:
                if handle is not None:
                    self.removeItem(self.handles.pop(stage_id))
                continue
            if handle is None:
                handle = self.handles[stage_id] = EmotionHandle(self, stage_id, centre)
                self.addItem(handle)
            else:
                handle.home = QPointF(*centre)
                handle.setPos(handle.home)
        for stage_id in [s for s in self.handles if s not in points or points[s] is None]:
            self.removeItem(self.handles.pop(stage_id))
        self.setSceneRect(QRectF(0, 0, g.width, g.height).adjusted(-20, -20, 20, 20))
        self.background.update()
        self.curve.update()

    def preview_emotion(self, stage_id: str, y: float) -> None:
        """While a point is dragged, the curve follows it (the document changes on release)."""
        g = self.geometry
        index = next(i for i, h in enumerate(g.stages) if h.id == stage_id)
        points = list(g.curves[self.version])
        point = points[index]
        if point is None:
            return
        points[index] = (point[0], y)
        g.curves[self.version] = points
        self.curve.update()

    # -- commands ---------------------------------------------------------------------------------
    def push(self, command) -> None:
        if self.read_only:
            self.rebuild()
            return
        self.undo_stack.push(command)

    def selected_card_ids(self) -> list[str]:
        return [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]

    def _selection_changed(self) -> None:
        self.card_selection_changed.emit(self.selected_card_ids())

    def select_all_cards(self) -> None:
        for item in self.cards.values():
            item.setSelected(True)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.cards_dropped()

    def cards_dropped(self) -> None:
        """Turns the cards the owner dragged into one MoveCards (or snaps them back)."""
        moved = [item for item in self.cards.values() if item.pos() != item.home]
        if not moved:
            return
        moves = self.plan_moves(moved)
        if moves:
            count = len(moves)  # lupdate reads a plain name here, not a call
            text = QCoreApplication.translate("JourneyCommands", "Move %n card(s)", "", count)
            self.push(commands.MoveCards(self.journey, moves, text))
        else:
            self.rebuild()

    def plan_moves(self, moved: list[CardItem]) -> list[d.Placement]:
        """Where each dragged card lands: the cell under its centre, before the first card of that cell
        that sits lower. Planned on a copy of the card order, step by step, exactly as move_cards applies it."""
        g = self.geometry
        cards = self.journey.doc.versions[self.version].cards
        order = [c.id for c in cards]
        cell_of = {c.id: (c.stage, c.lane) for c in cards}
        y_of = {cid: item.home.y() for cid, item in self.cards.items()}
        moves = []
        for item in sorted(moved, key=lambda i: (i.pos().y(), i.pos().x())):
            centre = item.pos() + QPointF(item.geometry.rect.w / 2, item.geometry.rect.h / 2)
            stage, lane = g.stage_at(centre.x()), g.lane_at(centre.y())
            if stage is None or lane is None:
                continue
            y_of[item.card_id] = item.pos().y()
            order.remove(item.card_id)
            cell_of[item.card_id] = (stage, lane)
            in_cell = [cid for cid in order if cell_of[cid] == (stage, lane)]
            below = next((cid for cid in in_cell if y_of[cid] > item.pos().y()), None)
            if below is not None:
                index = order.index(below)
            elif in_cell:
                index = order.index(in_cell[-1]) + 1
            else:
                index = len(order)
            order.insert(index, item.card_id)
            moves.append(d.Placement(item.card_id, stage, lane, index))
        return moves

    def header_dropped(self, item: HeaderItem) -> None:
        items = getattr(self.journey.doc, item.what)
        visible = [h for h in items if not h.hidden]
        if item.what == "stages":
            centre = item.x() + item.header.rect.w / 2
            slots = [h.rect.x + h.rect.w / 2 for h in self.geometry.stages]
        else:
            centre = item.y() + item.header.rect.h / 2
            slots = [h.rect.y + h.rect.h / 2 for h in self.geometry.lanes]
        target_visible = min(range(len(slots)), key=lambda i: abs(slots[i] - centre)) if slots else 0
        target_id = visible[target_visible].id if visible else item.header.id
        new_index = next(i for i, h in enumerate(items) if h.id == target_id)
        old_index = next(i for i, h in enumerate(items) if h.id == item.header.id)
        if new_index != old_index:
            self.push(commands.MoveHeader(self.journey, item.what, item.header.id, new_index))
        else:
            item.setPos(item.home)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        band = self.geometry.emotion_band if self.geometry else None
        pos = event.scenePos()
        on_item = isinstance(self.itemAt(pos, QTransform()), (CardItem, HeaderItem, EmotionHandle))
        if band is not None and band.contains(pos.x(), pos.y()) and not on_item:
            stage = self.geometry.stage_at(pos.x())
            if stage:
                self.push(commands.SetEmotion(self.journey, self.version, stage, lay.emotion_at(band, pos.y())))
                return
        super().mouseDoubleClickEvent(event)

    # -- palette drops ------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        event.setAccepted(event.mimeData().hasFormat(CARD_MIME) and not self.read_only)

    def dragMoveEvent(self, event) -> None:
        pos = event.scenePos()
        ok = (event.mimeData().hasFormat(CARD_MIME) and self.geometry is not None
              and self.geometry.stage_at(pos.x()) is not None and self.geometry.lane_at(pos.y()) is not None)
        event.setAccepted(ok and not self.read_only)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(CARD_MIME):
            event.ignore()
            return
        kind = json.loads(bytes(event.mimeData().data(CARD_MIME).data()).decode("utf-8")).get("kind")
        pos = event.scenePos()
        if self.add_card_at(kind, pos.x(), pos.y()) is not None:
            event.acceptProposedAction()

    def add_card_at(self, kind: str, x: float, y: float, text: str | None = None) -> str | None:
        stage, lane = self.geometry.stage_at(x), self.geometry.lane_at(y)
        if kind not in d.CARD_KINDS or stage is None or lane is None or self.read_only:
            return None
        label = text or QCoreApplication.translate("Journey", d.CARD_KIND_NAMES[kind])
        card = d.new_card(kind, label, stage, lane)
        self.push(commands.AddCards(self.journey, self.version, [card]))
        return card.id

    # -- editing text in place ----------------------------------------------------------------------
    def edit_card_text(self, card_id: str) -> None:
        if self.read_only or card_id not in self.cards:
            return
        if self.editor is not None:
            self.editor.finish(commit=True)
        item = self.cards[card_id]
        self.editor = CardEditor(self, card_id, item.geometry.rect, item.geometry.card.text)
        self.addItem(self.editor)
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.editor.setTextCursor(cursor)

    def editor_finished(self, editor: CardEditor, new_text: str | None) -> None:
        if self.editor is editor:
            self.editor = None
        self.removeItem(editor)
        editor.deleteLater()
        if new_text is not None:
            self.push(commands.EditCard(self.journey, editor.card_id, {"text": new_text},
                                        QCoreApplication.translate("JourneyCommands", "Edit card text")))

    # -- keyboard, clipboard ------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if self.editor is not None or self.focusItem() is not None and isinstance(self.focusItem(), CardEditor):
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_selected()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all_cards()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.copy_selected()
            self.delete_selected()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_card_ids():
            self.edit_card_text(self.selected_card_ids()[0])
        else:
            super().keyPressEvent(event)

    def delete_selected(self) -> None:
        ids = self.selected_card_ids()
        if ids:
            count = len(ids)
            text = QCoreApplication.translate("JourneyCommands", "Delete %n card(s)", "", count)
            self.push(commands.RemoveCards(self.journey, ids, text))

    def copy_selected(self) -> None:
        from app.services.journey import io as journey_io

        ids = set(self.selected_card_ids())
        if not ids:
            return
        doc = self.journey.doc
        stage_index = {s.id: i for i, s in enumerate(doc.stages)}
        lane_kind = {lane.id: lane.kind for lane in doc.lanes}
        payload = []
        for card in doc.versions[self.version].cards:
            if card.id in ids:
                data = journey_io.to_dict(d.JourneyDocument("", stages=doc.stages, lanes=doc.lanes,
                                                            versions={"actual": d.Version([card]),
                                                                      "ideal": d.Version()}))
                item = data["versions"]["actual"]["cards"][0]
                item["stage_index"], item["lane_kind"] = stage_index[card.stage], lane_kind[card.lane]
                payload.append(item)
        mime = QMimeData()
        mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        mime.setText("\n".join(item["text"] for item in payload))
        QApplication.clipboard().setMimeData(mime)

    def paste(self) -> None:
        """Pastes copied cards (from this map or another) into the same stage and lane kind when this map
        has them, else into the selected card's cell, else the first cell; new ids, improvements kept."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(CARDS_MIME) or self.read_only:
            return
        try:
            payload = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
        except ValueError:
            return
        doc = self.journey.doc
        stages = doc.stages
        selected = self.selected_card_ids()
        anchor: tuple[str, str] | None = None
        if selected:
            _v, _i, card = doc.find_card(selected[0])
            anchor = (card.stage, card.lane)
        new_cards = []
        from app.services.journey import io as journey_io

        for item in payload if isinstance(payload, list) else []:
            if not isinstance(item, dict) or item.get("kind") not in d.CARD_KINDS:
                continue
            lane = doc.lane_of_kind(str(item.get("lane_kind")))
            index = item.get("stage_index")
            cell: tuple[str, str] | None
            if anchor is None and lane is not None and isinstance(index, int) and 0 <= index < len(stages):
                cell = (stages[index].id, lane.id)
            elif anchor is not None:
                cell = anchor
            else:
                cell = (stages[0].id, doc.lanes[0].id) if stages and doc.lanes else None
            if cell is None:
                continue
            raw = dict(item, id=d.new_id(), stage=cell[0], lane=cell[1])
            wrapper = {"format": journey_io.FORMAT, "version": journey_io.FORMAT_VERSION, "title": "",
                       "stages": [{"id": cell[0], "title": ""}], "lanes": [{"id": cell[1], "kind": "custom", "title": ""}],
                       "versions": {"actual": {"cards": [raw]}}}
            try:
                [card] = journey_io.from_dict(wrapper).versions["actual"].cards
            except Exception:  # noqa: BLE001 - a damaged clipboard entry is skipped, not fatal
                continue
            card.improvement = card.improvement and d.Improvement(**{**card.improvement.__dict__, "addresses": []})
            new_cards.append(card)
        if new_cards:
            count = len(new_cards)
            text = QCoreApplication.translate("JourneyCommands", "Paste %n card(s)", "", count)
            self.push(commands.AddCards(self.journey, self.version, new_cards, text))
