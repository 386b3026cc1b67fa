"""Memory after 1,000 simulated browse sessions on 10,000 offerings (target ≤ 150 MiB, and no
growth between the 100th and the 1,000th session).

By default the kiosk is measured as `pitstop run` starts it: browsing screens plus sync (running),
staff mode, hardening and contact requests. `--browse-only` measures the browsing screens alone
(`KioskApp` without its features). `--type-every N`: one visitor in N taps the search field and
types (default 1, every one; 0, none: visitors who only tap tiles never build the on-screen
keyboard). Usage: `bench_ui_memory.py [SESSIONS] [--browse-only] [--type-every N]`.

A session: home → a category → tap the search field (the on-screen keyboard comes up) → type a
search (for a visitor who does not type, the same search set through the view-model) → a filter
→ an offering's detail with its QR codes drawn → idle wipe, with the window rendering
(offscreen, software) in between. The start figure is taken after the first frame.
Each figure comes with its split (anonymous = heap, Python objects, the window's backing store;
file-backed = shared libraries and caches mapped from disk) and the proportional set size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("sessions", nargs="?", type=int, default=1000, help="default 1000")
    parser.add_argument("--browse-only", action="store_true", help="KioskApp without its features")
    parser.add_argument(
        "--type-every", type=int, default=1, metavar="N", help="one visitor in N types (0: none)"
    )
    return parser.parse_args()


ARGUMENTS = _arguments()  # before Qt loads: --help answers at once
SESSIONS: int = ARGUMENTS.sessions
BROWSE_ONLY: bool = ARGUMENTS.browse_only
TYPE_EVERY: int = ARGUMENTS.type_every

from PySide6.QtQuick import QQuickItem, QQuickWindow  # noqa: E402
from targets import check, exit_code  # noqa: E402
from ui_data import big_home  # noqa: E402

CATEGORIES = [
    "pre-post-scuola",
    "campus-vacanze",
    "centro-estivo",
    "spazio-compiti",
    "baby-parking",
]
PEAK_TARGET_MIB = 150.0
GROWTH_TARGET_MIB = 1.0  # "flat": what is left of allocator noise
WORDS = ["musica", "teatro", "sport", "natura", "robotica", "cucina"]


def rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def rss_split() -> str:
    """Anonymous (heap) and file-backed (shared libraries) parts of the resident set, and the
    proportional set size (shared pages divided among the processes that map them)."""
    fields = dict(
        line.split(":", 1)
        for line in Path("/proc/self/status").read_text().splitlines()
        if ":" in line
    )
    anon = int(fields["RssAnon"].split()[0]) / 1024
    files = int(fields["RssFile"].split()[0]) / 1024
    rollup = Path("/proc/self/smaps_rollup")
    pss = ""
    if rollup.exists():
        for line in rollup.read_text().splitlines():
            if line.startswith("Pss:"):
                pss = f"; PSS {int(line.split()[1]) / 1024:.1f} MiB"
    return f"anonymous {anon:.1f} MiB + file-backed {files:.1f} MiB{pss}"


def item_named(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The first item called `name` in `window` (QML items, in tree order)."""
    from ui.tree import walk

    return next((item for item in walk(window.contentItem()) if item.objectName() == name), None)


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.cli.main import build_parser
    from ui.app import KioskApp
    from ui.features import default_features

    build_parser()  # what `pitstop run` imports before it starts the kiosk
    with tempfile.TemporaryDirectory() as tmp:
        home = big_home(Path(tmp) / "home")
        features = [] if BROWSE_ONLY else default_features()
        kiosk = KioskApp(home, size=(1920, 1080), features=features)
        loop = QEventLoop()
        tick = QTimer(singleShot=True, interval=8)
        tick.timeout.connect(loop.quit)

        def run_events() -> None:
            tick.start()
            loop.exec()

        run_events()  # the first frame
        what = "browsing screens only" if BROWSE_ONLY else "as `pitstop run` starts it"
        if TYPE_EVERY != 1:
            what += f"; {'no visitor' if TYPE_EVERY <= 0 else f'one visitor in {TYPE_EVERY}'} types"
        print(f"kiosk started ({what}): RSS {rss_mib():.1f} MiB ({rss_split()})")
        marks: dict[int, float] = {}
        started = time.perf_counter()
        for n in range(1, SESSIONS + 1):
            kiosk.navigator.push("home")
            run_events()
            kiosk.results.reset()
            kiosk.results.setCategory(CATEGORIES[n % len(CATEGORIES)])
            kiosk.navigator.push("results")
            run_events()
            field = item_named(kiosk.window, "results.search")
            types = TYPE_EVERY > 0 and n % TYPE_EVERY == 0
            if field is not None and types:
                field.forceActiveFocus()  # a tap: the on-screen keyboard comes up
                run_events()
            word = WORDS[n % len(WORDS)]
            for i in range(1, len(word) + 1):
                kiosk.results.setText(word[:i])
            kiosk.results.setAge(n % 12)
            run_events()
            rows = kiosk.results.model.rows()
            if rows:
                kiosk.detail.load(str(rows[0]["key"]))
                kiosk.navigator.push("detail")
                run_events()
                run_events()
            kiosk.session.wipe()
            run_events()
            if n in (1, 10, 100, 250, 500, 750, 1000) or n == SESSIONS:
                marks[n] = rss_mib()
        elapsed = time.perf_counter() - started
        split = rss_split()
        kiosk.close()
    for n, value in marks.items():
        print(f"after session {n:>4}: RSS {value:6.1f} MiB")
    print(f"at the end: {split}")
    if 100 in marks and SESSIONS in marks:
        growth = marks[SESSIONS] - marks[100]
        print(
            f"growth from session 100 to {SESSIONS}: {growth:+.1f} MiB; "
            f"peak {max(marks.values()):.1f} MiB (target ≤ 150 MiB); "
            f"{elapsed / SESSIONS * 1000:.0f} ms per session"
        )
        check(
            f"RSS growth from session 100 to {SESSIONS}",
            f"{growth:+.1f} MiB",
            f"<= {GROWTH_TARGET_MIB:+.0f} MiB",
            growth <= GROWTH_TARGET_MIB,
        )
    peak = max(marks.values())
    check("peak RSS", f"{peak:.1f} MiB", f"<= {PEAK_TARGET_MIB:.0f} MiB", peak <= PEAK_TARGET_MIB)
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
