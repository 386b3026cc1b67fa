"""Fit a payload into a version-10/M QR code by dropping and trimming fields in priority order.

A payload is made of fields listed most important first. Each field offers one or more values,
richest first (e.g. "Via Roma 1, Legnano" then "Legnano"); a trimmable field's last value may also
be shortened, on a word boundary when one is near, with an ellipsis. Starting from the least
important field, the fitter tries its leaner values, then trimming, then (if optional) drops it, and
stops as soon as the payload fits. Required fields are never dropped: if even they cannot fit,
PayloadTooLong is raised.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kiosk.qr.matrix import PayloadTooLong, fits

ELLIPSIS = "…"


@dataclass(frozen=True)
class Field:
    """One part of a payload, its values richest first (raw text, escaped when rendered)."""

    key: str
    values: tuple[str, ...]
    trim_to: int = 0
    """> 0: the last value may be cut down to this many characters (ellipsis included)."""
    required: bool = False


Render = Callable[[Mapping[str, str]], str]


def clean(text: str | None) -> str:
    """`text` in NFC with surrounding blanks removed ("" for None), ready to measure and cut."""
    return unicodedata.normalize("NFC", text or "").strip()


def trim(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in an ellipsis when it was cut.

    Cuts between characters (never inside a UTF-8 sequence, nor before a combining mark), at the
    last space when that keeps at least 60 % of the room.
    """
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    cut = limit - 1
    while cut > 0 and unicodedata.combining(text[cut]):
        cut -= 1
    head = text[:cut]
    space = head.rfind(" ")
    if space >= 0.6 * cut:
        head = head[:space]
    return head.rstrip(" ,;:.-–—") + ELLIPSIS


def fit(fields: list[Field], render: Render) -> str:
    """The richest rendering of `fields` (most important first) that fits; see the module doc."""
    chosen = {f.key: f.values[0] for f in fields if f.values and f.values[0]}
    payload = render(chosen)
    if fits(payload):
        return payload
    for field in reversed(fields):
        if field.key not in chosen:
            continue
        for value in field.values[1:]:
            chosen[field.key] = value
            if fits(payload := render(chosen)):
                return payload
        if field.trim_to:
            best = _longest_trim(field, chosen, render)
            if best is not None:
                return best
        if field.required:
            if field.trim_to:
                chosen[field.key] = trim(field.values[-1], field.trim_to)
            continue
        del chosen[field.key]
        if fits(payload := render(chosen)):
            return payload
    raise PayloadTooLong(
        f"Even the required fields ({', '.join(f.key for f in fields if f.required)}) "
        "do not fit a version 10 QR code."
    )


def _longest_trim(field: Field, chosen: dict[str, str], render: Render) -> str | None:
    """The payload with `field` trimmed as little as possible so that it fits, or None."""
    text = field.values[-1]
    low, high, best = field.trim_to, len(text) - 1, None
    while low <= high:
        middle = (low + high) // 2
        chosen[field.key] = trim(text, middle)
        payload = render(chosen)
        if fits(payload):
            best, low = payload, middle + 1
        else:
            high = middle - 1
    return best
