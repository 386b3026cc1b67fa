"""`pitstop central report`: the usage figures of a period as .xlsx, .csv or .pdf (`--out`), or
as open data (`--open-data DIR`: figures.csv, metadata.csv, datapackage.json), from the same
tables as the Figures page (central/figures/tables.py), under the same publication rules.
Read-only on the database but for one audit line (figures.export: period, grouping, format).
Counts delivered on a shared folder are read first with `pitstop central import-usage`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from central.figures.rules import DEFAULT_LICENCE, GROUPINGS
from central.office.i18n import LANGUAGES


def register_report(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pitstop central report` to `actions`."""
    p = actions.add_parser(
        "report",
        help="the kiosks' usage figures of a period as .xlsx, .csv, .pdf or open data",
        description="The usage figures of the days FROM to TO (both included) under the "
        "publication rules (docs/figures.md).",
    )
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="first day")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="last day")
    p.add_argument(
        "--by", choices=GROUPINGS, default="comune", help="group kiosks (default: comune)"
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE", help="FILE.xlsx, FILE.csv or FILE.pdf")
    target.add_argument(
        "--open-data",
        type=Path,
        metavar="DIR",
        help="write figures.csv, metadata.csv and datapackage.json into DIR",
    )
    p.add_argument("--lang", choices=LANGUAGES, default="it", help="labels' language (it)")
    p.add_argument(
        "--licence",
        default=None,
        help="licence of the open data (default $PITSTOP_CENTRAL_OPEN_DATA_LICENCE, "
        f"else {DEFAULT_LICENCE})",
    )
    p.add_argument(
        "--publisher",
        default=None,
        help="who publishes the open data (default $PITSTOP_CENTRAL_OPEN_DATA_PUBLISHER)",
    )
    p.set_defaults(handler=run_report)


def _date(value: str, option: str) -> dt.date:
    from central.commands import _error

    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise _error(f"{option} {value[:40]!r} is not a date: write it YYYY-MM-DD") from None


def run_report(args: argparse.Namespace) -> int:
    from central.audit import cli_actor, record_audit
    from central.commands import _error, _store
    from central.figures.report import ReportError, format_of, write_open_data, write_report
    from central.figures.tables import PeriodError, Query, compute
    from kiosk.text import printable

    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    try:
        query = Query(start, end, args.by)
        fmt = "opendata" if args.open_data is not None else format_of(args.out)
    except (PeriodError, ReportError) as exc:
        raise _error(str(exc)) from None
    licence = (
        args.licence
        or os.environ.get("PITSTOP_CENTRAL_OPEN_DATA_LICENCE", "").strip()
        or DEFAULT_LICENCE
    )
    publisher = (
        args.publisher
        if args.publisher is not None
        else os.environ.get("PITSTOP_CENTRAL_OPEN_DATA_PUBLISHER", "").strip()
    )
    store = _store(args)
    try:
        figures = compute(store, query, args.lang)
        if args.open_data is not None:
            written = write_open_data(figures, args.open_data, licence, publisher)
        else:
            write_report(figures, args.out, licence)
            written = [args.out]
        with store.sessions.begin() as session:
            record_audit(
                session,
                cli_actor(),
                "figures.export",
                format=fmt,
                start=start.isoformat(),
                end=end.isoformat(),
                by=args.by,
            )
    except ReportError as exc:
        raise _error(printable(str(exc))) from None
    finally:
        store.close()
    names = ", ".join(printable(str(path)) for path in written)
    print(
        f"Wrote {names}: {len(figures.tables)} tables, {figures.kiosks} kiosks with figures, "
        f"{start.isoformat()} to {end.isoformat()} by {args.by}."
    )
    return 0
