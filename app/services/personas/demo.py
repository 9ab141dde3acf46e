"""The demo shop's personas (Tiệm Trà Sen): three people in Vietnamese, each linked to a demo segment,
with a portrait the app draws itself with Pillow (flat illustrated faces, no third-party images)."""

from __future__ import annotations

import io
import sqlite3

from app.services.personas import records
from app.services.personas.fields import empty_fields

# (background, skin, hair, top, long hair, glasses)
_LOOKS = {
    "lan": ("#F3D9C6", "#F1C7A5", "#2B1D16", "#2E7D6B", True, False),
    "minh": ("#D4E4F2", "#E8B98F", "#1B1B1B", "#3B6EA8", False, True),
    "hanh": ("#EADCF0", "#EDC3A0", "#5A4A42", "#8E5BA8", True, True),
}


def portrait(look: str, side: int = 480) -> bytes:
    """A flat illustrated head-and-shoulders portrait as JPEG bytes."""
    from PIL import Image, ImageDraw

    background, skin, hair, top, long_hair, glasses = _LOOKS[look]
    scale = side / 480
    image = Image.new("RGB", (side, side), background)
    draw = ImageDraw.Draw(image)

    def box(x0, y0, x1, y1):
        return [round(v * scale) for v in (x0, y0, x1, y1)]

    if long_hair:
        draw.rounded_rectangle(box(130, 120, 350, 400), radius=round(90 * scale), fill=hair)
    draw.ellipse(box(90, 330, 390, 620), fill=top)                    # shoulders
    draw.rectangle(box(205, 280, 275, 350), fill=skin)                # neck
    draw.ellipse(box(150, 110, 330, 310), fill=skin)                  # face
    draw.pieslice(box(140, 90, 340, 260), 180, 360, fill=hair)        # hair on top
    for x in (200, 262):                                              # eyes
        draw.ellipse(box(x, 200, x + 18, 218), fill="#2B2B2B")
    draw.arc(box(210, 235, 270, 275), 20, 160, fill="#9C4A3C", width=max(2, round(5 * scale)))  # smile
    if glasses:
        for x in (186, 248):
            draw.ellipse(box(x, 188, x + 46, 230), outline="#333333", width=max(2, round(4 * scale)))
        draw.line(box(232, 206, 248, 206), fill="#333333", width=max(2, round(4 * scale)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _persona(name: str, ref: str, look: str, **values) -> records.Persona:
    fields = empty_fields()
    fields.update(values)
    return records.Persona(0, name, fields, ref, portrait(look))


def demo_personas() -> list[records.Persona]:
    return [
        _persona(
            "Chị Lan – dân văn phòng mê trà", "rfm:champions", "lan",
            quote="Ghé Trà Sen mỗi sáng là thói quen, nhân viên nhớ luôn món tôi hay gọi.",
            age_range="25–34", gender="Nữ", occupation="Nhân viên văn phòng", location="Quận 3, TP. Hồ Chí Minh",
            description="Làm việc gần cửa hàng, ghé mua trà và bánh mỗi tuần vài lần, thỉnh thoảng đặt cho cả phòng.",
            needs=["Đồ uống ngon, ổn định chất lượng", "Phục vụ nhanh giờ đi làm", "Ưu đãi cho khách quen"],
            attitudes=["Trung thành khi được nhớ tên", "Hay chia sẻ quán ngon lên mạng xã hội"],
            goals=["Nhận biết: bạn đồng nghiệp giới thiệu", "Mua hàng: gọi món qua điện thoại trước khi đến",
                   "Giới thiệu: rủ cả phòng đặt trà chiều thứ Sáu"],
            challenges=["Dễ chuyển sang quán mới mở gần công ty", "Cơ hội: đơn đặt theo nhóm văn phòng"],
            reasons_to_buy=["Trà ngon, không quá ngọt", "Gần chỗ làm", "Tích điểm đổi quà"],
            reasons_to_refuse=["Xếp hàng lâu giờ cao điểm", "Hết món quen"],
            before="Mua trà ở nhiều quán khác nhau, chất lượng thất thường.",
            after="Có một quán quen đáng tin, đặt trước và lấy ngay.",
            insight="Chị không chỉ mua trà: chị mua mười phút được chăm sóc trước một ngày làm việc dài.",
            channels=["Tại cửa hàng", "Zalo"], categories=["Trà pha", "Trà sữa", "Bánh ngọt"],
            stickers=["Khách quen buổi sáng", "Thích ưu đãi", "Hay giới thiệu bạn bè"],
            notes="Gửi lời chúc sinh nhật kèm phiếu giảm giá.",
        ),
        _persona(
            "Anh Minh – người đặt hàng cho công ty", "tier:vip", "minh",
            quote="Tôi cần nơi giao đúng giờ và xuất hoá đơn đầy đủ, không phải nhắc.",
            age_range="35–44", gender="Nam", occupation="Trưởng phòng hành chính", location="Quận Bình Thạnh, TP. Hồ Chí Minh",
            description="Đặt bánh và trà cho các buổi họp, sinh nhật nhân viên và quà Tết của công ty.",
            needs=["Giao hàng đúng hẹn", "Hoá đơn VAT", "Giá sỉ cho đơn lớn"],
            attitudes=["Cân nhắc kỹ trước đơn đầu tiên", "Gắn bó lâu khi đã tin tưởng"],
            goals=["Tương tác: xin báo giá và mẫu thử", "Mua hàng: đặt định kỳ hằng tháng",
                   "Gắn bó: hợp đồng quà Tết mỗi năm"],
            challenges=["Một lần giao trễ có thể mất cả khách hàng", "Cơ hội: quà Tết doanh nghiệp"],
            reasons_to_buy=["Giao đúng giờ", "Chiết khấu theo số lượng"],
            reasons_to_refuse=["Thủ tục thanh toán rườm rà", "Không có hoá đơn"],
            before="Mỗi dịp phải gọi nhiều nơi, so giá và lo giao trễ.",
            after="Một đầu mối quen, đặt một tin nhắn là xong.",
            insight="Điều anh sợ nhất là bị sếp hỏi vì sao bánh đến trễ; sự yên tâm quan trọng hơn giá.",
            channels=["Điện thoại", "E-mail"], categories=["Bánh kem", "Quà Tết"],
            stickers=["Khách doanh nghiệp", "Đơn lớn", "Mùa Tết"],
        ),
        _persona(
            "Cô Hạnh – khách quen cuối tuần", "rfm:loyal", "hanh",
            quote="Cuối tuần nào cả nhà cũng có bánh của Trà Sen.",
            age_range="45–54", gender="Nữ", occupation="Giáo viên", location="Quận 3, TP. Hồ Chí Minh",
            description="Mua bánh và trà cho gia đình vào cuối tuần, đặt bánh kem cho các dịp sinh nhật.",
            needs=["Bánh tươi, ít ngọt", "Đặt bánh theo yêu cầu"],
            attitudes=["Tin lời giới thiệu của người quen", "Ít dùng ứng dụng giao hàng"],
            goals=["Mua hàng: đặt bánh sinh nhật trước vài ngày", "Tận hưởng: cả nhà cùng thưởng thức"],
            challenges=["Ngại đặt hàng trực tuyến", "Cơ hội: bánh trung thu và quà biếu"],
            reasons_to_buy=["Chất lượng ổn định", "Nhân viên thân thiện"],
            reasons_to_refuse=["Không có chỗ đậu xe"],
            insight="Mỗi chiếc bánh là một dịp sum họp; cô chọn nơi khiến mình yên tâm khi mời khách.",
            channels=["Tại cửa hàng", "Điện thoại"], categories=["Bánh kem", "Bánh trung thu"],
            stickers=["Gia đình", "Dịp lễ"],
        ),
    ]


def add_demo_personas(conn: sqlite3.Connection) -> None:
    records.add_all(conn, demo_personas())
