"""`nps --db SHOP [--json] [--by segment|tier|premium|channel|month|quarter] [--latest-per-customer]
[--since YYYY-MM-DD]`: the Net Promoter Score with its 95% interval, overall or one object per group
(`group`, `responses`, `promoters`, `passives`, `detractors`, `nps`, `ci_low`, `ci_high`, `too_few`;
for `premium` also `difference_significant`). Nothing is written to the shop (the segment figures
of a read-only file are computed for this run only)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.common import add_db_argument, iso_date, open_for_reading, print_json

GROUPINGS = ("segment", "tier", "premium", "channel", "month", "quarter")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list of groups")
    parser.add_argument("--by", choices=GROUPINGS, help="one score per group instead of one for the shop")
    parser.add_argument("--latest-per-customer", action="store_true", dest="latest",
                        help="count only each customer's newest answer")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="only answers on or after this day")


def groups(conn, by: str | None, latest: bool, since: dt.date | None) -> list[dict]:
    from app.services.feedback import nps

    options: dict[str, Any] = {"latest_per_customer": latest, "since": since}
    if by is None:
        return [nps.overall(conn, **options).to_dict()]
    if by == "premium":
        comparison = nps.premium_comparison(conn, **options)
        rows = [comparison.premium.to_dict(), comparison.rest.to_dict()]
        for row in rows:
            row["difference_significant"] = comparison.difference.significant
        return rows
    rows = []
    for score in nps.by_group(conn, by, **options):
        row = score.to_dict()
        if by in ("month", "quarter"):
            row["group"] = nps.period_label(score.group, by)
        rows.append(row)
    return rows


def run(args: argparse.Namespace) -> int:
    since = iso_date(args.since)
    shop = open_for_reading(args.db)
    try:
        rows = groups(shop.conn, args.by, args.latest, since)
    finally:
        shop.close()
    if args.json:
        print_json(rows)
        return 0
    from app.services.feedback.nps import Score, signed

    for row in rows:
        label = (row["group"] or "(no customer or no purchases)") if args.by else "NPS"
        if row["nps"] is None:
            print(f"{label}: no answers")
            continue
        print(f"{label}: {signed(row['nps'])} (95% interval {signed(row['ci_low'])} to {signed(row['ci_high'])}), "
              f"{row['responses']} answers: {row['promoters']} promoters, {row['passives']} passives, "
              f"{row['detractors']} detractors" + (" – too few answers to trust" if row["too_few"] else ""))
    if args.by is None:
        warning = Score("all", rows[0]["responses"], rows[0]["promoters"], rows[0]["detractors"]).warning_text()
        if warning:
            print(warning)
    return 0
