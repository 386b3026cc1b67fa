"""Fixtures for the contact-request tests: a key pair, a valid request, a canary."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from nacl.public import PrivateKey

from kiosk.intake.model import ContactRequest, parse_request
from tests.kiosk.intake.data import request_data

CANARY_NAME = "Zebulonia"
CANARY_PHONE_TYPED = "347 555 0199"
CANARY_PHONE_E164 = "+393475550199"
CANARY_EMAIL = "zebulonia.canary@example.org"
CANARIES = (CANARY_NAME, CANARY_PHONE_E164, "3475550199", CANARY_EMAIL, "zebulonia")


@pytest.fixture
def private_key() -> PrivateKey:
    return PrivateKey.generate()


@pytest.fixture
def make_request() -> Callable[..., ContactRequest]:
    def make(**overrides: Any) -> ContactRequest:
        return parse_request(request_data(**overrides))

    return make


@pytest.fixture
def canary_request() -> ContactRequest:
    return parse_request(
        request_data(first_name=CANARY_NAME, phone=CANARY_PHONE_TYPED, email=CANARY_EMAIL)
    )
