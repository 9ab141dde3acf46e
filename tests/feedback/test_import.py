"""Importing answers: Google Forms (Vietnamese and English headers) and Microsoft Forms exports, CSV and
XLSX; customers matched by code, phone or e-mail; refusals naming the row and column; re-import adds
nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import feedback as store
from app.services.feedback import importing
from app.services.importing import ImportRefused
from tests.importing.conftest import write_csv, write_xlsx

VI_QUESTION = "Bạn có sẵn lòng giới thiệu Tiệm Trà Sen cho bạn bè không? (0-10)"
EN_QUESTION = "How likely are you to recommend us to a friend? (0-10)"


@pytest.fixture
def customers(shop):
    from app.models import customers as rows
    from app.models import db

    with db.transaction(shop.conn):
        ids = {
            "code": rows.create(shop.conn, {"code": "KH000001", "name": "Nguyễn An"}),
            "phone": rows.create(shop.conn, {"name": "Trần Bình", "phone": "0903123456"}),
            "email": rows.create(shop.conn, {"name": "Lê Chi", "email": "chi@example.com"}),
        }
    return shop, ids


def google_vi_rows():
    return [
        ["Dấu thời gian", VI_QUESTION, "Vì sao bạn cho điểm này?", "Số điện thoại", "Mã khách hàng"],
        ["15/03/2026 10:22:33", "10", "Trà ngon, nhân viên thân thiện", "", "KH000001"],
        ["16/03/2026 08:00:00", "3", "Giao hàng chậm", "+84 903 123 456", ""],
        ["17/03/2026 19:45:10", "8", "", "", ""],
        ["18/03/2026 09:00:00", "", "", "", ""],  # the score question left blank
    ]


def test_google_forms_vietnamese_csv_is_mapped_matched_and_imported_once(customers, tmp_path):
    shop, ids = customers
    path = write_csv(tmp_path / "Khảo sát (Câu trả lời).csv", google_vi_rows())
    from app.services.importing import open_source

    source = open_source(path)
    mapping = importing.guess_mapping(source)
    assert mapping.preset == "google_forms"
    assert mapping.columns == {"date": "Dấu thời gian", "score": VI_QUESTION, "comment": "Vì sao bạn cho điểm này?",
                               "phone": "Số điện thoại", "customer_code": "Mã khách hàng"}
    summary = importing.import_answers(shop.conn, source, mapping)
    assert (summary.rows_read, summary.added, summary.duplicates, summary.skipped_empty) == (4, 3, 0, 1)
    assert (summary.matched_customers, summary.without_customer) == (2, 1)
    rows = store.list_responses(shop.conn)
    assert [(r[5], r[2]) for r in rows] == [(8, None), (3, ids["phone"]), (10, ids["code"])]
    assert rows[2][1] == int(dt.datetime(2026, 3, 15, 10, 22, 33).timestamp() - dt.datetime(1970, 1, 1).timestamp())
    assert rows[2][6] == "Trà ngon, nhân viên thân thiện" and rows[2][7] == "web_form"

    again = importing.import_file(shop.conn, path)
    assert (again.added, again.duplicates) == (0, 3)
    assert store.count_responses(shop.conn) == 3


def test_google_forms_english_xlsx_with_us_dates_and_email_matching(customers, tmp_path):
    shop, ids = customers
    path = write_xlsx(tmp_path / "answers.xlsx", {"Form Responses 1": [
        ["Timestamp", "Email Address", EN_QUESTION, "What could we improve?", "Channel"],
        ["3/14/2026 9:05:00", "CHI@example.com", 9, "Nothing, lovely staff", "Zalo"],
        ["3/15/2026 9:05:00", "other@example.com", 6, "too expensive", "Facebook"],
    ]})
    summary = importing.import_file(shop.conn, path)
    assert summary.added == 2 and summary.matched_customers == 1
    rows = store.list_responses(shop.conn)
    assert [(r[5], r[2], r[7]) for r in rows] == [(6, None, "facebook"), (9, ids["email"], "zalo")]
    assert dt.date(1970, 1, 1) + dt.timedelta(days=rows[1][1] // 86400) == dt.date(2026, 3, 14)


def test_microsoft_forms_export(customers, tmp_path):
    shop, _ids = customers
    path = write_xlsx(tmp_path / "ms.xlsx", {"Sheet1": [
        ["ID", "Start time", "Completion time", "Email", "Name", "How likely are you to recommend us?", "Why?"],
        [1, dt.datetime(2026, 2, 1, 9, 0), dt.datetime(2026, 2, 1, 9, 2), "anonymous", "", 10, "Tuyệt vời"],
        [2, dt.datetime(2026, 2, 2, 9, 0), dt.datetime(2026, 2, 2, 9, 3), "anonymous", "", 0, "Chờ lâu quá"],
    ]})
    from app.services.importing import open_source

    source = open_source(path)
    mapping = importing.guess_mapping(source)
    assert mapping.preset == "microsoft_forms" and mapping.columns["date"] == "Completion time"
    summary = importing.import_answers(shop.conn, source, mapping)
    assert summary.added == 2 and summary.without_customer == 2  # "anonymous" is not an e-mail


@pytest.mark.parametrize(("bad", "column", "text"), [
    (["20/03/2026 10:00:00", "11", "", "", ""], VI_QUESTION, "the score “11” is not a whole number from 0 to 10"),
    (["20/03/2026 10:00:00", "mười", "", "", ""], VI_QUESTION, "the score “mười” is not a whole number"),
    (["31/02/2026 10:00:00", "7", "", "", ""], "Dấu thời gian", "“31/02/2026 10:00:00” is not a date"),
])
def test_bad_scores_and_dates_refuse_the_file_naming_row_and_column(customers, tmp_path, bad, column, text):
    shop, _ids = customers
    rows = google_vi_rows()
    rows.insert(3, bad)  # spreadsheet row 4
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportRefused) as refused:
        importing.import_file(shop.conn, path)
    message = str(refused.value)
    assert "row 4" in message and f"column “{column}”" in message and text in message
    assert refused.value.problems[0].row == 4
    assert store.count_responses(shop.conn) == 0


def test_several_bad_rows_are_counted_and_a_mapping_file_is_read(customers, tmp_path):
    shop, _ids = customers
    rows = [["Ngày", "Điểm"], ["01/03/2026", "12"], ["02/03/2026", "-1"], ["03/03/2026", "5"]]
    path = write_csv(tmp_path / "scores.csv", rows)
    with pytest.raises(ImportRefused, match=r"row 2, column “Điểm”.*\(1 other rows have problems too\)"):
        importing.import_file(shop.conn, path)
    mapping = importing.FeedbackMapping.from_json('{"columns": {"date": "Ngày", "score": "Điểm"}}')
    with pytest.raises(ImportRefused, match="unknown field"):
        importing.FeedbackMapping.from_json('{"columns": {"colour": "Ngày"}}')
    assert mapping.missing() == []
    assert importing.FeedbackMapping({"date": "Ngày"}).missing() == ["Choose the column with the score from 0 to 10."]


def test_undoing_an_import_removes_only_its_answers_and_redo_puts_them_back(customers, tmp_path):
    from app.services.feedback import responses

    shop, ids = customers
    typed = responses.add_response(shop.conn, {"answered_at": dt.date(2026, 3, 1), "score": 9,
                                               "customer_id": ids["email"]}).responses[0]
    path = write_csv(tmp_path / "answers.csv", google_vi_rows())
    summary = importing.import_file(shop.conn, path)
    assert summary.added == 3 and len(summary.added_keys) == 3
    assert "added_keys" not in summary.to_dict()  # the command line's JSON stays small
    rows = store.list_responses(shop.conn)
    phone_answer = next(r[0] for r in rows if r[2] == ids["phone"])
    responses.update_response(shop.conn, phone_answer, {"tags": ["Giao hàng"]})
    before = {r[0]: r for r in store.list_responses(shop.conn)}

    removed = importing.remove_imported(shop.conn, summary.added_keys)
    assert len(removed.value) == 3 and removed.changes.feedback
    assert removed.changes.customer_ids == frozenset({ids["phone"], ids["code"]})
    assert [r[0] for r in store.list_responses(shop.conn)] == [typed]  # the typed-in answer stays

    importing.put_back_imported(shop.conn, removed.value)
    assert {r[0]: r for r in store.list_responses(shop.conn)} == before
    assert store.get_response(shop.conn, phone_answer)["tags"] == ["Giao hàng"]
    again = importing.import_file(shop.conn, path)  # the keys came back too: a re-import adds nothing
    assert (again.added, again.duplicates) == (0, 3)
