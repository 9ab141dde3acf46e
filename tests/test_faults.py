"""Faults give one sentence, never a traceback: every command answers a folder or a pipe given as a
file, a path inside a regular file, a name too long for the disk, a missing folder and a full disk
with one sentence on stderr and exit code 2, and leaves nothing half-written behind. Usage mistakes
are one sentence too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.services import backups
from app.services.demo import create_demo_shop

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "template.regulars"
    create_demo_shop(path, customers=40).close()
    return path


@pytest.fixture
def place(tmp_path, template):
    """A folder with a shop, a sales file with one bad row, a regular file, a folder and a pipe."""
    import shutil

    shutil.copyfile(template, tmp_path / "shop.regulars")
    (tmp_path / "sales.csv").write_text("Date,Customer,Amount\n2024-01-01,A,100000\n2024-01-02,B,x\n",
                                        encoding="utf-8")
    (tmp_path / "regular.txt").write_text("a file")
    (tmp_path / "folder").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
    return tmp_path


BAD_TARGETS = {
    "inside a file": "regular.txt/out.{ext}",
    "name too long": "x" * 300 + ".{ext}",
    "a folder": "folder",
    "a pipe": "pipe",
    "missing folder": "missing/out.{ext}",
}
SHOP_BAD_TARGETS = [kind for kind in BAD_TARGETS if kind != "missing folder"]  # a new shop makes its folder


def _one_sentence(err: str, command: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"regulars-cli {command}: ") and lines[0].endswith("."), err
    assert "Traceback" not in err and "usage:" not in err


def _run(capsys, *argv) -> tuple[int, str]:
    code = cli.main([str(a) for a in argv])
    return code, capsys.readouterr().err


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*")}


@pytest.mark.parametrize("kind", BAD_TARGETS)
def test_segments_csv_to_a_bad_place(place, capsys, kind):
    before = _names(place)
    code, err = _run(capsys, "segments", "--db", place / "shop.regulars", "--csv", place / BAD_TARGETS[kind].format(ext="csv"))
    assert code == 2
    _one_sentence(err, "segments")
    assert _names(place) == before


@pytest.mark.parametrize("kind", SHOP_BAD_TARGETS)
def test_demo_into_a_bad_place(place, capsys, kind):
    before = _names(place)
    code, err = _run(capsys, "demo", "--db", place / BAD_TARGETS[kind].format(ext="regulars"), "--customers", "5")
    assert code == 2
    _one_sentence(err, "demo")
    assert _names(place) == before


@pytest.mark.parametrize("kind", BAD_TARGETS)
def test_import_from_a_bad_file(place, capsys, kind):
    shop = place / "shop.regulars"
    before, size = _names(place), shop.stat().st_size
    code, err = _run(capsys, "import", place / BAD_TARGETS[kind].format(ext="csv"), "--db", shop)
    assert code == 2
    _one_sentence(err, "import")
    assert _names(place) == before and shop.stat().st_size == size


@pytest.mark.parametrize("kind", SHOP_BAD_TARGETS)
def test_import_into_a_bad_shop_path(place, capsys, kind):
    before = _names(place)
    code, err = _run(capsys, "import", place / "sales.csv", "--db", place / BAD_TARGETS[kind].format(ext="regulars"),
                     "--skip-bad-rows")
    assert code == 2
    _one_sentence(err, "import")
    assert _names(place) == before


@pytest.mark.parametrize("kind", BAD_TARGETS)
def test_rejected_rows_that_cannot_be_written_refuse_the_import_before_it_commits(place, capsys, kind):
    shop = place / "shop.regulars"
    from app.models import db

    conn = db.connect(shop, read_only=True)
    lines = conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    conn.close()
    code, err = _run(capsys, "import", place / "sales.csv", "--db", shop, "--skip-bad-rows",
                     "--rejected-rows", place / BAD_TARGETS[kind].format(ext="csv"))
    assert code == 2
    _one_sentence(err, "import")
    conn = db.connect(shop, read_only=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == lines
        assert conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0
    finally:
        conn.close()


def test_rejected_rows_failing_while_written_leave_the_shop_unchanged(place, capsys, monkeypatch):
    """A place that passes the checks but fails during the write (as a full disk would)."""
    from app.models import db
    from app.services.importing import runner

    shop = place / "shop.regulars"
    real_open = open

    def failing_open(path, *args, **kwargs):
        if str(path).endswith(".part") and "rejected" in str(path):
            raise OSError(28, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(runner, "open", failing_open, raising=False)
    code, err = _run(capsys, "import", place / "sales.csv", "--db", shop, "--skip-bad-rows", "--into-demo",
                     "--rejected-rows", place / "rejected.csv")  # the template is a demo shop
    assert code == 2 and "No space left" in err
    _one_sentence(err, "import")
    assert not list(place.glob("rejected*"))
    conn = db.connect(shop, read_only=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0
    finally:
        conn.close()


def test_an_import_that_fails_into_a_new_shop_leaves_no_empty_shop_file(place, capsys):
    (place / "empty.csv").write_text("Date,Customer,Amount\n", encoding="utf-8")
    code, err = _run(capsys, "import", place / "empty.csv", "--db", place / "new.regulars")
    assert code == 2
    _one_sentence(err, "import")
    assert not [p for p in place.iterdir() if p.name.startswith("new.regulars") and not p.name.endswith(".lock")]


@pytest.mark.parametrize("argv", [["segments"], [], ["demo", "--db", "x", "--customers", "many"], ["nope"],
                                  ["import", "--db", "x.regulars"]])
def test_usage_mistakes_are_one_sentence(capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("regulars-cli") and lines[0].endswith("--help)."), err
    assert "usage:" not in err


def _limited(limit: int, *argv) -> subprocess.CompletedProcess:
    """The command in a child process that cannot write files larger than `limit` bytes: writes fail
    as on a full disk."""
    script = ("import resource, runpy, signal, sys\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
              "sys.argv = ['app', *sys.argv[1:]]\n"
              "runpy.run_module('app', run_name='__main__')\n")
    return subprocess.run([sys.executable, "-c", script, *map(str, argv)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file size limits")
def test_a_full_disk_leaves_no_partial_demo_export_or_import(place):
    demo = _limited(300_000, "demo", "--db", place / "new.regulars")
    assert demo.returncode == 2
    _one_sentence(demo.stderr, "demo")
    assert not [p for p in place.iterdir() if p.name.startswith("new.regulars") and not p.name.endswith(".lock")]

    rows = "".join(f"2024-01-{i % 28 + 1:02d},C{i % 3000},{(i % 900 + 1) * 1000}\n" for i in range(20_000))
    (place / "big.csv").write_text("Date,Customer,Amount\n" + rows, encoding="utf-8")
    shop = place / "shop.regulars"
    size = shop.stat().st_size
    imported = _limited(size + 200_000, "import", place / "big.csv", "--db", shop)
    assert imported.returncode == 2
    _one_sentence(imported.stderr, "import")
    from app.models import db

    conn = db.connect(shop, read_only=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert all(backups.verify(b.path) for b in backups.list_backups(shop))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="permissions do not stop root")
def test_a_read_only_folder_and_an_unreadable_file(place, capsys):
    locked = place / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    secret = place / "secret.csv"
    secret.write_text("Date,Amount\n2024-01-01,1\n")
    secret.chmod(0)
    try:
        code, err = _run(capsys, "segments", "--db", place / "shop.regulars", "--csv", locked / "out.csv")
        assert code == 2 and "cannot be written" in err
        _one_sentence(err, "segments")
        code, err = _run(capsys, "import", secret, "--db", place / "shop.regulars")
        assert code == 2 and "cannot be read" in err
        _one_sentence(err, "import")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
        secret.chmod(0o644)


@pytest.mark.parametrize("kind", BAD_TARGETS)
def test_save_a_copy_and_exports_to_a_bad_place_say_one_sentence_and_leave_nothing(place, kind):
    from app.services import customer_data
    from app.services.errors import UserError
    from app.services.shop import open_shop
    from app.services.shop_copy import save_copy

    before = _names(place)
    shop = open_shop(place / "shop.regulars")
    try:
        before = _names(place)
        for write in (lambda: save_copy(shop.conn, shop.path, place / BAD_TARGETS[kind].format(ext="regulars")),
                      lambda: customer_data.write_table(place / BAD_TARGETS[kind].format(ext="csv"), ["A"], [[1]]),
                      lambda: customer_data.export_customer(shop.conn, 1, place / BAD_TARGETS[kind].format(ext="json"))):
            with pytest.raises(UserError) as caught:
                write()
            assert "\n" not in str(caught.value) and str(caught.value).endswith(".")
        assert _names(place) == before
    finally:
        shop.close()
    if kind == "a pipe":
        import stat

        assert stat.S_ISFIFO(os.stat(place / "pipe").st_mode)  # not replaced by a file


@pytest.mark.parametrize("kind", BAD_TARGETS)
def test_copy_and_backup_commands_to_a_bad_place(place, capsys, kind):
    before = _names(place)
    code, err = _run(capsys, "copy", "--db", place / "shop.regulars", place / BAD_TARGETS[kind].format(ext="regulars"))
    assert code == 2
    _one_sentence(err, "copy")
    code, err = _run(capsys, "backup", "--db", place / BAD_TARGETS[kind].format(ext="regulars"))
    assert code == 2
    _one_sentence(err, "backup")
    assert _names(place) == before


def test_backup_and_copy_commands_make_verified_files(place, capsys):
    assert _run(capsys, "backup", "--db", place / "shop.regulars")[0] == 0
    [made] = backups.list_backups(place / "shop.regulars")
    assert backups.verify(made.path)
    assert _run(capsys, "copy", "--db", place / "shop.regulars", place / "copy.regulars")[0] == 0
    assert backups.verify(place / "copy.regulars")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file size limits")
def test_a_full_disk_during_the_backup_and_copy_commands_leaves_no_partial_file(place):
    from app.models import db

    with db.connect(place / "shop.regulars") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (place / "shop.regulars").stat().st_size
    for argv, command in ((("backup", "--db", place / "shop.regulars"), "backup"),
                          (("copy", "--db", place / "shop.regulars", place / "copy.regulars"), "copy")):
        result = _limited(size // 2, *argv)
        assert result.returncode == 2, result.stderr
        _one_sentence(result.stderr, command)
    assert backups.list_backups(place / "shop.regulars") == []
    assert not [p for p in place.rglob("*") if ".writing" in p.name or p.name.startswith("copy")]
