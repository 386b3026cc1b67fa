"""The office console's frame, quickly: sign-in and the page frame (more in test_auth*.py)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.central.office.conftest import ROLE_USERS, OfficeServer, login


def test_sign_in_in_process(office_client: httpx.Client) -> None:
    assert office_client.get("/office/").status_code == 303
    answer = login(office_client, ROLE_USERS["administrator"])
    assert answer.status_code == 303 and answer.headers["location"] == "/office/"
    assert office_client.get("/office/audit").status_code in {200, 404}


def test_sign_in_in_a_real_browser(office_server: OfficeServer, page: Any, signed_in: Any) -> None:
    signed_in(page, "administrator")
    assert page.locator("#sign-out").is_visible()
    assert page.console_errors == []
