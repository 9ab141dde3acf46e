"""`overview --db SHOP [--json] [--period month|quarter|year]`: the Overview's headline figures for the
period holding the latest sale against the period before (money in thousandths in the JSON)."""

from __future__ import annotations

import argparse

from app.cli.common import add_db_argument, existing_shop_path, print_json
from app.services import formatting
from app.services.overview import figures
from app.services.shop import open_shop


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--period", choices=figures.PERIODS, default="month", help="month (default), quarter or year")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")


def run(args: argparse.Namespace) -> int:
    shop = open_shop(existing_shop_path(args.db))
    try:
        head = figures.headline(shop.conn, args.period, with_months=False)
    finally:
        shop.close()
    if args.json:
        print_json(head.as_json())
        return 0
    if head.period is None:
        print("No sales yet: import a sales spreadsheet first.")
        return 0
    money = lambda v: formatting.stored_money(v, head.currency, "en_GB")  # noqa: E731
    end = head.period.end.toordinal() - 1
    print(f"{head.period.kind} {head.period.start} .. {head.period.start.fromordinal(end)}  (previous in brackets)")
    for label, name in (("customers", "customers"), ("new customers", "new_customers"),
                        ("customers' revenue", "customer_revenue"), ("walk-in revenue", "walk_in_revenue")):
        now, before = getattr(head.current, name), getattr(head.previous, name)
        text = (money(now), money(before)) if "revenue" in name else (now, before)
        print(f"  {label}: {text[0]} ({text[1]})")
    share = head.current.returning_revenue_share
    print(f"  returning customers' share of revenue: {formatting.percent(share, locale='en_GB')}")
    print(f"  top 20% share of revenue: {formatting.percent(head.top20_share, locale='en_GB')}")
    print(f"  premium customers at risk: {head.at_risk_customers}, revenue at stake {money(head.revenue_at_stake)}")
    print(f"  journey maps due for review: {len(head.reviews_due)}")
    return 0
