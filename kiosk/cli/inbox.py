"""`pitstop inbox open --key central.key --share DIR --out FILE.csv|FILE.xlsx [--catalogue F]`.

Exit status: 0 when every request file was opened and listed unflagged; 1 when the table was
written but something was skipped or flagged, or the key opened nothing; 2 when nothing was
written (bad arguments, missing key or folder). Warnings go to stderr, one per file, made safe
for the terminal (a share file name cannot carry escape codes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.main import CommandError

if TYPE_CHECKING:
    from kiosk.intake.names import Names


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
        help="the shared folder (searched recursively; symbolic links are not followed)",
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the table to write: .csv (semicolons, UTF-8) or .xlsx",
    )
    p.add_argument(
        "--catalogue",
        type=Path,
        default=None,
        metavar="FILE",
        help="catalogue file for comune and period names (default: the newest in DIR/catalogue)",
    )
    p.set_defaults(handler=_open)


def _open(args: argparse.Namespace) -> int:
    from kiosk.intake.inbox import open_share, table_rows, write_table
    from kiosk.privacy.keys import load_private_key
    from kiosk.text import printable

    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(f"{args.out}: the output must end in .csv or .xlsx")
    if not args.out.parent.is_dir():
        raise CommandError(f"{args.out.parent}: no such folder; create it or choose another --out.")
    if args.catalogue is not None and not args.catalogue.is_file():
        raise CommandError(f"{args.catalogue}: no such catalogue file; check --catalogue.")
    key = load_private_key(args.key)
    names = _names(args.catalogue, args.share)
    result = open_share(args.share, key)
    write_table(table_rows(result, names), args.out)
    for warning in result.warnings:
        print(f"warning: {printable(warning)}", file=sys.stderr)
    if result.nothing_opened:
        print(
            f"warning: no request opened with {args.key}: is it the right private key?",
            file=sys.stderr,
        )
    print(
        f"{len(result.opened)} request(s) written to {args.out} "
        f"({result.duplicates} duplicate(s) removed, {result.skipped} skipped, "
        f"{result.flagged} flagged)"
    )
    return 0 if result.clean and not result.nothing_opened else 1


def _names(catalogue: Path | None, share: Path) -> Names:
    """Names for the table from `catalogue` (refused with one sentence when it cannot be read)
    or the share's newest catalogue (ids only, with a note, when that one cannot be read)."""
    from kiosk.catalogue.errors import CatalogueError
    from kiosk.intake.names import Names, load_names, share_catalogue
    from kiosk.text import printable

    if catalogue is not None:
        try:
            return load_names(catalogue)
        except CatalogueError as exc:
            raise CommandError(
                f"{catalogue}: cannot give comune and period names ({printable(exc, limit=200)}); "
                "check --catalogue or leave it out."
            ) from None
    source = share_catalogue(share) if share.is_dir() else None
    if source is None:
        return Names()
    try:
        return load_names(source)
    except Exception as exc:
        print(
            f"note: no comune and period names ({printable(exc, limit=300)}); "
            "the table shows their ids",
            file=sys.stderr,
        )
        return Names()
