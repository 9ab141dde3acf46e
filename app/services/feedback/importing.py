"""Importing answers from CSV/XLSX (a Google Forms or Microsoft Forms export, Vietnamese or English
headers) through the sales import's public machinery: `app.services.importing.open_source` reads the
file (encodings, delimiters, workbooks, header row, refusals of broken files), `table.read_columns`
reads the mapped columns, `values` cleans dates, codes, phones and e-mails the same way as for sales.

Only the mapping is our own (answers have their own fields): `FeedbackMapping` maps the fields below
onto headers, guessed from header synonyms and, for the score, from the question text ("How likely
are you to recommend…", "…giới thiệu…") or a column of whole numbers 0-10.

Customers are matched by code, else phone, else e-mail (never created: an unmatched answer is kept
without a customer). A score outside 0-10 or an unreadable date refuses the whole file with the row
and the column named; nothing is written. Each row gets a stable key (its content and its occurrence
number among identical rows), so re-importing the same file adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db
from app.models import feedback as store
from app.models.text import fold, nfc
from app.services.changes import Changes, Written
from app.services.importing.errors import ImportRefused, Problem
from app.services.importing.fields import header_key

FORMAT_KIND = "feedback"
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class FeedbackField:
    key: str
    label: str  # context "Feedback"
    synonyms: tuple[str, ...]  # header keys, best first
    contains: tuple[str, ...] = ()  # folded words: a header containing one of them (question texts)


def _keys(*texts: str) -> tuple[str, ...]:
    return tuple(header_key(t) for t in texts)


FIELDS: tuple[FeedbackField, ...] = (
    FeedbackField("date", QT_TRANSLATE_NOOP("Feedback", "Date of the answer"), _keys(
        "Dấu thời gian", "Timestamp", "Completion time", "Thời gian hoàn thành", "Submitted at", "Submission date",
        "Ngày trả lời", "Ngày", "Date", "Thời gian", "Start time", "Thời gian bắt đầu", "Created at", "Ngày tạo")),
    FeedbackField("score", QT_TRANSLATE_NOOP("Feedback", "Score 0-10"), _keys(
        "Điểm", "Điểm số", "Điểm NPS", "NPS", "Score", "NPS score", "Rating", "Đánh giá"),
        ("recommend", "gioi thieu", "0-10", "0 10", "likely", "kha nang")),
    FeedbackField("comment", QT_TRANSLATE_NOOP("Feedback", "Comment"), _keys(
        "Góp ý", "Ý kiến", "Nhận xét", "Bình luận", "Ghi chú", "Comment", "Comments", "Feedback", "Reason",
        "Lý do"), ("why", "vi sao", "tai sao", "ly do", "gop y", "y kien", "comment", "improve", "cai thien")),
    FeedbackField("customer_code", QT_TRANSLATE_NOOP("Feedback", "Customer code"), _keys(
        "Mã KH", "Mã khách hàng", "Mã khách", "Customer code", "Customer ID", "Code", "Mã"), ("ma khach",)),
    FeedbackField("phone", QT_TRANSLATE_NOOP("Feedback", "Phone"), _keys(
        "Số điện thoại", "SĐT", "SDT", "Điện thoại", "Phone", "Phone number", "Mobile"), ("dien thoai", "phone")),
    FeedbackField("email", QT_TRANSLATE_NOOP("Feedback", "E-mail"), _keys(
        "Email", "E-mail", "Email address", "Địa chỉ email", "Thư điện tử")),
    FeedbackField("customer_name", QT_TRANSLATE_NOOP("Feedback", "Customer name"), _keys(
        "Họ tên", "Họ và tên", "Tên", "Tên khách hàng", "Name", "Full name", "Customer name")),
    FeedbackField("channel", QT_TRANSLATE_NOOP("Feedback", "Channel"), _keys("Kênh", "Channel")),
    FeedbackField("source", QT_TRANSLATE_NOOP("Feedback", "Source"), _keys("Nguồn", "Source", "Loại", "Type")),
)
BY_KEY = {f.key: f for f in FIELDS}

PRESETS: dict[str, str] = {
    "google_forms": QT_TRANSLATE_NOOP("Feedback", "Google Forms"),
    "microsoft_forms": QT_TRANSLATE_NOOP("Feedback", "Microsoft Forms"),
    "feedback_generic": QT_TRANSLATE_NOOP("Feedback", "Other survey file"),
}

_CHANNEL_WORDS = {
    "in_store": ("tai cua hang", "cua hang", "tai quay", "in store", "store", "shop", "truc tiep", "in person"),
    "phone": ("dien thoai", "goi dien", "phone", "call", "hotline"),
    "zalo": ("zalo",),
    "facebook": ("facebook", "fb", "fanpage", "messenger"),
    "email": ("email", "e-mail", "mail", "thu"),
    "web_form": ("web", "website", "form", "google forms", "microsoft forms", "online"),
}
_SOURCE_WORDS = {
    "survey": ("khao sat", "survey", "phieu", "card"),
    "review": ("danh gia", "review", "google maps", "review online"),
    "complaint": ("khieu nai", "phan nan", "complaint"),
    "conversation": ("tro chuyen", "noi chuyen", "conversation", "chat"),
}


@dataclass(frozen=True)
class FeedbackMapping:
    columns: dict[str, str] = field(default_factory=dict)  # field key -> header
    preset: str | None = None
    date_order: str | None = None  # None: detect; "dmy", "mdy", "ymd"

    def with_column(self, key: str, header: str | None) -> FeedbackMapping:
        if key not in BY_KEY:
            raise KeyError(key)
        columns = {k: v for k, v in self.columns.items() if k != key and (header is None or v != header)}
        if header is not None:
            columns[key] = header
        return replace(self, columns=columns)

    def missing(self) -> list[str]:
        """What must still be chosen (English templates, context "Feedback")."""
        needed = []
        if "date" not in self.columns:
            needed.append(QT_TRANSLATE_NOOP("Feedback", "Choose the column with the date of each answer."))
        if "score" not in self.columns:
            needed.append(QT_TRANSLATE_NOOP("Feedback", "Choose the column with the score from 0 to 10."))
        return needed

    def to_json(self) -> str:
        return json.dumps({"kind": FORMAT_KIND, "preset": self.preset, "date_order": self.date_order,
                           "columns": self.columns}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes | dict) -> FeedbackMapping:
        try:
            data = text if isinstance(text, dict) else json.loads(text)
        except (ValueError, TypeError) as exc:
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The mapping is not valid JSON.")) from exc
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
            raise ImportRefused(QT_TRANSLATE_NOOP(
                "Import", "The mapping must be a JSON object with a “columns” object of field: header."))
        for key in data.get("columns", {}):
            if key not in BY_KEY:
                raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The mapping names an unknown field “{field}”."),
                                    field=key)
        order = data.get("date_order")
        if order not in (None, "dmy", "mdy", "ymd"):
            raise ImportRefused(QT_TRANSLATE_NOOP("Import", "The date order must be dmy, mdy or ymd."))
        return cls({k: str(v) for k, v in data.get("columns", {}).items() if v is not None},
                   data.get("preset") if data.get("preset") in PRESETS else None, order)


def detect_preset(headers: list[str]) -> str:
    keys = {header_key(h) for h in headers}
    if {"starttime", "completiontime"} <= keys or {"thoigianbatdau", "thoigianhoanthanh"} <= keys:
        return "microsoft_forms"
    if keys & {"timestamp", "dauthoigian"}:
        return "google_forms"
    return "feedback_generic"


def _looks_like_scores(values: list[str]) -> bool:
    numbers = [v.strip() for v in values if v and v.strip()]
    return bool(numbers) and all(v.isdigit() and 0 <= int(v) <= 10 for v in numbers)


def guess_mapping(source, preset: str | None = None) -> FeedbackMapping:
    """Each field takes the header matching its best synonym, then a header containing one of its
    words; the score, failing that, the first column of whole numbers 0-10."""
    headers = list(source.headers)
    keys = [header_key(h) for h in headers]
    folded = [fold(h) for h in headers]
    used: set[int] = set()
    columns: dict[str, str] = {}
    for spec in FIELDS:
        found = next((keys.index(s) for s in spec.synonyms if s in keys and keys.index(s) not in used), None)
        if found is None and spec.contains:
            found = next((i for i, text in enumerate(folded) if i not in used
                          and any(word in text for word in spec.contains)), None)
        if found is not None:
            columns[spec.key] = headers[found]
            used.add(found)
    if "score" not in columns:
        for i, header in enumerate(headers):
            if i not in used and _looks_like_scores(source.sample_values(i, 20)):
                columns["score"] = header
                break
    return FeedbackMapping(columns, preset or detect_preset(headers))


@dataclass
class FeedbackImportSummary:
    file_name: str
    preset: str | None
    rows_read: int = 0
    added: int = 0
    duplicates: int = 0
    skipped_empty: int = 0
    matched_customers: int = 0
    without_customer: int = 0
    dry_run: bool = False
    added_keys: list[int] = field(default_factory=list, repr=False)  # the new answers' import keys, for undo

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "added_keys"}

    @property
    def changes(self) -> Changes:
        return Changes.of_customers(None, feedback=True) if self.added else Changes()


def _word_key(value: str | None, words: dict[str, tuple[str, ...]], default: str) -> str:
    text = fold(value or "")
    if not text:
        return default
    for key, options in words.items():
        if key == text or any(text == w or text.startswith(w + " ") or f" {w}" in f" {text}" for w in options):
            return key
    return default


def _refuse(source, problems: list[Problem], total: int) -> ImportRefused:
    first = problems[0]
    if total > 1:
        return ImportRefused(QT_TRANSLATE_NOOP(
            "Feedback", "The file {file} was not imported: row {row}, column “{column}”: {problem} "
                        "({others} other rows have problems too)."), problems, context="Feedback",
            file=source.file_name, row=first.row, column=first.column, problem=first.message, others=total - 1)
    return ImportRefused(QT_TRANSLATE_NOOP(
        "Feedback", "The file {file} was not imported: row {row}, column “{column}”: {problem}"), problems,
        context="Feedback", file=source.file_name, row=first.row, column=first.column, problem=first.message)


BAD_SCORE = QT_TRANSLATE_NOOP("Feedback", "the score “{value}” is not a whole number from 0 to 10.")
BAD_DATE = QT_TRANSLATE_NOOP("Feedback", "“{value}” is not a date.")
NO_DATE = QT_TRANSLATE_NOOP("Feedback", "the answer has a score but no date.")


def _row_key(parts: tuple, occurrence: int) -> int:
    digest = hashlib.blake2b(repr((*parts, occurrence)).encode(), digest_size=8, key=b"regulars-feedback-v1").digest()
    return int.from_bytes(digest, "big") & ((1 << 63) - 1)


def import_answers(conn: sqlite3.Connection, source, mapping: FeedbackMapping | None = None, *,
                   default_channel: str = "web_form", default_source: str = "survey",
                   dry_run: bool = False) -> FeedbackImportSummary:
    """Reads every row, refuses the file on the first bad score or date (nothing written), else adds
    the new answers in one transaction. Returns what was read and added."""
    import numpy as np

    from app.services.importing import values as V
    from app.services.importing.sources import is_vietnamese
    from app.services.importing.table import Ticker, read_columns

    mapping = mapping or guess_mapping(source)
    if mapping.missing():
        raise ImportRefused(mapping.missing()[0], context="Feedback")
    for key, header in mapping.columns.items():
        if header not in source.headers:
            raise ImportRefused(QT_TRANSLATE_NOOP(
                "Import", "The file {file} has no column “{column}” (mapped to {field})."),
                file=source.file_name, column=header, field=key)
    index = {key: source.headers.index(header) for key, header in mapping.columns.items()}
    table = read_columns(source, sorted(set(index.values())), set(), Ticker(None, None),
                         text=frozenset(i for k, i in index.items() if k not in ("date", "score")))
    n = len(table)
    summary = FeedbackImportSummary(source.file_name, mapping.preset, rows_read=n, dry_run=dry_run)
    rows = np.arange(n)

    def column_values(key: str, clean) -> list:
        if key not in index:
            return [None] * n
        return [clean(v) for v in table.columns[index[key]].raw(rows)]

    scores_raw = column_values("score", V.clean_text)
    hint = "dmy" if is_vietnamese(list(source.headers)) or mapping.preset == "microsoft_forms" else "mdy"
    dates = V.to_dates(table.columns[index["date"]], mapping.date_order, hint)
    date_texts = table.columns[index["date"]].display_values(rows)
    comments = column_values("comment", V.clean_text)
    codes = column_values("customer_code", V.clean_code)
    phones = column_values("phone", V.clean_phone)
    emails = column_values("email", V.clean_email)
    names = column_values("customer_name", V.clean_text)
    channels = column_values("channel", V.clean_text)
    sources_ = column_values("source", V.clean_text)

    problems: list[Problem] = []
    bad_rows = 0
    keep: list[int] = []
    scores: list[int] = []
    score_header, date_header = mapping.columns["score"], mapping.columns["date"]
    for i in range(n):
        row_number = int(table.row_numbers[i])
        raw = scores_raw[i]
        if raw is None:
            if any(v[i] for v in (comments, codes, phones, emails)) or dates.present[i]:
                summary.skipped_empty += 1  # an answer without a score (an optional question left blank)
            continue
        problem = None
        try:
            number = float(raw.replace(",", "."))
            ok = number == int(number) and 0 <= number <= 10
        except ValueError:
            ok = False
        if not ok:
            problem = Problem(row_number, score_header, raw, BAD_SCORE)
        elif not dates.present[i]:
            problem = Problem(row_number, date_header, "", NO_DATE)
        elif dates.bad[i]:
            problem = Problem(row_number, date_header, date_texts[i], BAD_DATE)
        if problem is not None:
            bad_rows += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(problem)
            continue
        keep.append(i)
        scores.append(int(number))
    if problems:
        raise _refuse(source, problems, bad_rows)

    by_code, by_phone, by_email = store.customer_keys(conn)
    occurrences: Counter = Counter()
    prepared: list[tuple] = []
    for i, score in zip(keep, scores, strict=True):
        customer = ((codes[i] and by_code.get(codes[i])) or (phones[i] and by_phone.get(phones[i]))
                    or (emails[i] and by_email.get(emails[i])) or None)
        who = codes[i] or phones[i] or emails[i] or fold(names[i] or "")
        comment = nfc(comments[i] or "")
        parts = (int(dates.seconds[i]), score, fold(comment), who)
        occurrences[parts] += 1
        prepared.append((int(dates.seconds[i]), customer, score, comment,
                         _word_key(channels[i], _CHANNEL_WORDS, default_channel),
                         _word_key(sources_[i], _SOURCE_WORDS, default_source), _row_key(parts, occurrences[parts])))
        if customer:
            summary.matched_customers += 1
        else:
            summary.without_customer += 1
    existing = store.existing_import_keys(conn, [row[-1] for row in prepared])
    new_rows = [row for row in prepared if row[-1] not in existing]
    summary.duplicates = len(prepared) - len(new_rows)
    summary.added = len(new_rows)
    summary.added_keys = [row[-1] for row in new_rows]
    if dry_run or not new_rows:
        return summary
    with db.transaction(conn):
        store.insert_responses(conn, new_rows)
    return summary


def remove_imported(conn: sqlite3.Connection, keys: list[int]) -> Written[list[dict[str, Any]]]:
    """Undo of an import: deletes the answers it added (`FeedbackImportSummary.added_keys`) that are
    still there, with their tags, and returns them as they were, for `put_back_imported`. Follow-up
    statuses stay (they are keyed by the answer's id, which a redo gives back)."""
    records = [r for r in (store.get_response(conn, i) for i in store.response_ids_with_import_keys(conn, keys))
               if r is not None]
    with db.transaction(conn):
        for record in records:
            store.delete_response(conn, record["id"])
    return Written(records, _answers_changed(records))


def put_back_imported(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> Changes:
    """Redo of an undone import: the answers `remove_imported` returned, under their old ids and keys."""
    from app.services.feedback.responses import restore_response

    with db.transaction(conn):
        for record in records:
            restore_response(conn, record)
    return _answers_changed(records)


def _answers_changed(records: list[dict[str, Any]]) -> Changes:
    customers = sorted({r["customer_id"] for r in records if r["customer_id"]})
    return Changes.of_customers(customers, feedback=True) if records else Changes()


def import_file(conn: sqlite3.Connection, path: str | Path, mapping: FeedbackMapping | None = None, **options) -> FeedbackImportSummary:
    """open_source + guess_mapping (unless given) + import_answers."""
    from app.services.importing import open_source

    source = open_source(path)
    return import_answers(conn, source, mapping or guess_mapping(source), **options)
