"""Every dialog of the shell opens in every language that has a compiled translation, with its
texts set (and, for a translation, different from the English source)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from app.services import backups
from app.ui import language, session
from app.ui.dialogs import BackupsDialog, NewShopDialog, ask, inform

LANGUAGES = [code for code in language.LANGUAGES if language.has_translation(code)]


def _texts(widget) -> list[str]:
    found = widget.findChildren(QLabel) + widget.findChildren(QPushButton)
    return [w.text() for w in found if w.isVisibleTo(widget)]


@pytest.fixture(params=LANGUAGES)
def lang(request, demo_window):
    language.set_language(request.param, remember=False)
    yield request.param
    language.set_language("en", remember=False)


def _english_title(make):
    language.set_language("en", remember=False)
    dialog = make()
    title = dialog.windowTitle()
    dialog.deleteLater()
    return title


def test_new_shop_dialog(lang, demo_window):
    dialog = NewShopDialog(demo_window, name="Quán")
    dialog.show()
    assert dialog.windowTitle() and all(_texts(dialog)) and dialog.locale_combo.itemText(0)
    assert dialog.currency_combo.count() >= 5
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("GBP"))
    assert dialog.locale() == "en_GB"
    dialog.reject()
    if lang != "en":
        assert dialog.windowTitle() != _english_title(lambda: NewShopDialog(demo_window))


def test_backups_dialog(lang, demo_window):
    shop = session.current_shop()
    backups.back_up(shop.conn, shop.path, reason="manual")
    dialog = BackupsDialog(backups.list_backups(shop.path), session.fmt().locale, demo_window)
    dialog.show()
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(0).startswith(dt.date.today().strftime("%d/%m/%Y")) and item.text(1) and item.text(2)
    assert dialog.selected_backup().reason == "manual"
    assert all(_texts(dialog)) and dialog.windowTitle()
    dialog.reject()
    if lang != "en":
        assert dialog.windowTitle() != _english_title(lambda: BackupsDialog([], "vi_VN", demo_window))


@pytest.mark.parametrize("kind", ["ask", "inform"])
def test_message_boxes_name_their_buttons(lang, demo_window, kind):
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.buttons()[0].click()

    QTimer.singleShot(0, answer)
    if kind == "ask":
        result = ask(demo_window, "Title", "A question?", "Do it")
        assert result is True and seen["buttons"][0] == "Do it"
    else:
        inform(demo_window, "Title", "A message.")
    assert len(seen["buttons"]) == (2 if kind == "ask" else 1)
    if lang != "en":
        assert "Cancel" not in seen["buttons"] and "OK" not in seen["buttons"]


def test_export_paths_get_the_chosen_suffix_and_the_folder_is_remembered(qt_app, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.ui import application
    from app.ui.dialogs import ask_save_path, safe_file_name

    offered = []

    def fake_dialog(parent, title, start, filters):
        offered.append((start, filters))
        return str(tmp_path / "list"), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    path = ask_save_path(None, "Export", "customers.csv", [("CSV file", ".csv"), ("Excel workbook", ".xlsx")])
    assert path == tmp_path / "list.xlsx"
    assert offered[0][1] == "CSV file (*.csv);;Excel workbook (*.xlsx)"
    assert application.settings().value("exports/folder") == str(tmp_path)
    ask_save_path(None, "Export", "again.csv", [("CSV file", ".csv")])
    assert offered[1][0] == str(tmp_path / "again.csv")
    assert safe_file_name("Nguyễn/Văn: An?") == "Nguyễn-Văn An" and safe_file_name("///", "x") == "x"
    assert safe_file_name("Từ Trung thành (10/2026) sang Xuất sắc (11/2026)") == "Từ Trung thành 10-2026 sang Xuất sắc 11-2026"
