"""Printable survey cards: a PDF of A6 cards, four per A4 page, each with the shop's name, the 0-10
question, a comment area, a box for the customer's phone or code and, when the owner has set the link
to their own online form, a QR code to it (reportlab's own QR widget). Print, hand out, type in.

The card's language is a property of the printed document (a shop may print Vietnamese cards from an
English interface, and the command line has no Qt translator), so both texts are kept here, side by
side. Fonts: DejaVu Sans from matplotlib's data, registered as a family so that bold works and every
Vietnamese letter prints; text is NFC and escaped before it reaches a Paragraph.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape

from app.i18n import QT_TRANSLATE_NOOP
from app.models import settings as shop_settings
from app.models.text import nfc
from app.services.changes import Changes, Written
from app.services.errors import UserError

SURVEY_URL_KEY = "feedback.survey_url"
FONT = "DejaVuSans"
LANGUAGES = ("vi", "en")

CARD_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "question": "How likely are you to recommend {shop} to a friend or colleague?",
        "low": "Not at all likely", "high": "Extremely likely",
        "reason": "What is the main reason for your score? What could we do better?",
        "who": "Your phone number or customer code (optional):",
        "date": "Date:",
        "online": "Or answer online:",
        "thanks": "Thank you!",
        "our_shop": "our shop",
    },
    "vi": {
        "question": "Bạn có sẵn lòng giới thiệu {shop} cho bạn bè hoặc đồng nghiệp không?",
        "low": "Chắc chắn không", "high": "Chắc chắn có",
        "reason": "Lý do chính cho điểm của bạn là gì? Chúng tôi có thể làm gì tốt hơn?",
        "who": "Số điện thoại hoặc mã khách hàng của bạn (không bắt buộc):",
        "date": "Ngày:",
        "online": "Hoặc trả lời trực tuyến:",
        "thanks": "Xin cảm ơn!",
        "our_shop": "cửa hàng chúng tôi",
    },
}


def survey_url(conn: sqlite3.Connection) -> str:
    return shop_settings.get(conn, SURVEY_URL_KEY)


def set_survey_url(conn: sqlite3.Connection, url: str) -> Written[str]:
    """Stores the link to the owner's own online form ('' removes it); only http(s) links."""
    from app.models import db

    url = (url or "").strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "The survey link must start with http:// or https://."),
                        context="Feedback")
    if len(url) > 1000:
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "The survey link is too long for a QR code on a card."),
                        context="Feedback")
    with db.transaction(conn):
        shop_settings.put(conn, SURVEY_URL_KEY, url)
    return Written(url, Changes(feedback=True))


def register_fonts() -> str:
    """DejaVu Sans (regular, bold, oblique, bold oblique) as one family (app.services.fonts); its name."""
    from app.services import fonts

    return fonts.register()


def _paragraph(text: str, size: float, *, bold: bool = False, align: int = 0):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("card", fontName=f"{FONT}-Bold" if bold else FONT, fontSize=size, leading=size * 1.25,
                           alignment=align)
    return Paragraph(escape(nfc(text)), style)


def _draw_card(canvas, x: float, y: float, width: float, height: float, shop: str, texts: dict[str, str],
               url: str) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    pad = 8 * mm
    inner = width - 2 * pad
    top = y + height - pad

    def place(flowable, at_top: float) -> float:
        _w, h = flowable.wrap(inner, height)
        flowable.drawOn(canvas, x + pad, at_top - h)
        return at_top - h

    top = place(_paragraph(shop, 13, bold=True, align=1), top) - 3 * mm
    question = texts["question"].format(shop=shop or texts["our_shop"])
    top = place(_paragraph(question, 9.5, bold=True), top) - 4 * mm

    # eleven boxes 0..10
    box = inner / 11
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(colors.HexColor("#555555"))
    for score in range(11):
        left = x + pad + score * box
        canvas.rect(left + 0.6 * mm, top - box + 0.6 * mm, box - 1.2 * mm, box - 1.2 * mm)
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(left + box / 2, top - box / 2 - 1.2 * mm, str(score))
    top -= box + 1.5 * mm
    canvas.setFont(FONT, 6.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(x + pad, top - 2 * mm, nfc(texts["low"]))
    canvas.drawRightString(x + pad + inner, top - 2 * mm, nfc(texts["high"]))
    canvas.setFillColor(colors.black)
    top -= 6 * mm

    top = place(_paragraph(texts["reason"], 8.5), top) - 2 * mm
    qr_size = 24 * mm if url else 0
    bottom_block = (qr_size + 7 * mm) if url else 24 * mm
    line_y = top - 6 * mm
    canvas.setStrokeColor(colors.HexColor("#999999"))
    while line_y > y + pad + bottom_block:
        canvas.line(x + pad, line_y, x + pad + inner, line_y)
        line_y -= 6.5 * mm

    base = y + pad
    who_width = inner - (qr_size + 4 * mm if url else 0)
    canvas.setFillColor(colors.black)
    _w, h = (who := _paragraph(texts["who"], 7.5)).wrap(who_width, height)
    who.drawOn(canvas, x + pad, base + 14 * mm)
    canvas.setStrokeColor(colors.HexColor("#555555"))
    canvas.rect(x + pad, base + 5 * mm, who_width, 8 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(x + pad, base, nfc(texts["date"]) + " ____ / ____ / ________")
    if url:
        widget = QrCodeWidget(url, barLevel="M")
        left, bottom, right, top_ = widget.getBounds()
        drawing = Drawing(qr_size, qr_size, transform=[qr_size / (right - left), 0, 0, qr_size / (top_ - bottom), 0, 0])
        drawing.add(widget)
        qr_x = x + pad + inner - qr_size
        renderPDF.draw(drawing, canvas, qr_x, base)
        canvas.setFont(FONT, 6.5)
        canvas.drawCentredString(qr_x + qr_size / 2, base + qr_size + 1.5 * mm, nfc(texts["online"]))
    canvas.setFont(f"{FONT}-Oblique", 7)
    canvas.drawRightString(x + width - pad, y + height - pad + 2 * mm, nfc(texts["thanks"]))


def write_cards(path: str | Path, shop_name: str, *, language: str = "vi", url: str = "", pages: int = 1) -> Path:
    """Writes `pages` A4 pages of four A6 cards, with dashed cut lines. Returns the path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    if language not in CARD_TEXTS:
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "The card language must be vi or en."), context="Feedback")
    if not 1 <= pages <= 100:
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "Print from 1 to 100 pages of cards."), context="Feedback")
    register_fonts()
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    texts = CARD_TEXTS[language]
    width, height = A4
    card_w, card_h = width / 2, height / 2  # A6 is exactly a quarter of A4
    try:
        canvas = Canvas(str(tmp), pagesize=A4, invariant=1)
        canvas.setTitle(nfc(f"{shop_name} – NPS"))
        canvas.setCreator("Regulars")
        for _ in range(pages):
            for column in range(2):
                for row in range(2):
                    _draw_card(canvas, column * card_w, row * card_h, card_w, card_h, nfc(shop_name), texts, url)
            canvas.setDash(3, 3)
            canvas.setLineWidth(0.3)
            canvas.line(card_w, 0, card_w, height)
            canvas.line(0, card_h, width, card_h)
            canvas.setDash()
            canvas.showPage()
        canvas.save()
        tmp.replace(path)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "The file {name} cannot be written: {reason}."),
                        context="Feedback", name=path.name, reason=exc.strerror or str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_shop_cards(conn: sqlite3.Connection, path: str | Path, *, language: str = "vi", pages: int = 1) -> Path:
    """The cards of the open shop: its name and its survey link."""
    return write_cards(path, shop_settings.get(conn, "shop_name"), language=language, url=survey_url(conn), pages=pages)
