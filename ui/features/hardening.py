"""The hardening feature: no way out of the app, nothing opens another program, systemd told."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.hardening import Hardening, clear_clipboard

if TYPE_CHECKING:
    from ui.app import KioskApp


class HardeningFeature:
    """Keys and URLs blocked (kiosk mode), clipboard wiped with every session, READY/WATCHDOG."""

    urgent = True
    """Before the first frame: READY=1 goes out with it, and keys are guarded from the start."""

    def __init__(self) -> None:
        self.hardening: Hardening | None = None

    def install(self, app: KioskApp) -> None:
        # The guards belong to the window they guard: the QML engine deletes them with it, after
        # the task threads stopped and while Python still holds their wrappers. Owned by Python,
        # they were deleted when the app dropped its features, from inside the wrapper's own
        # deallocation; two full test runs crashed on that line.
        self.hardening = Hardening(app.window, kiosk_mode=app.kiosk_mode, parent=app.window)
        self.hardening.install()
        app.session.wiped.connect(clear_clipboard)

    def shutdown(self) -> None:
        if self.hardening is not None:
            self.hardening.uninstall()
