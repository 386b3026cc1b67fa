"""QR handoff cost: build the three payloads of an offering and render them (PNG and QImage).

Prints median and worst milliseconds over repeated runs, cold (no cache) each time:
- payloads: `offering_payloads` (includes fitting, which renders trial codes),
- matrices: `qr_matrix` for the three payloads,
- png 400: `qr_png` at 400 px for the three,
- provider 400: `QrImageProvider.requestImage` at 400 px for the three, cache cleared each run
  (cold: what the GUI thread pays when the detail screen opens), then with the cache warm.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from kiosk.qr.matrix import qr_matrix, qr_png, qr_version
from kiosk.qr.payloads import offering_payloads
from tests.kiosk.qr.helpers import FULL, TODAY
from ui.qr import QrImageProvider, qr_source

RUNS = 15


def measure(label: str, work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    median = statistics.median(times)
    print(f"{label:<28} median {median:7.1f} ms   max {max(times):7.1f} ms")
    return median


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    codes = offering_payloads(FULL, TODAY)
    texts = [c.payload for c in codes]
    print(f"QR handoff benchmark ({len(codes)} codes, {RUNS} runs each)")
    for c in codes:
        print(f"  {c.kind:<9} {len(c.payload.encode()):4d} bytes, version {qr_version(c.payload)}")
    provider = QrImageProvider()

    def provider_images() -> None:
        provider.clear()
        for text in texts:
            provider.requestImage(qr_source(text).split("/", 3)[3], QSize(), QSize(400, 400))

    total = measure("payloads (3)", lambda: offering_payloads(FULL, TODAY))
    measure("matrices (3)", lambda: [qr_matrix(t) for t in texts])
    measure("png 400 px (3)", lambda: [qr_png(t, 400) for t in texts])
    total += measure("provider 400 px (3, cold)", provider_images)

    def cached_images() -> None:
        for text in texts:
            provider.requestImage(qr_source(text).split("/", 3)[3], QSize(), QSize(400, 400))

    measure("provider 400 px (3, cached)", cached_images)
    print(f"{'build + render, detail page':<28} median {total:7.1f} ms")
    del app


if __name__ == "__main__":
    main()
