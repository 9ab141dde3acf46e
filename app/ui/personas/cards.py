"""The grid of persona cards: a list model of the personas in the owner's order (with each card's
live headline figures, computed once per linked segment on each reload), a delegate that paints a
card (photo or initials on a colour, name, quote, segment, figures, "review due" flag), and a list
view in icon mode where a card is dragged onto another to move it there."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.text import fold
from app.services.personas import fields as F
from app.services.personas import numbers as live
from app.services.personas.records import Persona

MIME = "application/x-regulars-persona-ids"
CARD_SIZE = QSize(236, 270)
PHOTO_SIDE = 96
PersonaRole = Qt.ItemDataRole.UserRole + 1


def _decoded(photo: bytes, side: int) -> QImage:
    """The photo decoded at about `side` pixels on its short side (JPEG decodes at a reduced scale:
    several times faster than decoding it whole and scaling it down)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(photo))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and min(size.width(), size.height()) > side:
        scale = side / min(size.width(), size.height())
        reader.setScaledSize(QSize(max(side, round(size.width() * scale)), max(side, round(size.height() * scale))))
    return reader.read()


def pixmap_of(persona: Persona, side: int) -> QPixmap:
    """The persona's photo cropped to a square, or its initials on its colour."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, side, side), side * 0.1, side * 0.1)
    painter.setClipPath(path)
    photo = _decoded(persona.photo, side) if persona.photo else QImage()
    if not photo.isNull():
        scaled = photo.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    else:
        painter.fillRect(0, 0, side, side, QColor(F.colour_for(persona.name)))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(side * 0.38))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRect(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, F.initials(persona.name))
    painter.end()
    return pixmap


class PersonaCardsModel(QAbstractListModel):
    """The personas, their faces and headline figures; `reorder_requested(ids)` is called (later, not
    inside the drop) with the new order when a card is dropped on another, `photo_dropped(id, path)`
    when an image file is dropped on a card."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.personas: list[Persona] = []
        self.faces: dict[int, QPixmap] = {}
        self.headlines: dict[int, list[str]] = {}
        self.segment_names: dict[int, str] = {}
        self.review_due: set[int] = set()
        self.headlines_pending = False
        self._faces_by_look: dict[tuple, QPixmap] = {}
        self.reorder_requested: Callable[[list[int]], object] | None = None
        self.photo_dropped: Callable[[int, str], object] | None = None

    def load(self, conn, translate) -> None:
        """Reads the personas, their faces (kept from the last load when unchanged) and segment names;
        the headline figures follow with `load_headlines` (they may need the segment figures
        refreshed, which should not hold back the first paint)."""
        from app.services.errors import UserError
        from app.services.personas import records
        from app.services.segments import membership

        self.beginResetModel()
        self.personas = records.list_personas(conn)
        faces = {}
        for persona in self.personas:
            key = (persona.name, persona.photo)
            faces[key] = self._faces_by_look.get(key) or pixmap_of(persona, PHOTO_SIDE)
        self._faces_by_look = faces
        self.faces = {p.id: faces[(p.name, p.photo)] for p in self.personas}
        self.review_due = {p.id for p in self.personas if p.needs_review()}
        self.segment_names = {}
        for persona in self.personas:
            name = ""
            if persona.segment_ref:
                try:
                    name = membership.segment_name(conn, persona.segment_ref, translate)
                except UserError:
                    name = translate("PersonaNumbers", live.MISSING_SEGMENT)
            self.segment_names[persona.id] = name
        self.headlines = {p.id: [] for p in self.personas}
        self.headlines_pending = any(p.segment_ref for p in self.personas)
        self.endResetModel()

    def load_headlines(self, conn, fmt) -> None:
        """Each card's headline figures, from one pass over the linked segments."""
        self.headlines_pending = False
        refs = [p.segment_ref for p in self.personas if p.segment_ref]
        figures = live.headlines(conn, refs) if refs else {}
        self.headlines = {p.id: self._headline(figures.get(p.segment_ref) if p.segment_ref else None, fmt)
                          for p in self.personas}
        if self.personas:
            self.dataChanged.emit(self.index(0), self.index(len(self.personas) - 1))

    def _headline(self, figures: live.Headline | None, fmt) -> list[str]:
        from app.services import formatting

        if figures is None or not figures.customers:
            return []
        lines = [self.tr("%n customers", "", figures.customers)]
        if figures.revenue_share is not None:
            lines.append(self.tr("{share} of revenue").format(
                share=formatting.percent(figures.revenue_share, 0, fmt.locale)))
        if figures.average_basket is not None:
            lines.append(self.tr("basket {amount}").format(amount=fmt.money(round(figures.average_basket))))
        return lines

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.personas)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        persona = self.personas[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return persona.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return persona.value("quote") or persona.name
        if role == PersonaRole:
            return persona
        return None

    def persona_at(self, row: int) -> Persona:
        return self.personas[row]

    def row_of(self, persona_id: int | None) -> int:
        return next((i for i, p in enumerate(self.personas) if p.id == persona_id), -1)

    def matches(self, row: int, query: str) -> bool:
        """Accent-insensitive search in the name, quote, stickers, segment and every other text."""
        if not query:
            return True
        persona = self.personas[row]
        words = [persona.name, self.segment_names.get(persona.id, "")]
        for value in persona.fields.values():
            words.extend(value if isinstance(value, list) else [value])
        return fold(query) in fold(" ".join(words))

    # ----- drag a card onto another to move it there -----
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction  # copy: an image file from outside

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME, "text/uri-list"]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [self.personas[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def new_order(self, moved: list[int], target_row: int) -> list[int]:
        """The order with `moved` placed before the persona now at `target_row` (-1: at the end)."""
        ids = [p.id for p in self.personas]
        target = ids[target_row] if 0 <= target_row < len(ids) else None
        rest = [i for i in ids if i not in moved]
        if target in moved:
            return ids
        at = rest.index(target) if target is not None else len(rest)
        if target is not None and ids.index(moved[0]) < target_row:
            at += 1  # moving forward: land after the card it was dropped on
        return rest[:at] + moved + rest[at:]

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,  # noqa: N802
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        from PySide6.QtCore import QTimer

        if not data.hasFormat(MIME):
            urls = data.urls()
            set_photo = self.photo_dropped
            if parent.isValid() and len(urls) == 1 and urls[0].isLocalFile() and set_photo is not None:
                persona_id, path = self.personas[parent.row()].id, urls[0].toLocalFile()
                QTimer.singleShot(0, lambda: set_photo(persona_id, path))  # an image dropped on a card
                return True
            return False
        payload = data.data(MIME).data()
        moved = [i for i in json.loads(bytes(payload).decode()) if any(p.id == i for p in self.personas)]
        if not moved:
            return False
        target_row = parent.row() if parent.isValid() else row
        order = self.new_order(moved, target_row)
        reorder = self.reorder_requested
        if order != [p.id for p in self.personas] and reorder is not None:
            QTimer.singleShot(0, lambda: reorder(order))  # not inside the view's drag
        return False  # the model is reloaded from the shop; the view must not remove anything


class CardDelegate(QStyledItemDelegate):
    def __init__(self, model: PersonaCardsModel, parent=None):
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return CARD_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        persona: Persona = index.data(PersonaRole)
        if persona is None:
            return
        palette = option.palette
        rect = option.rect.adjusted(6, 6, -6, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.highlight().color() if selected else QColor("#C9D6D9"), 2 if selected else 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(QRectF(rect), 8, 8)

        face = self.model.faces.get(persona.id)
        if face is not None:
            painter.drawPixmap(rect.left() + (rect.width() - PHOTO_SIDE) // 2, rect.top() + 10, face)
        y = rect.top() + 14 + PHOTO_SIDE
        inner = rect.adjusted(10, 0, -10, 0)
        text_colour = palette.text().color()

        def line(text: str, font: QFont, colour: QColor, lines: int = 1) -> None:
            nonlocal y
            if not text:
                return
            painter.setFont(font)
            painter.setPen(colour)
            metrics = painter.fontMetrics()
            height = metrics.lineSpacing() * lines
            box = QRect(inner.left(), y, inner.width(), height)
            shown = text if lines > 1 else metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             shown)
            y += height + 2

        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.1)
        italic = QFont(option.font)
        italic.setItalic(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        muted = QColor(text_colour)
        muted.setAlpha(170)
        line(persona.name, bold, text_colour, 2)
        quote = persona.text("quote")
        if quote:
            painter.setFont(italic)
            line(painter.fontMetrics().elidedText(f"“{quote}”", Qt.TextElideMode.ElideRight, inner.width() * 2 - 20),
                 italic, muted, 2)
        line(self.model.segment_names.get(persona.id, ""), small, QColor("#1F6E72"))
        for text in self.model.headlines.get(persona.id, [])[:3]:
            line(text, small, muted)
        if persona.id in self.model.review_due:
            painter.setFont(small)
            label = QCoreApplication.translate("PersonasTab", "Review due")
            width = painter.fontMetrics().horizontalAdvance(label) + 12
            badge = QRectF(rect.right() - width - 6, rect.top() + 6, width, painter.fontMetrics().height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#E8A33D"))
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(QColor("#2B2B2B"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


class CardGrid(QListView):
    """The cards; `painted` after a paint while the model's headline figures are still to come."""

    painted = Signal()

    def __init__(self, model: PersonaCardsModel, parent=None):
        super().__init__(parent)
        self.cards = model
        self.setObjectName("persona_cards")
        self.setModel(model)
        self.setItemDelegate(CardDelegate(model, self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)  # drops go to the model (the owner's order)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setGridSize(CARD_SIZE)
        self.setSpacing(0)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.cards.headlines_pending:
            self.painted.emit()
