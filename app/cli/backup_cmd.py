"""`backup --db SHOP` makes a verified backup in the shop's backup folder (rotated as the app does);
`copy --db SHOP OUT` saves a self-contained, verified copy of the shop file as OUT. Each prints one
line; a fault is one sentence on stderr with exit code 2 and leaves no partial file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, existing_shop_path
from app.services import backups, file_checks
from app.services.errors import UserError
from app.services.shop import Shop, open_shop


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)


def add_copy_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("out", metavar="OUT", type=Path, help="the copy to write (replaced when it exists)")


def _open(path: Path) -> Shop:
    existing_shop_path(path)
    try:
        return open_shop(path, read_only=True)
    except UserError:
        return open_shop(path)  # an older file: it is updated first (after a backup)


def run(args: argparse.Namespace) -> int:
    shop = _open(args.db)
    try:
        made = backups.back_up(shop.conn, shop.path, reason="manual")
    finally:
        shop.close()
    print(f"Backed up {args.db} as {made.path}.")
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from app.services.shop_copy import save_copy

    file_checks.check_output(args.out)
    shop = _open(args.db)
    try:
        save_copy(shop.conn, shop.path, args.out)
    finally:
        shop.close()
    print(f"Saved a copy of {args.db} as {args.out}.")
    return 0
