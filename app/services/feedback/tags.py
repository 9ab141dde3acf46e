"""Tags on answers: the owner's own tags (each with optional keywords), tags suggested from keywords in
Vietnamese and English, and the themes view (the most frequent tags among detractors and promoters).

Keywords match accent- and case-insensitively on whole words: comments and keywords are both folded
(`app.models.text.fold`: "giao hàng chậm" reads "giao hang cham"), so "giao hang cham" typed without
accents matches a comment written with them and the other way round; "đạt" (fine) is not "đắt" only
when the keywords say so ("hoi dat" rather than "dat").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.models import db
from app.models import feedback as store
from app.models.text import fold, nfc
from app.services.changes import Changes, Written
from app.services.errors import UserError

Translate = Callable[[str, str], str]


def identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Theme:
    """A built-in suggestion: an English name (context "FeedbackTheme") and folded keywords, VI and EN."""

    key: str
    name: str
    keywords: tuple[str, ...]


THEMES: tuple[Theme, ...] = (
    Theme("slow_delivery", QT_TRANSLATE_NOOP("FeedbackTheme", "Slow delivery"), (
        "giao hang cham", "giao cham", "ship cham", "giao hang lau", "giao tre", "cho giao", "slow delivery",
        "late delivery", "delivery was late", "arrived late", "delivery took")),
    Theme("waiting", QT_TRANSLATE_NOOP("FeedbackTheme", "Long wait"), (
        "cho lau", "doi lau", "phai cho", "xep hang", "dong nguoi", "long wait", "waited", "queue", "slow service")),
    Theme("price", QT_TRANSLATE_NOOP("FeedbackTheme", "Price"), (
        "hoi dat", "gia cao", "dat qua", "gia hoi cao", "mac", "tang gia", "expensive", "pricey", "overpriced",
        "too costly", "price")),
    Theme("staff", QT_TRANSLATE_NOOP("FeedbackTheme", "Friendly staff"), (
        "nhan vien than thien", "nhiet tinh", "de thuong", "chu dao", "vui ve", "friendly", "helpful",
        "kind staff", "lovely staff")),
    Theme("rude", QT_TRANSLATE_NOOP("FeedbackTheme", "Unfriendly service"), (
        "thai do", "kho chiu", "cau co", "tho lo", "khong nhiet tinh", "rude", "unfriendly", "impolite")),
    Theme("taste", QT_TRANSLATE_NOOP("FeedbackTheme", "Tasty products"), (
        "ngon", "thom", "tuoi", "vua mieng", "delicious", "tasty", "fresh", "great taste")),
    Theme("quality", QT_TRANSLATE_NOOP("FeedbackTheme", "Quality problem"), (
        "khong ngon", "bi hu", "hu hong", "bi chua", "nhat", "ngot qua", "stale", "not fresh", "tasteless",
        "too sweet", "broken", "spoiled")),
    Theme("packaging", QT_TRANSLATE_NOOP("FeedbackTheme", "Packaging"), (
        "dong goi", "bao bi", "do ra", "bi do", "mop", "packaging", "spilled", "leaked", "damaged box")),
    Theme("place", QT_TRANSLATE_NOOP("FeedbackTheme", "Shop and atmosphere"), (
        "khong gian", "sach se", "dep", "yen tinh", "cho ngoi", "atmosphere", "cozy", "clean", "quiet")),
    Theme("wrong_order", QT_TRANSLATE_NOOP("FeedbackTheme", "Wrong or missing item"), (
        "giao nham", "thieu mon", "sai mon", "nham don", "wrong order", "missing item", "wrong item")),
)


def _pattern(keywords: Iterable[str]) -> re.Pattern | None:
    words = sorted({fold(k) for k in keywords if fold(k)}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![0-9a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![0-9a-z])")


_THEME_PATTERNS: list[tuple[Theme, re.Pattern]] = []
for _theme in THEMES:
    _found = _pattern(_theme.keywords)
    if _found is not None:
        _THEME_PATTERNS.append((_theme, _found))


def split_keywords(text: str) -> list[str]:
    return [k.strip() for k in re.split(r"[,;\n]", text or "") if k.strip()]


def suggest_tags(comment: str, owner_tags: Iterable[tuple[int, str, str]] = (), translate: Translate = identity) -> list[str]:
    """The tag names a comment suggests: the owner's tags whose name or keywords appear in it, then the
    built-in themes (named through `translate`) not already among them."""
    folded = fold(comment)
    if not folded:
        return []
    found: list[str] = []
    seen: set[str] = set()
    for _tag, name, keywords in owner_tags:
        pattern = _pattern([name, *split_keywords(keywords)])
        if pattern is not None and pattern.search(folded) and fold(name) not in seen:
            found.append(name)
            seen.add(fold(name))
    matched = {theme.key for theme, pattern in _THEME_PATTERNS if pattern.search(folded)}
    # a negated compliment is a complaint: "không ngon" (not tasty), "không nhiệt tình" (not helpful)
    for complaint, compliment in (("quality", "taste"), ("rude", "staff")):
        if complaint in matched:
            matched.discard(compliment)
    for theme, pattern in _THEME_PATTERNS:
        if theme.key not in matched or any(pattern.search(name) for name in seen):
            continue  # an owner tag named with this theme's words (e.g. "Giao hàng chậm") stands for it
        name = translate("FeedbackTheme", theme.name)
        if fold(name) not in seen:
            found.append(name)
            seen.add(fold(name))
    return found


def clean_tag_name(name: str) -> str:
    cleaned = " ".join(nfc(name).split())
    if not cleaned:
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "A tag needs a name."), context="Feedback")
    if len(cleaned) > 60:
        raise UserError(QT_TRANSLATE_NOOP("Feedback", "A tag name can have at most 60 characters."), context="Feedback")
    return cleaned


def tag_ids(conn: sqlite3.Connection, names: Iterable[str]) -> list[int]:
    """The ids of these tags, creating the missing ones (call inside a transaction)."""
    ids = []
    for name in names:
        tag, _created = store.ensure_tag(conn, clean_tag_name(name))
        if tag not in ids:
            ids.append(tag)
    return ids


def save_tag(conn: sqlite3.Connection, name: str, keywords: str = "") -> Written[int]:
    """Creates the tag (or sets the keywords of the one with that name); its id is the value."""
    with db.transaction(conn):
        tag, _created = store.ensure_tag(conn, clean_tag_name(name), nfc(keywords))
        store.set_tag_keywords(conn, tag, nfc(keywords))
    return Written(tag, Changes(feedback=True))


def delete_tag(conn: sqlite3.Connection, tag: int) -> Changes:
    """Deletes the tag (the answers keep their comments; they lose this tag)."""
    with db.transaction(conn):
        store.delete_tag(conn, tag)
    return Changes(feedback=True)


def tag_untagged(conn: sqlite3.Connection, translate: Translate = identity) -> Written[int]:
    """Tags every untagged comment with its suggested tags; the value is how many answers got tags."""
    owner = store.tags(conn)
    tagged = 0
    with db.transaction(conn):
        for response_id, comment in store.untagged_comments(conn):
            names = suggest_tags(comment, owner, translate)
            if names:
                store.set_response_tags(conn, response_id, tag_ids(conn, names))
                tagged += 1
    return Written(tagged, Changes(feedback=True) if tagged else Changes())


@dataclass(frozen=True)
class ThemeCount:
    tag_id: int
    name: str
    responses: int
    share: float  # of the group's answers, 0-1


@dataclass(frozen=True)
class Themes:
    detractors: list[ThemeCount]
    promoters: list[ThemeCount]


def themes(conn: sqlite3.Connection, limit: int = 10) -> Themes:
    """The most frequent tags among detractors (0-6) and among promoters (9-10)."""
    def group(low: int, high: int) -> list[ThemeCount]:
        total = store.count_in_range(conn, low, high)
        return [ThemeCount(tag, name, n, n / total if total else 0.0)
                for tag, name, n in store.tag_counts(conn, low, high)[:limit]]

    return Themes(group(0, 6), group(9, 10))
