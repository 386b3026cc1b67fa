"""`pitstop keys new|show|enrolment`: the office's key pair, what a key file is, and the enrolment
file of a kiosk that syncs through a shared folder (the HTTP one is `pitstop central kiosk add`)."""

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

    p = commands.add_parser(
        "show", help="print what a key file is (public/secret) and its fingerprint"
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_show)

    p = commands.add_parser(
        "enrolment",
        help="write the enrolment file of a kiosk that syncs through a shared folder",
    )
    p.add_argument(
        "--share", required=True, help="the shared folder's absolute path as the kiosk sees it"
    )
    p.add_argument("--key", type=Path, required=True, help="the office's central.pub")
    p.add_argument("--kiosk-id", required=True, help="letters, digits, - and _, up to 64")
    p.add_argument("--name", required=True, help="the kiosk's name, e.g. 'Biblioteca di Legnano'")
    p.add_argument("--venue", default="", help="where it stands")
    p.add_argument("--comune", required=True, help="comune id of the catalogue, e.g. legnano")
    p.add_argument("--area", default="", help="ambito, e.g. legnanese")
    p.add_argument(
        "--no-staff-code",
        action="store_true",
        help="do not put a one-time staff setup code in the file",
    )
    p.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="another value staff may give a setting that redirects parents' data "
        "(privacy.*, sync.folder, sync.url); repeatable",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=_enrolment)


def _new(args: argparse.Namespace) -> int:
    from kiosk.privacy.keys import describe_key_file, generate_keypair
    from kiosk.text import printable

    files = generate_keypair(args.out)
    print(f"private key: {files.private} (keep it at the office; never copy it to a kiosk)")
    print(f"public key:  {files.public}")
    print(f"fingerprint: {describe_key_file(files.public).fingerprint}")
    public = printable(files.public)
    print("next, one enrolment file per kiosk (it carries the public key):")
    print(
        f"  central server: pitstop central kiosk add KIOSK_ID --url URL --key {public} "
        "--name NAME --comune COMUNE --out FILE"
    )
    print(
        f"  shared folder:  pitstop keys enrolment --share PATH --key {public} "
        "--kiosk-id KIOSK_ID --name NAME --comune COMUNE --out FILE"
    )
    print("then on the kiosk: pitstop enrol FILE (docs/deployment.md)")
    return 0


def _show(args: argparse.Namespace) -> int:
    from kiosk.privacy.keys import describe_key_file
    from kiosk.text import printable

    info = describe_key_file(args.file)
    name = printable(args.file)
    if info.kind == "unknown":
        print(
            f"{name}: unknown — 32 raw bytes (old format: the file does not say whether it is "
            "public or secret; name it central.pub or central.key)"
        )
        return 0
    fmt = "old format, kind taken from the file name" if info.legacy else f"format v{info.version}"
    advice = (
        "safe to copy to kiosks"
        if info.kind == "public"
        else "office only: never copy it to a kiosk"
    )
    print(f"{name}: {info.kind.upper()} key, fingerprint {info.fingerprint} ({fmt}; {advice})")
    return 0


def _enrolment(args: argparse.Namespace) -> int:
    from kiosk.cli.main import CommandError
    from kiosk.enrolment import EnrolmentError, folder_enrolment, parse_allow, write_enrolment

    try:
        enrolment = folder_enrolment(
            share=args.share,
            key_file=args.key,
            kiosk_id=args.kiosk_id,
            name=args.name,
            venue=args.venue,
            comune=args.comune,
            area=args.area,
            staff_code=not args.no_staff_code,
            allowed=parse_allow(args.allow),
        )
        write_enrolment(args.out, enrolment)
    except EnrolmentError as exc:
        raise CommandError(str(exc)) from None
    print(describe_written(args.out, enrolment.office_key_fingerprint, bool(enrolment.staff_code)))
    return 0


def describe_written(path: Path, fingerprint: str, staff_code: bool, *, token: bool = False) -> str:
    """What `keys enrolment` and `central kiosk add` print after writing an enrolment file."""
    from kiosk.text import printable

    holds = "settings and sync token" if token else "settings"
    code = " and a one-time staff setup code" if staff_code else " (no staff setup code)"
    return (
        f"Wrote {printable(path)} (mode 0600): it holds the kiosk's {holds}{code}; "
        f"office key fingerprint {fingerprint}. Carry it to the kiosk, run "
        f"`pitstop enrol {printable(path.name)}` there (or staff mode: Set up from a USB stick), "
        "then delete it."
    )
