"""Colour contrast of the kiosk's theme (WCAG 2.2: text 4.5:1, boundaries and focus ring 3:1).

`theme_problems(colours)` checks every pair of theme colours the screens draw one on the other
(text on the page, ink on a button, a field's border on its background), so a staff colour that
would make text unreadable is refused before it is saved. Qt-free: the settings, the CLI and the
tests use it. What it cannot check: colours not in the theme (pictures, the logo, hard-coded
error red) and text drawn over a photograph.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from kiosk.paths import asset

TEXT = 4.5
"""WCAG 1.4.3: text (and icons beside it) against what is behind it."""
BOUNDARY = 3.0
"""WCAG 1.4.11: a component's boundary, and the focus ring, against what is around it."""

Role = Literal["text", "muted text", "button text", "boundaries", "focus ring"]


@dataclass(frozen=True)
class Pair:
    """`fg` is drawn on `bg` (theme colour names) and must reach `minimum`."""

    fg: str
    bg: str
    minimum: float
    role: Role


PAIRS: tuple[Pair, ...] = (
    *(Pair("text", bg, TEXT, "text") for bg in ("background", "surface", "surfaceAlt")),
    *(Pair("muted", bg, TEXT, "muted text") for bg in ("background", "surface", "surfaceAlt")),
    # primary and accent are also text colours (the welcome title, the reference, counts)
    *(Pair("primary", bg, TEXT, "text") for bg in ("background", "surface")),
    *(Pair("accent", bg, TEXT, "text") for bg in ("background", "surface")),
    Pair("primaryInk", "primary", TEXT, "button text"),
    Pair("accentInk", "accent", TEXT, "button text"),
    *(Pair("line", bg, BOUNDARY, "boundaries") for bg in ("background", "surface", "surfaceAlt")),
)
"""Every pair the screens draw; `focusRing` is checked too when the theme has one."""
FOCUS_PAIRS = tuple(
    Pair("focusRing", bg, BOUNDARY, "focus ring") for bg in ("background", "surface")
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2.2) of `#RRGGBB`."""
    digits = colour.lstrip("#")
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(fg: str, bg: str) -> float:
    """Contrast ratio of two `#RRGGBB` colours, 1 to 21 (order does not matter)."""
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def shown(value: float, minimum: float) -> str:
    """`value` with two decimals, never rounded up to the minimum it misses (4.496 → 4.49)."""
    text = f"{value:.2f}"
    if value < minimum <= float(text):
        text = f"{math.floor(value * 100) / 100:.2f}"
    return text


@lru_cache(maxsize=1)
def bundled_colours() -> dict[str, str]:
    """The colours of assets/theme/theme.json (what staff settings override)."""
    data = json.loads(asset("theme").joinpath("theme.json").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.get("colours", {}).items()}


def theme_problems(colours: dict[str, str], settable: frozenset[str] = frozenset()) -> list[str]:
    """One sentence per pair of `colours` below its minimum (empty: the theme is readable).

    Colours named in `settable` are called `theme.<name>` (staff settings); the others are the
    bundled theme's. Pairs naming a colour `colours` lacks are skipped.
    """

    def name(key: str) -> str:
        where = f"theme.{key}" if key in settable else f"the bundled theme's {key} colour"
        return f"{where} {colours[key].upper()}"

    problems = []
    for pair in (*PAIRS, *FOCUS_PAIRS):
        if pair.fg not in colours or pair.bg not in colours:
            continue
        value = ratio(colours[pair.fg], colours[pair.bg])
        if value < pair.minimum:
            staff = [f"theme.{k}" for k in (pair.fg, pair.bg) if k in settable]
            fix = (
                f": choose another {' or '.join(staff)}"
                if staff
                else ": correct assets/theme/theme.json"
            )
            problems.append(
                f"{name(pair.fg)} on {name(pair.bg)} has contrast {shown(value, pair.minimum)}:1; "
                f"{pair.role} needs at least {pair.minimum:g}:1{fix}"
            )
    return problems
