"""Run every benchmark (`make bench`), each to its end, and list every missed target at the end.

A benchmark reports a missed target with a line starting `MISS` and exit status 3
(benchmarks/targets.py); any other non-zero status means it failed to run. Exit status: 0 when
everything ran and met its targets, 1 otherwise. Usage: `run_all.py [NAME-FILTER]...`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from targets import MISSED

HERE = Path(__file__).resolve().parent


def main() -> int:
    filters = sys.argv[1:]
    benches = [
        path
        for path in sorted(HERE.glob("bench_*.py"))
        if not filters or any(f in path.name for f in filters)
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    misses: list[str] = []
    failures: list[str] = []
    for path in benches:
        print(f"\n=== {path.name}", flush=True)
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, str(path)],
            cwd=HERE.parent,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert child.stdout is not None
        found = []
        for line in child.stdout:
            print(line, end="", flush=True)
            if line.startswith("MISS"):
                found.append(f"{path.name}: {line[4:].lstrip(' :').rstrip()}")
        status = child.wait()
        print(f"=== {path.name}: exit {status} after {time.monotonic() - started:.0f} s")
        misses += found
        if status == MISSED and not found:
            misses.append(f"{path.name}: a target was missed (exit status 3)")
        elif status not in (0, MISSED):
            failures.append(f"{path.name}: failed with exit status {status}")
    print(f"\n{len(benches)} benchmarks run")
    for line in failures:
        print(f"FAILED {line}")
    for line in misses:
        print(f"MISS   {line}")
    if not misses and not failures:
        print("every target met")
    return 1 if misses or failures else 0


if __name__ == "__main__":
    sys.exit(main())
