"""`segments --db SHOP [--as-of YYYY-MM-DD] [--returns count|ignore] [--csv OUT.csv] [--json]`: RFM segments, value tiers and the
customer-value figures. The CSV has one row per customer with purchases (most valuable first):
customer_code, recency_days, frequency, monetary, r, f, m, segment, tier. The JSON holds the shop-level
figures (shares in percent) and the counts per segment and per tier. Nothing is written to the shop."""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import datetime as dt
from pathlib import Path

from app.cli.common import add_db_argument, iso_date, open_for_reading, print_json
from app.models import segments as segment_store
from app.models import settings as shop_settings
from app.services import file_checks, formatting
from app.services.errors import UserError

CSV_COLUMNS = ("customer_code", "recency_days", "frequency", "monetary", "r", "f", "m", "segment", "tier")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", dest="as_of",
                        help="reference date for recency (default: the day after the last purchase)")
    parser.add_argument("--returns", choices=("count", "ignore"),
                        help="whether returns count against a customer's value (default: the shop's setting, "
                             "count unless changed); 'ignore' reproduces the published UCI Online Retail figures")
    parser.add_argument("--csv", metavar="OUT.csv", type=Path, help="write one row per customer to this file")
    parser.add_argument("--json", action="store_true", help="print the shop-level figures as one JSON object")


def _as_of(text: str | None) -> dt.date | None:
    return iso_date(text, "The reference date {text} is not a date in the form YYYY-MM-DD.")


def money_text(thousandths: int) -> str:
    """Exact, with as few decimals as the value needs beyond two: 77183600 -> '77183.60'."""
    sign = "-" if thousandths < 0 else ""
    whole, frac = divmod(abs(int(thousandths)), 1000)
    return f"{sign}{whole}.{frac:03d}" if frac % 10 else f"{sign}{whole}.{frac // 10:02d}"


def _customer_codes(conn) -> dict[int, str]:
    """The customer's code, else phone, else e-mail, else '#id'."""
    return {cid: code or phone or email or f"#{cid}"
            for cid, code, _name, phone, email in segment_store.customer_labels(conn)}


def write_csv(path: Path, figures, codes: dict[int, str]) -> int:
    from app.services.customer_data import neutralize
    from app.services.segments.definitions import SEGMENT_BY_KEY, TIER_BY_KEY

    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            for row in figures.rows():
                writer.writerow((
                    neutralize(codes.get(row["customer_id"], f"#{row['customer_id']}")), row["recency_days"],
                    row["frequency"], money_text(row["monetary"]), row["r"], row["f"], row["m"],
                    SEGMENT_BY_KEY[row["segment"]].name, TIER_BY_KEY[row["tier"]].name,
                ))
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserError(f"The file {path} cannot be written: {exc.strerror}.") from exc
    return len(figures)


def summary(figures, value, segments, tiers) -> dict:
    return {
        "as_of": figures.as_of.isoformat(),
        "method": figures.method,
        "small_shop": figures.small_shop,
        "customers": value.customers,
        "revenue": value.revenue / 1000,
        "top20_customers": value.top20_n,
        "top20_revenue_share": round(value.top20_share, 4),
        "top10_customers": value.top10_n,
        "top10_revenue_share": round(value.top10_share, 4),
        "customers_for_80pct": value.customers_for_80pct,
        "top10_mean_ratio": round(value.top10_mean_ratio, 4),
        "mean_spend": round(value.mean_spend / 1000, 3),
        "repeat_customers": value.repeat_customers,
        "repeat_customers_share": round(value.repeat_customers_share, 4),
        "repeat_revenue_share": round(value.repeat_revenue_share, 4),
        "premium_at_risk": int(figures.at_risk.sum()),
        "segments": {s.key: s.customers for s in segments},
        "segment_revenue": {s.key: s.revenue / 1000 for s in segments},
        "tiers": {t.key: t.customers for t in tiers},
        "tier_revenue": {t.key: t.revenue / 1000 for t in tiers},
    }


def _print_text(figures_summary: dict, segments, tiers, currency: str, locale: str, message: str) -> None:
    loc = "en_GB" if locale.startswith("en") else locale

    def pct(value: float) -> str:
        return formatting.percent(value, 1, loc)

    print(f"reference date            {figures_summary['as_of']}")
    print(f"customers with purchases  {formatting.number(figures_summary['customers'], 0, loc)}")
    print(f"revenue                   {formatting.money(figures_summary['revenue'], currency, loc)}")
    print(f"top 20% of customers      {pct(figures_summary['top20_revenue_share'])} of revenue")
    print(f"top 10% of customers      {pct(figures_summary['top10_revenue_share'])} of revenue, "
          f"{formatting.number(figures_summary['top10_mean_ratio'], 2, loc)}x the average spend")
    print(f"customers for 80%         {formatting.number(figures_summary['customers_for_80pct'], 0, loc)}")
    print(f"repeat customers          {formatting.number(figures_summary['repeat_customers'], 0, loc)}, "
          f"{pct(figures_summary['repeat_revenue_share'])} of revenue")
    if message:
        print(message)
    print()
    for group in (segments, tiers):
        for s in group:
            print(f"{s.name:22} {formatting.number(s.customers, 0, loc):>9}  "
                  f"{formatting.money(s.revenue / 1000, currency, loc):>18}  {pct(s.revenue_share):>8}")
        print()


def run(args: argparse.Namespace) -> int:
    from app.services.segments import config as segment_config
    from app.services.segments import figures as segment_figures
    from app.services.segments import value as segment_value

    as_of = _as_of(args.as_of)
    if args.csv:
        file_checks.check_output(args.csv)
    shop = open_for_reading(args.db)
    try:
        settings = segment_config.load_settings(shop.conn)
        if args.returns:
            settings = dataclasses.replace(settings, returns_count=args.returns == "count")
        figures = segment_figures.compute(shop.conn, as_of, settings)
        codes = _customer_codes(shop.conn) if args.csv else {}
        conf = shop_settings.get_all(shop.conn)
    finally:
        shop.close()
    value = segment_value.customer_value(figures)
    segments, tiers = segment_value.segment_summaries(figures), segment_value.tier_summaries(figures)
    figures_summary = summary(figures, value, segments, tiers)
    if args.csv:
        write_csv(args.csv, figures, codes)
    if args.json:
        print_json(figures_summary)
    elif not args.csv:
        _print_text(figures_summary, segments, tiers, conf["currency"], conf["locale"], figures.message)
    return 0
