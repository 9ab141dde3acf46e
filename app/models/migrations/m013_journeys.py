"""Journey maps: `journeys` holds each map as its versioned JSON document (app.services.journey.io) with
the columns the lists need (title, position, review date, times); `journey_templates` the maps the owner
saved as templates. The document is one value on purpose: a map is edited and exported as a whole, and
the JSON is the same text as the exported file, so nothing is lost between them."""

SQL = """
CREATE TABLE journeys (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    document    TEXT NOT NULL,             -- JSON, format "regulars-journey"
    position    INTEGER NOT NULL DEFAULT 0,
    reviewed_on TEXT,                      -- YYYY-MM-DD, copied from the document for the lists
    created_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
CREATE TABLE journey_templates (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    document TEXT NOT NULL
);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
