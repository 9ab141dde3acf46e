"""Fixtures for the feedback tests: a shop with customers, purchases (so that segments and tiers
exist) and answers written through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.segments.conftest import ShopBuilder


def add_answers(conn, scores, *, customer_id=None, day=dt.date(2026, 3, 1), channel="in_store", comment=""):
    from app.services.feedback import responses

    ids = []
    for score in scores:
        ids += responses.add_response(conn, {"answered_at": day, "score": score, "customer_id": customer_id,
                                             "channel": channel, "comment": comment}).responses
    return ids


@pytest.fixture
def tiered_shop(shop):
    """Ten customers with one to ten purchases each, so that C10 and C9 are VIP/Premium (the top 20%)
    and the others are not."""
    builder = ShopBuilder(shop.conn)
    ids = {}
    for number in range(1, 11):
        cid = builder.customer(f"C{number}", name=f"Khách {number}", phone=f"09000000{number:02d}")
        ids[number] = cid
        for visit in range(number):
            builder.buy(cid, dt.date(2026, 1, 1) + dt.timedelta(days=7 * visit), 100 * number)
    builder.commit()
    return shop, ids
