"""The words a journey map prints beside the owner's own (channel names, horizons, the legend), in
English and Vietnamese. They live here, not only in the Qt translation files, because the command line
and the PDF/SVG/PNG writers run without Qt; the UI passes the interface language's dictionary too, so
screen and paper say the same."""

from __future__ import annotations

from app.services.journey.document import CHANNEL_NAMES, HORIZON_NAMES

_VI = {
    "store": "Cửa hàng", "website": "Website", "fanpage": "Fan page", "chat": "Zalo / chat", "phone": "Điện thoại",
    "email": "E-mail", "social": "Mạng xã hội", "marketing": "Tiếp thị",
    "short": "Ngắn hạn", "medium": "Trung hạn", "long": "Dài hạn", "quick_win": "Thắng nhanh",
    "actual": "Hành trình thực tế", "ideal": "Hành trình lý tưởng",
    "evidence_data": "dữ liệu cửa hàng", "evidence_feedback": "phản hồi khách", "evidence_assumption": "giả định",
    "said": "{count} khách nói vậy",
}
_EN = {**{key: text for key, text in CHANNEL_NAMES.items()}, **{key: text for key, text in HORIZON_NAMES.items()},
       "quick_win": "Quick win", "actual": "Actual journey", "ideal": "Ideal journey",
       "evidence_data": "shop data", "evidence_feedback": "customer feedback", "evidence_assumption": "assumption",
       "said": "{count} said so"}
_EN["short"], _EN["medium"], _EN["long"] = "Short term", "Medium term", "Long term"


def names(language: str) -> dict[str, str]:
    return dict(_VI if language == "vi" else _EN)
