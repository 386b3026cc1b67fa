"""`pitstop`: parse the command line, dispatch, and turn known failures into one clear sentence.

Every module in kiosk/cli/ (and every `pitstop.commands` entry point of the upper layers) exposes `register(subparsers)`, which adds its sub-commands with
`set_defaults(handler=...)`; a handler takes the parsed arguments and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points

import kiosk.cli
from kiosk import __version__


class CommandError(Exception):
    """A failure to report on stderr as one sentence, exiting with status 2."""


def _known_errors() -> tuple[type[BaseException], ...]:
    from kiosk.catalogue.errors import CatalogueError
    from kiosk.settings import SettingsError

    return (CommandError, CatalogueError, SettingsError, OSError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pitstop",
        description="Family Pit Stop kiosk: run it, manage its catalogue and settings.",
    )
    parser.add_argument("--version", action="version", version=f"pitstop {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(kiosk.cli.__path__), key=lambda i: i.name):
        if info.name != "main":
            importlib.import_module(f"kiosk.cli.{info.name}").register(sub)
    for plugin in sorted(entry_points(group="pitstop.commands"), key=lambda e: e.name):
        plugin.load()(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        code: int = args.handler(args)
    except _known_errors() as exc:
        print(f"pitstop: {exc}", file=sys.stderr)
        from kiosk.logsetup import log_command_error
        from kiosk.paths import home_folder

        log_command_error(home_folder(), args.command, str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    # Run the imported module, not this __main__ copy: the commands raise kiosk.cli.main's
    # CommandError, which a second copy of this module would not recognise.
    from kiosk.cli import main as cli

    sys.exit(cli.main())
