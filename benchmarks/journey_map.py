"""The benchmark journey map: 12 stages, 8 lanes and 300 cards with Vietnamese texts, pain severities,
channels and a few improvements; both emotion curves filled. Shared by bench_journey and its child."""

from __future__ import annotations

import random

from app.services.journey import document as d
from app.services.journey.templates import from_template

WORDS = ("khách hỏi giá hộp quà trà sen giao hàng nhanh thanh toán chuyển khoản nhắn Zalo chờ lâu "
         "bánh trung thu đặt trước nhân viên tư vấn thân thiện ưu đãi thành viên tích điểm").split()


def big_map(seed: int = 7, stages: int = 12, cards: int = 300) -> d.JourneyDocument:
    rng = random.Random(seed)
    doc = from_template("blank", "vi", "Bản đồ thử tốc độ")
    doc.stages = [d.Stage(d.new_id(), f"Giai đoạn {i + 1}") for i in range(stages)]
    doc.lanes.append(d.Lane(d.new_id(), "custom", "Ghi chú"))
    lanes = [lane for lane in doc.lanes if lane.kind != "feelings"]
    for i in range(cards):
        lane = lanes[i % len(lanes)]
        stage = doc.stages[rng.randrange(stages)]
        kind = d.CARD_KIND_OF_LANE[lane.kind]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
        fields = {}
        if kind == "pain":
            fields["severity"] = rng.randint(1, 4)
        if kind == "touchpoint":
            fields["channel"] = rng.choice(d.CHANNELS)
        if kind == "opportunity" and i % 3 == 0:
            fields["improvement"] = d.Improvement(effort=rng.randint(1, 3), impact=rng.randint(1, 3))
        doc.versions["actual"].cards.append(d.new_card(kind, text, stage.id, lane.id, **fields))
    for stage in doc.stages:
        d.set_emotion(doc, "actual", stage.id, rng.uniform(-2, 2))
        d.set_emotion(doc, "ideal", stage.id, rng.uniform(0, 2))
    return doc
