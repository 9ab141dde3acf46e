"""Segment movement: each customer's RFM segment at the end of every complete month, computed from
`customer_months` as of that month end with the same scoring as the live figures (so a snapshot is
what the tab would have shown that day), stored as one blob per month on `segment_snapshot_months`
(customer ids as int64, then their segment codes as int8, in id order), and the matrix of how many
customers moved between segments from one snapshot to the next (or to the live figures).

Refreshing is incremental: every writer of customer_months marks the earliest month it changed
(`app.models.aggregates.mark_changed`), and only the months from there (or from a month not
yet stored, or stored with other settings) are recomputed, starting from the cumulative figures kept
with the latest snapshot when they still hold; a month is rewritten only when its segments changed.
After an import of the latest month that is one month of work: a few ms for 6,000 customers."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass

import numpy as np

from app.models import aggregates, db
from app.models import segments as store
from app.models.units import SECONDS_PER_DAY, date_to_day, day_to_date
from app.services.segments import scoring
from app.services.segments.config import SegmentSettings
from app.services.segments.definitions import SEGMENT_KEYS
from app.services.segments.figures import int_matrix

NONE = "none"  # not (yet) a customer at that date
MOVEMENT_KEYS: tuple[str, ...] = (*SEGMENT_KEYS, NONE)
_CODES = {key: i for i, key in enumerate(SEGMENT_KEYS)}
_CODE_GRID = np.array([[_CODES[key] for key in row] for row in scoring.GRID], dtype=np.int8)  # [r-1, f-1]


def encode_members(ids: np.ndarray, codes: np.ndarray) -> bytes:
    """A snapshot month's members blob: ids (sorted) as int64, then their segment codes as int8."""
    return ids.astype("<i8").tobytes() + codes.astype(np.int8).tobytes()


def decode_members(blob: bytes | None) -> dict[int, str]:
    """customer id -> segment key, from a members blob (empty when None)."""
    if not blob:
        return {}
    count = len(blob) // 9
    ids = np.frombuffer(blob, dtype="<i8", count=count)
    codes = np.frombuffer(blob, dtype=np.int8, offset=8 * count)
    return dict(zip(ids.tolist(), [SEGMENT_KEYS[c] for c in codes.tolist()], strict=True))


def snapshot(conn: sqlite3.Connection, month: int) -> dict[int, str]:
    """customer id -> RFM segment key at the end of `month` (empty when the month is not stored)."""
    return decode_members(store.snapshot_members(conn, month))


def _month_index(month: int) -> int:
    return (month // 100) * 12 + month % 100 - 1


def _month_of(index: int) -> int:
    return (index // 12) * 100 + index % 12 + 1


def month_end(month: int) -> dt.date:
    following = _month_of(_month_index(month) + 1)
    return dt.date(following // 100, following % 100, 1) - dt.timedelta(days=1)


def complete_months(first_month: int, as_of: dt.date) -> list[int]:
    """The months from `first_month` whose last day is before the reference date."""
    last = _month_index(as_of.year * 100 + as_of.month) - 1
    return [_month_of(i) for i in range(_month_index(first_month), last + 1)]


def refresh_snapshots(conn: sqlite3.Connection, settings_json: str | None = None, *, state: str | None = None) -> int:
    """Brings the stored snapshots up to date; returns how many months were rewritten. Does nothing
    on a read-only connection (movement then shows the snapshots as they were stored). `state`:
    the data_state the caller just read, if any."""
    from app.services.segments.figures import data_state

    settings_json = store.get_settings_json(conn) if settings_json is None else settings_json
    if state is None:
        state = data_state(conn, settings_json)  # a cheap check first: nothing changed, nothing to do
    if store.get_snapshots_state(conn) == state:
        return 0
    try:
        with db.transaction(conn):
            written = _refresh(conn, settings_json)
            store.put_snapshots_state(conn, state)
            return written
    except sqlite3.OperationalError as exc:
        if store.is_read_only_error(exc):
            return 0
        raise


def refresh_all(conn: sqlite3.Connection) -> int:
    """The stored figures and the snapshots brought up to date together, in one transaction (one
    commit instead of two): what follows an import. Returns how many snapshot months were
    rewritten. On a read-only connection, the figures only (0)."""
    from app.services.segments.figures import data_state, ensure_fresh

    try:
        with db.transaction(conn):
            settings_json = store.get_settings_json(conn)
            state = data_state(conn, settings_json)  # the same for both: read once
            ensure_fresh(conn, state=state)
            return refresh_snapshots(conn, settings_json, state=state)
    except sqlite3.OperationalError as exc:
        if not store.is_read_only_error(exc):
            raise
        ensure_fresh(conn)
        return 0


def _refresh(conn: sqlite3.Connection, settings_json: str) -> int:
    settings = SegmentSettings.from_json(settings_json)
    tag = hashlib.blake2b(settings_json.encode(), digest_size=8).hexdigest()
    last_time, first_time = store.last_purchase_time(conn), store.first_purchase_time(conn)
    changed_from = aggregates.months_changed_from(conn)
    aggregates.clear_months_changed(conn)
    index = store.snapshot_index(conn)
    if last_time is None or first_time is None:
        store.delete_snapshots(conn, list(index))
        return 0
    first = day_to_date(first_time // SECONDS_PER_DAY)
    as_of = day_to_date(last_time // SECONDS_PER_DAY + 1)
    months = complete_months(first.year * 100 + first.month, as_of)
    complete = set(months)
    store.delete_snapshots(conn, [m for m in index if m not in complete])
    changed = [m for m in months if index.get(m, ("",))[0] != tag or (changed_from is not None and m >= changed_from)]
    if not changed:
        if months:
            _keep_state_with(conn, months[-1])
        return 0
    start = changed[0]  # every later snapshot depends on this month's data too
    net = settings.returns_count
    ids, invoices, revenue, last = _cumulative_before(conn, start, tag, index, changed_from, net)
    tail = int_matrix(store.customer_months(conn, start, less_returns=net), 5)
    tail_ids = tail[:, 0]
    found = np.searchsorted(ids, tail_ids)
    present = found < len(ids)
    present[present] = ids[found[present]] == tail_ids[present]
    if not present.all():  # customers whose first purchase is in the recomputed months
        known = np.concatenate([ids, np.unique(tail_ids[~present])])
        known.sort()
        grown = [np.zeros(len(known), dtype=np.int64) for _ in range(2)] + [np.full(len(known), -1, dtype=np.int64)]
        pos = np.searchsorted(known, ids)
        for new, old in zip(grown, (invoices, revenue, last), strict=True):
            new[pos] = old
        ids, (invoices, revenue, last) = known, grown
    tail_pos = np.searchsorted(ids, tail_ids)
    tail_month, tail_inv, tail_rev, tail_last = tail[:, 1], tail[:, 2], tail[:, 3], tail[:, 4]
    first_day = first_time // SECONDS_PER_DAY
    written = 0
    todo = months[months.index(start):]
    for month in todo:
        this = tail_month == month  # one row per customer and month, so plain fancy indexing adds up
        p = tail_pos[this]
        invoices[p] += tail_inv[this]
        revenue[p] += tail_rev[this]
        last[p] = np.maximum(last[p], tail_last[this])
        active = (invoices > 0) & (last >= 0)
        as_of_day = date_to_day(month_end(month)) + 1
        scores = scoring.rfm_scores(ids[active], as_of_day - last[active] // SECONDS_PER_DAY, invoices[active],
                                    np.maximum(revenue[active], 0), as_of_day - first_day, settings)
        members = encode_members(ids[active], _CODE_GRID[scores.r - 1, scores.f - 1])
        digest = hashlib.blake2b(members, digest_size=16).hexdigest()
        if index.get(month, ("", ""))[1] == digest:
            store.put_snapshot_month(conn, month, int(active.sum()), tag, digest)
            continue
        store.put_snapshot_month(conn, month, int(active.sum()), tag, digest, members)
        written += 1
    _put_state(conn, todo[-1], ids, invoices, revenue, last)
    return written


def _put_state(conn: sqlite3.Connection, month: int, ids: np.ndarray, invoices: np.ndarray, revenue: np.ndarray,
               last: np.ndarray) -> None:
    active = (invoices > 0) | (revenue != 0)  # returns before a first purchase count once it comes
    store.put_snapshot_state(conn, month, np.stack([ids[active], invoices[active], revenue[active], last[active]]).tobytes())


def _keep_state_with(conn: sqlite3.Connection, month: int) -> None:
    """Makes sure the latest snapshot month keeps the cumulative figures (they went with a month that
    is no longer complete, after an import was undone), so that the next import of a month is quick."""
    kept = store.snapshot_state(conn)
    if kept is not None and kept[0] == month:
        return
    net = SegmentSettings.from_json(store.get_settings_json(conn)).returns_count
    _put_state(conn, month, *_summed_before(conn, _month_of(_month_index(month) + 1), net))


def _cumulative_before(conn: sqlite3.Connection, start: int, tag: str, index: dict[int, tuple[str, str]],
                       changed_from: int | None, net: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each customer's invoices, revenue and last purchase over the months before `start` (sorted
    ids): from the state kept with the previous snapshot month when it still holds, else summed."""
    previous = _month_of(_month_index(start) - 1)
    kept = store.snapshot_state(conn)
    if (kept is not None and kept[0] == previous and index.get(previous, ("",))[0] == tag
            and (changed_from is None or changed_from > previous)):
        columns = np.frombuffer(kept[1], dtype=np.int64).reshape(4, -1).copy()
        return columns[0], columns[1], columns[2], columns[3]
    return _summed_before(conn, start, net)


def _summed_before(conn: sqlite3.Connection, month: int, net: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each customer's invoices, revenue (less returns when `net`) and last purchase over the months
    before `month`, summed from customer_months (ids sorted)."""
    rows = int_matrix(store.cumulative_months(conn, month, less_returns=net), 4)
    rows = rows[np.argsort(rows[:, 0])]
    return rows[:, 0].copy(), rows[:, 1].copy(), rows[:, 2].copy(), rows[:, 3].copy()


def snapshot_months(conn: sqlite3.Connection) -> list[int]:
    return store.snapshot_months(conn)


@dataclass
class Movement:
    from_month: int | None  # yyyymm
    to_month: int | str | None  # yyyymm or "current"
    keys: tuple[str, ...]  # segment keys + "none", the order of both axes
    counts: np.ndarray  # counts[from][to]
    moved: int  # customers whose segment changed (including new ones)
    stayed: int

    def ref(self, from_key: str, to_key: str) -> str:
        """The segment reference of one cell (its customers: segments.customer_ids)."""
        return f"moved:{self.from_month}:{self.to_month}:{from_key}:{to_key}"


def _segments_at(conn: sqlite3.Connection, month: int | str) -> dict[int, str]:
    if month == "current":
        from app.services.segments.figures import ensure_fresh

        ensure_fresh(conn)
        return dict(store.current_segments(conn))
    return snapshot(conn, int(month))


def movement(conn: sqlite3.Connection, from_month: int | None = None, to_month: int | str | None = None) -> Movement:
    """How many customers went from each segment to each other one between two snapshots (default:
    the last two; to_month="current" compares with the live figures)."""
    refresh_snapshots(conn)
    months = store.snapshot_months(conn)
    if to_month is None:
        to_month = months[-1] if months else None
    if from_month is None:
        earlier = [m for m in months if to_month == "current" or (to_month is not None and m < int(to_month))]
        from_month = earlier[-1] if earlier else None
    size = len(MOVEMENT_KEYS)
    counts = np.zeros((size, size), dtype=np.int64)
    if from_month is None or to_month is None:
        return Movement(from_month, to_month, MOVEMENT_KEYS, counts, 0, 0)
    before, after = _segments_at(conn, from_month), _segments_at(conn, to_month)
    code = {key: i for i, key in enumerate(MOVEMENT_KEYS)}
    for cid in before.keys() | after.keys():
        counts[code[before.get(cid, NONE)], code[after.get(cid, NONE)]] += 1
    stayed = int(np.trace(counts[:-1, :-1]))
    return Movement(from_month, to_month, MOVEMENT_KEYS, counts, int(counts.sum()) - stayed, stayed)


def moved_ids(conn: sqlite3.Connection, from_month: int, to_month: int | str, from_key: str, to_key: str) -> list[int]:
    before, after = _segments_at(conn, from_month), _segments_at(conn, to_month)
    return sorted(cid for cid in before.keys() | after.keys()
                  if before.get(cid, NONE) == from_key and after.get(cid, NONE) == to_key)
