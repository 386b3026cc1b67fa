"""What a catalogue file is, before anything parses it: the accepted suffixes and its checksum.

Kept apart from the importer so that the sync and the staff screens can list and fingerprint
files without loading the catalogue models (pydantic), which only an import needs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SPREADSHEET_SUFFIXES = frozenset({".csv", ".xlsx"})
SUPPORTED_SUFFIXES = frozenset({".json", *SPREADSHEET_SUFFIXES})


def file_checksum(path: Path) -> str:
    """SHA-256 of the file's bytes (hex), read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
