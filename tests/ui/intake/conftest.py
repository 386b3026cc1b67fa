"""The contact-request fixtures of the core tests, for the screens that collect a request."""

from tests.kiosk.intake.conftest import canary_request, make_request, private_key

__all__ = ["canary_request", "make_request", "private_key"]
