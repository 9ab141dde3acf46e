"""The real shop data: importing UCI Online Retail (CSV, and separately its XLSX) through the command line
must give exactly the figures of /work/shared/data/online_retail/REFERENCE.md; importing it again, or
the other format after the first, adds nothing."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ONLINE_RETAIL
from tests.importing.test_cli import cli

REFERENCE = {
    "customers": 4372, "customers_with_purchases": 4338, "invoices": 18532, "sales_lines": 397884,
    "revenue": 8911407.904, "returns": -611342.09, "net_revenue": 8300065.814,
    "first_sale": "2010-12-01", "last_sale": "2011-12-09",
}

pytestmark = pytest.mark.slow


def _import(path, shop) -> dict:
    out = cli("import", path, "--db", shop, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _stats(shop) -> dict:
    figures = json.loads(cli("stats", "--db", shop, "--json").stdout)
    return {k: figures[k] for k in REFERENCE}


@pytest.mark.parametrize("name", ["online_retail.csv", "online_retail.xlsx"])
def test_uci_import_gives_the_reference_figures_and_reimport_adds_nothing(tmp_path, name):
    shop = tmp_path / "uci.regulars"
    first = _import(ONLINE_RETAIL / name, shop)
    assert (first["rows_read"], first["lines_added"], first["customers_added"]) == (541909, 541909, 4372)
    assert first["files"][0]["preset"] == "uci_online_retail"
    assert _stats(shop) == REFERENCE
    again = _import(ONLINE_RETAIL / name, shop)
    assert (again["lines_added"], again["duplicates_skipped"], again["customers_added"]) == (0, 541909, 0)


def test_csv_then_xlsx_of_the_same_data_adds_nothing(tmp_path):
    shop = tmp_path / "uci.regulars"
    _import(ONLINE_RETAIL / "online_retail.csv", shop)
    second = _import(ONLINE_RETAIL / "online_retail.xlsx", shop)
    assert (second["lines_added"], second["duplicates_skipped"]) == (0, 541909)
    assert _stats(shop) == REFERENCE
