"""The test suite; folders mirror the packages (kiosk/, sync/, ui/) plus e2e/."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository's root folder."""


def run_python(code: str) -> str:
    """What `code` prints, run by a fresh interpreter from the repository's root (for what a
    process does once: its imports, its resource limits). A failure raises, with its stderr."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
