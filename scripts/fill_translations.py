"""Fills the unfinished messages of a Qt Linguist .ts file from a table of translations, and checks
every translation in the file.

    python scripts/fill_translations.py resources/translations/regulars_vi.ts TABLE.json [--language vi_VN]
    python scripts/fill_translations.py resources/translations/regulars_vi.ts --check

TABLE.json maps each context to {English source: translation}. A message is filled when its context
has its source; messages already translated are left alone (so a table only needs the new texts
after `make translations`), unless `--update` asks to replace them too. Then every finished translation is checked against its source: the
same `{named}` placeholders, `%n` and `%1`…`%9`, an accelerator (`&`) when the source has one, and
no empty text. Plural messages get one form per plural form of the language (Vietnamese has one).

Exit code 0 when every message is translated and passes the checks; 1 otherwise, with the
messages that need a look listed on stderr. Run `make translations` afterwards: lupdate writes
the file back in its own layout, keeping the translations.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"vi": 1, "ja": 1, "ko": 1, "zh": 1, "th": 1, "id": 1, "en": 2, "fr": 2, "de": 2}
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%[1-9]")
_ACCELERATOR = re.compile(r"&(?!&)\w")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problems(source: str, translation: str) -> list[str]:
    found = []
    if not translation.strip():
        found.append("empty translation")
    if placeholders(source) != placeholders(translation):
        found.append(f"placeholders {placeholders(source)} became {placeholders(translation)}")
    if _ACCELERATOR.search(source) and not _ACCELERATOR.search(translation):
        found.append("the accelerator (&) is missing")
    return found


def _forms(language: str) -> int:
    return PLURAL_FORMS.get(language.split("_")[0], 2)


def fill(ts_path: Path, table: dict[str, dict[str, str]], language: str | None, *,
         write: bool = True, update: bool = False) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    if language:
        root.set("language", language)
    forms = _forms(root.get("language") or "en")
    filled, report = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            unfinished = translation.get("type") == "unfinished"
            if (unfinished or update) and source in table.get(name, {}):
                text = table[name][source]
                translation.attrib.pop("type", None)
                translation.text = None
                for child in list(translation):
                    translation.remove(child)
                if numerus:
                    translation.text = "\n            "
                    for index in range(forms):
                        form = ET.SubElement(translation, "numerusform")
                        form.text = text
                        form.tail = "\n            " if index < forms - 1 else "\n        "
                else:
                    translation.text = text
                filled += 1
                unfinished = False
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if unfinished:
                report.append(f"{name}: {source!r}: not translated")
                continue
            texts = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            for text in texts:
                report.extend(f"{name}: {source!r}: {p}" for p in problems(source, text))
    if not write:
        return filled, report
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return filled, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("table", type=Path, nargs="?", help="JSON: {context: {source: translation}}")
    parser.add_argument("--language", help="sets the file's language, e.g. vi_VN")
    parser.add_argument("--check", action="store_true", help="only check, fill nothing")
    parser.add_argument("--update", action="store_true",
                        help="also replace finished translations that the table gives (after a review)")
    args = parser.parse_args(argv)
    if not args.check and args.table is None:
        parser.error("give a table, or --check")
    table = {} if args.check else json.loads(args.table.read_text(encoding="utf-8"))
    filled, report = fill(args.ts, table, args.language, write=not args.check, update=args.update)
    for line in report:
        print(line, file=sys.stderr)
    print(f"{filled} messages filled, {len(report)} to look at", file=sys.stderr)
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
