"""Office console accounts: add, change, remove, reset and check passwords, sessions and the
sign-in lock, on the central database (no HTTP here: `pitstop central user` uses it too).

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106's low-memory profile: a
check costs tens of milliseconds and 64 MiB, so web callers run it in a thread). A session is a
random 256-bit value in the browser's cookie; the database holds its sha256 only, so a copy of
the database cannot be used to sign in. Wrong passwords are counted per account name and per
client address, with the staff PIN's policy (kiosk/staff/pin.py): every 5 consecutive wrong
tries lock for 1 minute, then 2, 4, 8 …, an account at most `ACCOUNT_LOCK_CAP` (so a stranger
can delay its owner, never lock it for good), an address at most `ADDRESS_LOCK_CAP`. After 20
wrong tries at one account from one address, that address is locked out of that account until
an administrator runs `pitstop central user unlock` or `reset-password`. Every change is written
to the audit log in the same transaction. This cannot tell two people sharing one account (or
one address) apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from central.audit import record_audit
from central.models import OfficeLoginLock, OfficeSession, OfficeUser
from central.office.rules import MAX_PASSWORD, MIN_PASSWORD, ROLES, Role
from central.store import CentralStore
from central.timeutil import as_utc

TRIES_PER_LOCK: Final = 5
FIRST_LOCK_SECONDS: Final = 60.0
HARD_LOCK_FAILURES: Final = 20
ACCOUNT_LOCK_CAP: Final = dt.timedelta(hours=24)
ADDRESS_LOCK_CAP: Final = dt.timedelta(hours=1)
MAX_SCOPE: Final = 50
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,99}$")
_EMAIL = re.compile(r"^[^@\s<>\"'\x00-\x1f]{1,64}@[A-Za-z0-9.-]{1,189}\.[A-Za-z]{2,}$")
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A refused account change; `key` names the office message (central/office/i18n.py) and
    str() is the English sentence the command line prints."""

    def __init__(self, key: str, message: str, **fmt: object) -> None:
        super().__init__(message)
        self.key = key
        self.fmt = fmt


@dataclass(frozen=True)
class User:
    """A signed-in (or listed) account; never its password hash."""

    id: int
    name: str
    email: str
    role: Role
    comuni: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    must_change_password: bool = False

    @property
    def actor(self) -> str:
        """How the audit log names this user."""
        return f"office:{self.name}"


@dataclass(frozen=True)
class SignIn:
    """The outcome of `sign_in`: a `session` cookie value, or why not."""

    user: User | None = None
    session: str | None = None
    locked_until: dt.datetime | None = None
    hard_locked: bool = False
    address_locked: bool = False
    tries_left: int = TRIES_PER_LOCK


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _user(row: OfficeUser) -> User:
    role: Role = row.role if row.role in ROLES else "viewer"
    return User(
        id=row.id,
        name=row.name,
        email=row.email,
        role=role,
        comuni=tuple(row.comuni or ()),
        areas=tuple(row.areas or ()),
        must_change_password=bool(row.must_change_password),
    )


def user_of(row: OfficeUser) -> User:
    """The `User` of a stored account row (its role read as "viewer" when unknown)."""
    return _user(row)


def normal_name(name: str) -> str:
    """`name` as stored: stripped and lowercased; AccountError unless 2-100 of a-z 0-9 . - _."""
    cleaned = name.strip().lower()
    if not _NAME.match(cleaned):
        raise AccountError(
            "error.bad_name",
            "the user name needs 2 to 100 characters among letters, digits, dot, hyphen and "
            "underscore, starting with a letter or digit",
        )
    return cleaned


def check_email(email: str) -> str:
    cleaned = email.strip()
    if len(cleaned) > 254 or not _EMAIL.match(cleaned):
        raise AccountError(
            "error.bad_email", f"--email {cleaned[:60]!r} is not an address like name@example.org"
        )
    return cleaned


def check_role(role: str) -> Role:
    if role not in ROLES:
        raise AccountError(
            "error.bad_role",
            f"--role must be one of {', '.join(ROLES)}, not {role[:30]!r}",
            roles=", ".join(ROLES),
        )
    return role


def check_scope(values: Sequence[str]) -> list[str]:
    """Comuni or areas: stripped, without blanks and repeats; AccountError when too many/long."""
    cleaned: list[str] = []
    for value in values:
        text = value.strip()
        if not text or text in cleaned:
            continue
        if len(text) > 100 or any(ord(ch) < 32 for ch in text):
            raise AccountError(
                "error.bad_scope", "a comune or area name needs 1 to 100 printable characters"
            )
        cleaned.append(text)
    if len(cleaned) > MAX_SCOPE:
        raise AccountError("error.bad_scope", f"at most {MAX_SCOPE} comuni or areas per user")
    return cleaned


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            "password.short",
            f"the password needs at least {MIN_PASSWORD} characters",
            min=MIN_PASSWORD,
        )
    if len(password) > MAX_PASSWORD:
        raise AccountError(
            "password.long",
            f"the password may have at most {MAX_PASSWORD} characters",
            max=MAX_PASSWORD,
        )
    return password


def one_time_password() -> str:
    """A new random password (16 characters, about 96 bits)."""
    return secrets.token_urlsafe(12)


def _admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(OfficeUser).where(OfficeUser.role == "administrator")
        )
        or 0
    )


def _find(session: Session, name: str) -> OfficeUser:
    row = session.scalar(select(OfficeUser).where(OfficeUser.name == name.strip().lower()))
    if row is None:
        raise AccountError(
            "users.not_found",
            f"there is no office user {name.strip()[:100]!r} (pitstop central user list shows them)",
        )
    return row


def add_user(
    store: CentralStore,
    name: str,
    email: str,
    role: str,
    password: str,
    *,
    actor: str,
    comuni: Sequence[str] = (),
    areas: Sequence[str] = (),
    one_time: bool = True,
) -> User:
    """Add an account; `one_time` makes the first sign-in ask for a new password."""
    name = normal_name(name)
    email = check_email(email)
    checked_role = check_role(role)
    scope_comuni, scope_areas = check_scope(comuni), check_scope(areas)
    password_hash = _hasher.hash(check_password(password))
    with store.writing() as session:
        if session.scalar(select(OfficeUser.id).where(OfficeUser.name == name)) is not None:
            raise AccountError(
                "error.name_taken",
                f"an office user named {name} exists already: choose another name",
                name=name,
            )
        row = OfficeUser(
            name=name,
            email=email,
            role=checked_role,
            comuni=scope_comuni,
            areas=scope_areas,
            password_hash=password_hash,
            must_change_password=one_time,
            created_at=_now(),
        )
        session.add(row)
        session.flush()
        record_audit(
            session,
            actor,
            "user.add",
            user=name,
            role=checked_role,
            comuni=scope_comuni,
            areas=scope_areas,
        )
        return _user(row)


def update_user(
    store: CentralStore,
    name: str,
    *,
    actor: str,
    role: str | None = None,
    email: str | None = None,
    comuni: Sequence[str] | None = None,
    areas: Sequence[str] | None = None,
    by: User | None = None,
) -> User:
    """Change an account's role, e-mail or scope; the last administrator stays one, and `by`
    (the user making the change) cannot take away their own administrator role."""
    with store.writing() as session:
        row = _find(session, name)
        changed: dict[str, object] = {}
        if role is not None and role != row.role:
            new_role = check_role(role)
            if row.role == "administrator":
                if by is not None and by.id == row.id:
                    raise AccountError(
                        "users.self", "you cannot take away your own administrator role"
                    )
                if _admins(session) <= 1:
                    raise AccountError("users.last_admin", "at least one administrator must remain")
            changed["role"] = new_role
            row.role = new_role
        if email is not None and email.strip() != row.email:
            row.email = check_email(email)
            changed["email"] = "changed"
        if comuni is not None and list(comuni) != list(row.comuni or []):
            row.comuni = check_scope(comuni)
            changed["comuni"] = row.comuni
        if areas is not None and list(areas) != list(row.areas or []):
            row.areas = check_scope(areas)
            changed["areas"] = row.areas
        if changed:
            record_audit(session, actor, "user.update", user=row.name, **changed)
        return _user(row)


def remove_user(store: CentralStore, name: str, *, actor: str, by: User | None = None) -> None:
    """Remove an account and its sessions (it is signed out everywhere at once)."""
    with store.writing() as session:
        row = _find(session, name)
        if by is not None and by.id == row.id:
            raise AccountError("users.self", "you cannot remove yourself")
        if row.role == "administrator" and _admins(session) <= 1:
            raise AccountError("users.last_admin", "at least one administrator must remain")
        session.execute(delete(OfficeSession).where(OfficeSession.user_id == row.id))
        _clear_locks(session, row.name)
        session.delete(row)
        record_audit(session, actor, "user.remove", user=row.name, role=row.role)


def reset_password(
    store: CentralStore, name: str, password: str, *, actor: str, one_time: bool = True
) -> User:
    """Give an account a new password (one-time unless `one_time` is False), sign it out
    everywhere and lift its sign-in lock."""
    password_hash = _hasher.hash(check_password(password))
    with store.writing() as session:
        row = _find(session, name)
        row.password_hash = password_hash
        row.must_change_password = one_time
        session.execute(delete(OfficeSession).where(OfficeSession.user_id == row.id))
        _clear_locks(session, row.name)
        record_audit(session, actor, "user.reset_password", user=row.name)
        return _user(row)


def change_own_password(
    store: CentralStore, user: User, old_session: str, new_password: str
) -> str:
    """Set `user`'s own new password (not the one it has now); every other session of theirs
    ends, and a new session replaces `old_session` (its value is returned)."""
    check_password(new_password)
    with store.sessions() as session:
        current = session.scalar(select(OfficeUser.password_hash).where(OfficeUser.id == user.id))
    if current is not None and _matches(current, new_password):
        raise AccountError("password.same", "choose a password other than the one you were given")
    password_hash = _hasher.hash(new_password)
    value = secrets.token_urlsafe(32)
    now = _now()
    with store.writing() as session:
        row = session.get(OfficeUser, user.id)
        if row is None:
            raise AccountError("users.not_found", "this user no longer exists")
        row.password_hash = password_hash
        row.must_change_password = False
        session.execute(delete(OfficeSession).where(OfficeSession.user_id == row.id))
        session.add(
            OfficeSession(id_hash=_digest(value), user_id=row.id, created_at=now, seen_at=now)
        )
        record_audit(session, user.actor, "user.password_change", user=row.name)
    del old_session
    return value


def users(store: CentralStore) -> list[User]:
    """Every account, by name."""
    with store.sessions() as session:
        return [_user(row) for row in session.scalars(select(OfficeUser).order_by(OfficeUser.name))]


def _matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def _pair_prefix(name: str) -> str:
    return f"pair:{_digest(name)[:32]}:"


def _lock_keys(name: str, address: str) -> tuple[str, str, str]:
    """The account's, the address's and the (account, address) pair's lock keys."""
    cleaned = name.strip().lower()[:100]
    return (
        f"account:{cleaned}",
        f"address:{address[:100]}",
        _pair_prefix(cleaned) + _digest(address)[:32],
    )


def _locked_rows(session: Session, keys: Sequence[str], now: dt.datetime) -> list[OfficeLoginLock]:
    """The lock rows of `keys` (made when missing), locked for this transaction: the INSERT takes
    SQLite's write lock at once, and PostgreSQL's rows are read FOR UPDATE, so two sign-ins
    never read the same count."""
    ordered = sorted(keys)
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgres_insert
    session.execute(
        insert(OfficeLoginLock)
        .values(
            [
                {"key": key, "failures": 0, "locks": 0, "hard_locked": False, "updated_at": now}
                for key in ordered
            ]
        )
        .on_conflict_do_nothing(index_elements=["key"])
    )
    found = {
        row.key: row
        for row in session.scalars(
            select(OfficeLoginLock)
            .where(OfficeLoginLock.key.in_(ordered))
            .order_by(OfficeLoginLock.key)
            .with_for_update()
        )
    }
    return [found[key] for key in keys]


def lock_seconds(lock_number: int) -> float:
    """How long the `lock_number`-th lock lasts (1 minute, then twice as long each time)."""
    return FIRST_LOCK_SECONDS * float(2 ** (min(lock_number, 30) - 1))


def _blocked(row: OfficeLoginLock | None, now: dt.datetime) -> dt.datetime | None:
    if row is None or row.locked_until is None:
        return None
    until = as_utc(row.locked_until)
    return until if until > now else None


def _reserve(session: Session, name: str, address: str, now: dt.datetime) -> tuple[bool, SignIn]:
    """Count this try as a wrong one before its password is checked (a right one clears the
    counts): (False, why it is refused unchecked), or (True, what a wrong password gets)."""
    account, by_address, pair = _locked_rows(session, _lock_keys(name, address), now)
    if pair.hard_locked:
        return False, SignIn(hard_locked=True, tries_left=0)
    until = _blocked(account, now)
    if until is not None:
        return False, SignIn(locked_until=until, tries_left=0)
    until = _blocked(by_address, now)
    if until is not None:
        return False, SignIn(locked_until=until, address_locked=True, tries_left=0)
    for row in (account, by_address, pair):
        row.failures += 1
        row.updated_at = now
    result = SignIn(tries_left=TRIES_PER_LOCK - account.failures % TRIES_PER_LOCK)
    for row, cap in ((by_address, ADDRESS_LOCK_CAP), (account, ACCOUNT_LOCK_CAP)):
        if row.failures % TRIES_PER_LOCK == 0:
            row.locks += 1
            row.locked_until = now + min(dt.timedelta(seconds=lock_seconds(row.locks)), cap)
            result = SignIn(
                locked_until=row.locked_until, address_locked=row is by_address, tries_left=0
            )
    if pair.failures >= HARD_LOCK_FAILURES:
        pair.hard_locked = True
        result = SignIn(hard_locked=True, tries_left=0)
    return True, result


def sign_in(
    store: CentralStore, name: str, password: str, address: str, now: dt.datetime | None = None
) -> SignIn:
    """Check `name` and `password` from `address`: a new session, or why not. Every try is
    counted before its password is checked, in one locked transaction, so however many arrive
    at once at most TRIES_PER_LOCK passwords are checked per lock window; while locked, the
    password is not even checked. Wrong tries are audited."""
    now = now or _now()
    with store.writing() as session:
        counted, pending = _reserve(session, name, address, now)
        row = session.scalar(select(OfficeUser).where(OfficeUser.name == name.strip().lower()))
    if not counted:
        return pending
    ok = _matches(row.password_hash if row is not None else _DUMMY_HASH, password) and (
        row is not None
    )
    with store.writing() as session:
        if ok and row is not None:
            value = secrets.token_urlsafe(32)
            session.add(
                OfficeSession(id_hash=_digest(value), user_id=row.id, created_at=now, seen_at=now)
            )
            session.execute(
                delete(OfficeLoginLock).where(OfficeLoginLock.key.in_(_lock_keys(name, address)))
            )
            record_audit(session, f"office:{row.name}", "office.sign_in", address=address)
            return SignIn(user=_user(row), session=value)
        record_audit(
            session,
            f"office:{row.name}" if row is not None else "office:unknown",
            "office.sign_in_failed",
            address=address,
            known_account=row is not None,
            locked=pending.locked_until is not None or pending.hard_locked,
        )
        return pending


def unlock(store: CentralStore, name: str, *, actor: str) -> User:
    """Lift every sign-in lock of account `name` (from every address), keeping its password."""
    with store.writing() as session:
        row = _find(session, name)
        _clear_locks(session, row.name)
        record_audit(session, actor, "user.unlock", user=row.name)
        return _user(row)


def _clear_locks(session: Session, name: str) -> None:
    session.execute(
        delete(OfficeLoginLock).where(
            (OfficeLoginLock.key == f"account:{name}")
            | OfficeLoginLock.key.startswith(_pair_prefix(name), autoescape=True)
        )
    )


def session_user(
    store: CentralStore,
    value: str,
    *,
    idle: dt.timedelta,
    absolute: dt.timedelta,
    now: dt.datetime | None = None,
) -> User | None:
    """The user of the session cookie `value`, or None (unknown, idle too long or too old: an
    expired session is deleted). Its last use is refreshed at most once a minute."""
    if not value or len(value) > 200:
        return None
    now = now or _now()
    digest = _digest(value)
    with store.sessions() as session:
        found = session.execute(
            select(OfficeSession, OfficeUser)
            .join(OfficeUser, OfficeUser.id == OfficeSession.user_id)
            .where(OfficeSession.id_hash == digest)
        ).first()
    if found is None:
        return None
    row, user_row = found
    seen, created = as_utc(row.seen_at), as_utc(row.created_at)
    if now - seen > idle or now - created > absolute:
        end_session(store, value)
        return None
    if now - seen > dt.timedelta(minutes=1):
        with store.writing() as session:
            live = session.get(OfficeSession, digest)
            if live is not None:
                live.seen_at = now
    return _user(user_row)


def end_session(store: CentralStore, value: str, *, actor: str | None = None) -> None:
    """Forget the session `value` (sign-out); audited when `actor` is given."""
    with store.writing() as session:
        session.execute(delete(OfficeSession).where(OfficeSession.id_hash == _digest(value)))
        if actor is not None:
            record_audit(session, actor, "office.sign_out")
