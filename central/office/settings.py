"""The office console's settings and the per-app context its pages reach through the request."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass, field

from starlette.requests import Request

from central.office.options import HOURS_ENV, IDLE_ENV
from central.store import CentralStore
from kiosk.text import printable


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


def _number(env: Mapping[str, str], name: str, low: int, high: int, what: str) -> int | None:
    text = env.get(name, "").strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ValueError(f"${name} must be {what} ({low} to {high}), not {printable(text)!r}")
    return value


def office_settings_from_env(env: Mapping[str, str] | None = None) -> OfficeSettings:
    """OfficeSettings with the session times of `serve --session-idle/--session-hours`
    ($PITSTOP_CENTRAL_SESSION_IDLE_MINUTES, 1 to 720, default 30;
    $PITSTOP_CENTRAL_SESSION_HOURS, 1 to 72, default 12); ValueError names a wrong one."""
    env = os.environ if env is None else env
    default = OfficeSettings()
    idle = _number(env, IDLE_ENV, 1, 720, "the minutes a sign-in lasts without a page opened")
    hours = _number(env, HOURS_ENV, 1, 72, "the hours a sign-in lasts at most")
    settings = OfficeSettings(
        idle=default.idle if idle is None else dt.timedelta(minutes=idle),
        absolute=default.absolute if hours is None else dt.timedelta(hours=hours),
    )
    if settings.idle > settings.absolute:
        raise ValueError(
            f"${IDLE_ENV} ({settings.idle}) must be shorter than ${HOURS_ENV} "
            f"({settings.absolute}): a sign-in cannot stay idle longer than it lasts"
        )
    return settings


def apply_session_options(
    args: argparse.Namespace, env: MutableMapping[str, str] | None = None
) -> OfficeSettings:
    """Write `serve`'s session options into the environment (every worker reads them there)
    and check them: ValueError in one sentence when they cannot work."""
    env = os.environ if env is None else env
    for name, value in (
        (IDLE_ENV, getattr(args, "session_idle", None)),
        (HOURS_ENV, getattr(args, "session_hours", None)),
    ):
        if value is not None:
            env[name] = str(value)
    return office_settings_from_env(env)
