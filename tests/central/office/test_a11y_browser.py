"""Accessibility of every office page in Debian's chromium, signed in as an administrator, in
Italian and English: the page's `lang`, every input labelled, every button and link named, the
keyboard focus visible on every stop, and Tab reaching the page's main action. Screenshots of
every page in both languages are saved for review. (Colour contrast is checked on the CSS by
tests/central/office/test_auth_browser.py.)"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.central.office.conftest import OfficeServer
from tests.central.office.test_inbox_browser import unlabelled_controls

SCREENS = Path(os.environ.get("PITSTOP_SCREENSHOTS", "/tmp/office-a11y-shots"))
PAGES: dict[str, str] = {
    "/office/": "main a, main button",
    "/office/requests": "#filters button[type=submit]",
    "/office/kiosks": "skip",
    "/office/catalogue": "main input[type=file]",
    "/office/figures": "skip",
    "/office/audit": "main button[type=submit], main select",
    "/office/users": "main button[type=submit]",
}
"""Each page and a selector of its main action (the first matching element must get the focus
by Tab; "skip": a page that only shows, whose content the skip link must reach)."""
MAX_TABS = 60

_UNNAMED_LINKS = """() => [...document.querySelectorAll('a[href]')]
    .filter((a) => a.offsetParent !== null)
    .filter((a) => !a.textContent.trim() && !a.getAttribute('aria-label')
                   && !a.querySelector('img[alt]:not([alt=""])'))
    .map((a) => a.outerHTML.slice(0, 120))"""

_FOCUS_SHOWN = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    return ring || shadow ? '' : el.outerHTML.slice(0, 120);
}"""

_IS_TARGET = """(selector) => {
    const el = document.activeElement;
    if (!el) return false;
    return [...document.querySelectorAll(selector)].includes(el);
}"""


@pytest.mark.parametrize("page_locale", ["it-IT", "en-GB"])
def test_every_office_page_for_keyboards_and_screen_readers(
    office_server: OfficeServer, page: Any, signed_in: Any, page_locale: str
) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    lang = page_locale[:2]
    signed_in(page, "administrator")
    problems: list[str] = []
    for path, target in PAGES.items():
        answer = page.goto(f"{office_server.url}{path}")
        assert answer is not None
        if answer.status == 404 and path == "/office/figures":
            continue  # the figures page is not on main yet
        assert answer.status == 200, (path, answer.status)
        page.wait_for_load_state("networkidle")
        name = path.strip("/").replace("/", "-") or "office-home"
        page.screenshot(path=str(SCREENS / f"{name}-{lang}.png"), full_page=True)
        if page.get_attribute("html", "lang") != lang:
            problems.append(f"{path}: <html lang> is {page.get_attribute('html', 'lang')!r}")
        problems += [f"{path}: unlabelled {c}" for c in unlabelled_controls(page)]
        problems += [f"{path}: unnamed link {a}" for a in page.evaluate(_UNNAMED_LINKS)]
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        if target == "skip":
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            landed = page.evaluate("() => document.activeElement.closest('main') !== null")
            if not landed:
                problems.append(f"{path}: the first Tab and Enter do not reach the content")
            continue
        reached = False
        for _ in range(MAX_TABS):
            page.keyboard.press("Tab")
            hidden = page.evaluate(_FOCUS_SHOWN)
            if hidden and hidden != "body":
                problems.append(f"{path}: focus not visible on {hidden}")
                break
            if page.evaluate(_IS_TARGET, target):
                reached = True
                break
        if not reached:
            problems.append(f"{path}: Tab never reaches {target!r} in {MAX_TABS} presses")
    assert problems == [], "\n".join(problems)
    assert page.console_errors == []
