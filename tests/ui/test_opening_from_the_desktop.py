"""Starting the app as a desktop would: a shop file given as the one argument (a double-click in the
file manager, the .deb's desktop entry `regulars %f`), a file sent by macOS as a QFileOpenEvent, and
the application icon on every window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.paths import ICON_SIZES
from app.ui import application, main, session


def test_a_shop_file_given_as_the_argument_is_opened_instead_of_the_default(qt_app, qtbot, demo_path):
    window = main.start(main.parse_args([str(demo_path)]))
    qtbot.addWidget(window)
    try:
        assert session.current_shop().path == demo_path
        assert application.recent_files()[0] == demo_path.resolve()
        assert not application.default_shop_path().exists()  # no demo shop made on the side
    finally:
        window.set_shop(None)


def test_the_argument_and_db_are_the_same_option(tmp_path):
    shop = tmp_path / "a.regulars"
    assert main.parse_args([str(shop)]).db == shop
    assert main.parse_args(["--db", str(shop)]).db == shop
    assert main.parse_args([str(shop), "--db", str(shop)]).db == shop
    with pytest.raises(SystemExit) as exit_info:
        main.parse_args([str(shop), "--db", str(tmp_path / "b.regulars")])
    assert exit_info.value.code == 2


def test_a_missing_shop_file_given_as_the_argument_is_one_sentence(qt_app, tmp_path):
    with pytest.raises(main.StartupError, match="does not exist"):
        main.start(main.parse_args([str(tmp_path / "gone.regulars")]))


def test_a_file_open_event_from_the_system_opens_that_shop(qt_app, qtbot, window, demo_path):
    main.open_files_sent_by_the_system(qt_app, window)
    try:
        QCoreApplication.sendEvent(qt_app, QFileOpenEvent(str(demo_path)))
        assert session.current_shop().path == demo_path
    finally:
        qt_app.removeEventFilter(qt_app._file_open)


def test_every_window_has_the_application_icon_in_each_rendered_size(qt_app, window):
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {QSize(s, s) for s in ICON_SIZES} <= set(icon.availableSizes())
    assert not window.windowIcon().isNull()
    # The small sizes are their own drawings, not the large one scaled at paint time.
    assert icon.pixmap(16, 16).size() == QSize(16, 16)
