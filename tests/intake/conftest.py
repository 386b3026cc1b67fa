"""Fixtures for the contact-request tests: a key pair, a valid request, a canary."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from nacl.public import PrivateKey

from kiosk.intake.model import ContactRequest

CANARY_NAME = "Zebulonia"
CANARY_PHONE_TYPED = "347 555 0199"
CANARY_PHONE_E164 = "+393475550199"
CANARY_EMAIL = "zebulonia.canary@example.org"
CANARIES = (CANARY_NAME, CANARY_PHONE_E164, "3475550199", CANARY_EMAIL, "zebulonia")


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


@pytest.fixture
def private_key() -> PrivateKey:
    return PrivateKey.generate()


@pytest.fixture
def make_request() -> Callable[..., ContactRequest]:
    def make(**overrides: Any) -> ContactRequest:
        return ContactRequest.model_validate(request_data(**overrides))

    return make


@pytest.fixture
def canary_request() -> ContactRequest:
    return ContactRequest.model_validate(
        request_data(first_name=CANARY_NAME, phone=CANARY_PHONE_TYPED, email=CANARY_EMAIL)
    )
