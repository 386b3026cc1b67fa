"""Stop PySide6 from keeping the source text of every module imported after it.

For each module imported once shiboken is loaded, PySide6's `__feature__` support calls
`inspect.getsource(module)` to look for the word "PySide6"; linecache then keeps every line of
every such module (SQLAlchemy, pydantic, the kiosk…): about 20 MiB of Python strings that stay
for the life of the process and fragment the heap. `install()` wraps that check so that the
lines it read are dropped from linecache at once. The check's answer is unchanged.

Importing this module installs the wrapper (ui.app imports it before anything heavy).
"""

from __future__ import annotations

import linecache
import logging
from collections.abc import Callable
from types import ModuleType

import shiboken6  # noqa: F401  (loads shibokensupport)

log = logging.getLogger(__name__)


def _forgetting(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        before = set(linecache.cache)
        try:
            return check(module)
        finally:
            for key in set(linecache.cache) - before:
                linecache.cache.pop(key, None)

    uses_pyside.__wrapped__ = check  # type: ignore[attr-defined]
    return uses_pyside


def install() -> None:
    """Wrap PySide6's source check once; harmless if this PySide6 has no such check."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or hasattr(check, "__wrapped__"):
        return
    feature._mod_uses_pyside = _forgetting(check)
    linecache.clearcache()  # what was read before this point


install()
