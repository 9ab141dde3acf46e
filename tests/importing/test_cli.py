"""`python -m app import`: JSON summary and exit 0, one sentence and exit 2 with the shop unchanged,
several files checked before any is imported, a new shop file created when missing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.importing.conftest import snapshot, vn_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_import_creates_the_shop_and_prints_a_json_summary(tmp_path):
    shop = tmp_path / "new" / "shop.regulars"
    out = cli("import", write_csv(tmp_path / "a.csv", vn_rows()), "--db", shop, "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert {k: result[k] for k in ("rows_read", "lines_added", "duplicates_skipped", "rows_rejected",
                                   "customers_added")} == {"rows_read": 5, "lines_added": 5, "duplicates_skipped": 0,
                                                            "rows_rejected": 0, "customers_added": 2}
    assert result["elapsed_seconds"] > 0 and result["files"][0]["preset"] == "generic"
    stats = json.loads(cli("stats", "--db", shop, "--json").stdout)
    assert stats["sales_lines"] == 3 and stats["customers"] == 2  # purchases with a customer


def test_refused_file_exits_2_with_one_sentence_and_the_shop_unchanged(tmp_path):
    shop = tmp_path / "shop.regulars"
    assert cli("import", write_csv(tmp_path / "a.csv", vn_rows()[:3]), "--db", shop).returncode == 0
    before = snapshot(shop)
    rows = vn_rows()
    rows[2][9] = "lots"
    good = write_csv(tmp_path / "good.csv", [vn_rows()[0], vn_rows()[3]])
    out = cli("import", good, write_csv(tmp_path / "bad.csv", rows), "--db", shop, "--json")
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "row 3, column “Thành tiền”" in lines[0] and "Traceback" not in out.stderr
    assert snapshot(shop) == before  # the good file was not imported either


def test_skip_bad_rows_dry_run_and_mapping_options(tmp_path):
    shop = tmp_path / "shop.regulars"
    rows = vn_rows()
    rows[2][0] = "sometime"
    path = write_csv(tmp_path / "a.csv", rows)
    dry = json.loads(cli("import", path, "--db", shop, "--skip-bad-rows", "--dry-run", "--json").stdout)
    assert (dry["lines_added"], dry["rows_rejected"], dry["dry_run"]) == (4, 1, True)
    assert json.loads(cli("stats", "--db", shop, "--json").stdout)["all_lines"] == 0
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"date": "Ngày", "line_amount": "Thành tiền"}}), encoding="utf-8")
    out = cli("import", path, "--db", shop, "--skip-bad-rows", "--mapping", mapping, "--rejected-rows",
              tmp_path / "rej.csv", "--json")
    result = json.loads(out.stdout)
    assert (result["lines_added"], result["customers_added"]) == (4, 0)  # no customer column mapped
    assert (tmp_path / "rej.csv").read_text(encoding="utf-8-sig").count("\n") == 2
    out = cli("import", path, "--db", shop, "--mapping", "no_such_preset")
    assert out.returncode == 2 and "no preset" in out.stderr


def test_unreadable_inputs_exit_2(tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(100))
    out = cli("import", junk, "--db", tmp_path / "shop.regulars")
    assert out.returncode == 2 and "damaged" in out.stderr
    out = cli("import", tmp_path / "missing.csv", "--db", tmp_path / "shop.regulars")
    assert out.returncode == 2 and "does not exist" in out.stderr
