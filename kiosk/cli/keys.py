"""`pitstop keys new --out DIR`: the central office's key pair."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("keys", help="the central office's key pair for contact requests")
    commands = parser.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    p = commands.add_parser(
        "new", help="write central.key (0600) and central.pub in DIR (never overwrites)"
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.set_defaults(handler=_new)


def _new(args: argparse.Namespace) -> int:
    from kiosk.privacy.keys import generate_keypair

    files = generate_keypair(args.out)
    print(f"private key: {files.private} (keep it at the office; never copy it to a kiosk)")
    print(f"public key:  {files.public}")
    print(f"on each kiosk: pitstop config set privacy.central_public_key {files.public.resolve()}")
    return 0
