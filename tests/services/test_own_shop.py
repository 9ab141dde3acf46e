"""The owner's data never mixes with the demo: the own shop is a new file named after the shop, its
currency suggested by the sales file; `import` into a demo shop is refused without `--into-demo`;
`stats --json` reports the shop's currency."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import demo, importing, own_shop
from app.services.errors import UserError
from app.services.shop import open_shop
from tests.importing.conftest import snapshot, vn_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture
def small_demo(tmp_path) -> Path:
    path = tmp_path / "demo.regulars"
    demo.create_demo_shop(path, customers=40).close()
    return path


def test_new_shop_paths_are_named_after_the_shop_and_never_reuse_a_file(tmp_path):
    first = own_shop.new_shop_path(tmp_path, "Tiệm bánh Mai: chi nhánh 1/2")
    assert first == tmp_path / "Tiệm bánh Mai chi nhánh 1-2.regulars"
    first.write_bytes(b"x")
    assert own_shop.new_shop_path(tmp_path, "Tiệm bánh Mai: chi nhánh 1/2").name == "Tiệm bánh Mai chi nhánh 1-2 2.regulars"
    assert own_shop.new_shop_path(tmp_path, "...").name == "shop.regulars"


def test_create_own_shop_stores_name_currency_and_the_currencys_locale(tmp_path):
    shop = own_shop.create_own_shop(tmp_path, "  Corner Shop ", "gbp")
    try:
        assert shop.path == tmp_path / "Corner Shop.regulars"
        assert shop.name == "Corner Shop"
        assert not demo.is_demo(shop.conn)
        from app.models import settings

        values = settings.get_all(shop.conn)
        assert (values["currency"], values["locale"]) == ("GBP", "en_GB")
    finally:
        shop.close()
    with pytest.raises(UserError, match="Give the shop a name"):
        own_shop.create_own_shop(tmp_path, "  ", "VND")


def test_currency_hint_from_the_file(tmp_path):
    kiotviet = write_csv(tmp_path / "vn.csv", vn_rows())
    assert own_shop.currency_hint(importing.open_source(kiotviet)) == "VND"
    uci = write_csv(tmp_path / "uci.csv", [
        ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"],
        ["536365", "85123A", "WHITE HANGING HEART", "6", "2010-12-01 08:26:00", "2.55", "17850.0", "United Kingdom"]])
    assert own_shop.currency_hint(importing.open_source(uci)) == "GBP"
    dollars = write_csv(tmp_path / "usd.csv", [["Order", "Date", "Total", "Currency"], ["1", "2024-01-02", "12.50", "usd"]])
    assert own_shop.currency_hint(importing.open_source(dollars)) == "USD"
    silent = write_csv(tmp_path / "plain.csv", [["Order", "Date", "Total"], ["1", "2024-01-02", "12.50"]])
    assert own_shop.currency_hint(importing.open_source(silent)) is None


def test_the_own_shop_holds_the_file_alone_and_the_demo_is_unchanged(tmp_path, small_demo):
    sales = write_csv(tmp_path / "sales.csv", vn_rows())
    before = snapshot(small_demo)
    demo_shop = open_shop(small_demo)
    try:
        with pytest.raises(UserError, match="demo shop"):
            own_shop.refuse_demo(demo_shop)
    finally:
        demo_shop.close()
    mine = own_shop.create_own_shop(tmp_path / "data", "Trà Mai", "VND")
    try:
        source = importing.open_source(sales)
        importing.run_import(mine.path, source, importing.guess_mapping(source, mine.conn), importing.ImportOptions(),
                             conn=mine.conn)
        from app.models import sales as sales_rows

        figures = sales_rows.stats(mine.conn)
    finally:
        mine.close()
    assert (figures["customers"], figures["invoices"], figures["revenue"], figures["returns"]) == (2, 2, 432_000.0, -45_000.0)
    assert snapshot(small_demo) == before


def test_cli_import_into_the_demo_is_refused_unless_into_demo(tmp_path, small_demo):
    sales = write_csv(tmp_path / "sales.csv", vn_rows())
    before = snapshot(small_demo)
    out = cli("import", sales, "--db", small_demo)
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "demo shop" in lines[0] and "--into-demo" in lines[0]
    assert snapshot(small_demo) == before
    out = cli("import", sales, "--db", small_demo, "--into-demo", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["lines_added"] == 5


def test_stats_json_reports_name_and_currency(tmp_path):
    shop = own_shop.create_own_shop(tmp_path, "Corner Shop", "GBP")
    shop.close()
    stats = json.loads(cli("stats", "--db", shop.path, "--json").stdout)
    assert (stats["shop_name"], stats["currency"]) == ("Corner Shop", "GBP")
