"""The demo shop's checklist, so that the Checklist tab has something to show on first start: half a
year of the owner's statuses (with their history, so the progress chart has lines), a routine whose
round is due again, one item of the owner's own, two quiz results and a SWOT board, in Vietnamese like
the rest of the demo. Dates count back from the demo's `today`."""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.checklist import items, quiz, swot

# (days before today, item key, fields), oldest first: replayed in order, so the history is dated
STEPS: tuple[tuple[int, str, dict], ...] = (
    (200, "routines.journeys", {"status": "done"}),  # over six months ago: due again now
    (170, "self_assessment.claim", {"status": "done"}),
    (165, "act_now.1", {"status": "in_progress", "owner": "Chị Mai"}),
    (150, "act_now.1", {"status": "done", "notes": "Hỏi 12 khách quen: thích trà sen và nhân viên nhớ tên."}),
    (120, "self_assessment.behave", {"status": "in_progress"}),
    (110, "progress.1", {"status": "in_progress"}),
    (95, "act_now.5", {"status": "done"}),
    (80, "progress.1", {"status": "done"}),
    (75, "routines.survey", {"status": "done", "notes": "Phiếu khảo sát NPS tại quầy và qua Zalo."}),
    (60, "act_now.6", {"status": "in_progress", "owner": "Anh Tuấn"}),
    (45, "act_now.3", {"status": "not_relevant"}),
    (40, "routines.personas", {"status": "done"}),
    (30, "progress.2", {"status": "in_progress"}),
    (12, "routines.segments", {"status": "done"}),
    (5, "act_now.4", {"status": "in_progress", "owner": "Chị Mai"}),
)
OWN_ITEM = ("Gửi lời chúc sinh nhật qua Zalo cho khách đồng ý nhận tin", 1, 20)  # (text, every N months, days ago)
QUIZ_RESULTS = (  # (days before today, answers 0-2 in the order of quiz.QUESTIONS)
    (160, (1, 0, 1, 0, 2, 1, 0, 0)),
    (20, (2, 1, 1, 1, 2, 1, 1, 1)),
)
SWOT_NOTES = {
    "strengths": ("Trà và bánh làm tươi mỗi ngày", "Nhân viên nhớ tên và món quen của khách"),
    "weaknesses": ("Giờ cao điểm buổi trưa khách phải chờ lâu", "Tin nhắn Zalo ngoài giờ chưa ai trả lời"),
    "opportunities": ("Tòa văn phòng mới mở gần chi nhánh Quận 3", "Mùa quà Tết và Trung thu cho doanh nghiệp"),
    "threats": ("Chuỗi cà phê lớn mở cửa hàng cùng phố", "Giá bột và đường tăng"),
}


def add_demo_checklist(conn: sqlite3.Connection, today: dt.date) -> None:
    for days, key, fields in STEPS:
        items.update_item(conn, key, today=today - dt.timedelta(days=days), **fields)
    text, every, days = OWN_ITEM
    key = items.add_own_item(conn, text, repeat_months=every, today=today - dt.timedelta(days=days)).value
    items.update_item(conn, key, today=today - dt.timedelta(days=days), status="done")
    for days, answers in QUIZ_RESULTS:
        quiz.save_result(conn, dict(zip((k for k, _text in quiz.QUESTIONS), answers, strict=True)),
                         today - dt.timedelta(days=days))
    for quadrant, notes in SWOT_NOTES.items():
        for note in notes:
            swot.add(conn, quadrant, note)
