"""The Personas tab over the demo shop: cards in the owner's order, every kind of edit undone and
redone through Edit > Undo/Redo, drag to reorder, a refused photo leaving the card unchanged, the
live panel following the data, the print preview showing the exported PDF, File > Print."""

from __future__ import annotations

import datetime as dt
import io

import pypdfium2
import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex

from app.services.changes import Changes
from app.services.personas import numbers as live
from app.services.personas import pdf, records
from app.ui import failures, session
from app.ui.events import events


@pytest.fixture
def tab(demo_window, qtbot):
    demo_window.show_tab("personas")
    widget = demo_window.tab_widget("personas")
    qtbot.waitUntil(lambda: len(widget.model.personas) == 3 and not widget.model.headlines_pending
                    and not widget.editor.numbers.pending)
    return widget


@pytest.fixture
def refusals(monkeypatch):
    shown = []
    monkeypatch.setattr(failures, "warn", lambda parent, title, text: shown.append(text))
    return shown


def _stored(tab):
    return [(p.id, p.name, p.fields, p.segment_ref, p.photo, p.reviewed_on)
            for p in records.list_personas(session.current_shop().conn)]


def _undo_redo(tab, before, after):
    stack = session.undo_stack()
    stack.undo()
    assert _stored(tab) == before
    stack.redo()
    assert _stored(tab) == after


def test_the_cards_show_the_demo_personas_with_live_figures(tab):
    names = [p.name for p in tab.model.personas]
    assert names[0].startswith("Chị Lan") and len(names) == 3
    first = tab.model.personas[0]
    assert tab.model.segment_names[first.id] == "Champions"
    figures = live.compute(session.current_shop().conn, "rfm:champions")
    assert tab.model.headlines[first.id][0] == f"{figures.customers} customers"
    assert tab.editor.persona.id == first.id
    assert tab.editor.name_edit.text() == first.name


@pytest.mark.parametrize("edit", ["new", "template", "duplicate", "delete", "name", "text", "long text",
                                  "list add", "list remove", "list move", "segment", "review", "photo"])
def test_each_kind_of_edit_is_undone_and_redone(tab, qtbot, tmp_path, edit):
    editor = tab.editor
    before = _stored(tab)
    if edit == "new":
        assert tab.new_persona("blank")
    elif edit == "template":
        assert tab.new_persona("b2b")
    elif edit == "duplicate":
        assert tab.duplicate_selected()
    elif edit == "delete":
        assert tab.delete_selected()
    elif edit == "name":
        editor.name_edit.setText("Chị Lan mới")
        editor.name_edit.editingFinished.emit()
    elif edit == "text":
        editor.text_edits["quote"].setText("Một câu mới")
        editor.text_edits["quote"].editingFinished.emit()
    elif edit == "long text":
        editor.long_edits["insight"].setPlainText("Sự thật ngầm hiểu mới")
        editor.long_edits["insight"].committed.emit(editor.long_edits["insight"].toPlainText())
    elif edit == "list add":
        editor.list_edits["needs"].entry.setText("Một nhu cầu mới")
        editor.list_edits["needs"].add_entry()
    elif edit == "list remove":
        editor.list_edits["needs"].list.setCurrentRow(0)
        editor.list_edits["needs"].remove_current()
    elif edit == "list move":
        editor.list_edits["needs"].list.setCurrentRow(0)
        editor.list_edits["needs"].move_current(1)
    elif edit == "segment":
        combo = editor.segment_combo
        combo.setCurrentIndex(combo.findData("tier:premium"))
        combo.activated.emit(combo.currentIndex())
        assert editor.numbers.ref == "tier:premium"
    elif edit == "review":
        editor.mark_reviewed()
    elif edit == "photo":
        image = tmp_path / "face.png"
        Image.new("RGB", (300, 200), (20, 160, 90)).save(image)
        assert editor.set_photo_file(str(image))
    after = _stored(tab)
    assert after != before
    _undo_redo(tab, before, after)
    qtbot.waitUntil(lambda: [p.id for p in tab.model.personas] == [row[0] for row in after])


def test_the_list_edit_reaches_the_stored_persona(tab):
    editor = tab.editor
    editor.list_edits["stickers"].entry.setText("Thích trà sen")
    editor.list_edits["stickers"].add_entry()
    stored = records.get(session.current_shop().conn, editor.persona.id)
    assert stored.value("stickers")[-1] == "Thích trà sen"
    assert editor.list_edits["stickers"].values() == stored.value("stickers")


@pytest.mark.parametrize("content, sentence", [
    (b"MZ\x90\x00" + b"\x00" * 600, "not an image"),
    ("truncated", "damaged or incomplete"),
    ("bomb", "over 40 megapixels"),
    ("gif", "not supported"),
])
def test_a_refused_photo_leaves_the_card_unchanged(tab, refusals, tmp_path, content, sentence):
    path = tmp_path / "photo.jpg"
    if content == "truncated":
        out = io.BytesIO()
        Image.new("RGB", (600, 600), (200, 10, 10)).save(out, "JPEG")
        path.write_bytes(out.getvalue()[:3000])
    elif content == "bomb":
        Image.new("1", (8000, 6000)).save(path, "PNG")
    elif content == "gif":
        Image.new("P", (20, 20)).save(path, "GIF")
    else:
        path.write_bytes(content)
    before = _stored(tab)
    count = session.undo_stack().count()
    assert not tab.editor.set_photo_file(str(path))
    assert _stored(tab) == before and session.undo_stack().count() == count
    assert refusals and sentence in refusals[-1]


def test_dragging_a_card_onto_another_reorders_and_undoes(tab, qtbot):
    ids = [p.id for p in tab.model.personas]
    data = tab.model.mimeData([tab.model.index(0)])
    tab.model.dropMimeData(data, tab.model.supportedDropActions(), -1, 0, tab.model.index(2))
    qtbot.waitUntil(lambda: [p.id for p in tab.model.personas] == [ids[1], ids[2], ids[0]])
    assert [p.id for p in records.list_personas(session.current_shop().conn)] == [ids[1], ids[2], ids[0]]
    session.undo_stack().undo()
    qtbot.waitUntil(lambda: [p.id for p in tab.model.personas] == ids)
    # dropping the last card on the first puts it first
    tab.model.dropMimeData(tab.model.mimeData([tab.model.index(2)]), tab.model.supportedDropActions(), -1, 0,
                           tab.model.index(0))
    qtbot.waitUntil(lambda: [p.id for p in tab.model.personas] == [ids[2], ids[0], ids[1]])
    assert tab.model.dropMimeData(data, tab.model.supportedDropActions(), -1, 0, QModelIndex()) is False


def test_search_hides_the_cards_that_do_not_match(tab):
    tab.search.setText("HOA DON")  # accents and case not needed
    hidden = [tab.grid.isRowHidden(r) for r in range(3)]
    assert hidden == [True, False, True]
    tab.search.clear()
    assert not any(tab.grid.isRowHidden(r) for r in range(3))


def test_the_live_panel_follows_the_data(tab, qtbot):
    from tests.segments.conftest import ShopBuilder

    conn = session.current_shop().conn
    panel = tab.editor.numbers
    fmt = session.fmt()
    assert panel.lines() == live.describe(live.compute(conn, "rfm:champions"), fmt.currency, fmt.locale)
    before = panel.lines()
    member = live.member_ids(conn, "rfm:champions")[0]
    builder = ShopBuilder(conn)
    builder.buy(member, dt.date.today(), 5_000_000, category="Trà pha")
    builder.commit()
    events.announce(Changes(sales=True))
    after = panel.lines()
    assert after != before
    assert after == live.describe(live.compute(conn, "rfm:champions"), fmt.currency, fmt.locale)


def test_the_review_flag_shows_on_the_header(tab):
    conn = session.current_shop().conn
    conn.execute("UPDATE personas SET reviewed_on = '2020-01-01' WHERE id = ?", (tab.model.personas[0].id,))
    events.announce(Changes(personas=True))
    assert tab.header.property("review_due") == 1
    assert "not reviewed for 6 months" in tab.header.text()


def test_the_print_preview_shows_the_exported_pdf_and_prints_it(tab, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.printing import print_pdf

    dialog = tab.print_preview(show=False)
    exported = pdf.shop_pdf(session.current_shop().conn, tab.model.personas)
    assert len(dialog.pages) == 3 == len(pypdfium2.PdfDocument(exported))
    assert _page_texts(dialog.data) == _page_texts(exported)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(dialog.data, printer) == 3
    printed = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(printed) == 3
    image = printed[0].render(scale=0.3).to_pil().convert("L")
    assert image.getextrema()[0] < 100  # the card was drawn, not a blank page
    dialog.close()


def _page_texts(data: bytes) -> list[str]:
    return [page.get_textpage().get_text_range().split("persona card printed")[0]
            for page in pypdfium2.PdfDocument(data)]


def test_file_print_is_ctrl_p_on_the_personas_tab(demo_window, monkeypatch):
    from app.ui import print_action as extension

    extension.install(demo_window)
    action = demo_window.action("print")
    assert action.shortcut().toString() == "Ctrl+P"
    demo_window.show_tab("customers")
    assert not action.isEnabled()
    demo_window.show_tab("personas")
    assert action.isEnabled()
    dialog = extension.print_current_tab(demo_window)
    assert dialog is not None and len(dialog.pages) == 3
    dialog.close()


def test_vietnamese_texts(tab, qtbot):
    from app.ui import language

    language.set_language("vi", remember=False)
    assert tab.new_button.text() == "Tạo mới"
    assert tab.editor.numbers.title() == "Theo con số"


def test_an_image_dropped_on_a_card_becomes_its_photo(tab, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, Qt, QUrl

    image = tmp_path / "face.webp"
    Image.new("RGB", (500, 700), (200, 120, 40)).save(image, "WEBP")
    target = tab.model.personas[2]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(image))])
    assert tab.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, tab.model.index(2))
    conn = session.current_shop().conn
    qtbot.waitUntil(lambda: records.get(conn, target.id).photo != target.photo)
    stored = Image.open(io.BytesIO(records.get(conn, target.id).photo))
    assert stored.format == "JPEG" and stored.size[1] == 640
    session.undo_stack().undo()
    assert records.get(conn, target.id).photo == target.photo


def test_the_cards_model_passes_qts_model_tester(tab, qtbot):
    from PySide6.QtTest import QAbstractItemModelTester

    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tab.reload()
    tab.new_persona("b2c")
    session.undo_stack().undo()
    assert tab.model.rowCount() == 3


def test_the_print_preview_speaks_vietnamese(tab):
    from app.ui import language

    language.set_language("vi", remember=False)
    dialog = tab.print_preview(show=False)
    assert dialog.windowTitle() == "Xem trước khi in"
    assert (dialog.print_button.text(), dialog.save_button.text()) == ("In…", "Lưu thành PDF…")
    assert "Số liệu tính đến ngày" in dialog.document[0].get_textpage().get_text_range()
    dialog.close()
