"""'This week' on the Overview: premium customers slipping away, detractors to call back, large purchases
without feedback, birthdays of consenting customers, and the "done" ticks kept in the shop file."""

from __future__ import annotations

import datetime as dt

from app.models import overview as store
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


TODAY = D(2025, 6, 15)


def _answer(shop, customer_id: int, day: dt.date, score: int) -> int:
    from app.services.feedback import responses

    return responses.add_response(shop.conn, {"score": score, "answered_at": day, "customer_id": customer_id}
                                  ).responses[0]


def test_detractors_to_call_back_newest_first_until_resolved(shop, builder):
    from app.services.feedback import followups

    old = builder.customer("A", name="An", phone="0901")
    new = builder.customer("B", name="Bình", phone="0902")
    happy = builder.customer("C", name="Chi", phone="0903")
    _answer(shop, old, D(2025, 5, 1), 6)
    answer = _answer(shop, new, D(2025, 6, 10), 0)
    _answer(shop, happy, D(2025, 6, 11), 7)  # a passive: not a detractor
    _answer(shop, old, D(2024, 1, 1), 2)  # older than a year
    found = week.detractors(shop.conn, TODAY)
    assert [(c.customer_id, c.day, c.score, c.phone) for c in found] == [
        (new, D(2025, 6, 10), 0, "0902"), (old, D(2025, 5, 1), 6, "0901")]
    followups.set_status(shop.conn, "detractor", str(answer), new, "contacted")
    assert [c.customer_id for c in week.detractors(shop.conn, TODAY)] == [new, old]  # contacted is not closed
    followups.set_status(shop.conn, "detractor", str(answer), new, "resolved")
    assert [c.customer_id for c in week.detractors(shop.conn, TODAY)] == [old]


def test_large_purchases_without_feedback(shop, builder):
    small = builder.customer("S", name="Sơn", phone="0911")
    big = builder.customer("B", name="Bảo", phone="0912")
    for i in range(20):  # the year's invoices: twenty of 100; the 10% largest start at 1,000
        builder.buy(small, D(2025, 1, 1) + dt.timedelta(days=i), 100)
    builder.buy(big, D(2025, 6, 1), 1000)
    builder.buy(big, D(2025, 6, 5), 1200)
    builder.buy(big, D(2025, 3, 1), 5000)  # large but older than 30 days
    builder.commit()
    found = week.large_purchases(shop.conn, TODAY)
    assert [(c.customer_id, c.day, c.amount, c.phone) for c in found] == [
        (big, D(2025, 6, 5), 1_200_000, "0912"), (big, D(2025, 6, 1), 1_000_000, "0912")]
    _answer(shop, big, D(2025, 6, 3), 9)  # answered after the first large purchase only
    assert [c.day for c in week.large_purchases(shop.conn, TODAY)] == [D(2025, 6, 5)]
    _answer(shop, big, D(2025, 6, 5), 10)
    assert week.large_purchases(shop.conn, TODAY) == []


def test_a_done_tick_is_kept_undone_and_a_new_event_brings_the_person_back(shop, builder):
    who = builder.customer("A", name="An", phone="0901")
    _answer(shop, who, D(2025, 6, 1), 3)
    [contact] = week.this_week(shop.conn, TODAY)
    assert contact.reason == "detractor" and not contact.done
    change = week.set_done(shop.conn, contact, True, today=TODAY)
    assert change.previous is None and change.changes.customer_ids == {who}
    [ticked] = week.this_week(shop.conn, TODAY)
    assert ticked.done and ticked.done_on == TODAY
    assert week.this_week(shop.conn, TODAY + dt.timedelta(days=8)) == []  # a week after the tick: gone
    _answer(shop, who, D(2025, 6, 20), 5)  # a new low answer: back on the list, not ticked
    later = week.this_week(shop.conn, D(2025, 6, 25))
    assert [(c.day, c.done) for c in later] == [(D(2025, 6, 20), False)]
    week.restore_done(shop.conn, contact, change.previous)  # undo the first tick
    assert [(c.day, c.done) for c in week.this_week(shop.conn, TODAY)] == [(D(2025, 6, 20), False),
                                                                           (D(2025, 6, 1), False)]
    again = week.set_done(shop.conn, contact, True, today=TODAY)
    undone = week.set_done(shop.conn, contact, False)
    assert again.previous is None and undone.previous == TODAY.isoformat()
    assert not any(c.done for c in week.this_week(shop.conn, TODAY))


def test_only_the_first_contacts_per_reason_are_shown_and_the_ticks_survive_reopening(shop_path, shop, builder):
    from app.services.shop import open_shop

    people = [builder.customer(f"C{i}", name=f"Khách {i}", phone=f"09{i:02d}") for i in range(4)]
    for i, who in enumerate(people):
        _answer(shop, who, D(2025, 6, 1) + dt.timedelta(days=i), 1)
    found = week.this_week(shop.conn, TODAY, shown=2)
    assert [c.customer_id for c in found] == [people[3], people[2]]
    week.set_done(shop.conn, found[0], True, today=TODAY)
    shop.close()
    reopened = open_shop(shop_path)
    try:
        again = week.this_week(reopened.conn, TODAY, shown=2)
    finally:
        reopened.close()
    assert [(c.customer_id, c.done) for c in again] == [(people[2], False), (people[1], False), (people[3], True)]


def test_deleting_a_customer_deletes_their_ticks(shop, builder):
    from app.services import customer_data

    who, other = builder.customer("A", name="An"), builder.customer("B", name="Bình")
    _answer(shop, who, D(2025, 6, 1), 2)
    _answer(shop, other, D(2025, 6, 2), 2)
    for contact in week.this_week(shop.conn, TODAY):
        week.set_done(shop.conn, contact, True, today=TODAY)
    customer_data.delete_customer(shop.conn, who)
    assert {cid for _reason, cid, _day in store.contacts_done(shop.conn)} == {other}
