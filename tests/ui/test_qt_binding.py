"""Guards against Qt binding builds that corrupt the interpreter.

PySide6 6.12.0's abi3 wheel under Python 3.11 drops one reference to None on every Qt method that
returns nothing; a kiosk that runs for days then dies with "Fatal Python error: none_dealloc".
pyproject.toml pins a build without the bug; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSize


def test_void_qt_calls_keep_none_alive() -> None:
    size, obj = QSize(1, 1), QObject()
    before = sys.getrefcount(None)
    for n in range(10_000):
        size.setWidth(n)
        obj.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 100
