"""`report --db SHOP --pdf OUT.pdf [--lang vi|en] [--period month|quarter|year]`: the one-page
Customer focus report (default language: the shop's; default period: quarter)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, document_language, existing_shop_path
from app.services import catalogue
from app.services.overview import figures
from app.services.overview.report import write_report
from app.services.shop import open_shop


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--pdf", metavar="OUT.pdf", type=Path, required=True, help="the PDF file to write")
    parser.add_argument("--lang", choices=("vi", "en"), help="language of the report (default: the shop's)")
    parser.add_argument("--period", choices=figures.PERIODS, default="quarter", help="the period (default quarter)")


def run(args: argparse.Namespace) -> int:
    shop = open_shop(existing_shop_path(args.db))
    try:
        language = document_language(shop.conn, args.lang)
        write_report(shop.conn, args.pdf, period=args.period, translate=catalogue.translator(language))
    finally:
        shop.close()
    print(args.pdf)
    return 0
