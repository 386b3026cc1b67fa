"""Features: what the kiosk does beyond browsing, each plugged into `ui.app.KioskApp` one way.

A feature implements `Feature`: `install(app)` registers its view-models, pages and signal
connections using only the app's public services; `shutdown()` stops its timers and waits for its
work. `KioskApp` installs features in the order given (with `fast_start`, the non-urgent ones
right after the first frame) and shuts them down in reverse, before the QML engine goes. A feature
module imports its view-models inside `install`, so `pitstop run` loads them after the first
frame. `default_features()` is the list `pitstop run` and `pitstop snapshot` use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kiosk.staff.pin import PinStore
    from ui.app import KioskApp


class Feature(Protocol):
    urgent: bool
    """Install before the first frame even with `fast_start` (only what is cheap and needed from
    the first frame on); the others follow right after it."""

    def install(self, app: KioskApp) -> None:
        """Plug into `app` (called once, after the screens are loaded)."""

    def shutdown(self) -> None:
        """Stop timers and wait for running work (called once, when the kiosk closes)."""


def default_features(
    *,
    start_sync: bool = True,
    media_roots: Sequence[Path] | None = None,
    pins: PinStore | None = None,
    quit_app: Callable[[int], None] | None = None,
) -> list[Feature]:
    """Sync, staff mode, hardening, contact requests and speech mode, in the order they depend on each other
    (staff mode shows and drives sync)."""
    from ui.features.hardening import HardeningFeature
    from ui.features.intake import IntakeFeature
    from ui.features.speech import SpeechFeature
    from ui.features.staff import StaffFeature
    from ui.features.sync import SyncFeature
    from ui.features.usage import UsageFeature

    return [
        SyncFeature(start=start_sync),
        StaffFeature(media_roots=media_roots, pins=pins, quit_app=quit_app),
        HardeningFeature(),
        IntakeFeature(),
        SpeechFeature(),
        UsageFeature(),  # after intake: it counts the requests started and sent
    ]
