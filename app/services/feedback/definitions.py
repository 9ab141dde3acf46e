"""The fixed choices of a response (channels, sources), follow-up kinds and statuses, with their English
labels marked for translation (context "Feedback"). The keys are what the shop file stores."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Feedback"

CHANNELS: dict[str, str] = {
    "in_store": QT_TRANSLATE_NOOP("Feedback", "In store"),
    "phone": QT_TRANSLATE_NOOP("Feedback", "Phone"),
    "zalo": QT_TRANSLATE_NOOP("Feedback", "Zalo"),
    "facebook": QT_TRANSLATE_NOOP("Feedback", "Facebook"),
    "email": QT_TRANSLATE_NOOP("Feedback", "E-mail"),
    "web_form": QT_TRANSLATE_NOOP("Feedback", "Web form"),
}
SOURCES: dict[str, str] = {
    "survey": QT_TRANSLATE_NOOP("Feedback", "Survey"),
    "review": QT_TRANSLATE_NOOP("Feedback", "Review"),
    "complaint": QT_TRANSLATE_NOOP("Feedback", "Complaint"),
    "conversation": QT_TRANSLATE_NOOP("Feedback", "Conversation"),
}
CATEGORIES: dict[str, str] = {
    "promoter": QT_TRANSLATE_NOOP("Feedback", "Promoter"),
    "passive": QT_TRANSLATE_NOOP("Feedback", "Passive"),
    "detractor": QT_TRANSLATE_NOOP("Feedback", "Detractor"),
}
FOLLOWUP_KINDS: dict[str, str] = {
    "detractor": QT_TRANSLATE_NOOP("Feedback", "Call back (detractor)"),
    "promoter": QT_TRANSLATE_NOOP("Feedback", "Ask for a review or referral (promoter)"),
    "large_purchase": QT_TRANSLATE_NOOP("Feedback", "Ask after a large purchase"),
}
STATUSES: dict[str, str] = {
    "todo": QT_TRANSLATE_NOOP("Feedback", "To do"),
    "contacted": QT_TRANSLATE_NOOP("Feedback", "Contacted"),
    "resolved": QT_TRANSLATE_NOOP("Feedback", "Resolved"),
}
GROUPINGS: dict[str, str] = {
    "segment": QT_TRANSLATE_NOOP("Feedback", "RFM segment"),
    "tier": QT_TRANSLATE_NOOP("Feedback", "Value tier"),
    "premium": QT_TRANSLATE_NOOP("Feedback", "Premium or not"),
    "channel": QT_TRANSLATE_NOOP("Feedback", "Channel"),
    "month": QT_TRANSLATE_NOOP("Feedback", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Feedback", "Quarter"),
}
PREMIUM_GROUPS: dict[str, str] = {
    "premium": QT_TRANSLATE_NOOP("Feedback", "Premium (VIP + Premium)"),
    "rest": QT_TRANSLATE_NOOP("Feedback", "All other customers"),
}
NO_GROUP = QT_TRANSLATE_NOOP("Feedback", "No customer / not yet scored")


def category_of(score: int) -> str:
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
