"""Figures in the shop's locale and currency."""

import datetime as dt

from app.models.text import fold, like_pattern
from app.models.units import datetime_to_stored, money_to_stored, stored_to_date, stored_to_money
from app.services import formatting


def test_vietnamese_money_dates_and_percent():
    assert formatting.money(1234567, "VND", "vi_VN") == "1.234.567 ₫"
    assert formatting.stored_money(money_to_stored(1234567), "VND", "vi_VN") == "1.234.567 ₫"
    assert formatting.money(-50000, "VND", "vi_VN") == "-50.000 ₫"
    assert formatting.number(1234.5, 1, "vi_VN") == "1.234,5"
    assert formatting.date(dt.date(2024, 3, 5), "vi_VN") == "05/03/2024"
    assert formatting.percent(74.62, 2, "vi_VN") == "74,62 %"


def test_english_money_and_dates():
    assert formatting.money(1234.5, "GBP", "en_GB") == "£1,234.50"
    assert formatting.money(-0.004, "GBP", "en_GB") == "£0.00"
    assert formatting.money(1234.5, "USD", "en_US") == "$1,234.50"
    assert formatting.date(dt.date(2024, 3, 5), "en_US") == "03/05/2024"
    assert formatting.percent(74.62, 1, "en_GB") == "74.6%"


def test_money_storage_is_exact_to_three_decimals():
    assert money_to_stored("2.555") == 2555
    assert money_to_stored(0.1) + money_to_stored(0.2) == money_to_stored(0.3)
    assert stored_to_money(8911407904) == 8911407.904
    assert money_to_stored(-11062.06) == -11062060


def test_times_round_trip_to_calendar_days():
    moment = dt.datetime(2011, 12, 9, 12, 50)
    assert stored_to_date(datetime_to_stored(moment)) == dt.date(2011, 12, 9)


def test_search_folding_ignores_accents_and_case():
    assert fold("Nguyễn Văn ĐỨC") == "nguyen van duc"
    assert like_pattern("50%_off") == "%50\\%\\_off%"
