"""`journey --db SHOP ...`: the shop's customer journey maps. `--list [--json]`; `--pdf OUT.pdf --id ID
[--paper A4|A3] [--portrait] [--pages-wide N] [--version actual|ideal] [--overlay]`; `--png OUT.png --id ID
[--scale 2]`; `--svg OUT.svg --id ID`; `--export-json OUT.json --id ID`; `--import-json IN.json`;
`--improvements [--json]` (quick wins first); `--gaps --id ID [--json]`. Texts printed on the maps
follow `--lang` (vi or en; default: the shop's language)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, document_language, existing_shop_path, print_json
from app.models import settings as shop_settings
from app.services.errors import UserError
from app.services.shop import open_shop, require_writable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--list", action="store_true", help="list the maps")
    action.add_argument("--pdf", metavar="OUT.pdf", type=Path, help="export a map as PDF")
    action.add_argument("--png", metavar="OUT.png", type=Path, help="export a map as PNG")
    action.add_argument("--svg", metavar="OUT.svg", type=Path, help="export a map as SVG")
    action.add_argument("--export-json", metavar="OUT.json", type=Path, dest="export_json", help="export a map as JSON")
    action.add_argument("--import-json", metavar="IN.json", type=Path, dest="import_json", help="add a map from JSON")
    action.add_argument("--improvements", action="store_true", help="the improvements of every map, quick wins first")
    action.add_argument("--gaps", action="store_true", help="the gaps between the actual and ideal journeys of a map")
    parser.add_argument("--id", type=int, help="the map's number (see --list)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--paper", choices=("A4", "A3"), default="A4")
    parser.add_argument("--portrait", action="store_true", help="portrait pages (default: landscape)")
    parser.add_argument("--pages-wide", type=int, default=1, dest="pages_wide", metavar="N",
                        help="tile the map over N pages side by side")
    parser.add_argument("--version", choices=("actual", "ideal"), default="actual", dest="journey_version")
    parser.add_argument("--overlay", action="store_true", help="draw the other version's emotion curve too")
    parser.add_argument("--scale", type=float, default=2.0, help="PNG scale, 1 to 3")
    parser.add_argument("--lang", choices=("vi", "en"), help="language of the printed labels")


def _need_id(args) -> int:
    if args.id is None:
        raise UserError("Say which map with --id (see --list).")
    return args.id


def _personas(conn, doc):
    """The persona heads of a map (name and photo), when the shop has personas."""
    from app.services.journey import personas as linked

    return linked.heads(conn, doc.persona_ids)


def run(args) -> int:
    from app.services.journey import gaps as journey_gaps
    from app.services.journey import render, store, texts

    if args.pages_wide < 1 or args.pages_wide > 20:
        raise UserError("--pages-wide must be between 1 and 20.")
    if not 1 <= args.scale <= 3:
        raise UserError("--scale must be between 1 and 3.")
    shop = open_shop(existing_shop_path(args.db), lock=bool(args.import_json))
    try:
        conn = shop.conn
        language = document_language(conn, args.lang)
        names = texts.names(language)
        if args.list:
            items = store.summaries(conn)
            if args.json:
                print_json([{"id": s.id, "title": s.title, "stages": s.stages, "cards": s.cards,
                             "persona_ids": list(s.persona_ids),
                             "reviewed_on": s.reviewed_on.isoformat() if s.reviewed_on else None,
                             "review_due": s.review_due} for s in items])
            else:
                for s in items:
                    due = "  (review due)" if s.review_due else ""
                    print(f"{s.id}\t{s.title}\t{s.stages} stages, {s.cards} cards{due}")
            return 0
        if args.improvements:
            rows = store.all_improvements(conn)
            if args.json:
                print_json([{"journey_id": r.journey_id, "journey": r.journey_title, "stage": r.stage_title,
                             "text": r.text, "horizon": r.improvement.horizon, "impact": r.improvement.impact,
                             "effort": r.improvement.effort, "quick_win": r.improvement.quick_win,
                             "owner": r.improvement.owner, "how": r.improvement.how,
                             "due": r.improvement.due.isoformat() if r.improvement.due else None,
                             "status": r.improvement.status} for r in rows])
            else:
                for r in rows:
                    flag = "*" if r.improvement.quick_win else " "
                    print(f"{flag} {r.journey_title} / {r.stage_title}: {r.text} "
                          f"[{r.improvement.horizon}, impact {r.improvement.impact}, effort {r.improvement.effort}, "
                          f"{r.improvement.status}]")
            return 0
        if args.import_json:
            from app.services.journey import personas as linked

            require_writable(shop)
            new_id, unknown = store.import_json(conn, args.import_json, linked.known_ids(conn)).value
            print(f"Added journey map {new_id}.")
            if unknown:
                print(f"{len(unknown)} card(s) of kinds this version does not know were left out.")
            return 0
        doc = store.load(conn, _need_id(args))
        if args.gaps:
            gaps = journey_gaps.stage_gaps(doc)
            if args.json:
                print_json([{"stage": g.stage_title, "emotion_actual": g.emotion_actual, "emotion_ideal": g.emotion_ideal,
                             "emotion_gap": g.emotion_gap, "open_pains": [c.text for c in g.open_pains],
                             "missing_touchpoints": [c.text for c in g.missing_touchpoints], "size": g.size}
                            for g in gaps])
            else:
                for g in gaps:
                    print(f"{g.stage_title}: emotion gap {g.emotion_gap}, {len(g.open_pains)} open pain point(s), "
                          f"{len(g.missing_touchpoints)} missing touchpoint(s)")
            return 0
        if args.export_json:
            store.export_json(conn, args.id, args.export_json)
            return 0
        overlay = ("ideal" if args.journey_version == "actual" else "actual") if args.overlay else None
        from app.services.journey import evidence

        common = dict(version=args.journey_version, overlay=overlay, personas=_personas(conn, doc), names=names,
                      label=names[args.journey_version], said=evidence.said_counts(conn, doc, args.journey_version))
        if args.pdf:
            render.export(doc, args.pdf, "pdf", paper=args.paper, landscape=not args.portrait,
                          pages_wide=args.pages_wide, shop_name=shop_settings.get(conn, "shop_name"), **common)
        elif args.svg:
            render.export(doc, args.svg, "svg", **common)
        else:
            render.export(doc, args.png, "png", scale=args.scale, **common)
        return 0
    finally:
        shop.close()
