"""What the segments are called and what they mean: the eleven RFM segments (name, one-line meaning,
suggested action), the R-F grid that assigns them, the five value tiers, and the small-shop message.
English source text marked for translation (context "Segment"); no numpy here, so the UI can build
its labels without loading the figures."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Segment"


@dataclass(frozen=True)
class SegmentDefinition:
    key: str
    name: str
    meaning: str
    action: str


SEGMENTS: tuple[SegmentDefinition, ...] = (
    SegmentDefinition(
        "champions",
        QT_TRANSLATE_NOOP("Segment", "Champions"),
        QT_TRANSLATE_NOOP("Segment", "Bought recently, buy often and spend the most."),
        QT_TRANSLATE_NOOP("Segment", "Thank them personally, offer early access to new products and ask them to recommend you."),
    ),
    SegmentDefinition(
        "loyal",
        QT_TRANSLATE_NOOP("Segment", "Loyal"),
        QT_TRANSLATE_NOOP("Segment", "Buy often and still come back regularly."),
        QT_TRANSLATE_NOOP("Segment", "Reward them with a loyalty programme and ask for reviews and feedback."),
    ),
    SegmentDefinition(
        "potential_loyalists",
        QT_TRANSLATE_NOOP("Segment", "Potential loyalists"),
        QT_TRANSLATE_NOOP("Segment", "Recent customers who have bought more than once."),
        QT_TRANSLATE_NOOP("Segment", "Offer a membership or points card and recommend products that go with what they bought."),
    ),
    SegmentDefinition(
        "new_customers",
        QT_TRANSLATE_NOOP("Segment", "New customers"),
        QT_TRANSLATE_NOOP("Segment", "Bought for the first time very recently."),
        QT_TRANSLATE_NOOP("Segment", "Welcome them, follow up after the purchase and give a reason to come back soon."),
    ),
    SegmentDefinition(
        "promising",
        QT_TRANSLATE_NOOP("Segment", "Promising"),
        QT_TRANSLATE_NOOP("Segment", "Bought recently, but only once so far."),
        QT_TRANSLATE_NOOP("Segment", "Make them know the shop better with a small voucher for the next visit."),
    ),
    SegmentDefinition(
        "need_attention",
        QT_TRANSLATE_NOOP("Segment", "Need attention"),
        QT_TRANSLATE_NOOP("Segment", "Average customers who have not bought for a while."),
        QT_TRANSLATE_NOOP("Segment", "Send a limited-time offer based on what they bought before."),
    ),
    SegmentDefinition(
        "about_to_sleep",
        QT_TRANSLATE_NOOP("Segment", "About to sleep"),
        QT_TRANSLATE_NOOP("Segment", "Bought rarely and are drifting away."),
        QT_TRANSLATE_NOOP("Segment", "Remind them of the shop with popular products and a discount code."),
    ),
    SegmentDefinition(
        "at_risk",
        QT_TRANSLATE_NOOP("Segment", "At risk"),
        QT_TRANSLATE_NOOP("Segment", "Used to buy often but have not come back for a long time."),
        QT_TRANSLATE_NOOP("Segment", "Contact them personally, ask what went wrong and make a generous offer."),
    ),
    SegmentDefinition(
        "cant_lose_them",
        QT_TRANSLATE_NOOP("Segment", "Can't lose them"),
        QT_TRANSLATE_NOOP("Segment", "Were among the most frequent customers but stopped coming."),
        QT_TRANSLATE_NOOP("Segment", "Call them now: win them back with their favourite products and a personal gift."),
    ),
    SegmentDefinition(
        "hibernating",
        QT_TRANSLATE_NOOP("Segment", "Hibernating"),
        QT_TRANSLATE_NOOP("Segment", "Bought rarely and not for a long time."),
        QT_TRANSLATE_NOOP("Segment", "Include them in seasonal campaigns only; do not spend much on them."),
    ),
    SegmentDefinition(
        "lost",
        QT_TRANSLATE_NOOP("Segment", "Lost"),
        QT_TRANSLATE_NOOP("Segment", "Bought once or twice, long ago."),
        QT_TRANSLATE_NOOP("Segment", "Try one reactivation message; otherwise leave them out of campaigns."),
    ),
)
SEGMENT_BY_KEY: dict[str, SegmentDefinition] = {s.key: s for s in SEGMENTS}
SEGMENT_KEYS: tuple[str, ...] = tuple(s.key for s in SEGMENTS)

# GRID[r - 1][f - 1] is the segment of a customer with recency score r and frequency score f.
GRID: tuple[tuple[str, ...], ...] = (
    ("lost", "lost", "at_risk", "at_risk", "cant_lose_them"),  # R = 1
    ("hibernating", "hibernating", "at_risk", "at_risk", "cant_lose_them"),  # R = 2
    ("about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"),  # R = 3
    ("promising", "potential_loyalists", "potential_loyalists", "loyal", "loyal"),  # R = 4
    ("new_customers", "potential_loyalists", "potential_loyalists", "champions", "champions"),  # R = 5
)


def segment_of(r: int, f: int) -> str:
    return GRID[r - 1][f - 1]


@dataclass(frozen=True)
class TierDefinition:
    key: str
    name: str
    meaning: str


TIERS: tuple[TierDefinition, ...] = (
    TierDefinition("vip", QT_TRANSLATE_NOOP("Segment", "VIP"),
                   QT_TRANSLATE_NOOP("Segment", "The top 10% of customers by total spend.")),
    TierDefinition("premium", QT_TRANSLATE_NOOP("Segment", "Premium"),
                   QT_TRANSLATE_NOOP("Segment", "The next 10% of customers by total spend (together with VIP, the top 20%).")),
    TierDefinition("regular", QT_TRANSLATE_NOOP("Segment", "Regular"),
                   QT_TRANSLATE_NOOP("Segment", "Bought more than once, on average at least once every three months.")),
    TierDefinition("occasional", QT_TRANSLATE_NOOP("Segment", "Occasional"),
                   QT_TRANSLATE_NOOP("Segment", "Bought more than once, but less often than every three months.")),
    TierDefinition("one_time", QT_TRANSLATE_NOOP("Segment", "One-time"),
                   QT_TRANSLATE_NOOP("Segment", "Bought only once.")),
)
TIER_BY_KEY: dict[str, TierDefinition] = {t.key: t for t in TIERS}
TIER_KEYS: tuple[str, ...] = tuple(t.key for t in TIERS)

SMALL_SHOP_MESSAGE = QT_TRANSLATE_NOOP(
    "Segment",
    "This shop has fewer than 200 customers with purchases or less than 90 days of sales, so the "
    "scores use fixed thresholds that you can change instead of quintiles.",
)
NOT_YET_CUSTOMER = QT_TRANSLATE_NOOP("Segment", "Not yet a customer")
ALL_CUSTOMERS = QT_TRANSLATE_NOOP("Segment", "All customers with purchases")
PREMIUM_AT_RISK = QT_TRANSLATE_NOOP("Segment", "Premium customers at risk")
