"""Atomicity, pinned at every step: a cancel or an error at each point where an import reports
progress or checks for a cancel (including every batch of the write, which is made to write in
batches of two lines here) leaves the shop byte-for-byte equivalent: the same `iterdump`."""

from __future__ import annotations

import shutil

import pytest

from app.models import db, sales
from app.services import importing
from app.services.importing import ImportCancelled
from tests.importing.conftest import run, write_xlsx

HEADER = ["Mã hóa đơn", "Thời gian", "Mã khách hàng", "Tên khách hàng", "Trạng thái", "Mã hàng", "Tên hàng",
          "Số lượng", "Đơn giá", "Thành tiền"]
FIRST = [["HD001", "15/01/2024 09:30", "KH01", "An", "Hoàn thành", "SP1", "Trà", 2, 150000, 300000],
         ["HD001", "15/01/2024 09:30", "KH01", "An", "Hoàn thành", "SP2", "Bánh", 1, 45000, 45000],
         ["HD002", "16/01/2024 10:00", "KH02", "Bình", "Hoàn thành", "SP1", "Trà", 1, 150000, 150000]]
# the later export: HD001 cancelled (removes stored lines), new lines and new customers, in many batches
LATER = [["HD001", "15/01/2024 09:30", "KH01", "An", "Đã hủy", "SP1", "Trà", 2, 150000, 300000],
         *[[f"HD1{i:02d}", f"{1 + i % 27:02d}/02/2024 10:00", f"KH{10 + i % 6}", f"Khách {i % 6}", "Hoàn thành",
            f"SP{i % 4}", "Trà", 1 + i % 3, 20000, 20000 * (1 + i % 3)] for i in range(13)]]


def dump(path) -> list[str]:
    conn = db.connect(path, read_only=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def prepared(tmp_path, empty_shop, monkeypatch):
    """The shop after a first import (pristine copy kept), the later file, and a write in batches of 2."""
    run(empty_shop, write_xlsx(tmp_path / "jan.xlsx", {"Hóa đơn": [HEADER, *FIRST]}))
    importing.wait_for_checkpoints()
    pristine = tmp_path / "pristine.regulars"
    conn = db.connect(empty_shop)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(empty_shop, pristine)
    later = write_xlsx(tmp_path / "feb.xlsx", {"Hóa đơn": [HEADER, *LATER]})
    real_insert = sales.insert_columns
    batches: list[int] = []  # lines written after each batch; a batch number in `fail_after` raises there
    fail_after: list[int] = []

    def after_each(after, done: int) -> None:
        batches.append(done)
        if len(batches) in fail_after:
            raise OSError(28, "No space left on device")
        if after is not None:
            after(done)

    def small_batches(*args, **kwargs):
        kwargs["batch_rows"] = 2
        after = kwargs.get("after_batch")
        kwargs["after_batch"] = lambda done: after_each(after, done)
        return real_insert(*args, **kwargs)

    small_batches.fail_after = fail_after

    monkeypatch.setattr(sales, "insert_columns", small_batches)
    return empty_shop, pristine, later, batches


def _restore(shop, pristine) -> None:
    for suffix in ("-wal", "-shm"):
        shop.with_name(shop.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(pristine, shop)


def _attempt(shop, later, *, cancel_at=None, fail_at=None):
    """Runs the import; the n-th cancel check answers yes (cancel_at) or the n-th progress report
    raises (fail_at). Returns (checks made, progress values seen, finished)."""
    checks, seen = [], []

    def cancelled() -> bool:
        checks.append(1)
        return cancel_at is not None and len(checks) >= cancel_at

    def progress(done, total, message) -> None:
        seen.append(done)
        if fail_at is not None and len(seen) >= fail_at:
            raise RuntimeError("disk trouble")

    source = importing.open_source(later)
    try:
        importing.run_import(shop, source, importing.guess_mapping(source), progress=progress, cancelled=cancelled)
    except (ImportCancelled, RuntimeError, OSError):
        importing.wait_for_checkpoints()
        return len(checks), seen, False
    importing.wait_for_checkpoints()
    return len(checks), seen, True


WRITE_STARTS = 650  # progress value from which the import writes (app.services.importing.runner)


def test_the_full_import_writes_in_several_batches(prepared):
    shop, _pristine, later, batches = prepared
    before = dump(shop)
    checks, seen, finished = _attempt(shop, later)
    assert finished and dump(shop) != before
    assert len(batches) >= 6  # 13 new lines, 2 per batch
    assert checks > 10 and max(seen) == 1000


def test_a_cancel_at_every_check_leaves_the_same_dump(prepared):
    shop, pristine, later, batches = prepared
    before = dump(shop)
    total, _seen, _ = _attempt(shop, later)
    _restore(shop, pristine)
    during_write = 0
    for n in range(1, total + 1):
        batches.clear()
        checks, seen, finished = _attempt(shop, later, cancel_at=n)
        if finished:  # past the last check that can still cancel (after the commit)
            _restore(shop, pristine)
            continue
        during_write += bool(seen) and max(seen) >= WRITE_STARTS
        assert dump(shop) == before, f"cancelled at check {n}"
        if batches:
            during_write += 1
    assert during_write >= 5  # cancels really happened while the import was writing, between batches


def test_an_error_at_every_progress_report_leaves_the_same_dump(prepared):
    shop, pristine, later, batches = prepared
    before = dump(shop)
    _checks, all_seen, _ = _attempt(shop, later)
    _restore(shop, pristine)
    in_batches = 0
    for n in range(1, len(all_seen) + 1):
        batches.clear()
        _checks, seen, finished = _attempt(shop, later, fail_at=n)
        if finished or seen[-1] == 1000:  # the last report comes after the commit: the import is whole
            assert any(line.startswith('INSERT INTO "imports"') and "feb.xlsx" in line for line in dump(shop))
            _restore(shop, pristine)
            continue
        in_batches += len(batches) > 0
        assert dump(shop) == before, f"failed at progress report {n} ({seen[-1]})"
    assert in_batches >= 1


def test_a_failure_after_each_batch_of_the_write_leaves_the_same_dump(prepared):
    shop, pristine, later, batches = prepared
    before = dump(shop)
    _attempt(shop, later)
    count = len(batches)
    _restore(shop, pristine)
    fail_after = sales.insert_columns.fail_after
    for n in range(1, count + 1):
        batches.clear()
        fail_after[:] = [n]
        _checks, _seen, finished = _attempt(shop, later)
        assert not finished and len(batches) == n
        assert dump(shop) == before, f"failed after batch {n}"
