"""The requests inbox on the central database: metadata, follow-up, activity feed, sealed notes
and the office key's public half and wrapped copy (no HTTP here; central/office/requests.py
serves it).

The server knows of a request only what arrived in clear (id, kiosk, times) and what the office
did with it (status, who took it, attempts, outcome, notes sealed in a browser). Its comune is
the delivering kiosk's comune as the office registered it (the comune a parent chose is inside
the sealed request: the browser shows it once opened). An operator limited to some comuni or
areas sees and changes only requests from kiosks there; a kiosk with no comune on record is
outside every limit. Every change is one transaction with its activity line and audit event.
This cannot tell whether a note's sealed bytes really hold a note: only their size is checked.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from nacl.public import PublicKey
from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from central.audit import record_audit
from central.models import (
    Kiosk,
    OfficeKeyCopy,
    OfficeUser,
    RequestEvent,
    RequestFollowUp,
    StoredRequest,
)
from central.office.accounts import User, user_of
from central.store import CentralStore
from central.timeutil import as_utc
from kiosk.intake.reference import reference_for
from kiosk.privacy.keys import key_fingerprint

STATUSES: Final = ("new", "taken", "contacted", "unreachable", "closed")
OPEN_STATUSES: Final = ("new", "taken", "contacted", "unreachable")
OUTCOMES: Final = ("meeting", "referred", "not_needed", "other")
ACTIONS: Final = ("take", "contacted", "unreachable", "close", "reopen", "assign")
STAFF_ROLES: Final = ("administrator", "coordinator", "operator")
"""Roles that open the inbox (a viewer sees figures and kiosks only)."""
MANAGERS: Final = ("administrator", "coordinator")
"""Roles that assign requests to others and reopen closed ones."""
PAGE_SIZE: Final = 100
EXPORT_MAX: Final = 5000
"""Most requests one export (or one fetch of sealed requests) carries."""
SEAL_OVERHEAD: Final = 48
"""Bytes a libsodium sealed box adds (ephemeral public key + MAC)."""
PAD_TO: Final = 256
NOTE_MAX_SEALED: Final = SEAL_OVERHEAD + 16 * PAD_TO
"""A note is at most 2,000 characters: sealed and padded, never more than this."""
WRAP_ALG: Final = "argon2id13+xsalsa20poly1305"
WRAP_MIN_OPS: Final = 2
WRAP_MIN_MEM: Final = 64 * 1024 * 1024
"""The weakest Argon2id limits accepted for the wrapped key (libsodium's "interactive")."""
WRAP_MAX_MEM: Final = 1024 * 1024 * 1024


class FollowUpError(ValueError):
    """A refused change: `key` names the office message (requests_i18n.py); str() in English."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


class NotVisible(LookupError):
    """No such request, or not one this account may see (the same answer for both)."""


@dataclass(frozen=True)
class Filters:
    """What the inbox shows: `status` is one of STATUSES, "open" (all but closed) or "all";
    `assigned` is "", "me", "none" or an account name."""

    status: str = "open"
    comune: str = ""
    kiosk: str = ""
    assigned: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    page: int = 1

    def query(self) -> dict[str, str]:
        """The filters as query parameters (defaults left out)."""
        values = {
            "status": self.status if self.status != "open" else "",
            "comune": self.comune,
            "kiosk": self.kiosk,
            "assigned": self.assigned,
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "page": str(self.page) if self.page > 1 else "",
        }
        return {name: value for name, value in values.items() if value}


def parse_filters(params: Mapping[str, str]) -> tuple[Filters, list[tuple[str, str]]]:
    """Filters from query parameters, and (message key, the value refused) for each bad one
    (a bad value is left out, never guessed)."""
    errors: list[tuple[str, str]] = []

    def text(name: str, limit: int = 100) -> str:
        value = params.get(name, "").strip()
        if len(value) > limit:
            errors.append((f"filter.bad_{name}", value[:40]))
            return ""
        return value

    status = text("status") or "open"
    if status not in (*STATUSES, "open", "all"):
        errors.append(("filter.bad_status", status))
        status = "open"

    def day(name: str) -> dt.date | None:
        value = text(name, 10)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            errors.append((f"filter.bad_{name}", value))
            return None

    since, until = day("since"), day("until")
    page = 1
    raw_page = text("page", 6)
    if raw_page:
        if raw_page.isdigit() and int(raw_page) >= 1:
            page = int(raw_page)
        else:
            errors.append(("filter.bad_page", raw_page))
    filters = Filters(status, text("comune"), text("kiosk"), text("assigned"), since, until, page)
    return filters, errors


@dataclass(frozen=True)
class InboxRow:
    id: str
    reference: str
    kiosk_id: str
    """The kiosk that delivered it."""
    claimed_kiosk_id: str
    """The kiosk id sealed inside (the browser checks the opened request against it)."""
    comune: str
    """The delivering kiosk's comune id ("" when the office never recorded one)."""
    received_at: dt.datetime
    created_at: dt.datetime
    status: str
    status_at: dt.datetime | None
    assigned_to: str
    taken_by: str
    attempts: int
    outcome: str
    days_waiting: int
    """Whole days since it arrived (0 for a closed request: it waits no more)."""


@dataclass(frozen=True)
class InboxPage:
    rows: list[InboxRow]
    total: int
    """Requests matching the filters (all pages)."""
    not_handled: int
    """Requests in this account's scope still "new", whatever the filters."""
    pages: int


@dataclass(frozen=True)
class Event:
    id: int
    at: dt.datetime
    actor: str
    action: str
    detail: str
    sealed: bytes | None = None


@dataclass(frozen=True)
class Detail:
    row: InboxRow
    sealed: bytes
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class KeyCopy:
    public_key: str
    fingerprint: str
    wrapped: dict[str, Any] | None
    set_by: str
    set_at: dt.datetime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def kiosk_column(name: str) -> Any:
    """The kiosk table's column `name` ("comune", "area", "name"), or None while the kiosks'
    migration that adds it is not there (then every kiosk's value is unknown)."""
    return Kiosk.__table__.c.get(name)


def _kiosk_value(name: str) -> ColumnElement[Any]:
    column = kiosk_column(name)
    if column is None:
        return func.coalesce(None, "")
    return func.coalesce(column, "")


def may_open_inbox(user: User) -> bool:
    return user.role in STAFF_ROLES


def _scope(user: User) -> ColumnElement[bool] | None:
    """The condition on the delivering kiosk for `user` (None: everything)."""
    if user.role in MANAGERS or not (user.comuni or user.areas):
        return None
    comune, area = kiosk_column("comune"), kiosk_column("area")
    wanted: list[ColumnElement[bool]] = []
    if user.comuni and comune is not None:
        wanted.append(func.lower(comune).in_([c.lower() for c in user.comuni]))
    if user.areas and area is not None:
        wanted.append(func.lower(area).in_([a.lower() for a in user.areas]))
    return or_(*wanted) if wanted else or_(False)


def _base(user: User) -> Select[Any]:
    assigned = OfficeUser.__table__.alias("assigned")
    taken = OfficeUser.__table__.alias("taken")
    query = (
        select(
            StoredRequest.id,
            StoredRequest.kiosk_id,
            StoredRequest.claimed_kiosk_id,
            StoredRequest.received_at,
            StoredRequest.created_at,
            StoredRequest.status,
            StoredRequest.status_at,
            _kiosk_value("comune").label("comune"),
            func.coalesce(assigned.c.name, "").label("assigned_name"),
            func.coalesce(taken.c.name, "").label("taken_name"),
            func.coalesce(RequestFollowUp.attempts, 0).label("attempts"),
            func.coalesce(RequestFollowUp.outcome, "").label("outcome"),
        )
        .join(Kiosk, Kiosk.id == StoredRequest.kiosk_id)
        .outerjoin(RequestFollowUp, RequestFollowUp.request_id == StoredRequest.id)
        .outerjoin(assigned, assigned.c.id == RequestFollowUp.assigned_to)
        .outerjoin(taken, taken.c.id == RequestFollowUp.taken_by)
    )
    scope = _scope(user)
    return query if scope is None else query.where(scope)


def _filtered(user: User, filters: Filters) -> Select[Any]:
    query = _base(user)
    if filters.status == "open":
        query = query.where(StoredRequest.status.in_(OPEN_STATUSES))
    elif filters.status != "all":
        query = query.where(StoredRequest.status == filters.status)
    if filters.comune:
        column = kiosk_column("comune")
        query = query.where(
            or_(False) if column is None else func.lower(column) == filters.comune.lower()
        )
    if filters.kiosk:
        query = query.where(StoredRequest.kiosk_id == filters.kiosk)
    if filters.assigned == "me":
        query = query.where(RequestFollowUp.assigned_to == user.id)
    elif filters.assigned == "none":
        query = query.where(RequestFollowUp.assigned_to.is_(None))
    elif filters.assigned:
        assigned = query.selected_columns.assigned_name
        query = query.where(assigned == filters.assigned.lower())
    start = _day_start(filters.since)
    if start is not None:
        query = query.where(StoredRequest.received_at >= start)
    end = _day_start(filters.until + dt.timedelta(days=1) if filters.until else None)
    if end is not None:
        query = query.where(StoredRequest.received_at < end)
    return query


def _day_start(day: dt.date | None) -> dt.datetime | None:
    """Midnight of `day` in Italy, in UTC (the office thinks in local days)."""
    if day is None:
        return None
    from zoneinfo import ZoneInfo

    return dt.datetime.combine(day, dt.time(), ZoneInfo("Europe/Rome")).astimezone(dt.UTC)


def _row(record: Any, now: dt.datetime) -> InboxRow:
    received = as_utc(record.received_at)
    status = str(record.status)
    waiting = 0 if status == "closed" else max(0, (now - received).days)
    try:
        reference = reference_for(uuid.UUID(record.id))
    except ValueError:
        reference = str(record.id)[:8]
    return InboxRow(
        id=record.id,
        reference=reference,
        kiosk_id=record.kiosk_id,
        claimed_kiosk_id=record.claimed_kiosk_id or record.kiosk_id,
        comune=str(record.comune or ""),
        received_at=received,
        created_at=as_utc(record.created_at),
        status=status,
        status_at=as_utc(record.status_at) if record.status_at else None,
        assigned_to=str(record.assigned_name),
        taken_by=str(record.taken_name),
        attempts=int(record.attempts),
        outcome=str(record.outcome),
        days_waiting=waiting,
    )


def inbox(store: CentralStore, user: User, filters: Filters) -> InboxPage:
    """One page of the inbox for `user` (oldest waiting first), with the counts."""
    query = _filtered(user, filters)
    now = _now()
    with store.sessions() as session:
        total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(filters.page, pages)
        records = session.execute(
            query.order_by(StoredRequest.received_at, StoredRequest.id)
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE)
        ).all()
        new = _base(user).where(StoredRequest.status == "new")
        not_handled = int(session.scalar(select(func.count()).select_from(new.subquery())) or 0)
    return InboxPage([_row(r, now) for r in records], total, not_handled, pages)


def sealed_requests(
    store: CentralStore, user: User, filters: Filters, *, everything: bool = False
) -> list[tuple[InboxRow, bytes]]:
    """The requests of `filters`' page (or of every page, at most EXPORT_MAX, when
    `everything`) with their sealed bytes, for the browser to open."""
    query = _filtered(user, filters).add_columns(StoredRequest.sealed)
    query = query.order_by(StoredRequest.received_at, StoredRequest.id)
    if everything:
        query = query.limit(EXPORT_MAX)
    else:
        query = query.limit(PAGE_SIZE).offset((max(1, filters.page) - 1) * PAGE_SIZE)
    now = _now()
    with store.sessions() as session:
        return [(_row(r, now), bytes(r.sealed)) for r in session.execute(query).all()]


def _visible(session: Session, user: User, request_id: str) -> Any:
    record = session.execute(
        _base(user).add_columns(StoredRequest.sealed).where(StoredRequest.id == request_id)
    ).first()
    if record is None:
        raise NotVisible(request_id)
    return record


def detail(store: CentralStore, user: User, request_id: str) -> Detail:
    """One request with its activity feed (oldest first); NotVisible when out of reach."""
    with store.sessions() as session:
        record = _visible(session, user, request_id)
        events = [
            Event(e.id, as_utc(e.at), e.actor, e.action, e.detail, e.sealed)
            for e in session.scalars(
                select(RequestEvent)
                .where(RequestEvent.request_id == request_id)
                .order_by(RequestEvent.at, RequestEvent.id)
            )
        ]
    return Detail(_row(record, _now()), bytes(record.sealed), events)


def assignees(store: CentralStore) -> list[str]:
    """Names of the accounts a request may be assigned to."""
    with store.sessions() as session:
        return list(
            session.scalars(
                select(OfficeUser.name)
                .where(OfficeUser.role.in_(STAFF_ROLES))
                .order_by(OfficeUser.name)
            )
        )


def kiosk_choices(store: CentralStore, user: User) -> tuple[list[str], list[str]]:
    """(kiosk ids, comune ids) that requests in `user`'s scope came from, sorted."""
    query = _base(user).with_only_columns(StoredRequest.kiosk_id, _kiosk_value("comune")).distinct()
    with store.sessions() as session:
        pairs = session.execute(query).all()
    return sorted({p[0] for p in pairs}), sorted({str(p[1]) for p in pairs if p[1]})


def _follow_up(session: Session, request_id: str, now: dt.datetime) -> RequestFollowUp:
    row = session.get(RequestFollowUp, request_id)
    if row is None:
        row = RequestFollowUp(request_id=request_id, attempts=0, outcome="", updated_at=now)
        session.add(row)
    return row


def _assignee_id(session: Session, name: str, request_id: str) -> int:
    """The id of the account `name` if it can take requests and open this one (its comuni or
    areas include the request's kiosk); FollowUpError otherwise."""
    found = session.scalar(
        select(OfficeUser).where(
            OfficeUser.name == name.strip().lower(), OfficeUser.role.in_(STAFF_ROLES)
        )
    )
    if found is None:
        raise FollowUpError(
            "followup.no_assignee", f"there is no account '{name[:40]}' that can take requests"
        )
    try:
        _visible(session, user_of(found), request_id)
    except NotVisible:
        raise FollowUpError(
            "followup.out_of_scope",
            f"{found.name} cannot open this request (it is outside their comuni or areas): "
            "widen their comuni on the Users page or assign it to someone else",
        ) from None
    return found.id


def act(
    store: CentralStore,
    user: User,
    request_id: str,
    action: str,
    *,
    outcome: str = "",
    assignee: str = "",
) -> str:
    """Carry out `action` (ACTIONS) on a request in `user`'s reach; the new status.

    FollowUpError (nothing changed) when the step does not fit the request's status or the
    account's role; NotVisible when the request is out of reach."""
    if action not in ACTIONS:
        raise FollowUpError("followup.bad_action", f"'{action[:40]}' is not a follow-up step")
    if action in {"assign", "reopen"} and user.role not in MANAGERS:
        raise FollowUpError(
            "followup.managers_only", "only a coordinator or an administrator may do that"
        )
    if action == "close" and outcome not in OUTCOMES:
        raise FollowUpError("followup.bad_outcome", "choose how the request ended")
    now = _now()
    with store.writing() as session:
        record = _visible(session, user, request_id)
        request = session.get(StoredRequest, request_id)
        assert request is not None
        follow = _follow_up(session, request_id, now)
        before = request.status
        status, detail_text = before, ""
        if action == "take":
            if before == "closed":
                raise FollowUpError("followup.closed", "the request is closed: reopen it first")
            follow.taken_by = follow.assigned_to = user.id
            status = "taken" if before == "new" else before
        elif action == "assign":
            if before == "closed":
                raise FollowUpError("followup.closed", "the request is closed: reopen it first")
            target = _assignee_id(session, assignee, request_id)
            follow.assigned_to = target
            if before == "new":
                follow.taken_by = target
                status = "taken"
            detail_text = assignee.strip().lower()
        elif action in {"contacted", "unreachable"}:
            if before not in {"taken", "contacted", "unreachable"}:
                raise FollowUpError(
                    "followup.take_first",
                    "take the request first" if before == "new" else "the request is closed",
                )
            status = action
            if action == "unreachable":
                follow.attempts += 1
                detail_text = str(follow.attempts)
        elif action == "close":
            if before == "closed":
                raise FollowUpError("followup.closed", "the request is closed already")
            status, follow.outcome, detail_text = "closed", outcome, outcome
        else:  # reopen
            if before != "closed":
                raise FollowUpError("followup.not_closed", "only a closed request is reopened")
            status, follow.outcome = "taken", ""
            if follow.taken_by is None:
                follow.taken_by = follow.assigned_to = user.id
        follow.updated_at = now
        if status != before:
            request.status, request.status_at = status, now
        session.add(
            RequestEvent(
                request_id=request_id, at=now, actor=user.name, action=action, detail=detail_text
            )
        )
        record_audit(
            session,
            user.actor,
            "request.status" if action != "assign" else "request.assign",
            request=record.id,
            step=action,
            before=before,
            after=status,
            **({"outcome": outcome} if action == "close" else {}),
        )
    return status


def check_sealed_note(sealed: bytes) -> None:
    """Refuse bytes that cannot be a note sealed by the office's page (FollowUpError)."""
    size = len(sealed) - SEAL_OVERHEAD
    if size <= 0 or size % PAD_TO or len(sealed) > NOTE_MAX_SEALED:
        raise FollowUpError("note.not_sealed", "the note did not arrive sealed: nothing was stored")


def add_note(store: CentralStore, user: User, request_id: str, sealed: bytes) -> None:
    """Store a note sealed in the browser (its text never reaches the server)."""
    check_sealed_note(sealed)
    with store.writing() as session:
        record = _visible(session, user, request_id)
        session.add(
            RequestEvent(
                request_id=record.id,
                at=_now(),
                actor=user.name,
                action="note",
                detail="",
                sealed=sealed,
            )
        )
        record_audit(session, user.actor, "request.note", request=record.id)


def key_copy(store: CentralStore) -> KeyCopy | None:
    with store.sessions() as session:
        row = session.get(OfficeKeyCopy, 1)
        if row is None:
            return None
        return KeyCopy(
            row.public_key,
            row.fingerprint,
            dict(row.wrapped) if row.wrapped else None,
            row.set_by,
            as_utc(row.set_at),
        )


def _b64(value: Any, name: str, size: int | None = None, limit: int = 256) -> bytes:
    if not isinstance(value, str) or len(value) > limit * 2:
        raise FollowUpError("key.bad_upload", f"{name} is missing or too long")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise FollowUpError("key.bad_upload", f"{name} is not base64") from None
    if size is not None and len(raw) != size:
        raise FollowUpError("key.bad_upload", f"{name} has {len(raw)} bytes instead of {size}")
    return raw


def check_wrapped(body: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(public key, fingerprint, wrapped blob) of an upload, checked; FollowUpError if bad.

    The server cannot check that the blob opens: it checks its shape, the Argon2id limits (no
    weaker than libsodium's interactive ones) and that the fingerprint is the public key's."""
    if body.get("alg") != WRAP_ALG:
        raise FollowUpError("key.bad_upload", f"alg must be {WRAP_ALG}")
    public = PublicKey(_b64(body.get("public_key"), "public_key", 32))
    fingerprint = key_fingerprint(public)
    if body.get("fingerprint") != fingerprint:
        raise FollowUpError("key.bad_upload", "the fingerprint is not the public key's")
    ops, mem = body.get("opslimit"), body.get("memlimit")
    if not isinstance(ops, int) or not isinstance(mem, int) or isinstance(ops, bool):
        raise FollowUpError("key.bad_upload", "opslimit and memlimit must be whole numbers")
    if ops < WRAP_MIN_OPS or not WRAP_MIN_MEM <= mem <= WRAP_MAX_MEM or ops > 20:
        raise FollowUpError("key.weak", "the passphrase's Argon2id limits are too weak")
    _b64(body.get("salt"), "salt", 16)
    _b64(body.get("nonce"), "nonce", 24)
    _b64(body.get("box"), "box", 32 + 16)
    wrapped = {name: body[name] for name in ("alg", "salt", "opslimit", "memlimit", "nonce", "box")}
    return str(body["public_key"]), fingerprint, wrapped


def set_key_copy(store: CentralStore, user: User, body: Mapping[str, Any]) -> KeyCopy:
    """Keep the office's public key and its wrapped private key (an administrator's upload).

    A copy of another key (another fingerprint) replaces the kept one only when the upload says
    `"replace": true`: requests sealed for the old key would no longer open with a passphrase."""
    public, fingerprint, wrapped = check_wrapped(body)
    now = _now()
    with store.writing() as session:
        row = session.get(OfficeKeyCopy, 1)
        if row is not None and row.fingerprint != fingerprint and body.get("replace") is not True:
            raise FollowUpError(
                "key.other_key",
                f"the server keeps a copy of key {row.fingerprint}; this is {fingerprint}",
            )
        if row is None:
            row = OfficeKeyCopy(id=1)
            session.add(row)
        row.public_key, row.fingerprint, row.wrapped = public, fingerprint, wrapped
        row.set_by, row.set_at = user.name, now
        record_audit(session, user.actor, "office_key.wrapped_copy", fingerprint=fingerprint)
    return KeyCopy(public, fingerprint, wrapped, user.name, now)


def record_unlock(store: CentralStore, user: User, how: str, fingerprint: str) -> None:
    """Audit an unlock in a browser (the key itself never comes here)."""
    with store.writing() as session:
        record_audit(
            session,
            user.actor,
            "office_key.unlock",
            how="passphrase" if how == "passphrase" else "file",
            fingerprint=fingerprint[:24],
        )


def record_export(store: CentralStore, user: User, ids: Sequence[str], fmt: str) -> int:
    """Mark `ids` (those in `user`'s reach) exported by the browser, audited; how many."""
    wanted = [i for i in ids if isinstance(i, str)][:EXPORT_MAX]
    with store.sessions() as session:
        reach = _base(user).with_only_columns(StoredRequest.id).where(StoredRequest.id.in_(wanted))
        visible = [str(i) for i in session.scalars(reach)] if wanted else []
    fmt = fmt if fmt in {"csv", "xlsx"} else "csv"
    store.mark_exported(visible, user.actor, f"browser ({fmt})")
    return len(visible)


def received_since(
    store: CentralStore, since: dt.datetime, until: dt.datetime | None = None
) -> dict[str, int]:
    """Requests received after `since` (and up to `until`, when given) by the delivering
    kiosk's comune ("" unknown)."""
    comune = _kiosk_value("comune")
    window = [StoredRequest.received_at > since]
    if until is not None:
        window.append(StoredRequest.received_at <= until)
    with store.sessions() as session:
        rows = session.execute(
            select(comune, func.count())
            .select_from(StoredRequest)
            .join(Kiosk, Kiosk.id == StoredRequest.kiosk_id)
            .where(and_(*window))
            .group_by(comune)
        ).all()
    return {str(r[0] or ""): int(r[1]) for r in rows}
