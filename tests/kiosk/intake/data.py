"""Test data for contact requests (no pytest import: the crash subprocess uses it too)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any


def request_data(**overrides: Any) -> dict[str, Any]:
    """The answers of a complete, valid form (override any field)."""
    now = dt.datetime.now(dt.UTC)
    data: dict[str, Any] = {
        "id": uuid.uuid4(),
        "kiosk_id": "kiosk-test",
        "created_at": now,
        "needs": ["closure_care", "homework"],
        "children_ages": [9, 4],
        "comune": "legnano",
        "periods": ["natale-2026"],
        "weekdays": ["MO", "WE"],
        "first_name": "Giulia",
        "phone": "+39 347 123 4567",
        "email": None,
        "time_slot": "afternoon",
        "language": "it",
        "notice_version": "2026-11",
        "notice_shown_at": now - dt.timedelta(minutes=2),
        "consent_notice": True,
    }
    data.update(overrides)
    return data
