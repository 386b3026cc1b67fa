"""Scrolling the results (a page of 60 cards, 10,000 offerings): time to produce each frame
(sync + render + swap) while a flick runs, target ≤ 16.7 ms (software renderer, 1920×1080)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui_data import big_home  # noqa: E402

from tests.ui.qmlhelpers import find  # noqa: E402


def main() -> None:
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
            window = kiosk.window
            grid = find(window, "results.list")
            frames: list[float] = []
            started: list[float] = []
            window.beforeSynchronizing.connect(lambda: started.append(time.perf_counter()))
            window.frameSwapped.connect(
                lambda: (
                    frames.append((time.perf_counter() - started[-1]) * 1000) if started else None
                )
            )
            positions = []
            for velocity in (-4000, 4000, -4000, 4000):
                grid.flick(0, velocity)
                QTimer.singleShot(1200, loop.quit)
                loop.exec()
                positions.append(round(grid.property("contentY")))
            print("contentY after each flick:", positions)
            kiosk.close()
            frames = frames[2:]
            print(
                f"{size[0]}×{size[1]}: {len(frames)} frames while flicking: median "
                f"{statistics.median(frames):.1f} ms, p95 "
                f"{statistics.quantiles(frames, n=20)[-1]:.1f} ms (target ≤ 16.7 ms)"
            )


if __name__ == "__main__":
    main()
