"""The assistant and the history dialog follow a live language change: their own texts, the wizard
buttons (Qt has no Vietnamese for them) and the field labels that come from the backend."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from assistant_helpers import next_page, open_assistant
from PySide6.QtWidgets import QWizard

from app.ui import language

VENV_LRELEASE = Path(__file__).resolve().parents[3] / ".venv" / "bin" / "pyside6-lrelease"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="vi_VN">
<context><name>ImportAssistant</name>
<message><source>Next &gt;</source><translation>Tiếp &gt;</translation></message>
<message><source>Import</source><translation>Nhập</translation></message>
<message><source>Import sales…</source><translation>Nhập dữ liệu bán hàng…</translation></message>
</context>
<context><name>ColumnsPage</name>
<message><source>The columns</source><translation>Các cột</translation></message>
<message><source>— not in this file —</source><translation>— không có trong tệp —</translation></message>
</context>
<context><name>FilePage</name>
<message><source>Header row:</source><translation>Dòng tiêu đề:</translation></message>
</context>
<context><name>ImportField</name>
<message><source>Date of sale</source><translation>Ngày bán</translation></message>
</context>
<context><name>Import</name>
<message><source>Choose the column with the date of each sale.</source><translation>Hãy chọn cột ngày bán của mỗi giao dịch.</translation></message>
</context>
<context><name>ImportHistoryDialog</name>
<message><source>Undo this import</source><translation>Hoàn tác lần nhập này</translation></message>
</context>
</TS>
"""


@pytest.fixture
def tiny_vietnamese(tmp_path, monkeypatch):
    """A compiled translation of a few of the assistant's texts, standing in for regulars_vi.qm."""
    ts = tmp_path / "regulars_vi.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([str(VENV_LRELEASE), "-silent", str(ts), "-qm", str(tmp_path / "regulars_vi.qm")], check=True)
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)
    yield tmp_path
    language.set_language("en", remember=False)


def test_the_assistant_and_the_history_follow_the_language(window, qtbot, vietnamese_csv, tiny_vietnamese):
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    next_page(assistant, qtbot)
    columns = assistant.columns_page
    columns.choose("date", None)
    window.action("import_history").trigger()
    history = window.import_controller.history

    assert language.set_language("vi", remember=False)
    assert assistant.buttonText(QWizard.WizardButton.NextButton) == "Tiếp >"
    assert assistant.buttonText(QWizard.WizardButton.CommitButton) == "Nhập"
    assert columns.title() == "Các cột"
    assert columns._rows["date"][0].text() == "Ngày bán"
    assert columns.combo("date").itemText(0) == "— không có trong tệp —"
    assert "Hãy chọn cột ngày bán của mỗi giao dịch." in columns.missing_notice.text()
    assert assistant.file_page.header_label.text() == "Dòng tiêu đề:"
    assert history.undo_button.text() == "Hoàn tác lần nhập này"
    assert window.action("import_sales").text() == "Nhập dữ liệu bán hàng…"

    language.set_language("en", remember=False)
    assert assistant.buttonText(QWizard.WizardButton.NextButton) == "Next >"
    assert columns._rows["date"][0].text() == "Date of sale"
    assert history.undo_button.text() == "Undo this import"


def test_the_row_limit_reads_in_the_shops_number_style(window):
    from app.services.importing.errors import ImportRefused
    from app.services.importing.sources import refuse_too_many_rows
    from app.ui.import_assistant import texts

    with pytest.raises(ImportRefused) as refused:
        refuse_too_many_rows("big.csv", 2_000_000)
    assert "1,048,576" in str(refused.value)
    assert "1.048.576" in texts.refusal(refused.value)  # the open test shop is a VND one
