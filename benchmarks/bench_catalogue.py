"""Catalogue import and search speed at 10,000 and 100,000 offerings (prints figures).

Targets (issue 2): import 10k <= 2 s, 100k <= 15 s; search p95 <= 20 ms at 10k, <= 100 ms at 100k,
for one-letter to whole-word queries, with and without filters. Run: `python benchmarks/bench_catalogue.py`.

Also the memory an import leaves behind in the process that ran it: resident set growth after the
import, once garbage is collected and freed heap handed back. This is what `pitstop catalogue
import` keeps until it exits; the running kiosk imports in a child process
(kiosk.catalogue.isolated), so it keeps none of it.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from targets import check, exit_code

from kiosk.catalogue.importer import import_file
from kiosk.catalogue.search import SearchQuery, search
from kiosk.db.engine import open_database
from tests.factories import catalogue_dict

QUERIES = [
    SearchQuery(text=t, **f)  # type: ignore[arg-type]
    for t in ["c", "ca", "cam", "campus", "citta", "labor", "teatro musica", "z", ""]
    for f in [
        {},
        {"age": 7},
        {"comune": "legnano", "age": 5},
        {"category": "campus-vacanze"},
        {"period": "natale-2026", "free_only": True},
        {"area": "castanese", "age": 9},
    ]
]


IMPORT_TARGET_S = {10_000: 2.0, 100_000: 15.0}
SEARCH_TARGET_MS = {10_000: 20.0, 100_000: 100.0}


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def _rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _tidy() -> None:
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)


def run(size: int, folder: Path) -> None:
    source = folder / f"catalogue-{size}.json"
    source.write_text(json.dumps(catalogue_dict(size)), encoding="utf-8")
    engine = open_database(folder / f"bench-{size}.sqlite3")
    _tidy()
    before = _rss_mib()
    start = time.perf_counter()
    import_file(engine, source)
    fresh = time.perf_counter() - start
    start = time.perf_counter()
    import_file(engine, source)  # replacing a catalogue of the same size
    replace = time.perf_counter() - start
    print(
        f"import {size:>7,} offerings: {fresh:6.2f} s into an empty db, {replace:6.2f} s replacing"
    )
    _tidy()
    print(f"memory kept after two imports of {size:,}: {_rss_mib() - before:+.1f} MiB RSS")
    if size in IMPORT_TARGET_S:
        check(
            f"import of {size:,} offerings into an empty database",
            f"{fresh:.2f} s",
            f"<= {IMPORT_TARGET_S[size]:.0f} s",
            fresh <= IMPORT_TARGET_S[size],
        )

    timings: list[float] = []
    for _ in range(3):
        for query in QUERIES:
            start = time.perf_counter()
            search(engine, query)
            timings.append((time.perf_counter() - start) * 1000)
    print(
        f"search {size:>7,} offerings: p50 {statistics.median(timings):6.1f} ms, "
        f"p95 {_p95(timings):6.1f} ms, max {max(timings):6.1f} ms ({len(timings)} queries)"
    )
    if size in SEARCH_TARGET_MS:
        check(
            f"search p95 on {size:,} offerings",
            f"{_p95(timings):.1f} ms",
            f"<= {SEARCH_TARGET_MS[size]:.0f} ms",
            _p95(timings) <= SEARCH_TARGET_MS[size],
        )
    engine.dispose()


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            run(size, Path(tmp))
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
