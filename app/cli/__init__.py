"""The command line (`python -m app COMMAND ...`, installed as `regulars-cli`): the services for
automation, benchmarks and support. Each command is a module in this package with `add_arguments`
and `run(args) -> exit code`. A UserError becomes one sentence on stderr and exit code 2."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys

from app import __version__

COMMANDS: dict[str, tuple[str, str]] = {
    # name: (module, one-line help)
    "demo": ("app.cli.demo_cmd", "create a shop file filled with a realistic demo shop"),
    "stats": ("app.cli.stats_cmd", "print the shop's headline figures"),
    "import": ("app.cli.import_cmd", "import sales spreadsheets into a shop file"),
    "segments": ("app.cli.segments_cmd", "RFM segments, value tiers and customer-value figures"),
    "journey": ("app.cli.journey_cmd", "customer journey maps: list, export (PDF, PNG, SVG, JSON), import, gaps"),
    "personas": ("app.cli.personas_cmd", "persona cards: list, PDF, export and import"),
    "nps": ("app.cli.nps_cmd", "the Net Promoter Score with its margin of error, overall or by group"),
    "feedback": ("app.cli.feedback_cmd", "import customers' answers, print survey cards"),
    "backup": ("app.cli.backup_cmd", "make a verified backup of a shop file"),
    "copy": ("app.cli.copy_cmd", "save a verified copy of a shop file"),
    "checklist": ("app.cli.checklist_cmd", "the checklist: items, statuses, suggested statuses and their reasons"),
    "report": ("app.cli.report_cmd", "the one-page Customer focus report (PDF)"),
    "overview": ("app.cli.overview_cmd", "the Overview's headline figures for this period against the last"),
}


class _Parser(argparse.ArgumentParser):
    """Usage mistakes as one sentence on stderr (exit code 2), not argparse's usage dump."""

    def error(self, message: str):
        sentence = message[:1].upper() + message[1:].rstrip(".")
        self.exit(2, f"{self.prog}: {sentence} (see {self.prog} --help).\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="regulars-cli", description="Regulars (Khách Quen) command line")
    parser.add_argument("--version", action="version", version=f"Regulars {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log what the command does (imports, backups, "
                                                                "migrations, with their figures) on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module, help_text) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.set_defaults(_module=module)
        importlib.import_module(module).add_arguments(cmd)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.models.db import ShopFileError
    from app.services import logs
    from app.services.errors import UserError

    parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure(None, verbose=args.verbose, to_stderr=args.verbose)
    try:
        return int(importlib.import_module(args._module).run(args) or 0)
    except (UserError, ShopFileError) as exc:
        print(f"regulars-cli {args.command}: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        print(f"regulars-cli {args.command}: the shop file could not be used ({exc}).", file=sys.stderr)
        return 2
    except OSError as exc:  # a fault found only while working (a full disk, a file gone)
        where = f" {exc.filename}" if exc.filename else ""
        print(f"regulars-cli {args.command}: the file{where} could not be used ({exc.strerror or exc}); "
              "nothing was changed.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"regulars-cli {args.command}: interrupted; nothing was changed.", file=sys.stderr)
        return 130
