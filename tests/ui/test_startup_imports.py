"""The start-up path stays light: building and showing the main window over a shop (with every tab
and extension that exists) loads no pandas, numpy, matplotlib, reportlab, openpyxl or sqlite_utils,
nor the import package (its modules are for when a file is imported)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "numpy", "matplotlib", "reportlab", "openpyxl", "sqlite_utils", "duckdb")


def test_showing_the_main_window_loads_no_heavy_library(demo_path, tmp_path):
    code = (
        "import sys\n"
        "from app.ui.main import main\n"
        f"code = main(['--db', {str(demo_path)!r}, '--exit-when-shown'])\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "heavy += [m for m in ('logging.handlers',) if m in sys.modules]  # opened after the first paint\n"
        "heavy += [m for m in ('app.services.importing', 'app.services.feedback.importing') if m in sys.modules]\n"
        "print('heavy:' + ','.join(heavy))\n"
        "sys.exit(code)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "shown" in out.stdout
    heavy = [line for line in out.stdout.splitlines() if line.startswith("heavy:")]
    assert heavy == ["heavy:"], heavy


def test_matplotlib_and_the_segments_tab_are_imported_ahead_once_the_window_is_painted(demo_path, tmp_path):
    code = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.services.shop import open_shop\n"
        "from app.ui import application\n"
        "app = application.create_application([sys.argv[0]])\n"
        "from app.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        f"window.set_shop(open_shop({str(demo_path)!r}, lock=False))\n"
        "before = 'matplotlib' in sys.modules or 'app.ui.segments.overview_page' in sys.modules\n"
        "window.show()\n"
        "deadline = time.monotonic() + 30\n"
        "while 'matplotlib.backends.backend_agg' not in sys.modules and time.monotonic() < deadline:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print('before:', before, 'after:', 'matplotlib.backends.backend_agg' in sys.modules,\n"
        "      'app.ui.segments.overview_page' in sys.modules)\n"
        "window.set_shop(None)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "before: False after: True True" in out.stdout  # matplotlib, and the Segments tab's modules
