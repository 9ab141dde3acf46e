"""File > Shop settings…: the dialog shows the shop's settings, the currency brings its usual number
style, saving renames the window and reformats the figures, and a currency change in a shop with
sales is confirmed first and leaves the stored amounts alone."""

from __future__ import annotations

from app.services import business_settings, importing
from app.services.business_settings import ShopSettings
from app.ui import session
from app.ui.shop_settings import ShopSettingsDialog, save_shop_settings
from tests.importing.conftest import vn_rows, write_csv


def test_the_dialog_shows_the_settings_and_the_currency_brings_its_style(window):
    action = window.action("shop_settings")
    assert action.text().replace("&", "") == "Shop settings…" and action.isEnabled()
    dialog = ShopSettingsDialog(window, business_settings.load(session.current_shop().conn))
    assert dialog.chosen() == ShopSettings("Test shop", "VND", "vi_VN", "last_sale", True)
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("GBP"))
    assert dialog.locale() == "en_GB"
    dialog.recency_combo.setCurrentIndex(1)
    dialog.returns_box.setChecked(False)
    assert dialog.chosen() == ShopSettings("Test shop", "GBP", "en_GB", "today", False)
    assert dialog.windowTitle() == "Shop settings"


def test_saving_renames_the_window_and_reformats_money(window):
    assert save_shop_settings(window, ShopSettings("Corner Shop", "GBP", "en_GB"))
    assert window.windowTitle().startswith("Corner Shop – ")
    assert session.fmt().money(1_234_500) == "£1,234.50"


def test_a_currency_change_with_sales_is_confirmed_and_keeps_the_amounts(window, tmp_path, monkeypatch):
    shop = session.current_shop()
    source = importing.open_source(write_csv(tmp_path / "sales.csv", vn_rows()))
    importing.run_import(shop.path, source, importing.guess_mapping(source, shop.conn), importing.ImportOptions(),
                         conn=shop.conn)
    amounts = shop.conn.execute("SELECT SUM(amount) FROM sales").fetchone()
    asked = []
    monkeypatch.setattr("app.ui.shop_settings.ask", lambda *args, **kwargs: asked.append(args[2]) or False)
    assert not save_shop_settings(window, ShopSettings("Test shop", "USD", "en_US"))
    assert asked == ["Show this shop's amounts in USD?"] and session.fmt().currency == "VND"
    monkeypatch.setattr("app.ui.shop_settings.ask", lambda *args, **kwargs: True)
    assert save_shop_settings(window, ShopSettings("Test shop", "USD", "en_US"))
    assert session.fmt().currency == "USD" and session.fmt().money(345_000_000) == "$345,000.00"
    assert shop.conn.execute("SELECT SUM(amount) FROM sales").fetchone() == amounts
