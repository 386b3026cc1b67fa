"""Sealing plus storing one contact request (target, issue 4: <= 20 ms on the kiosk machine).

Measures `submit_request` (JSON, sealed box, one SQLite transaction with synchronous=FULL in WAL
mode, i.e. an fsync per request) on a database already holding 1,000 requests, and the form
validation before it. Prints median and p95; exits 3 when the median misses the target.
Run: `python benchmarks/bench_intake.py`.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nacl.public import PrivateKey
from targets import check, exit_code

from kiosk.db.engine import open_database
from kiosk.intake.model import parse_request
from kiosk.intake.store import submit_request
from tests.kiosk.intake.data import request_data

TARGET_MS = 20.0
WARM_UP, PRELOAD, RUNS = 20, 1000, 300


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def main() -> int:
    key = PrivateKey.generate().public_key
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "bench.sqlite3")
        for _ in range(PRELOAD + WARM_UP):
            submit_request(engine, parse_request(request_data()), key)
        validate_ms, submit_ms = [], []
        for _ in range(RUNS):
            data = request_data(id=uuid.uuid4(), email="Mario.Rossi@Example.org")
            start = time.perf_counter()
            request = parse_request(data)
            middle = time.perf_counter()
            submit_request(engine, request, key)
            end = time.perf_counter()
            validate_ms.append((middle - start) * 1000)
            submit_ms.append((end - middle) * 1000)
        engine.dispose()
    median = statistics.median(submit_ms)
    print(
        f"validate form:       median {statistics.median(validate_ms):6.2f} ms   "
        f"p95 {_p95(validate_ms):6.2f} ms"
    )
    print(
        f"seal + store (1 tx): median {median:6.2f} ms   p95 {_p95(submit_ms):6.2f} ms   "
        f"max {max(submit_ms):6.2f} ms   ({RUNS} runs, {PRELOAD} requests already stored)"
    )
    check(
        "seal + store one contact request, median",
        f"{median:.2f} ms",
        f"<= {TARGET_MS:.0f} ms",
        median <= TARGET_MS,
    )
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
