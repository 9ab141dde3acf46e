"""The journey templates a new map starts from, in English and Vietnamese: the six-stage journey
(seed 004), the lifecycle stages (seed 000) and a blank map with the default lanes. The owner's own
templates are saved maps (app.models.journeys). Texts live here in both languages rather than in the Qt
translation files because the command line and the PDFs build maps without Qt."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.services.journey.document import (
    LANE_KINDS,
    JourneyDocument,
    Lane,
    Stage,
    new_id,
)

TEMPLATE_NAMES = {
    "six_stages": QT_TRANSLATE_NOOP("Journey", "Six-stage journey (awareness to advocacy)"),
    "lifecycle": QT_TRANSLATE_NOOP("Journey", "Lifecycle stages (awareness to retention)"),
    "blank": QT_TRANSLATE_NOOP("Journey", "Blank map"),
}

_STAGES = {
    "six_stages": {
        "en": ["Awareness", "Engagement", "Subscribe", "Purchase", "Enjoy", "Advocate"],
        "vi": ["Nhận biết", "Tương tác", "Đăng ký", "Mua hàng", "Trải nghiệm", "Giới thiệu"],
    },
    "lifecycle": {
        "en": ["Awareness", "Interest", "Conversion", "Action", "Retention"],
        "vi": ["Nhận biết", "Quan tâm", "Chuyển đổi", "Hành động", "Giữ chân"],
    },
    "blank": {"en": ["Stage 1", "Stage 2", "Stage 3"], "vi": ["Giai đoạn 1", "Giai đoạn 2", "Giai đoạn 3"]},
}

LANE_TEXT = {
    "en": {"actions": "Customer actions", "goals": "Goals", "questions": "Questions",
           "touchpoints": "Touchpoints and channels", "feelings": "Feelings", "pains": "Pain points",
           "opportunities": "Opportunities and improvements", "custom": "Notes"},
    "vi": {"actions": "Hành động của khách", "goals": "Mục tiêu", "questions": "Câu hỏi",
           "touchpoints": "Điểm chạm và kênh", "feelings": "Cảm xúc", "pains": "Điểm đau",
           "opportunities": "Cơ hội và cải tiến", "custom": "Ghi chú"},
}

_TITLES = {"en": "Customer journey", "vi": "Hành trình khách hàng"}


def default_lanes(language: str) -> list[Lane]:
    texts = LANE_TEXT.get(language, LANE_TEXT["en"])
    return [Lane(new_id(), kind, texts[kind]) for kind in LANE_KINDS if kind != "custom"]


def from_template(key: str, language: str = "vi", title: str | None = None) -> JourneyDocument:
    """A new, empty map laid out as the template says, in `language` ("en" or "vi")."""
    stages = _STAGES[key].get(language, _STAGES[key]["en"])
    return JourneyDocument(
        title=title or _TITLES.get(language, _TITLES["en"]),
        stages=[Stage(new_id(), text) for text in stages],
        lanes=default_lanes(language),
    )
