"""Qt Quick user interface: QML module, view-models and the composition root (ui.app.KioskApp)."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    import ctypes

    # PySide6 6.12 built for Python 3.12+ drops one reference to None on every call of a void Qt
    # method (3.12 made None immortal; 3.11 did not): after ~5,000 calls CPython aborts with
    # "none_dealloc". Give None a practically endless reference count, as 3.12 does.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
