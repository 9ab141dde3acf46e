"""`demo --db SHOP [--seed N] [--customers N] [--today YYYY-MM-DD] [--force]`: creates a shop file
filled with the demo shop and prints one line saying what it made."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import add_db_argument, remove_shop_file, shop_path_to_write
from app.models import db, sales
from app.services import demo
from app.services.errors import UserError
from app.services.shop import ShopLock

MAX_CUSTOMERS = 50_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--seed", type=int, default=demo.DEMO_SEED, help=f"random seed (default {demo.DEMO_SEED})")
    parser.add_argument("--customers", type=int, default=demo.DEMO_CUSTOMERS,
                        help=f"number of customers (default {demo.DEMO_CUSTOMERS})")
    parser.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                        help="the sales end the day before this date (default: today)")
    parser.add_argument("--force", action="store_true", help="replace an existing shop file")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _remove_existing(path: Path) -> None:
    """Deletes an existing shop file (and its WAL files) for --force, after checking that it is a
    shop file that no window has open."""
    db.check_header(path)
    lock = ShopLock(path)
    if not lock.acquire():
        raise UserError(f"The shop file {path.name} is open in another window, so it was not replaced.")
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    finally:
        lock.release()


def run(args: argparse.Namespace) -> int:
    path: Path = args.db
    if not 1 <= args.customers <= MAX_CUSTOMERS:
        raise UserError(f"The number of customers must be between 1 and {MAX_CUSTOMERS:,}.")
    shop_path_to_write(path)
    if path.exists() and path.stat().st_size > 0:
        if not args.force:
            raise UserError(f"The file {path} already exists; use --force to replace it with a demo shop.")
        _remove_existing(path)
    try:
        shop = demo.create_demo_shop(path, seed=args.seed, today=args.today, customers=args.customers)
    except BaseException:
        remove_shop_file(path)  # no half-made demo left behind (a full disk, an interruption)
        raise
    try:
        figures = sales.stats(shop.conn)
    finally:
        shop.close()
    print(f"Created the demo shop {demo.DEMO_SHOP_NAME} in {path}: {figures['customers']:,} customers, "
          f"{figures['all_lines']:,} sales lines, from {figures['first_sale']} to {figures['last_sale']}.")
    return 0
