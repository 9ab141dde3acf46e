"""`import FILE [FILE ...] --db SHOP [--mapping PRESET|mapping.json] [--skip-bad-rows] [--dry-run]
[--rejected-rows OUT.csv] [--into-demo] [--json]`: imports sales spreadsheets (or customer lists) into a
shop file, creating it when it does not exist; a demo shop is refused unless `--into-demo` is given. Every file is checked before any is imported, so a refused file
leaves the shop unchanged (exit code 2, one sentence on stderr)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.cli.common import add_db_argument, print_json
from app.services.errors import UserError

SUMMED = ("rows_read", "lines_added", "duplicates_skipped", "rows_rejected", "cancelled_lines", "lines_removed",
          "customers_added", "customers_updated")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path, help="CSV, TXT, XLSX, XLS, ODS or HTML table")
    add_db_argument(parser)
    parser.add_argument("--mapping", metavar="PRESET|mapping.json",
                        help="a preset name (e.g. kiotviet_invoice_detail) or a JSON file of field: header")
    parser.add_argument("--skip-bad-rows", action="store_true", help="import the good rows, report the bad ones")
    parser.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    parser.add_argument("--rejected-rows", metavar="OUT.csv", type=Path,
                        help="with --skip-bad-rows: save the rejected rows to this CSV file")
    parser.add_argument("--into-demo", action="store_true",
                        help="allow importing into the demo shop (its made-up customers mix with yours)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _mapping(source, option: str | None, conn):
    from app.services import importing

    if option is None:
        return importing.guess_mapping(source, conn)
    candidate = Path(option)
    if candidate.suffix.lower() == ".json" or candidate.is_file():
        try:
            text = candidate.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UserError(f"The mapping file {candidate} cannot be read ({exc.strerror}).") from exc
        return importing.Mapping.from_json(text)
    return importing.mapping_for_preset(source, option)


def run(args: argparse.Namespace) -> int:
    from app.services import importing
    from app.services.own_shop import refuse_demo
    from app.services.shop import create_shop, open_shop, require_writable

    started = time.perf_counter()
    if args.db.is_dir():
        raise UserError(f"{args.db} is a folder, not a shop file.")
    options = importing.ImportOptions(skip_bad_rows=args.skip_bad_rows, dry_run=args.dry_run,
                                      rejected_rows_path=args.rejected_rows)
    shop = open_shop(args.db) if args.db.exists() and args.db.stat().st_size else create_shop(args.db)
    try:
        require_writable(shop)
        if not args.into_demo:
            refuse_demo(shop)
        plans = []
        for path in args.files:
            source = importing.open_source(path)
            mapping = _mapping(source, args.mapping, shop.conn)
            plans.append((source, mapping))
        if len(plans) > 1:
            # check every file before importing any, so that a refusal changes nothing
            for source, mapping in plans:
                checked = importing.preview(source, mapping, None, options)
                if checked.refusal:
                    raise UserError(checked.refusal)
        summaries = []
        for source, mapping in plans:
            summary = importing.run_import(args.db, source, mapping, options, conn=shop.conn)
            summaries.append(summary.to_dict())
    finally:
        shop.close()
    result = {key: sum(s[key] for s in summaries) for key in SUMMED}
    result["elapsed_seconds"] = round(time.perf_counter() - started, 3)
    result["dry_run"] = bool(args.dry_run)
    result["files"] = summaries
    if args.json:
        print_json(result)
    else:
        for s in summaries:
            print(f"{s['file']}: {s['rows_read']} rows read, {s['lines_added']} lines added, "
                  f"{s['duplicates_skipped']} duplicates skipped, {s['rows_rejected']} rows rejected, "
                  f"{s['customers_added']} customers added" + (" (dry run, nothing saved)" if args.dry_run else ""))
            if s["first_problems"]:
                for problem in s["first_problems"][:5]:
                    print(f"  row {problem['row']}, column {problem['column']}: {problem['message']}", file=sys.stderr)
    return 0
