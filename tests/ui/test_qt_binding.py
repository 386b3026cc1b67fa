"""Guards against Qt binding builds that corrupt the interpreter.

PySide6 6.12.0's abi3 wheel under Python 3.11 drops one reference to None on every Qt method that
returns nothing; a kiosk that runs for days then dies with "Fatal Python error: none_dealloc".
pyproject.toml pins a build without the bug. Counting references to None proves nothing where
None is immortal (Python 3.12+), so the test does what the kiosk does for days, in a child
process: more void Qt calls than None has references. A build with the bug aborts the child.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QObject, QSize
size, obj = QSize(1, 1), QObject()
calls = sys.getrefcount(None) + 200_000
for n in range(calls):
    size.setWidth(n)
    obj.setObjectName("x")
print("survived", calls)
"""


def test_more_void_qt_calls_than_references_to_none_do_not_abort_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("survived")
