"""Importing from the demo shop (the banner, Ctrl+I, a dropped file) starts the owner's own shop: the
name and currency are asked (the currency preset from the file), a new shop file is made in the data
folder and becomes the shop opened at start-up, the import goes into it alone, and the demo file is
left exactly as it was."""

from __future__ import annotations

import shutil

import pytest
from assistant_helpers import (
    VN_ROWS,
    import_to_the_end,
    open_assistant,
    shop_counts,
    vn_amount_total,
    walk_to_preview,
)

from app.services import demo
from app.services.shop import open_shop
from app.ui import application, registry, session
from app.ui.dialogs import NewShopDialog
from app.ui.main_window import MainWindow
from tests.importing.conftest import snapshot

EXTENSION = "app.ui.import_assistant.extension"


@pytest.fixture
def owner_answers(monkeypatch):
    """Answers the own-shop question with a name (and records the currency it was preset to)."""
    record = {"currency": [], "accept": True}

    def exec_(dialog):
        record["currency"].append(dialog.currency())
        dialog.name_edit.setText("Trà Mai")
        return int(record["accept"])

    monkeypatch.setattr(NewShopDialog, "exec", exec_)
    return record


@pytest.fixture
def demo_import_window(qt_app, qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(registry, "EXTENSIONS", [EXTENSION])
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_shop(open_shop(demo_path))
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_shop(None)


def test_a_file_dropped_on_the_demo_goes_into_a_new_own_shop(demo_import_window, qtbot, vietnamese_csv,
                                                             demo_path, owner_answers):
    window = demo_import_window
    assert "(demo)" in window.windowTitle() and window.demo_badge.isVisibleTo(window)
    demo_session_path = session.current_shop().path
    window.set_shop(None)
    before = snapshot(demo_path)
    window.set_shop(open_shop(demo_path))

    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    shop = session.current_shop()
    assert owner_answers["currency"] == ["VND"]  # preset from the Vietnamese file
    assert shop.path == application.data_folder() / "Trà Mai.regulars" and shop.name == "Trà Mai"
    assert not demo.is_demo(shop.conn) and application.owner_shop() == shop.path.resolve()
    assert "(demo)" not in window.windowTitle() and "Trà Mai" in window.windowTitle()
    assert not window.demo_badge.isVisibleTo(window) and not window.welcome_bar.isVisibleTo(window)
    walk_to_preview(assistant, qtbot)
    import_to_the_end(assistant, qtbot)
    counts = shop_counts()
    assert counts["lines"] == len(VN_ROWS) and counts["customers"] == 3
    assert counts["amount"] == vn_amount_total(VN_ROWS) * 1000
    assistant.accept()
    window.set_shop(None)
    assert snapshot(demo_path) == before and demo_session_path == demo_path


def test_cancelling_the_question_imports_nothing_anywhere(demo_import_window, vietnamese_csv, owner_answers):
    owner_answers["accept"] = False
    demo_import_window.import_controller.open_assistant([str(vietnamese_csv)])
    assert demo.is_demo(session.current_shop().conn)
    assert demo_import_window.import_controller.assistant is None
    assert not list(application.data_folder().glob("*.regulars"))


def test_start_an_empty_shop_and_open_the_demo_again(demo_import_window, demo_path, owner_answers, tmp_path):
    window = demo_import_window
    shop = window.start_empty_shop()
    assert shop is session.current_shop() and shop.path.parent == application.data_folder()
    assert window.tab_widget("customers").model.rowCount() == 0 and owner_answers["currency"] == ["VND"]
    # The demo is reachable: the one the first start made in the data folder, else a new one.
    shutil.copyfile(demo_path, application.default_shop_path())
    demo_shop = window.open_demo_shop()
    assert demo_shop is session.current_shop() and demo_shop.path == application.default_shop_path()
    assert demo.is_demo(demo_shop.conn) and "(demo)" in window.windowTitle()
    assert window.tab_widget("customers").model.rowCount() == 600
    assert application.owner_shop() == shop.path.resolve()  # the demo never becomes the start-up shop
