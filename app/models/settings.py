"""Business settings stored in the shop file: name, currency, locale, whether it holds demo data.
(Window geometry, recent files and language are per computer: they live in QSettings, in the UI.)"""

from __future__ import annotations

import sqlite3

DEFAULTS: dict[str, str] = {
    "shop_name": "",
    "currency": "VND",
    "locale": "vi_VN",
    "is_demo": "0",
}


def get(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else DEFAULTS.get(key, "")


def get_all(conn: sqlite3.Connection) -> dict[str, str]:
    values = dict(DEFAULTS)
    values.update(dict(conn.execute("SELECT key, value FROM settings")))
    return values


def put(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def put_many(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    for key, value in values.items():
        put(conn, key, value)
