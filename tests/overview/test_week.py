"""'This week' on the Overview: premium customers slipping away and birthdays of consenting customers."""

from __future__ import annotations

import datetime as dt

from app.services.overview import week

D = dt.date


def test_birthdays_this_week_only_of_customers_who_agreed(shop, builder):
    soon = builder.customer("A", name="An", phone="0901", birthday="1990-03-03", marketing_consent=1)
    builder.customer("B", name="Bình", phone="0902", birthday="1985-03-02", marketing_consent=0)  # no consent
    builder.customer("C", name="Chi", phone="0903", birthday="1992-03-20", marketing_consent=1)  # too late
    leap = builder.customer("D", name="Dũng", phone="0904", birthday="2000-02-29", marketing_consent=1)
    found = week.birthdays(shop.conn, D(2025, 2, 27))
    assert [(c.customer_id, c.day, c.phone) for c in found] == [
        (leap, D(2025, 3, 1), "0904"), (soon, D(2025, 3, 3), "0901")]
    assert week.birthdays(shop.conn, D(2025, 3, 4)) == []


def test_premium_customers_slipping_away(shop, demo_shop_path):
    from app.services.segments import figures, value
    from app.services.shop import open_shop

    assert week.slipping_away(shop.conn) == []  # no sales
    demo = open_shop(demo_shop_path)
    try:
        expected = value.premium_at_risk(figures.current(demo.conn)).rows
        found = week.slipping_away(demo.conn)
        phones = dict(demo.conn.execute("SELECT id, COALESCE(phone, '') FROM customers"))
    finally:
        demo.close()
    assert len(expected) > week.SLIPPING_SHOWN
    assert [c.customer_id for c in found] == [r["customer_id"] for r in expected][:week.SLIPPING_SHOWN]
    assert [c.revenue for c in found] == sorted((c.revenue for c in found), reverse=True)
    assert all(c.phone == phones[c.customer_id] and c.reason == "slipping" for c in found)
