"""Text never sits under a control it does not belong to (issue 16, Seeing): the welcome screen's
name ran under the Pause and Aa buttons at 1280×800 in Arabic with large text. The welcome screen
is checked in all eight languages at 1920×1080, 1080×1920 and 1280×800, with and without large
text, with the bundled name and with a long one staff may set (theme.name, up to 80 characters);
every visitor page in it/en/ar at 1280×800 with large text.

What it cannot see: glyphs are compared by line box (QQuickText.boundingRect), not one by one; a
text over a picture or a plain rectangle is not reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

from kiosk.settings import ThemeSection
from tests.ui.conftest import demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import (
    exists,
    find,
    layout_problems,
    overlapping_controls,
    text_rect,
    text_under_controls,
    wait_until,
    walk_shown,
)
from ui.app import KioskApp
from ui.commands import SNAPSHOT_PAGES
from ui.features import default_features
from ui.snapshot import settle, show_page

pytestmark = pytest.mark.timeout(300)
LANGUAGES = ["it", "en", "ro", "sq", "ar", "uk", "es", "fr"]
LONG_NAME = "Rete delle Famiglie dell'Alto Milanese e del Legnanese"
SIZES = [(1280, 800), (1920, 1080), (1080, 1920)]


def _wait_for_the_welcome_page(kiosk: KioskApp) -> None:
    """On a loaded machine the first page takes more than a fixed 0.3 s (it failed once so)."""
    wait_until(lambda: exists(kiosk.window, "attract"), timeout=15)
    settle(0.3)


def _brand_problems(kiosk: KioskApp) -> list[str]:
    """The name is whole on the page and its lines fit its box (Text.Fit shrank it enough)."""
    page = find(kiosk.window, "attract")
    name = kiosk.theme.property("name")
    brands = [
        i for i, _ in walk_shown(page) if i.inherits("QQuickText") and i.property("text") == name
    ]
    assert len(brands) == 1, f"{len(brands)} texts say {name!r}"
    brand = brands[0]
    glyphs, box = text_rect(brand), page.mapRectToScene(page.boundingRect())
    found = []
    if not box.contains(glyphs):
        found.append(f"the name {glyphs.getRect()} is not inside the page {box.getRect()}")
    if brand.property("truncated"):
        found.append("the name is cut short")
    inside = brand.mapRectToScene(brand.boundingRect())
    if glyphs.height() > brand.height() + 1:
        found.append(
            f"the name's lines {inside.getRect()} are taller than its box {brand.height()}"
        )
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_welcome_name_never_meets_the_corner_buttons(
    qapp: object,
    demo_home: Path,  # noqa: F811
    size: tuple[int, int],
) -> None:
    kiosk = KioskApp(demo_home, lang="it", size=size, features=default_features(start_sync=False))
    report: list[str] = []
    try:
        _wait_for_the_welcome_page(kiosk)
        for name in ("", LONG_NAME):
            kiosk.theme.apply(ThemeSection(name=name) if name else ThemeSection())
            for large in (False, True):
                kiosk.session.setLargeText(large)
                for lang in LANGUAGES:
                    kiosk.session.setLanguage(lang)
                    settle(0.15)
                    where = f"{lang} large={large} name={name or 'bundled'}"
                    problems = text_under_controls(kiosk.window)
                    problems += layout_problems(kiosk.window) + overlapping_controls(kiosk.window)
                    problems += _brand_problems(kiosk)
                    report += [f"{where}: {p}" for p in problems]
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
    assert not report, "\n".join(report)


def test_the_check_sees_a_text_under_a_button(
    qapp: object,
    demo_home: Path,  # noqa: F811
) -> None:
    """The check itself: a text laid over the Aa button is reported, the button's own words and
    a text beside it are not."""
    kiosk = KioskApp(
        demo_home, lang="ar", size=(1280, 800), features=default_features(start_sync=False)
    )
    try:
        _wait_for_the_welcome_page(kiosk)
        assert text_under_controls(kiosk.window) == []
        page, toggle = find(kiosk.window, "attract"), find(kiosk.window, "a11y.largeText")
        component = QQmlComponent(kiosk.engine)
        component.setData(b"import QtQuick\nText { text: 'Over it'; font.pixelSize: 30 }", QUrl())
        text = component.create()
        assert isinstance(text, QQuickItem), component.errorString()
        text.setParentItem(page)
        spot = page.mapFromScene(toggle.mapToScene(toggle.boundingRect().center()))
        text.setPosition(spot)
        settle(0.05)
        found = text_under_controls(kiosk.window)
        assert any("a11y.largeText" in p for p in found), found
        assert all("'Over it'" in p for p in found), found  # not the button's own "Aa"
        text.setY(page.height() / 2)  # beside nothing
        settle(0.05)
        assert text_under_controls(kiosk.window) == []
        text.setVisible(False)
        text.deleteLater()
    finally:
        kiosk.close()


def _pages_at_1280(home: Path, pages: list[str]) -> list[str]:
    """What text_under_controls finds on `pages`, once each page's transition is over."""
    report: list[str] = []
    for lang in ("it", "en", "ar"):
        kiosk = KioskApp(
            home, lang=lang, size=(1280, 800), features=default_features(start_sync=False)
        )
        try:
            _wait_for_the_welcome_page(kiosk)
            kiosk.session.setLargeText(True)
            for page in pages:
                show_page(kiosk, page)
                settle(0.5)
                stack = find(kiosk.window, "stack")
                wait_until(lambda: not stack.property("busy"))  # noqa: B023  (called at once)
                report += [f"{lang} {page}: {p}" for p in text_under_controls(kiosk.window)]
            assert kiosk.qml_warnings == []
        finally:
            kiosk.close()
    return report


def test_no_visitor_page_has_text_under_a_control(
    qapp: object,
    demo_home: Path,  # noqa: F811
) -> None:
    """Every visitor page at 1280×800 with large text in it/en/ar (the results: below)."""
    pages = [p for p in SNAPSHOT_PAGES if not p.startswith("staff") and p != "results"]
    report = _pages_at_1280(demo_home, pages)
    assert not report, "\n".join(report)


def test_result_cards_keep_their_text_inside(
    qapp: object,
    demo_home: Path,  # noqa: F811
) -> None:
    report = _pages_at_1280(demo_home, ["results"])
    assert not report, "\n".join(report)


def test_pitstop_snapshot_large_text(tmp_path: Path) -> None:
    """`pitstop snapshot --large-text`, as staff run it: the same screen, the words larger."""
    from PIL import Image

    from tests.e2e.test_ui_commands import pitstop

    home, shots = tmp_path / "home", {}
    for large in (False, True):
        out = tmp_path / f"attract-{large}.png"
        args = ["snapshot", "--page", "attract", "--size", "1280x800", "--out", str(out)]
        result = pitstop(home, *args, *(["--large-text"] if large else []))
        assert result.returncode == 0, result.stderr
        shots[large] = Image.open(out).convert("RGB")
    assert shots[True].size == shots[False].size == (1280, 800)
    assert shots[True].tobytes() != shots[False].tobytes()
