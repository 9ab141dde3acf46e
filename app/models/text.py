"""Text normalisation shared by storage and search: Unicode NFC, and the accent-free lower-case
form used for searching ("Nguyễn Văn Đức" matches "nguyen van duc")."""

from __future__ import annotations

import unicodedata

_STRIP = dict.fromkeys(c for c in range(0x300, 0x370))  # combining diacritical marks


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold(text: str | None) -> str:
    """Lower case, no accents, đ -> d, single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.casefold()).translate(_STRIP)
    return " ".join(decomposed.replace("đ", "d").split())


def like_pattern(query: str) -> str:
    """A LIKE pattern (escape character '\\') that finds `query` anywhere, folded."""
    q = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"
