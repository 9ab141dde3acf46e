"""Benchmark data: big shop files built once with numpy from the benchmark seed and cached in
`ctx.cache`, for every area's benchmarks (import, segments, start-up, Customers tab).

- `big_shop(ctx, lines=1_000_000, customers=6_000)`: a shop with that many sales lines;
- `many_customers_shop(ctx, customers=100_000)`: many customers with names, phones, e-mails and codes,
  and a few sales each so that their figures are filled;
- `synthetic_sales(...)`: the generated lines themselves (numpy columns), for benchmarks that write
  them elsewhere (a CSV or XLSX file to import, a DataFrame for a baseline);
- `working_copy(ctx, path)`: a fresh copy of a cached shop to change (the cached files are shared:
  never write to them).

With `ctx.quick` every size is 1/20 of the one asked for. The shops are those of a retail shop over
two years ending END: customers with a skewed value (lognormal activity, 30% one-time buyers, 20% who
stopped coming), 10% walk-in invoices, 2% returns, three channels, two branches, 3,000 products in
12 categories, VND prices. Only the rows handed to `executemany` are built in Python.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.harness import Context

DATA_VERSION = 2  # part of every cache key: bump it when the generated data changes
END = dt.date(2026, 6, 30)
DAYS = 730
PRODUCTS = 3_000
CATEGORIES = (
    "Đồ uống", "Bánh kẹo", "Sữa & trứng", "Gia vị", "Mì & gạo", "Đồ hộp", "Rau củ", "Trái cây",
    "Chăm sóc cá nhân", "Vệ sinh nhà cửa", "Đồ dùng học tập", "Quà tặng",
)
CHANNELS = ("Tại cửa hàng", "Online", "Shopee")
BRANCHES = ("Chi nhánh 1", "Chi nhánh 2")
QUICK_DIVISOR = 20


@dataclass
class SyntheticSales:
    """Generated sales lines (one numpy array per sales column, sorted by customer and line key)
    and the customers and products they refer to (customer i has id i + 1; 0 is a walk-in)."""

    customer_id: np.ndarray
    line_key: np.ndarray
    invoice: np.ndarray  # object array of strings, "HD0000001" (purchases) or "TH0000001" (returns)
    sold_at: np.ndarray  # stored seconds (app.models.units)
    product_id: np.ndarray  # 1..PRODUCTS
    quantity: np.ndarray
    unit_price: np.ndarray  # stored thousandths
    amount: np.ndarray
    channel: np.ndarray  # object array of strings
    branch: np.ndarray
    customers: int

    def __len__(self) -> int:
        return len(self.customer_id)

    def rows(self, select: np.ndarray | slice | None = None):
        """Rows of app.models.sales.SALES_COLUMNS for `executemany` (import_id None): all of them, or
        those picked by a boolean mask, an index array or a slice (e.g. `data.sold_at >= t` to hold
        back the last month and import it later)."""
        part = slice(None) if select is None else select
        columns = [self.customer_id[part].tolist(), self.line_key[part].tolist(), self.invoice[part].tolist(),
                   self.sold_at[part].tolist(), self.product_id[part].tolist(), self.quantity[part].tolist(),
                   self.unit_price[part].tolist(), self.amount[part].tolist(), self.channel[part].tolist(),
                   self.branch[part].tolist()]
        return ((*row, None) for row in zip(*columns, strict=True))


def sized(ctx: Context, count: int) -> int:
    return max(1, count // QUICK_DIVISOR) if ctx.quick else count


def synthetic_sales(lines: int, customers: int, seed: int, *, lines_per_invoice: float = 5.0) -> SyntheticSales:
    """`lines` sales lines of `customers` customers, vectorised; the same arguments give the same lines."""
    from app.models.units import SECONDS_PER_DAY, date_to_day

    rng = np.random.default_rng([seed, lines, customers, 1])
    end_day = date_to_day(END)
    start_day = end_day - DAYS + 1

    # Invoices and their sizes, until there are exactly `lines` lines.
    invoices = int(lines / lines_per_invoice * 1.05) + customers + 10
    sizes = 1 + rng.poisson(max(lines_per_invoice - 1, 0.0), invoices)
    ends = np.cumsum(sizes)
    invoices = int(np.searchsorted(ends, lines)) + 1
    sizes = sizes[:invoices]
    sizes[-1] -= int(ends[invoices - 1] - lines)

    # Who bought each invoice: every customer at least once, then by a skewed activity; 10% walk-ins.
    activity = rng.lognormal(0.0, 1.2, customers)
    activity[rng.random(customers) < 0.3] = 0.0  # one-time buyers
    buyer = np.empty(invoices, dtype=np.int64)
    first_round = min(customers, invoices)
    buyer[:first_round] = rng.permutation(customers)[:first_round] + 1
    rest = invoices - first_round
    if rest:
        walk_in = rng.random(rest) < 0.10
        chosen = rng.choice(customers, size=rest, p=activity / activity.sum()) + 1 if activity.sum() > 0 \
            else rng.integers(1, customers + 1, rest)
        buyer[first_round:] = np.where(walk_in, 0, chosen)

    # When: each customer between their first day and the day they stopped coming.
    first = start_day + (rng.random(customers + 1) ** 1.5 * (DAYS - 1)).astype(np.int64)
    stop = np.where(rng.random(customers + 1) < 0.2, first + rng.integers(30, DAYS, customers + 1), end_day)
    stop = np.minimum(stop, end_day)
    first[0], stop[0] = start_day, end_day
    span = stop[buyer] - first[buyer] + 1
    day = first[buyer] + (rng.random(invoices) * span).astype(np.int64)
    moment = day * SECONDS_PER_DAY + 7 * 3600 + rng.integers(0, 14 * 3600, invoices)
    preferred_channel = rng.choice(len(CHANNELS), size=customers + 1, p=(0.7, 0.2, 0.1))
    home_branch = rng.integers(0, len(BRANCHES), customers + 1)
    invoice_channel = np.where(rng.random(invoices) < 0.85, preferred_channel[buyer], 0)
    invoice_branch = np.where(rng.random(invoices) < 0.9, home_branch[buyer], 1 - home_branch[buyer])

    # The lines.
    of_invoice = np.repeat(np.arange(invoices), sizes)
    popularity = 1.0 / np.arange(1, PRODUCTS + 1) ** 0.8
    product = rng.choice(PRODUCTS, size=lines, p=popularity / popularity.sum()) + 1
    price_of = np.round(rng.lognormal(np.log(45), 0.8, PRODUCTS + 1)).astype(np.int64) * 1_000 * 1_000
    unit_price = price_of[product]
    quantity = 1 + rng.poisson(0.6, lines)
    # Returns: 2% of the lines after the first of their invoice, so that every invoice buys something.
    position = np.arange(lines) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    returned = (rng.random(lines) < 0.02) & (position > 0)
    quantity = np.where(returned, -quantity, quantity)
    amount = quantity * unit_price
    moment_of_line = moment[of_invoice] + np.where(returned, rng.integers(3600, 3 * SECONDS_PER_DAY, lines), 0)
    moment_of_line = np.minimum(moment_of_line, (end_day + 1) * SECONDS_PER_DAY - 1)
    numbers = np.array([f"{n:07d}" for n in range(1, invoices + 1)], dtype=object)
    invoice = np.where(returned, "TH", "HD").astype(object) + numbers[of_invoice]
    customer = buyer[of_invoice]
    key = _line_keys(seed, lines)
    order = np.lexsort((key, customer))
    channels = np.array(CHANNELS, dtype=object)
    branches = np.array(BRANCHES, dtype=object)
    return SyntheticSales(
        customer_id=customer[order], line_key=key[order], invoice=invoice[order], sold_at=moment_of_line[order],
        product_id=product[order], quantity=quantity[order], unit_price=unit_price[order], amount=amount[order],
        channel=channels[invoice_channel[of_invoice]][order], branch=branches[invoice_branch[of_invoice]][order],
        customers=customers,
    )


def _line_keys(seed: int, count: int) -> np.ndarray:
    """Unique, well-spread 63-bit keys: an odd multiplier is one-to-one modulo 2**63."""
    n = np.arange(count, dtype=np.uint64) + np.uint64(seed % 2**32 << 20)
    return ((n * np.uint64(0x9E3779B97F4A7C15)) & np.uint64(2**63 - 1)).astype(np.int64)


def _customer_rows(customers: int, seed: int):
    """Rows for the customers table: code, name, phone, email, attributes and the search text."""
    from app.models.customers import search_text
    from app.models.text import fold
    from app.services import demo

    rng = np.random.default_rng([seed, customers, 2])

    def pick(pairs, size):
        names = np.array([p[0] for p in pairs], dtype=object)
        weights = np.array([p[1] for p in pairs], dtype=float)
        return names[rng.choice(len(names), size=size, p=weights / weights.sum())]

    female = rng.random(customers) < 0.6
    family = pick(demo.FAMILY_NAMES, customers)
    middle = np.where(female, pick(demo.FEMALE_MIDDLE_NAMES, customers), pick(demo.MALE_MIDDLE_NAMES, customers))
    given = np.where(female, rng.choice(np.array(demo.FEMALE_GIVEN_NAMES, dtype=object), customers),
                     rng.choice(np.array(demo.MALE_GIVEN_NAMES, dtype=object), customers))
    prefixes = rng.choice(np.array(demo.MOBILE_PREFIXES, dtype=object), customers)
    subscriber = rng.permutation(10_000_000)[:customers] if customers <= 10_000_000 else rng.integers(0, 10**7, customers)
    has_phone = rng.random(customers) < 0.95
    has_email = rng.random(customers) < 0.4
    consent = rng.random(customers) < 0.6
    ages = np.array([a[0] for a in demo._AGE_GROUPS], dtype=object)
    age_group = rng.choice(ages, customers)
    provinces = np.array(["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Cần Thơ", "Đồng Nai"], dtype=object)
    province = provinces[rng.choice(len(provinces), customers, p=(0.7, 0.12, 0.08, 0.05, 0.05))]
    for i in range(customers):
        name = f"{family[i]} {middle[i]} {given[i]}"
        phone = f"{prefixes[i]}{subscriber[i]:07d}" if has_phone[i] else None
        email = f"{fold(given[i])}.{fold(family[i])}{i + 1}@gmail.com" if has_email[i] else None
        code = f"KH{i + 1:07d}"
        values = {"name": name, "phone": phone, "email": email, "code": code}
        yield (i + 1, code, name, phone, email, int(consent[i]), "female" if female[i] else "male",
               age_group[i], "Việt Nam", province[i], search_text(values))


def _build(path: Path, data: SyntheticSales, seed: int, shop_name: str) -> None:
    """Writes `data` and its customers and products into a new shop file at `path`, in one transaction."""
    from app.models import aggregates, db, products, sales
    from app.services.shop import create_shop

    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
    _remove_shop_file(tmp)
    shop = create_shop(tmp, name=shop_name)
    conn = shop.conn
    try:
        with db.transaction(conn):
            category_ids = sales.ensure_categories(conn, CATEGORIES)
            products.ensure_products(conn, (
                (f"SP{p:05d}", f"SP{p:05d}", f"Sản phẩm {p}", category_ids[CATEGORIES[p % len(CATEGORIES)]])
                for p in range(1, PRODUCTS + 1)))
            conn.executemany(
                "INSERT INTO customers (id, code, name, phone, email, marketing_consent, gender, age_group, "
                "country, province, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _customer_rows(data.customers, seed))
            sales.insert_lines(conn, data.rows())
            aggregates.refresh(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        shop.close()
    os.replace(tmp, path)
    _remove_shop_file(tmp)


def _remove_shop_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _cached(ctx: Context, name: str, build) -> Path:
    """The cached file, built when missing and brought to the app's schema version when older (once:
    so that working copies neither pay for the update nor leave its backup behind)."""
    from app.models import db, migrations
    from app.services.shop import open_shop

    path = ctx.cache / f"{name}-v{DATA_VERSION}-seed{ctx.seed}.regulars"
    if not path.exists():
        build(path)
    conn = db.connect(path, read_only=True)
    try:
        older = migrations.pending(conn) > 0
    finally:
        conn.close()
    if older:
        open_shop(path, lock=False).close()
        shutil.rmtree(_backup_folder(path), ignore_errors=True)
    return path


def _backup_folder(path: Path) -> Path:
    from app.services.backups import backup_folder

    return backup_folder(path)


def discard(path: Path) -> None:
    """Removes a working copy: the file, its WAL, lock, and the backups the app made beside it."""
    _remove_shop_file(path)
    shutil.rmtree(_backup_folder(path), ignore_errors=True)


def big_shop(ctx: Context, *, lines: int = 1_000_000, customers: int = 6_000) -> Path:
    """A cached shop file with `lines` sales lines of `customers` customers (1/20 with ctx.quick)."""
    lines, customers = sized(ctx, lines), sized(ctx, customers)
    return _cached(ctx, f"big-shop-{lines}-{customers}", lambda path: _build(
        path, synthetic_sales(lines, customers, ctx.seed), ctx.seed, "Benchmark shop"))


def many_customers_shop(ctx: Context, customers: int = 100_000) -> Path:
    """A cached shop file with `customers` customers (1/20 with ctx.quick), each with about three
    sales lines so that their first and last purchase, invoices and spend are filled."""
    customers = sized(ctx, customers)
    return _cached(ctx, f"many-customers-{customers}", lambda path: _build(
        path, synthetic_sales(customers * 3, customers, ctx.seed, lines_per_invoice=1.5), ctx.seed,
        "Benchmark customers"))


def working_copy(ctx: Context, path: Path, name: str = "work") -> Path:
    """A fresh copy of the cached shop file `path`, to change freely."""
    copy = ctx.cache / f"{name}-{os.getpid()}.regulars"
    _remove_shop_file(copy)
    shutil.copyfile(path, copy)
    return copy
