"""`pitstop central ...`: run and operate the reference central server (registered through the
pitstop.commands entry point). FastAPI and uvicorn are imported only by the commands that need them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.paths import data_home

if TYPE_CHECKING:
    import datetime as dt

    from sqlalchemy import Engine

    from central.serving import ServingLimits
    from central.store import CentralStore

log = logging.getLogger(__name__)
DEFAULT_PORT = 8750


def _error(message: str) -> Exception:
    """A failure `pitstop` prints as one sentence (exit status 2)."""
    from kiosk.cli.main import CommandError

    return CommandError(message)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pitstop central` and its actions to `sub`."""
    central = sub.add_parser("central", help="run and operate the reference central server")
    central.add_argument(
        "--db",
        default=None,
        help="database URL (default: $PITSTOP_CENTRAL_DB, else central/central.sqlite3 in the "
        "data folder; PostgreSQL: postgresql+psycopg://user@host/db)",
    )
    actions = central.add_subparsers(dest="central_command", required=True, metavar="ACTION")

    p = actions.add_parser("serve", help="serve the HTTP API")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    _serve_options(p)
    _retention_option(p)
    p.set_defaults(handler=_serve)

    token = actions.add_parser("token", help="issue or revoke a kiosk's bearer token")
    token_actions = token.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    p = token_actions.add_parser("new", help="issue a token for KIOSK_ID (printed once)")
    p.add_argument("kiosk_id")
    p.set_defaults(handler=_token_new)
    p = token_actions.add_parser("revoke", help="revoke KIOSK_ID's token")
    p.add_argument("kiosk_id")
    p.set_defaults(handler=_token_revoke)

    _register_kiosk_add(actions)
    _register_operations(actions)
    _register_users(actions)
    from central.figures.commands import register_report

    register_report(actions)  # pitstop central report (central/figures/commands.py)
    _register_import_usage(actions)

    catalogue = actions.add_parser("catalogue", help="publish the catalogue kiosks download")
    cat_actions = catalogue.add_subparsers(dest="cat_command", required=True, metavar="ACTION")
    p = cat_actions.add_parser("publish", help="validate FILE (.json, .csv, .xlsx) and publish it")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_publish)

    p = actions.add_parser("kiosks", help="list kiosks: last heartbeat, version, pending, errors")
    p.set_defaults(handler=_kiosks)

    p = actions.add_parser("export", help="decrypt the stored requests into a .csv or .xlsx file")
    p.add_argument("--key", type=Path, required=True, help="the central office's central.key")
    p.add_argument("--out", type=Path, required=True, help="F.csv or F.xlsx")
    p.add_argument("--catalogue", type=Path, help="comune and period names from this file")
    p.set_defaults(handler=_export)


# -- pitstop central ----------------------------------------------------------------------


def default_db_url() -> str:
    env = os.environ.get("PITSTOP_CENTRAL_DB", "").strip()
    if env:
        return env
    folder = data_home() / "central"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'central.sqlite3'}"


def _store(args: argparse.Namespace) -> CentralStore:
    from sqlalchemy.exc import ArgumentError, OperationalError

    from central.schema import SchemaError
    from central.store import CentralStore

    url = args.db or default_db_url()
    try:
        return CentralStore(url)
    except ArgumentError:
        raise _error(f"'{url}' is not a database URL") from None
    except OperationalError as exc:
        raise _error(f"cannot open the central database {url} ({exc.orig})") from None
    except SchemaError as exc:
        raise _error(str(exc)) from None


def _serve_options(p: argparse.ArgumentParser) -> None:
    """`serve`'s limits (docs/central-server.md); the per-token ones also read from the env."""
    limits = p.add_argument_group("limits (per worker; defaults in docs/central-server.md)")
    limits.add_argument(
        "--header-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="time to send a request's headers, then 408 (default 10)",
    )
    limits.add_argument(
        "--body-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="time to send a whole body, then the connection is cut (default 60)",
    )
    limits.add_argument(
        "--keep-alive",
        type=int,
        default=5,
        metavar="SECONDS",
        help="idle time between two requests on a connection (default 5)",
    )
    limits.add_argument(
        "--max-connections",
        type=int,
        default=None,
        metavar="N",
        help="open connections at most (default: what the open-file limit allows)",
    )
    limits.add_argument(
        "--backlog",
        type=int,
        default=128,
        metavar="N",
        help="connections waiting to be accepted (default 128)",
    )
    limits.add_argument(
        "--rate",
        type=float,
        default=None,
        metavar="PER_MINUTE",
        help="calls a token may make per minute, 0 for no limit "
        "(default $PITSTOP_CENTRAL_RATE, else 120)",
    )
    limits.add_argument(
        "--burst",
        type=int,
        default=None,
        metavar="N",
        help="calls a token may make at once (default $PITSTOP_CENTRAL_BURST, else 120)",
    )
    limits.add_argument(
        "--daily-requests",
        type=int,
        default=None,
        metavar="N",
        help="requests a token may store per UTC day, 0 for no quota "
        "(default $PITSTOP_CENTRAL_DAILY_REQUESTS, else 5000)",
    )
    limits.add_argument(
        "--daily-bytes",
        type=int,
        default=None,
        metavar="BYTES",
        help="bytes of requests a token may store per UTC day, 0 for no quota "
        "(default $PITSTOP_CENTRAL_DAILY_BYTES, else 33554432)",
    )
    p.add_argument(
        "--docs",
        action="store_true",
        help="serve /docs and /redoc (their pages load scripts from a CDN)",
    )
    p.add_argument(
        "--workers",
        default=None,
        metavar="N",
        help="worker processes on one socket, PostgreSQL only "
        "(default $PITSTOP_CENTRAL_WORKERS, else 1)",
    )
    p.add_argument(
        "--metrics-token",
        default=None,
        metavar="TOKEN",
        help="serve /metrics (Prometheus) to this bearer token, 16+ characters "
        "(default $PITSTOP_CENTRAL_METRICS_TOKEN; without one /metrics is 404)",
    )
    from central.notify import add_serve_options

    add_serve_options(p)  # --smtp-*: e-mail to the office (central/notify.py)
    from central.office.options import add_session_options

    add_session_options(p)  # --session-*: office sign-ins (central/office/options.py)
    p.add_argument(
        "--no-access-log",
        dest="access_log",
        action="store_false",
        help="no log line per call (the reverse proxy logs them)",
    )


def _serve(args: argparse.Namespace) -> int:
    from central.asgi import DB_ENV, DOCS_ENV, METRICS_TOKEN_ENV
    from central.limits import api_limits, limits_from_env, limits_to_env
    from central.serving import ServingLimits, connection_cap, raise_open_file_limit, serve

    try:
        chosen = limits_from_env()
    except ValueError as exc:
        raise _error(str(exc)) from None
    for field in ("rate", "burst", "daily_requests", "daily_bytes"):
        value = getattr(args, field)
        if value is not None and value < 0:
            raise _error(f"--{field.replace('_', '-')} must be 0 or more, not {value}")
        if value is not None:
            chosen["rate_per_minute" if field == "rate" else field] = value
    api = api_limits(chosen)
    for option in ("header_timeout", "body_timeout", "keep_alive", "backlog"):
        if getattr(args, option) <= 0:
            raise _error(f"--{option.replace('_', '-')} must be more than 0")
    if args.max_connections is not None and args.max_connections < 1:
        raise _error("--max-connections must be 1 or more")
    workers_text = str(args.workers or os.environ.get("PITSTOP_CENTRAL_WORKERS", "") or "1")
    try:
        args.workers = int(workers_text)
    except ValueError:
        args.workers = 0
    if not 1 <= args.workers <= 64:
        raise _error(
            f"--workers (or $PITSTOP_CENTRAL_WORKERS) must be a number from 1 to 64, "
            f"not {workers_text!r}"
        )
    metrics_token = (args.metrics_token or os.environ.get(METRICS_TOKEN_ENV, "")).strip() or None
    if metrics_token is not None and len(metrics_token) < 16:
        raise _error(
            "the metrics token (--metrics-token or $PITSTOP_CENTRAL_METRICS_TOKEN) must be at "
            "least 16 characters; make one with: python3 -c 'import secrets; "
            "print(secrets.token_urlsafe(32))'"
        )
    raise_open_file_limit()
    serving = ServingLimits(
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        keep_alive=args.keep_alive,
        max_connections=args.max_connections,
        backlog=args.backlog,
    )
    store = _store(args)
    if args.workers > 1 and store.is_sqlite:
        store.close()
        raise _error(
            f"--workers {args.workers} needs PostgreSQL: a SQLite database takes one writer at a "
            "time and one worker; serve with --workers 1 or --db postgresql+psycopg://…"
        )
    logging.getLogger("sync").setLevel(logging.INFO)
    _start_retention(args, store.url)
    _start_kiosk_watch(args, store)
    where = store.url.split("@")[-1]
    print(
        f"Central server on http://{args.host}:{args.port} (database {where}; {args.workers} "
        f"worker(s), at most {connection_cap(serving)} connections each"
        f"{'; /metrics on' if metrics_token else ''})",
        flush=True,
    )
    if args.workers == 1:
        from central.app import create_app

        app = create_app(store=store, limits=api, docs=args.docs, metrics_token=metrics_token)
        serve(app, args.host, args.port, serving, access_log=args.access_log)
        return 0
    store.close()  # each worker opens its own engine
    os.environ.update(limits_to_env(api))
    os.environ[DB_ENV] = store.url
    os.environ[DOCS_ENV] = "1" if args.docs else "0"
    os.environ[METRICS_TOKEN_ENV] = metrics_token or ""
    _serve_workers(args, serving)
    return 0


def _serve_workers(args: argparse.Namespace, serving: ServingLimits) -> None:
    """`central.asgi:create_app_from_env` in `args.workers` processes, with prometheus_client's
    multiprocess folder (a fresh one, removed at the end, unless $PROMETHEUS_MULTIPROC_DIR is set)."""
    import shutil
    import tempfile

    from central.metrics import MULTIPROC_ENV
    from central.serving import serve

    made = None
    if not os.environ.get(MULTIPROC_ENV):
        made = tempfile.mkdtemp(prefix="pitstop-central-metrics-")
        os.environ[MULTIPROC_ENV] = made
    try:
        serve(
            "central.asgi:create_app_from_env",
            args.host,
            args.port,
            serving,
            workers=args.workers,
            access_log=args.access_log,
        )
    finally:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)


def _token_new(args: argparse.Namespace) -> int:
    from sync.protocol import Heartbeat, ProtocolError, convert

    try:
        convert(Heartbeat, {"kiosk_id": args.kiosk_id, "sent_at": "2026-01-01T00:00:00Z"})
    except ProtocolError:
        raise _error(
            f"'{args.kiosk_id}' is not a kiosk id (letters, digits, - and _, up to 64)"
        ) from None
    store = _store(args)
    try:
        token = store.new_token(args.kiosk_id)
    finally:
        store.close()
    print(token)
    print(
        f"This is kiosk {args.kiosk_id}'s token; it is shown only now. On the kiosk: "
        f"pitstop config set sync.token <token>",
        file=sys.stderr,
    )
    return 0


def _token_revoke(args: argparse.Namespace) -> int:
    from central.store import CentralError

    store = _store(args)
    try:
        store.revoke_token(args.kiosk_id)
    except CentralError as exc:
        raise _error(str(exc)) from None
    finally:
        store.close()
    print(f"The token of kiosk {args.kiosk_id} is revoked.")
    return 0


def _publish(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        result = store.publish_catalogue(args.file)
    finally:
        store.close()
    if result.unchanged:
        print(f"{args.file} is already published (version {result.version}); nothing changed.")
    else:
        print(
            f"Published {args.file}: {result.offerings} offerings, catalogue "
            f"{result.catalogue_version}, version {result.version}, ETag {result.etag}."
        )
    return 0


def _when(value: object) -> str:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return "never"


def _kiosks(args: argparse.Namespace) -> int:
    """The kiosk list; every value a kiosk sent (ids, versions, errors) made safe for a terminal."""
    from kiosk.text import printable

    store = _store(args)
    try:
        kiosks = store.kiosks()
        counts = {k.id: store.request_count(k.id) for k in kiosks}
    finally:
        store.close()
    if not kiosks:
        print("No kiosks yet (pitstop central token new KIOSK_ID).")
        return 0
    print("kiosk\tlast heartbeat\tapp\tcatalogue\tpending\tconflicts\treceived\ttoken\tlast error")
    for k in kiosks:
        token = "revoked" if k.revoked_at else ("active" if k.token_hash else "none")
        cells = (
            printable(k.id),
            _when(k.last_heartbeat_at),
            printable(k.app_version or "-"),
            printable(k.catalogue_version or "-"),
            str(k.pending),
            str(k.conflicts),
            str(counts[k.id]),
            token,
            printable(k.last_error or "-"),
        )
        print("\t".join(cells))
    return 0


def _export(args: argparse.Namespace) -> int:
    """Exit 0: every stored request is in the table, unflagged; 1: the table is written but some
    request was skipped or flagged (each named on stderr), or the key opened none."""
    from central.export import export_store
    from kiosk.catalogue.errors import CatalogueError
    from kiosk.intake.names import Names, load_names
    from kiosk.privacy.keys import load_private_key
    from kiosk.text import printable

    if args.out.suffix.lower() not in {".csv", ".xlsx"}:
        raise _error(f"{args.out}: the output must be a .csv or .xlsx file")
    if not args.out.parent.is_dir():
        raise _error(f"{args.out.parent}: no such folder; create it or choose another --out.")
    key = load_private_key(args.key)
    names: Names | None = None
    catalogue: Path | None = getattr(args, "catalogue", None)
    if catalogue is not None:
        try:
            names = load_names(catalogue)
        except CatalogueError as exc:
            raise _error(
                f"{catalogue}: cannot give comune and period names ({printable(exc, limit=200)}); "
                "check --catalogue or leave it out."
            ) from None
    store = _store(args)
    try:
        result = export_store(store, key, args.out, names=names)
    finally:
        store.close()
    for warning in result.warnings:
        print(f"warning: {printable(warning)}", file=sys.stderr)
    print(f"Wrote {len(result.opened)} request(s) to {args.out}.")
    if result.skipped:
        print(f"{result.skipped} request(s) could not be opened with {args.key} (named above).")
    if result.flagged:
        print(f"{result.flagged} request(s) flagged in the Avviso column (named above).")
    if result.nothing_opened:
        print(f"No request opened with {args.key}: is it the right private key?", file=sys.stderr)
    return 0 if result.clean and not result.nothing_opened else 1


# -- pitstop central kiosk add -----------------------------------------------------------


def _register_import_usage(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = actions.add_parser(
        "import-usage",
        help="store the usage counts kiosks left on a shared folder (usage/<kiosk>/<day>.json)",
    )
    command.add_argument("--db", default=argparse.SUPPRESS, help="database URL")
    command.add_argument("--share", type=Path, required=True, help="the shared folder")
    command.set_defaults(handler=_import_usage)


def _import_usage(args: argparse.Namespace) -> int:
    from central.usage import import_usage_command  # kiosk usage store and sync protocol

    return import_usage_command(args)


def _register_kiosk_add(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kiosk = actions.add_parser("kiosk", help="prepare kiosks: enrolment files with their token")
    kiosk_actions = kiosk.add_subparsers(dest="kiosk_command", required=True, metavar="ACTION")
    p = kiosk_actions.add_parser(
        "add", help="issue KIOSK_ID's token and write its enrolment file (mode 0600)"
    )
    p.add_argument("kiosk_id", help="letters, digits, - and _, up to 64")
    p.add_argument("--url", required=True, help="this server's address as kiosks reach it (https)")
    p.add_argument("--key", type=Path, required=True, help="the office's central.pub")
    p.add_argument("--name", required=True, help="the kiosk's name, e.g. 'Biblioteca di Legnano'")
    p.add_argument("--venue", default="", help="where it stands")
    p.add_argument("--comune", required=True, help="comune id of the catalogue, e.g. legnano")
    p.add_argument("--area", default="", help="ambito, e.g. legnanese")
    p.add_argument("--ca-file", type=Path, help="PEM file of the CA that signed the server's cert")
    p.add_argument(
        "--no-staff-code", action="store_true", help="no one-time staff setup code in the file"
    )
    p.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="another value staff may give privacy.*, sync.folder or sync.url (repeatable)",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="the kiosk already has a token: issue a new one (the old one stops working)",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.set_defaults(handler=_kiosk_add)


def _kiosk_add(args: argparse.Namespace) -> int:
    """Everything is checked before the token is issued; if the file cannot be written then, the
    kiosk's previous token works again (with --replace) or the new one is revoked."""
    from kiosk.cli.keys import describe_written
    from kiosk.enrolment import (
        MAX_CA_BYTES,
        EnrolmentError,
        HttpSync,
        check_http,
        parse_allow,
        prepare_enrolment,
        url_problem,
        write_enrolment,
    )
    from kiosk.text import printable

    ca_pem = ""
    if args.ca_file is not None:
        try:
            ca_pem = args.ca_file.read_bytes()[: MAX_CA_BYTES + 1].decode("ascii")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not a PEM text file"
            raise _error(f"--ca-file {printable(args.ca_file)}: {reason}") from None
    problem = url_problem(args.url)
    if problem:
        raise _error(f"--url: {problem}")
    if args.out.exists() or args.out.is_symlink():
        raise _error(
            f"{printable(args.out)} already exists: enrolment files are never overwritten; "
            "choose another name"
        )
    try:  # everything that can be checked before a token exists
        check_http(args.url, ca_pem, "--url/--ca-file")
        prepared = prepare_enrolment(
            key_file=args.key,
            kiosk_id=args.kiosk_id,
            name=args.name,
            venue=args.venue,
            comune=args.comune,
            area=args.area,
            staff_code=not args.no_staff_code,
            allowed=parse_allow(args.allow),
        )
    except EnrolmentError as exc:
        raise _error(str(exc)) from None
    store = _store(args)
    try:
        existing = {k.id: k for k in store.kiosks()}.get(args.kiosk_id)
        if (
            existing is not None
            and existing.token_hash
            and existing.revoked_at is None
            and not args.replace
        ):
            raise _error(
                f"kiosk {args.kiosk_id} already has a token; to enrol it again pass --replace "
                "(its current token stops working)"
            )
        previous = _token_of(store, args.kiosk_id)
        token = store.new_token(args.kiosk_id)
        try:
            enrolment = prepared.with_sync(HttpSync(url=args.url, token=token, ca_pem=ca_pem))
            write_enrolment(args.out, enrolment)
        except BaseException as exc:
            undone = _token_back(store, args.kiosk_id, previous)  # nobody received the new one
            if isinstance(exc, EnrolmentError):
                raise _error(f"{exc} ({undone})") from None
            raise
        from central.office.kiosks_watch import describe_kiosk  # the kiosks page's names

        describe_kiosk(  # after the file: the token it holds stays valid whatever happens here
            store,
            args.kiosk_id,
            name=args.name,
            venue=args.venue,
            comune=args.comune,
            area=args.area,
        )
    finally:
        store.close()
    print(
        describe_written(
            args.out, enrolment.office_key_fingerprint, bool(enrolment.staff_code), token=True
        )
    )
    return 0


_TokenState = tuple[str | None, "dt.datetime | None", "dt.datetime | None"]


def _token_of(store: CentralStore, kiosk_id: str) -> _TokenState | None:
    """(token hash, created, revoked) of `kiosk_id`'s current token; None when it has none."""
    from central.models import Kiosk

    with store.sessions() as session:
        kiosk = session.get(Kiosk, kiosk_id)
        if kiosk is None or not kiosk.token_hash:
            return None
        return kiosk.token_hash, kiosk.token_created_at, kiosk.revoked_at


def _token_back(store: CentralStore, kiosk_id: str, previous: _TokenState | None) -> str:
    """Put `previous` back as the kiosk's token (None: revoke the new one); says which."""
    from central.models import Kiosk

    if previous is None:
        store.revoke_token(kiosk_id)
        return "the new token was revoked"
    with store.sessions.begin() as session:
        kiosk = session.get(Kiosk, kiosk_id)
        if kiosk is not None:
            kiosk.token_hash, kiosk.token_created_at, kiosk.revoked_at = previous
    return "the kiosk's previous token works again"


# -- pitstop central migrate | purge | backup | audit | kiosk rename ---------------------


def _register_users(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """pitstop central user add|remove|reset-password|list (central/office/commands.py)."""
    from central.office.commands import register_users

    register_users(actions)


def _register_operations(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The database's upkeep: migrations, retention, backups, the audit log, kiosk renames."""
    p = actions.add_parser(
        "migrate", help="bring the database to this version's schema (keeps every row)"
    )
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.add_argument(
        "--sql", action="store_true", help="print the SQL it would run instead of running it"
    )
    p.set_defaults(handler=_migrate)

    p = actions.add_parser(
        "purge", help="remove stored requests (all the criteria given must hold; audited)"
    )
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.add_argument(
        "--before",
        metavar="DATE",
        help="received before DATE (YYYY-MM-DD: midnight UTC; or an RFC 3339 time)",
    )
    p.add_argument("--kiosk", metavar="ID", help="delivered by kiosk ID or claiming it")
    p.add_argument(
        "--id",
        dest="ids",
        action="append",
        default=[],
        metavar="ID",
        help="this request (repeatable)",
    )
    p.add_argument(
        "--usage-before",
        metavar="DATE",
        help="instead: remove the kiosks' usage counts of days before DATE (YYYY-MM-DD)",
    )
    p.add_argument("--dry-run", action="store_true", help="only print what would be removed")
    p.set_defaults(handler=_purge)

    p = actions.add_parser("backup", help="copy the database while it runs (SQLite or pg_dump)")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="a new file")
    p.set_defaults(handler=_backup)

    p = actions.add_parser("audit", help="list the audit log, newest first")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.add_argument("--action", help="only this action, e.g. request.purge")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N (default 50)")
    p.set_defaults(handler=_audit)

    kiosk = actions.choices["kiosk"]
    kiosk_actions = next(a for a in kiosk._actions if isinstance(a, argparse._SubParsersAction))
    p = kiosk_actions.add_parser(
        "rename",
        help="OLD is now NEW: NEW's token may deliver requests sealed under OLD (audited)",
    )
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW", help="letters, digits, - and _, up to 64")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.set_defaults(handler=_kiosk_rename)


def _retention_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--retention-days",
        type=int,
        default=None,
        metavar="N",
        help="remove requests exported or closed more than N days ago, hourly "
        f"(default ${RETENTION_ENV}, else keep them)",
    )


RETENTION_ENV = "PITSTOP_CENTRAL_RETENTION_DAYS"


def _retention_days(args: argparse.Namespace) -> int | None:
    value: object = getattr(args, "retention_days", None)
    source = "--retention-days"
    if value is None and os.environ.get(RETENTION_ENV, "").strip():
        value, source = os.environ[RETENTION_ENV].strip(), f"${RETENTION_ENV}"
    if value is None:
        return None
    try:
        days = int(str(value))
    except ValueError:
        days = 0
    if days < 1:
        raise _error(f"{source} must be a whole number of days, 1 or more, not {value}")
    return days


def _start_retention(args: argparse.Namespace, url: str) -> None:
    """The retention job of `serve` (one per server, in the process that starts the workers),
    on its own connection; it stops with the process."""
    from central.retention import RetentionJob
    from central.store import CentralStore

    days = _retention_days(args)
    RetentionJob(CentralStore(url), days).start()
    if days is not None:
        print(f"Requests exported or closed more than {days} day(s) ago are removed hourly.")


def _start_kiosk_watch(args: argparse.Namespace, store: CentralStore) -> None:
    """serve's e-mail settings, and the kiosk watch that e-mails when a kiosk goes red or comes
    back (central/office/kiosks_watch.py); a wrong setting stops serve with one sentence."""
    from central.notify import MailError, apply_serve_options
    from central.office.kiosks_watch import start_watch

    try:
        from central.office.settings import apply_session_options

        apply_session_options(args)
        mail = apply_serve_options(args)
        start_watch(store.url)
    except (MailError, ValueError) as exc:
        store.close()
        raise _error(str(exc)) from None
    if mail is not None:
        print(f"E-mail to the office through {mail.host}:{mail.port} ({mail.security}).")


def _open_engine(args: argparse.Namespace) -> tuple[str, Engine]:
    from sqlalchemy.exc import ArgumentError

    from central.store import make_engine

    url = args.db or default_db_url()
    try:
        return url, make_engine(url)
    except ArgumentError:
        raise _error(f"'{url}' is not a database URL") from None


def _migrate(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from central.schema import migrate, migration_sql, shown_url

    url, engine = _open_engine(args)
    try:
        if args.sql:
            sys.stdout.write(migration_sql(engine, url) or "-- already at the newest revision\n")
            return 0
        before, after = migrate(engine)
    except OperationalError as exc:
        raise _error(f"cannot migrate the central database {shown_url(url)} ({exc.orig})") from None
    finally:
        engine.dispose()
    if before == after:
        print(f"The central database is already at revision {after}; nothing changed.")
    elif before is None:
        print(f"Created the central database at revision {after}.")
    else:
        shown = "made before migrations" if before == "legacy" else f"at revision {before}"
        print(f"The central database was {shown}; it is now at revision {after} (every row kept).")
    return 0


def _parse_before(value: str) -> dt.datetime:
    import datetime as dt

    text = value.strip()
    try:
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _error(
            f"--before {value!r} is not a date: give YYYY-MM-DD (midnight UTC) or a time with "
            "its offset, e.g. 2026-12-01T09:00:00+01:00"
        )
    return moment


def _purge(args: argparse.Namespace) -> int:
    from central.audit import cli_actor
    from central.retention import PurgeCriteria, purge
    from kiosk.text import printable

    if args.usage_before is not None:
        return _purge_usage(args)
    if args.before is None and args.kiosk is None and not args.ids:
        raise _error("purge needs --before DATE, --kiosk ID or --id ID (all given must hold)")
    criteria = PurgeCriteria(
        before=None if args.before is None else _parse_before(args.before),
        kiosk=args.kiosk,
        ids=tuple(args.ids),
    )
    store = _store(args)
    try:
        report = purge(store, criteria, actor=cli_actor(), dry_run=args.dry_run)
    finally:
        store.close()
    verb = "Would remove" if args.dry_run else "Removed"
    if not report.requests:
        print("No stored request matches; nothing removed.")
        return 0
    span = ""
    if report.oldest is not None and report.newest is not None:
        span = f", received {_when(report.oldest)} to {_when(report.newest)}"
    print(
        f"{verb} {report.requests} request(s) ({report.sealed_bytes} bytes sealed, "
        f"{report.conflicts} conflict record(s){span})."
    )
    for kiosk_id, count in sorted(report.by_kiosk.items()):
        print(f"  kiosk {printable(kiosk_id)}: {count}")
    if args.dry_run:
        print("Nothing was removed (--dry-run).")
    return 0


def _purge_usage(args: argparse.Namespace) -> int:
    """`purge --usage-before DATE`: the usage counts of days before DATE (central/usage.py)."""
    import datetime as dt

    from central.audit import cli_actor
    from central.usage import purge_usage

    if args.before is not None or args.kiosk is not None or args.ids:
        raise _error("--usage-before goes alone: purge requests and usage counts separately")
    try:
        before = dt.date.fromisoformat(args.usage_before.strip())
    except ValueError:
        raise _error(
            f"--usage-before {args.usage_before[:40]!r} is not a date: give YYYY-MM-DD"
        ) from None
    store = _store(args)
    try:
        rows = purge_usage(store, before, cli_actor(), dry_run=args.dry_run)
    finally:
        store.close()
    verb = "Would remove" if args.dry_run else "Removed"
    print(f"{verb} {rows} usage count(s) of days before {before.isoformat()}.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from central.backup import BackupError, backup
    from central.schema import shown_url
    from kiosk.text import printable

    url = args.db or default_db_url()  # any revision: back up before `migrate`, too
    try:
        result = backup(url, args.out)
    except BackupError as exc:
        raise _error(printable(str(exc), limit=500)) from None
    print(
        f"Backed up {shown_url(url)} to {printable(args.out)} ({result.size} bytes, "
        f"{'a SQLite file' if result.kind == 'sqlite' else 'pg_dump custom format'}); "
        "restore: docs/central-server.md, Backup and restore."
    )
    return 0


def _audit(args: argparse.Namespace) -> int:
    import datetime as dt
    import json

    from central.audit import audit_events
    from kiosk.text import printable

    if args.limit < 1:
        raise _error("--limit must be 1 or more")
    store = _store(args)
    try:
        events = audit_events(store, action=args.action, limit=args.limit)
    finally:
        store.close()
    if not events:
        print("The audit log is empty.")
        return 0
    print("when (UTC)\tactor\taction\tdetails")
    for event in events:
        details = json.dumps(event.details, ensure_ascii=False, sort_keys=True)
        cells = (
            event.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
            printable(event.actor),
            printable(event.action),
            printable(details, limit=500),
        )
        print("\t".join(cells))
    return 0


def _kiosk_rename(args: argparse.Namespace) -> int:
    from central.audit import cli_actor
    from central.store import CentralError
    from kiosk.text import printable
    from sync.protocol import Heartbeat, ProtocolError, convert

    try:
        convert(Heartbeat, {"kiosk_id": args.new, "sent_at": "2026-01-01T00:00:00Z"})
    except ProtocolError:
        raise _error(
            f"'{printable(args.new)}' is not a kiosk id (letters, digits, - and _, up to 64)"
        ) from None
    store = _store(args)
    try:
        result = store.rename_kiosk(args.old, args.new, cli_actor())
    except CentralError as exc:
        raise _error(printable(str(exc))) from None
    finally:
        store.close()
    print(
        f"Kiosk {printable(args.old)} is now {args.new}: its requests sealed as "
        f"{printable(args.old)} are accepted from {args.new}'s token."
    )
    if result.token_moved:
        print(f"{args.new} keeps the token {printable(args.old)} had.")
    if result.old_token_revoked:
        print(f"The token of {printable(args.old)} is revoked ({args.new} has its own).")
    return 0
