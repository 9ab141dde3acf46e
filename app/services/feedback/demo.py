"""The demo shop's answers: a few hundred over the last year, comments in Vietnamese, the premium
customers (top 20% by spend) noticeably happier than occasional ones, tags from the comments'
keywords, and a few follow-ups in each state. Standard library only (it runs on the GUI's first start
inside app.services.demo.fill_demo_shop's transaction); its own random stream, so the sales of the
demo are the same with or without it."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Sequence

from app.models import feedback as store
from app.models.units import SECONDS_PER_DAY
from app.services.feedback.tags import suggest_tags

ANSWERS = 360
ANONYMOUS_SHARE = 0.08

# The built-in themes' names as the demo (a Vietnamese shop) stores its tags.
TAG_NAMES_VI = {
    "Slow delivery": "Giao hàng chậm", "Long wait": "Chờ lâu", "Price": "Giá cả",
    "Friendly staff": "Nhân viên thân thiện", "Unfriendly service": "Thái độ phục vụ",
    "Tasty products": "Sản phẩm ngon", "Quality problem": "Chất lượng chưa tốt", "Packaging": "Đóng gói",
    "Shop and atmosphere": "Không gian quán", "Wrong or missing item": "Giao nhầm món",
}

PROMOTER_COMMENTS = (
    "Trà sen thơm, nhân viên nhiệt tình, sẽ giới thiệu cho bạn bè.", "Bánh ngon, không gian quán yên tĩnh.",
    "Quán sạch sẽ, đồ uống vừa miệng.", "Nhân viên thân thiện, nhớ cả món quen của mình.",
    "Bánh trung thu năm nay rất ngon, đóng gói đẹp.", "Giao hàng nhanh, trà vẫn còn nóng.",
    "Mình mua ở đây 2 năm rồi, chất lượng luôn ổn định.", "", "", "Tuyệt vời!",
)
PASSIVE_COMMENTS = (
    "Đồ uống ổn nhưng giá hơi cao.", "Quán đông nên phải chờ lâu một chút.", "Bánh ngon nhưng ít lựa chọn.",
    "Cũng được, chỗ ngồi hơi chật.", "", "", "Ổn.",
)
DETRACTOR_COMMENTS = (
    "Giao hàng chậm, trà bị đổ ra túi.", "Chờ lâu quá, nhân viên không nhiệt tình.", "Bánh không ngon như trước, hơi đắt.",
    "Giao nhầm món, gọi điện không ai nghe.", "Giá cao so với chất lượng.", "Thái độ nhân viên khó chịu.",
    "Đóng gói cẩu thả, bánh bị móp.", "Trà nhạt, ngọt quá.", "",
)
CHANNELS = (("in_store", 50), ("zalo", 20), ("facebook", 10), ("phone", 10), ("web_form", 10))
SOURCES = (("survey", 75), ("review", 12), ("conversation", 8), ("complaint", 5))


def _score(rng: random.Random, rank: float) -> int:
    """Premium (top 20%) mostly promoters; the occasional and one-time buyers much less so."""
    if rank < 0.2:
        weights = (0.08, 0.17, 0.75)
    elif rank < 0.5:
        weights = (0.2, 0.3, 0.5)
    else:
        weights = (0.38, 0.3, 0.32)
    pick = rng.choices(("detractor", "passive", "promoter"), weights)[0]
    if pick == "promoter":
        return rng.choice((9, 10, 10))
    if pick == "passive":
        return rng.choice((7, 8))
    return rng.choice((0, 2, 3, 4, 5, 5, 6, 6))


def _choice(rng: random.Random, pairs) -> str:
    return rng.choices([k for k, _ in pairs], [w for _, w in pairs])[0]


def fill_demo_feedback(conn: sqlite3.Connection, seed: int, buyers: Sequence[tuple[int, float, Sequence[int]]],
                       last_day: int) -> int:
    """`buyers`: (customer id, revenue rank 0 = best, purchase days). Writes the answers, their tags and
    some follow-up statuses (inside the caller's transaction); returns how many answers."""
    rng = random.Random(f"regulars-demo-feedback|{seed}")
    first_day = last_day - 364
    recent = [b for b in buyers if b[2] and max(b[2]) >= first_day]
    if not recent:
        return 0
    rows = []
    for _ in range(ANSWERS):
        customer, rank, days = rng.choice(recent)
        in_year = [d for d in days if d >= first_day]
        day = min(last_day, rng.choice(in_year) + rng.choice((0, 0, 1, 2, 3)))
        score = _score(rng, rank)
        pool = PROMOTER_COMMENTS if score >= 9 else PASSIVE_COMMENTS if score >= 7 else DETRACTOR_COMMENTS
        anonymous = rng.random() < ANONYMOUS_SHARE
        rows.append((day * SECONDS_PER_DAY + rng.randrange(8 * 3600, 21 * 3600), None if anonymous else customer,
                     score, rng.choice(pool), _choice(rng, CHANNELS), _choice(rng, SOURCES), None))
    rows.sort()
    store.insert_responses(conn, rows)

    tag_ids: dict[str, int] = {}
    pairs = []
    for response_id, comment in store.untagged_comments(conn):
        for name in suggest_tags(comment, translate=lambda _context, text: TAG_NAMES_VI[text]):
            if name not in tag_ids:
                tag_ids[name] = store.ensure_tag(conn, name)[0]
            pairs.append((response_id, tag_ids[name]))
    store.add_response_tags(conn, pairs)

    # follow-ups: the newest detractors and promoters in each state
    notes = {"contacted": ("Đã gọi điện xin lỗi, hẹn tặng voucher.", "Đã nhắn Zalo hỏi thêm."),
             "resolved": ("Đã đổi món và tặng phiếu giảm giá 20%.", "Khách đã quay lại, rất vui."),
             "todo": ("Gọi lại vào cuối tuần.",)}
    detractors = store.responses_in_range(conn, 0, 6, first_day * SECONDS_PER_DAY)
    promoters = store.responses_in_range(conn, 9, 10, first_day * SECONDS_PER_DAY)
    states = ("resolved", "resolved", "contacted", "contacted", "todo")
    for kind, items in (("detractor", detractors[2:7]), ("promoter", promoters[1:4])):
        for row, status in zip(items, states if kind == "detractor" else ("contacted", "resolved", "todo"),
                               strict=False):
            store.put_followup(conn, kind, str(row[0]), row[2], status, rng.choice(notes[status]),
                               min(row[1] + SECONDS_PER_DAY, (last_day + 1) * SECONDS_PER_DAY))
    return len(rows)
