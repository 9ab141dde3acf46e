"""Cleaning single values: number formats, dates and their order, phones, codes, e-mails, statuses."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from app.services.importing import values as V
from app.services.importing.table import Column

VN = V.NumberStyle(",", ".")
UK = V.NumberStyle(".", ",")


@pytest.mark.parametrize(("texts", "vietnamese", "expected"), [
    (["1.234.567", "150.000"], True, VN),
    (["1.234,5", "2,75"], False, VN),
    (["$1,234.50", "$12.00"], False, UK),
    (["150.000"], True, VN),  # ambiguous: Vietnamese files group thousands with dots
    (["0.165", "2.550"], False, V.PLAIN),  # ... English ones write three decimals
    (["1,500", "2,000"], False, UK),
    (["12.5", "7"], False, V.PLAIN),
])
def test_number_style_detection(texts, vietnamese, expected):
    assert V.detect_number_style(texts, vietnamese) == expected


@pytest.mark.parametrize(("text", "style", "value"), [
    ("1.234.567", VN, 1234567), ("1.234,5", VN, 1234.5), ("150.000 ₫", VN, 150000), ("150.000đ", VN, 150000),
    ("1.500.000 VNĐ", VN, 1500000), ("$1,234.50", UK, 1234.5), ("-$3.00", UK, -3), ("(12.00)", UK, -12),
    ("£7", UK, 7), ("12-", V.PLAIN, -12), ("1 234,5", V.NumberStyle(",", None), 1234.5),
])
def test_number_texts(text, style, value):
    assert V.parse_number_text(text, style) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "12abc", "1.2.3", "--", "12%", ""])
def test_bad_number_texts(text):
    assert V.parse_number_text(text, V.PLAIN) is None


def test_numbers_of_a_column_report_the_bad_rows():
    column = Column(values=np.array(["1.000", None, "x", 2.5, "2.000"], dtype=object))
    values, bad = V.to_numbers(column, VN)
    assert np.isnan(values[1]) and not bad[1]
    assert bad.tolist() == [False, False, True, False, False]
    assert values[[0, 3, 4]].tolist() == [1000, 2.5, 2000]


def test_money_in_thousandths_is_exact():
    stored, too_large = V.to_thousandths(np.array([2.55, 0.165, 150000.0, -611342.09, np.nan, 1e16]))
    assert stored.tolist() == [2550, 165, 150000000, -611342090, 0, 0]
    assert too_large.tolist() == [False] * 5 + [True]



@pytest.mark.parametrize(("texts", "dot_groups", "expected"), [
    (["0,5"], None, VN), (["0,500"], None, VN), (["0.500"], True, V.PLAIN),  # nobody groups after a zero
    (["1,5"], None, VN), (["1,5,000"], None, UK), (["1,500"], None, UK),
    (["1.5"], None, V.PLAIN), (["1.5", "1,500"], None, UK), (["1.5", "1,5,000"], None, UK),
    (["1,234.5"], None, UK), (["1.234,5"], None, VN), (["1,5", "2,5", "1.5"], None, VN),
    (["1.5", "2.5", "1,5"], None, V.PLAIN), (["1,5", "1.5"], None, V.PLAIN), (["1,5", "1.5", "1,500"], None, UK),
    (["1.500"], True, VN), (["1.500"], False, V.PLAIN), (["1.500"], None, V.NumberStyle(".", None, undecided=True)),
    (["(1.500)"], True, VN), (["abc", "1,5"], None, VN), (["1.500", "1,500"], None, UK), ([], None, V.PLAIN),
    (["7", "12"], None, V.PLAIN), (["1.2345"], None, V.PLAIN), (["1.23"], True, V.PLAIN), (["1,23"], None, VN),
    # each text is one vote, counted once: the majority decides
    (["0,5", "0,7", "1.5"], None, VN), (["0,5", "1.5", "1,234.5"], None, UK), (["1.234,5", "2.345,6", "1.5"], None, VN),
    (["1.234,5", "1.5", "2.5"], None, UK), (["1,500,000", "0,5"], None, V.PLAIN),
    (["1,500,000", "2,500,000", "0,5"], None, UK), (["1,500,000", "0,5", "0,7"], None, VN),
    (["1.500.000", "2.500.000", "1.5"], None, VN), (["1.500.000", "1.5", "2.5"], None, UK),
    (["1.5", "2.5", "3.5", "1,5", "2,5"], None, V.PLAIN), (["(1.2345"], True, V.PLAIN),  # one bracket: no number
])
def test_number_style_votes(texts, dot_groups, expected):
    assert V.detect_number_style(texts, dot_groups) == expected


def test_number_style_labels():
    assert (VN.label, UK.label, V.PLAIN.label) == ("1.234.567,5", "1,234,567.5", "1234567.5")


@pytest.mark.parametrize(("text", "ambiguous"), [
    ("1.234", True), ("12.500 ₫", True), ("999.000", True), ("0.123", False), ("1234.567", False),
    ("1.23", False), ("1.2345", False), ("1,234", False), ("-1.234", True)])
def test_ambiguous_dots(text, ambiguous):
    assert V.is_ambiguous_dot(text) is ambiguous


@pytest.mark.parametrize(("text", "style", "value"), [
    ("(5)", V.PLAIN, -5), ("(-5)", V.PLAIN, 5), ("+5", V.PLAIN, 5), ("5-", V.PLAIN, -5), (" 7 ", V.PLAIN, 7),
    ("- 5 ₫", V.PLAIN, -5), ("1,5", VN, 1.5), ("1.234.567", VN, 1234567), ("1,234,567.5", UK, 1234567.5),
    ("VND 1.500", VN, 1500), ("1.5", V.PLAIN, 1.5), ("(3-)", V.PLAIN, 3), ("+(3)", V.PLAIN, None),
    ("1,", V.PLAIN, None), (",5", V.PLAIN, None), ("1,2,3", V.PLAIN, None), (".", V.PLAIN, None),
    (",", VN, None), (",", UK, None), (".", VN, None), ("1.234,5", V.NumberStyle(",", None), None), ("₫", VN, None), ("1e5", V.PLAIN, None),
])
def test_number_texts_signs_and_refusals(text, style, value):
    parsed = V.parse_number_text(text, style)
    assert parsed is None if value is None else parsed == pytest.approx(value)


def test_numbers_of_a_column_of_mixed_cells():
    huge = 10 ** 400
    column = Column(values=np.array(["1,5", "  ", True, 3, huge, dt.date(2024, 1, 1), "x", np.float64(2.5), None],
                                    dtype=object))
    values, bad = V.to_numbers(column, VN)
    assert bad.tolist() == [False, False, True, False, False, True, True, False, False]
    assert values[[0, 3, 7]].tolist() == [1.5, 3.0, 2.5] and values[4] == np.inf
    assert np.isnan(values[[1, 2, 5, 6, 8]]).all()
    numbers = Column(numbers=np.array([1.0, np.nan]))
    values, bad = V.to_numbers(numbers, VN)
    assert values is numbers.numbers and bad.tolist() == [False, False]


def test_money_too_large_to_store_starts_at_the_limit():
    stored, too_large = V.to_thousandths(np.array([V.MAX_MONEY, -V.MAX_MONEY, V.MAX_MONEY - 1, -2.5]))
    assert too_large.tolist() == [True, True, False, False]
    assert stored.tolist() == [0, 0, int((V.MAX_MONEY - 1) * 1000), -2500]
    assert stored.dtype == np.int64


@pytest.mark.parametrize(("text", "currency"), [
    ("Amount (VND)", "VND"), ("150.000 ₫", "VND"), ("5 đ", "VND"), ("đồng", "VND"), ("£3.50", "GBP"),
    ("GBP 3", "GBP"), ("€3", "EUR"), ("eur", "EUR"), ("A$5", "AUD"), ("AU$5", "AUD"), ("AUD", "AUD"),
    ("S$5", "SGD"), ("sgd", "SGD"), ("¥100", "JPY"), ("JPY", "JPY"), ("$5", "USD"), ("usd5", "USD"),
    ("Europe", None), ("Euro", None), ("Audit", None), ("plain", None), ("", None), ("Total (USD) £", "USD"),
])
def test_currencies_named_in_texts(text, currency):
    assert V.currency_in_text(text) == currency


@pytest.mark.parametrize(("cell", "currency"), [
    ("gbp", "GBP"), (" usd ", "USD"), ("xyz", "XYZ"), ("£", "GBP"), ("₫", "VND"), (None, None), ("  ", None),
    ("abcd", None), ("ab", None)])
def test_currency_cells(cell, currency):
    assert V.currency_of_cell(cell) == currency

def _dates(texts, order=None, hint="dmy"):
    parsed = V.to_dates(Column(values=np.array(texts, dtype=object)), order, hint)
    return [str(np.datetime64(int(s), "s")) if ok else None
            for s, ok in zip(parsed.seconds, parsed.present & ~parsed.bad, strict=True)], parsed.order


def test_day_first_detected_from_any_day_above_twelve():
    values, order = _dates(["01/02/2024 09:30", "13/02/2024 10:00"], hint="mdy")
    assert order == "dmy"
    assert values == ["2024-02-01T09:30:00", "2024-02-13T10:00:00"]


def test_month_first_detected_and_ambiguous_dates_follow_the_hint():
    values, order = _dates(["12/1/2010 8:26", "12/13/2010 9:00"])
    assert order == "mdy" and values[0] == "2010-12-01T08:26:00"
    values, order = _dates(["01/02/2024", "03/04/2024"], hint="mdy")
    assert order == "mdy" and values[0] == "2024-01-02T00:00:00"
    values, order = _dates(["01/02/2024"], order="dmy", hint="mdy")
    assert values == ["2024-02-01T00:00:00"]


def test_iso_twelve_hour_vietnamese_clock_and_time_zones():
    values, _ = _dates(["2024-01-15 10:30:00", "2024-01-15T10:30", "2023-01-15 10:23:45 -0500"])
    assert values == ["2024-01-15T10:30:00", "2024-01-15T10:30:00", "2023-01-15T10:23:45"]
    values, _ = _dates(["15/01/2024 07:05 PM", "15/01/2024 12:10 AM", "16/01/2024 02:00 CH"])
    assert values == ["2024-01-15T19:05:00", "2024-01-15T00:10:00", "2024-01-16T14:00:00"]


def test_invalid_dates_are_bad_not_guessed():
    values, _ = _dates(["31/02/2024", "15/13/2024 10:00", "2024", "hôm qua", "15/01/2024"])
    assert values == [None, None, None, None, "2024-01-15T00:00:00"]


def test_excel_serials_datetimes_and_yyyymmdd():
    column = Column(values=np.array([45306.4375, dt.datetime(2024, 1, 15, 10, 30), dt.date(2024, 1, 16),
                                     20240117.0, 3.5e6], dtype=object))
    parsed = V.to_dates(column, None, "dmy")
    ok = parsed.present & ~parsed.bad
    assert ok.tolist() == [True, True, True, True, False]
    assert [str(np.datetime64(int(s), "s")) for s in parsed.seconds[:4]] == [
        "2024-01-15T10:30:00", "2024-01-15T10:30:00", "2024-01-16T00:00:00", "2024-01-17T00:00:00"]


def test_separate_time_column():
    seconds, present, bad = V.to_times(Column(values=np.array(
        ["10:23:45", dt.time(8, 5), 0.5, "7:05 PM", "25:00", None], dtype=object)))
    assert seconds[:4].tolist() == [37425, 29100, 43200, 68700]
    assert bad.tolist() == [False, False, False, False, True, False]
    assert present.tolist() == [True] * 5 + [False]


@pytest.mark.parametrize(("raw", "phone"), [
    ("0912345678", "0912345678"), ("912345678", "0912345678"), (912345678.0, "0912345678"),
    ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"), ("0084912345678", "0912345678"),
    ("(028) 3823 4567", "02838234567"), ("+44 20 7946 0958", "+442079460958"), ("12", None), ("", None),
])
def test_phones(raw, phone):
    assert V.clean_phone(raw) == phone


@pytest.mark.parametrize(("raw", "code"), [
    (17850.0, "17850"), ("17850.0", "17850"), ("17850", "17850"), (" KH001 ", "KH001"), ("007", "007"),
    ("1.5", "1.5"), (None, None), ("", None),
])
def test_codes(raw, code):
    assert V.clean_code(raw) == code


def test_emails_and_texts():
    assert V.clean_email(" An.Nguyen@Example.COM ") == "an.nguyen@example.com"
    assert V.clean_email("not an email") is None
    decomposed = "Nguye\u0302\u0303n  Va\u0306n"  # decomposed letters, doubled space
    assert V.clean_text(decomposed) == "Nguyễn Văn"


@pytest.mark.parametrize(("raw", "kind"), [
    ("Đã hủy", V.CANCELLED), ("cancelled", V.CANCELLED), ("refunded", V.CANCELLED), ("voided", V.CANCELLED),
    ("Refund", V.RETURN), ("Trả hàng", V.RETURN), ("Hoàn thành", V.NORMAL), ("paid", V.NORMAL),
    ("Payment", V.NORMAL), (None, V.NORMAL),
])
def test_statuses(raw, kind):
    assert V.status_class(raw) == kind


def test_fast_text_path_matches_the_slow_one():
    uniques = np.array(["HD001", "C536379", "17850", "A 1"], dtype=object)
    column = Column(values=uniques)
    codes, cleaned = V.map_uniques(column, V.clean_code)
    assert [cleaned[c] for c in codes] == [V.clean_code(u) for u in uniques]
    mixed = Column(values=np.array([536365.0, "C536379", 17850.0, 1.5, " x "], dtype=object))
    codes, cleaned = V.map_uniques(mixed, V.clean_code)
    assert [cleaned[c] for c in codes] == ["536365", "C536379", "17850", "1.5", "x"]
