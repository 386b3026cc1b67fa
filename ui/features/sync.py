"""The sync feature: the sync service in the app, cycles from when the database is open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.app import KioskApp
    from ui.sync_service import SyncService


class SyncFeature:
    """`app.vm("sync")` for QML; a staged catalogue is swapped in back on the attract screen.
    At start the staging folders a killed enrolment left are removed.

    With `start=False` (snapshots) no cycle ever runs.
    """

    urgent = False

    def __init__(self, *, start: bool = True) -> None:
        self.start = start
        self.service: SyncService | None = None

    def install(self, app: KioskApp) -> None:
        from ui.sync_service import SyncService

        navigator = app.navigator
        services = app.services
        service = SyncService(
            services.settings,
            services.database,
            services.tasks,
            is_idle=lambda: navigator.current_page() == "attract",
        )
        self.service = service
        app.model.register("sync", service)

        def on_page() -> None:
            if navigator.current_page() == "attract":
                service.applyStagedIfIdle()

        navigator.pageChanged.connect(on_page)
        service.catalogueApplied.connect(app.catalogue_changed)
        home = services.home
        services.tasks.run(lambda: _remove_stale_staging(home), _ignore)  # a killed enrolment's
        if self.start:
            services.database.when_open(lambda _engine: service.start())

    def shutdown(self) -> None:
        if self.service is not None:
            self.service.shutdown()


def _remove_stale_staging(home: Path) -> int:
    from sync.enrolment import remove_stale_staging

    return remove_stale_staging(home)


def _ignore(_: object) -> None:
    pass
