"""`import FILE [FILE ...] --db SHOP [--mapping PRESET|mapping.json] [--skip-bad-rows] [--dry-run]
[--rejected-rows OUT.csv] [--decimal-separator , | .] [--existing-invoices keep|replace|add] [--into-demo]
[--json]`: imports sales spreadsheets (or customer lists) into a shop file, creating it when it does not
exist; a demo shop is refused unless `--into-demo` is given. Every file is checked before any is
imported, so a refused file leaves the shop unchanged (exit code 2, one sentence on stderr). Amounts like
`1.234` that neither the file nor the shop's currency explains are refused, naming the column, until
--decimal-separator says how to read them. Invoices already in the shop (the same sale in another export)
are kept by default: nothing stored changes and nothing is counted twice (docs/import.md)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.cli.common import add_db_argument, print_json, remove_shop_file, shop_path_to_write
from app.services import file_checks
from app.services.errors import UserError

SUMMED = ("rows_read", "lines_added", "duplicates_skipped", "rows_rejected", "cancelled_lines", "lines_removed",
          "existing_invoices", "lines_replaced", "existing_lines_skipped", "customers_added", "customers_updated",
          "empty_rows_skipped")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.services.importing.invoices import DEFAULT_CHOICE, EXISTING_CHOICES

    parser.add_argument("files", nargs="+", metavar="FILE", type=Path, help="CSV, TXT, XLSX, XLS, ODS or HTML table")
    add_db_argument(parser)
    parser.add_argument("--mapping", metavar="PRESET|mapping.json",
                        help="a preset name (e.g. kiotviet_invoice_detail) or a JSON file of field: header")
    parser.add_argument("--skip-bad-rows", action="store_true", help="import the good rows, report the bad ones")
    parser.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    parser.add_argument("--rejected-rows", metavar="OUT.csv", type=Path,
                        help="with --skip-bad-rows: save the rejected rows to this CSV file")
    parser.add_argument("--decimal-separator", choices=(",", "."), dest="decimal",
                        help="how amounts like 1.234 read when the file and the shop's currency do not say: "
                             "',' (1.234 is 1234) or '.' (1.234 is 1.234)")
    parser.add_argument("--existing-invoices", choices=EXISTING_CHOICES, default=DEFAULT_CHOICE,
                        help="invoices already in the shop from another file: keep the stored lines (default), "
                             "replace them with this file's lines, or add this file's lines beside them")
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
    from app.services.shop import create_shop, open_shop

    started = time.perf_counter()
    shop_path_to_write(args.db)
    for path in args.files:
        file_checks.check_input(path)
    if args.rejected_rows is not None:
        file_checks.check_output(args.rejected_rows)
    options = importing.ImportOptions(skip_bad_rows=args.skip_bad_rows, dry_run=args.dry_run,
                                      rejected_rows_path=args.rejected_rows, decimal=args.decimal,
                                      existing_invoices=args.existing_invoices)
    new_shop = not (args.db.exists() and args.db.stat().st_size)
    shop = create_shop(args.db) if new_shop else open_shop(args.db)
    summaries: list[dict] = []
    finished = False
    try:
        result = _import_all(args, options, shop, started, summaries)
        finished = True
        return result
    except importing.AmbiguousNumbers as exc:
        raise UserError(f"{exc} On the command line: --decimal-separator , reads “{exc.value}” as "
                        f"{exc.template_args['whole']}, --decimal-separator . as {exc.template_args['decimal']}.") from exc
    finally:
        shop.close()
        if new_shop and not finished and not any(s["import_id"] for s in summaries):
            remove_shop_file(args.db)  # refused before anything was imported: no empty shop file left behind


def _import_all(args: argparse.Namespace, options, shop, started: float, summaries: list[dict]) -> int:
    """Imports every file into the open shop, appending each file's summary to `summaries`."""
    from app.services import importing
    from app.services.shop import require_writable

    require_writable(shop)
    if not args.into_demo:
        from app.services.own_shop import refuse_demo

        refuse_demo(shop)
    plans = []
    for path in args.files:
        source = importing.open_source(path)
        mapping = _mapping(source, args.mapping, shop.conn)
        plans.append((source, mapping))
    if len(plans) > 1:
        # check every file before importing any, so that a refusal changes nothing
        currencies: dict[str, str] = {}
        for source, mapping in plans:
            checked = importing.preview(source, mapping, shop.conn, options)
            if checked.refusal:
                raise UserError(checked.refusal)
            if checked.number_question is not None:
                raise importing.AmbiguousNumbers(source.file_name, *checked.number_question)
            if checked.currency:
                currencies.setdefault(checked.currency, source.file_name)
        if len(currencies) > 1:  # an empty shop would take the first file's and refuse the next one
            (first, first_file), (second, second_file) = list(currencies.items())[:2]
            raise UserError(f"The files are in different currencies ({first_file}: {first}, {second_file}: "
                            f"{second}); nothing was imported.")
    for source, mapping in plans:
        summary = importing.run_import(args.db, source, mapping, options, conn=shop.conn)
        summaries.append(summary.to_dict())
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
                  f"{s['customers_added']} customers added, {s['empty_rows_skipped']} empty rows skipped"
                  + (" (dry run, nothing saved)" if args.dry_run else ""))
            if s["currency_adopted"]:
                print(f"  The shop's currency is now {s['currency_adopted']}, the currency of this file.")
            if s["existing_invoices"]:
                print(f"  {s['existing_invoices']} invoices were already in the shop ({s['existing_invoices_choice']}): "
                      f"{s['existing_lines_skipped']} of this file's lines not imported, "
                      f"{s['lines_replaced']} stored lines replaced")
            if s["first_problems"]:
                for problem in s["first_problems"][:5]:
                    print(f"  row {problem['row']}, column {problem['column']}: {problem['message']}", file=sys.stderr)
    return 0
