"""`pitstop run` and `pitstop snapshot`: the ui layer's sub-commands.

PySide6 is imported inside the handlers so that `pitstop --help` and the other commands stay fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
from pathlib import Path

from kiosk.settings import UI_LANGUAGES

log = logging.getLogger(__name__)
SIZE = re.compile(r"^(\d{3,5})x(\d{3,5})$")
SNAPSHOT_PAGES = (
    "attract",
    "home",
    "results",
    "detail",
    "staff",
    "staff-pin",
    "staff-settings",
    "staff-checks",
    "staff-enrol",
    "intake",
    "intake-needs",
    "intake-children",
    "intake-when",
    "intake-contact",
    "intake-review",
    "intake-done",
)
"""Screens `pitstop snapshot --page` renders (ui/snapshot.py gets there as a visitor would)."""


def _size(value: str) -> tuple[int, int]:
    match = SIZE.match(value)
    if not match:
        raise argparse.ArgumentTypeError(f"'{value}' is not a size like 1920x1080")
    return int(match.group(1)), int(match.group(2))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this layer's sub-commands to `sub`."""
    run = sub.add_parser("run", help="start the kiosk (fullscreen; --windowed for development)")
    run.add_argument(
        "--windowed", action="store_true", help="a normal window instead of fullscreen"
    )
    run.add_argument("--size", type=_size, default=None, help="window size WxH with --windowed")
    run.add_argument("--lang", choices=UI_LANGUAGES, default=None, help="start in this language")
    run.set_defaults(handler=_run)

    snap = sub.add_parser("snapshot", help="render a screen offscreen to a PNG file")
    snap.add_argument(
        "--page",
        required=True,
        choices=SNAPSHOT_PAGES,
    )
    snap.add_argument("--lang", choices=UI_LANGUAGES, default="it")
    snap.add_argument("--size", type=_size, default=(1920, 1080), help="WxH, default 1920x1080")
    snap.add_argument("--offering", default=None, help="offering id for --page detail")
    snap.add_argument("--out", required=True, type=Path, help="PNG file to write")
    snap.add_argument(
        "--large-text", action="store_true", help="with large text on (the Aa toggle)"
    )
    snap.set_defaults(handler=_snapshot)


def _run(args: argparse.Namespace) -> int:
    """The kiosk: refuses at once (one sentence, exit 2) without a display or when another kiosk
    holds the data folder; logs to <home>/logs; SIGTERM (exit 0) and Ctrl+C (exit 130) close it
    the normal way."""
    from kiosk.cli.main import CommandError
    from kiosk.display import display_problem
    from kiosk.instance import AnotherInstance, InstanceLock

    problem = display_problem()
    if problem:
        raise CommandError(problem)
    from kiosk.logsetup import close_logging, setup_logging
    from kiosk.paths import data_home
    from kiosk.settings import load_or_init

    home = data_home()
    lock = InstanceLock(home)
    try:
        lock.acquire()
    except AnotherInstance as exc:
        raise CommandError(str(exc)) from None
    stop = None
    try:
        setup_logging(home, verbose=getattr(args, "verbose", False))
        from ui.signals import SignalStop

        stop = SignalStop()  # from here on a signal waits for the event loop
        lang = args.lang or load_or_init(home).ui.default_language
        from ui import qtlog
        from ui.app import KioskApp
        from ui.features import default_features

        size = (args.size or (1280, 800)) if args.windowed else None
        kiosk = KioskApp(home, lang=lang, size=size, fast_start=True, features=default_features())
        qtlog.install()
        stop.attach(kiosk.qapp.exit)
        try:
            code = int(kiosk.qapp.exec())
        finally:
            kiosk.close()
        log.info("kiosk closed (exit status %d)", code)
        return code
    finally:
        if stop is not None:
            stop.close()
        lock.release()
        close_logging(home)


def _snapshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.cli.main import CommandError
    from kiosk.paths import data_home
    from ui.app import KioskStartError
    from ui.snapshot import SnapshotError, snapshot

    try:
        out = snapshot(
            data_home(),
            args.page,
            args.out,
            lang=args.lang,
            size=args.size,
            offering=args.offering,
            large_text=args.large_text,
        )
    except (SnapshotError, KioskStartError) as exc:
        raise CommandError(str(exc)) from None
    print(out)
    return 0
