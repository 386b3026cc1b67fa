"""`pitstop staff set-pin` / `staff status`: the staff PIN and the staff home's facts, headless."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING

from kiosk.paths import data_home

if TYPE_CHECKING:
    from kiosk.catalogue.refusals import Refusal


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("staff", help="staff PIN and kiosk status")
    commands = parser.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    p = commands.add_parser(
        "set-pin",
        help="set the staff PIN (asked twice on a terminal, one line from stdin otherwise); "
        "also clears a lockout and forgets the office's one-time setup code",
    )
    p.set_defaults(handler=_set_pin)
    p = commands.add_parser("status", help="print what the staff home shows")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(handler=_status)


def _read_pin() -> str:
    from kiosk.cli.main import CommandError

    if sys.stdin.isatty():
        first = getpass.getpass("New staff PIN (at least 6 digits): ")
        second = getpass.getpass("Repeat the PIN: ")
        if first != second:
            raise CommandError("The two PINs differ; nothing was changed.")
        return first.strip()
    line = sys.stdin.readline()
    if not line:
        raise CommandError("No PIN on standard input; nothing was changed.")
    return line.strip()


def _set_pin(args: argparse.Namespace) -> int:
    from kiosk import audit
    from kiosk.cli.main import CommandError
    from kiosk.staff.pin import PinError, PinStore

    home = data_home()
    pin = _read_pin()
    store = PinStore(home)
    had_pin = store.is_set()
    try:
        store.set_pin(pin)
    except PinError as exc:
        raise CommandError(f"{exc} Nothing was changed.") from None
    audit.record(home, "cli", "staff.pin_changed" if had_pin else "staff.pin_set")
    print("Staff PIN set; any lockout is cleared and any setup code forgotten.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from kiosk.context import open_kiosk
    from kiosk.staff import status
    from kiosk.staff.pin import PinStore
    from kiosk.text import printable

    home = data_home()
    context = open_kiosk(home, load_demo=False)
    try:
        facts = status.collect(home, context.settings, context.engine)
    finally:
        context.close()
    data = facts.as_dict()
    data.pop("uptime_seconds")  # the CLI process has just started
    data["pin_set"] = PinStore(home).is_set()
    if args.json:
        print(json.dumps(_printable_values(data), indent=1, ensure_ascii=False))
        return 0
    sync = facts.sync
    waiting = "unknown" if facts.requests_waiting is None else str(facts.requests_waiting)
    conflicts = "unknown" if facts.requests_in_conflict is None else facts.requests_in_conflict
    free = facts.disk_free_bytes
    disk = "unknown" if free is None else status.format_bytes(free)
    lines = [
        f"kiosk:       {facts.kiosk_name} ({facts.kiosk_id}) {facts.venue}".rstrip(),
        f"version:     {facts.app_version}",
        f"demo mode:   {'yes (no central public key set)' if facts.demo_mode else 'no'}",
        f"office key:  fingerprint {facts.office_key_fingerprint or 'unknown'}",
        f"catalogue:   {facts.catalogue_version or 'none'} ({facts.catalogue_updated_at or '-'})",
        *_refusal_lines(facts.catalogue_refusal),
        f"sync:        {facts.sync_mode}, last success {sync.last_success or 'never'}",
        f"last error:  {sync.last_error or '-'}",
        f"waiting:     {waiting} requests",
        f"conflict:    {conflicts} requests"
        + (
            " (sync will not send them: export them to a USB stick)"
            if facts.requests_in_conflict
            else ""
        ),
        f"disk free:   {disk}",
        f"staff PIN:   {'set' if data['pin_set'] else 'not set'}",
    ]
    print("\n".join(printable(line) for line in lines))  # sync errors can name share files
    return 0


def _refusal_lines(refusal: Refusal | None) -> list[str]:
    """The last refused catalogue, named as staff gave it (none when one was accepted since)."""
    from kiosk.catalogue.refusals import ORIGIN_WORDS

    if refusal is None:
        return []
    when = refusal.when.astimezone().strftime("%Y-%m-%d %H:%M")
    where = ORIGIN_WORDS[refusal.origin]
    return [
        f"refused:     {refusal.source_name} ({where}, {when}): {refusal.reason} "
        "The kiosk keeps its current catalogue."
    ]


def _printable_values(value: object) -> object:
    """`value` with every string made safe for a terminal (kiosk.text.printable)."""
    from kiosk.text import printable

    if isinstance(value, str):
        return printable(value, one_line=False)
    if isinstance(value, dict):
        return {printable(k): _printable_values(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_printable_values(v) for v in value]
    return value
