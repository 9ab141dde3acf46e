"""Persona cards (issue 11): one row per persona. The owner's words are one JSON object (`fields`:
text fields as strings, list fields as lists of strings, see app.services.personas.fields), so a new
field needs no migration; the photo is stored in the shop file (the shop stays one file), already
checked and downscaled by app.services.personas.photos. `position` is the owner's order in the grid;
`segment_ref` names the linked segment as everywhere else ('rfm:champions', 'tier:vip', 'saved:3')."""

SQL = """
CREATE TABLE personas (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    segment_ref TEXT,
    fields      TEXT NOT NULL DEFAULT '{}',
    photo       BLOB,
    reviewed_on TEXT,                       -- yyyy-mm-dd: when the owner last marked it as reviewed
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX personas_position ON personas(position);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
