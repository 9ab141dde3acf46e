"""The one-page (A4) "Customer focus report" PDF: the headline figures of the period against the one
before, the Net Promoter Score with its 95% interval (or the warning that it cannot be trusted), the
target segments, the personas' faces and names (drawn as the persona cards draw them), the top
improvements from the journey maps and the checklist's progress per section. Drawn with reportlab in
DejaVu Sans (app.services.fonts), texts through `translate(context, text)` so the UI and the command line
print the same words. Everything is shrunk to fit one page however many personas or improvements there
are. `report_pdf` returns the bytes (the print preview shows them); `write_report` writes them
atomically (app.services.file_checks)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.models import journeys as journey_rows
from app.models import segments as segment_store
from app.models import settings as shop_settings
from app.services import fonts, formatting
from app.services.checklist import definitions, items
from app.services.overview.figures import Headline, headline

Translate = Callable[[str, str], str]
TOP_IMPROVEMENTS = 5
LISTED_TARGETS = 6  # more target segments are printed as one paragraph
MARGIN_MM = 16
A4_WIDTH_MM = 210
C = "Report"

TITLE = QT_TRANSLATE_NOOP("Report", "Customer focus report")
PERIOD_NAMES = {"month": QT_TRANSLATE_NOOP("Report", "This month"),
                "quarter": QT_TRANSLATE_NOOP("Report", "This quarter"),
                "year": QT_TRANSLATE_NOOP("Report", "This year")}
ROWS = (
    ("customers", QT_TRANSLATE_NOOP("Report", "Customers who bought")),
    ("new_customers", QT_TRANSLATE_NOOP("Report", "New customers")),
    ("customer_revenue", QT_TRANSLATE_NOOP("Report", "Customers' revenue")),
    ("walk_in_revenue", QT_TRANSLATE_NOOP("Report", "Walk-in sales")),
    ("returning_revenue_share", QT_TRANSLATE_NOOP("Report", "Returning customers' share of revenue")),
)


def _identity(_context: str, text: str) -> str:
    return text


def report_lines(conn: sqlite3.Connection, head: Headline, translate: Translate = _identity) -> dict:
    """What the report prints, as plain texts (also what the tests read back from the PDF)."""
    from app.services.journey import store as journeys
    from app.services.segments import membership

    conf = shop_settings.get_all(conn)
    locale, currency = conf.get("locale", "vi_VN"), conf.get("currency", "VND")

    def value(name: str, figures) -> str:
        found = getattr(figures, name)
        if name == "returning_revenue_share":
            return formatting.percent(found, locale=locale) if found is not None else "–"
        if "revenue" in name:
            return formatting.stored_money(found, currency, locale)
        return formatting.number(found, locale=locale)

    demo = conf.get("is_demo") == "1"
    out: dict = {"demo": translate(C, QT_TRANSLATE_NOOP("Report", "This is the demo shop: its customers and sales are made up.")) if demo else "",
                 "title": translate(C, TITLE), "shop": conf.get("shop_name", ""), "figures": [], "notes": []}
    if head.period is not None:
        previous = head.period.previous()
        out["period"] = "{name}: {start} – {end} ({previous}: {pstart} – {pend})".format(
            name=translate(C, PERIOD_NAMES[head.period.kind]),
            start=formatting.date(head.period.start, locale), end=formatting.date(head.shown_end, locale),
            previous=translate(C, QT_TRANSLATE_NOOP("Report", "Previous")), pstart=formatting.date(previous.start, locale),
            pend=formatting.date(previous.end - dt.timedelta(1), locale))
        out["figures"] = [(translate(C, label), value(name, head.current), value(name, head.previous))
                          for name, label in ROWS]
        if head.top20_share is not None:
            out["notes"].append(translate(C, QT_TRANSLATE_NOOP("Report", "The top 20% of customers bring {share} of the customers' revenue.")).format(
                share=formatting.percent(head.top20_share, locale=locale)))
        out["notes"].append(translate(C, QT_TRANSLATE_NOOP("Report", "Premium customers at risk: {count}, revenue at stake {money}.")).format(
            count=formatting.number(head.at_risk_customers, locale=locale),
            money=formatting.stored_money(head.revenue_at_stake, currency, locale)))
    else:
        out["period"] = translate(C, QT_TRANSLATE_NOOP("Report", "No sales yet: import a sales spreadsheet first."))
    targets = [membership.segment_name(conn, ref, translate)
               for ref, (is_target, _vp, _usp) in segment_store.target_profiles(conn).items() if is_target]
    out["targets"] = targets
    out["personas"] = [name for _id, name in journey_rows.persona_names(conn)]
    open_improvements = [row for row in journeys.all_improvements(conn) if row.improvement.status != "done"]
    out["improvements"] = [f"{row.text} ({row.journey_title})" for row in open_improvements[:TOP_IMPROVEMENTS]]
    progress = items.progress(items.list_items(conn))
    out["progress"] = [
        (translate("Checklist", section.title), progress[section.key].done, progress[section.key].counted)
        for section in definitions.SECTIONS if progress[section.key].counted]
    out["reviews_due"] = head.reviews_due
    out["nps"] = nps_line(conn, translate, locale)
    return out


def nps_line(conn: sqlite3.Connection, translate: Translate, locale: str) -> str:
    """The score of every answer with its 95% interval, or the sentence saying why it cannot be trusted."""
    from app.services.feedback import nps

    score = nps.overall(conn)
    found = score.warning()
    if score.nps is None:
        return translate("Feedback", nps.NO_ANSWERS)
    line = translate(C, QT_TRANSLATE_NOOP("Report", "{score} (95% interval {low} to {high}; {count} answers)")).format(
        score=nps.signed(score.nps), low=nps.signed(score.ci_low), high=nps.signed(score.ci_high),
        count=formatting.number(score.responses, locale=locale))
    if found is not None:
        line += " " + translate("Feedback", found[0]).format(**found[1])
    return line


def write_report(conn: sqlite3.Connection, path: Path, *, period: str = "quarter",
                 translate: Translate = _identity) -> Path:
    """Writes the one-page report to `path` (atomically: a failure leaves no half-written file)."""
    from app.services.file_checks import write_atomically

    write_atomically(path, report_pdf(conn, period=period, translate=translate))
    return Path(path)


def report_pdf(conn: sqlite3.Connection, *, period: str = "quarter", translate: Translate = _identity) -> bytes:
    """The one-page report as PDF bytes."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    family = fonts.register()
    lines = report_lines(conn, headline(conn, period, with_months=False), translate)
    body = ParagraphStyle("body", fontName=family, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#455a64"))
    title = ParagraphStyle("title", parent=body, fontName="DejaVuSans-Bold", fontSize=17, leading=21)
    heading = ParagraphStyle("heading", parent=body, fontName="DejaVuSans-Bold", fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#00695c"))

    def text(value: str, style=body) -> Paragraph:
        return Paragraph(escape(fonts.printable(value)), style)

    def bullets(values: list[str], empty: str) -> list:
        return [text(f"• {v}") for v in values] or [text(translate(C, empty), small)]

    story: list = [text(lines["title"], title), text(lines["shop"], small), *([text(lines["demo"], small)] if lines["demo"] else []), Spacer(1, 2 * mm), text(lines["period"])]
    if lines["figures"]:
        rows = [["", translate(C, QT_TRANSLATE_NOOP("Report", "Now")), translate(C, QT_TRANSLATE_NOOP("Report", "Previous"))], *lines["figures"]]
        table = Table([[text(cell) for cell in row] for row in rows],
                      colWidths=[80 * mm, 45 * mm, 45 * mm])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#00695c")),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f8f6")])]))
        story += [Spacer(1, 2 * mm), table]
    story += [text(n) for n in lines["notes"]]
    story += [text(translate(C, QT_TRANSLATE_NOOP("Report", "Net Promoter Score")), heading), text(lines["nps"])]
    story += [text(translate(C, QT_TRANSLATE_NOOP("Report", "Target segments")), heading),
              *(bullets(lines["targets"], QT_TRANSLATE_NOOP("Report", "No segment is marked as a target yet."))
                if len(lines["targets"]) <= LISTED_TARGETS else [text(" · ".join(lines["targets"]))])]
    story += [text(translate(C, QT_TRANSLATE_NOOP("Report", "Personas")), heading),
              *(_faces(conn, text) or [text(translate(C, QT_TRANSLATE_NOOP("Report", "No persona yet.")), small)])]
    story += [text(translate(C, QT_TRANSLATE_NOOP("Report", "Top improvements from the journey maps")), heading),
              *bullets(lines["improvements"], QT_TRANSLATE_NOOP("Report", "No open improvement on the journey maps."))]
    story += [text(translate(C, QT_TRANSLATE_NOOP("Report", "Checklist progress")), heading),
              *[text(f"{name}: {done}/{counted}") for name, done, counted in lines["progress"]]]
    if lines["reviews_due"]:
        story.append(text(translate(C, QT_TRANSLATE_NOOP("Report", "Journey maps due for review: {titles}.")).format(
            titles=", ".join(lines["reviews_due"])), small))
    out = io.BytesIO()
    margin = MARGIN_MM * mm
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                                 bottomMargin=margin, title=lines["title"], author=lines["shop"])
    frame_height = A4[1] - 2 * margin
    document.build([KeepInFrame(A4[0] - 2 * margin, frame_height, story, mode="shrink")])
    return out.getvalue()


FACES_PER_ROW = 3
FACE_MM = 14


def _faces(conn: sqlite3.Connection, text: Callable) -> list:
    """The personas as a grid of (face, name) cells, FACES_PER_ROW a row; [] without personas."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Table, TableStyle

    from app.services.personas import pdf as persona_pdf
    from app.services.personas import records

    class Face(Flowable):
        def __init__(self, persona: records.Persona):
            super().__init__()
            self.persona, self.width, self.height = persona, FACE_MM * mm, FACE_MM * mm

        def draw(self) -> None:
            persona_pdf.draw_face(self.canv, self.persona, 0, 0, self.width)

    cells = [[Face(p), text(p.name)] for p in records.list_personas(conn)]
    if not cells:
        return []
    rows = [cells[i:i + FACES_PER_ROW] for i in range(0, len(cells), FACES_PER_ROW)]
    rows[-1] += [["", ""]] * (FACES_PER_ROW - len(rows[-1]))
    cell_width = (A4_WIDTH_MM - 2 * MARGIN_MM) / FACES_PER_ROW
    grid = Table([[item for cell in row for item in cell] for row in rows],
                 colWidths=[(FACE_MM + 2) * mm, (cell_width - FACE_MM - 2) * mm] * FACES_PER_ROW, hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [grid]

