"""The staff feature: the discreet corner opens a PIN-protected staff mode (page "staff")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.staff import media
from kiosk.staff.pin import PinStore
from ui.features.sync import SyncFeature
from ui.vm.staff import Staff

if TYPE_CHECKING:
    from ui.app import KioskApp

PREVIEW_SCREENS = ("pin", "home", "settings")
"""Screens `preview` can show (`pitstop snapshot --page staff-pin|staff|staff-settings`)."""


class StaffFeature:
    """Staff mode: status, sync, USB import/export, settings. Sees the sync feature when it is
    installed before this one; a USB import makes every screen read the new catalogue."""

    def __init__(
        self,
        *,
        media_roots: Sequence[Path] | None = None,
        pins: PinStore | None = None,
        quit_app: Callable[[int], None] | None = None,
    ) -> None:
        self._media_roots = media.DEFAULT_ROOTS if media_roots is None else media_roots
        self._pins = pins
        self._quit_app = quit_app
        self.staff: Staff | None = None

    def install(self, app: KioskApp) -> None:
        services = app.services
        sync = app.feature(SyncFeature)
        staff = Staff(
            services.settings,
            services.database,
            services.tasks,
            app.session,
            app.navigator,
            pins=self._pins,
            media_roots=self._media_roots,
            sync_service=None if sync is None else sync.service,
            quit_app=self._quit_app,
        )
        self.staff = staff
        app.activity.activity.connect(staff.touched)
        staff.catalogueImported.connect(app.catalogue_changed)
        app.session.languageChanged.connect(staff.retranslate)  # its texts made in Python
        app.model.register("staff", staff)
        app.navigator.registerPage("staff", "StaffPage")
        corner = app.window.findChild(QObject, "staff.entry")
        if corner is not None:
            corner.setProperty("holdSeconds", services.settings.current.staff.hold_seconds)

    def shutdown(self) -> None:
        if self.staff is not None:
            self.staff.shutdown()

    def preview(self, screen: str) -> None:
        """Open staff mode on `screen` without a PIN (snapshots only: nothing in QML can)."""
        staff = self.staff
        if staff is None or screen not in PREVIEW_SCREENS:
            raise ValueError(f"no staff screen {screen!r} to preview")
        staff.open_for_preview(screen)
        QCoreApplication.processEvents()
