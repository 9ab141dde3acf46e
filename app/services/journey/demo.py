"""The demo shop's journey maps (Tiệm Trà Sen, in Vietnamese): a six-stage map of the office manager who
orders Tết gift boxes for the company's partners (the demo persona Anh Minh), with an actual and an ideal
journey that differ, pain points, evidence marks and improvements; and a lifecycle map of the office
worker who orders coffee for her whole room (Chị Lan). Each is linked to its demo persona."""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.journey.document import Improvement, JourneyDocument, new_card, set_emotion
from app.services.journey.templates import from_template


def _builder(doc: JourneyDocument):
    stages = [s.id for s in doc.stages]
    lanes = {lane.kind: lane.id for lane in doc.lanes}

    def add(version: str, stage: int, lane: str, text: str, **fields) -> str:
        kind = {"actions": "action", "goals": "goal", "questions": "question", "touchpoints": "touchpoint",
                "feelings": "feeling", "pains": "pain", "opportunities": "opportunity"}[lane]
        card = new_card(kind, text, stages[stage], lanes[lane], **fields)
        doc.versions[version].cards.append(card)
        return card.id

    return stages, add


def gift_buyer_map(today: dt.date) -> JourneyDocument:
    doc = from_template("six_stages", "vi", "Anh Minh đặt quà Tết cho đối tác")
    stages, add = _builder(doc)
    for version in ("actual", "ideal"):
        add(version, 0, "actions", "Thấy hộp quà trà sen trên fan page khi bạn bè chia sẻ", evidence="feedback")
        add(version, 1, "actions", "Nhắn tin hỏi giá hộp quà và thời gian giao", evidence="data")
        add(version, 3, "actions", "Đặt 5 hộp quà Tết cho đối tác", evidence="data")
        add(version, 4, "actions", "Mang quà đi biếu, pha thử trà ở nhà")
        add(version, 0, "goals", "Tìm món quà Việt tinh tế, có câu chuyện")
        add(version, 3, "goals", "Nhận hàng đúng hẹn, gói đẹp sẵn để biếu")
        add(version, 1, "questions", "Hộp quà có xuất hóa đơn công ty không?")
        add(version, 3, "questions", "Có in thiệp tên công ty được không?")
        add(version, 0, "touchpoints", "Fan page Tiệm Trà Sen", channel="fanpage")
        add(version, 1, "touchpoints", "Nhắn Zalo với cửa hàng", channel="chat")
        add(version, 3, "touchpoints", "Mua tại cửa hàng Quận 3", channel="store")
    add("ideal", 2, "touchpoints", "Đăng ký nhận tin mùa quà Tết qua Zalo OA", channel="chat")
    add("ideal", 5, "touchpoints", "Tin nhắn cảm ơn kèm mã giới thiệu bạn bè", channel="chat")
    add("ideal", 1, "touchpoints", "Bảng giá quà tặng trên website", channel="website")
    pain_reply = add("actual", 1, "pains", "Chờ hơn 3 tiếng mới được trả lời tin nhắn", severity=4, evidence="feedback")
    pain_invoice = add("actual", 3, "pains", "Phải gọi lại nhiều lần để lấy hóa đơn đỏ", severity=3, evidence="feedback")
    add("actual", 5, "pains", "Không có lý do gì để giới thiệu cho bạn bè", severity=2, evidence="assumption")
    add("actual", 2, "pains", "Không biết khi nào có hộp quà mùa mới", severity=2, evidence="assumption")
    add("actual", 1, "opportunities", "Trả lời tin nhắn trong 15 phút giờ mở cửa", evidence="feedback",
        improvement=Improvement(horizon="short", effort=1, impact=3, owner="Chị Hạnh (quầy)",
                                how="Bật thông báo Zalo OA trên điện thoại quầy, mẫu câu trả lời có giá quà",
                                due=today + dt.timedelta(days=14), status="doing", addresses=[pain_reply]))
    add("actual", 3, "opportunities", "Nhận thông tin xuất hóa đơn ngay khi đặt hàng",
        improvement=Improvement(horizon="medium", effort=2, impact=2, owner="Anh Tuấn (kế toán)",
                                how="Thêm ô mã số thuế vào phiếu đặt quà; gửi hóa đơn điện tử trong ngày",
                                due=today + dt.timedelta(days=45), addresses=[pain_invoice]))
    add("actual", 5, "opportunities", "Chương trình giới thiệu bạn: tặng gói trà 100g",
        improvement=Improvement(horizon="long", effort=3, impact=2, owner="Chủ tiệm",
                                how="In thẻ giới thiệu bỏ vào hộp quà; theo dõi mã trên phần mềm bán hàng"))
    for stage, actual, ideal in ((0, 0.5, 1.0), (1, -1.5, 1.0), (2, -0.5, 1.0), (3, 0.0, 1.5), (4, 1.5, 2.0),
                                 (5, 0.5, 1.5)):
        set_emotion(doc, "actual", stages[stage], actual)
        set_emotion(doc, "ideal", stages[stage], ideal)
    doc.reviewed_on = today - dt.timedelta(days=40)
    return doc


def office_coffee_map(today: dt.date) -> JourneyDocument:
    doc = from_template("lifecycle", "vi", "Chị Lan đặt cà phê cho cả phòng")
    stages, add = _builder(doc)
    for version in ("actual", "ideal"):
        add(version, 0, "actions", "Đồng nghiệp mang cà phê Trà Sen lên phòng họp")
        add(version, 1, "actions", "Xem thực đơn trên ứng dụng giao hàng", evidence="data")
        add(version, 2, "actions", "Đặt 8 ly cà phê sữa cho cả nhóm lúc 9 giờ", evidence="data")
        add(version, 4, "actions", "Đặt lại mỗi thứ Hai")
        add(version, 1, "touchpoints", "Ứng dụng giao hàng", channel="website")
        add(version, 2, "touchpoints", "Gọi điện cho cửa hàng", channel="phone")
    add("ideal", 4, "touchpoints", "Nhóm Zalo đặt hàng của công ty", channel="chat")
    pain = add("actual", 2, "pains", "Cà phê tới nguội khi giao sau 40 phút", severity=3, evidence="feedback")
    add("actual", 4, "pains", "Phải đọc lại đơn mỗi tuần", severity=1, evidence="assumption")
    add("actual", 2, "opportunities", "Giao bằng túi giữ nhiệt, ưu tiên đơn văn phòng trước 10 giờ",
        improvement=Improvement(horizon="short", effort=1, impact=2, owner="Anh Phúc (giao hàng)",
                                how="Mua 4 túi giữ nhiệt; nhận đơn văn phòng trước 8 giờ 30", addresses=[pain]))
    add("actual", 4, "opportunities", "Lưu đơn quen của công ty, đặt lại bằng một tin nhắn",
        improvement=Improvement(horizon="medium", effort=2, impact=3, owner="Chủ tiệm",
                                how="Ghi đơn quen vào ghi chú khách hàng; nhắn xác nhận mỗi thứ Hai"))
    for stage, actual, ideal in ((0, 1.0, 1.0), (1, 0.0, 1.0), (2, -1.0, 1.5), (3, 0.5, 1.5), (4, 0.0, 2.0)):
        set_emotion(doc, "actual", stages[stage], actual)
        set_emotion(doc, "ideal", stages[stage], ideal)
    doc.reviewed_on = today - dt.timedelta(days=220)  # due for its six-monthly review
    return doc


def demo_persona_ids(conn: sqlite3.Connection) -> dict[str, int]:
    """The demo personas the maps belong to, by a word of their names ("Minh", "Lan")."""
    from app.services.personas import records

    return {word: p.id for p in records.list_personas(conn) for word in ("Minh", "Lan") if word in p.name.split()}


def add_demo_maps(conn: sqlite3.Connection, today: dt.date, persona_ids: dict[str, int] | None = None) -> list[int]:
    """Adds the demo maps inside the caller's transaction; `persona_ids` maps a persona name word
    ("Minh", "Lan") to the demo persona it is linked to."""
    from app.models import journeys as rows
    from app.services.journey import io as journey_io

    ids = []
    for doc, who in ((gift_buyer_map(today), "Minh"), (office_coffee_map(today), "Lan")):
        if persona_ids and who in persona_ids:
            doc.persona_ids = [persona_ids[who]]
        reviewed = doc.reviewed_on.isoformat() if doc.reviewed_on else None
        ids.append(rows.insert(conn, doc.title, journey_io.dumps(doc), reviewed))
    return ids
