"""Is there a screen to show the kiosk on? Answered before Qt starts (Qt aborts the process,
with a hint about xcb that misleads whoever reads the journal).

Qt for Linux picks its platform from $QT_QPA_PLATFORM, else Wayland when $WAYLAND_DISPLAY is set,
else X11 through $DISPLAY. This module looks for the socket behind those variables. What it
cannot do: check a display on another host (DISPLAY=host:0 over TCP is trusted as given), or a
platform chosen by $QT_QPA_PLATFORM (eglfs, linuxfb, offscreen: Qt's own checks apply).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

NO_DISPLAY = (
    "No display: start the kiosk inside its session (cage, see docs/deployment.md) or set "
    "DISPLAY or WAYLAND_DISPLAY; for a test use QT_QPA_PLATFORM=offscreen"
)
_LOCAL_X = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")
X11_SOCKETS = Path("/tmp/.X11-unix")


def display_problem(env: Mapping[str, str] | None = None) -> str | None:
    """One sentence when the kiosk has no display to open (None when it has, or cannot tell)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    wayland = env.get("WAYLAND_DISPLAY", "")
    x11 = env.get("DISPLAY", "")
    if not wayland and not x11:
        return NO_DISPLAY
    if wayland and _wayland_socket(wayland, env).exists():
        return None
    if x11 and _x11_reachable(x11):
        return None
    named = " and ".join(
        f"{name}={value}"
        for name, value in (("WAYLAND_DISPLAY", wayland), ("DISPLAY", x11))
        if value
    )
    return (
        f"No display: {named} names no running display server; start the kiosk inside its "
        "session (cage), or start the display first; for a test use QT_QPA_PLATFORM=offscreen"
    )


def _wayland_socket(name: str, env: Mapping[str, str]) -> Path:
    path = Path(name)
    if path.is_absolute():
        return path
    return Path(env.get("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}")) / name


def _x11_reachable(display: str) -> bool:
    match = _LOCAL_X.match(display)
    if match is None:
        return True  # host:N over TCP, or a launchd path: Qt will tell
    return (X11_SOCKETS / f"X{match.group(1)}").exists()
