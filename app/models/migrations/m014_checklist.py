"""The Checklist: `checklist_items` holds the owner's answers to the built-in items (keyed by the
item's key, a row only once the owner changed something) and the owner's own items (key 'own.<id>',
with their title); `checklist_history` every change of an item's fields; `checklist_quiz_results` each
customer-focus quiz taken; `swot_items` the SWOT board's four lists."""

SQL = """
CREATE TABLE checklist_items (
    id            INTEGER PRIMARY KEY,
    key           TEXT UNIQUE,                 -- built-in: 'act_now.6'...; own items: 'own.<id>'
    title         TEXT NOT NULL DEFAULT '',    -- own items only (built-in titles live in the code)
    section       TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'not_started'
                  CHECK (status IN ('not_started', 'in_progress', 'done', 'not_relevant')),
    notes         TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT '',
    due_on        TEXT,                        -- YYYY-MM-DD
    done_on       TEXT,                        -- YYYY-MM-DD
    repeat_months INTEGER,                     -- own recurring items (built-in ones: in the code)
    position      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE checklist_history (
    id         INTEGER PRIMARY KEY,
    item_key   TEXT NOT NULL,
    changed_on TEXT NOT NULL,                  -- YYYY-MM-DD
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX checklist_history_item ON checklist_history(item_key);
CREATE TABLE checklist_quiz_results (
    id       INTEGER PRIMARY KEY,
    taken_on TEXT NOT NULL,                    -- YYYY-MM-DD
    score    INTEGER NOT NULL,
    out_of   INTEGER NOT NULL,
    answers  TEXT NOT NULL DEFAULT '{}'        -- JSON: question key -> answer index
);
CREATE TABLE swot_items (
    id       INTEGER PRIMARY KEY,
    quadrant TEXT NOT NULL CHECK (quadrant IN ('strengths', 'weaknesses', 'opportunities', 'threats')),
    text     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
