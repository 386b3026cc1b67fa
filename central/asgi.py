"""The app factory uvicorn's workers import (`central.asgi:create_app_from_env`): every setting
comes from the environment, which `pitstop central serve --workers N` fills before it starts them.

PITSTOP_CENTRAL_DB (the database URL; else the data folder's SQLite file), PITSTOP_CENTRAL_RATE,
_BURST, _DAILY_REQUESTS, _DAILY_BYTES (`central.limits`), PITSTOP_CENTRAL_DOCS=1 (/docs),
PITSTOP_CENTRAL_METRICS_TOKEN (/metrics). A worker that cannot open the database exits, and
uvicorn's supervisor starts it again: `serve` checks the database once before any worker starts.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from central.app import create_app
from central.limits import api_limits, limits_from_env

DOCS_ENV = "PITSTOP_CENTRAL_DOCS"
METRICS_TOKEN_ENV = "PITSTOP_CENTRAL_METRICS_TOKEN"
DB_ENV = "PITSTOP_CENTRAL_DB"


def create_app_from_env() -> FastAPI:
    """The API as `pitstop central serve` configured it through the environment."""
    from central.commands import default_db_url

    return create_app(
        os.environ.get(DB_ENV, "").strip() or default_db_url(),
        limits=api_limits(limits_from_env()),
        docs=os.environ.get(DOCS_ENV) == "1",
        metrics_token=os.environ.get(METRICS_TOKEN_ENV, "").strip() or None,
    )
