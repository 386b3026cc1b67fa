"""`pitstop catalogue import|export|validate|search`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.paths import data_home


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("catalogue", help="import, export, validate and search the catalogue")
    commands = parser.add_subparsers(dest="catalogue_command", required=True, metavar="ACTION")

    p = commands.add_parser("import", help="replace the catalogue with FILE (.json, .csv, .xlsx)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_import)

    p = commands.add_parser("export", help="write the current catalogue as our JSON to FILE")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_export)

    p = commands.add_parser("validate", help="check FILE without importing it")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_validate)

    p = commands.add_parser("search", help="search offerings as the kiosk does")
    p.add_argument("text", nargs="?", default="")
    p.add_argument("--comune", help="comune id, e.g. legnano")
    p.add_argument("--area", help="area id, e.g. legnanese")
    p.add_argument("--age", type=int, help="child's age in years")
    p.add_argument("--period", help="period id, e.g. natale-2026")
    p.add_argument("--date", type=dt.date.fromisoformat, help="a day (YYYY-MM-DD) to be covered")
    p.add_argument("--category", help="category id, e.g. campus-vacanze")
    p.add_argument("--free", action="store_true", help="only free-of-charge offerings")
    p.add_argument("--lang", default="it", help="language of the names shown (default it)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(handler=_search)


def _print_warnings(warnings: list[Any]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from kiosk.catalogue.importer import import_file
    from kiosk.catalogue.refusals import clear_refusal, record_refusal, refusal_reason
    from kiosk.context import open_kiosk

    home = data_home()
    context = open_kiosk(home, load_demo=False)
    try:
        loaded = import_file(context.engine, args.file)
    except Exception as exc:  # shown on the staff home until a catalogue is accepted
        record_refusal(home, args.file.name, refusal_reason(exc), origin="file")
        raise
    finally:
        context.close()
    clear_refusal(home)
    _print_warnings(loaded.warnings)
    print(
        f"Imported {len(loaded.catalogue.offerings)} offerings "
        f"(catalogue {loaded.catalogue.version}, {loaded.format} format) from {args.file}."
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from kiosk.catalogue.importer import export_json
    from kiosk.catalogue.store import read_catalogue
    from kiosk.context import open_kiosk
    from kiosk.fileio import atomic_write_bytes

    context = open_kiosk(data_home())
    try:
        catalogue = read_catalogue(context.engine)
    finally:
        context.close()
    assert catalogue is not None  # open_kiosk loads the demo catalogue into an empty database
    atomic_write_bytes(args.file, export_json(catalogue))
    print(f"Exported {len(catalogue.offerings)} offerings to {args.file}.")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from kiosk.catalogue.importer import load_file

    loaded = load_file(args.file)
    _print_warnings(loaded.warnings)
    print(
        f"{args.file} is a valid {loaded.format} catalogue with "
        f"{len(loaded.catalogue.offerings)} offerings ({len(loaded.warnings)} warnings)."
    )
    return 0


def _localized(text: dict[str, str], lang: str) -> str:
    return text.get(lang) or text.get("it") or next(iter(text.values()), "")


def _search(args: argparse.Namespace) -> int:
    from kiosk.catalogue.search import SearchQuery, search
    from kiosk.context import open_kiosk

    query = SearchQuery(
        text=args.text,
        comune=args.comune,
        area=args.area,
        age=args.age,
        period=args.period,
        on_date=args.date,
        category=args.category,
        free_only=args.free,
        limit=args.limit,
    )
    context = open_kiosk(data_home())
    try:
        result = search(context.engine, query)
    finally:
        context.close()
    items: list[dict[str, Any]] = [
        {
            "id": card.id,
            "name": _localized(card.name, args.lang),
            "organization": card.organization,
            "comuni": card.comuni,
            "minimum_age": card.minimum_age,
            "maximum_age": card.maximum_age,
            "free": card.free,
            "min_cost": card.min_cost,
            "categories": card.categories,
            "periods": [p["id"] for p in card.periods],
        }
        for card in result.cards
    ]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    for item in items:
        ages = f"{item['minimum_age'] or 0}-{item['maximum_age'] or 18}"
        print(f"{item['id']}\t{item['name']}\t{', '.join(item['comuni'])}\t{ages} anni")
    print(f"{result.total} offerings found ({len(items)} shown).", file=sys.stderr)
    return 0
