"""`pitstop inbox open --key central.key --share DIR --out FILE.csv|FILE.xlsx`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.main import CommandError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("inbox", help="open the contact requests delivered to a shared folder")
    commands = parser.add_subparsers(dest="inbox_command", required=True, metavar="ACTION")
    p = commands.add_parser(
        "open",
        help="decrypt every request file under DIR (any kiosk) into one table, once per request",
    )
    p.add_argument("--key", type=Path, required=True, help="the private key file (central.key)")
    p.add_argument(
        "--share",
        type=Path,
        required=True,
        metavar="DIR",
        help="the shared folder (searched recursively)",
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the table to write: .csv (semicolons, UTF-8) or .xlsx",
    )
    p.set_defaults(handler=_open)


def _open(args: argparse.Namespace) -> int:
    from kiosk.intake.inbox import open_share, request_row, write_table
    from kiosk.privacy.keys import load_private_key

    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(f"{args.out}: the output must end in .csv or .xlsx")
    if not args.out.parent.is_dir():
        raise CommandError(f"{args.out.parent}: no such folder; create it or choose another --out.")
    key = load_private_key(args.key)
    result = open_share(args.share, key)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.other_key and not result.payloads:
        print(
            f"warning: no file opened with {args.key}: is it the right private key?",
            file=sys.stderr,
        )
    write_table([request_row(p) for p in result.payloads], args.out)
    print(
        f"{len(result.payloads)} request(s) written to {args.out} "
        f"({result.duplicates} duplicate(s) removed, {len(result.warnings)} file(s) not read)"
    )
    return 0
