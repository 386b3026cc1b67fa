"""Scrolling the results (a page of 60 cards, 10,000 offerings): time to produce each frame
(sync + render + swap) while a flick runs, target ≤ 16.7 ms (software renderer, 1920×1080)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from targets import check, exit_code
from ui_data import big_home

from tests.ui.qmlhelpers import find


def measure(kiosk: object) -> list[float]:
    """Frame times (ms) while the result grid is flicked down and up, twice."""
    from PySide6.QtCore import QEventLoop, QTimer

    window = kiosk.window  # type: ignore[attr-defined]
    grid = find(window, "results.list")
    frames: list[float] = []
    started: list[float] = []

    def sync() -> None:
        started.append(time.perf_counter())

    def swapped() -> None:
        if started:
            frames.append((time.perf_counter() - started[-1]) * 1000)

    window.beforeSynchronizing.connect(sync)
    window.frameSwapped.connect(swapped)
    loop = QEventLoop()
    positions = []
    for velocity in (-4000, 4000, -4000, 4000):
        grid.flick(0, velocity)
        QTimer.singleShot(1200, loop.quit)
        loop.exec()
        positions.append(round(grid.property("contentY")))
    print("contentY after each flick:", positions)
    return frames[2:]


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.app import KioskApp

    with tempfile.TemporaryDirectory() as tmp:
        home = big_home(Path(tmp) / "home")
        for size in ((1920, 1080), (1080, 1920)):
            kiosk = KioskApp(home, size=size)
            kiosk.results.setCategory("campus-vacanze")
            kiosk.navigator.push("home")
            kiosk.navigator.push("results")
            loop = QEventLoop()
            QTimer.singleShot(800, loop.quit)
            loop.exec()
            frames = measure(kiosk)
            kiosk.close()
            print(
                f"{size[0]}×{size[1]}: {len(frames)} frames while flicking: median "
                f"{statistics.median(frames):.1f} ms, p95 "
                f"{statistics.quantiles(frames, n=20)[-1]:.1f} ms (target ≤ 16.7 ms)"
            )
            p95 = statistics.quantiles(frames, n=20)[-1]
            check(
                f"frame time p95 while flicking, {size[0]}×{size[1]}",
                f"{p95:.1f} ms",
                "<= 16.7 ms",
                p95 <= 16.7,
            )
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
