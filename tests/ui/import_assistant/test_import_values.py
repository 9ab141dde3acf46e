"""The import assistant and values it cannot settle alone (issue 8): amounts like 1.234 that neither the
file nor the shop's currency explains are asked about in the preview (Import stays disabled until
answered), empty rows are counted, and an empty shop takes the currency of the file it imports."""

from __future__ import annotations

from assistant_helpers import import_to_the_end, open_assistant, shop_counts, walk_to_preview
from PySide6.QtWidgets import QWizard

from app.models import settings as shop_settings
from app.ui import session
from app.ui.events import events


def _set_currency(currency: str, locale: str) -> None:
    shop_settings.put_many(session.current_shop().conn, {"currency": currency, "locale": locale})
    events.settings_changed.emit()


def test_the_preview_asks_how_to_read_1_234_and_imports_with_the_answer(window, qtbot, tmp_path):
    _set_currency("EUR", "de_DE")
    path = tmp_path / "euro sales.csv"
    path.write_text("Date,Invoice,Customer,Total\n2024-06-01,X1,Ann,1.234\n2024-06-02,X2,Ben,2.500\n",
                    encoding="utf-8")
    assistant = open_assistant(window, qtbot, [path])
    walk_to_preview(assistant, qtbot)
    preview = assistant.preview_page
    assert preview.result.number_question == ("Total", "1.234")
    assert preview.number_box.isVisible() and "“Total”" in preview.number_label.text()
    commit = assistant.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()

    preview.thousands_radio.click()
    qtbot.waitUntil(lambda: preview.result is not None, timeout=30_000)
    assert preview.result.number_question is None and preview.thousands_radio.isChecked()
    assert preview.number_box.isVisible()  # the answer can still be changed
    qtbot.waitUntil(commit.isEnabled, timeout=10_000)
    summary = import_to_the_end(assistant, qtbot)
    assert summary.lines_added == 2
    assert shop_counts()["amount"] == (1234 + 2500) * 1000


def test_empty_rows_are_counted_in_the_preview_and_the_summary(window, qtbot, tmp_path):
    path = tmp_path / "with gaps.csv"
    path.write_text("Date,Invoice,Customer,Total\n2024-06-01,X1,Ann,10\n,,,\n  , ,\t,\n2024-06-02,X2,Ben,5\n",
                    encoding="utf-8")
    assistant = open_assistant(window, qtbot, [path])
    walk_to_preview(assistant, qtbot)
    assert assistant.preview_page.figure_values["empty_rows"].text() == "2"
    summary = import_to_the_end(assistant, qtbot)
    assert (summary.lines_added, summary.empty_rows_skipped) == (2, 2)
    run_page = assistant.run_page
    assert run_page.figure_values["empty_rows_skipped"].isVisible()
    assert run_page.figure_values["empty_rows_skipped"].text() == "2"


def test_an_empty_shop_takes_the_currency_of_the_file(window, qtbot, tmp_path):
    assert session.fmt().currency == "VND"
    path = tmp_path / "pounds.csv"
    path.write_text("Date,Invoice,Customer,Total\n2024-06-01,X1,Ann,£10.50\n2024-06-02,X2,Ben,£5.25\n",
                    encoding="utf-8")
    assistant = open_assistant(window, qtbot, [path])
    walk_to_preview(assistant, qtbot)
    assert assistant.preview_page.result.currency_adopted == "GBP"
    assert "GBP" in assistant.preview_page.notice.text()
    summary = import_to_the_end(assistant, qtbot)
    assert summary.currency_adopted == "GBP" and "GBP" in assistant.run_page.notice.text()
    assert (session.fmt().currency, session.fmt().locale) == ("GBP", "en_GB")
