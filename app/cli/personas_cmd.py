"""`personas --db SHOP ...`: the shop's persona cards.

    --list [--json]                            id, name, linked segment, last reviewed, live figures
    --pdf OUT.pdf [--id ID | --all] [--poster] [--lang vi|en]
                                               one A4 card per persona (A3 with --poster), its labels
                                               in the shop's language unless --lang says otherwise
    --export-json OUT.json [--id ID | --all]   the versioned persona file, photos embedded
    --import-json IN.json                      adds the personas of such a file (all or nothing)

Without --id, --all is meant. The messages of the command are in English; the owner's words are
printed as they are."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.cli.common import add_db_argument, document_language, existing_shop_path, print_json
from app.models import settings as shop_settings
from app.services import catalogue
from app.services.errors import UserError
from app.services.shop import open_shop


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--list", action="store_true", help="list the personas with their live figures")
    action.add_argument("--pdf", metavar="OUT.pdf", type=Path, help="write the persona cards as PDF")
    action.add_argument("--export-json", metavar="OUT.json", type=Path, dest="export_json",
                        help="write the personas to a file another shop can import")
    action.add_argument("--import-json", metavar="IN.json", type=Path, dest="import_json",
                        help="add the personas of a persona file to this shop")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--id", type=int, metavar="ID", help="only this persona")
    which.add_argument("--all", action="store_true", help="every persona (the default)")
    parser.add_argument("--poster", action="store_true", help="with --pdf: one A3 wall poster per persona")
    parser.add_argument("--json", action="store_true", help="with --list: print one JSON list")
    parser.add_argument("--lang", choices=("vi", "en"),
                        help="with --pdf: language of the cards' labels (default: the shop's)")


def _chosen(conn, persona_id: int | None):
    from app.services.personas import records

    personas = records.list_personas(conn)
    if persona_id is not None:
        personas = [p for p in personas if p.id == persona_id]
        if not personas:
            raise UserError(f"There is no persona with id {persona_id}.")
    if not personas:
        raise UserError("This shop has no persona to export.")
    return personas


def run(args: argparse.Namespace) -> int:
    from app.services.personas import numbers, pdf, sharing

    path = existing_shop_path(args.db)
    shop = open_shop(path, read_only=args.import_json is None)
    try:
        conn = shop.conn
        if args.import_json is not None:
            added = sharing.import_file(conn, args.import_json).value
            print(f"{len(added)} personas added.")
            return 0
        if args.export_json is not None:
            count = sharing.export_file(conn, args.export_json, [p.id for p in _chosen(conn, args.id)])
            print(f"{count} personas written to {args.export_json}.")
            return 0
        if args.pdf is not None:
            personas = _chosen(conn, args.id)
            language = document_language(conn, args.lang)
            pdf.write_file(args.pdf, pdf.shop_pdf(conn, personas, poster=args.poster,
                                                  translate=catalogue.translator(language)))
            print(f"{len(personas)} personas written to {args.pdf}.")
            return 0
        conf = shop_settings.get_all(conn)
        currency, locale = conf["currency"], "en_GB" if conf["locale"].startswith("en") else conf["locale"]
        from app.services.personas import records
        from app.services.segments import membership

        out: list[dict[str, Any]] = []
        for persona in records.list_personas(conn):
            figures, message = numbers.for_persona(conn, persona.segment_ref)
            try:
                segment = membership.segment_name(conn, persona.segment_ref) if persona.segment_ref else None
            except UserError:
                segment = None
            out.append({"id": persona.id, "name": persona.name, "segment_ref": persona.segment_ref,
                        "segment": segment, "reviewed_on": persona.reviewed_on,
                        "needs_review": persona.needs_review(),
                        "figures": asdict(figures) if figures else None, "message": message or None,
                        "lines": numbers.describe(figures, currency, locale) if figures else []})
    finally:
        shop.close()
    if args.json:
        for item in out:
            item.pop("lines")
        print_json(out)
        return 0
    if not out:
        print("This shop has no persona yet.")
    for item in out:
        reviewed = item["reviewed_on"].isoformat() if item["reviewed_on"] else "never"
        flag = "  (review due)" if item["needs_review"] else ""
        print(f"#{item['id']}  {item['name']}  [{item['segment'] or '-'}]  reviewed: {reviewed}{flag}")
        for label, value in item["lines"]:
            print(f"    {label}: {value}")
        if item["message"]:
            print(f"    {item['message']}")
    return 0
