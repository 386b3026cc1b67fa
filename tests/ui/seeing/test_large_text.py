"""Large text (Session.largeText, Ui.textScale 1.3) on every page `pitstop snapshot` renders, at
1920×1080 and 1080×1920: nothing shown outside its parent, no two interactive items of the
window overlapping (siblings or not: the top bar's "Listen" ran under "Aa" in portrait); and at
1280×800 (without large text) no shown text under 20 px (WCAG 1.4.4, issue 16 item 6; the ≥ 64 px
targets are tests/ui/a11y/test_tree.py's).

What it cannot see: glyphs drawn past their own box, an elided word (…) that still fits its box,
items a parent clips on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont

from tests.ui.conftest import demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import (
    layout_problems,
    overlapping_controls,
    text_under_controls,
    walk_shown,
)
from ui.app import KioskApp
from ui.commands import SNAPSHOT_PAGES
from ui.features import default_features
from ui.snapshot import settle, show_page

pytestmark = pytest.mark.timeout(240)
VISITOR_PAGES = [p for p in SNAPSHOT_PAGES if not p.startswith("staff")]
STAFF_PAGES = [p for p in SNAPSHOT_PAGES if p.startswith("staff")]
MIN_TEXT_PX = 20


class Kiosks:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.made: list[KioskApp] = []

    def make(self, size: tuple[int, int], lang: str = "it") -> KioskApp:
        kiosk = KioskApp(
            self.home, lang=lang, size=size, features=default_features(start_sync=False)
        )
        self.made.append(kiosk)
        settle(0.3)
        return kiosk


@pytest.fixture
def kiosks(qapp: object, demo_home: Path) -> Iterator[Kiosks]:  # noqa: F811
    made = Kiosks(demo_home)
    try:
        yield made
        for kiosk in made.made:
            assert kiosk.qml_warnings == []
    finally:
        for kiosk in made.made:
            kiosk.close()


def _show(kiosk: KioskApp, page: str, *, large: bool) -> None:
    kiosk.session.setLargeText(large)
    show_page(kiosk, page)
    settle(0.6)
    assert bool(kiosk.session.property("largeText")) == large, f"{page} lost large text"


SIZES = [(1920, 1080), (1080, 1920)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_visitor_page_survives_large_text(kiosks: Kiosks, size: tuple[int, int]) -> None:
    report: list[str] = []
    kiosk = kiosks.make(size)
    for page in VISITOR_PAGES:
        _show(kiosk, page, large=True)
        report += [f"{page}: {p}" for p in layout_problems(kiosk.window)]
        report += [f"{page}: {p}" for p in overlapping_controls(kiosk.window)]
        report += [f"{page}: {p}" for p in text_under_controls(kiosk.window)]
    assert not report, "\n".join(report)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_staff_pages_survive_large_text(kiosks: Kiosks, size: tuple[int, int]) -> None:
    report: list[str] = []
    for page in STAFF_PAGES:
        kiosk = kiosks.make(size)
        _show(kiosk, page, large=True)
        report += [f"{page}: {p}" for p in layout_problems(kiosk.window)]
        report += [f"{page}: {p}" for p in overlapping_controls(kiosk.window)]
    assert not report, "\n".join(report)


def _small_texts(kiosk: KioskApp) -> list[str]:
    found = []
    for item, path in walk_shown(kiosk.window.contentItem()):
        if not item.inherits("QQuickText") and not item.inherits("QQuickTextInput"):
            continue
        if not str(item.property("text") or "").strip():
            continue
        font = item.property("font")
        px = font.pixelSize() if isinstance(font, QFont) else 0
        if px < MIN_TEXT_PX:
            found.append(f"{path}: {px} px {str(item.property('text'))[:40]!r}")
    return found


def test_no_text_under_20_px_at_1280x800(kiosks: Kiosks) -> None:
    report: list[str] = []
    kiosk = kiosks.make((1280, 800))
    for page in VISITOR_PAGES:
        _show(kiosk, page, large=False)
        report += [f"{page}: {p}" for p in _small_texts(kiosk)]
    for page in STAFF_PAGES:
        staff = kiosks.make((1280, 800))
        _show(staff, page, large=False)
        report += [f"{page}: {p}" for p in _small_texts(staff)]
    assert not report, "\n".join(report)
