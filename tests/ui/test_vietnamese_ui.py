"""The main window in Vietnamese: menus, tabs, the welcome bar and the Customers tab show no English
left over, errors from the services are shown in Vietnamese, and Qt's own calendars and the import
preview follow the interface language and the shop's format."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from app.ui import language

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "regulars_vi.ts"
QT_TS = ROOT / "resources" / "translations" / "qtbase_extra_vi.ts"

# Texts that read the same in both languages.
SAME_IN_BOTH = {"Email", "Email:", "✕", "Tiếng Việt", "English"}


@pytest.fixture
def vietnamese(tmp_path, monkeypatch):
    """The Vietnamese translation compiled from the .ts of the working tree."""
    for ts in (TS, QT_TS):
        subprocess.run([str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), "-silent", str(ts),
                        "-qm", str(tmp_path / ts.with_suffix(".qm").name)], check=True)
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)
    yield
    language.set_language("en", remember=False)


def _visible_texts(window) -> dict[str, str]:
    """The sampled texts of the window, keyed by where they are."""
    texts = {}
    for key, menu in window._menus.items():
        texts[f"menu {key}"] = menu.title()
        for index, action in enumerate(menu.actions()):
            if not action.isSeparator() and action.isVisible():
                texts[f"menu {key} item {index}"] = action.text()
    for index in range(window.tabs.count()):
        texts[f"tab {index}"] = window.tabs.tabText(index)
    tab = window.tab_widget("customers")
    for root_name, root in (("welcome", window.welcome_bar), ("customers", tab)):
        widgets = root.findChildren(QLabel) + root.findChildren(QAbstractButton) + root.findChildren(QGroupBox)
        for index, widget in enumerate(widgets):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if widget.isVisibleTo(window) and text and not widget.objectName().startswith("attribute_"):
                texts[f"{root_name} {type(widget).__name__} {index}"] = text
    header = tab.view.model()
    for column in range(header.columnCount()):
        texts[f"customer list column {column}"] = header.headerData(column, Qt_Horizontal())
    texts["search"] = tab.search_edit.placeholderText()
    return texts


def Qt_Horizontal():  # noqa: N802 - reads like the Qt constant it returns
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_main_window_in_vietnamese_leaves_no_english(demo_window, vietnamese):
    demo_window.welcome_bar.show()
    demo_window.show_tab("customers")  # the window opens on the Overview
    QCoreApplication.processEvents()  # the tab selects its first customer on the next turn of the loop
    detail = demo_window.tab_widget("customers").detail
    english = _visible_texts(demo_window)
    assert language.set_language("vi", remember=False)
    vietnamese_texts = _visible_texts(demo_window)
    assert set(vietnamese_texts) == set(english)
    assert len(english) > 60
    # Names, codes and figures of the shop's own data are the same in both languages.
    data = {str(v) for v in (detail.record or {}).values() if v} | {detail.subtitle_label.text()}
    left = [f"{where}: {english[where]!r}" for where, text in vietnamese_texts.items()
            if text == english[where] and text not in SAME_IN_BOTH and text not in data
            and any("a" <= c.lower() <= "z" for c in text)]
    assert not left, "still in English:\n" + "\n".join(left)
    assert vietnamese_texts["menu file"] == "&Tệp" and vietnamese_texts["tab 0"] == "Tổng quan"
    assert vietnamese_texts["tab 1"] == "Khách hàng"
    assert "Khách Quen" in demo_window.windowTitle()
    language.set_language("en", remember=False)
    assert _visible_texts(demo_window) == english


def test_errors_from_the_services_are_shown_in_vietnamese(demo_window, vietnamese, tmp_path):
    from app.services import backups, segments
    from app.services.errors import UserError
    from app.ui import session
    from app.ui.dialogs import error_text

    damaged = tmp_path / "old.regulars-backup"
    damaged.write_bytes(b"not a database")
    with pytest.raises(UserError) as backup_error:
        backups.restore_file(damaged, tmp_path / "shop.regulars")
    with pytest.raises(UserError) as rule_error:
        segments.matching_ids(session.current_shop().conn, {"all": [{"field": "spend", "op": "ge", "value": "lots"}]})
    assert error_text(backup_error.value) == str(backup_error.value)  # English until the switch
    language.set_language("vi", remember=False)
    assert error_text(backup_error.value) == "Bản sao lưu old.regulars-backup bị hỏng và không thể khôi phục."
    # The field is named by its translated label on screen, by its key on the command line.
    assert error_text(rule_error.value) == "Điều kiện về Tổng chi tiêu cần một con số, không phải 'lots'."
    assert "spend" in str(rule_error.value)


BROKEN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="vi_VN"><context><name>Backups</name>
<message><source>The backup {name} is damaged and cannot be restored.</source>
<translation>Bản sao lưu {ten} bị hỏng.</translation></message></context></TS>
"""


def test_a_translation_that_lost_its_placeholder_falls_back_to_english(qt_app, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.services.errors import UserError
    from app.ui.dialogs import error_text

    (tmp_path / "broken.ts").write_text(BROKEN, encoding="utf-8")
    subprocess.run([str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), "-silent", str(tmp_path / "broken.ts"),
                    "-qm", str(tmp_path / "broken.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "broken.qm"))
    exc = UserError("The backup {name} is damaged and cannot be restored.", context="Backups", name="a.bak")
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Backups", exc.template) == "Bản sao lưu {ten} bị hỏng."
        assert error_text(exc) == "The backup a.bak is damaged and cannot be restored."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_calendars_follow_the_interface_language(demo_window, vietnamese):
    from app.ui.customers.detail import _DateField

    detail = demo_window.tab_widget("customers").detail
    field = next(e for e in detail.editors.values() if isinstance(e, _DateField))
    language.set_language("vi", remember=False)
    assert field.edit.calendarWidget().locale().language() == QLocale.Language.Vietnamese
    assert QLocale().standaloneMonthName(10) == "Tháng 10"
    language.set_language("en", remember=False)
    assert field.edit.calendarWidget().locale().language() != QLocale.Language.Vietnamese


def test_the_import_preview_shows_values_in_the_shop_format(demo_window):
    from app.ui.import_assistant.preview_model import shop_formatted

    # The demo shop counts in đồng with Vietnamese number and date formats.
    assert shop_formatted("date", "2024-03-05") == "05/03/2024"
    assert shop_formatted("line_amount", "1234567") == "1.234.567 ₫"
    assert shop_formatted("unit_price", "12.5") == "12,5 ₫"
    assert shop_formatted("quantity", "1.5") == "1,5"
    assert shop_formatted("invoice", "HD001") == "HD001"
    assert shop_formatted("date", "31/02/2024") == "31/02/2024"  # not a date the importer made: as it is


def test_import_refusals_name_their_bad_values_in_vietnamese(window, vietnamese, tmp_path):
    from types import SimpleNamespace

    from app.services import importing
    from app.services.importing.errors import ImportRefused, Problem
    from app.services.importing.lines import refusal as refuse
    from app.ui.import_assistant import texts

    empty = tmp_path / "trống.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportRefused) as info:
        importing.open_source(empty)
    not_a_date = "“{value}” is not a date."
    problems = [Problem(row, "Ngày", value, not_a_date) for row, value in ((3, "31/02/2024"), (7, "hôm qua"))]
    bad_rows = refuse(SimpleNamespace(file_name="bán hàng.csv"), problems, total_bad=2)
    assert str(bad_rows) == ("The file bán hàng.csv was not imported: row 3, column “Ngày”: “31/02/2024” is not a "
                             "date; one more row has a problem (row 7, column “Ngày”: “hôm qua” is not a date).")
    language.set_language("vi", remember=False)
    assert texts.refusal(info.value) == "Tệp trống.csv trống."
    assert texts.refusal(bad_rows) == (
        "Tệp bán hàng.csv chưa được nhập: dòng 3, cột “Ngày”: “31/02/2024” không phải là ngày; còn một dòng "
        "khác có lỗi (dòng 7, cột “Ngày”: “hôm qua” không phải là ngày).")


def test_qt_own_texts_are_in_vietnamese_too(qt_app, vietnamese):
    """Context menus of text fields, standard buttons and Qt's own file dialog: Qt ships no
    Vietnamese, so ours (qtbase_extra_vi.ts) is loaded."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QPushButton

    language.set_language("vi", remember=False)
    field = QLineEdit("abc")
    menu_texts = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions() if not a.isSeparator()]
    assert "&Sao chép" in menu_texts and "&Dán" in menu_texts and "Chọn tất cả" in menu_texts
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert {b.text() for b in buttons.buttons()} == {"Đồng ý", "Hủy"}
    dialog = QFileDialog(None, "", "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"}
    assert {b.text() for b in dialog.findChildren(QPushButton)} == {"&Mở", "Hủy"}
    language.set_language("en", remember=False)
    assert {b.text() for b in buttons.buttons()} == {"OK", "Cancel"}
