"""The top bar in portrait (1080×1920), where Back, Home, Listen, "Aa" and the language share
1080 px: in every language, with and without large text, on each page with a bar, no two of its
controls overlap, each is at least 64 px and named, and the page title is shown whole (wrapped,
smaller down to the 20 px floor) rather than cut short; in landscape the buttons keep their words.

What it cannot see: an offering name too long for three lines at 20 px is still elided (on
purpose); the title's words are checked by Qt's own `truncated`, not by looking at glyphs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem

from tests.ui.conftest import demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import find, interactive, overlapping_controls, walk_shown
from ui.app import KioskApp
from ui.features import default_features
from ui.snapshot import settle, show_page

pytestmark = pytest.mark.timeout(240)
PAGES = ["home", "results", "detail", "intake", "intake-contact"]
LANGUAGES = ["it", "en", "ro", "sq", "ar", "uk", "es", "fr"]


@pytest.fixture
def portrait(qapp: object, demo_home: Path) -> Iterator[KioskApp]:  # noqa: F811
    kiosk = KioskApp(
        demo_home, lang="it", size=(1080, 1920), features=default_features(start_sync=False)
    )
    try:
        settle(0.3)
        yield kiosk
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()


def _bar(kiosk: KioskApp) -> QQuickItem:
    title = find(kiosk.window, "topbar.title")
    bar = title.parentItem()
    assert bar is not None
    return bar


def _problems(kiosk: KioskApp, where: str) -> list[str]:
    found = [f"{where}: {p}" for p in overlapping_controls(kiosk.window) if "TopBar" in p]
    title = find(kiosk.window, "topbar.title")
    text = str(title.property("text"))
    if title.property("truncated"):
        found.append(f"{where}: title cut short {text!r} in {round(title.width())} px")
    for item, path in walk_shown(_bar(kiosk)):
        if interactive(item) and (item.width() < 64 or item.height() < 64):
            found.append(f"{where}: {path} is {round(item.width())}×{round(item.height())} px")
    return found


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_portrait_top_bar_fits_every_language(portrait: KioskApp, large: bool) -> None:
    report: list[str] = []
    for lang in LANGUAGES:
        portrait.session.setLanguage(lang)
        for page in PAGES:
            portrait.session.setLargeText(large)
            show_page(portrait, page)
            settle(0.4)
            report += _problems(portrait, f"{lang} {page}")
    assert not report, "\n".join(report)


def test_portrait_buttons_show_icons_named_by_their_words(portrait: KioskApp) -> None:
    show_page(portrait, "detail")
    settle(0.4)
    for name, words in (("nav.back", "Indietro"), ("nav.home", "Inizio"), ("speech.toggle", "")):
        button = find(portrait.window, name)
        assert button.property("iconOnly") is True, name
        assert str(button.property("text")), f"{name} lost the words assistive technology reads"
        if words:
            assert button.property("text") == words
    title = find(portrait.window, "topbar.title")
    assert title.width() >= 300, f"the title has only {title.width()} px"


def test_landscape_buttons_keep_their_words(qapp: object, demo_home: Path) -> None:  # noqa: F811
    kiosk = KioskApp(
        demo_home, lang="it", size=(1920, 1080), features=default_features(start_sync=False)
    )
    try:
        settle(0.3)
        show_page(kiosk, "detail")
        settle(0.4)
        for name in ("nav.back", "nav.home", "speech.toggle"):
            assert find(kiosk.window, name).property("iconOnly") is False, name
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
