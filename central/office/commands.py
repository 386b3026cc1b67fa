"""`pitstop central user add|remove|reset-password|unlock|list`: office console accounts from the
command line (registered by central/commands.py). Passwords are never taken as arguments (they
would stay in the shell's history and the process list): a one-time password is printed, or
`--ask` reads one from the terminal (or stdin when it is not a terminal). The accounts module
(SQLAlchemy, argon2) loads when a command runs: every `pitstop` command builds this parser,
`pitstop run` included."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from central.office.rules import MIN_PASSWORD, ROLES

if TYPE_CHECKING:
    from central.office.accounts import AccountError

    Actions = argparse._SubParsersAction[argparse.ArgumentParser]


def register_users(actions: Actions) -> None:
    user = actions.add_parser("user", help="office console accounts (add, remove, reset, list)")
    user_actions = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")

    p = user_actions.add_parser(
        "add", help="add an account; prints a one-time password (or --ask for one)"
    )
    p.add_argument("name", metavar="NAME", help="sign-in name: letters, digits, . - _")
    p.add_argument("--email", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument(
        "--comune", action="append", default=[], metavar="X", help="limit to this comune (again)"
    )
    p.add_argument(
        "--area", action="append", default=[], metavar="Y", help="limit to this area (again)"
    )
    _ask_option(p)
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.set_defaults(handler=_add)

    p = user_actions.add_parser("remove", help="remove an account (signed out at once)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.set_defaults(handler=_remove)

    p = user_actions.add_parser(
        "reset-password",
        help="a new one-time password (or --ask); signs the account out and lifts its lock",
    )
    p.add_argument("name", metavar="NAME")
    _ask_option(p)
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.set_defaults(handler=_reset)

    p = user_actions.add_parser(
        "unlock", help="lift the account's sign-in locks (every address), keeping its password"
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.set_defaults(handler=_unlock)

    p = user_actions.add_parser("list", help="list the accounts")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (as above)")
    p.set_defaults(handler=_list)


def _ask_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ask",
        action="store_true",
        help="type the password yourself (for your own account: it is not one-time)",
    )


def _password(args: argparse.Namespace) -> tuple[str, bool]:
    """(password, one_time): typed twice with --ask, else a printed one-time password."""
    from central.commands import _error
    from central.office import accounts

    if not args.ask:
        return accounts.one_time_password(), True
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password (at least {MIN_PASSWORD} characters): ")
        second = getpass.getpass("The same password again: ")
        if first != second:
            raise _error("the two passwords differ: nothing was changed, run the command again")
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    return first, False


def _account_error(exc: AccountError) -> Exception:
    from central.commands import _error

    return _error(str(exc))


def _add(args: argparse.Namespace) -> int:
    from central.audit import cli_actor
    from central.commands import _store
    from central.office import accounts

    password, one_time = _password(args)
    store = _store(args)
    try:
        added = accounts.add_user(
            store,
            args.name,
            args.email,
            args.role,
            password,
            actor=cli_actor(),
            comuni=args.comune,
            areas=args.area,
            one_time=one_time,
        )
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        store.close()
    print(f"Added {added.name} ({added.role}).")
    if one_time:
        print(f"One-time password: {password}")
        print("Give it in person or by phone; the first sign-in asks for a new one.")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from central.audit import cli_actor
    from central.commands import _store
    from central.office import accounts

    store = _store(args)
    try:
        accounts.remove_user(store, args.name, actor=cli_actor())
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        store.close()
    print(f"Removed {args.name.strip().lower()}; its sessions ended.")
    return 0


def _reset(args: argparse.Namespace) -> int:
    from central.audit import cli_actor
    from central.commands import _store
    from central.office import accounts

    password, one_time = _password(args)
    store = _store(args)
    try:
        user = accounts.reset_password(
            store, args.name, password, actor=cli_actor(), one_time=one_time
        )
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        store.close()
    print(f"New password for {user.name}; its sessions ended and its sign-in lock is lifted.")
    if one_time:
        print(f"One-time password: {password}")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from central.audit import cli_actor
    from central.commands import _store
    from central.office import accounts

    store = _store(args)
    try:
        user = accounts.unlock(store, args.name, actor=cli_actor())
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        store.close()
    print(f"The sign-in locks of {user.name} are lifted; its password is unchanged.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from central.commands import _store
    from central.office import accounts
    from kiosk.text import printable

    store = _store(args)
    try:
        found = accounts.users(store)
    finally:
        store.close()
    if not found:
        print("No office users yet: pitstop central user add NAME --email E --role administrator")
        return 0
    print("name\trole\te-mail\tcomuni\tareas")
    for user in found:
        cells = (
            user.name,
            user.role,
            user.email,
            ", ".join(user.comuni) or "all",
            ", ".join(user.areas) or "all",
        )
        print("\t".join(printable(cell) for cell in cells))
    return 0
