"""Fixtures for the segments tests: small hand-made shops whose figures can be worked out by hand
(ShopBuilder), and the UCI Online Retail shop loaded once per session."""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


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
            invoice: str | None = None, quantity: int = 1, channel: str | None = None) -> None:
        from app.models.units import datetime_to_stored, money_to_stored

        invoice = invoice or f"INV{next(self._invoices):05d}"
        when = datetime_to_stored(dt.datetime.combine(day, dt.time(10, 0)))
        total = money_to_stored(amount)
        product = self.product(category) if category else None
        self._lines.append((customer_id, next(self._keys), invoice, when, product, quantity,
                            total // max(abs(quantity), 1), total, channel, None, None))

    def commit(self) -> None:
        from app.models import aggregates, db, sales

        with db.transaction(self.conn):
            sales.insert_lines(self.conn, sorted(self._lines))
            aggregates.refresh(self.conn, sorted({line[0] for line in self._lines if line[0]}))
        self._lines.clear()


@pytest.fixture
def builder(shop) -> ShopBuilder:
    return ShopBuilder(shop.conn)


@pytest.fixture(scope="session")
def uci_shop_path(tmp_path_factory, online_retail_csv) -> Path:
    """A shop file holding the UCI Online Retail data (loaded once per test session)."""
    from uci_loader import load_online_retail

    from app.services.shop import create_shop

    path = tmp_path_factory.mktemp("uci") / "online_retail.regulars"
    shop = create_shop(path, name="Online Retail", currency="GBP", locale="en_GB")
    try:
        load_online_retail(shop.conn, online_retail_csv)
    finally:
        shop.close()
    return path
