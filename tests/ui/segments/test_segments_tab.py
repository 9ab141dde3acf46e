"""The Segments tab over a real shop file filled with the demo shop: the figures it shows match the
segments service, clicks list exactly the right customers, hand-made segments, the category funnel,
target choice (weights, mark, value proposition) and their persistence, chart and list exports,
the small-shop notice and thresholds, and staleness while hidden."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QPoint, Qt

from app.services import demo, segments
from app.services.shop import create_shop, open_shop
from app.ui import session
from app.ui.events import events
from app.ui.itemmodels import RECORD_ROLE, records_in_view_order, to_view_row
from app.ui.segments.rule_builder import RuleBuilderDialog
from app.ui.table_views import select_row


def _open_tab(window, section: str = "overview"):
    window.show_tab("segments")
    tab = window.tab_widget("segments")
    assert tab.wait_loaded(), "the figures did not load"
    page = tab.show_section(section)
    assert tab.data is not None
    return tab, page


@pytest.fixture
def segments_tab(demo_window):
    tab, _page = _open_tab(demo_window)
    return tab


def _conn():
    return session.current_shop().conn


def _member_ids(panel) -> list[int]:
    return [r["customer_id"] for r in panel.model.records]


def _shown(view) -> list:
    """The records as the view shows them (sorted by its proxy)."""
    return records_in_view_order(view.model())


def _click_row(qtbot, view, row: int) -> None:
    """Clicks the row that shows the model's `row`."""
    rect = view.visualRect(view.model().index(to_view_row(view.model(), row), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# ---------------------------------------------------------------- overview

def test_overview_shows_the_service_figures(segments_tab):
    figures = segments.compute(_conn())
    expected = {s.ref: (s.customers, s.revenue) for s in segments.segment_summaries(figures)}
    page = segments_tab.pages["overview"]
    shown = {r["ref"]: (r["customers"], r["revenue"]) for r in page.model.records}
    assert shown == expected
    assert sum(c for c, _r in shown.values()) == len(figures) > 0
    # The customer count in the status line is the service's, formatted for the shop's locale.
    assert session.fmt().number(len(figures)) in segments_tab.status_label.text()
    assert not segments_tab.notice.isVisible()  # 600 customers over 18 months: quintiles


def test_stored_counts_are_shown_before_the_figures_load(demo_window):
    segments.refresh(_conn())  # as after an import: the stored figures are up to date
    demo_window.show_tab("segments")
    tab = demo_window.tab_widget("segments")
    tab.reload()  # starts the load on a worker; the stored counts are in the table at once
    page = tab.pages["overview"]
    assert tab.data is None  # the figures have not arrived
    expected = {s.ref: s.customers for s in segments.segment_summaries(segments.compute(_conn()))}
    assert {r["ref"]: r["customers"] for r in page.model.records} == expected
    assert tab.wait_loaded()
    assert {r["ref"]: r["customers"] for r in page.model.records} == expected
    assert page.members.ids  # then the customers of the first segment with any


def test_clicking_a_segment_row_lists_exactly_its_customers(segments_tab, qtbot):
    page = segments_tab.pages["overview"]
    row = page.model.row_of(lambda r: r["ref"] == "rfm:loyal")
    _click_row(qtbot, page.table, row)
    ids = _member_ids(page.members)
    assert page.members.ref == "rfm:loyal"
    assert sorted(ids) == sorted(segments.customer_ids(_conn(), "rfm:loyal"))
    assert len(ids) == page.model.record(row)["customers"] > 0
    assert {r["segment"] for r in page.members.model.records} == {"loyal"}
    assert "Buy often" in page.meaning_label.text()


def test_double_clicking_a_member_opens_them_in_the_customers_tab(demo_window, segments_tab, qtbot):
    page = segments_tab.pages["overview"]
    _click_row(qtbot, page.table, page.model.row_of(lambda r: r["ref"] == "rfm:at_risk"))
    members = page.members
    row = 2
    wanted = _shown(members.view)[row]["customer_id"]
    rect = members.view.visualRect(members.view.model().index(row, 1))
    qtbot.mouseClick(members.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real
    qtbot.mouseDClick(members.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # double-click
    assert demo_window.current_tab_key() == "customers"
    customers_tab = demo_window.tab_widget("customers")
    assert customers_tab.detail.customer_id == wanted
    selected = customers_tab.view.selectionModel().currentIndex()
    assert customers_tab.model.customer_id(selected.row()) == wanted
    assert customers_tab.search_edit.text() != ""  # searched for the customer's own code


def _click_chart_at(qtbot, chart, x_data: float, y_data: float, axes_index: int = 0) -> None:
    """A real left click on the canvas at data coordinates of one of the chart's axes."""
    canvas = chart.canvas
    canvas.draw()
    ax = chart.chart.axes[axes_index]
    x, y = ax.transData.transform((x_data, y_data))
    ratio = canvas.devicePixelRatioF()
    pos = QPoint(int(x / ratio), int(canvas.height() - y / ratio))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_grid_cell_lists_its_customers(segments_tab, qtbot):
    page = segments_tab.pages["overview"]
    page.chart_tabs.setCurrentWidget(page.grid_chart)
    qtbot.waitUntil(lambda: page.grid_chart.canvas is not None, timeout=20_000)
    _click_chart_at(qtbot, page.grid_chart, 4, 5)  # frequency score 4, recency score 5: Champions
    assert page.members.ref == "rf:5:4"
    ids = _member_ids(page.members)
    assert sorted(ids) == sorted(segments.customer_ids(_conn(), "rf:5:4"))
    grid = segments_tab.data.overview.grid
    assert len(ids) == int(grid.counts[4, 3])
    assert {(r["r"], r["f"]) for r in page.members.model.records} <= {(5, 4)}


def test_clicking_a_bar_lists_its_segment(segments_tab, qtbot):
    page = segments_tab.pages["overview"]
    qtbot.waitUntil(lambda: page.sizes_chart.canvas is not None, timeout=20_000)
    summaries = segments_tab.data.overview.segments
    index = next(i for i, s in enumerate(summaries) if s.key == "at_risk")
    bar = next(b for b in page.sizes_chart.chart.axes[0].patches if b.get_gid() == "rfm:at_risk")
    _click_chart_at(qtbot, page.sizes_chart, bar.get_width() / 2, bar.get_y() + bar.get_height() / 2)
    assert page.members.ref == "rfm:at_risk"
    assert len(_member_ids(page.members)) == summaries[index].customers
    assert page.table.currentIndex().data(RECORD_ROLE)["ref"] == "rfm:at_risk"


# ---------------------------------------------------------------- customer value

def test_customer_value_and_premium_at_risk(demo_window, tmp_path):
    tab, page = _open_tab(demo_window, "value")
    value = segments.customer_value(segments.compute(_conn()))
    assert session.fmt().number(value.top20_share, 1) in page.cards["top20"].value.text()
    at_risk = segments.premium_at_risk(segments.compute(_conn()))
    assert page.members.ref == "at_risk"
    assert _member_ids(page.members) == at_risk.customer_ids
    assert at_risk.count > 0
    assert {r["tier"] for r in page.members.model.records} <= {"vip", "premium"}
    # The list exports with the usual gap, money in the main unit.
    path = tmp_path / "at_risk.csv"
    job = page.members.export(path)
    assert job.wait(20_000) and job.error is None
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["Code", "Name"] and "Usual gap (days)" in rows[0]
    assert len(rows) == at_risk.count + 1
    first = _shown(page.members.view)[0]
    assert rows[1][0] == first["code"]
    assert float(rows[1][rows[0].index("Total spent")]) == first["spend"] / 1000


def test_clicking_a_tier_lists_it(demo_window, qtbot):
    tab, page = _open_tab(demo_window, "value")
    row = page.model.row_of(lambda r: r["ref"] == "tier:vip")
    _click_row(qtbot, page.table, row)
    assert page.members.ref == "tier:vip"
    assert sorted(_member_ids(page.members)) == sorted(segments.customer_ids(_conn(), "tier:vip"))


def test_export_list_neutralises_formulas(demo_window, tmp_path):
    conn = _conn()
    victim = segments.customer_ids(conn, "tier:vip")[0]
    conn.execute("UPDATE customers SET name = '=HYPERLINK(\"http://x\")' WHERE id = ?", (victim,))
    tab, page = _open_tab(demo_window, "value")
    page.members_of("tier:vip")
    path = tmp_path / "vip.csv"
    assert page.members.export(path).wait(20_000)
    text = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_a_list_shows_customers_without_purchases_with_their_details(demo_window):
    """A hand-made rule can select customers who never bought: their code and name come from the
    shop file, their figures stay empty."""
    conn = _conn()
    never = [cid for (cid,) in conn.execute("SELECT id FROM customers WHERE invoices = 0 ORDER BY id")]
    assert never, "the demo shop has customers who never bought"
    tab, _page = _open_tab(demo_window)
    rows = tab.data.member_rows([*never, segments.customer_ids(conn, "tier:vip")[0]], conn)
    expected = dict(conn.execute(f"SELECT id, name FROM customers WHERE id IN ({','.join(map(str, never))})"))
    assert {r["customer_id"]: r["name"] for r in rows[:-1]} == expected
    assert all("spend" not in r for r in rows[:-1]) and rows[-1]["spend"] > 0


# ---------------------------------------------------------------- hand-made segments

def test_rule_builder_live_count_matches_the_segment(demo_window, qtbot):
    tab, page = _open_tab(demo_window, "saved")
    conn = _conn()
    dialog = RuleBuilderDialog(conn, page)
    qtbot.addWidget(dialog)
    row = dialog.group.items[0]
    row.field_combo.setCurrentIndex(row.field_combo.findData("tier"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("in"))
    row.editor.parts[0].set_values(["vip", "premium"])
    dialog.group.mode_combo.setCurrentIndex(dialog.group.mode_combo.findData("all"))
    second = dialog.group.add_condition()
    second.field_combo.setCurrentIndex(second.field_combo.findData("marketing_consent"))
    second.op_combo.setCurrentIndex(second.op_combo.findData("is_true"))
    # The live count follows the edits by itself (after a short pause).
    qtbot.waitUntil(lambda: dialog.last_count is not None and not dialog._count_timer.isActive(), timeout=5000)
    live = dialog.last_count
    dialog.name_edit.setText("Reachable premium")
    dialog.save()
    assert dialog.saved_id is not None
    members = segments.customer_ids(conn, f"saved:{dialog.saved_id}")
    assert live == len(members) > 0
    consenting = {r[0] for r in conn.execute("SELECT id FROM customers WHERE marketing_consent = 1")}
    assert set(members) <= consenting
    assert set(members) <= set(segments.customer_ids(conn, "tier:vip")) | set(segments.customer_ids(conn, "tier:premium"))


def test_incomplete_rule_shows_no_count(demo_window, qtbot):
    tab, page = _open_tab(demo_window, "saved")
    dialog = RuleBuilderDialog(_conn(), page)
    qtbot.addWidget(dialog)
    row = dialog.group.items[0]
    row.field_combo.setCurrentIndex(row.field_combo.findData("province"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("equals"))
    assert dialog.update_count() is None
    assert "Fill in" in dialog.count_label.text()
    row.editor.parts[0].setText("TP. Hồ Chí Minh")
    assert dialog.update_count() == segments.count_matching(
        _conn(), {"all": [{"field": "province", "op": "equals", "value": "TP. Hồ Chí Minh"}]}) > 0


def test_saving_a_segment_adds_it_to_the_list(demo_window, monkeypatch):
    tab, page = _open_tab(demo_window, "saved")
    shipped = sorted(r["name"] for r in page.model.records)  # the demo's own saved segments
    assert len(shipped) == 3

    def fill_and_save(dialog):
        row = dialog.group.items[0]
        row.field_combo.setCurrentIndex(row.field_combo.findData("recency_days"))
        row.op_combo.setCurrentIndex(row.op_combo.findData("le"))
        row.editor.parts[0].setValue(30)
        dialog.name_edit.setText("Came this month")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(RuleBuilderDialog, "exec", fill_and_save)
    segment_id = page.new_segment()
    assert segment_id is not None
    assert tab.wait_loaded()
    records = page.model.records
    assert sorted(r["name"] for r in records) == sorted([*shipped, "Came this month"])
    expected = segments.customer_ids(_conn(), f"saved:{segment_id}")
    assert next(r for r in records if r["name"] == "Came this month")["customers"] == len(expected) > 0
    assert page.members.ref == f"saved:{segment_id}"
    assert sorted(_member_ids(page.members)) == sorted(expected)
    # It is compared in the target choice too.
    assert f"saved:{segment_id}" in tab.page("targets").ranking()
    # Deleting removes it.
    assert page.delete_segment(confirm=False)
    assert tab.wait_loaded()
    assert sorted(r["name"] for r in page.model.records) == shipped
    assert sorted(s.name for s in segments.saved_segments(_conn())) == shipped


def test_editing_a_saved_segment_keeps_its_rules(demo_window, monkeypatch):
    conn = _conn()
    rules = {"all": [{"field": "tier", "op": "is", "value": "vip"},
                     {"any": [{"field": "f", "op": "ge", "value": 4}, {"field": "tags", "op": "has_tag", "value": "VIP"}]}]}
    segment_id = segments.save_segment(conn, "VIP regulars", rules).value
    tab, page = _open_tab(demo_window, "saved")
    seen = {}

    def inspect(dialog):
        seen["rules"] = dialog.rules()
        seen["count"] = dialog.last_count
        return 0

    monkeypatch.setattr(RuleBuilderDialog, "exec", inspect)
    select_row(page.table, page.model.row_of(lambda r: r["name"] == "VIP regulars"))
    page.edit_segment()
    assert segments.validate_rules(seen["rules"]) == segments.validate_rules(rules)
    assert seen["count"] == len(segments.customer_ids(conn, f"saved:{segment_id}"))
    assert "VIP" in next(r for r in page.model.records if r["name"] == "VIP regulars")["description"]


# ---------------------------------------------------------------- categories

def test_category_funnel_shrinks_and_saves_as_a_segment(demo_window):
    tab, page = _open_tab(demo_window, "categories")
    conn = _conn()
    ranking = segments.category_ranking(conn)
    assert [r["category_id"] for r in page.model.records] == [c.category_id for c in ranking]
    top = page.model.record(0)
    assert page.category_id == top["category_id"]
    assert page.steps[0].customers == top["buyers"]
    assert page.add_filter({"field": "purchases", "op": "ge", "value": 5})
    assert page.add_filter({"field": "tier", "op": "in", "value": ["vip", "premium"]})
    counts = [s.customers for s in page.steps]
    means = [s.mean_spend for s in page.steps]
    assert counts[0] >= counts[1] >= counts[2] > 0
    assert means[2] > means[0]  # the filters point at more valuable customers
    assert len(page.members.ids) == counts[2]
    segment_id = page.save_as_segment("Regular buyers of the top category")
    assert segment_id is not None
    assert sorted(segments.customer_ids(conn, f"saved:{segment_id}")) == sorted(page.members.ids)
    page.remove_last_filter()
    assert len(page.steps) == 2 and len(page.members.ids) == counts[1]


def test_ranking_by_first_purchases(demo_window):
    tab, page = _open_tab(demo_window, "categories")
    page.rank_combo.setCurrentIndex(page.rank_combo.findData("first_buyers"))
    firsts = [r["first_buyers"] for r in _shown(page.table)]
    assert firsts == sorted(firsts, reverse=True) and firsts[0] > 0


# ---------------------------------------------------------------- target choice

def test_editing_weights_re_ranks_the_target_table(demo_window):
    tab, page = _open_tab(demo_window, "targets")
    records = {r["ref"]: r for r in page.model.records}
    assert len(records) == 19  # 11 RFM segments, 5 tiers and the demo's 3 saved segments
    page.set_weights({"size": 0, "profitability": 1, "accessibility": 0, "stability": 0})
    by_profit = page.ranking()
    best = max((r for r in records.values() if r["customers"]), key=lambda r: r["revenue_per_customer"])
    assert by_profit[0] == best["ref"]
    page.set_weights({"size": 0, "profitability": 0, "accessibility": 1, "stability": 0})
    by_reach = page.ranking()
    assert by_reach != by_profit
    most_reachable = max((r for r in records.values() if r["customers"]), key=lambda r: r["accessibility"])
    assert records[by_reach[0]]["accessibility"] == most_reachable["accessibility"]
    # The weights are the shop's: stored in the file and used by the service.
    assert segments.load_settings(_conn()).weights == {"size": 0, "profitability": 0, "accessibility": 1, "stability": 0}
    assert [r.ref for r in segments.target_table(_conn())] == by_reach


def test_target_mark_and_value_proposition_persist(demo_window, demo_path):
    tab, page = _open_tab(demo_window, "targets")
    shipped = {r["ref"] for r in page.model.records if r["is_target"]}  # the demo's own choices
    assert "rfm:champions" in shipped
    row = page.model.row_of(lambda r: r["ref"] == "rfm:champions")
    column = [c.key for c in page.model.columns].index("is_target")
    assert page.model.setData(page.model.index(row, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    page.table.selectRow(row)
    page.proposition_edit.setPlainText("Fresh cakes every morning, kept aside for you.")
    page.points_edit.setPlainText("Baked in the shop\nFree delivery in Quận 3")
    assert page.save_profile()

    demo_window.set_shop(None)  # close the shop file, then open it again
    demo_window.set_shop(open_shop(demo_path))
    assert tab.wait_loaded()
    tab.show_section("targets")
    record = next(r for r in page.model.records if r["ref"] == "rfm:champions")
    assert record["is_target"] is True
    assert record["value_proposition"] == "Fresh cakes every morning, kept aside for you."
    assert record["selling_points"] == "Baked in the shop\nFree delivery in Quận 3"
    select_row(page.table, page.model.row_of(lambda r: r["ref"] == "rfm:champions"))
    assert page.proposition_edit.toPlainText() == "Fresh cakes every morning, kept aside for you."
    assert {r["ref"] for r in page.model.records if r["is_target"]} == shipped


# ---------------------------------------------------------------- movement

def test_movement_lists_the_customers_of_a_move(demo_window):
    tab, page = _open_tab(demo_window, "movement")
    movement = segments.movement(_conn())
    assert page.movement.moved == movement.moved > 0
    biggest = _shown(page.table)[0]
    assert biggest["customers"] == max(r["customers"] for r in page.model.records)
    page.show_move(biggest["ref"])
    assert len(page.members.ids) == biggest["customers"]
    assert sorted(page.members.ids) == sorted(segments.customer_ids(_conn(), biggest["ref"]))
    months = segments.snapshot_months(_conn())
    page.compare(months[-3], "current")
    assert page.movement.from_month == months[-3] and page.movement.to_month == "current"


# ---------------------------------------------------------------- charts

def test_every_chart_exports_to_png_and_svg(demo_window, qtbot, tmp_path):
    tab, _page = _open_tab(demo_window)
    charts = []
    for section in ("overview", "value", "movement"):
        page = tab.show_section(section)
        for chart in page.charts:
            charts.append(chart)
    assert {c.name for c in charts} == {"segment_sizes", "rf_grid", "pareto", "segment_movement"}
    for chart in charts:
        png, svg = chart.export(tmp_path / f"{chart.name}.png"), chart.export(tmp_path / f"{chart.name}.svg")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 5000
        text = svg.read_text()
        assert "<svg" in text and "</svg>" in text


# ---------------------------------------------------------------- small shops, staleness, read-only

def test_small_shop_notice_and_thresholds(qt_app, qtbot, tmp_path):
    from app.ui.main_window import MainWindow
    from app.ui.segments.settings_dialog import SegmentSettingsDialog

    shop = create_shop(tmp_path / "small.regulars", name="Small")
    demo.fill_demo_shop(shop.conn, customers=60)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_shop(shop)
    window.resize(1200, 800)
    window.show()
    try:
        tab, page = _open_tab(window)
        assert tab.data.figures.method == "thresholds"
        assert tab.notice.isVisible() and "fixed thresholds" in tab.notice.label.text()
        dialog = SegmentSettingsDialog(shop.conn, tab.data.figures, tab)
        qtbot.addWidget(dialog)
        for box, days in zip(dialog.recency_boxes, (400, 300, 200, 100), strict=True):
            box.setValue(days)
        dialog.save()
        assert dialog.saved
        assert segments.load_settings(shop.conn).recency_days == [400, 300, 200, 100]
        tab.data_changed()
        assert tab.wait_loaded()
        figures = segments.compute(shop.conn)
        assert [r["customers"] for r in page.model.records] == [s.customers for s in segments.segment_summaries(figures)]
        recency = dict(zip(figures.customer_id.tolist(), figures.recency_days.tolist(), strict=True))
        scores = dict(zip(figures.customer_id.tolist(), figures.r.tolist(), strict=True))
        for cid, days in recency.items():
            assert scores[cid] == 1 + sum(days <= t for t in (400, 300, 200, 100))
        # A bad threshold is refused with a message, nothing stored.
        dialog = SegmentSettingsDialog(shop.conn, tab.data.figures, tab)
        qtbot.addWidget(dialog)
        dialog.frequency_boxes[0].setValue(9)
        dialog.save()
        assert not dialog.saved and "frequency" in dialog.problem.text()
        assert segments.load_settings(shop.conn).frequency == [2, 3, 5, 8]
    finally:
        window.set_shop(None)


def test_a_hidden_tab_reloads_only_when_shown(demo_window):
    tab, page = _open_tab(demo_window)
    before = page.model.records[0]["customers"]
    demo_window.show_tab("customers")
    conn = _conn()
    champion = segments.customer_ids(conn, "rfm:champions")[0]
    from app.services.customer_data import delete_customer

    events.announce(delete_customer(conn, champion).changes)
    assert tab._stale and tab.load_job.running is False and not tab._reload_timer.isActive()
    demo_window.show_tab("segments")
    assert tab.wait_loaded()
    assert not tab._stale
    assert sum(r["customers"] for r in page.model.records) == len(segments.compute(conn))
    assert champion not in segments.customer_ids(conn, "all")
    assert before >= 1


def test_a_shown_tab_reloads_when_sales_change(demo_window, qtbot):
    tab, page = _open_tab(demo_window)
    first = tab.load_job
    before = sum(r["customers"] for r in page.model.records)
    conn = _conn()
    from app.services.customer_data import delete_customer

    deleted = delete_customer(conn, segments.customer_ids(conn, "rfm:champions")[0])  # one customer fewer
    events.announce(deleted.changes)
    qtbot.waitUntil(lambda: tab.load_job is not first, timeout=5000)
    assert tab.wait_loaded()
    after = sum(r["customers"] for r in page.model.records)
    assert after == before - 1 == len(segments.compute(conn))


def test_read_only_shop_disables_changes(qt_app, qtbot, demo_path):
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_shop(open_shop(demo_path, read_only=True))
    window.show()
    try:
        tab, _page = _open_tab(window, "saved")
        saved = tab.pages["saved"]
        assert not saved.new_button.isEnabled()
        targets = tab.show_section("targets")
        assert not targets.weight_boxes["size"].isEnabled()
        assert not targets.model.check_enabled
        assert sum(r["customers"] for r in tab.pages["overview"].model.records) > 0
    finally:
        window.set_shop(None)


def test_every_section_renders(demo_window, tmp_path):
    tab, _page = _open_tab(demo_window)
    for key in ("overview", "value", "categories", "saved", "targets", "movement"):
        page = tab.show_section(key)
        page.draw_charts()
        image = demo_window.grab()
        assert not image.isNull()
        assert image.save(str(tmp_path / f"segments_{key}.png"))
        for chart in page.charts:
            if chart.isVisible():
                assert chart.canvas is not None, f"{chart.name} was not drawn on {key}"


def test_language_change_keeps_the_figures_and_redraws_the_chart(demo_window, qtbot):
    from app.ui import language

    tab, page = _open_tab(demo_window)
    qtbot.waitUntil(lambda: page.sizes_chart.chart is not None, timeout=20_000)
    drawn = page.sizes_chart.chart
    customers = [r["customers"] for r in page.model.records]
    language.set_language("vi", remember=False)
    try:
        assert [r["customers"] for r in page.model.records] == customers
        assert all(tab.section_list.item(i).text() for i in range(tab.section_list.count()))
        # The chart is drawn again, with its labels in the new language.
        qtbot.waitUntil(lambda: page.sizes_chart.chart is not drawn, timeout=20_000)
    finally:
        language.set_language("en", remember=False)


def test_an_empty_shop_opens_every_section(window):
    tab, _page = _open_tab(window)
    assert "No customer has bought anything yet" in tab.status_label.text()
    for key in ("overview", "value", "categories", "saved", "targets", "movement"):
        page = tab.show_section(key)
        page.draw_charts()
        assert not window.grab().isNull()
    assert tab.pages["overview"].members.model.records == []
    assert all(r["customers"] == 0 for r in tab.pages["overview"].model.records)
    assert tab.pages["categories"].model.records == []


def test_at_risk_list_exports_to_xlsx(demo_window, tmp_path):
    from openpyxl import load_workbook

    tab, page = _open_tab(demo_window, "value")
    path = tmp_path / "at_risk.xlsx"
    assert page.members.export(path).wait(20_000)
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == len(page.members.model.records) + 1
    header = list(rows[0])
    first = _shown(page.members.view)[0]
    assert rows[1][header.index("Code")] == first["code"]
    assert rows[1][header.index("Value tier")] in ("VIP", "Premium")
    assert float(rows[1][header.index("Total spent")]) == first["spend"] / 1000


def test_growth_texts_follow_the_language_and_the_shops_number_style(qt_app):
    from app.ui import language
    from app.ui.segments.targets_page import growth_text

    assert growth_text(19.06, "") == "19,1 %"  # no shop open: Vietnamese style, the default
    assert growth_text(4214.0, "new") == "new" and growth_text(-100.0, "gone") == "gone"
    language.set_language("vi", remember=False)
    assert growth_text(4214.0, "new") == "mới" and growth_text(-100.0, "gone") == "mất hẳn"
