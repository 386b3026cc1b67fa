"""`pitstop` sub-commands of the sync layer (registered through the pitstop.commands entry point).

`pitstop sync` runs the kiosk's sync engine headless, `pitstop enrol` applies the office's
enrolment file, `pitstop doctor` lists the kiosk's setup problems. The central server's commands
are in `central.commands`.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.paths import data_home

if TYPE_CHECKING:
    from kiosk.instance import InstanceLock

log = logging.getLogger(__name__)


def _error(message: str) -> Exception:
    """A failure `pitstop` prints as one sentence (exit status 2)."""
    from kiosk.cli.main import CommandError

    return CommandError(message)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this layer's sub-commands to `sub`."""
    _register_enrol(sub)
    p = sub.add_parser("sync", help="sync with the shared folder or the central server")
    p.add_argument("--once", action="store_true", help="run one cycle, print the status, exit")
    p.set_defaults(handler=_sync)

    _register_doctor(sub)


def _register_doctor(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`pitstop doctor` (sync/doctor.py): the kiosk's setup checks, with the sync layer's."""
    from sync.doctor import register as register_doctor

    register_doctor(sub)


# -- pitstop sync -------------------------------------------------------------------------


def _sync(args: argparse.Namespace) -> int:
    """Holds the data folder's instance lock while it runs: a second engine beside a running
    kiosk would deliver the same requests and swap catalogues under it."""
    from kiosk.context import open_kiosk
    from sync.engine import SyncEngine, utc_now

    home = data_home()
    lock = _hold(home, "use staff mode's Sync now (or stop the kiosk and run pitstop sync again)")
    try:
        context = open_kiosk(home)
        try:
            engine = SyncEngine(context.home, context.settings, context.engine)
            if args.once:
                status = engine.run_once()
                if engine.apply_staged():
                    status = engine.status(status.delivered)
                print(status.summary())
                return 0 if status.ok else 1
            while True:  # headless daemon: a cycle whenever one is due, Ctrl-C to stop
                if engine.due():
                    status = engine.run_once()
                    engine.apply_staged()
                    print(engine.status(status.delivered).summary(), flush=True)
                next_attempt = engine.state.next_attempt
                wait = 1.0 if next_attempt is None else (next_attempt - utc_now()).total_seconds()
                time.sleep(min(max(wait, 0.5), 60.0))
        finally:
            context.close()
    finally:
        lock.release()


def _hold(home: Path, instead: str) -> InstanceLock:
    """The data folder's instance lock, acquired; a CommandError saying `instead` when a kiosk
    (or another command) holds it."""
    from kiosk.instance import AnotherInstance, InstanceLock

    lock = InstanceLock(home)
    try:
        lock.acquire()
    except AnotherInstance as exc:
        who = f" (process {exc.pid})" if exc.pid else ""
        raise _error(f"a kiosk is running on {home}{who}: {instead}") from None
    return lock


# -- pitstop enrol FILE -------------------------------------------------------------------


def _register_enrol(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "enrol",
        help="apply the office's enrolment file (identity, sync, office key, catalogue) at once",
    )
    p.add_argument("file", type=Path, help="the enrolment file from the office")
    p.set_defaults(handler=_enrol)


def _enrol(args: argparse.Namespace) -> int:
    """Holds the data folder's instance lock for the whole apply: no kiosk can start (or sync)
    on it meanwhile."""
    from kiosk.enrolment import EnrolmentError
    from sync.enrolment import apply_enrolment

    home = data_home()
    lock = _hold(
        home,
        "enrol it from staff mode (Set up from a USB stick), or stop it and run pitstop enrol again",
    )
    try:
        result = apply_enrolment(home, args.file)
    except EnrolmentError as exc:
        raise _error(str(exc)) from None
    finally:
        lock.release()
    print(result.summary())
    return 0
