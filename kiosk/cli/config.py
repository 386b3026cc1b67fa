"""`pitstop config get KEY` / `config set KEY VALUE` / `config list`.

`get` and `list` only read: a damaged settings.toml is reported as one sentence and left alone.
`set` repairs first (the damaged file is kept aside, as a starting kiosk does, and a warning says
so), resolves relative paths against the current folder, then validates and saves.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import settings as settings_mod
from kiosk.paths import data_home


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("config", help="read and change the kiosk's settings")
    commands = parser.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    p = commands.add_parser("get", help="print one setting")
    p.add_argument("key", help="section.name, e.g. sync.interval")
    p.set_defaults(handler=_get)
    p = commands.add_parser("set", help="change one setting (validated; nothing changes on error)")
    p.add_argument("key")
    p.add_argument(
        "value",
        help="lists are comma-separated, e.g. it,en; relative paths are resolved against the "
        "current folder",
    )
    p.set_defaults(handler=_set)
    p = commands.add_parser("list", help="print every setting")
    p.set_defaults(handler=_list)


def _get(args: argparse.Namespace) -> int:
    print(settings_mod.display(settings_mod.load(data_home()).get(args.key)))
    return 0


def _set(args: argparse.Namespace) -> int:
    from kiosk.settings_store import SettingsStore

    home = data_home()
    value = settings_mod.resolve_path_value(args.key, args.value, Path.cwd())
    recovered = settings_mod.recover(home)
    if recovered.kept_aside is not None:
        print(
            f"pitstop: warning: settings.toml was damaged and is kept as {recovered.kept_aside}; "
            f"the defaults replace what could not be read ({'; '.join(recovered.problems)})",
            file=sys.stderr,
        )
    updated = SettingsStore(home, recovered.settings).set(args.key, value, by="cli")
    shown = (
        "(hidden)"
        if args.key in settings_mod.SECRET_KEYS
        else settings_mod.display(updated.get(args.key))
    )
    print(f"{args.key} = {shown}")
    return 0


def _list(args: argparse.Namespace) -> int:
    current = settings_mod.load(data_home())
    for key in settings_mod.all_keys():
        value = (
            "(hidden)" if key in settings_mod.SECRET_KEYS and current.get(key) else current.get(key)
        )
        print(f"{key} = {settings_mod.display(value)}")
    return 0
