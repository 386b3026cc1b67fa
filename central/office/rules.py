"""The account rules the command line states before it opens any database: roles and password
lengths (central/office/accounts.py enforces them; `pitstop run` builds the whole command line, so
this module must stay free of SQLAlchemy and argon2)."""

from __future__ import annotations

from typing import Final, Literal, get_args

Role = Literal["administrator", "coordinator", "operator", "viewer"]
ROLES: Final[tuple[Role, ...]] = get_args(Role)
MIN_PASSWORD: Final = 10
MAX_PASSWORD: Final = 200
