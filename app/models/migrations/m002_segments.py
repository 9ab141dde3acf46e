"""Schema version 2: the segments figures. `customer_segments` holds each customer's RFM figures, named
segment and value tier as of the default reference date; `segment_snapshots` each customer's segment at
the end of every complete month; `saved_segments` the owner's hand-made segments (rules as JSON);
`segment_targets` the target choice per segment (mark, value proposition, unique selling points)."""

SQL = """
CREATE TABLE customer_segments (
    customer_id  INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    recency_days INTEGER NOT NULL,
    frequency    INTEGER NOT NULL,
    monetary     INTEGER NOT NULL,          -- thousandths
    r            INTEGER NOT NULL,
    f            INTEGER NOT NULL,
    m            INTEGER NOT NULL,
    segment      TEXT NOT NULL,             -- key, e.g. 'champions'
    tier         TEXT NOT NULL,             -- key, e.g. 'vip'
    at_risk      INTEGER NOT NULL DEFAULT 0
);

-- Deleting a customer deletes their snapshots through the trigger below rather than a foreign key:
-- a foreign key is checked on every insert, which doubled the time to write a month's snapshot.
CREATE TABLE segment_snapshots (
    month       INTEGER NOT NULL,           -- yyyymm: the segment at the end of that month
    customer_id INTEGER NOT NULL,
    segment     TEXT NOT NULL,
    PRIMARY KEY (month, customer_id)
) WITHOUT ROWID;
CREATE INDEX segment_snapshots_customer ON segment_snapshots(customer_id);
CREATE TRIGGER segment_snapshots_forget_customer AFTER DELETE ON customers
BEGIN DELETE FROM segment_snapshots WHERE customer_id = OLD.id; END;

-- One row per stored snapshot month: a summary of the customer_months rows of that month (`source`),
-- so a refresh finds the earliest month whose data changed, and a digest of the snapshot's content,
-- so it rewrites only the months whose segments changed.
CREATE TABLE segment_snapshot_months (
    month     INTEGER PRIMARY KEY,
    customers INTEGER NOT NULL,
    source    TEXT NOT NULL,
    digest    TEXT NOT NULL
);

CREATE TABLE saved_segments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    rules      TEXT NOT NULL,               -- JSON, see docs/segments.md
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE segment_targets (
    segment_ref       TEXT PRIMARY KEY,     -- 'rfm:champions', 'tier:vip', 'saved:3', ...
    is_target         INTEGER NOT NULL DEFAULT 0,
    value_proposition TEXT NOT NULL DEFAULT '',
    selling_points    TEXT NOT NULL DEFAULT '',
    updated_at        TEXT
);
"""


def apply(conn) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
