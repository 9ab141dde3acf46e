"""The benchmark harness: the Result record, the shared context (seed, cache folder), timing helpers
and the results table / `benchmarks/results.json` writer. The data the benchmarks run on is made by
`benchmarks.data`."""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SEED = 20261122


@dataclass
class Result:
    name: str
    value: float | None  # None when the measure could not be taken (see notes)
    unit: str
    baseline: str  # what the value is compared with ("" when the target is absolute only)
    baseline_value: float | None
    ratio: float | None  # value / baseline_value
    target: str  # human-readable target, e.g. "<= 0.8x baseline and <= 1 s"
    met: bool
    notes: str = ""
    module: str = ""  # the bench_*.py module that measured it (set by the runner)


@dataclass
class Context:
    cache: Path = field(default_factory=lambda: ROOT / ".cache")
    seed: int = SEED
    quick: bool = False  # smaller data for a smoke run (`make bench BENCH_ARGS=--quick`)

    def __post_init__(self):
        self.cache.mkdir(parents=True, exist_ok=True)


def peak_memory_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM, its own: `ru_maxrss` survives exec, so a
    child started by the bench would also count the bench's memory at the fork."""
    import resource

    try:
        with open("/proc/self/status") as status:
            return int(status.read().split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of `repeat` runs of `fn`, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def seconds_until_shown(command: list[str], env: dict[str, str], cwd: Path | None = None,
                        timeout: float = 60) -> float:
    """Seconds from starting a process until it prints "shown" (the app's `--exit-when-shown` says so
    once its window has been painted); RuntimeError when it does not."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
    if line.strip() != "shown":
        raise RuntimeError(f"{command[-1]} did not show its window: {proc.stderr.read()[-500:]}")
    return elapsed


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ratio_result(name: str, value: float, unit: str, baseline: str, baseline_value: float,
                 max_ratio: float | None = None, max_value: float | None = None,
                 min_ratio: float | None = None, notes: str = "") -> Result:
    """A Result whose target is a ratio to the baseline (and optionally an absolute bound)."""
    ratio = value / baseline_value if baseline_value else None
    targets, met = [], True
    if max_ratio is not None:
        targets.append(f"<= {max_ratio:g}x {baseline}")
        met &= ratio is not None and ratio <= max_ratio
    if min_ratio is not None:
        targets.append(f">= {min_ratio:g}x faster than {baseline}")
        met &= ratio is not None and ratio > 0 and (1 / ratio) >= min_ratio
    if max_value is not None:
        targets.append(f"<= {max_value:g} {unit}")
        met &= value <= max_value
    return Result(name, round(value, 4), unit, baseline, round(baseline_value, 4),
                  round(ratio, 3) if ratio is not None else None, " and ".join(targets), bool(met), notes)


def limit_result(name: str, value: float, unit: str, max_value: float, notes: str = "") -> Result:
    """A Result whose target is an absolute bound only (no baseline)."""
    return Result(name, round(value, 4), unit, "", None, None, f"<= {max_value:g} {unit}", value <= max_value, notes)


def failed_result(module: str, error: BaseException) -> Result:
    """What a benchmark module that raised reports instead of its figures."""
    text = f"{type(error).__name__}: {error}".strip()
    return Result(f"{module}: failed", None, "", "", None, None, "runs without error", False, text[:500], module)


def write_results(results: list[Result], path: Path = ROOT / "results.json") -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps([asdict(r) for r in results], indent=2, ensure_ascii=False) + "\n")
    tmp.replace(path)


def read_results(path: Path = ROOT / "results.json") -> list[Result]:
    """The results of an earlier run ([] when there are none or the file is unreadable)."""
    try:
        rows = json.loads(path.read_text())
        return [Result(**row) for row in rows]
    except (OSError, ValueError, TypeError):
        return []


def print_table(results: list[Result]) -> None:
    header = f"{'measure':52} {'value':>10} {'unit':6} {'baseline':>10} {'ratio':>7}  {'met':4} target"
    print(header)
    print("-" * len(header))
    for r in results:
        value = "-" if r.value is None else f"{r.value:10.4g}"
        base = "" if r.baseline_value is None else f"{r.baseline_value:10.4g}"
        ratio = "" if r.ratio is None else f"{r.ratio:7.3f}"
        print(f"{r.name:52} {value:>10} {r.unit:6} {base:>10} {ratio:>7}  {'yes' if r.met else 'NO':4} {r.target}")
        if not r.met and r.notes:
            print(f"{'':52}   {r.notes}")
