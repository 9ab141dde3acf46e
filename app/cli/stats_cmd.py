"""`stats --db SHOP [--json]`: the shop's headline figures, its name and its currency."""

from __future__ import annotations

import argparse

from app.cli.common import add_db_argument, existing_shop_path, print_json
from app.models import sales
from app.models import settings as shop_settings
from app.services import formatting
from app.services.shop import open_shop


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    shop = open_shop(existing_shop_path(args.db), read_only=True)
    try:
        figures = sales.stats(shop.conn)
        conf = shop_settings.get_all(shop.conn)
    finally:
        shop.close()
    if args.json:
        print_json({**figures, "shop_name": conf["shop_name"], "currency": conf["currency"]})
        return 0
    cur, loc = conf["currency"], "en_GB" if conf["locale"].startswith("en") else conf["locale"]
    money_keys = {"revenue", "returns", "net_revenue", "all_sales_revenue"}
    for key, value in figures.items():
        shown = formatting.money(value, cur, loc) if key in money_keys else (
            formatting.number(value, 0, loc) if isinstance(value, int) else value)
        print(f"{key:26} {shown}")
    return 0
