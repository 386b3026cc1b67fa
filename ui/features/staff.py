"""The staff feature: the discreet corner opens a PIN-protected staff mode (page "staff").

One view-model per staff screen (ui/vm/staff/), built and wired here: the lock (PIN pad, which
screen is shown, the message line) tells the others when their screen is shown or staff mode
locks; they ask it whether staff mode is unlocked and report through it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from ui.features.sync import SyncFeature

if TYPE_CHECKING:  # the view-models and their libraries load in install(), after the first frame
    from kiosk.settings import Settings
    from kiosk.staff.pin import PinStore
    from ui.app import KioskApp
    from ui.vm.staff import (
        StaffChecksVm,
        StaffEnrolVm,
        StaffLockVm,
        StaffMediaVm,
        StaffSettingsVm,
        StaffStatusVm,
    )

PREVIEW_SCREENS = ("pin", "home", "settings", "checks", "enrol")
"""Screens `preview` can show (`pitstop snapshot --page staff-pin|staff|staff-settings|
staff-checks|staff-enrol`)."""


@dataclass(frozen=True)
class StaffModels:
    """The staff screens' view-models (QML: `app.vm("staff")`, `app.vm("staff.status")` …)."""

    lock: StaffLockVm
    status: StaffStatusVm
    media: StaffMediaVm
    settings: StaffSettingsVm
    checks: StaffChecksVm
    enrol: StaffEnrolVm


class StaffFeature:
    """Staff mode: status, sync, USB import/export, settings. Sees the sync feature when it is
    installed before this one; a USB import makes every screen read the new catalogue."""

    urgent = False

    def __init__(
        self,
        *,
        media_roots: Sequence[Path] | None = None,
        pins: PinStore | None = None,
        quit_app: Callable[[int], None] | None = None,
    ) -> None:
        self._media_roots = media_roots
        self._pins = pins
        self._quit_app = quit_app
        self.models: StaffModels | None = None

    def install(self, app: KioskApp) -> None:
        from kiosk.staff import media
        from kiosk.staff.pin import PinStore
        from ui.vm.staff import (
            StaffChecksVm,
            StaffEnrolVm,
            StaffLockVm,
            StaffMediaVm,
            StaffSettingsVm,
            StaffStatusVm,
        )

        services = app.services
        settings, tasks = services.settings, services.tasks
        sync = app.feature(SyncFeature)
        sync_service = None if sync is None else sync.service
        lock = StaffLockVm(
            settings,
            tasks,
            app.session,
            self._pins or PinStore(services.home),
            quit_app=self._quit_app,
        )
        status = StaffStatusVm(
            settings,
            services.database,
            tasks,
            authorised=lock.authorised,
            report=lock.say,
            sync_service=sync_service,
        )
        usb = StaffMediaVm(
            settings,
            services.database,
            tasks,
            roots=media.DEFAULT_ROOTS if self._media_roots is None else self._media_roots,
            authorised=lock.authorised,
            report=lock.say,
        )
        fields = StaffSettingsVm(settings, authorised=lock.authorised, report=lock.say)
        checks = StaffChecksVm(
            settings, services.database, tasks, authorised=lock.authorised, report=lock.say
        )
        enrol = StaffEnrolVm(
            settings,
            tasks,
            roots=media.DEFAULT_ROOTS if self._media_roots is None else self._media_roots,
            authorised=lock.authorised,
            report=lock.say,
            sync=sync_service,  # its cycles wait while an enrolment is applied
        )
        self.models = models = StaffModels(
            lock=lock, status=status, media=usb, settings=fields, checks=checks, enrol=enrol
        )

        def home() -> None:
            status.refresh()
            checks.refresh()  # the staff home lists the current problems

        loaders: dict[str, Callable[[], None]] = {
            "home": home,
            "checks": checks.refresh,
            "settings": fields.reload,
            "import": usb.scanFiles,
            "export": usb.scanTargets,
            "enrol": enrol.scan,
        }
        lock.shown.connect(lambda screen: loaders[screen]())
        lock.locked.connect(status.clear)
        lock.locked.connect(usb.clear)
        lock.locked.connect(enrol.clear)
        enrol.applied.connect(app.catalogue_changed)  # the office's catalogue replaced the demo
        lock.locked.connect(checks.clear)
        if sync_service is not None:
            sync_service.statusChanged.connect(status.refresh)
            sync_service.statusChanged.connect(checks.refresh)
        usb.catalogueImported.connect(app.catalogue_changed)
        app.activity.activity.connect(lock.touched)
        app.session.languageChanged.connect(status.retranslate)  # texts made in Python
        app.session.languageChanged.connect(fields.reload)
        app.session.languageChanged.connect(checks.retranslate)

        app.model.register("staff", models.lock)
        app.model.register("staff.status", models.status)
        app.model.register("staff.media", models.media)
        app.model.register("staff.settings", models.settings)
        app.model.register("staff.checks", models.checks)
        app.model.register("staff.enrol", models.enrol)
        app.navigator.registerPage("staff", "StaffPage")
        corner = app.window.findChild(QObject, "staff.entry")
        if corner is not None:

            def hold(current: Settings) -> None:
                if shiboken6.isValid(corner):  # the settings outlive the window
                    corner.setProperty("holdSeconds", current.staff.hold_seconds)

            hold(settings.current)
            settings.changed.connect(hold)

    def shutdown(self) -> None:
        if self.models is not None:
            self.models.lock.shutdown()

    def preview(self, screen: str) -> None:
        """Open staff mode on `screen` without a PIN (snapshots only: nothing in QML can)."""
        if self.models is None or screen not in PREVIEW_SCREENS:
            raise ValueError(f"no staff screen {screen!r} to preview")
        self.models.lock.open_for_preview(screen)
        QCoreApplication.processEvents()
