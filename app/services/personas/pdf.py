"""Persona cards as PDF (reportlab): one designed A4 portrait card per page, or one persona as an A3
wall poster. The command line, the export and the print preview all use this one file format, so what
the owner previews is what prints.

The card: a header band (photo or initials on a colour, name, quote, linked segment, stickers), the
segment's live figures with their date, then the owner's fields in boxes over two columns, and the
shop name in the footer. Each box shrinks its text to fit (KeepInFrame), so a card never spills onto
a second page.

Text safety: every user text is normalised to NFC and XML-escaped before it reaches Paragraph markup
(raw text would be markup: `<img src=...>` opens a file, `1 <x` raises); characters DejaVu lacks
(most emoji) become a visible placeholder. Fonts: DejaVu Sans from matplotlib's data, registered as a
family so <b> and <i> work; reportlab embeds them as TrueType subsets."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services import fonts
from app.services.file_checks import write_atomically
from app.services.personas import fields as F
from app.services.personas.numbers import SegmentNumbers, as_of_text, describe
from app.services.personas.records import Persona

FAMILY = fonts.FAMILY
PLACEHOLDER = fonts.PLACEHOLDER  # a white square: visible, and in the font

NO_SEGMENT_LABEL = QT_TRANSLATE_NOOP("PersonaPdf", "No linked segment")
SEGMENT_LABEL = QT_TRANSLATE_NOOP("PersonaPdf", "Segment: {segment}")
REVIEWED_LABEL = QT_TRANSLATE_NOOP("PersonaPdf", "Reviewed {date}")
NUMBERS_TITLE = QT_TRANSLATE_NOOP("PersonaPdf", "By the numbers")
FOOTER = QT_TRANSLATE_NOOP("PersonaPdf", "{shop} · persona card printed on {date}")

def register_fonts() -> None:
    """DejaVu Sans as a family, registered once for every PDF of the app (app.services.fonts)."""
    fonts.register()


def escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils.escape, without its ~40 ms import of urllib)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_text(text: str) -> str:
    """Text as the font can draw it: NFC, characters it lacks as PLACEHOLDER (for drawString)."""
    return fonts.printable(text)


def safe_text(text: str) -> str:
    """User text as Paragraph markup: plain_text, XML-escaped, line breaks kept."""
    return escape(plain_text(text)).replace("\n", "<br/>")


@dataclass
class Card:
    """Everything printed for one persona, already in the interface language."""

    persona: Persona
    segment: str  # the linked segment's name, or "" without one
    numbers: SegmentNumbers | None
    numbers_message: str  # why there are no figures (translated), when numbers is None


Translate = Callable[[str, str], str]


class _Styles:
    def __init__(self, scale: float):
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        def style(name: str, size: float, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=kw.pop("font", FAMILY), bulletFontName=FAMILY, fontSize=size * scale,
                                  leading=size * scale * 1.25, textColor=kw.pop("color", HexColor("#222222")), **kw)

        self.name = style("name", 22, font=f"{FAMILY}-Bold")
        self.quote = style("quote", 11.5, font=f"{FAMILY}-Oblique", color=HexColor("#333333"))
        self.meta = style("meta", 8.5, color=HexColor("#444444"))
        self.title = style("title", 9, font=f"{FAMILY}-Bold", color=HexColor("#1F4E5A"))
        self.body = style("body", 9)
        self.bullet = style("bullet", 9, leftIndent=9 * scale, bulletIndent=1 * scale)
        self.small = style("small", 7.5, color=HexColor("#555555"))
        self.figure = style("figure", 8)


def _paragraphs(value: str | list[str], styles: _Styles) -> list:
    from reportlab.platypus import Paragraph

    if isinstance(value, list):
        return [Paragraph(safe_text(item), styles.bullet, bulletText="•") for item in value]
    return [Paragraph(safe_text(value), styles.body)]


def _boxes(persona: Persona, styles: _Styles, say: Translate) -> tuple[list, list]:
    """The two columns of boxes: (title, flowables, weight), empty fields left out."""
    from reportlab.platypus import Paragraph, Spacer

    def field_box(key: str) -> tuple[str, list, float] | None:
        value = persona.value(key)
        if F.is_empty(value):
            return None
        return say("Persona", F.BY_KEY[key].label), _paragraphs(value, styles), _weight(value)

    def labelled(keys: Sequence[str], title: str, extra: Sequence[str] = ()) -> tuple[str, list, float] | None:
        flow, size = [], 0
        for key in keys:
            value = persona.value(key)
            if F.is_empty(value):
                continue
            text = ", ".join(value) if isinstance(value, list) else value
            flow.append(Paragraph(f"<b>{escape(say('Persona', F.BY_KEY[key].label))}:</b> {safe_text(text)}", styles.body))
            size += len(text) + 20
        for key in extra:
            value = persona.value(key)
            if not F.is_empty(value):
                flow += [Spacer(1, 3)] + _paragraphs(value, styles)
                size += len(value) if isinstance(value, str) else sum(len(v) + 20 for v in value)
        return (title, flow, _weight("x" * size)) if flow else None

    left = [labelled(F.PROFILE_KEYS, say("Persona", F.ABOUT_LABEL), ("description",)),
            field_box("needs"), field_box("attitudes"), field_box("goals"),
            labelled(("channels", "categories"), say("Persona", F.CHANNELS_LABEL))]
    right = [field_box("reasons_to_buy"), field_box("reasons_to_refuse"),
             labelled(("before", "after"), say("Persona", F.BEFORE_AFTER_LABEL)),
             field_box("challenges"), field_box("insight"), field_box("notes")]
    return [b for b in left if b], [b for b in right if b]


def _weight(value: str | list[str]) -> float:
    size = len(value) if isinstance(value, str) else sum(len(v) + 25 for v in value)
    return min(4.0, 1.0 + size / 220)


def _image_reader(photo: bytes):
    """A reportlab ImageReader of a stored photo. reportlab embeds a JPEG as it is, but names every
    image by a digest of its decoded pixels; a stored JPEG is named by its own bytes instead, so it
    is never decoded (a fifth of the time of a 50-card PDF)."""
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(photo))
    if photo[:2] == b"\xff\xd8":  # JPEG (photos.prepare stores nothing else)
        reader.getRGBData = lambda: photo
        reader._dataA = None  # what getRGBData would have set: no alpha channel (JPEG)
    return reader


def draw_face(canvas, persona: Persona, x: float, y: float, side: float) -> None:
    from reportlab.lib.colors import HexColor, white

    if persona.photo:
        path = canvas.beginPath()
        path.roundRect(x, y, side, side, side * 0.08)
        canvas.saveState()
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.drawImage(_image_reader(persona.photo), x, y, side, side, preserveAspectRatio=True, anchor="c")
        canvas.restoreState()
        return
    canvas.setFillColor(HexColor(F.colour_for(persona.name)))
    canvas.roundRect(x, y, side, side, side * 0.08, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(f"{FAMILY}-Bold", side * 0.38)
    canvas.drawCentredString(x + side / 2, y + side * 0.36, plain_text(F.initials(persona.name)))


def _fit(canvas, flowables: list, x: float, y: float, w: float, h: float) -> None:
    from reportlab.platypus import Frame, KeepInFrame

    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    frame.addFromList([KeepInFrame(w, h, flowables, mode="shrink")], canvas)


def _draw_box(canvas, title: str, flowables: list, x: float, y: float, w: float, h: float,
              styles: _Styles, scale: float) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph

    canvas.setStrokeColor(HexColor("#C9D6D9"))
    canvas.setFillColor(HexColor("#FBFCFC"))
    canvas.setLineWidth(0.8)
    canvas.roundRect(x, y, w, h, 4 * scale, stroke=1, fill=1)
    pad = 6 * scale
    title_h = styles.title.leading + 2 * scale
    _fit(canvas, [Paragraph(escape(title), styles.title)], x + pad, y + h - pad - title_h, w - 2 * pad, title_h)
    _fit(canvas, flowables, x + pad, y + pad, w - 2 * pad, h - 2 * pad - title_h)


def _numbers_flowables(card: Card, styles: _Styles, width: float, currency: str, locale: str,
                       say: Translate) -> tuple[list, str]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    if card.numbers is None or not card.numbers.customers:
        message = card.numbers_message
        return [Paragraph(escape(message), styles.body)], ""
    lines = describe(card.numbers, currency, locale, say)
    cells = [Paragraph(f"<b>{escape(label)}</b><br/>{safe_text(value)}", styles.figure) for label, value in lines]
    columns = 5
    rows = [cells[i:i + columns] + [""] * (columns - len(cells[i:i + columns])) for i in range(0, len(cells), columns)]
    table = Table(rows, colWidths=[width / columns] * columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FAMILY), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [table], as_of_text(card.numbers, locale, say)


def _draw_card(canvas, card: Card, page_w: float, page_h: float, scale: float, shop: str, today: str,
               currency: str, locale: str, say: Translate) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph

    styles = _Styles(scale)
    persona = card.persona
    m = 12 * 2.8346 * scale  # 12 mm
    gap = 4 * 2.8346 * scale
    width = page_w - 2 * m

    # header band
    header_h = 50 * 2.8346 * scale
    top = page_h - m
    canvas.setFillColor(HexColor("#EAF2F1"))
    canvas.roundRect(m, top - header_h, width, header_h, 6 * scale, stroke=0, fill=1)
    face = header_h - 2 * gap
    draw_face(canvas, persona, m + gap, top - header_h + gap, face)
    text_x = m + 2 * gap + face
    meta = [say("PersonaPdf", SEGMENT_LABEL).format(segment=card.segment) if card.segment
            else say("PersonaPdf", NO_SEGMENT_LABEL)]
    if persona.reviewed_on:
        from app.services import formatting

        meta.append(say("PersonaPdf", REVIEWED_LABEL).format(date=formatting.date(persona.reviewed_on, locale)))
    header = [Paragraph(safe_text(persona.name), styles.name)]
    if persona.text("quote"):
        header.append(Paragraph(f"“{safe_text(persona.text('quote'))}”", styles.quote))
    header.append(Paragraph(" · ".join(safe_text(t) for t in meta), styles.meta))
    if persona.items("stickers"):
        header.append(Paragraph("  ".join(f"<font backColor='#FFFFFF'>&nbsp;{safe_text(s)}&nbsp;</font>"
                                          for s in persona.items("stickers")), styles.meta))
    _fit(canvas, header, text_x, top - header_h + gap, m + width - gap - text_x, header_h - 2 * gap)

    # by the numbers
    numbers_h = 52 * 2.8346 * scale
    numbers_top = top - header_h - gap
    flow, as_of = _numbers_flowables(card, styles, width - 12 * scale, currency, locale, say)
    title = say("PersonaPdf", NUMBERS_TITLE) + (f" — {as_of}" if as_of else "")
    if card.segment:
        title += f" · {card.segment}"
    _draw_box(canvas, title, flow, m, numbers_top - numbers_h, width, numbers_h, styles, scale)

    # the owner's words, two columns
    footer_h = 8 * 2.8346 * scale
    body_top = numbers_top - numbers_h - gap
    body_h = body_top - m - footer_h
    column_w = (width - gap) / 2
    for index, column in enumerate(_boxes(persona, styles, say)):
        if not column:
            continue
        x = m + index * (column_w + gap)
        total = sum(b[2] for b in column)
        free = body_h - gap * (len(column) - 1)
        y = body_top
        for title, flowables, weight in column:
            h = free * weight / total
            _draw_box(canvas, title, flowables, x, y - h, column_w, h, styles, scale)
            y -= h + gap

    # footer
    canvas.setFont(FAMILY, 7.5 * scale)
    canvas.setFillColor(HexColor("#666666"))
    canvas.drawString(m, m, plain_text(say("PersonaPdf", FOOTER).format(shop=shop, date=today)))


def build(cards: Sequence[Card], *, shop_name: str, currency: str = "VND", locale: str = "vi_VN",
          poster: bool = False, translate: Translate = F.identity, today: dt.date | None = None) -> bytes:
    """The PDF's bytes: one A4 card per persona, or (poster) one A3 page per persona."""
    from reportlab.lib.pagesizes import A3, A4
    from reportlab.pdfgen.canvas import Canvas

    from app.services import formatting

    register_fonts()
    page = A3 if poster else A4
    scale = page[0] / A4[0]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=page, pageCompression=1, initialFontName=FAMILY)  # never Helvetica
    canvas.setTitle(", ".join(c.persona.name for c in cards)[:200])
    canvas.setCreator("Regulars (Khách Quen)")
    day = formatting.date(today or dt.date.today(), locale)
    for card in cards:
        _draw_card(canvas, card, page[0], page[1], scale, shop_name, day, currency, locale, translate)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def cards_for(conn, personas: Sequence[Persona], translate: Translate = F.identity) -> list[Card]:
    """The printed content of these personas: each one's segment name and live figures now."""
    from app.services.errors import UserError
    from app.services.personas import numbers as live
    from app.services.segments import membership

    cards = []
    for persona in personas:
        segment = ""
        if persona.segment_ref:
            try:
                segment = membership.segment_name(conn, persona.segment_ref, translate)
            except UserError:
                segment = ""
        figures, message = live.for_persona(conn, persona.segment_ref)
        cards.append(Card(persona, segment, figures, translate("PersonaNumbers", message) if message else ""))
    return cards


def shop_pdf(conn, personas: Sequence[Persona], *, poster: bool = False, translate: Translate = F.identity) -> bytes:
    """The PDF of these personas in this shop (its name, currency and locale)."""
    from app.models import settings as shop_settings
    from app.services.errors import UserError

    if not personas:
        raise UserError(QT_TRANSLATE_NOOP("PersonaPdf", "There is no persona to print."), context="PersonaPdf")
    conf = shop_settings.get_all(conn)
    return build(cards_for(conn, personas, translate), shop_name=conf.get("shop_name", ""),
                 currency=conf.get("currency", "VND"), locale=conf.get("locale", "vi_VN"), poster=poster,
                 translate=translate)


def write_file(path: str | Path, data: bytes) -> None:
    """Writes the PDF whole or not at all (app.services.file_checks.write_atomically)."""
    write_atomically(path, data)
