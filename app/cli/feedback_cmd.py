"""`feedback import FILE --db SHOP [--mapping PRESET|mapping.json] [--dry-run] [--json]` imports answers
(a Google Forms or Microsoft Forms export, CSV or XLSX); a bad score or date refuses the file with its
row and column (exit code 2) and nothing is written; re-importing the same file adds nothing.
`feedback cards --db SHOP --pdf OUT.pdf [--lang vi|en] [--pages N]` writes the printable survey cards."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, existing_shop_path, print_json
from app.services.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    imp = sub.add_parser("import", help="import answers from a CSV or XLSX file")
    imp.add_argument("file", metavar="FILE", type=Path)
    add_db_argument(imp)
    imp.add_argument("--mapping", metavar="PRESET|mapping.json",
                     help="google_forms, microsoft_forms, feedback_generic, or a JSON file of field: header")
    imp.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    cards = sub.add_parser("cards", help="write printable survey cards (A6, four per A4 page)")
    add_db_argument(cards)
    cards.add_argument("--pdf", metavar="OUT.pdf", type=Path, required=True)
    cards.add_argument("--lang", choices=("vi", "en"), default="vi", help="the cards' language (default vi)")
    cards.add_argument("--pages", type=int, default=1, help="A4 pages of four cards (default 1)")


def _mapping(source, option: str | None):
    from app.services.feedback import importing

    if option is None:
        return importing.guess_mapping(source)
    candidate = Path(option)
    if candidate.suffix.lower() == ".json" or candidate.is_file():
        try:
            return importing.FeedbackMapping.from_json(candidate.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise UserError(f"The mapping file {candidate} cannot be read ({exc.strerror}).") from exc
    if option not in importing.PRESETS:
        raise UserError(f"Unknown mapping preset {option}; use one of: {', '.join(importing.PRESETS)}.")
    return importing.guess_mapping(source, option)


def run(args: argparse.Namespace) -> int:
    from app.services.shop import open_shop, require_writable

    shop = open_shop(existing_shop_path(args.db))
    try:
        if args.action == "cards":
            from app.services.feedback.cards import write_shop_cards

            write_shop_cards(shop.conn, args.pdf, language=args.lang, pages=args.pages)
            print(f"{args.pdf}: {args.pages * 4} cards")
            return 0
        require_writable(shop)
        from app.services.feedback import importing
        from app.services.importing import open_source

        source = open_source(args.file)
        summary = importing.import_answers(shop.conn, source, _mapping(source, args.mapping), dry_run=args.dry_run)
    finally:
        shop.close()
    if args.json:
        print_json(summary.to_dict())
    else:
        print(f"{summary.file_name}: {summary.rows_read} rows read, {summary.added} answers added, "
              f"{summary.duplicates} already there, {summary.matched_customers} matched to customers"
              + (" (dry run, nothing saved)" if args.dry_run else ""))
    return 0
