"""Journey maps on paper and as pictures: PDF (vector, A4 or A3, portrait or landscape, fit to one page or
tiled N pages wide with the lane titles and the stage headers on every page, page labels and a small
overlap), SVG, and PNG at 1x-3x. All three draw the geometry of app.services.journey.layout through one
`paint` function and a small painter per format, so they agree with each other and with the screen.
Fonts are DejaVu Sans, embedded (app.services.fonts); the only raster images are persona photos."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from app.services import fonts
from app.services.file_checks import write_atomically
from app.services.journey.document import JourneyDocument
from app.services.journey.layout import (
    CURVE_COLOURS,
    EVIDENCE_COLOURS,
    HEADER_FILL,
    HEADER_LINE_H,
    HEADER_SIZE,
    HEADER_TEXT,
    LANE_FILL,
    LANE_TITLE_W,
    LINE_COLOUR,
    LINE_H,
    SMALL_LINE_H,
    SMALL_SIZE,
    TEXT_COLOUR,
    TEXT_SIZE,
    TITLE_SIZE,
    Geometry,
    Rect,
    emotion_y,
    layout,
)

PAPER = {"A4": (595.2756, 841.8898), "A3": (841.8898, 1190.5512)}
MARGIN = 24.0
TILE_OVERLAP = 14.0
PNG_PX_PER_PT = 96 / 72


@dataclass(frozen=True)
class PersonaHead:
    name: str
    photo: bytes | None = None  # JPEG or PNG


def _hex(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


class _PdfPainter:
    def __init__(self, canvas, page_h: float):
        self.c = canvas
        self.page_h = page_h
        self.scale = 1.0
        self.ox = self.oy = 0.0
        self.dx = 0.0

    def _p(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + (x - self.dx) * self.scale, self.page_h - (self.oy + y * self.scale)

    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 0.6, radius: float = 0):
        x, y = self._p(r.x, r.bottom)
        c = self.c
        if fill:
            c.setFillColorRGB(*_hex(fill))
        if stroke:
            c.setStrokeColorRGB(*_hex(stroke))
            c.setLineWidth(width * self.scale)
        w, h = r.w * self.scale, r.h * self.scale
        if radius:
            c.roundRect(x, y, w, h, radius * self.scale, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def polygon(self, points, fill: str):
        c = self.c
        path = c.beginPath()
        first = True
        for x, y in points:
            px, py = self._p(x, y)
            path.moveTo(px, py) if first else path.lineTo(px, py)
            first = False
        path.close()
        c.setFillColorRGB(*_hex(fill))
        c.drawPath(path, stroke=0, fill=1)

    def polyline(self, points, colour: str, width: float, dash: bool = False):
        c = self.c
        c.setStrokeColorRGB(*_hex(colour))
        c.setLineWidth(width * self.scale)
        c.setDash([4 * self.scale, 3 * self.scale] if dash else [])
        path = c.beginPath()
        for i, (x, y) in enumerate(points):
            px, py = self._p(x, y)
            path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
        c.drawPath(path, stroke=1, fill=0)
        c.setDash([])

    def circle(self, x: float, y: float, radius: float, fill: str):
        px, py = self._p(x, y)
        self.c.setFillColorRGB(*_hex(fill))
        self.c.circle(px, py, radius * self.scale, stroke=0, fill=1)

    def text(self, x: float, y: float, text: str, size: float, colour: str = TEXT_COLOUR, font: str = "DejaVuSans"):
        px, py = self._p(x, y)
        self.c.setFillColorRGB(*_hex(colour))
        self.c.setFont(font, size * self.scale)
        self.c.drawString(px, py, text)

    def image(self, r: Rect, png: bytes):
        from reportlab.lib.utils import ImageReader

        x, y = self._p(r.x, r.bottom)
        self.c.drawImage(ImageReader(io.BytesIO(png)), x, y, r.w * self.scale, r.h * self.scale, mask="auto")

    def clip(self, r: Rect):
        self.c.saveState()
        x, y = self._p(r.x, r.bottom)
        path = self.c.beginPath()
        path.rect(x, y, r.w * self.scale, r.h * self.scale)
        self.c.clipPath(path, stroke=0, fill=0)

    def unclip(self):
        self.c.restoreState()


class _SvgPainter:
    def __init__(self):
        self.parts: list[str] = []
        self.dx = 0.0

    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 0.6, radius: float = 0):
        self.parts.append(
            f'<rect x="{r.x - self.dx:.2f}" y="{r.y:.2f}" width="{r.w:.2f}" height="{r.h:.2f}" rx="{radius:.1f}" '
            f'fill="{fill or "none"}" stroke="{stroke or "none"}" stroke-width="{width}"/>')

    def polygon(self, points, fill: str):
        pts = " ".join(f"{x - self.dx:.2f},{y:.2f}" for x, y in points)
        self.parts.append(f'<polygon points="{pts}" fill="{fill}"/>')

    def polyline(self, points, colour: str, width: float, dash: bool = False):
        pts = " ".join(f"{x - self.dx:.2f},{y:.2f}" for x, y in points)
        extra = ' stroke-dasharray="4,3"' if dash else ""
        self.parts.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{width}"{extra}/>')

    def circle(self, x: float, y: float, radius: float, fill: str):
        self.parts.append(f'<circle cx="{x - self.dx:.2f}" cy="{y:.2f}" r="{radius:.2f}" fill="{fill}"/>')

    def text(self, x: float, y: float, text: str, size: float, colour: str = TEXT_COLOUR, font: str = "DejaVuSans"):
        weight = ' font-weight="bold"' if "Bold" in font else ""
        style = ' font-style="italic"' if "Oblique" in font else ""
        self.parts.append(f'<text x="{x - self.dx:.2f}" y="{y:.2f}" font-size="{size}" fill="{colour}"{weight}{style}>'
                          f'{escape(text)}</text>')

    def image(self, r: Rect, png: bytes):
        import base64

        data = base64.b64encode(png).decode("ascii")
        kind = "jpeg" if png[:2] == b"\xff\xd8" else "png"
        self.parts.append(f'<image x="{r.x - self.dx:.2f}" y="{r.y:.2f}" width="{r.w:.2f}" height="{r.h:.2f}" '
                          f'href="data:image/{kind};base64,{data}"/>')

    def clip(self, r: Rect):
        pass

    def unclip(self):
        pass


class _PngPainter:
    def __init__(self, image, scale: float):
        from PIL import ImageDraw

        self.canvas = image  # not `image`: that is the method drawing persona photos
        self.draw = ImageDraw.Draw(image)
        self.s = scale
        self.dx = 0.0
        self._fonts: dict = {}

    def _font(self, name: str, size: float):
        from PIL import ImageFont

        key = (name, round(size * self.s, 1))
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(str(fonts.font_path(name)), max(1, round(size * self.s)))
        return self._fonts[key]

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.dx) * self.s, y * self.s

    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 0.6, radius: float = 0):
        x0, y0 = self._xy(r.x, r.y)
        x1, y1 = self._xy(r.right, r.bottom)
        self.draw.rounded_rectangle((x0, y0, x1, y1), radius=radius * self.s, fill=fill,
                                    outline=stroke, width=max(1, round(width * self.s)) if stroke else 0)

    def polygon(self, points, fill: str):
        self.draw.polygon([self._xy(x, y) for x, y in points], fill=fill)

    def polyline(self, points, colour: str, width: float, dash: bool = False):
        pts = [self._xy(x, y) for x, y in points]
        w = max(1, round(width * self.s))
        if not dash:
            self.draw.line(pts, fill=colour, width=w, joint="curve")
            return
        for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
            length = max(1e-6, ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5)
            step = 7 * self.s
            t = 0.0
            while t < length:
                t1 = min(length, t + 4 * self.s)
                self.draw.line([(x0 + (x1 - x0) * t / length, y0 + (y1 - y0) * t / length),
                                (x0 + (x1 - x0) * t1 / length, y0 + (y1 - y0) * t1 / length)], fill=colour, width=w)
                t += step

    def circle(self, x: float, y: float, radius: float, fill: str):
        cx, cy = self._xy(x, y)
        r = radius * self.s
        self.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)

    def text(self, x: float, y: float, text: str, size: float, colour: str = TEXT_COLOUR, font: str = "DejaVuSans"):
        px, py = self._xy(x, y)
        self.draw.text((px, py), text, fill=colour, font=self._font(font, size), anchor="ls")

    def image(self, r: Rect, png: bytes):
        from PIL import Image

        photo = Image.open(io.BytesIO(png)).convert("RGBA")
        x0, y0 = self._xy(r.x, r.y)
        photo = photo.resize((max(1, round(r.w * self.s)), max(1, round(r.h * self.s))))
        self.canvas.paste(photo, (round(x0), round(y0)), photo)

    def clip(self, r: Rect):
        pass

    def unclip(self):
        pass


def _initials(name: str) -> str:
    words = [w for w in name.split() if w]
    return "".join(w[0] for w in words[-2:]).upper() or "?"


def _paint_legend(g: Geometry, p, names: dict[str, str], curve_styles: dict[str, bool], x: float) -> None:
    """One line under the title: the curves' styles, then the evidence corners' colours."""
    y = 37.0
    for name in g.curves:
        colour = CURVE_COLOURS.get(name, "#455a64")
        p.polyline([(x, y - 3), (x + 18, y - 3)], colour, 1.6, dash=curve_styles.get(name, False))
        x += 22
        text = fonts.printable(names.get(name, name))
        p.text(x, y, text, SMALL_SIZE, "#455a64")
        x += fonts.text_width(text, SMALL_SIZE) + 12
    for key, colour in EVIDENCE_COLOURS.items():
        p.polygon([(x, y - 7), (x + 7, y - 7), (x + 7, y)], colour)
        x += 10
        text = fonts.printable(names.get(f"evidence_{key}", key))
        p.text(x, y, text, SMALL_SIZE, "#455a64")
        x += fonts.text_width(text, SMALL_SIZE) + 10


def _paint_title(g: Geometry, p, personas: list[PersonaHead], label: str, right_edge: float):
    p.text(8, 20, fonts.printable(g.title), TITLE_SIZE, TEXT_COLOUR, "DejaVuSans-Bold")
    if label:
        p.text(8, 37, fonts.printable(label), SMALL_SIZE + 1, "#546e7a", "DejaVuSans-Oblique")
    x = right_edge - 8
    for persona in reversed(personas[:4]):
        name = fonts.printable(persona.name)
        width = fonts.text_width(name, TEXT_SIZE)
        x -= width
        p.text(x, 26, name, TEXT_SIZE, TEXT_COLOUR, "DejaVuSans")
        x -= 34
        photo = Rect(x, 8, 28, 28)
        if persona.photo:
            p.image(photo, persona.photo)
        else:
            p.circle(x + 14, 22, 14, "#90a4ae")
            initials = _initials(name)
            p.text(x + 14 - fonts.text_width(initials, 10, "DejaVuSans-Bold") / 2, 26, initials, 10, "#ffffff",
                   "DejaVuSans-Bold")
        x -= 14


def paint_lane_titles(g: Geometry, p):
    for lane in g.lanes:
        p.rect(lane.rect, LANE_FILL, LINE_COLOUR)
        for i, line in enumerate(lane.lines):
            p.text(lane.rect.x + 7, lane.rect.y + 15 + i * HEADER_LINE_H, line, HEADER_SIZE, TEXT_COLOUR,
                   "DejaVuSans-Bold")
    band = g.emotion_band
    if band is not None:
        for value, text in ((2, "+2"), (0, "0"), (-2, "−2")):
            p.text(LANE_TITLE_W - 6 - fonts.text_width(text, SMALL_SIZE), emotion_y(band, value) + 2.5, text,
                   SMALL_SIZE, "#607d8b")
    if g.stages:
        corner = Rect(0, g.grid_top, LANE_TITLE_W, g.stages[0].rect.h)
        p.rect(corner, HEADER_FILL, None)


def paint_grid(g: Geometry, p) -> None:
    """The stage headers, the cells and the emotion band's guide lines (everything under the cards)."""
    for stage in g.stages:
        p.rect(stage.rect, HEADER_FILL, "#263238")
        for i, line in enumerate(stage.lines):
            p.text(stage.rect.x + 6, stage.rect.y + 15 + i * HEADER_LINE_H, line, HEADER_SIZE, HEADER_TEXT,
                   "DejaVuSans-Bold")
    for rect in g.cells.values():
        p.rect(rect, "#ffffff", LINE_COLOUR)
    band = g.emotion_band
    if band is not None:
        for value, colour in ((2, "#e8f5e9"), (0, "#cfd8dc"), (-2, "#ffebee")):
            y = emotion_y(band, value)
            p.polyline([(band.x + 2, y), (band.right - 2, y)], colour, 0.8 if value == 0 else 0.5, dash=value != 0)


def paint_curves(g: Geometry, p, curve_styles: dict[str, bool]) -> None:
    """The emotion curves: one point per stage that has one, joined; dashed where `curve_styles` says."""
    for name, points in g.curves.items():
        colour = CURVE_COLOURS.get(name, "#455a64")
        present = [pt for pt in points if pt is not None]
        if len(present) >= 2:
            p.polyline(present, colour, 2.0, dash=curve_styles.get(name, False))
        for pt in present:
            p.circle(pt[0], pt[1], 3.2, colour)


def paint_card(cg, p) -> None:
    r = cg.rect
    p.rect(r, cg.fill, "#90a4ae", 0.5, radius=3)
    if cg.card.evidence in EVIDENCE_COLOURS:
        p.polygon([(r.right - 10, r.y), (r.right, r.y), (r.right, r.y + 10)], EVIDENCE_COLOURS[cg.card.evidence])
    y = r.y + 5
    if cg.label:
        y += SMALL_LINE_H
        p.text(r.x + 6, y - 1.5, fonts.printable(cg.label), SMALL_SIZE, "#455a64", "DejaVuSans-Bold")
    for i, line in enumerate(cg.lines):
        p.text(r.x + 6, y + 8 + i * LINE_H, line, TEXT_SIZE, TEXT_COLOUR)


def paint_heading(g: Geometry, p, *, personas=(), label: str = "", curve_styles=None, names=None,
                  width: float | None = None) -> None:
    """The title row: the map's title, the label (version, page), the legend and the persona heads."""
    names = names or {}
    _paint_title(g, p, list(personas), label, g.width if width is None else width)
    legend_x = 8 + (fonts.text_width(fonts.printable(label), SMALL_SIZE + 1, "DejaVuSans-Oblique") + 16 if label else 0)
    _paint_legend(g, p, names, curve_styles or {}, legend_x)


def paint(g: Geometry, p, *, personas: Sequence[PersonaHead] = (), label: str = "", curve_styles=None,
          x_from: float | None = None, x_to: float | None = None, page_label: str = "",
          names: dict[str, str] | None = None):
    """Draws the map (or, with x_from/x_to, the stage columns between them after the lane titles)."""
    curve_styles = curve_styles or {}
    names = names or {}
    x_from = LANE_TITLE_W if x_from is None else x_from
    x_to = g.width if x_to is None else x_to
    visible_w = LANE_TITLE_W + (x_to - x_from)
    p.dx = 0.0
    label = label if not page_label else f"{label}   {page_label}".strip()
    paint_heading(g, p, personas=personas, label=label, curve_styles=curve_styles, names=names, width=visible_w)
    p.dx = x_from - LANE_TITLE_W
    p.clip(Rect(LANE_TITLE_W + p.dx, g.grid_top, x_to - x_from, g.height - g.grid_top))
    paint_grid(g, p)
    paint_curves(g, p, curve_styles)
    for card in g.cards:
        paint_card(card, p)
    p.unclip()
    p.dx = 0.0
    paint_lane_titles(g, p)


def _tiles(g: Geometry, pages_wide: int) -> list[tuple[float, float]]:
    area = g.width - LANE_TITLE_W
    pages_wide = max(1, min(pages_wide, max(1, len(g.stages))))
    step = area / pages_wide
    tiles = []
    for i in range(pages_wide):
        start = LANE_TITLE_W + i * step - (TILE_OVERLAP if i else 0)
        end = LANE_TITLE_W + (i + 1) * step + (TILE_OVERLAP if i < pages_wide - 1 else 0)
        tiles.append((start, min(end, g.width)))
    return tiles


def pdf_bytes(doc: JourneyDocument, *, version: str = "actual", overlay: str | None = None, paper: str = "A4",
              said: dict[str, int] | None = None,
              landscape: bool = True, pages_wide: int = 1, personas: Sequence[PersonaHead] = (),
              names: dict[str, str] | None = None, label: str = "", shop_name: str = "") -> bytes:
    """The map as a vector PDF: fit to one page, or `pages_wide` pages with the lane titles and the stage
    headers repeated on every page, labelled "2/4", overlapping by a few points."""
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    width, height = PAPER[paper]
    if landscape:
        width, height = height, width
    g = layout(doc, version, names=names, overlay=overlay, said=said)
    buffer = io.BytesIO()
    # The initial font is named so that reportlab's page preamble does not reference Helvetica.
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, initialFontName="DejaVuSans",
                    initialFontSize=8)
    canvas.setTitle(fonts.printable(doc.title))
    canvas.setCreator("Regulars")
    tiles = _tiles(g, pages_wide)
    for number, (start, end) in enumerate(tiles, start=1):
        content_w = LANE_TITLE_W + (end - start)
        scale = min((width - 2 * MARGIN) / content_w, (height - 2 * MARGIN - 12) / g.height, 1.6)
        painter = _PdfPainter(canvas, height)
        painter.scale, painter.ox, painter.oy = scale, MARGIN, MARGIN
        page_label = f"{number}/{len(tiles)}" if len(tiles) > 1 else ""
        paint(g, painter, personas=personas, label=label, curve_styles={overlay: True} if overlay else {},
              x_from=start, x_to=end, page_label=page_label, names=names)
        footer = " · ".join(t for t in (shop_name, page_label) if t)
        if footer:
            canvas.setFont("DejaVuSans", 7)
            canvas.setFillColorRGB(0.45, 0.45, 0.45)
            canvas.drawRightString(width - MARGIN, MARGIN / 2, fonts.printable(footer))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def svg_text(doc: JourneyDocument, *, version: str = "actual", overlay: str | None = None,
             said: dict[str, int] | None = None,
             personas: Sequence[PersonaHead] = (), names: dict[str, str] | None = None, label: str = "") -> str:
    g = layout(doc, version, names=names, overlay=overlay, said=said)
    painter = _SvgPainter()
    paint(g, painter, personas=personas, label=label, curve_styles={overlay: True} if overlay else {}, names=names)
    body = "\n".join(painter.parts)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{g.width:.0f}pt" height="{g.height:.0f}pt" '
            f'viewBox="0 0 {g.width:.2f} {g.height:.2f}" font-family="DejaVu Sans, sans-serif">\n'
            f'<title>{escape(doc.title)}</title>\n<rect width="100%" height="100%" fill="#ffffff"/>\n{body}\n</svg>\n')


def png_bytes(doc: JourneyDocument, *, version: str = "actual", overlay: str | None = None, scale: float = 2.0,
              said: dict[str, int] | None = None,
              personas: Sequence[PersonaHead] = (), names: dict[str, str] | None = None, label: str = "") -> bytes:
    from PIL import Image

    scale = max(1.0, min(3.0, float(scale)))
    g = layout(doc, version, names=names, overlay=overlay, said=said)
    px = scale * PNG_PX_PER_PT
    image = Image.new("RGB", (max(1, round(g.width * px)), max(1, round(g.height * px))), "#ffffff")
    painter = _PngPainter(image, px)
    paint(g, painter, personas=personas, label=label, curve_styles={overlay: True} if overlay else {}, names=names)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def export(doc: JourneyDocument, path: Path, fmt: str, **options) -> None:
    """Writes the map to `path` as "pdf", "svg" or "png" (whole or not at all)."""
    path = Path(path)
    if fmt == "pdf":
        data = pdf_bytes(doc, **options)
    elif fmt == "svg":
        data = svg_text(doc, **{k: v for k, v in options.items() if k in ("version", "overlay", "personas", "names", "label", "said")}).encode("utf-8")
    elif fmt == "png":
        data = png_bytes(doc, **{k: v for k, v in options.items() if k in ("version", "overlay", "scale", "personas", "names", "label", "said")})
    else:
        raise ValueError(fmt)
    write_atomically(path, data)


__all__ = ["PAPER", "PersonaHead", "export", "paint", "pdf_bytes", "png_bytes", "svg_text"]
