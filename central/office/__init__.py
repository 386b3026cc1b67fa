"""The office console (issue 14): server-rendered pages under /office for coordinators.

`office_router(store, settings)` is what `central.app.create_app` mounts. Each page module has
its own `router = page_router()` (central/office/routing.py: security headers, CSRF, error
pages) and is listed in `PAGE_MODULES`; the 404 page comes last. Shared pieces: `auth`
(`current_user`, `require`), `render` (`render`, `check_csrf`), `i18n` (`t`, `LANGUAGES`).
The console never holds the office's private key: requests are opened in the browser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from fastapi import APIRouter

    from central.office.settings import OfficeSettings
    from central.store import CentralStore

__all__ = ["PAGE_MODULES", "OfficeSettings", "office_router"]

PAGE_MODULES: Final[tuple[str, ...]] = (
    "central.office.pages",
    "central.office.admin",
    "central.office.requests",
    "central.office.kiosks",
    "central.office.catalogue",
    "central.office.figures",
)
"""Modules with a `router` of office pages (add yours here: one line)."""


def office_router(store: CentralStore, settings: OfficeSettings | None = None) -> APIRouter:
    """Every office page, bound to `store` and `settings`."""
    from fastapi import APIRouter, Depends

    from central.office.pages import add_catch_all
    from central.office.routing import csrf_guard
    from central.office.settings import Office, binder, office_settings_from_env

    context = Office(store, settings or office_settings_from_env())

    root = APIRouter(dependencies=[Depends(binder(context)), Depends(csrf_guard)])
    for name in PAGE_MODULES:
        root.include_router(importlib.import_module(name).router)
    add_catch_all(root)
    return root


def __getattr__(name: str) -> object:
    """`central.office.OfficeSettings`, imported on first use: importing this package (as the
    command line does) must not load starlette."""
    if name == "OfficeSettings":
        from central.office.settings import OfficeSettings

        return OfficeSettings
    raise AttributeError(name)
