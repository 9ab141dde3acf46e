"""Fixtures for the Qt layer: a main window over a fresh empty shop, or over a copy of the demo
shop (built once per session), each torn down with its shop closed and the language back to English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.services.shop import create_shop, open_shop
from app.ui import application, language, registry, workers
from app.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from app.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.regulars"
    demo.create_demo_shop(path).close()
    return path


@pytest.fixture
def qt_app(qapp, monkeypatch):
    """The application, with windows built without extensions (they test themselves)."""
    application.create_application()
    monkeypatch.setattr(registry, "EXTENSIONS", [])
    yield qapp
    workers.cancel_and_wait_all()
    if language.current_language() != "en":
        language.set_language("en", remember=False)


def _make_window(qtbot, shop):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_shop(shop)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qt_app, qtbot, shop_path):
    """A shown main window over a new, empty shop file."""
    win = _make_window(qtbot, create_shop(shop_path, name="Test shop"))
    yield win
    win.set_shop(None)


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.regulars"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_window(qt_app, qtbot, demo_path):
    """A shown main window over a private copy of the demo shop."""
    win = _make_window(qtbot, open_shop(demo_path))
    yield win
    win.set_shop(None)

