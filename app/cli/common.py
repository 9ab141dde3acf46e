"""Argument helpers shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from app.services import file_checks
from app.services.errors import UserError


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--db", metavar="SHOP", required=required, type=Path, help="the shop file")


def existing_shop_path(path: Path) -> Path:
    if not path.exists():
        raise UserError(f"The shop file {path} does not exist.")
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a shop file.")
    return file_checks.check_input(path)


def shop_path_to_write(path: Path) -> Path:
    """A shop file that exists and can be read, or a place where a new one can be made."""
    if not file_checks.exists(path):
        return file_checks.check_output(path, make_folders=True)
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a shop file.")
    return file_checks.check_input(path)


def remove_shop_file(path: Path) -> None:
    """Removes a shop file this command created and could not fill (and its WAL files)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_for_reading(path: Path):
    """The shop at `path` opened read-only; an older file is updated first (after a backup), then read."""
    from app.services.shop import open_shop

    existing_shop_path(path)
    try:
        return open_shop(path, read_only=True)
    except UserError:
        return open_shop(path)


def iso_date(text: str | None, template: str = "The date {text} is not a date in the form YYYY-MM-DD.") -> dt.date | None:
    """A YYYY-MM-DD argument as a date (None when not given); a UserError with `template` otherwise."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(template.format(text=text)) from None


def document_language(conn, requested: str | None) -> str:
    """The language of a PDF the command writes: `--lang` when given, else the shop's ('vi' or 'en')."""
    from app.models import settings as shop_settings

    return requested or ("vi" if shop_settings.get(conn, "locale").startswith("vi") else "en")


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
