"""The build backend of `pip install .` (pyproject.toml's [build-system]): setuptools' own, with Qt's
translation compiler added to the requirements of a wheel build, because setup.py compiles the
translations into the wheel. An editable install (`make setup`) does not need it: it reads the .qm
files that `make` compiles in resources/translations/."""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every hook of setuptools' backend, unchanged

ROOT = Path(__file__).resolve().parents[1]
QT_DISTRIBUTION = "pyside6-essentials"


def qt_requirement() -> str:
    """The app's own PySide6 requirement (the same version bounds), from pyproject.toml."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for requirement in dependencies:
        if requirement.lower().replace("_", "-").startswith(QT_DISTRIBUTION):
            return requirement
    raise RuntimeError(f"pyproject.toml names no {QT_DISTRIBUTION} dependency")


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), qt_requirement()]
