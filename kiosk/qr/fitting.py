"""Fit a payload into a version-10/M QR code by following a fixed plan of reductions.

A payload type declares its fields and an ordered plan of steps, least valuable loss first:
drop a field, swap it for a leaner value (e.g. the town instead of the full address), or shorten
it to no fewer than N characters (as little as possible, on a word boundary when one is near, with
an ellipsis). The fitter applies the steps in order and returns the first rendering that fits; if
the plan runs out first, it raises PayloadTooLong.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from kiosk.qr.matrix import PayloadTooLong, fits

ELLIPSIS = "…"

Render = Callable[[Mapping[str, str]], str]


@dataclass(frozen=True)
class Drop:
    key: str


@dataclass(frozen=True)
class Swap:
    """Replace the field with a leaner value (dropped if the value is empty)."""

    key: str
    value: str


@dataclass(frozen=True)
class Shorten:
    """Cut the field's text down to the longest prefix that fits, but no shorter than `minimum`."""

    key: str
    minimum: int


Step = Drop | Swap | Shorten


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


def fit(values: Mapping[str, str], render: Render, plan: Sequence[Step]) -> str:
    """The rendering of `values` after the fewest steps of `plan` that makes it fit."""
    current = {key: value for key, value in values.items() if value}
    uncut = dict(current)  # what Shorten cuts from, so that a second cut starts from the whole
    payload = render(current)
    if fits(payload):
        return payload
    for step in plan:
        if step.key not in current:
            continue
        if isinstance(step, Drop) or (isinstance(step, Swap) and not step.value):
            del current[step.key]
        elif isinstance(step, Swap):
            current[step.key] = uncut[step.key] = step.value
        else:
            best = _shortest_cut(step, uncut[step.key], current, render)
            if best is not None:
                return best
        if fits(payload := render(current)):
            return payload
    raise PayloadTooLong(f"The payload does not fit a version 10 QR code even after {plan}.")


def _shortest_cut(step: Shorten, text: str, current: dict[str, str], render: Render) -> str | None:
    """The payload with the field cut as little as possible (≥ minimum) so that it fits, or None.

    On None the field is left cut to its minimum, for the next steps.
    """
    low, high, best = step.minimum, len(text) - 1, None
    while low <= high:
        middle = (low + high) // 2
        current[step.key] = trim(text, middle)
        payload = render(current)
        if fits(payload):
            best, low = payload, middle + 1
        else:
            high = middle - 1
    if best is None:
        current[step.key] = trim(text, step.minimum)
    return best
