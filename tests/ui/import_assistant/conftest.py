"""Fixtures of the import assistant tests: a main window built with the import extension (the shared
`qt_app` fixture builds windows without extensions), and the spreadsheets of assistant_helpers."""

import pytest
from assistant_helpers import semicolon_csv, titled_xlsx, vietnamese_csv  # noqa: F401 - fixtures

from app.services.shop import create_shop
from app.ui import registry
from app.ui.main_window import MainWindow

EXTENSION = "app.ui.import_assistant.extension"


@pytest.fixture
def window(qt_app, qtbot, shop_path, monkeypatch):
    """A shown main window over a new, empty shop file, with the import assistant installed."""
    monkeypatch.setattr(registry, "EXTENSIONS", [EXTENSION])
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_shop(create_shop(shop_path, name="Test shop"))
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_shop(None)
