"""The short human reference of a request (e.g. ``PS-4K7M-Q2``), derived from its UUID.

Six Crockford base32 characters (30 bits of the SHA-256 of the UUID's bytes), so it needs no
storage and no counter shared between kiosks. It is for people on the phone, not a key: two
requests may share one (about 1 in a billion per pair); the UUID stays the identifier.
Crockford's alphabet has no I, L, O or U, and reading it back maps I/L to 1 and O to 0.
"""

from __future__ import annotations

import hashlib
import re
import uuid

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "PS"
_PATTERN = re.compile(r"^PS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$")
_READ_BACK = str.maketrans({"I": "1", "L": "1", "O": "0"})


def reference_for(request_id: uuid.UUID) -> str:
    """The reference shown to the parent for the request `request_id`."""
    value = int.from_bytes(hashlib.sha256(request_id.bytes).digest()[:4], "big") >> 2
    chars = "".join(ALPHABET[(value >> shift) & 31] for shift in range(25, -1, -5))
    return f"{PREFIX}-{chars[:4]}-{chars[4:]}"


def normalize_reference(text: str) -> str | None:
    """A reference as typed or read aloud ("ps 4k7m q2", "PS-4K7M-Q2"), in canonical form."""
    compact = re.sub(r"[\s-]", "", text).upper().translate(_READ_BACK)
    if compact.startswith(PREFIX):
        compact = compact[len(PREFIX) :]
    candidate = f"{PREFIX}-{compact[:4]}-{compact[4:]}"
    return candidate if _PATTERN.match(candidate) else None
