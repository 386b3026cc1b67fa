"""The office console's frame in a real browser (Debian's chromium through Playwright) against
a real `pitstop central serve`: sign in, lockout message, language, nav per role, sign out,
keyboard-only sign-in, labels; and the stylesheet's colour contrast (WCAG AA)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from central.office.render import TEMPLATES
from tests.central.office.conftest import PASSWORD, ROLE_USERS, OfficeServer

CSS = TEMPLATES.parent / "static" / "office.css"
TEXT_PAIRS = [  # (text, background) as used by office.css; AA: 4.5:1
    ("ink", "paper"),
    ("muted", "paper"),
    ("band-ink", "band"),
    ("accent", "paper"),
    ("accent-ink", "accent"),
    ("accent-ink", "accent-dark"),
    ("band", "paper"),
    ("error", "error-soft"),
    ("error", "paper"),
    ("notice", "notice-soft"),
    ("focus-ink", "focus"),
    ("ink", "soft"),
    ("accent", "soft"),
    ("band", "soft"),
    ("paper", "error"),
]
EDGE_PAIRS = [("muted", "paper"), ("focus", "band"), ("focus-ink", "paper")]  # 3:1


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_stylesheet_colours_have_enough_contrast() -> None:
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", CSS.read_text()))
    for fg, bg in TEXT_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 4.5, (fg, bg)
    for fg, bg in EDGE_PAIRS:
        assert contrast(colours[fg], colours[bg]) >= 3.0, (fg, bg)
    used = set(re.findall(r"var\(--([\w-]+)\)", CSS.read_text()))
    assert used <= set(colours), used - set(colours)


def test_sign_in_nav_language_and_sign_out(
    office_server: OfficeServer, page: Any, signed_in: Any
) -> None:
    signed_in(page, "administrator")
    nav = page.locator("nav ul.nav a").all_inner_texts()
    assert nav == ["Richieste", "Chioschi", "Catalogo", "Numeri", "Registro", "Utenti"]
    page.click("a[hreflang=en]")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Audit" in page.locator("nav ul.nav").inner_text()
    page.click("#sign-out")
    assert "/office/login" in page.url and "You have signed out" in page.content()
    page.goto(f"{office_server.url}/office/users")
    assert "/office/login" in page.url  # the session is gone
    assert page.console_errors == []


@pytest.mark.parametrize("role", ["viewer", "operator", "coordinator"])
def test_nav_shows_what_the_role_may_open(
    office_server: OfficeServer, page: Any, signed_in: Any, role: str
) -> None:
    signed_in(page, role)  # type: ignore[arg-type]
    nav = page.locator("nav ul.nav a").all_inner_texts()
    assert "Registro" not in nav and "Utenti" not in nav and "Chioschi" in nav
    assert ("Richieste" in nav) == (role != "viewer")
    assert ("Catalogo" in nav) == (role == "coordinator")
    page.goto(f"{office_server.url}/office/audit")
    assert "Il tuo ruolo non permette" in page.content()


def test_wrong_passwords_then_lock_message(office_server: OfficeServer, page: Any) -> None:
    name = office_server.add_user("viewer")
    # as if through the reverse proxy from another address: the address lock stays there
    page.set_extra_http_headers({"X-Forwarded-For": "198.51.100.7", "X-Forwarded-Proto": "https"})
    page.goto(f"{office_server.url}/office/login")
    for _ in range(5):
        page.fill("#name", name)
        page.fill("#password", "not-the-password")
        page.click("form[action='/office/login'] button")
    alert = page.locator("[role=alert]").inner_text()
    assert "bloccato fino alle" in alert
    assert page.locator("#name").input_value() == name  # the name is kept, the password not
    assert page.locator("#password").input_value() == ""


def test_keyboard_only_sign_in_and_labels(office_server: OfficeServer, page: Any) -> None:
    page.goto(f"{office_server.url}/office/login")
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), select')]
            .filter(e => !e.labels || e.labels.length === 0).map(e => e.name)"""
    )
    assert unlabelled == []
    assert page.evaluate("document.activeElement.id") == "name"  # autofocus
    page.keyboard.type(ROLE_USERS["coordinator"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "password"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/office/$"))
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"


def test_screenshots(office_server: OfficeServer, page: Any, signed_in: Any) -> None:
    """Pages as people see them, for review (written under /tmp/office-shots)."""
    out = Path("/tmp/office-shots")
    out.mkdir(exist_ok=True)
    page.goto(f"{office_server.url}/office/login")
    page.screenshot(path=str(out / "office-login.png"), full_page=True)
    signed_in(page, "administrator")
    for name in ("audit", "users"):
        page.goto(f"{office_server.url}/office/{name}")
        assert page.console_errors == [], name
        page.screenshot(path=str(out / f"office-{name}.png"), full_page=True)
