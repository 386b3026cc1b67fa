"""USB sticks: import a catalogue file, or copy the waiting sealed requests to a stick. An in-app
list of what the sticks hold, never a system file dialog. Scans and the export run on the
"background" lane; the import writes the database, so it runs on the "writer" lane."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.catalogue.isolated import ImportSummary
from kiosk.db.sqlite import SqliteFile
from kiosk.intake import outbox
from kiosk.staff import media, status
from kiosk.text import printable
from ui.database import Database
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.staff.common import Authorised, BusyVm, Reporter, local_datetime, tr
from ui.vm.staff.status import open_database

log = logging.getLogger(__name__)


@QmlElement
class StaffMediaVm(BusyVm):
    mediaChanged = Signal()
    catalogueImported = Signal()
    """A new catalogue is in the database: the feature has every screen read it again."""

    def __init__(
        self,
        settings: QtSettings,
        database: Database,
        tasks: TaskRunner,
        *,
        roots: Sequence[Path],
        authorised: Authorised,
        report: Reporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._home = settings.store.home
        self._settings = settings
        self._db = database
        self._roots = list(roots)
        self._authorised = authorised
        self._report = report
        self._files: list[dict[str, Any]] = []
        self._targets: list[dict[str, Any]] = []
        self._waiting: int | None = None

    def clear(self) -> None:
        """Staff mode locked: forget what the sticks held."""
        self._files, self._targets, self._waiting = [], [], None
        self.mediaChanged.emit()

    def _get_files(self) -> list[dict[str, Any]]:
        return self._files

    mediaFiles = container_property("QVariantList", _get_files, notify=mediaChanged)

    def _get_targets(self) -> list[dict[str, Any]]:
        return self._targets

    exportTargets = container_property("QVariantList", _get_targets, notify=mediaChanged)

    def _get_waiting(self) -> int:
        return -1 if self._waiting is None else self._waiting

    requestsWaiting = Property(int, _get_waiting, notify=mediaChanged)
    """How many sealed requests wait to be sent (-1: unknown), shown on the export screen."""

    # -- import -------------------------------------------------------------------------------

    @Slot()
    def scanFiles(self) -> None:
        """List the catalogue files on the sticks (the import screen)."""
        if not self._authorised():
            return
        self._report(tr("Looking for catalogue files on USB sticks…"))
        roots = self._roots
        self._run(
            lambda: media.list_catalogue_files(roots),
            self._on_files,
            self._on_unreadable,
            lane="background",
        )

    def _on_files(self, files: list[media.MediaFile]) -> None:
        self._files = [
            {
                "path": str(f.path),
                "label": printable(f.label, limit=200),  # a stick's names: no control codes
                "detail": f"{status.format_bytes(f.size)} · {local_datetime(f.modified)}",
            }
            for f in files
        ]
        self.mediaChanged.emit()
        self._report(
            tr("Choose the catalogue to import.")
            if files
            else tr("No .json, .csv or .xlsx file found. Plug in the USB stick and look again.")
        )

    def _on_unreadable(self, error: Exception) -> None:
        log.warning("the USB sticks could not be read: %s", error)
        self._report(tr("The USB sticks could not be read."), error=True)

    @Slot(str)
    def importFile(self, path: str) -> None:
        if not self._authorised() or path not in {f["path"] for f in self._files}:
            return
        home, roots = self._home, self._roots
        self._report(tr("Importing…"))
        self._run(
            lambda: media.import_catalogue(open_database(self._db), home, Path(path), roots),
            self._on_imported,
            self._on_import_failed,
            lane="writer",
        )

    def _on_imported(self, summary: ImportSummary) -> None:
        offerings = summary.offerings
        self._report(
            QCoreApplication.translate("", "Catalogue imported: %n offering(s).", None, offerings)
        )
        self.catalogueImported.emit()

    def _on_import_failed(self, error: Exception) -> None:
        self._report(
            tr("Not imported: %1 The current catalogue is unchanged.").replace(
                "%1", printable(error, limit=400)
            ),
            error=True,
        )

    # -- export -------------------------------------------------------------------------------

    @Slot()
    def scanTargets(self) -> None:
        """List the sticks the waiting requests can be copied to (the export screen)."""
        if not self._authorised():
            return
        roots, db = self._roots, self._db

        def work() -> tuple[list[Path], int | None]:
            engine = db.engine
            waiting = None if engine is None else _pending(engine)
            return media.list_export_targets(roots), waiting

        self._run(work, self._on_targets, self._on_unreadable, lane="background")

    def _on_targets(self, result: tuple[list[Path], int | None]) -> None:
        targets, self._waiting = result
        self._targets = [
            {"path": str(t), "label": printable(t.name or str(t), limit=200)} for t in targets
        ]
        self.mediaChanged.emit()
        if not targets:
            self._report(tr("No USB stick found. Plug one in and look again."))
        else:
            self._report(tr("Choose where to copy the waiting requests (they stay sealed)."))

    @Slot(str)
    def exportTo(self, path: str) -> None:
        if not self._authorised() or path not in {t["path"] for t in self._targets}:
            return
        home, kiosk_id = self._home, self._settings.current.kiosk.id
        self._run(
            lambda: media.export_waiting_requests(
                open_database(self._db), home, Path(path), kiosk_id
            ),
            self._on_exported,
            self._on_export_failed,
            lane="background",
        )

    def _on_exported(self, count: int) -> None:
        self._report(
            QCoreApplication.translate(
                "",
                "%n sealed request(s) copied. Take the stick to the central office.",
                None,
                count,
            )
        )

    def _on_export_failed(self, error: Exception) -> None:
        self._report(tr("Not exported: %1").replace("%1", str(error)), error=True)


def _pending(engine: SqliteFile) -> int | None:
    try:
        return outbox.pending_count(engine)
    except Exception as exc:  # a count is only shown: "?" rather than no export screen
        log.warning("cannot count the waiting requests: %s", exc.__class__.__name__)
        return None
