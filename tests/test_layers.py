"""The layers stay apart: app.models and app.services never load Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules_under(package: str) -> list[str]:
    base = ROOT / package.replace(".", "/")
    names = []
    for path in sorted(base.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def test_models_and_services_import_no_qt():
    modules = _modules_under("app.models") + _modules_under("app.services") + _modules_under("app.cli")
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt loaded below the UI layer: {out.stdout}"


def test_models_import_without_pandas():
    """The GUI start-up path reads the shop through app.models; pandas would cost ~0.5 s there."""
    code = (
        "import sys\n"
        "import app.models.db, app.models.customers, app.models.sales, app.models.aggregates, app.services.shop\n"
        "print('pandas' in sys.modules, 'sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
