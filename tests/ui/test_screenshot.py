"""`python main.py --screenshot`: renders the real window into a PNG and exits; a mistake is one
sentence on stderr with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _run(*args, env_home: Path):
    env = dict(os.environ, XDG_DATA_HOME=str(env_home / "data"), XDG_CONFIG_HOME=str(env_home / "config"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_screenshot_of_a_shop_file(demo_path, tmp_path, qapp):
    out = tmp_path / "shot.png"
    result = _run("--screenshot", str(out), "--db", str(demo_path), "--tab", "customers", "--size", "1100x700",
                  env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 700)
    # Not a blank picture: many different colours (text, table, selection).
    colours = {image.pixel(x, y) for x in range(0, 1100, 7) for y in range(0, 700, 7)}
    assert len(colours) > 20
    assert not (tmp_path / "data" / "Regulars").exists()  # with --db, the default shop is not created


def test_screenshot_on_first_start_creates_the_default_demo_shop(tmp_path):
    out = tmp_path / "first.png"
    result = _run("--screenshot", str(out), env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    assert (tmp_path / "data" / "Regulars" / "shop.regulars").exists()


@pytest.mark.parametrize("args, words", [
    (["--db", "missing.regulars"], "does not exist"),
    (["--tab", "nowhere"], "no tab"),
    (["--lang", "xx"], "Unknown language"),
])
def test_mistakes_are_one_sentence_and_exit_2(tmp_path, demo_path, args, words):
    if "--db" not in args:
        args = [*args, "--db", str(demo_path)]
    result = _run("--screenshot", str(tmp_path / "x.png"), *args, env_home=tmp_path)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("regulars:")]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
