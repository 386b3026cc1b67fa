"""View-models handed to QML through `app.vm(name)` stay Python's: QML's garbage collector must
not delete them (it owns parentless objects returned from slots unless told otherwise)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import Shiboken


def test_registered_view_model_survives_qml_garbage_collection(kiosk: Any, qtbot: Any) -> None:
    extra = QObject()
    kiosk.model.register("extra", extra)
    result = kiosk.engine.evaluate("(function (m) { return m.vm('extra') !== null })")
    assert result.isCallable()
    assert result.call([kiosk.engine.newQObject(kiosk.model)]).toBool()
    for _ in range(3):
        kiosk.engine.collectGarbage()
        qtbot.wait(20)
    assert Shiboken.isValid(extra)
