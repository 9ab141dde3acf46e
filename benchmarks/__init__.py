"""`make bench`: speed and memory figures, each measured against a baseline run in the same process
or run (a ratio survives a noisy machine). Each `bench_*.py` module has `run(ctx) -> list[Result]`."""
