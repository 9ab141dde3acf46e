"""Help > Guide (F1) and Help > Keyboard shortcuts: the guide ships a page per built tab in both
languages, F1 opens the current tab's page with its picture, and the shortcut list is read from
the window's actions."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from app.ui import help as guide
from app.ui import language


def test_every_built_tab_has_a_guide_page_in_both_languages_with_existing_pictures(window):
    import re

    keys = window.tab_keys()
    for code in ("en", "vi"):
        pages = [key for key, _title in guide.guide_pages(keys, code)]
        assert pages == ["start", *keys]
        for key in pages:
            text = (guide.GUIDE_DIR / code / f"{key}.html").read_text(encoding="utf-8")
            for picture in re.findall(r'src="([^"]+)"', text):
                assert (guide.GUIDE_DIR / code / picture).resolve().is_file(), picture


def test_f1_opens_the_current_tabs_page_and_follows_the_language(window, qtbot):
    assert window.action("guide").shortcut() == QKeySequence("F1")
    window.show_tab("customers")
    window.action("guide").trigger()
    dialog = window.guide
    assert dialog.isVisible() and dialog.current_page == "customers"
    assert "How to read it" in dialog.browser.toPlainText()
    assert dialog.page_list.currentItem().text() == "Customers"
    dialog.show_page("no-such-tab")
    assert dialog.current_page == "start" and "Getting started" in dialog.browser.toPlainText()
    language.set_language("vi", remember=False)
    dialog.show_page("customers")
    assert "Cách đọc" in dialog.browser.toPlainText() and dialog.windowTitle() == "Hướng dẫn"
    dialog.close()


def test_the_shortcut_list_is_read_from_the_actions(window):
    rows = dict(guide.shortcut_rows(window))
    assert "Ctrl+O" in rows["Open…"].split(", ") and rows["Find a customer"] == "Ctrl+F"
    assert "F1" in rows["Guide"].split(", ")
    assert rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert "Do a test thing" not in rows
    window.add_action("tools", "Do a test thing", context="Test", shortcut="Ctrl+Alt+T")
    dialog = window.show_shortcuts()
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert shown["Do a test thing"] == "Ctrl+Alt+T" and shown == dict(guide.shortcut_rows(window))
    dialog.close()
