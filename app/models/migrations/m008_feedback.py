"""Feedback and NPS (issue 13): the customers' answers (score 0-10, comment, channel, source), the
owner's tags on them, and the follow-up list's statuses. Only these tables; nothing else changes.

- `feedback_responses.answered_at` is seconds in the shop's local time, like `sales.sold_at`; an
  answer may have no customer (a paper card handed in anonymously). `import_key` is a stable hash of an
  imported row (its content and occurrence number in the file), so re-importing a file adds nothing.
- Deleting a customer deletes their answers and follow-ups (they are personal data).
- `feedback_followups` keeps what the owner did about one follow-up: `kind` 'detractor' or 'promoter'
  (ref = the response id) or 'large_purchase' (ref = the invoice); a candidate without a row is "to do".
"""

SQL = """
CREATE TABLE feedback_responses (
    id          INTEGER PRIMARY KEY,
    answered_at INTEGER NOT NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment     TEXT NOT NULL DEFAULT '',
    channel     TEXT NOT NULL DEFAULT 'in_store',
    source      TEXT NOT NULL DEFAULT 'survey',
    import_key  INTEGER,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
-- covers the counts per customer (score) and finds each customer's newest answer
CREATE INDEX feedback_responses_customer ON feedback_responses(customer_id, answered_at, score);
-- covers the counts per day, and per channel, read in index order with no sort
CREATE INDEX feedback_responses_time ON feedback_responses(answered_at, score);
CREATE INDEX feedback_responses_channel ON feedback_responses(channel, score);
CREATE UNIQUE INDEX feedback_responses_import_key ON feedback_responses(import_key) WHERE import_key IS NOT NULL;

CREATE TABLE feedback_tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    keywords TEXT NOT NULL DEFAULT ''
);

CREATE TABLE feedback_response_tags (
    response_id INTEGER NOT NULL REFERENCES feedback_responses(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES feedback_tags(id) ON DELETE CASCADE,
    PRIMARY KEY (response_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX feedback_response_tags_tag ON feedback_response_tags(tag_id);

CREATE TABLE feedback_followups (
    kind        TEXT NOT NULL,
    ref         TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'contacted', 'resolved')),
    note        TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (kind, ref)
) WITHOUT ROWID;
CREATE INDEX feedback_followups_customer ON feedback_followups(customer_id);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
