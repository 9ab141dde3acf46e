"""Runs every `benchmarks/bench_*.py` (or those matching -k), prints the table and writes
benchmarks/results.json."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from benchmarks.harness import Context, print_table, write_results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("-k", default="", help="only the benchmark modules whose name contains this")
    parser.add_argument("--quick", action="store_true", help="small data: a smoke run, figures not comparable")
    args = parser.parse_args(argv)
    ctx = Context(quick=args.quick)
    results = []
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        if args.k and args.k not in path.stem:
            continue
        module = importlib.import_module(f"benchmarks.{path.stem}")
        print(f"== {path.stem}", file=sys.stderr, flush=True)
        results.extend(module.run(ctx))
    print_table(results)
    write_results(results)
    return 0 if all(r.met for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
