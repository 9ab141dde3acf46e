"""Test set-up: Qt runs offscreen (set before any QApplication exists), and every test gets its own
temporary shop file, data folder and settings, so no test sees another's state or the user's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# /work/shared/data beside the project (or beside the folder of worktrees, /work/wt/NAME).
SHARED_DATA = next((p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
                   ROOT.parent / "shared" / "data")
ONLINE_RETAIL = SHARED_DATA / "online_retail"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """Fresh data and config folders (QStandardPaths, QSettings) for every test."""
    home = tmp_path / "home"
    for sub in ("data", "config", "cache"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "config"))
    yield


@pytest.fixture
def shop_path(tmp_path) -> Path:
    return tmp_path / "shop.regulars"


@pytest.fixture
def shop(shop_path):
    """An empty, open shop file (VND, Vietnamese locale)."""
    from app.services.shop import create_shop

    opened = create_shop(shop_path, name="Test shop")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def online_retail_csv() -> Path:
    path = ONLINE_RETAIL / "online_retail.csv"
    if not path.exists():
        pytest.fail(f"the shared UCI dataset is missing: {path}")
    return path
