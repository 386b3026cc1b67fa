"""A logo staff set (theme.logo) keeps its proportions on the welcome screen and in the top bar:
the boxes are square, and a wide logo was stretched to fill them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtQuick import QQuickItem

from kiosk.settings import ThemeSection
from tests.ui.qmlhelpers import settle, wait_until
from ui.tree import walk

WIDE_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='300' height='100'>"
    "<rect width='300' height='100' fill='#0B5394'/></svg>"
)


def _logos(kiosk: Any) -> list[QQuickItem]:
    logo = kiosk.theme.logo
    return [
        item
        for item in walk(kiosk.window.contentItem())
        if item.inherits("QQuickImage") and item.property("source") == logo and item.isVisible()
    ]


def test_a_wide_logo_is_not_stretched(make_kiosk: Callable[..., Any], tmp_path: Path) -> None:
    logo = tmp_path / "alleanza.svg"
    logo.write_text(WIDE_SVG, encoding="utf-8")
    kiosk = make_kiosk(size=(1920, 1080))  # at 1280×800 the welcome screen has no room for it
    kiosk.theme.apply(ThemeSection(logo=str(logo)))
    for page in ("attract", "home"):
        if page == "home":
            kiosk.navigator.push("home")
        wait_until(lambda: len(_logos(kiosk)) == 1, timeout=10)
        settle(100)
        image = _logos(kiosk)[0]
        width, height = image.property("paintedWidth"), image.property("paintedHeight")
        assert width > 0 and abs(width / height - 3) < 0.1, (page, width, height)
