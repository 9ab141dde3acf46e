"""Fixtures for the Overview and Checklist tests: the segments tests' ShopBuilder (loaded from their
conftest, not copied) and the demo shop made once per session with the real command."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("segments_conftest", ROOT / "tests" / "segments" / "conftest.py")
assert _spec and _spec.loader
_segments_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_segments_conftest)
ShopBuilder = _segments_conftest.ShopBuilder


@pytest.fixture
def builder(shop) -> ShopBuilder:
    return ShopBuilder(shop.conn)


@pytest.fixture(scope="session")
def demo_shop_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.regulars"
    done = subprocess.run([sys.executable, "-m", "app", "demo", "--db", str(path), "--today", "2025-05-20"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return path
