"""All SQL of the Checklist: the owner's item rows, their history, the quiz results and the SWOT board
(tables from migration m014_checklist)."""

from __future__ import annotations

import sqlite3

ITEM_FIELDS = ("title", "section", "status", "notes", "owner", "due_on", "done_on", "repeat_months", "position")


def item_rows(conn: sqlite3.Connection) -> dict[str, dict]:
    """key -> the stored fields of every item the owner touched or added."""
    columns = ("key", *ITEM_FIELDS)
    return {row[0]: dict(zip(columns, row, strict=True)) for row in conn.execute(
        f"SELECT {', '.join(columns)} FROM checklist_items ORDER BY position, id")}


def upsert_item(conn: sqlite3.Connection, key: str, section: str, values: dict) -> None:
    unknown = set(values) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"unknown checklist fields {sorted(unknown)}")
    conn.execute("INSERT INTO checklist_items (key, section) VALUES (?, ?) ON CONFLICT(key) DO NOTHING", (key, section))
    if values:
        assignments = ", ".join(f"{name} = ?" for name in values)
        conn.execute(f"UPDATE checklist_items SET {assignments} WHERE key = ?", (*values.values(), key))


def insert_own_item(conn: sqlite3.Connection, title: str, section: str) -> str:
    position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM checklist_items").fetchone()[0]
    item_id = conn.execute("INSERT INTO checklist_items (title, section, position) VALUES (?, ?, ?)",
                           (title, section, position)).lastrowid
    key = f"own.{item_id}"
    conn.execute("UPDATE checklist_items SET key = ? WHERE id = ?", (key, item_id))
    return key


def delete_item(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM checklist_items WHERE key = ?", (key,))


def add_history(conn: sqlite3.Connection, rows: list[tuple[str, str, str, str | None, str | None]]) -> None:
    """rows of (item key, changed on, field, old value, new value)."""
    conn.executemany("INSERT INTO checklist_history (item_key, changed_on, field, old_value, new_value) "
                     "VALUES (?, ?, ?, ?, ?)", rows)


def history(conn: sqlite3.Connection, key: str | None = None) -> list[tuple[str, str, str, str | None, str | None]]:
    """(item key, changed on, field, old value, new value), oldest first; of one item or of all."""
    where, args = ("WHERE item_key = ?", (key,)) if key else ("", ())
    return conn.execute("SELECT item_key, changed_on, field, old_value, new_value FROM checklist_history "
                        f"{where} ORDER BY changed_on, id", args).fetchall()


def add_quiz_result(conn: sqlite3.Connection, taken_on: str, score: int, out_of: int, answers: str) -> int:
    return conn.execute("INSERT INTO checklist_quiz_results (taken_on, score, out_of, answers) VALUES (?, ?, ?, ?)",
                        (taken_on, score, out_of, answers)).lastrowid or 0


def quiz_results(conn: sqlite3.Connection) -> list[tuple[str, int, int, int]]:
    """(taken on, score, out of, id), oldest first."""
    return conn.execute("SELECT taken_on, score, out_of, id FROM checklist_quiz_results ORDER BY taken_on, id").fetchall()


def delete_quiz_result(conn: sqlite3.Connection, result_id: int) -> None:
    conn.execute("DELETE FROM checklist_quiz_results WHERE id = ?", (result_id,))


def swot_items(conn: sqlite3.Connection) -> list[tuple[int, str, str, int]]:
    return conn.execute("SELECT id, quadrant, text, position FROM swot_items ORDER BY quadrant, position, id").fetchall()


def insert_swot_item(conn: sqlite3.Connection, quadrant: str, text: str, position: int | None = None,
                     item_id: int | None = None) -> int:
    if position is None:
        position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM swot_items WHERE quadrant = ?",
                                (quadrant,)).fetchone()[0]
    cursor = conn.execute("INSERT INTO swot_items (id, quadrant, text, position) VALUES (?, ?, ?, ?)",
                          (item_id, quadrant, text, position))
    return cursor.lastrowid or 0


def move_swot_item(conn: sqlite3.Connection, item_id: int, quadrant: str, position: int) -> None:
    conn.execute("UPDATE swot_items SET quadrant = ?, position = ? WHERE id = ?", (quadrant, position, item_id))


def set_swot_text(conn: sqlite3.Connection, item_id: int, text: str) -> None:
    conn.execute("UPDATE swot_items SET text = ? WHERE id = ?", (text, item_id))


def delete_swot_item(conn: sqlite3.Connection, item_id: int) -> None:
    conn.execute("DELETE FROM swot_items WHERE id = ?", (item_id,))


def latest_import_day(conn: sqlite3.Connection) -> str | None:
    """YYYY-MM-DD of the latest sales import that finished and was not undone."""
    return conn.execute("SELECT MAX(substr(finished_at, 1, 10)) FROM imports WHERE kind = 'sales' "
                        "AND finished_at IS NOT NULL AND undone_at IS NULL").fetchone()[0]
