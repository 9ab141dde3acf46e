"""Puts the app's resources into the wheel (everything else is in pyproject.toml): the resources/
folder is copied to app/resources/ in the wheel, where app.paths looks first, with the Qt Linguist
sources (.ts) compiled to .qm on the way. An editable install copies nothing (app.paths then reads
resources/ beside app/)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources"
# lrelease through PySide6's own wrapper, which knows where each platform keeps the binary.
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "app" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(SOURCES, target, ignore=shutil.ignore_patterns("*.ts", "*.qm", "__pycache__"))
        for ts in sorted(SOURCES.glob("translations/*.ts")):
            qm = target / "translations" / f"{ts.stem}.qm"
            subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                           check=True)
            if not qm.exists():
                raise RuntimeError(f"lrelease wrote no {qm.name}")


setup(cmdclass={"build_py": BuildWithResources})
