"""The Customers tab over the demo shop: the list model (Qt's model tester, windowed reads, search,
sort), the detail form with undo/redo, exports, and deleting a customer."""

from __future__ import annotations

import csv
import json
import unicodedata

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.models import customers
from app.ui import session
from app.ui.customers.models import CUSTOMER_ID_ROLE, LIST_COLUMNS, CustomerListModel


def _tab(window):
    from PySide6.QtCore import QCoreApplication

    window.show_tab("customers")  # the window opens on the Overview: the tab is built now
    QCoreApplication.processEvents()  # its first row is selected on the next turn of the event loop
    return window.tab_widget("customers")


def _plain(text: str) -> str:
    """Accent-free lower case, written independently of app.models.text."""
    text = unicodedata.normalize("NFKD", (text or "").lower()).replace("đ", "d")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _all_customers(conn) -> list[dict]:
    cur = conn.execute("SELECT id, code, name, phone, email, revenue, invoices, first_purchase, last_purchase FROM customers")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def _row_of(model, customer_id: int) -> int:
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), CUSTOMER_ID_ROLE) == customer_id)


def _column(name: str) -> int:
    return [c for c, _ in LIST_COLUMNS].index(name)


def test_list_model_passes_qt_model_tester(demo_window, qtbot):
    model = CustomerListModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_connection(session.current_shop().conn)
    assert model.rowCount() == 600
    model.set_search("nguyen")
    model.sort(_column("last_purchase"), Qt.SortOrder.AscendingOrder)
    model.refresh()
    model.set_search("")
    assert tester is not None and model.rowCount() == 600


def test_history_model_passes_qt_model_tester(demo_window):
    detail = _tab(demo_window).detail
    tester = QAbstractItemModelTester(detail.history_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    conn = session.current_shop().conn
    busiest = conn.execute("SELECT customer_id FROM sales WHERE customer_id != 0 GROUP BY 1 ORDER BY COUNT(*) DESC").fetchone()[0]
    detail.show_customer(busiest)
    lines = conn.execute("SELECT COUNT(*) FROM sales WHERE customer_id = ?", (busiest,)).fetchone()[0]
    assert tester is not None and detail.history_model.rowCount() == lines > 0
    # Returns are shown in red.
    amounts = [detail.history_model.data(detail.history_model.index(r, 0), Qt.ItemDataRole.ForegroundRole)
               for r in range(lines)]
    returns = conn.execute("SELECT COUNT(*) FROM sales WHERE customer_id = ? AND amount < 0", (busiest,)).fetchone()[0]
    assert sum(a is not None for a in amounts) == returns


def test_list_reads_only_the_windows_it_shows(demo_window):
    model = _tab(demo_window).model
    model.reload()
    assert model.rowCount() == 600
    assert len(model._blocks) == 0  # nothing read before anything is painted
    model.data(model.index(450, 1))
    assert set(model._blocks) == {450 // model.BLOCK}


def test_default_order_is_total_spent_descending(demo_window):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    expected = [c["id"] for c in sorted(_all_customers(conn), key=lambda c: (-c["revenue"], -c["id"]))]
    shown = [tab.model.data(tab.model.index(r, 0), CUSTOMER_ID_ROLE) for r in range(tab.model.rowCount())]
    assert shown == expected
    # The first customer is selected and shown in the detail pane.
    assert tab.detail.customer_id == expected[0]


@pytest.mark.parametrize("column", ["name", "last_purchase", "email", "avg_basket", "code"])
@pytest.mark.parametrize("descending", [False, True])
def test_clicking_a_header_sorts_like_python(demo_window, qtbot, column, descending):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    header = tab.view.horizontalHeader()
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    header.setSortIndicator(_column(column), order)  # what a header click does
    rows = _all_customers(conn)

    def key(c):
        if column == "avg_basket":
            value = c["revenue"] // c["invoices"] if c["invoices"] else None
        else:
            value = c[column]
        if isinstance(value, str):
            value = value.casefold()
        return value

    present = [c for c in rows if key(c) is not None]
    missing = [c for c in rows if key(c) is None]
    present.sort(key=lambda c: (key(c), c["id"]), reverse=descending)
    missing.sort(key=lambda c: c["id"], reverse=descending)
    expected = [c["id"] for c in present + missing]
    shown = [tab.model.data(tab.model.index(r, 0), CUSTOMER_ID_ROLE) for r in range(tab.model.rowCount())]
    if column == "name":  # SQLite's NOCASE folds ASCII only: compare the ASCII-folded order
        assert sorted(shown) == sorted(expected)
        names = [conn.execute("SELECT name FROM customers WHERE id = ?", (i,)).fetchone()[0] for i in shown]
        folded = [n.encode("ascii", "surrogateescape").lower() if n.isascii() else None for n in names]
        ascii_only = [f for f in folded if f is not None]
        assert ascii_only == sorted(ascii_only, reverse=descending)
    else:
        assert shown == expected


def test_search_is_accent_insensitive_over_name_phone_email_code(demo_window, qtbot):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    everyone = _all_customers(conn)
    for query in ("nguyen van", "Nguyễn", "gmail", "KH00012", everyone[10]["phone"][-6:]):
        if query.isascii():
            qtbot.keyClicks(tab.search_edit, query)  # QTest types ASCII only
        else:
            tab.search_edit.setText(query)
        qtbot.waitUntil(lambda q=query: tab.model.search == q, timeout=2000)
        needle = _plain(query)
        expected = {c["id"] for c in everyone
                    if any(needle in _plain(c[k] or "") for k in ("name", "phone", "email", "code"))}
        shown = {tab.model.data(tab.model.index(r, 0), CUSTOMER_ID_ROLE) for r in range(tab.model.rowCount())}
        assert shown == expected and expected, query
        assert str(len(expected)) in tab.count_label.text()
        tab.search_edit.clear()
        tab.apply_search()
    assert tab.model.rowCount() == len(everyone)


def test_edit_an_attribute_then_undo_and_redo(demo_window, qtbot):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    customer_id = tab.detail.customer_id
    before = customers.get(conn, customer_id)
    occupation = tab.detail.editors["occupation"]
    occupation.setFocus()
    occupation.selectAll()
    qtbot.keyClicks(occupation, "Tailor")  # QTest types ASCII only
    qtbot.keyClick(occupation, Qt.Key.Key_Return)
    assert customers.get(conn, customer_id)["occupation"] == "Tailor"

    gender = tab.detail.editors["gender"]
    other = next(i for i in range(1, gender.count()) if gender.itemData(i) != before["gender"])
    gender.setCurrentIndex(other)
    gender.activated.emit(other)
    assert customers.get(conn, customer_id)["gender"] == gender.itemData(other)

    undo, redo = demo_window.action("undo"), demo_window.action("redo")
    assert undo.isEnabled() and "Gender" in undo.text()
    undo.trigger()
    assert customers.get(conn, customer_id)["gender"] == before["gender"]
    assert gender.currentData() == before["gender"]  # the form shows the stored value again
    undo.trigger()
    assert customers.get(conn, customer_id)["occupation"] == before["occupation"]
    assert occupation.text() == (before["occupation"] or "")
    assert not undo.isEnabled()
    redo.trigger()
    assert customers.get(conn, customer_id)["occupation"] == "Tailor"
    redo.trigger()
    assert customers.get(conn, customer_id)["gender"] == gender.itemData(other)


def test_editing_the_name_updates_the_list_and_search(demo_window, qtbot):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    customer_id = tab.detail.customer_id
    name = tab.detail.editors["name"]
    name.setText("Đỗ Quỳnh Anh Mới")
    name.editingFinished.emit()
    row = _row_of(tab.model, customer_id)
    assert tab.model.data(tab.model.index(row, _column("name"))) == "Đỗ Quỳnh Anh Mới"
    tab.search_edit.setText("do quynh anh moi")
    tab.apply_search()
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 0), CUSTOMER_ID_ROLE) == customer_id
    assert customers.get(conn, customer_id)["name"] == "Đỗ Quỳnh Anh Mới"


def test_a_code_already_used_is_refused_and_not_recorded(demo_window, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr("app.ui.failures.warn", lambda parent, title, text: warnings.append(text))
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    customer_id = tab.detail.customer_id
    taken = conn.execute("SELECT code FROM customers WHERE id != ? AND code IS NOT NULL", (customer_id,)).fetchone()[0]
    own = customers.get(conn, customer_id)["code"]
    code = tab.detail.editors["code"]
    code.setText(taken)
    code.editingFinished.emit()
    assert customers.get(conn, customer_id)["code"] == own
    assert code.text() == own
    assert warnings and taken in warnings[0]
    assert session.undo_stack().count() == 0


def test_every_attribute_kind_round_trips_through_the_form(demo_window):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    customer_id = tab.detail.customer_id
    editors = tab.detail.editors
    editors["birthday"].edit.setDate(editors["birthday"].edit.date().addDays(3))
    editors["birthday"].editing_finished.emit()
    editors["distance_km"].setText("2,5")
    editors["distance_km"].editingFinished.emit()
    editors["tags"].setText(" vip, Tết ,vip")
    editors["tags"].editingFinished.emit()
    editors["notes"].setPlainText("Thích trà sen.\nGọi trước khi giao.")
    editors["notes"].editing_finished.emit()
    consent = editors["marketing_consent"]
    consent.setChecked(not consent.isChecked())
    stored = customers.get(conn, customer_id)
    assert stored["distance_km"] == 2.5
    assert stored["tags"] == "vip, Tết"
    assert stored["notes"] == "Thích trà sen.\nGọi trước khi giao."
    assert stored["marketing_consent"] == int(consent.isChecked())
    assert stored["birthday"] == editors["birthday"].value()
    assert session.undo_stack().count() == 5
    editors["birthday"].clear_button.click()
    assert customers.get(conn, customer_id)["birthday"] is None


def test_export_the_visible_rows_to_csv_neutralises_formulas(demo_window, tmp_path, qtbot):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    customer_id = tab.detail.customer_id
    tab.detail.editors["name"].setText("=HYPERLINK(\"http://x\")")
    tab.detail.editors["name"].editingFinished.emit()
    tab.search_edit.setText("gmail")
    tab.apply_search()
    tab.view.horizontalHeader().setSortIndicator(_column("name"), Qt.SortOrder.AscendingOrder)
    out = tmp_path / "visible.csv"
    job = tab.export_list(out)
    assert job.wait(20_000) and job.error is None
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["Code", "Name"]
    shown = [tab.model.data(tab.model.index(r, _column("code"))) for r in range(tab.model.rowCount())]
    assert [r[0] for r in rows[1:]] == shown
    gmail = conn.execute("SELECT COUNT(*) FROM customers WHERE email LIKE '%gmail%'").fetchone()[0]
    assert len(rows) - 1 == gmail
    # The renamed customer appears only when their e-mail matches; check the cell when they do,
    # and export everyone otherwise.
    if not any(r[1].startswith("'=") for r in rows[1:]):
        tab.search_edit.setText("")
        tab.apply_search()
        job = tab.export_list(out)
        assert job.wait(20_000)
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    code = customers.get(conn, customer_id)["code"]
    renamed = next(r for r in rows if r[0] == code)
    assert renamed[1] == "'=HYPERLINK(\"http://x\")"
    revenue = customers.get(conn, customer_id)["revenue"]
    assert float(renamed[_column("revenue")]) == revenue / 1000


def test_export_to_xlsx_keeps_numbers_and_dates(demo_window, tmp_path):
    import openpyxl

    tab = _tab(demo_window)
    conn = session.current_shop().conn
    out = tmp_path / "all.xlsx"
    job = tab.export_list(out)
    assert job.wait(20_000) and job.error is None
    sheet = openpyxl.load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 601
    top = conn.execute("SELECT code, revenue, last_purchase FROM customers ORDER BY revenue DESC, id DESC").fetchone()
    assert rows[1][0] == top[0]
    assert rows[1][_column("revenue")] == top[1] / 1000
    assert rows[1][_column("last_purchase")].date().isoformat() == conn.execute(
        "SELECT date(?, 'unixepoch')", (top[2],)).fetchone()[0]
    cells = next(openpyxl.load_workbook(out).active.iter_rows(min_row=2, max_row=2))
    assert cells[_column("revenue")].number_format == '#,##0 "₫"'  # a number shown with the currency
    assert cells[_column("last_purchase")].is_date


def test_export_one_customers_data_as_json_and_xlsx(demo_window, tmp_path):
    import openpyxl

    tab = _tab(demo_window)
    conn = session.current_shop().conn
    customer_id = tab.detail.customer_id
    record = customers.get(conn, customer_id)
    path = tab.export_customer(customer_id, tmp_path / "person.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["customer"]["name"] == record["name"] and data["customer"]["phone"] == record["phone"]
    lines = conn.execute("SELECT COUNT(*), SUM(amount) FROM sales WHERE customer_id = ?", (customer_id,)).fetchone()
    assert len(data["purchases"]) == lines[0]
    assert round(sum(p["amount"] for p in data["purchases"]), 3) == lines[1] / 1000
    path = tab.export_customer(customer_id, tmp_path / "person.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    details = {row[0]: row[1] for row in book["Customer"].iter_rows(values_only=True)}
    assert details["Name"] == record["name"]
    assert book["Purchases"].max_row == lines[0] + 1


def test_delete_a_customer_keeps_their_sales_as_walk_ins(demo_window, monkeypatch):
    tab = _tab(demo_window)
    conn = session.current_shop().conn
    customer_id = tab.detail.customer_id
    record = customers.get(conn, customer_id)
    lines = conn.execute("SELECT COUNT(*) FROM sales WHERE customer_id = ?", (customer_id,)).fetchone()[0]
    totals = conn.execute("SELECT COUNT(*), SUM(amount) FROM sales").fetchone()
    walk_ins = conn.execute("SELECT COUNT(*) FROM sales WHERE customer_id = 0").fetchone()[0]
    asked = []
    monkeypatch.setattr("app.ui.customers.tab.ask", lambda *a, **k: asked.append(a[2]) or True)
    assert tab.delete_customer(customer_id)
    assert record["name"] in asked[0]
    assert customers.get(conn, customer_id) is None
    assert conn.execute("SELECT COUNT(*), SUM(amount) FROM sales").fetchone() == totals
    assert conn.execute("SELECT COUNT(*) FROM sales WHERE customer_id = 0").fetchone()[0] == walk_ins + lines
    for table in ("sales", "customer_months", "customer_categories"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE customer_id = ?", (customer_id,)).fetchone()[0] == 0
    assert tab.model.rowCount() == 599
    ids = {tab.model.data(tab.model.index(r, 0), CUSTOMER_ID_ROLE) for r in range(599)}
    assert customer_id not in ids
    assert session.undo_stack().count() == 0
    # Nothing of the person is left in the file's bytes (secure delete, WAL checkpointed).
    shop = session.current_shop()
    raw = shop.path.read_bytes() + (shop.path.with_name(shop.path.name + "-wal").read_bytes()
                                    if shop.path.with_name(shop.path.name + "-wal").exists() else b"")
    assert record["phone"].encode() not in raw


def test_declining_the_confirmation_deletes_nothing(demo_window, monkeypatch):
    tab = _tab(demo_window)
    monkeypatch.setattr("app.ui.customers.tab.ask", lambda *a, **k: False)
    customer_id = tab.detail.customer_id
    assert not tab.delete_customer(customer_id)
    assert customers.get(session.current_shop().conn, customer_id) is not None


def test_selection_follows_the_detail_pane(demo_window):
    tab = _tab(demo_window)
    model = tab.model
    tab.view.selectionModel().setCurrentIndex(model.index(5, 0), tab.view.selectionModel().SelectionFlag.ClearAndSelect)
    assert tab.detail.customer_id == model.data(model.index(5, 0), CUSTOMER_ID_ROLE)
    assert tab.detail.name_label.text() == (model.data(model.index(5, _column("name"))) or "(no name)")
    assert model.rowCount(model.index(0, 0)) == 0 and not model.index(0, 0).parent().isValid()
    assert model.data(QModelIndex()) is None


def test_deleting_offers_to_remove_the_customer_from_older_backups(demo_window, monkeypatch):
    from app.services import backups

    tab = _tab(demo_window)
    shop = session.current_shop()
    customer_id = tab.detail.customer_id
    phone = customers.get(shop.conn, customer_id)["phone"].encode()
    older = backups.back_up(shop.conn, shop.path, reason="older")
    assert phone in older.path.read_bytes()
    asked = []
    monkeypatch.setattr("app.ui.customers.tab.ask", lambda *a, **k: asked.append(a[2]) or True)
    assert tab.delete_customer(customer_id)
    assert len(asked) == 2 and "backup" in asked[1]
    assert phone not in older.path.read_bytes() and backups.verify(older.path)
def _selected_id(tab):
    index = tab.view.selectionModel().currentIndex()
    return tab.model.data(index, CUSTOMER_ID_ROLE) if tab.view.selectionModel().isRowSelected(index.row()) else None


def test_the_detail_pane_follows_or_clears_when_the_search_filters_the_selection_out(demo_window):
    tab = _tab(demo_window)
    model = tab.model
    tab.view.selectionModel().setCurrentIndex(model.index(3, 0), tab.view.selectionModel().SelectionFlag.ClearAndSelect
                                              | tab.view.selectionModel().SelectionFlag.Rows)
    shown = tab.detail.customer_id
    record = customers.get(session.current_shop().conn, shown)
    other = next(c for c in _all_customers(session.current_shop().conn)
                 if c["id"] != shown and c["code"] and _plain(c["name"]) != _plain(record["name"]))
    tab.search_edit.setText(other["code"])
    tab.apply_search()
    assert tab.detail.customer_id == other["id"] == _selected_id(tab)  # follows the first match
    tab.search_edit.setText("no customer is called this zzqx")
    tab.apply_search()
    assert model.rowCount() == 0 and tab.detail.customer_id is None and _selected_id(tab) is None


def test_ctrl_f_focuses_the_search_and_another_shop_clears_it(demo_window, tmp_path, qtbot):
    from app.services.shop import create_shop

    tab = _tab(demo_window)
    demo_window.show_tab("segments") if "segments" in demo_window.tab_keys() else None
    tab.search_edit.setText("nguyen")
    tab.apply_search()
    demo_window.action("find").trigger()
    assert demo_window.action("find").shortcut().toString() == "Ctrl+F"
    assert demo_window.current_tab_key() == "customers"
    qtbot.waitUntil(tab.search_edit.hasFocus, timeout=2000)
    demo_window.set_shop(create_shop(tmp_path / "other.regulars", name="Other"))
    assert tab.search_edit.text() == "" and tab.model.search == ""
