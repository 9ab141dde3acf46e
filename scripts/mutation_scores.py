"""Per-module counts of the last `mutmut run` (read from mutants/**/*.meta), limited to the mutants
matching the given name patterns (the Makefile's MUTATION_SCOPE): what `make mutation` prints at
the end and docs/testing.md records."""

from __future__ import annotations

import fnmatch
import json
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3, 24, -24, 36, 37, 152, 255}  # failed tests, a timeout, or caught by the type checker


def module_counts(root: Path, patterns: list[str]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    for meta in sorted(root.rglob("*.py.meta")):
        exit_codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        for name, code in exit_codes.items():
            if patterns and not any(fnmatch.fnmatch(name, p) for p in patterns):
                continue
            module = name.rsplit(".", 1)[0]
            outcome = ("killed" if code in KILLED else "survived" if code == 0
                       else "not checked" if code is None else "no tests" if code in (5, 33) else "other")
            counts.setdefault(module, Counter())[outcome] += 1
    return counts


def main(argv: list[str]) -> int:
    counts = module_counts(Path("mutants"), argv)
    print(f"{'module':42} {'mutants':>7} {'killed':>6} {'survived':>8} {'no tests':>8} {'other':>5}  killed%")
    for module, c in sorted(counts.items()):
        total = sum(c.values())
        print(f"{module:42} {total:7} {c['killed']:6} {c['survived']:8} {c['no tests']:8} "
              f"{c['not checked'] + c['other']:5}  {100 * c['killed'] / total:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
