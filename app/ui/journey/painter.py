"""QPainter behind the painter interface of app.services.journey.render, so that the canvas draws the
grid, the curves and the cards with the very code that writes the PDF. Scene units are points; text
is sized so that its em is `size` scene units whatever the device's resolution."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from app.services import fonts

_STYLE = {  # reportlab face -> (bold, italic)
    "DejaVuSans": (False, False), "DejaVuSans-Bold": (True, False),
    "DejaVuSans-Oblique": (False, True), "DejaVuSans-BoldOblique": (True, True),
}


@functools.cache
def family() -> str:
    """Loads the same DejaVu Sans files the PDFs embed into Qt (once) and returns the family name."""
    name = "DejaVu Sans"
    for face in fonts.FACES:
        font_id = QFontDatabase.addApplicationFont(str(fonts.font_path(face)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            name = families[0]
    return name


@functools.cache
def _font(face: str, size: float, dpi: int) -> QFont:
    bold, italic = _STYLE.get(face, (False, False))
    font = QFont(family())
    font.setPointSizeF(size * 72.0 / dpi)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class QtPainter:
    def __init__(self, painter: QPainter):
        self.q = painter
        self.dx = 0.0
        self.dpi = painter.device().logicalDpiY() if painter.device() is not None else 96

    def rect(self, r, fill, stroke=None, width: float = 0.6, radius: float = 0):
        self.q.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        self.q.setPen(QPen(QColor(stroke), width) if stroke else Qt.PenStyle.NoPen)
        rect = QRectF(r.x - self.dx, r.y, r.w, r.h)
        if radius:
            self.q.drawRoundedRect(rect, radius, radius)
        else:
            self.q.drawRect(rect)

    def polygon(self, points, fill):
        self.q.setPen(Qt.PenStyle.NoPen)
        self.q.setBrush(QColor(fill))
        self.q.drawPolygon(QPolygonF([QPointF(x - self.dx, y) for x, y in points]))

    def polyline(self, points, colour, width: float, dash: bool = False):
        pen = QPen(QColor(colour), width)
        if dash:
            pen.setDashPattern([4 / width, 3 / width])
        self.q.setPen(pen)
        self.q.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        for i, (x, y) in enumerate(points):
            path.moveTo(x - self.dx, y) if i == 0 else path.lineTo(x - self.dx, y)
        self.q.drawPath(path)

    def circle(self, x, y, radius, fill):
        self.q.setPen(Qt.PenStyle.NoPen)
        self.q.setBrush(QColor(fill))
        self.q.drawEllipse(QPointF(x - self.dx, y), radius, radius)

    def text(self, x, y, text, size, colour="#212121", font="DejaVuSans"):
        self.q.setFont(_font(font, size, self.dpi))
        self.q.setPen(QColor(colour))
        self.q.drawText(QPointF(x - self.dx, y), text)

    def image(self, r, png: bytes):
        image = QImage.fromData(png)
        if not image.isNull():
            self.q.drawImage(QRectF(r.x - self.dx, r.y, r.w, r.h), image)

    def clip(self, r):
        self.q.save()
        self.q.setClipRect(QRectF(r.x - self.dx, r.y, r.w, r.h))

    def unclip(self):
        self.q.restore()
