"""The import assistant driven like the owner does, over a real temporary shop and real files:
menu, banner and drop open it; a walk to the end imports exactly the file's sales; a second import
adds nothing; refused files keep the assistant on the first page; Cancel leaves the shop unchanged."""

from __future__ import annotations

import threading

import pytest
from assistant_helpers import (
    SEMICOLON_ROWS,
    VN_ROWS,
    XLSX_ROWS,
    import_to_the_end,
    next_page,
    open_assistant,
    shop_counts,
    vn_amount_total,
    vn_customers,
    walk_to_preview,
)
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QRadioButton, QWizard

from app.models.units import MONEY_SCALE
from app.services import importing
from app.ui import session
from app.ui.events import events


def test_menu_action_has_ctrl_i_and_opens_the_assistant_with_a_file_chooser(window, qtbot):
    action = window.action("import_sales")
    assert action is not None and action.shortcut().toString() == "Ctrl+I"
    assert action.text() == "Import sales…" and action.isEnabled()
    assert window.action("import_history").text() == "Import history…"
    action.trigger()
    assistant = window.import_controller.assistant
    assert assistant.isVisible() and assistant.currentId() == assistant.FILE
    qtbot.waitUntil(lambda: assistant.file_page.file_dialog is not None and assistant.file_page.file_dialog.isVisible())
    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    assistant.file_page.file_dialog.reject()
    assistant.reject()
    assert not assistant.isVisible()


def test_a_vietnamese_csv_is_imported_exactly_and_a_second_import_adds_nothing(window, qtbot, vietnamese_csv):
    before = shop_counts()
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    page = assistant.file_page
    assert page.isComplete(), page.refusal_text()
    assert assistant.source.encoding == "utf-8-sig" and assistant.source.delimiter == ","
    assert page.encoding_value.text() == "Unicode (UTF-8 with a byte-order mark)"
    assert page.delimiter_value.text() == "comma ( , )"
    assert page.header_spin.value() == 1
    assert page.table.item(0, 0).text() == "Ngày" and page.table.item(0, 0).font().bold()

    next_page(assistant, qtbot)
    columns = assistant.columns_page
    assert assistant.mapping.columns["date"] == "Ngày" and assistant.mapping.columns["line_amount"] == "Thành tiền"
    assert columns.combo("customer_code").currentText() == "Mã khách hàng"
    assert columns.combo("email").currentIndex() == 0 and columns.combo("email").currentText() == "— not in this file —"
    sample = columns._rows["product_name"][2].text()
    assert "Trà sen" in sample and "Bánh pía" in sample
    assert columns.sales_radio.isChecked() and columns.isComplete()

    next_page(assistant, qtbot)
    preview = assistant.preview_page
    qtbot.waitUntil(lambda: preview.result is not None, timeout=30_000)
    assert preview.result.rows_read == len(VN_ROWS) and preview.result.lines_to_add == len(VN_ROWS)
    assert preview.result.date_order == "dmy"
    assert preview.figure_values["date_order"].text() == "day/month/year"
    assert preview.figure_values["lines_to_add"].text() == str(len(VN_ROWS))
    assert preview.model.rowCount() == len(VN_ROWS)
    assert preview.model.index(0, 1).data() == "New"
    assert not preview.problems_box.isVisible()

    with qtbot.waitSignals([events.sales_changed, events.customers_changed], timeout=60_000):
        summary = import_to_the_end(assistant, qtbot)
    assert assistant.run_page.state == "done"
    assert summary.lines_added == len(VN_ROWS) and summary.duplicates_skipped == 0
    assert summary.customers_added == len(vn_customers(VN_ROWS))
    assert assistant.run_page.figure_values["lines_added"].text() == str(len(VN_ROWS))
    after = shop_counts()
    assert after["lines"] - before["lines"] == len(VN_ROWS)
    assert after["customers"] - before["customers"] == len(vn_customers(VN_ROWS))
    assert after["amount"] - before["amount"] == vn_amount_total(VN_ROWS) * MONEY_SCALE
    assert after["imports"] == before["imports"] + 1
    assert not assistant.button(QWizard.WizardButton.BackButton).isVisible() or \
        not assistant.button(QWizard.WizardButton.BackButton).isEnabled()
    assert assistant.button(QWizard.WizardButton.FinishButton).text() == "Close"
    assistant.button(QWizard.WizardButton.FinishButton).click()
    assert not assistant.isVisible()

    again = open_assistant(window, qtbot, [vietnamese_csv])
    next_page(again, qtbot)
    assert again.mapping.saved  # the backend remembered the confirmed columns for this file shape
    assert "you confirmed for a file like this one" in again.columns_page.preset_notice.text()
    next_page(again, qtbot)
    qtbot.waitUntil(lambda: again.preview_page.result is not None, timeout=30_000)
    assert again.preview_page.result.lines_to_add == 0
    assert again.preview_page.result.duplicates == len(VN_ROWS)
    assert again.preview_page.model.index(0, 1).data() == "Already in the shop"
    summary = import_to_the_end(again, qtbot)
    assert summary.lines_added == 0 and summary.duplicates_skipped == len(VN_ROWS)
    assert shop_counts()["lines"] == after["lines"] and shop_counts()["amount"] == after["amount"]


def test_semicolons_dotted_thousands_and_day_month_dates(window, qtbot, semicolon_csv):
    assistant = open_assistant(window, qtbot, [semicolon_csv])
    assert assistant.source.delimiter == ";"
    walk_to_preview(assistant, qtbot)
    result = assistant.preview_page.result
    assert result.date_order == "dmy" and result.number_format.startswith("1.234.567")
    assert result.rows_rejected == 0 and result.lines_to_add == len(SEMICOLON_ROWS)
    summary = import_to_the_end(assistant, qtbot)
    assert summary.lines_added == len(SEMICOLON_ROWS)
    conn = session.current_shop().conn
    stored = dict(conn.execute("SELECT invoice, amount FROM sales").fetchall())
    assert stored == {inv: amount * MONEY_SCALE for _d, inv, _c, _n, amount in SEMICOLON_ROWS}
    # 13/02/2024 is the 13th of February, not month 13.
    day = conn.execute("SELECT sold_at / 86400 FROM sales WHERE invoice = 'A-2'").fetchone()[0]
    import datetime as dt

    assert dt.date(1970, 1, 1) + dt.timedelta(days=day) == dt.date(2024, 2, 13)


def test_an_xlsx_with_a_title_row_finds_its_header_and_the_header_row_can_be_changed(window, qtbot, titled_xlsx):
    assistant = open_assistant(window, qtbot, [titled_xlsx])
    page = assistant.file_page
    assert assistant.source.format == "xlsx" and assistant.source.header_row == 2
    assert page.header_spin.value() == 3 and page.sheet_combo.isVisible()
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == ["Sales May", "Notes"]
    assert page.format_value.text() == "Excel workbook (.xlsx)"

    page.header_spin.setValue(1)
    page.header_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: not page.busy() and assistant.source is not None and assistant.source.header_row == 0,
                    timeout=10_000)
    assert assistant.source.headers[0] == "Sales report, May 2024"
    page.header_spin.setValue(3)
    page.header_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: not page.busy() and assistant.source.header_row == 2, timeout=10_000)
    assert assistant.source.headers[:2] == ("Date", "Invoice")

    walk_to_preview(assistant, qtbot)
    assert assistant.preview_page.result.lines_to_add == len(XLSX_ROWS)
    summary = import_to_the_end(assistant, qtbot)
    assert summary.lines_added == len(XLSX_ROWS) and summary.customers_added == 2
    conn = session.current_shop().conn
    expected = sum(round(qty * price * MONEY_SCALE) for *_x, qty, price in XLSX_ROWS)
    assert conn.execute("SELECT SUM(amount) FROM sales").fetchone()[0] == expected
    emails = {r[0] for r in conn.execute("SELECT email FROM customers")}
    assert emails == {"alice@example.com", "bob@example.com"}


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03binary\xff\xfe junk" * 50,
                                     bytes(range(0xA0, 0x100)) * 40 + b"\n" + bytes(range(0x21, 0x7F)) * 40])
def test_a_refused_file_shows_the_sentence_and_stays_on_the_first_page(window, qtbot, tmp_path, content):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    before = shop_counts()
    assistant = open_assistant(window, qtbot, [path])
    page = assistant.file_page
    assert not page.isComplete()
    assert page.notice.isVisible() and "broken.xlsx" in page.refusal_text()
    next_button = assistant.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    next_button.click()
    assert assistant.currentId() == assistant.FILE
    assert shop_counts() == before


def test_enter_goes_to_the_next_page_and_escape_closes(window, qtbot, vietnamese_csv):
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    qtbot.keyClick(assistant, Qt.Key.Key_Return)
    assert assistant.currentId() == assistant.COLUMNS
    qtbot.keyClick(assistant, Qt.Key.Key_Escape)
    assert not assistant.isVisible()


def test_buttons_have_our_own_texts(window, qtbot, vietnamese_csv):
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    assert assistant.buttonText(QWizard.WizardButton.NextButton) == "Next >"
    assert assistant.buttonText(QWizard.WizardButton.CommitButton) == "Import"
    assert assistant.buttonText(QWizard.WizardButton.CancelButton) == "Cancel"
    assert assistant.windowTitle() == "Import sales"


def test_rows_with_problems_can_be_skipped_and_saved(window, qtbot, tmp_path):
    path = tmp_path / "with problems.csv"
    path.write_text("Date,Invoice,Customer,Total\n"
                    "2024-06-01,X1,Ann,10.50\n"
                    "2024-06-02,X2,Ben,not a number\n"
                    "2024-06-03,X3,Cat,7.25\n"
                    "yesterday,X4,Dan,3.00\n", encoding="utf-8")
    assistant = open_assistant(window, qtbot, [path])
    walk_to_preview(assistant, qtbot)
    preview = assistant.preview_page
    result = preview.result
    assert result.rows_rejected == 2 and result.refusal
    assert preview.problems_box.isVisible()
    problems = preview.problems_label.text()
    assert "Row 3, column “Total”" in problems and "Row 5, column “Date”" in problems
    statuses = [preview.model.index(r, 1).data() for r in range(preview.model.rowCount())]
    assert statuses.count("Problem") == 2
    commit = assistant.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()

    saved = tmp_path / "rejected from preview.csv"
    job = preview.save_rejected_rows(saved)
    assert job.wait(30_000)
    qtbot.waitUntil(lambda: preview.saved_notice.isVisible())
    text = saved.read_text(encoding="utf-8-sig")
    assert "not a number" in text and "yesterday" in text and "X1" not in text
    assert shop_counts()["lines"] == 0  # the dry run wrote nothing

    preview.skip_check.setChecked(True)
    assert commit.isEnabled()
    summary = import_to_the_end(assistant, qtbot)
    assert summary.lines_added == 2 and summary.rows_rejected == 2
    assert shop_counts()["amount"] == round((10.50 + 7.25) * MONEY_SCALE)
    after_import = tmp_path / "rejected after import.csv"
    assert assistant.run_page.save_button.isVisible()
    assert assistant.run_page.save_rejected_rows(after_import)
    assert "yesterday" in after_import.read_text(encoding="utf-8-sig")


def _blocking_run_import(monkeypatch):
    """Wraps the real run_import so that its first progress report waits until the owner has asked to
    cancel: the Cancel below then always lands in the middle of the import, however fast it is."""
    from app.services import importing

    real = importing.run_import
    reached = threading.Event()

    def run_import(shop_path, source, mapping, options=None, progress=None, cancelled=None):
        def held_progress(done, total, message=""):
            if not reached.is_set():
                reached.set()
                for _ in range(2000):
                    if cancelled():
                        break
                    threading.Event().wait(0.005)
            progress(done, total, message)

        return real(shop_path, source, mapping, options, progress=held_progress, cancelled=cancelled)

    monkeypatch.setattr(importing, "run_import", run_import)
    return reached


def test_cancel_during_the_import_leaves_the_shop_unchanged(window, qtbot, vietnamese_csv, monkeypatch):
    reached = _blocking_run_import(monkeypatch)
    before = shop_counts()
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    walk_to_preview(assistant, qtbot)
    next_page(assistant, qtbot)
    run = assistant.run_page
    assert run.state == "running"
    assert not assistant.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    qtbot.keyClick(assistant, Qt.Key.Key_Escape)  # Esc cancels the import, it does not close
    assert assistant.isVisible()
    qtbot.waitUntil(lambda: run.state == "cancelled", timeout=30_000)
    assert "Nothing was changed in the shop" in run.notice.text()
    assert shop_counts() == before
    assert run.back_button.isVisible()
    run.back_button.click()
    assert assistant.currentId() == assistant.PREVIEW and assistant.preview_page.result is not None
    monkeypatch.undo()
    summary = import_to_the_end(assistant, qtbot)  # trying again works
    assert summary.lines_added == len(VN_ROWS)


def test_dropping_files_opens_the_assistant_one_file_at_a_time(window, qtbot, vietnamese_csv, semicolon_csv):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(vietnamese_csv)), QUrl.fromLocalFile(str(semicolon_csv))])
    position = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_controller.assistant is not None, timeout=5_000)
    assistant = window.import_controller.assistant
    assert assistant.current_path() == vietnamese_csv
    assert assistant.windowTitle() == "Import sales – file 1 of 2"
    assert assistant.queued_files() == [str(semicolon_csv)]
    assert assistant.button(QWizard.WizardButton.CustomButton1).isVisible()  # Skip this file
    qtbot.waitUntil(lambda: not assistant.file_page.busy(), timeout=20_000)
    walk_to_preview(assistant, qtbot)
    import_to_the_end(assistant, qtbot)
    finish = assistant.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Next file"
    finish.click()
    assert assistant.isVisible() and assistant.currentId() == assistant.FILE
    assert assistant.current_path() == semicolon_csv and assistant.windowTitle() == "Import sales – file 2 of 2"
    qtbot.waitUntil(lambda: not assistant.file_page.busy(), timeout=20_000)
    walk_to_preview(assistant, qtbot)
    import_to_the_end(assistant, qtbot)
    assert finish.text() == "Close"
    finish.click()
    assert not assistant.isVisible()
    assert shop_counts()["lines"] == len(VN_ROWS) + len(SEMICOLON_ROWS)


def test_skip_this_file_goes_on_with_the_next_one(window, qtbot, tmp_path, semicolon_csv):
    broken = tmp_path / "empty.csv"
    broken.write_bytes(b"")
    assistant = open_assistant(window, qtbot, [broken, semicolon_csv])
    assert not assistant.file_page.isComplete()
    assistant.button(QWizard.WizardButton.CustomButton1).click()
    qtbot.waitUntil(lambda: assistant.file_page.isComplete(), timeout=20_000)
    assert assistant.current_path() == semicolon_csv
    assert not assistant.button(QWizard.WizardButton.CustomButton1).isVisible()


def test_a_read_only_shop_can_show_its_history_but_not_import_or_undo(qt_app, qtbot, shop_path, monkeypatch,
                                                                      semicolon_csv):
    from conftest import EXTENSION

    from app.services import importing
    from app.services.shop import create_shop, open_shop
    from app.ui import registry
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(registry, "EXTENSIONS", [EXTENSION])
    create_shop(shop_path, name="Read only").close()
    source = importing.open_source(semicolon_csv)
    importing.run_import(shop_path, source, importing.guess_mapping(source))
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_shop(open_shop(shop_path, read_only=True))
    window.show()
    try:
        assert not window.action("import_sales").isEnabled()
        window.action("import_history").trigger()  # looking is fine
        dialog = window.import_controller.history
        assert dialog.list.topLevelItemCount() == 1 and dialog.selected_import_id() is not None
        assert not dialog.undo_button.isEnabled() and dialog.undo_selected(confirm=False) is None
        dialog.close()
    finally:
        window.set_shop(None)


def test_changing_the_columns_updates_samples_missing_fields_and_next(window, qtbot, vietnamese_csv):
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    next_page(assistant, qtbot)
    columns = assistant.columns_page
    next_button = assistant.button(QWizard.WizardButton.NextButton)
    columns.choose("date", None)
    assert "date" not in assistant.mapping.columns
    assert not next_button.isEnabled() and not columns.isComplete()
    assert "Choose the column with the date of each sale." in columns.missing_notice.text()
    columns.choose("date", "Ngày")
    assert next_button.isEnabled()
    assert "05/03/2024" in columns._rows["date"][2].text()
    # One column feeds one field: choosing "Thành tiền" for the unit price takes it from the amount.
    columns.choose("unit_price", "Thành tiền")
    assert assistant.mapping.columns["unit_price"] == "Thành tiền" and "line_amount" not in assistant.mapping.columns
    assert columns.combo("line_amount").currentIndex() == 0
    columns.choose("unit_price", "Đơn giá")
    columns.choose("line_amount", "Thành tiền")
    columns.date_order_combo.setCurrentIndex(columns.date_order_combo.findData("mdy"))
    columns.date_order_combo.activated.emit(columns.date_order_combo.currentIndex())
    assert assistant.mapping.date_order == "mdy"
    next_page(assistant, qtbot)
    preview = assistant.preview_page
    qtbot.waitUntil(lambda: preview.result is not None, timeout=30_000)
    # Forced month/day: 15/04/2024 has no month 15, so that row is now a problem.
    assert preview.result.rows_rejected >= 1 and "Row 7, column “Ngày”" in preview.problems_label.text()
    assistant.back()
    assert assistant.currentId() == assistant.COLUMNS
    assert assistant.mapping.date_order == "mdy"  # the owner's choices are kept going back


def test_a_customer_list_adds_customers_and_no_sales(window, qtbot, tmp_path):
    path = tmp_path / "khach hang.csv"
    path.write_text("Mã khách hàng,Tên khách hàng,Điện thoại,Email,Ghi chú\n"
                    "KH100,Phan Thị Mai,912000111,mai@example.com,Thích trà sen\n"
                    "KH101,Vũ Đức Anh,0987000222,,\n", encoding="utf-8-sig")
    assistant = open_assistant(window, qtbot, [path])
    next_page(assistant, qtbot)
    columns = assistant.columns_page
    assert assistant.mapping.kind == "customers" and columns.customers_radio.isChecked()
    assert "Recognised: KiotViet: customer list" in columns.preset_notice.text()
    assert "notes" in columns._rows and "date" not in columns._rows
    assert assistant.mapping.columns["notes"] == "Ghi chú"
    columns.sales_radio.click()  # not a customer list after all? Then a date is needed.
    assert assistant.mapping.kind == "sales" and "date" in columns._rows and "notes" not in columns._rows
    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Choose the column with the date of each sale." in columns.missing_notice.text()
    columns.customers_radio.click()
    assert assistant.mapping.kind == "customers" and assistant.mapping.columns["notes"] == "Ghi chú"
    assert assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    next_page(assistant, qtbot)
    qtbot.waitUntil(lambda: assistant.preview_page.result is not None, timeout=30_000)
    assert assistant.preview_page.result.customers_new == 2
    summary = import_to_the_end(assistant, qtbot)
    assert summary.customers_added == 2
    conn = session.current_shop().conn
    assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 0
    phones = dict(conn.execute("SELECT code, phone FROM customers").fetchall())
    assert phones == {"KH100": "0912000111", "KH101": "0987000222"}  # the lost leading zero is back


def test_the_preview_can_be_cancelled_and_read_again(window, qtbot, vietnamese_csv, monkeypatch):
    from app.services import importing

    real = importing.preview
    reached = threading.Event()

    def held_preview(source, mapping, conn=None, options=None, progress=None, cancelled=None):
        reached.set()
        for _ in range(2000):
            if cancelled():
                break
            threading.Event().wait(0.005)
        return real(source, mapping, conn, options, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(importing, "preview", held_preview)
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    next_page(assistant, qtbot)
    next_page(assistant, qtbot)
    preview = assistant.preview_page
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert preview.progress.isVisible() and preview.busy()
    preview.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not preview.busy(), timeout=20_000)
    assert preview.result is None and "stopped" in preview.notice.text()
    assert not assistant.button(QWizard.WizardButton.CommitButton).isEnabled()
    monkeypatch.undo()
    preview.retry_button.click()
    qtbot.waitUntil(lambda: preview.result is not None, timeout=30_000)
    assert assistant.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_the_welcome_banner_opens_the_assistant(qt_app, qtbot, demo_path, monkeypatch):
    from conftest import EXTENSION

    from app.services.shop import open_shop
    from app.ui import registry, session
    from app.ui.dialogs import NewShopDialog
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(registry, "EXTENSIONS", [EXTENSION])
    monkeypatch.setattr(NewShopDialog, "exec", lambda dialog: (dialog.name_edit.setText("Quán Mai"), 1)[1])
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_shop(open_shop(demo_path))
    window.show()
    try:
        assert window.import_button.isVisible() and window.import_button.text() == "Import your own sales"
        window.import_button.click()
        assistant = window.import_controller.assistant
        assert assistant.isVisible() and assistant.current_path() is None
        assert session.current_shop().name == "Quán Mai"  # the owner's own shop, not the demo
        assistant.reject()
    finally:
        window.set_shop(None)


def test_a_file_changed_after_the_preview_is_refused_and_nothing_is_written(window, qtbot, vietnamese_csv):
    before = shop_counts()
    assistant = open_assistant(window, qtbot, [vietnamese_csv])
    walk_to_preview(assistant, qtbot)
    with open(vietnamese_csv, "ab") as fh:  # the owner saves the spreadsheet again meanwhile
        fh.write("01/05/2024,HD009,KH09,Ngô Bảo,0911000999,Trà sen,1,150000,150000\r\n".encode())
    import_to_the_end(assistant, qtbot)
    run = assistant.run_page
    assert run.state == "failed" and run.title() == "Nothing was imported"
    assert vietnamese_csv.name in run.notice.text()
    assert run.back_button.isVisible() and not run.summary_box.isVisible()
    assert shop_counts() == before


def test_invoices_already_in_the_shop_are_shown_and_the_owner_chooses_replace(window, qtbot, tmp_path):
    from tests.importing.conftest import write_csv, write_xlsx
    from tests.importing.test_invoice_identity import CSV_HEADER, CSV_LINES, KV_HEADER, KV_LINES

    shop_path = session.current_shop().path
    workbook = write_xlsx(tmp_path / "kiotviet.xlsx", {"Chi tiết": [KV_HEADER, *KV_LINES]})
    source = importing.open_source(workbook)
    importing.run_import(shop_path, source, importing.guess_mapping(source))
    assistant = open_assistant(window, qtbot, [write_csv(tmp_path / "same.csv", [CSV_HEADER, *CSV_LINES])])
    walk_to_preview(assistant, qtbot)
    preview = assistant.preview_page
    assert preview.existing_box.isVisible()
    text = preview.existing_label.text()
    assert "2 invoices of this file are already in the shop (3 lines)" in text and "kiotviet.xlsx" in text
    assert preview.existing_choice() == "keep" and preview.figure_values["lines_to_add"].text() == "0"
    assert "adds nothing" in preview.notice.text()
    assert preview.model.index(0, 1).data() == "Invoice already in the shop"
    preview.findChild(QRadioButton, "existing_replace").click()
    assert preview.existing_choice() == "replace" and preview.figure_values["lines_to_add"].text() == "3"
    assert not preview.notice.isVisible()
    summary = import_to_the_end(assistant, qtbot)
    assert (summary.existing_invoices_choice, summary.lines_replaced, summary.lines_added) == ("replace", 3, 3)
    assert assistant.run_page.figure_values["lines_replaced"].text() == "3"
    assert shop_counts()["lines"] == 3
