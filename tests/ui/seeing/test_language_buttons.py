"""The welcome screen's language buttons: at 1920×1080, 1080×1920 and 1280×800, in every
language (the chosen one carries a check mark), with and without large text, no language name is
elided ("Українськ…" was at 1920×1080) and no two buttons overlap.

What it cannot see: glyphs drawn past their own box (Qt's `truncated` of each name is checked).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem

from tests.ui.conftest import demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import find, overlapping_controls
from ui.app import KioskApp
from ui.features import default_features
from ui.snapshot import settle

pytestmark = pytest.mark.timeout(240)
LANGUAGES = ["it", "en", "ro", "sq", "ar", "uk", "es", "fr"]


def _names(button: QQuickItem) -> list[QQuickItem]:
    content = button.property("contentItem")
    assert isinstance(content, QQuickItem)
    return [c for c in content.childItems() if c.inherits("QQuickText") and c.isVisible()]


@pytest.mark.parametrize(
    "size", [(1920, 1080), (1080, 1920), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}"
)
def test_language_names_are_whole(
    qapp: object,
    demo_home: Path,  # noqa: F811
    size: tuple[int, int],
) -> None:
    kiosk = KioskApp(demo_home, lang="it", size=size, features=default_features(start_sync=False))
    report: list[str] = []
    try:
        settle(0.3)
        for large in (False, True):
            kiosk.session.setLargeText(large)
            for lang in LANGUAGES:
                kiosk.session.setLanguage(lang)
                settle(0.2)
                for code in LANGUAGES:
                    for name in _names(find(kiosk.window, f"lang.{code}")):
                        if name.property("truncated"):
                            text = name.property("text")
                            report.append(f"{lang} large={large}: {code} {text!r} cut short")
                report += [f"{lang} large={large}: {p}" for p in overlapping_controls(kiosk.window)]
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
    assert not report, "\n".join(report)
