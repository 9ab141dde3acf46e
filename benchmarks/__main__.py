"""Runs every `benchmarks/bench_*.py` (or those matching -k), prints the table and writes
benchmarks/results.json (`--quick`: benchmarks/results-quick.json, small data, figures not comparable).

A module that fails to import or raises is reported as a Result with met=false and the error in its
notes; the other modules still run. With -k, the results of the modules that did not run are kept
from the previous results file. Exit code 0 when every target is met, 1 otherwise."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

from benchmarks.harness import ROOT, Context, Result, failed_result, print_table, read_results, write_results


def run_modules(modules: list[str], ctx: Context, after_each=None) -> list[Result]:
    """Runs `benchmarks.<name>.run(ctx)` for each name; a module that fails to import or raises gives
    one failed Result instead of its figures. `after_each(results so far)` is called after each."""
    results: list[Result] = []
    for stem in modules:
        print(f"== {stem}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{stem}")
            measured = list(module.run(ctx))
            if not all(isinstance(r, Result) for r in measured):
                raise TypeError("run(ctx) must return a list of Result")
        except Exception as exc:  # a broken benchmark must not hide the others' figures
            traceback.print_exc()
            measured = [failed_result(stem, exc)]
        for result in measured:
            result.module = stem
        results.extend(measured)
        print(f"   {stem}: {len(measured)} figures in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
        if after_each is not None:
            after_each(results)  # so that an interrupted run keeps what it measured
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("-k", default="", help="only the benchmark modules whose name contains this")
    parser.add_argument("--quick", action="store_true", help="small data: a smoke run, figures not comparable")
    args = parser.parse_args(argv)
    ctx = Context(quick=args.quick)
    out = ROOT / ("results-quick.json" if args.quick else "results.json")
    modules = [p.stem for p in sorted(Path(__file__).parent.glob("bench_*.py")) if args.k in p.stem]
    if not modules:
        print(f"No benchmark module matches {args.k!r}.", file=sys.stderr)
        return 2
    kept = [r for r in read_results(out) if r.module not in modules] if args.k else []
    results = run_modules(modules, ctx, lambda done: write_results(kept + done, out))
    print_table(kept + results)
    print(f"\nWritten to {out.relative_to(ROOT.parent)}.")
    return 0 if all(r.met for r in kept + results) else 1


if __name__ == "__main__":
    sys.exit(main())
