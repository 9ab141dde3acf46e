"""File > Shop settings, below the UI: the round trip, the checks, the currency change that needs a
confirmation and never changes the stored amounts, and the two figure settings (recency reference,
returns against value) reaching the segment figures."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import settings as stored
from app.services import business_settings, importing, segments
from app.services.business_settings import ShopSettings
from app.services.errors import UserError
from tests.importing.conftest import vn_rows, write_csv


def _import_vn(shop, tmp_path):
    source = importing.open_source(write_csv(tmp_path / "sales.csv", vn_rows()))
    importing.run_import(shop.path, source, importing.guess_mapping(source, shop.conn), importing.ImportOptions(),
                         conn=shop.conn)


def test_round_trip(shop):
    assert business_settings.load(shop.conn) == ShopSettings("Test shop", "VND", "vi_VN", "last_sale", True)
    wanted = ShopSettings("Corner Shop", "gbp", "en_GB", "today", False)
    changes = business_settings.save(shop.conn, wanted)
    assert changes.settings and changes.segments
    assert business_settings.load(shop.conn) == ShopSettings("Corner Shop", "GBP", "en_GB", "today", False)
    assert shop.name == "Corner Shop"
    again = business_settings.save(shop.conn, ShopSettings("Corner", "GBP", "en_GB", "today", False))
    assert again.settings and not again.segments  # the figures' settings did not change


@pytest.mark.parametrize("bad, message", [
    (ShopSettings(" ", "VND", "vi_VN"), "Give the shop a name"),
    (ShopSettings("A", "XYZ", "vi_VN"), "currency XYZ"),
    (ShopSettings("A", "VND", "xx_XX"), "style xx_XX"),
])
def test_bad_values_are_refused_and_nothing_is_saved(shop, bad, message):
    with pytest.raises(UserError, match=message):
        business_settings.save(shop.conn, bad)
    assert stored.get(shop.conn, "shop_name") == "Test shop"


def test_a_currency_change_needs_confirmation_with_sales_and_keeps_the_amounts(shop, tmp_path):
    assert not business_settings.currency_change_needs_confirmation(shop.conn, "USD")  # no sales yet
    _import_vn(shop, tmp_path)
    assert not business_settings.currency_change_needs_confirmation(shop.conn, "vnd")
    assert business_settings.currency_change_needs_confirmation(shop.conn, "USD")
    amounts = shop.conn.execute("SELECT SUM(amount), SUM(revenue) FROM sales, customers").fetchone()
    business_settings.save(shop.conn, ShopSettings("Test shop", "USD", "en_US"))
    assert shop.conn.execute("SELECT SUM(amount), SUM(revenue) FROM sales, customers").fetchone() == amounts


def test_recency_to_today_and_returns_reach_the_figures(shop, tmp_path):
    _import_vn(shop, tmp_path)
    figures = segments.compute(shop.conn)
    assert figures.as_of == dt.date(2024, 1, 17)  # the day after the last customer purchase (16 January)
    kh01 = shop.conn.execute("SELECT id FROM customers WHERE code = 'KH01'").fetchone()[0]
    assert figures.monetary[figures.index_of(kh01)] == 300_000_000  # 345,000 bought, 45,000 returned
    business_settings.save(shop.conn, ShopSettings("Test shop", "VND", "vi_VN", "today", False))
    figures = segments.compute(shop.conn)
    assert figures.as_of == dt.date.today()
    assert figures.monetary[figures.index_of(kh01)] == 345_000_000
    stored_state = segments.figures.data_state(shop.conn, segments.config.segment_store.get_settings_json(shop.conn))
    assert dt.date.today().isoformat() in stored_state  # recency to today: the stored figures age daily


def test_the_net_spend_is_read_through_its_covering_index(shop):
    from app.models import segments as store

    plan = shop.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id, first_purchase, last_purchase, invoices, MAX(revenue + returns, 0) "
        "FROM customers INDEXED BY customers_purchases_net WHERE last_purchase IS NOT NULL AND +invoices > 0"
    ).fetchall()
    assert "COVERING INDEX customers_purchases_net" in " ".join(str(row[-1]) for row in plan)
    assert store.customer_aggregates(shop.conn, less_returns=True) == []
