"""`checklist --db SHOP [--json]`: every checklist item with its status, the status the data suggests
and the reason, and the progress per section. Nothing is written to the shop."""

from __future__ import annotations

import argparse

from app.cli.common import add_db_argument, existing_shop_path, print_json
from app.services.checklist import items, suggestions
from app.services.shop import open_shop


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the items and the progress as one JSON object")


def run(args: argparse.Namespace) -> int:
    shop = open_shop(existing_shop_path(args.db))
    try:
        listed = items.list_items(shop.conn)
        suggested = suggestions.suggest_all(shop.conn)
    finally:
        shop.close()
    progress = items.progress(listed)
    if args.json:
        print_json({
            "items": [{
                "key": i.key, "section": i.section, "text": i.text, "status": i.status, "due_again": i.due_again,
                "notes": i.notes, "owner": i.owner, "due_on": i.due_on, "done_on": i.done_on,
                "repeat_months": i.repeat_months,
                "suggested_status": suggested[i.key].status if i.key in suggested else None,
                "reason": suggested[i.key].text() if i.key in suggested else None,
            } for i in listed],
            "progress": {k: {"done": p.done, "counted": p.counted, "percent": p.percent} for k, p in progress.items()},
        })
        return 0
    for item in listed:
        line = f"[{item.status}] {item.key}: {item.text}"
        if item.key in suggested:
            line += f"\n    suggested: {suggested[item.key].status}: {suggested[item.key].text()}"
        print(line)
    whole = progress["all"]
    print(f"done: {whole.done} of {whole.counted}")
    return 0
