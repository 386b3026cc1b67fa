"""The test suite; folders mirror the packages (kiosk/, sync/, ui/) plus e2e/."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository's root folder."""
