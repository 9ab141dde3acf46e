"""Schema versions. Each migration module has `apply(conn)`; migration N brings a file from
`user_version` N-1 to N. `migrate()` runs the pending ones in one transaction, so a file is either
fully at the new version or untouched. Add a migration as a new module at the end of MIGRATIONS;
never edit one that has shipped."""

from __future__ import annotations

import sqlite3

from app.models.migrations import (
    m001_initial,
    m002_segments,
    m003_customer_search,
    m004_snapshot_changes,
    m006_shop_settings,
    m007_personas,
    m008_feedback,
    m013_journeys,
    m014_checklist,
    m015_contacts_done,
)

MIGRATIONS = (m001_initial, m002_segments, m003_customer_search, m004_snapshot_changes, m006_shop_settings,
              m007_personas, m008_feedback, m013_journeys, m014_checklist,
              m015_contacts_done)
SCHEMA_VERSION = len(MIGRATIONS)


def pending(conn: sqlite3.Connection) -> int:
    """How many migrations this file still needs (negative: the file is newer than the app)."""
    return SCHEMA_VERSION - conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Runs the pending migrations atomically (sqlite-utils' `db.atomic()`); returns how many ran.

    sqlite_utils is imported here, not at module level: it imports pandas (~0.45 s), and this module is
    on the GUI start-up path, where migrations only run when a file is created or updated."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= SCHEMA_VERSION:
        return 0
    import logging
    import time

    import sqlite_utils

    started = time.perf_counter()

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    with db.atomic():
        for number in range(current + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[number - 1].apply(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    logging.getLogger(__name__).info("migrated from schema %d to %d in %.2f s", current, SCHEMA_VERSION,
                                     time.perf_counter() - started)
    return SCHEMA_VERSION - current
