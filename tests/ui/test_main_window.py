"""The application shell: first start, the window title and menus, the welcome bar, shop files
(new, open, recent, save a copy, back up, restore), a file in use, a damaged file, and live
language switching."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from app.models import customers, db
from app.models import settings as shop_settings
from app.services import backups
from app.services.shop import open_shop
from app.ui import application, language, main, session
from app.ui.customers.models import LIST_COLUMNS
from app.ui.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch):
    """Records the questions asked and answers them (yes by default)."""
    record = {"asked": [], "told": [], "answer": True}

    def ask(parent, title, text, yes, no=None, **kwargs):
        record["asked"].append((text, kwargs.get("informative", "")))
        return record["answer"]

    def tell(parent, title, text, **kwargs):
        record["told"].append(text)

    for module in ("app.ui.shop_files", "app.ui.main_window"):
        monkeypatch.setattr(f"{module}.ask", ask, raising=False)
        for name in ("warn", "inform"):
            monkeypatch.setattr(f"{module}.{name}", tell)
    return record


def test_first_start_creates_the_default_shop_with_the_demo(qt_app, qtbot):
    default = application.default_shop_path()
    assert not default.exists()
    window = main.start(main.parse_args([]))
    qtbot.addWidget(window)
    try:
        assert default.exists() and session.current_shop().path == default
        assert "Regulars" in str(default.parent)
        assert shop_settings.get(session.current_shop().conn, "is_demo") == "1"
        assert window.tab_widget("customers").model.rowCount() == 600
        window.show()
        assert window.welcome_bar.isVisible()
        assert application.recent_files()[0] == default.resolve()
        assert session.current_shop().name in window.windowTitle() and default.name in window.windowTitle()
    finally:
        window.set_shop(None)
    # The next start opens the same file again, without making another demo.
    mtime = default.stat().st_mtime_ns
    window = main.start(main.parse_args([]))
    qtbot.addWidget(window)
    assert session.current_shop().path == default and default.stat().st_mtime_ns >= mtime
    assert window.tab_widget("customers").model.rowCount() == 600
    window.set_shop(None)


def test_only_tabs_that_exist_are_shown_and_they_are_built_when_shown(window):
    from app.ui import registry

    keys = window.tab_keys()
    assert "customers" in keys and "journey" in keys and "personas" in keys
    # a tab whose module does not exist yet is not shown
    assert keys == [spec.key for spec in registry.TABS if spec.is_available()]
    assert not registry.TabSpec("missing", "Missing", "app.ui.no_such_tab:MissingTab").is_available()
    assert window.tabs.count() == len(keys)
    assert set(window._built) == {window.current_tab_key()}


def test_menus_have_the_file_actions_with_standard_shortcuts(window):
    file_texts = [a.text().replace("&", "") for a in window.menu("file").actions() if not a.isSeparator()]
    for text in ("New shop file…", "Open…", "Open recent", "Save a copy…", "Back up now", "Restore from a backup…", "Quit"):
        assert text in file_texts
    assert window.action("new_shop").shortcut().toString() == "Ctrl+N"
    assert window.action("open_shop").shortcut().toString() == "Ctrl+O"
    assert window.action("quit").shortcut().toString() == "Ctrl+Q"
    assert window.action("undo").shortcut().toString() == "Ctrl+Z"


def test_extension_actions_go_into_their_section_and_follow_the_language(window):
    from app.i18n import QT_TRANSLATE_NOOP

    calls = []
    action = window.add_action("file", QT_TRANSLATE_NOOP("Test", "Do a test thing"), context="Test",
                               shortcut="Ctrl+Alt+T", section="import", name="test_thing",
                               triggered=lambda: calls.append(1), enabled_when_read_only=False)
    actions = window.menu("file").actions()
    assert actions.index(action) < actions.index(window.action("back_up"))
    assert actions.index(action) > actions.index(window.action("save_copy"))
    action.trigger()
    assert calls == [1] and window.action("test_thing") is action and action.isEnabled()
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert action.text() == "Do a test thing"


def test_import_offers_appear_only_with_an_import_handler(demo_window):
    from app.ui.events import events

    had_handler = events.has_import_handler()
    assert demo_window.import_button.isVisibleTo(demo_window) == had_handler
    received = []
    events.import_requested.connect(received.append)
    try:
        demo_window._update_bars()
        assert demo_window.import_button.isVisibleTo(demo_window)
        demo_window.import_button.click()
        assert received == [[]]
    finally:
        events.import_requested.disconnect(received.append)


def test_new_open_recent_and_save_a_copy(demo_window, tmp_path, answers):
    demo_path = session.current_shop().path
    copy = tmp_path / "copy.regulars"
    assert demo_window.save_copy(copy)
    copied = open_shop(copy, read_only=True)
    assert copied.conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 600
    copied.close()
    assert not copy.with_name("copy.regulars-wal").exists()

    new = tmp_path / "new.regulars"
    shop = demo_window.new_shop_file(new, name="Quán Mới", currency="USD", locale="en_US")
    assert shop is session.current_shop() and "Quán Mới" in demo_window.windowTitle()
    assert demo_window.tab_widget("customers").model.rowCount() == 0
    assert session.fmt().money(1_234_500) == "$1,234.50"
    assert demo_window.new_shop_file(new) is None and answers["told"]  # refuses to overwrite
    assert application.recent_files()[:2] == [new.resolve(), demo_path.resolve()]

    assert demo_window.open_shop_file(demo_path) is session.current_shop()
    assert demo_window.tab_widget("customers").model.rowCount() == 600
    assert not demo_window.welcome_bar.isHidden()


def test_back_up_now_then_restore_from_the_backup(demo_window, answers):
    shop = session.current_shop()
    job = demo_window.back_up_now()
    assert job.wait(30_000) and job.error is None
    saved = backups.list_backups(shop.path)
    assert [b.reason for b in saved] == ["manual"]
    conn = shop.conn
    victim = conn.execute("SELECT id FROM customers ORDER BY id LIMIT 1").fetchone()[0]
    with db.transaction(conn):
        customers.update(conn, victim, {"name": "Changed after the backup"})
    assert demo_window.restore_backup(saved[0])
    restored = session.current_shop()
    assert restored is not shop and not restored.read_only
    assert customers.get(restored.conn, victim)["name"] != "Changed after the backup"
    reasons = sorted(b.reason for b in backups.list_backups(restored.path))
    assert reasons == ["before-restore", "manual"]
    assert "Restored" in demo_window.statusBar().currentMessage()


def test_a_file_open_elsewhere_opens_read_only(qt_app, qtbot, demo_path, answers):
    holder = open_shop(demo_path)  # another window holds the lock
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_shop_file(demo_path) is not None
        shop = session.current_shop()
        assert shop.read_only and "already open" in answers["asked"][0][0]
        assert "(read-only)" in window.windowTitle()
        window.show()
        assert window.read_only_bar.isVisible()
        detail = window.tab_widget("customers").detail
        qtbot.waitUntil(lambda: detail.customer_id is not None)  # the first customer is shown
        assert detail.editors["name"].isReadOnly() and not detail.delete_button.isEnabled()
        assert not window.action("restore").isEnabled()
        window.set_shop(None)
        answers["answer"] = False
        assert window.open_shop_file(demo_path) is None and session.current_shop() is None
    finally:
        holder.close()


def test_a_damaged_file_is_moved_aside_and_the_newest_backup_offered(qt_app, qtbot, demo_path, answers):
    shop = open_shop(demo_path)
    backup = backups.back_up(shop.conn, demo_path, reason="manual")
    shop.close()
    data = bytearray(demo_path.read_bytes())
    data[100:60_000] = b"\x5a" * (60_000 - 100)  # keep the SQLite header, destroy the schema pages
    demo_path.write_bytes(bytes(data))
    window = MainWindow()
    qtbot.addWidget(window)
    opened = window.open_shop_file(demo_path)
    assert opened is not None and opened.conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 600
    text, informative = answers["asked"][0]
    assert "damaged" in text and "moved aside" in text
    from app.services import formatting

    assert formatting.datetime(backup.created, "en_GB") in informative
    aside = [p for p in demo_path.parent.iterdir() if "damaged" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes()[100:200] == b"\x5a" * 100
    window.set_shop(None)


def test_a_damaged_file_without_backups_is_kept_aside_and_said_so(qt_app, qtbot, tmp_path, answers):
    path = tmp_path / "broken.regulars"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_shop_file(path) is None
    assert "no good backup" in answers["told"][0] and not path.exists()


def test_a_file_that_is_not_a_shop_is_refused_and_left_alone(qt_app, qtbot, tmp_path, answers):
    path = tmp_path / "sales.xlsx"
    path.write_bytes(b"PK\x03\x04 not a shop")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_shop_file(path) is None
    assert path.exists() and "not a Regulars shop file" in answers["told"][0]


def test_geometry_and_tab_are_remembered(window, qtbot):
    window.resize(700, 520)  # within the offscreen screen (800 x 600), which restoreGeometry respects
    window.show_tab("customers")  # not the default tab (the Overview)
    window.save_window_state()
    window.set_shop(None)
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520) and again.current_tab_key() == "customers"


@pytest.fixture
def tiny_vietnamese(tmp_path, monkeypatch):
    """A compiled translation with a few of the window's texts, standing in for regulars_vi.qm."""
    lrelease = Path(shutil.which("pyside6-lrelease") or Path(QApplication.applicationDirPath()) / "x")
    venv_tool = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lrelease"
    tool = venv_tool if venv_tool.exists() else lrelease
    ts = tmp_path / "regulars_vi.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="vi_VN">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Tệp</translation></message>
<message><source>Start an empty shop</source><translation>Bắt đầu cửa hàng trống</translation></message>
</context>
<context><name>Tabs</name><message><source>Customers</source><translation>Khách hàng</translation></message></context>
<context><name>CustomerList</name><message><source>Total spent</source><translation>Tổng chi tiêu</translation></message></context>
<context><name>Attribute</name><message><source>Gender</source><translation>Giới tính</translation></message></context>
</TS>
""", encoding="utf-8")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(tmp_path / "regulars_vi.qm")], check=True)
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)
    return tmp_path


def test_language_switches_live_and_is_remembered(tiny_vietnamese, demo_window):
    from PySide6.QtCore import Qt

    tab = demo_window.tab_widget("customers")
    revenue = [c for c, _ in LIST_COLUMNS].index("revenue")
    assert demo_window.menu("file").title() == "&File"
    viet = demo_window._language_actions["vi"]
    demo_window.language_menu.aboutToShow.emit()
    assert viet.isEnabled()
    viet.trigger()
    assert language.current_language() == "vi"
    assert demo_window.menu("file").title() == "&Tệp"
    assert demo_window.tabs.tabText(demo_window.tab_keys().index("customers")) == "Khách hàng"
    assert demo_window.empty_shop_button.text() == "Bắt đầu cửa hàng trống"
    assert tab.model.headerData(revenue, Qt.Orientation.Horizontal) == "Tổng chi tiêu"
    assert tab.detail.editor_labels["gender"].text() == "Giới tính:"
    assert application.settings().value("language") == "vi"
    assert language.saved_language() == "vi"
    demo_window._language_actions["en"].trigger()
    assert demo_window.menu("file").title() == "&File"
    assert tab.detail.editor_labels["gender"].text() == "Gender:"


def test_a_file_from_a_newer_version_opens_read_only_and_says_so(qt_app, qtbot, demo_path, answers):
    import sqlite3

    from app.models import migrations

    raw = sqlite3.connect(demo_path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    raw.close()
    window = MainWindow()
    qtbot.addWidget(window)
    shop = window.open_shop_file(demo_path)
    assert shop is not None and shop.read_only
    assert "newer version" in answers["told"][0]
    window.show()
    assert window.read_only_bar.isVisible() and "newer version" in window.read_only_bar.label.text()
    assert not window.empty_shop_button.isVisible()
    window.set_shop(None)


def test_open_recent_shows_shop_names_with_the_path_in_the_tooltip(window, tmp_path):
    from app.services.shop import create_shop

    other = tmp_path / "tea.regulars"
    window.set_shop(create_shop(other, name="Trà Sen"))
    window._fill_recent_menu()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions][:2] == ["Trà Sen", "Test shop"]
    assert actions[0].toolTip() == str(other.resolve())


def test_open_recent_lists_a_damaged_recent_file_by_its_file_name(window, tmp_path):
    junk = tmp_path / "spoilt.regulars"
    junk.write_bytes(b"no longer a shop file " * 200)
    application.remember_recent(junk)
    window._fill_recent_menu()  # raised the file's ShopFileError before
    assert [a.text() for a in window.recent_menu.actions()][0] == "spoilt"


def test_open_the_backups_folder(window, monkeypatch):
    opened = []
    monkeypatch.setattr("app.ui.main_window.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert window.open_backups_folder()
    expected = backups.backup_folder(session.current_shop().path)
    assert opened == [str(expected)] and expected.is_dir()


def test_an_empty_shop_shows_an_import_button_where_the_customers_would_be(window, qtbot):
    from app.ui.events import events

    window.show_tab("customers")  # the window opens on the Overview
    tab = window.tab_widget("customers")
    qtbot.waitUntil(tab.empty_panel.isVisible, timeout=3000)
    assert not tab.splitter.isVisible()
    assert not tab.empty_import_button.isVisible()  # nothing can import (no import assistant here)
    asked = []

    def handler(paths):
        asked.append(paths)

    events.import_requested.connect(handler)
    try:
        tab._update_empty()
        assert tab.empty_import_button.isVisible() and tab.empty_import_button.text() == "Import sales…"
        tab.empty_import_button.click()
        assert asked == [[]]
    finally:
        events.import_requested.disconnect(handler)


def test_help_opens_the_log_folder(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from app.ui import application

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.action("open_log_folder").trigger()
    assert opened == [str(application.log_folder())] and application.log_folder().is_dir()
    assert window.action("open_log_folder").text() == "Open the &log folder"
def test_damage_found_by_the_check_after_the_first_paint_offers_the_newest_good_backup(
        qt_app, qtbot, demo_path, answers):
    shop = open_shop(demo_path)
    backups.back_up(shop.conn, demo_path, reason="manual")
    shop.close()
    data = bytearray(demo_path.read_bytes())
    middle = (len(data) // db.PAGE_SIZE // 2) * db.PAGE_SIZE
    data[middle:middle + db.PAGE_SIZE] = b"\x5a" * db.PAGE_SIZE  # header and schema intact: it opens
    demo_path.write_bytes(bytes(data))
    window = main.start(main.parse_args(["--db", str(demo_path)]))
    qtbot.addWidget(window)
    damaged = session.current_shop()
    assert damaged is not None and answers["asked"] == []  # nothing asked before the window is shown
    window.show()
    qtbot.waitUntil(lambda: bool(answers["asked"]), timeout=10_000)
    text, informative = answers["asked"][0]
    assert "damaged" in text and "moved aside" in text
    restored = session.current_shop()
    assert restored is not None and restored is not damaged
    assert restored.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert restored.conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 600
    assert [p for p in demo_path.parent.iterdir() if "damaged" in p.name]
    window.set_shop(None)
