"""No wrapper of a QML object's meta object may outlive the kiosk.

A QML object's meta object is its own, freed with it; PySide kept the Python wrapper of one
that `obj.metaObject()` returned (the speech watch, the key router, the test walks asked for
them), and a window a later kiosk made at the same address was handed that wrapper: "the kiosk
screen could not be loaded (QML gave QMetaObject, not a window)", a full CI run. Code asks
`hasattr(obj, "<name>Changed")`, `hasattr(obj, "backKey")` or reads a property instead.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaObject

from tests.ui.qmlhelpers import walk_shown
from ui.app import KioskApp
from ui.features import default_features
from ui.snapshot import settle, show_page


def _meta_wrappers() -> list[QMetaObject]:
    """Live QMetaObject wrappers but the classes' own (`staticMetaObject`, never freed)."""
    gc.collect()
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, QMetaObject)
        and not any(isinstance(r, dict) and "staticMetaObject" in r for r in gc.get_referrers(o))
    ]


def test_no_meta_object_wrapper_outlives_the_kiosk(qapp: Any, demo_home: Path) -> None:
    before = {id(o) for o in _meta_wrappers()}
    kiosk = KioskApp(demo_home, size=(1280, 800), features=default_features(start_sync=False))
    settle(0.3)
    for page in ("home", "results", "detail", "intake"):
        show_page(kiosk, page)
        settle(0.3)
        list(walk_shown(kiosk.window.contentItem()))
    kiosk.keys.back()
    settle(0.3)
    kiosk.close()
    left = [o for o in _meta_wrappers() if id(o) not in before]
    assert left == [], f"{len(left)} meta object wrappers outlived the kiosk"
