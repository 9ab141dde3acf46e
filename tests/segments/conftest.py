"""Fixtures for the segments tests: small hand-made shops whose figures can be worked out by hand
(ShopBuilder), and the UCI Online Retail shop imported once per session with the real importer."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class ShopBuilder:
    """Writes customers and their purchases through app.models (customers, products, insert_lines,
    aggregates.refresh). Every purchase is its own invoice unless one is given."""

    def __init__(self, conn):
        self.conn = conn
        self._keys = itertools.count(1)
        self._invoices = itertools.count(1)
        self._lines: list[tuple] = []
        self._products: dict[str, int] = {}

    def product(self, category: str) -> int:
        from app.models import products, sales

        if category not in self._products:
            cat = sales.ensure_categories(self.conn, [category])[category]
            key = f"P-{category}"
            self._products[category] = products.ensure_products(self.conn, [(key, key, category, cat)])[key]
        return self._products[category]

    def customer(self, code: str | None = None, **attrs) -> int:
        from app.models import customers

        return customers.create(self.conn, {"code": code, **attrs} if code else attrs)

    def buy(self, customer_id: int, day: dt.date, amount: float, *, category: str | None = None,
            invoice: str | None = None, quantity: int = 1, channel: str | None = None,
            at: dt.time = dt.time(10, 0)) -> None:
        from app.models.units import datetime_to_stored, money_to_stored

        invoice = invoice or f"INV{next(self._invoices):05d}"
        when = datetime_to_stored(dt.datetime.combine(day, at))
        total = money_to_stored(amount)
        product = self.product(category) if category else None
        self._lines.append((customer_id, next(self._keys), invoice, when, product, quantity,
                            total // max(abs(quantity), 1), total, channel, None, None))

    def commit(self) -> None:
        from app.models import aggregates, db, sales

        with db.transaction(self.conn):
            sales.insert_lines(self.conn, sorted(self._lines))
            aggregates.refresh(self.conn, sorted({line[0] for line in self._lines if line[0]}),
                               lines_from=min(line[3] for line in self._lines))
        self._lines.clear()


@pytest.fixture
def builder(shop) -> ShopBuilder:
    return ShopBuilder(shop.conn)


def _import_file(csv_path: Path, shop_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "app", "import", str(csv_path), "--db", str(shop_path), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="session")
def import_sales():
    """import_sales(csv_path, shop_path): imports a sales file into a (new) shop file with
    `python -m app import`, the real importer."""
    return _import_file


@pytest.fixture(scope="session")
def uci_shop_path(tmp_path_factory, online_retail_csv) -> Path:
    """A shop file holding the UCI Online Retail data (imported once per test session)."""
    path = tmp_path_factory.mktemp("uci") / "online_retail.regulars"
    _import_file(online_retail_csv, path)
    return path
