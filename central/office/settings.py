"""The office console's settings and the per-app context its pages reach through the request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from starlette.requests import Request

from central.store import CentralStore


@dataclass(frozen=True)
class OfficeSettings:
    """How long a sign-in lasts: `idle` without a page being opened, `absolute` at most.
    `loopback_http` lets a browser on this machine sign in over plain http (tests, a first
    look before the reverse proxy is set up); any other plain-http sign-in is refused."""

    idle: dt.timedelta = dt.timedelta(minutes=30)
    absolute: dt.timedelta = dt.timedelta(hours=12)
    loopback_http: bool = True
    extra: dict[str, object] = field(default_factory=dict)
    """Settings of other office pages (SMTP and such), by name, until they get fields here."""


@dataclass(frozen=True)
class Office:
    store: CentralStore
    settings: OfficeSettings


def office(request: Request) -> Office:
    """The store and settings of the office console serving `request`."""
    found = getattr(request.state, "office", None)
    if not isinstance(found, Office):
        raise RuntimeError("the office console's router did not bind its context")
    return found


def binder(context: Office) -> Callable[[Request], Awaitable[None]]:
    """The first dependency of every office route: puts `context` on the request."""

    async def bind(request: Request) -> None:
        request.state.office = context

    return bind
