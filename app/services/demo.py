"""The demo shop: a Vietnamese tea, coffee and bakery shop in Hồ Chí Minh City ("Tiệm Trà Sen") that
fills a new shop file on first start, so that every tab has something to show.

It holds a catalogue in ten categories, about 600 customers with attributes over the four bases of
segmentation, and about 18 months of sales ending the day before `today`: two branches, three
channels, invoices of several lines, returns, walk-in sales, the Tết and Mid-Autumn seasons, and
customers whose behaviours make segments meaningful (a few heavy regulars and office accounts that
bring most of the revenue, loyal, new and one-time customers, seasonal buyers, and good customers
who stopped coming), a year of their answers to the NPS survey (app.services.feedback.demo), three
personas, two journey maps and half a year of checklist work (app.services.checklist.demo). The same
seed and `today` always give the same shop.

Only the standard library is used: this runs on the GUI's first start.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import math
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.models import aggregates, db, products, sales, tables
from app.models import customers as customer_rows
from app.models import settings as shop_settings
from app.models.text import fold
from app.models.units import MONEY_SCALE, SECONDS_PER_DAY, date_to_day, day_to_date
from app.services.changes import Changes
from app.services.checklist.demo import add_demo_checklist
from app.services.errors import UserError
from app.services.feedback.demo import fill_demo_feedback
from app.services.journey.demo import add_demo_maps, demo_persona_ids
from app.services.personas.demo import add_demo_personas
from app.services.shop import Shop, create_shop

DEMO_SEED = 2024
DEMO_SHOP_NAME = "Tiệm Trà Sen"
DEMO_CUSTOMERS = 600
HISTORY_DAYS = 548  # about 18 months of sales, ending yesterday
KEPT_TABLES = ("settings", "saved_mappings")  # what "Start an empty shop" keeps

BRANCH_DISTRICT_3 = "Chi nhánh Quận 3"
BRANCH_BINH_THANH = "Chi nhánh Bình Thạnh"
CHANNEL_IN_STORE = "Tại cửa hàng"
CHANNEL_ONLINE = "Online"
CHANNEL_MARKETPLACE = "Shopee"

# --- catalogue ---------------------------------------------------------------------------------

DRINK, FOOD, PASTRY, CAKE, RETAIL, MOONCAKE, TET_GIFT = "drink", "food", "pastry", "cake", "retail", "moon", "tet"


@dataclass(frozen=True)
class DemoCategory:
    name: str
    kind: str
    popularity: float  # share of everyday purchases (seasonal categories: 0, they follow the calendar)
    products: tuple[tuple[str, str, int], ...]  # (code, name, price in đồng)


CATALOGUE: tuple[DemoCategory, ...] = (
    DemoCategory("Trà pha", DRINK, 0.24, (
        ("TS01", "Trà sen vàng", 45000), ("TS02", "Trà đào cam sả", 45000), ("TS03", "Trà vải lài", 42000),
        ("TS04", "Trà lài đác thơm", 45000), ("TS05", "Trà xanh Thái Nguyên (nóng)", 30000),
        ("TS06", "Trà atiso đỏ", 39000), ("TS07", "Trà gừng mật ong", 35000), ("TS08", "Trà hoa cúc táo đỏ", 39000),
        ("TS09", "Trà ô long quế hoa", 49000), ("TS10", "Trà sen ấm (bình 2 người)", 120000),
    )),
    DemoCategory("Cà phê", DRINK, 0.22, (
        ("CF01", "Cà phê đen đá", 25000), ("CF02", "Cà phê sữa đá", 29000), ("CF03", "Bạc xỉu", 32000),
        ("CF04", "Cà phê muối", 35000), ("CF05", "Cà phê trứng", 45000), ("CF06", "Cold brew cam sả", 49000),
        ("CF07", "Cappuccino", 49000), ("CF08", "Latte", 49000), ("CF09", "Americano", 39000),
    )),
    DemoCategory("Trà sữa", DRINK, 0.12, (
        ("TM01", "Trà sữa trân châu đường đen", 45000), ("TM02", "Trà sữa ô long", 42000),
        ("TM03", "Trà sữa matcha", 49000), ("TM04", "Trà sữa khoai môn", 45000),
        ("TM05", "Sữa tươi trân châu đường đen", 42000), ("TM06", "Hồng trà sữa", 39000),
    )),
    DemoCategory("Nước ép & sinh tố", DRINK, 0.07, (
        ("NE01", "Nước ép cam", 40000), ("NE02", "Nước ép dưa hấu", 35000), ("NE03", "Sinh tố bơ", 49000),
        ("NE04", "Sinh tố xoài", 45000), ("NE05", "Nước dừa tươi", 30000), ("NE06", "Sữa chua đánh đá", 30000),
        ("NE07", "Sữa chua việt quất", 39000),
    )),
    DemoCategory("Bánh mì & bánh mặn", FOOD, 0.12, (
        ("BM01", "Bánh mì thịt nướng", 30000), ("BM02", "Bánh mì chả lụa", 25000), ("BM03", "Bánh mì ốp la", 25000),
        ("BM04", "Bánh bao xá xíu", 22000), ("BM05", "Bánh pate sô", 20000), ("BM06", "Croissant bơ", 35000),
        ("BM07", "Sandwich gà nướng", 45000), ("BM08", "Bánh quiche rau củ", 45000),
    )),
    DemoCategory("Bánh ngọt", PASTRY, 0.13, (
        ("BN01", "Bánh bông lan trứng muối", 45000), ("BN02", "Tiramisu", 55000), ("BN03", "Bánh su kem (hộp 6)", 40000),
        ("BN04", "Bánh flan", 18000), ("BN05", "Mousse chanh dây", 49000), ("BN06", "Cheesecake việt quất", 59000),
        ("BN07", "Bánh chuối nướng", 25000), ("BN08", "Cookie sô-cô-la", 20000), ("BN09", "Bánh tart trứng", 22000),
        ("BN10", "Bánh da lợn", 20000),
    )),
    DemoCategory("Bánh kem", CAKE, 0.04, (
        ("BK01", "Bánh kem sinh nhật 16 cm", 280000), ("BK02", "Bánh kem sinh nhật 20 cm", 380000),
        ("BK03", "Bánh kem sinh nhật 24 cm", 520000), ("BK04", "Bánh kem bắp", 250000),
        ("BK05", "Bánh kem trà xanh 18 cm", 320000), ("BK06", "Bánh kem in ảnh 20 cm", 450000),
        ("BK07", "Bánh kem mini", 95000),
    )),
    DemoCategory("Trà lá & cà phê hạt", RETAIL, 0.06, (
        ("TL01", "Trà sen Tây Hồ (hộp 100 g)", 450000), ("TL02", "Trà ô long Cầu Đất (200 g)", 320000),
        ("TL03", "Trà Thái Nguyên (túi 200 g)", 180000), ("TL04", "Trà lài Bảo Lộc (200 g)", 150000),
        ("TL05", "Cà phê Robusta rang xay (500 g)", 160000), ("TL06", "Cà phê Arabica Cầu Đất (250 g)", 190000),
        ("TL07", "Trà atiso túi lọc (hộp 50 túi)", 95000), ("TL08", "Bộ ấm chén men lam", 650000),
    )),
    DemoCategory("Bánh trung thu", MOONCAKE, 0.0, (
        ("TT01", "Bánh trung thu thập cẩm gà quay", 75000), ("TT02", "Bánh trung thu đậu xanh lá dứa", 55000),
        ("TT03", "Bánh trung thu sen nhuyễn trứng muối", 65000), ("TT04", "Bánh trung thu trà xanh", 60000),
        ("TT05", "Bánh dẻo sen", 45000), ("TT06", "Bánh trung thu chay", 55000),
        ("TT07", "Hộp bánh trung thu Trà Sen (4 bánh)", 520000), ("TT08", "Hộp quà trung thu cao cấp (6 bánh, trà)", 1150000),
    )),
    DemoCategory("Quà Tết", TET_GIFT, 0.0, (
        ("QT01", "Hộp quà Tết An Khang", 650000), ("QT02", "Hộp quà Tết Phú Quý", 1200000),
        ("QT03", "Giỏ quà Tết Sum Vầy", 1800000), ("QT04", "Mứt Tết thập cẩm (500 g)", 180000),
        ("QT05", "Hạt điều rang muối (500 g)", 220000), ("QT06", "Trà sen quà biếu (hộp thiếc)", 380000),
        ("QT07", "Bánh pía sầu riêng (hộp 4)", 120000),
    )),
)
_CATEGORY_INDEXES = range(len(CATALOGUE))
_CATEGORY_KINDS = tuple(c.kind for c in CATALOGUE)
_EVERYDAY_WEIGHTS = tuple(c.popularity for c in CATALOGUE)
_CAKE_INDEX, _MOONCAKE_INDEX, _TET_INDEX = (_CATEGORY_KINDS.index(k) for k in (CAKE, MOONCAKE, TET_GIFT))

# --- people ------------------------------------------------------------------------------------
# Names with rough frequencies in the south of Vietnam; all text is precomposed (NFC).

FAMILY_NAMES: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 31), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Huỳnh", 5), ("Võ", 5), ("Phan", 4),
    ("Hoàng", 3), ("Trương", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2),
    ("Dương", 1), ("Lý", 1), ("Lâm", 1), ("Mai", 1), ("Đinh", 1), ("Tô", 0.5), ("Châu", 0.5),
)
FEMALE_MIDDLE_NAMES: tuple[tuple[str, float], ...] = (
    ("Thị", 34), ("Ngọc", 12), ("Thanh", 8), ("Thu", 6), ("Minh", 6), ("Bảo", 5), ("Kim", 5), ("Mỹ", 5),
    ("Hoàng", 4), ("Phương", 4), ("Hồng", 4), ("Khánh", 3), ("Quỳnh", 3), ("Diệu", 2),
)
FEMALE_GIVEN_NAMES: tuple[str, ...] = (
    "Anh", "Trang", "Linh", "Hương", "Lan", "Hà", "Thảo", "Nhung", "Mai", "Vy", "Ngân", "Hằng", "Phương",
    "Trâm", "Hạnh", "Thủy", "Dung", "Yến", "Nhi", "Uyên", "Châu", "Tiên", "My", "Quyên", "Hoa", "Loan",
    "Tâm", "Ngọc", "Giang", "Diễm", "Thư", "An", "Vân", "Oanh", "Hiền", "Trinh",
)
MALE_MIDDLE_NAMES: tuple[tuple[str, float], ...] = (
    ("Văn", 30), ("Minh", 10), ("Quốc", 8), ("Đức", 6), ("Hoàng", 6), ("Thanh", 6), ("Hữu", 6), ("Gia", 4),
    ("Anh", 4), ("Công", 4), ("Tuấn", 3), ("Trọng", 3), ("Thành", 3), ("Nhật", 2), ("Đăng", 2),
)
MALE_GIVEN_NAMES: tuple[str, ...] = (
    "Huy", "Hùng", "Dũng", "Tuấn", "Nam", "Phúc", "Khang", "Bảo", "Long", "Minh", "Quân", "Sơn", "Thắng",
    "Trung", "Hải", "Hiếu", "Tài", "Thịnh", "Vinh", "Phát", "Đạt", "Khoa", "Kiên", "Lộc", "Nghĩa", "Tâm",
    "Toàn", "Việt", "Duy", "An", "Khôi", "Nhân",
)
# Vietnamese mobile prefixes (Viettel, Mobifone, Vinaphone); a number is the prefix and 7 digits.
MOBILE_PREFIXES: tuple[str, ...] = (
    "086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039",
    "090", "093", "070", "076", "077", "078", "079", "089", "091", "094", "081", "082", "083", "084", "085", "088",
)
EMAIL_DOMAINS: tuple[tuple[str, float], ...] = (
    ("gmail.com", 70), ("yahoo.com", 8), ("outlook.com", 7), ("icloud.com", 6), ("hotmail.com", 4), ("fpt.vn", 2),
)

# district -> (distance from the Quận 3 shop in km: low, high; streets; nearer branch; share)
_DISTRICTS: tuple[tuple[str, float, float, tuple[str, ...], str, float], ...] = (
    ("Quận 3", 0.2, 2.5, ("Võ Văn Tần", "Nam Kỳ Khởi Nghĩa", "Lê Văn Sỹ", "Nguyễn Đình Chiểu", "Trần Quốc Thảo"),
     BRANCH_DISTRICT_3, 24),
    ("Quận 1", 1.5, 4.0, ("Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Pasteur", "Đinh Tiên Hoàng"), BRANCH_DISTRICT_3, 12),
    ("Phú Nhuận", 2.0, 4.5, ("Phan Xích Long", "Phan Đăng Lưu", "Nguyễn Văn Trỗi", "Hoàng Văn Thụ"),
     BRANCH_BINH_THANH, 11),
    ("Bình Thạnh", 2.5, 6.0, ("Xô Viết Nghệ Tĩnh", "Điện Biên Phủ", "Bạch Đằng", "Nguyễn Gia Trí", "Phan Văn Trị"),
     BRANCH_BINH_THANH, 17),
    ("Quận 10", 2.5, 5.0, ("Sư Vạn Hạnh", "Ba Tháng Hai", "Thành Thái", "Lý Thường Kiệt"), BRANCH_DISTRICT_3, 9),
    ("Tân Bình", 4.0, 7.5, ("Cộng Hòa", "Trường Chinh", "Bàu Cát", "Hoàng Văn Thụ"), BRANCH_DISTRICT_3, 8),
    ("Gò Vấp", 6.0, 9.5, ("Quang Trung", "Nguyễn Oanh", "Phan Văn Trị", "Lê Đức Thọ"), BRANCH_BINH_THANH, 7),
    ("Thủ Đức", 9.0, 16.0, ("Võ Văn Ngân", "Kha Vạn Cân", "Đặng Văn Bi", "Xa lộ Hà Nội"), BRANCH_BINH_THANH, 6),
    ("Quận 7", 7.0, 12.0, ("Nguyễn Thị Thập", "Huỳnh Tấn Phát", "Nguyễn Văn Linh"), BRANCH_DISTRICT_3, 6),
)
# province, district, region, distance low/high (km): customers who order online or on Shopee
_FAR_AWAY: tuple[tuple[str, str, str, float, float], ...] = (
    ("Đồng Nai", "Biên Hòa", "Đông Nam Bộ", 28, 40),
    ("Tây Ninh", "Tân An", "Đông Nam Bộ", 45, 60),
    ("Cần Thơ", "Ninh Kiều", "Đồng bằng sông Cửu Long", 160, 175),
    ("Đà Nẵng", "Hải Châu", "Nam Trung Bộ", 850, 870),
    ("Hà Nội", "Cầu Giấy", "Đồng bằng sông Hồng", 1680, 1720),
)
_HCMC = "TP. Hồ Chí Minh"

_AGE_GROUPS: tuple[tuple[str, int, int, float], ...] = (  # key, youngest, oldest, share
    ("under_18", 15, 17, 2), ("18_24", 18, 24, 18), ("25_34", 25, 34, 34), ("35_44", 35, 44, 23),
    ("45_54", 45, 54, 13), ("55_64", 55, 64, 7), ("65_plus", 65, 78, 3),
)
_OCCUPATIONS: dict[str, tuple[tuple[str, str], ...]] = {  # age group -> (occupation, income)
    "under_18": (("Học sinh", "low"),),
    "18_24": (("Sinh viên", "low"), ("Sinh viên", "low"), ("Nhân viên văn phòng", "middle"),
              ("Nhân viên bán hàng", "low"), ("Pha chế tự do", "low")),
    "25_34": (("Nhân viên văn phòng", "middle"), ("Kỹ sư phần mềm", "high"), ("Giáo viên", "middle"),
              ("Kinh doanh online", "middle"), ("Thiết kế đồ họa", "middle"), ("Điều dưỡng", "middle"),
              ("Chuyên viên ngân hàng", "high"), ("Nhân viên văn phòng", "middle")),
    "35_44": (("Trưởng phòng kinh doanh", "high"), ("Chủ cửa hàng", "middle"), ("Giáo viên", "middle"),
              ("Bác sĩ", "high"), ("Nội trợ", "middle"), ("Kế toán", "middle"), ("Kiến trúc sư", "high")),
    "45_54": (("Chủ doanh nghiệp", "high"), ("Chủ cửa hàng", "middle"), ("Giảng viên", "middle"),
              ("Nội trợ", "middle"), ("Công chức", "middle")),
    "55_64": (("Nghỉ hưu", "middle"), ("Chủ doanh nghiệp", "high"), ("Nội trợ", "middle")),
    "65_plus": (("Nghỉ hưu", "middle"), ("Nghỉ hưu", "low")),
}
_LIFESTYLES = (
    "Làm việc tại quán, thích không gian yên tĩnh", "Bận rộn, mua mang đi buổi sáng",
    "Ăn uống lành mạnh, ít đường", "Hay tụ tập bạn bè cuối tuần", "Gia đình có con nhỏ",
    "Sống xanh, mang ly cá nhân", "Thích thử món mới theo mùa", "Làm việc ca đêm, ghé quán buổi chiều",
)
_INTERESTS = (
    "Trà đạo, đọc sách", "Cà phê đặc sản", "Làm bánh", "Chụp ảnh, check-in quán đẹp", "Yoga, chạy bộ",
    "Nhạc acoustic", "Du lịch, ẩm thực", "Cây cảnh, gốm sứ", "Board game",
)
_VALUES = (
    "Coi trọng chất lượng và nguồn gốc nguyên liệu", "Tiết kiệm, so sánh giá", "Gia đình là trên hết",
    "Ủng hộ doanh nghiệp địa phương", "Thích được phục vụ chu đáo",
)
_ATTITUDES = (
    "Trung thành khi được nhớ tên và món quen", "Thích thử món mới", "Ngại xếp hàng lâu",
    "Hay để lại đánh giá trên Google Maps",
)
_OPINIONS = (
    "Muốn có thêm món ít đường", "Giá hơi cao nhưng đáng tiền", "Mong quán mở sớm hơn",
    "Thích bao bì quà tặng của tiệm", "Giao hàng đôi khi chậm giờ trưa",
)
_NOTES = (
    "Hay đặt 20 ly cho văn phòng vào sáng thứ Sáu.", "Dị ứng đậu phộng.", "Thích ít đá, ít đường.",
    "Đặt bánh kem sinh nhật cho con gái vào tháng 6 hằng năm.", "Xuất hóa đơn công ty khi mua quà Tết.",
    "Thường gọi điện đặt trước, lấy tại quầy.", "Khách cũ của chi nhánh Quận 3, chuyển sang Bình Thạnh.",
)


# --- the calendar ------------------------------------------------------------------------------
# Lunar dates as celebrated in Vietnam; years outside the table use an average date.
_TET = {2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
        2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26),
        2029: (2, 13), 2030: (2, 2), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8)}
_MID_AUTUMN = {2015: (9, 27), 2016: (9, 15), 2017: (10, 4), 2018: (9, 24), 2019: (9, 13), 2020: (10, 1),
               2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6), 2026: (9, 25),
               2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12), 2031: (10, 1), 2032: (9, 19),
               2033: (9, 8), 2034: (9, 27), 2035: (9, 16)}
# Days when cakes sell well: Valentine's Day, Women's Day (8/3), Vietnamese Women's Day (20/10), Christmas.
_CAKE_DAYS = ((2, 14), (3, 8), (10, 20), (12, 24))
_WEEKDAY_FACTOR = (0.9, 0.85, 0.9, 0.95, 1.05, 1.3, 1.25)  # Monday .. Sunday


def tet_date(year: int) -> dt.date:
    month, day = _TET.get(year, (2, 3))
    return dt.date(year, month, day)


def mid_autumn_date(year: int) -> dt.date:
    month, day = _MID_AUTUMN.get(year, (9, 20))
    return dt.date(year, month, day)


@dataclass
class _Calendar:
    """Per day of the history (index 0 = first day): how busy the shop is and what is in season."""

    first_day: int
    busy: list[float]
    cumulative: list[float]
    mooncake: list[float]  # 0 out of season, up to 1 on the festival
    tet_gift: list[float]
    cake: list[float]  # extra appetite for celebration cakes

    @classmethod
    def build(cls, first_day: int, last_day: int) -> _Calendar:
        n = last_day - first_day + 1
        busy, moon, tet, cake = [0.0] * n, [0.0] * n, [0.0] * n, [1.0] * n
        years = range(day_to_date(first_day).year - 1, day_to_date(last_day).year + 2)
        tets = [date_to_day(tet_date(y)) for y in years]
        autumns = [date_to_day(mid_autumn_date(y)) for y in years]
        for i in range(n):
            day = first_day + i
            date = day_to_date(day)
            factor = _WEEKDAY_FACTOR[date.weekday()] * (1.0 + 0.3 * i / n)  # the shop grows a little
            for t in tets:
                if t - 28 <= day < t:
                    tet[i] = max(tet[i], 1.0 - (t - day) / 35)
                    factor *= 1.3
                elif t <= day < t + 3:
                    factor = 0.0  # closed for the first three days of Tết
                elif t + 3 <= day < t + 8:
                    factor *= 0.6
            for m in autumns:
                if m - 35 <= day <= m:
                    moon[i] = max(moon[i], 1.0 - (m - day) / 40)
                    factor *= 1.15
            if (date.month, date.day) in _CAKE_DAYS:
                cake[i] = 6.0
            busy[i] = factor
        cumulative, total = [], 0.0
        for value in busy:
            total += value
            cumulative.append(total)
        return cls(first_day, busy, cumulative, moon, tet, cake)

    def random_days(self, rng: random.Random, start: int, end: int, count: int) -> list[int]:
        """`count` days in [start, end], more of them on busy days."""
        lo_index, hi_index = start - self.first_day, end - self.first_day
        lo = self.cumulative[lo_index - 1] if lo_index > 0 else 0.0
        hi = self.cumulative[hi_index]
        if hi <= lo:
            return []
        picks = []
        for _ in range(count):
            index = bisect.bisect_left(self.cumulative, rng.uniform(lo, hi), lo_index, hi_index + 1)
            picks.append(self.first_day + min(index, hi_index))
        return picks

    def open_day(self, day: int) -> int:
        """`day`, or the nearest later day when the shop is open (earlier at the end of the history)."""
        last = self.first_day + len(self.busy) - 1
        for candidate in [*range(day, last + 1), *range(day - 1, self.first_day - 1, -1)]:
            if self.busy[candidate - self.first_day] > 0:
                return candidate
        return day

    def busy_share(self, start: int, end: int) -> float:
        """Mean busyness over [start, end] (1 is an ordinary day)."""
        lo_index, hi_index = start - self.first_day, end - self.first_day
        lo = self.cumulative[lo_index - 1] if lo_index > 0 else 0.0
        return (self.cumulative[hi_index] - lo) / max(1, hi_index - lo_index + 1)


# --- the customers' hidden behaviour -------------------------------------------------------------

# kind: (share of customers, visits per week low/high, share that orders for an office)
_KINDS: dict[str, tuple[float, float, float, float]] = {
    "heavy": (0.07, 0.8, 2.0, 0.3),
    "loyal": (0.17, 0.2, 0.6, 0.04),
    "lapsed": (0.08, 0.5, 1.3, 0.15),
    "occasional": (0.19, 0.04, 0.15, 0.0),
    "seasonal": (0.08, 0.0, 0.0, 0.15),
    "new": (0.12, 0.5, 1.5, 0.0),
    "one_time": (0.26, 0.0, 0.0, 0.0),
    "no_purchase": (0.03, 0.0, 0.0, 0.0),
}


@dataclass
class _Person:
    kind: str
    start: int
    end: int
    visits_per_week: float
    office: bool
    branch: str
    channel: str
    category_weights: list[float]
    attributes: dict
    revenue: int = 0
    cakes: int = 0
    purchase_days: list[int] = field(default_factory=list)


@dataclass
class _Invoice:
    sold_at: int
    person: int  # index into the people list, -1 for a walk-in sale
    channel: str
    branch: str
    items: list[tuple[int, int]]  # (product index, quantity); a negative quantity is a return
    is_return: bool = False


def _weighted(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def person_name(rng: random.Random, female: bool) -> str:
    family = _weighted(rng, FAMILY_NAMES)
    if female:
        return f"{family} {_weighted(rng, FEMALE_MIDDLE_NAMES)} {rng.choice(FEMALE_GIVEN_NAMES)}"
    return f"{family} {_weighted(rng, MALE_MIDDLE_NAMES)} {rng.choice(MALE_GIVEN_NAMES)}"


def phone_number(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"


def email_address(rng: random.Random, name: str, birth_year: int | None) -> str:
    parts = fold(name).split()
    given, family = parts[-1], parts[0]
    style = rng.randrange(4)
    local = (f"{given}.{family}" if style == 0 else f"{given}{family}" if style == 1
             else f"{''.join(p[0] for p in parts[:-1])}{given}" if style == 2 else f"{given}_{family}")
    if birth_year and rng.random() < 0.5:
        local += str(birth_year % 100).zfill(2)
    elif rng.random() < 0.4:
        local += str(rng.randrange(1, 999))
    return f"{local}@{_weighted(rng, EMAIL_DOMAINS)}"


def _unique_phone(rng: random.Random, used: set[str]) -> str:
    phone = phone_number(rng)
    while phone in used:
        phone = phone_number(rng)
    used.add(phone)
    return phone


def _unique_email(rng: random.Random, name: str, birth_year: int, female: bool, used: set[str]) -> str:
    email = email_address(rng, name, birth_year)
    while email in used:  # another spelling, or the address of someone else in the family
        email = email_address(rng, name if rng.random() < 0.5 else person_name(rng, female), None)
    used.add(email)
    return email


def _make_people(rng: random.Random, count: int, first_day: int, last_day: int, today: dt.date) -> list[_Person]:
    kinds = []
    for kind, (share, *_rest) in _KINDS.items():
        kinds += [kind] * round(share * count)
    kinds = (kinds + ["occasional"] * count)[:count]
    rng.shuffle(kinds)
    everyday = [c.popularity for c in CATALOGUE]
    phones: set[str] = set()
    emails: set[str] = set()
    people = []
    for kind in kinds:
        _share, low, high, office_share = _KINDS[kind]
        span = last_day - first_day
        if kind == "new":
            start = last_day - rng.randrange(0, 60)
        elif kind in ("one_time", "no_purchase"):
            start = first_day + int(span * (1 - rng.random() ** 1.3))
        elif rng.random() < 0.6:
            start = first_day + rng.randrange(0, 21)  # already a customer when the history starts
        else:
            start = first_day + rng.randrange(0, int(span * 0.7))
        end = last_day
        if kind == "lapsed":
            end = last_day - rng.randrange(90, 300)
            start = min(start, end - 120)
        rate = rng.uniform(low, high) * (rng.lognormvariate(0, 0.35) if kind == "heavy" else 1.0)
        office = rng.random() < office_share
        weights = [w * rng.gammavariate(0.6, 1.0) for w in everyday]

        female = rng.random() < 0.62
        age_key, youngest, oldest, _ = rng.choices(_AGE_GROUPS, weights=[a[3] for a in _AGE_GROUPS])[0]
        if office and age_key in ("under_18", "18_24", "65_plus"):
            age_key, youngest, oldest = "25_34", 25, 34
        age = rng.randint(youngest, oldest)
        birth_year = today.year - age
        occupation, income = rng.choice(_OCCUPATIONS[age_key])
        if rng.random() < 0.2:
            income = rng.choice(("low", "middle", "high"))
        far = rng.random() < 0.08
        if far:
            province, district, region, d_lo, d_hi = rng.choice(_FAR_AWAY)
            branch = BRANCH_DISTRICT_3
            streets: tuple[str, ...] = ()
            channel_key = rng.choice(("online", "marketplace", "marketplace"))
        else:
            province, region = _HCMC, "Đông Nam Bộ"
            district, d_lo, d_hi, streets, branch, _w = rng.choices(_DISTRICTS, weights=[d[5] for d in _DISTRICTS])[0]
            channel_key = rng.choices(("in_store", "online", "marketplace", "social", "phone"),
                                      weights=(62, 18, 9, 7, 4))[0]
        if office:
            channel_key = rng.choice(("phone", "online", "in_store"))
        name = person_name(rng, female)
        attributes = {
            "name": name,
            "phone": _unique_phone(rng, phones) if rng.random() < 0.96 else None,
            "gender": "female" if female else "male",
            "age_group": age_key,
            "income": income,
            "occupation": occupation,
            "purchase_driver": rng.choices(("price", "convenience", "brand", "quality", "service"),
                                           weights=(3, 3, 1, 3, 2) if kind in ("heavy", "loyal") else (5, 4, 1, 2, 1))[0],
            "preferred_channel": channel_key,
            "country": "Việt Nam",
            "province": province,
            "region": region,
            "district": district,
            "distance_km": round(rng.uniform(d_lo, d_hi), 1),
            "marketing_consent": rng.random() < (0.72 if kind in ("heavy", "loyal", "lapsed") else 0.55),
        }
        if rng.random() < 0.75:
            attributes["birthday"] = dt.date(birth_year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        if rng.random() < 0.4:
            attributes["email"] = _unique_email(rng, name, birth_year, female, emails)
        if rng.random() < 0.6:
            attributes["marital_status"] = "married" if age >= 28 and rng.random() < 0.7 else "single"
        if rng.random() < 0.5 and age >= 18:
            attributes["education"] = rng.choices(("secondary", "vocational", "university", "postgraduate"),
                                                  weights=(2, 2, 5, 1))[0]
        if rng.random() < 0.7:
            attributes["lifestyle"] = rng.choice(_LIFESTYLES)
        if rng.random() < 0.6:
            attributes["interests"] = rng.choice(_INTERESTS)
        if rng.random() < 0.25:
            attributes["personal_values"] = rng.choice(_VALUES)
        if rng.random() < 0.2:
            attributes["attitudes"] = rng.choice(_ATTITUDES)
        if rng.random() < 0.12:
            attributes["opinions"] = rng.choice(_OPINIONS)
        if streets and rng.random() < 0.5:
            attributes["address"] = f"{rng.randint(1, 420)} {rng.choice(streets)}, {district}"
        if office:
            attributes["industry"] = rng.choice(("Công nghệ thông tin", "Tài chính – ngân hàng", "Giáo dục",
                                                 "Quảng cáo – truyền thông", "Bất động sản"))
            attributes["company_size"] = rng.choice(("10_49", "10_49", "50_249", "1_9"))
        occasion = {"heavy": "regular", "loyal": "regular", "lapsed": "regular", "seasonal": "seasonal",
                    "new": "regular"}.get(kind, "occasions")
        if rng.random() < 0.85:
            attributes["buying_occasion"] = occasion
        if rng.random() < 0.05:
            attributes["notes"] = rng.choice(_NOTES)
        channel = {"in_store": CHANNEL_IN_STORE, "marketplace": CHANNEL_MARKETPLACE}.get(channel_key, CHANNEL_ONLINE)
        people.append(_Person(kind, start, end, rate, office, branch, channel, weights, attributes))
    return people


def _visit_days(rng: random.Random, person: _Person, calendar: _Calendar) -> list[int]:
    if person.kind == "no_purchase":
        return []
    if person.kind == "one_time":
        return [calendar.open_day(person.start)]
    if person.kind == "seasonal":
        in_season = [calendar.first_day + index
                     for index, (moon, tet) in enumerate(zip(calendar.mooncake, calendar.tet_gift, strict=True))
                     if moon > 0.6 or tet > 0.6]
        if not in_season:
            return [calendar.open_day(person.start)]
        return [day for day in in_season if rng.random() < 0.06] or [rng.choice(in_season)]
    weeks = (person.end - person.start + 1) / 7
    expected = person.visits_per_week * weeks * calendar.busy_share(person.start, person.end)
    days = [calendar.open_day(person.start), *calendar.random_days(rng, person.start, person.end, _poisson(rng, expected))]
    if person.kind == "new":
        days = days[: 1 + rng.randrange(3)]
    return [d for d in days if calendar.busy[d - calendar.first_day] > 0]


_OPENING_HOURS = range(7, 22)
_IN_STORE_HOURS_CUMULATIVE = tuple(itertools.accumulate((8, 9, 6, 4, 5, 7, 6, 5, 6, 7, 6, 4, 5, 5, 3)))


def _seconds_in_day(rng: random.Random, channel: str) -> int:
    if channel == CHANNEL_IN_STORE:
        hour = rng.choices(_OPENING_HOURS, cum_weights=_IN_STORE_HOURS_CUMULATIVE)[0]
    else:
        hour = rng.randint(9, 20)
    return hour * 3600 + rng.randrange(3600)


def _pick(rng: random.Random, values: tuple[int, ...], cumulative: tuple[int, ...]) -> int:
    return values[bisect.bisect_right(cumulative, rng.random() * cumulative[-1])]


def _basket(rng: random.Random, person: _Person | None, day_index: int, calendar: _Calendar,
            prices: list[int], by_category: list[list[int]], office_order: bool) -> list[tuple[int, int]]:
    weights = list(person.category_weights) if person else list(_EVERYDAY_WEIGHTS)
    seasonal_appetite = 2.5 if person and person.kind == "seasonal" else 0.3
    weights[_CAKE_INDEX] *= calendar.cake[day_index]
    weights[_MOONCAKE_INDEX] = calendar.mooncake[day_index] * seasonal_appetite
    weights[_TET_INDEX] = calendar.tet_gift[day_index] * seasonal_appetite
    lines = 1
    while lines < 5 and rng.random() < (0.6 if office_order else 0.38):
        lines += 1
    chosen: dict[int, int] = {}
    for category_index in rng.choices(_CATEGORY_INDEXES, weights=weights, k=lines):
        kind = _CATEGORY_KINDS[category_index]
        product = rng.choice(by_category[category_index])
        if product in chosen:
            continue
        if kind == DRINK:
            quantity = rng.randint(6, 25) if office_order else _pick(rng, (1, 2, 3, 4), (70, 92, 98, 100))
        elif kind == FOOD or kind == PASTRY:
            quantity = rng.randint(5, 15) if office_order else _pick(rng, (1, 2, 3, 4), (55, 85, 95, 100))
        elif kind == MOONCAKE or kind == TET_GIFT:
            boxed = prices[product] >= 300_000
            quantity = (rng.randint(3, 10) if office_order else _pick(rng, (1, 2, 3), (3, 4, 5))) if boxed \
                else rng.randint(2, 6)
        elif kind == RETAIL:
            quantity = _pick(rng, (1, 2, 3), (80, 95, 100))
        else:
            quantity = 1
        chosen[product] = quantity
    return list(chosen.items())


def _simulate(rng: random.Random, people: list[_Person], calendar: _Calendar, last_day: int,
              prices: list[int], by_category: list[list[int]]) -> list[_Invoice]:
    invoices: list[_Invoice] = []
    for index, person in enumerate(people):
        for day in sorted(_visit_days(rng, person, calendar)):
            office_order = person.office and rng.random() < 0.45
            channel = person.channel if rng.random() < 0.8 else CHANNEL_IN_STORE
            branch = person.branch if rng.random() < 0.9 else rng.choice((BRANCH_DISTRICT_3, BRANCH_BINH_THANH))
            day_index = day - calendar.first_day
            items = _basket(rng, person, day_index, calendar, prices, by_category, office_order)
            invoices.append(_Invoice(day * SECONDS_PER_DAY + _seconds_in_day(rng, channel), index, channel, branch, items))
            person.purchase_days.append(day)
    for day_index, busy in enumerate(calendar.busy):
        day = calendar.first_day + day_index
        for _ in range(_poisson(rng, 3.0 * busy)):
            channel = CHANNEL_IN_STORE if rng.random() < 0.85 else CHANNEL_MARKETPLACE
            branch = BRANCH_DISTRICT_3 if rng.random() < 0.6 else BRANCH_BINH_THANH
            items = _basket(rng, None, day_index, calendar, prices, by_category, False)
            invoices.append(_Invoice(day * SECONDS_PER_DAY + _seconds_in_day(rng, channel), -1, channel, branch, items))
    # Returns: a product brought back (or refunded online) a few hours to three days later.
    returns = []
    last_moment = (last_day + 1) * SECONDS_PER_DAY - 1
    for invoice in invoices:
        if rng.random() < (0.02 if invoice.person >= 0 else 0.004):
            product, quantity = rng.choice(invoice.items)
            back = min(quantity, rng.randint(1, max(1, quantity // 3)))
            when = invoice.sold_at + rng.randint(2 * 3600, 3 * SECONDS_PER_DAY)
            day = when // SECONDS_PER_DAY
            if day <= last_day and calendar.busy[day - calendar.first_day] == 0:  # closed for Tết
                when += (calendar.open_day(day) - day) * SECONDS_PER_DAY
            if invoice.sold_at < when <= last_moment:
                returns.append(_Invoice(when, invoice.person, invoice.channel, invoice.branch, [(product, -back)], True))
    invoices.extend(returns)
    invoices.sort(key=lambda inv: (inv.sold_at, inv.person, inv.is_return))
    return invoices


_KEY_MASK = (1 << 63) - 1
_KEY_MULTIPLIER = 0x9E37_79B9_7F4A_7C15  # odd, so n -> n * multiplier is one-to-one modulo 2**63


def _line_keys(seed: int) -> Iterator[int]:
    """Stable, unique, well-spread 63-bit line keys for the demo's lines, in order."""
    offset = int.from_bytes(hashlib.blake2b(f"regulars-demo|{seed}".encode(), digest_size=8).digest(), "big")
    for n in itertools.count(offset):
        yield (n * _KEY_MULTIPLIER) & _KEY_MASK


def _tags(person: _Person, revenue_rank: float, rng: random.Random) -> str:
    tags = []
    if revenue_rank < 0.05:
        tags.append("VIP")
    if person.office:
        tags.append("Văn phòng")
    if person.cakes >= 3:
        tags.append("Đặt bánh kem")
    if person.kind in ("heavy", "loyal") and rng.random() < 0.3:
        tags.append("Thẻ thành viên")
    if rng.random() < 0.04:
        tags.append("Ít đường")
    return ", ".join(tags)


# --- public API --------------------------------------------------------------------------------


def is_demo(conn: sqlite3.Connection) -> bool:
    return shop_settings.get(conn, "is_demo") == "1"


def fill_demo_shop(conn: sqlite3.Connection, *, seed: int = DEMO_SEED, today: dt.date | None = None,
                   customers: int = DEMO_CUSTOMERS) -> None:
    """Fills an empty, open shop file with the demo shop, in one transaction."""
    if customers < 1:
        raise UserError(QT_TRANSLATE_NOOP("Demo", "The demo shop needs at least one customer."), context="Demo")
    today = today or dt.date.today()
    rng = random.Random(f"regulars-demo|{seed}")
    last_day = date_to_day(today) - 1
    first_day = last_day - HISTORY_DAYS + 1
    calendar = _Calendar.build(first_day, last_day)

    catalogue_rows, prices, by_category = [], [], []
    for category in CATALOGUE:
        by_category.append([])
        for code, name, price in category.products:
            by_category[-1].append(len(prices))
            catalogue_rows.append((category.name, code, name))
            prices.append(price)

    cake_products = {p for c, products_of in zip(CATALOGUE, by_category, strict=True) if c.kind == CAKE
                     for p in products_of}
    people = _make_people(rng, customers, first_day, last_day, today)
    invoices = _simulate(rng, people, calendar, last_day, prices, by_category)

    # Invoice numbers follow time, as a point-of-sale system gives them: HD for sales, TH for returns.
    numbered, sale_number, return_number = [], 0, 0
    for invoice in invoices:
        if invoice.is_return:
            return_number += 1
            numbered.append(f"TH{return_number:06d}")
        else:
            sale_number += 1
            numbered.append(f"HD{sale_number:06d}")
        if invoice.person >= 0:
            person = people[invoice.person]
            for product, quantity in invoice.items:
                person.revenue += prices[product] * quantity
                person.cakes += quantity > 0 and product in cake_products
    by_revenue = sorted(range(len(people)), key=lambda i: -people[i].revenue)
    revenue_rank = {person_index: rank / len(people) for rank, person_index in enumerate(by_revenue)}

    with db.transaction(conn):
        if tables.has_customers_or_sales(conn):
            raise UserError(QT_TRANSLATE_NOOP("Demo", "The demo can only fill an empty shop file."), context="Demo")
        category_ids = sales.ensure_categories(conn, [c.name for c in CATALOGUE])
        product_ids = products.ensure_products(
            conn, [(code, code, name, category_ids[category]) for category, code, name in catalogue_rows])
        product_id = [product_ids[code] for _category, code, _name in catalogue_rows]

        # Customer codes are given in the order people first came, as at a real till.
        came = [min(p.purchase_days, default=p.start) for p in people]
        order = sorted(range(len(people)), key=lambda i: (came[i], i))
        created = customer_rows.create_many(conn, [
            dict(people[index].attributes, code=f"KH{number:06d}", tags=_tags(people[index], revenue_rank[index], rng))
            for number, index in enumerate(order, start=1)])
        customer_id = dict(zip(order, created, strict=True))

        rows, keys = [], _line_keys(seed)
        for invoice, number in zip(invoices, numbered, strict=True):
            cid = customer_id[invoice.person] if invoice.person >= 0 else 0
            for product, quantity in invoice.items:
                price = prices[product] * MONEY_SCALE
                rows.append((cid, next(keys), number, invoice.sold_at, product_id[product],
                             quantity, price, price * quantity, invoice.channel, invoice.branch, None))
        rows.sort(key=lambda r: (r[0], r[1]))
        sales.insert_lines(conn, rows)
        _write_figures(conn, rows, {product_id[p]: category_ids[catalogue_rows[p][0]] for p in range(len(prices))})
        fill_demo_feedback(conn, seed, [(customer_id[i], revenue_rank[i], people[i].purchase_days)
                                        for i in range(len(people))], last_day)
        shop_settings.put_many(conn, {"shop_name": DEMO_SHOP_NAME, "currency": "VND", "locale": "vi_VN",
                                      "is_demo": "1"})
        add_demo_personas(conn)
        add_demo_maps(conn, today, demo_persona_ids(conn))
        _add_saved_segments(conn, category_ids)
        add_demo_checklist(conn, today)


def _write_figures(conn: sqlite3.Connection, rows: list[tuple], category_of: dict[int, int]) -> None:
    """The customers' derived figures computed from the lines in memory, as an import does for new
    customers (`importing.memory_aggregates`, the definitions of `aggregates.refresh`), instead of
    reading every line back from the file. `rows` are sales.SALES_COLUMNS rows in customer order."""
    import numpy as np
    import pandas as pd

    from app.services.importing.memory_aggregates import compute

    customer, _key, invoice, sold_at, product, quantity, _price, amount, channel, _branch, _import = zip(*rows, strict=True)
    invoice_codes, _invoices = pd.factorize(np.asarray(invoice, dtype=object))
    channel_codes, channels = pd.factorize(np.asarray(channel, dtype=object))
    figures = compute(np.asarray(customer, dtype=np.int64), invoice_codes.astype(np.int64),
                      np.asarray(sold_at, dtype=np.int64), np.asarray(quantity, dtype=np.float64),
                      np.asarray(amount, dtype=np.int64),
                      np.asarray([category_of.get(p, -1) for p in product], dtype=np.int64),
                      channel_codes.astype(np.int64), np.asarray(channels, dtype=object))
    aggregates.write(conn, figures.customers, figures.months, figures.categories)


# A few hand-made segments and target choices, so that those pages of the Segments tab show how they are
# used: (name, rules, target, value proposition, selling points).
_DEMO_SEGMENTS = (
    ("Mua bánh trung thu, chi tiêu cao",
     lambda ids: {"all": [{"field": "bought_category", "op": "bought", "value": [ids["Bánh trung thu"]]},
                          {"field": "tier", "op": "in", "value": ["vip", "premium"]}]},
     False, "", ""),
    ("Ở gần, đồng ý nhận tin",
     lambda ids: {"all": [{"field": "distance_km", "op": "le", "value": 3},
                          {"field": "marketing_consent", "op": "is_true"}]},
     True, "Ghé tiệm trong 5 phút đi bộ: trà mới pha và bánh nóng mỗi sáng.",
     "Gần nhà; ưu đãi qua tin nhắn cho khách quen; đặt trước qua điện thoại."),
    ("Khách quen lâu chưa quay lại",
     lambda ids: {"all": [{"field": "purchases", "op": "ge", "value": 5},
                          {"field": "recency_days", "op": "gt", "value": 60}]},
     False, "", ""),
)
_DEMO_TARGET = ("rfm:champions", "Nơi quen để thưởng trà mỗi tuần, có người nhớ tên và món ưa thích.",
                "Trà sen ướp thủ công; thẻ tích điểm; bánh mới mỗi ngày.")


def _add_saved_segments(conn: sqlite3.Connection, category_ids: dict[str, int]) -> None:
    from app.services.changes import value_of
    from app.services.segments import rules, targeting

    for name, rules_of, is_target, proposition, points in _DEMO_SEGMENTS:
        segment_id = value_of(rules.save_segment(conn, name, rules_of(category_ids)))
        if is_target:
            targeting.set_target_profile(conn, f"saved:{segment_id}", is_target=True, value_proposition=proposition,
                                         selling_points=points)
    ref, proposition, points = _DEMO_TARGET
    targeting.set_target_profile(conn, ref, is_target=True, value_proposition=proposition, selling_points=points)


def create_demo_shop(path: str | Path, *, seed: int = DEMO_SEED, today: dt.date | None = None,
                     customers: int = DEMO_CUSTOMERS) -> Shop:
    """Creates a new shop file at `path` (which must not exist or be empty) filled with the demo."""
    shop = create_shop(path, name=DEMO_SHOP_NAME)
    try:
        fill_demo_shop(shop.conn, seed=seed, today=today, customers=customers)
    except BaseException:
        shop.close()
        raise
    return shop


def remove_demo_data(conn: sqlite3.Connection) -> Changes:
    """"Start an empty shop": deletes every row of every data table except the settings and the
    remembered column mappings, and marks the shop as no longer a demo."""
    if not is_demo(conn):
        raise UserError(QT_TRANSLATE_NOOP(
            "Demo", "This shop holds your own data, not the demo, so nothing was removed."), context="Demo")
    with db.transaction(conn):
        tables.delete_all_rows(conn, keep=KEPT_TABLES)
        shop_settings.put(conn, "is_demo", "0")
        if shop_settings.get(conn, "shop_name") == DEMO_SHOP_NAME:
            shop_settings.put(conn, "shop_name", "")
    return Changes.of_customers(None, sales=True, settings=True, personas=True)
