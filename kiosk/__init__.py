"""Family Pit Stop core: settings, database, catalogue, intake, QR payloads, privacy, CLI.

Nothing in this package imports Qt (tests/test_layering.py enforces it).
"""

__version__ = "0.1.0"
