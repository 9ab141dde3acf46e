"""The shared record table model and sort proxy: Qt's model tester finds nothing wrong, the sort role
carries native values (big numbers, money, blanks last in both orders), the record role comes
through the proxy, and the models rebuilt on it (Segments pages, purchase history, import preview)
pass the tester too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.i18n import QT_TRANSLATE_NOOP
from app.ui.itemmodels import (
    RECORD_ROLE,
    SORT_ROLE,
    ColumnSpec,
    RecordTableModel,
    SortProxy,
    record_at,
    records_in_view_order,
    to_view_row,
)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
COLUMNS = (
    ColumnSpec("name", QT_TRANSLATE_NOOP("SegmentsTab", "Name")),
    ColumnSpec("spend", QT_TRANSLATE_NOOP("SegmentsTab", "Total spent"), kind="money"),
    ColumnSpec("visits", QT_TRANSLATE_NOOP("SegmentsTab", "Purchases"), kind="int"),
    ColumnSpec("chosen", QT_TRANSLATE_NOOP("SegmentsTab", "Target"), kind="check"),
)


def _records():
    return [
        {"name": "bình", "spend": 9_000_000_000_000, "visits": 3, "chosen": False},   # beyond 32 bits
        {"name": "An", "spend": 150_000_000, "visits": None, "chosen": True},
        {"name": "Chi", "spend": None, "visits": 12, "chosen": False},
        {"name": "", "spend": 2_000, "visits": 2, "chosen": False},
    ]


def _names(proxy) -> list[str]:
    return [r["name"] for r in records_in_view_order(proxy)]


def test_record_model_and_proxy_pass_the_model_tester_through_resets_and_sorts(qt_app):
    model = RecordTableModel(COLUMNS, context="SegmentsTab")
    proxy = SortProxy(model)
    testers = [QAbstractItemModelTester(model, FATAL), QAbstractItemModelTester(proxy, FATAL)]
    model.set_records(_records())
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
    model.set_records(_records()[:2])
    model.retranslate()
    model.set_records([])
    assert all(testers) and proxy.rowCount() == 0


def test_sorting_uses_native_values_with_blanks_last_in_both_orders(qt_app):
    model = RecordTableModel(COLUMNS, context="SegmentsTab")
    model.set_records(_records())
    proxy = SortProxy(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["bình", "An", "", "Chi"]  # 9e12 > 1.5e8 > 2e3; no spend last
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["", "An", "bình", "Chi"]
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["", "bình", "Chi", "An"]  # 2 < 3 < 12 (not "12" < "2"); blank last
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["An", "bình", "Chi", ""]  # case-folded text; the empty name is a blank
    assert model.index(0, 1).data(SORT_ROLE) == 9_000_000_000_000
    assert model.index(2, 2).data(SORT_ROLE) == 12


def test_the_record_role_and_rows_come_through_the_proxy(qt_app):
    model = RecordTableModel(COLUMNS, context="SegmentsTab")
    records = _records()
    model.set_records(records)
    proxy = SortProxy(model)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert record_at(proxy.index(0, 0)) is records[2]
    assert proxy.index(0, 0).data(RECORD_ROLE) == records[2]  # a copy: Qt converts a dict
    view_row = to_view_row(proxy, 1)
    assert record_at(proxy.index(view_row, 0)) is records[1]


def test_display_alignment_and_check_boxes(qt_app):
    model = RecordTableModel(COLUMNS, context="SegmentsTab")
    records = _records()
    model.set_records(records)
    assert model.index(1, 1).data() == "150.000 ₫"  # the shop's money format (vi_VN, VND by default)
    assert model.index(2, 1).data() == ""
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Total spent"
    heard = []
    model.checked.connect(lambda record, key, on: heard.append((record["name"], key, on)))
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert records[0]["chosen"] is True and heard == [("bình", "chosen", True)]
    model.check_enabled = False
    assert not model.setData(model.index(0, 3), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsUserCheckable


def test_every_segments_table_passes_the_model_tester(demo_window):
    from app.ui.table_views import make_table  # noqa: F401 - the tables the pages build

    demo_window.show_tab("segments")
    tab = demo_window.tab_widget("segments")
    assert tab.wait_loaded()
    testers = []
    for key in ("overview", "value", "categories", "saved", "targets", "movement"):
        page = tab.page(key)
        for model in (page.model, getattr(page, "funnel_model", None), getattr(getattr(page, "members", None), "model", None)):
            if model is not None:
                testers.append(QAbstractItemModelTester(model, FATAL))
        view = getattr(page, "table", None)
        if view is not None and view.model() is not page.model:
            testers.append(QAbstractItemModelTester(view.model(), FATAL))
    tab.reload()
    assert tab.wait_loaded()
    assert len(testers) >= 10 and tab.pages["overview"].model.rowCount() > 0


def test_sorting_reads_each_value_once_per_order_not_per_comparison(qt_app):
    reads = []

    def spend(record):
        reads.append(record["id"])
        return record["spend"]

    columns = (ColumnSpec("id", QT_TRANSLATE_NOOP("SegmentsTab", "Code"), kind="int"),
               ColumnSpec("spend", QT_TRANSLATE_NOOP("SegmentsTab", "Total spent"), kind="money", value=spend))
    records = [{"id": i, "spend": (i * 7919) % 5003 if i % 10 else None} for i in range(5000)]
    model = RecordTableModel(columns, context="SegmentsTab")
    proxy = SortProxy(model)
    model.set_records(records)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert len(reads) == 5000  # once per row (a comparison sort asked ~2 x 5000 x 12 times)
    shown = [proxy.index(row, 1).data(SORT_ROLE) for row in range(proxy.rowCount())]
    present = [value for value in shown if value is not None]
    assert present == sorted(present, reverse=True) and shown[len(present):] == [None] * 500
    ties = [record_at(proxy.index(row, 0))["id"] for row in range(proxy.rowCount()) if shown[row] == shown[0]]
    assert ties == sorted(ties)  # equal values keep the model's order

    records[0]["spend"] = 10 ** 12  # changed in place and announced: sorted again with the new value
    model.record_changed(0)
    assert record_at(proxy.index(0, 0)) is records[0]
    model.set_records(records[:3])
    assert [record_at(proxy.index(r, 0))["id"] for r in range(3)] == [0, 1, 2]  # 10**12, then 2,916 and 829


def test_names_sorted_by_their_text_are_sorted_again_in_a_new_language(qt_app):
    labels = {"a": "Apple", "b": "Banana"}
    columns = (ColumnSpec("fruit", QT_TRANSLATE_NOOP("SegmentsTab", "Name"), sort_value=lambda key: labels[key]),)
    model = RecordTableModel(columns, context="SegmentsTab")
    model.set_records([{"fruit": "a"}, {"fruit": "b"}])
    proxy = SortProxy(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [r["fruit"] for r in records_in_view_order(proxy)] == ["a", "b"]
    labels.update(a="Táo", b="Chuối")  # the same keys, named in Vietnamese
    model.retranslate()
    assert [r["fruit"] for r in records_in_view_order(proxy)] == ["b", "a"]
