"""`pitstop doctor`: every setup problem of this kiosk in plain words, each with its fix.

It reads the data folder as it is and changes nothing in it: a damaged settings.toml is reported,
not moved aside (the kiosk does that when it starts), and a data folder without a database is
not given one. With a central server it sends one heartbeat and reads the server's clock (skip
with --offline). Exit status 0 when nothing is an error, 1 otherwise (warnings do not count).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.text import printable

if TYPE_CHECKING:  # the checks load when the doctor runs, not with every `pitstop` command
    from kiosk.checks import Finding

MARKS = {"error": "✗", "warning": "!", "ok": "✓"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "doctor",
        help="list every setup problem of this kiosk, with its fix (exit 1 when any is an error)",
    )
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument(
        "--offline",
        action="store_true",
        help="do not contact the central server (no heartbeat, no clock comparison)",
    )
    p.set_defaults(handler=doctor)


def diagnose(home: Path, *, network: bool = True, display: bool = True) -> list[Finding]:
    """The findings for the data folder `home` (opened read-only in spirit: see the module)."""
    import sqlite3

    from kiosk import settings as settings_mod
    from kiosk.checks import SEVERITY_ORDER, finding
    from kiosk.db.sqlite import SqliteFile
    from kiosk.paths import database_path
    from sync.checks import run_all_checks

    early: list[Finding] = []
    try:
        settings = settings_mod.load(home)
    except settings_mod.SettingsError as exc:
        early.append(finding("error", "settings.unreadable", str(exc)))
        settings = settings_mod.Settings()
    engine: SqliteFile | None = None
    db = database_path(home)
    if not db.exists():
        early.append(finding("warning", "database.missing", home))
    else:
        database = SqliteFile(db)  # not migrated: doctor changes nothing
        try:
            with database.connect() as connection:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            engine = database
        except sqlite3.Error as exc:  # corrupt, locked, not a database: say so, go on
            database.dispose()
            early.append(finding("error", "database.unreadable", f"{type(exc).__name__}: {exc}"))
    try:
        found = run_all_checks(home, settings, engine, network=network, display=display)
    finally:
        if engine is not None:
            engine.dispose()
    return sorted(early + found, key=lambda f: SEVERITY_ORDER[f.severity])


def render(findings: list[Finding]) -> str:
    """The findings as lines for a terminal: a mark and the title, the fix indented below."""
    lines: list[str] = []
    for f in findings:
        lines.append(f"{MARKS[f.severity]} {printable(f.title)}")
        if f.fix and f.severity != "ok":
            lines.append(f"    fix: {printable(f.fix)}")
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    lines.append(f"{errors} error(s), {warnings} warning(s).")
    return "\n".join(lines)


def as_json(findings: list[Finding]) -> str:
    return json.dumps(
        {
            "errors": sum(f.severity == "error" for f in findings),
            "warnings": sum(f.severity == "warning" for f in findings),
            "findings": [
                {
                    "severity": f.severity,
                    "key": f.key,
                    "title": printable(f.title),
                    "fix": printable(f.fix),
                    "args": [printable(a) for a in f.args],
                }
                for f in findings
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def doctor(args: argparse.Namespace) -> int:
    from kiosk.paths import data_home

    findings = diagnose(data_home(), network=not args.offline)
    print(as_json(findings) if args.json else render(findings))
    sys.stdout.flush()
    return 1 if any(f.severity == "error" for f in findings) else 0
