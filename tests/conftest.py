"""Test set-up: Qt runs offscreen (set before any QApplication exists), and every test gets its own
temporary shop file, data folder and settings, so no test sees another's state or the user's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402
from hypothesis.database import DirectoryBasedExampleDatabase  # noqa: E402

# Property tests: the same examples on every run (derandomised, no example database), so that one
# run's finds never change the next run's tests; every failing example found is kept as an explicit
# @example. HYPOTHESIS_PROFILE=explore searches anew, keeping what it finds outside the source tree.
_HYPOTHESIS_HOME = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "regulars-hypothesis"
set_hypothesis_home_dir(str(_HYPOTHESIS_HOME))  # its caches too stay out of the source tree
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
hypothesis_settings.register_profile("explore",
                                     database=DirectoryBasedExampleDatabase(str(_HYPOTHESIS_HOME / "examples")))
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parents[1]
# /work/shared/data beside the project (or beside the folder of worktrees, /work/wt/NAME);
# REGULARS_SHARED_DATA points elsewhere
SHARED_DATA = (Path(os.environ["REGULARS_SHARED_DATA"]) if os.environ.get("REGULARS_SHARED_DATA") else
               next((p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
                    ROOT.parent / "shared" / "data"))
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


# `make mutation` (docs/testing.md): mutmut runs, for each mutant, the tests that reached its function.
# Every test that opens a shop reaches shop.py and backups.py (through the `shop` fixture, the backup
# before an import); the mutants of these modules run only their own tests, which check them directly.
MUTATION_TESTS = {
    "app.services.shop.": ("tests/test_shop_files.py", "tests/services/test_backups.py"),
    "app.services.backups.": ("tests/services/test_backups.py", "tests/test_shop_files.py"),
}


def pytest_collection_modifyitems(config, items):
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    files = next((files for prefix, files in MUTATION_TESTS.items() if mutant.startswith(prefix)), None)
    if files is None:
        return
    kept = [item for item in items if item.nodeid.split("::")[0] in files]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept
