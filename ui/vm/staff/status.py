"""The staff home's facts: how the kiosk is doing (identity, catalogue, sync, requests waiting or
in conflict as counts, disk, uptime) and the sync actions. Nothing shown comes from a contact
request except their count. The facts are read on the "background" lane."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk import audit
from kiosk.db.sqlite import SqliteFile
from kiosk.staff import status
from ui.database import Database
from ui.settings import QtSettings
from ui.sync_service import SyncService
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.staff.common import Authorised, BusyVm, Reporter, local_datetime, short_time, tr

log = logging.getLogger(__name__)


def open_database(database: Database) -> SqliteFile:
    """The kiosk's database (worker side); it may still be opening right after start."""
    engine = database.engine
    if engine is None:
        raise RuntimeError(tr("The kiosk is still starting; try again in a moment."))
    return engine


@QmlElement
class StaffStatusVm(BusyVm):
    factsChanged = Signal()

    def __init__(
        self,
        settings: QtSettings,
        database: Database,
        tasks: TaskRunner,
        *,
        authorised: Authorised,
        report: Reporter,
        sync_service: SyncService | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._home: Path = settings.store.home
        self._settings = settings
        self._db = database
        self._authorised = authorised
        self._report = report
        self._sync = sync_service
        self._status: status.StaffStatus | None = None
        self._facts: list[dict[str, Any]] = []

    @Slot()
    def refresh(self) -> None:
        """Read the facts again (staff home shown, a sync cycle ended)."""
        if not self._authorised():
            return
        home, settings = self._home, self._settings.current
        self._run(
            lambda: status.collect(home, settings, open_database(self._db)),
            self._on_status,
            self._on_failed,
            lane="background",
        )

    def _on_status(self, result: status.StaffStatus) -> None:
        if not self._authorised():
            return  # locked meanwhile: show nothing
        self._status = result
        self._facts = _fact_rows(result)
        self.factsChanged.emit()

    def _on_failed(self, error: Exception) -> None:
        log.warning("the kiosk status could not be read: %s", error)
        self._report(tr("The kiosk status could not be read."), error=True)

    def clear(self) -> None:
        """Staff mode locked: forget the facts."""
        self._status, self._facts = None, []
        self.factsChanged.emit()

    @Slot()
    def retranslate(self) -> None:
        """The UI language changed: rebuild the texts made in Python."""
        if self._status is not None:
            self._facts = _fact_rows(self._status)
        self.factsChanged.emit()

    # -- facts --------------------------------------------------------------------------------

    def _get_facts(self) -> list[dict[str, Any]]:
        return self._facts

    facts = container_property("QVariantList", _get_facts, notify=factsChanged)

    def _get_demo(self) -> bool:
        return self._status is not None and self._status.demo_mode

    demoMode = Property(bool, _get_demo, notify=factsChanged)

    def _get_waiting(self) -> int:
        waiting = None if self._status is None else self._status.requests_waiting
        return -1 if waiting is None else waiting

    requestsWaiting = Property(int, _get_waiting, notify=factsChanged)

    def _get_conflicts(self) -> int:
        conflicts = None if self._status is None else self._status.requests_in_conflict
        return -1 if conflicts is None else conflicts

    requestsInConflict = Property(int, _get_conflicts, notify=factsChanged)
    """How many requests sync will not send again (the central side has other content under
    their id); a count only. The staff home explains what to do: `conflictText`."""

    def _get_conflict_text(self) -> str:
        conflicts = self._get_conflicts()
        if conflicts <= 0:
            return ""
        return QCoreApplication.translate(
            "",
            "%n request(s) cannot be sent: the central office already has a different request "
            "with the same code. Export them to a USB stick and take it to the central office.",
            None,
            conflicts,
        )

    conflictText = Property(str, _get_conflict_text, notify=factsChanged)

    # -- sync ---------------------------------------------------------------------------------

    def _get_can_sync(self) -> bool:
        return self._sync is not None

    canSync = Property(bool, _get_can_sync, constant=True)
    canTest = Property(bool, _get_can_sync, constant=True)

    def _get_sync_reason(self) -> str:
        if self._sync is None:
            return tr("Sync does not run inside the app in this version; use 'pitstop sync'.")
        return ""

    syncUnavailableReason = Property(str, _get_sync_reason, notify=factsChanged)

    @Slot()
    def syncNow(self) -> None:
        if self._sync is not None and self._authorised():
            audit.record(self._home, "staff", "sync.requested")
            self._sync.syncNow()
            self._report(tr("Sync started."))

    @Slot()
    def testConnection(self) -> None:
        if self._sync is not None and self._authorised():
            self._sync.testConnection()
            self._report(tr("Testing the connection…"))


def _fact_rows(s: status.StaffStatus) -> list[dict[str, Any]]:
    def row(key: str, label: str, value: str, warn: bool = False) -> dict[str, Any]:
        return {"key": key, "label": label, "value": value, "warn": warn}

    never = tr("never")
    unknown = tr("unknown")
    sync = s.sync
    last_ok = status.parse_time(sync.last_success)
    stale = last_ok is None or (
        dt.datetime.now(dt.UTC) - last_ok.astimezone(dt.UTC) > dt.timedelta(days=1)
    )
    catalogue = s.catalogue_version or tr("none")
    if s.catalogue_updated_at:
        catalogue += " · " + short_time(s.catalogue_updated_at)
    if s.catalogue_demo:
        catalogue += " · " + tr("demo data")
    modes = {"folder": tr("shared folder"), "http": tr("central server"), "off": tr("off")}
    return [
        row("kiosk", tr("Kiosk"), f"{s.kiosk_name} ({s.kiosk_id})"),
        row("venue", tr("Venue"), s.venue or "—"),
        row("version", tr("App version"), s.app_version),
        row(
            "demo",
            tr("Mode"),
            tr("DEMO: requests are sealed with a local demo key") if s.demo_mode else tr("live"),
            s.demo_mode,
        ),
        *(
            []
            if s.demo_mode
            else [
                row(  # its own row, so the fingerprint is never split across lines
                    "officeKey",
                    tr("Office key fingerprint"),
                    s.office_key_fingerprint or unknown,
                    s.office_key_fingerprint is None,
                )
            ]
        ),
        row("catalogue", tr("Catalogue"), catalogue, s.catalogue_version is None),
        *_refusal_rows(s, row),
        row("sync", tr("Sync"), modes.get(s.sync_mode, s.sync_mode)),
        row(
            "lastSuccess",
            tr("Last successful sync"),
            short_time(sync.last_success) if sync.last_success else never,
            stale and s.sync_mode != "off",
        ),
        row("lastError", tr("Last problem"), sync.last_error or "—", bool(sync.last_error)),
        row(
            "waiting",
            tr("Requests waiting to be sent"),
            unknown if s.requests_waiting is None else str(s.requests_waiting),
            bool(s.requests_waiting),
        ),
        row(
            "conflict",
            tr("Requests in conflict"),
            unknown if s.requests_in_conflict is None else str(s.requests_in_conflict),
            bool(s.requests_in_conflict),
        ),
        row(
            "disk",
            tr("Free disk space"),
            unknown if s.disk_free_bytes is None else status.format_bytes(s.disk_free_bytes),
            s.disk_free_bytes is not None and s.disk_free_bytes < 500 * 2**20,
        ),
        row("uptime", tr("Running for"), status.format_duration(s.uptime_seconds)),
    ]


def _refusal_rows(
    s: status.StaffStatus, row: Callable[[str, str, str, bool], dict[str, Any]]
) -> list[dict[str, Any]]:
    """The last refused catalogue in red, named as staff or the office gave it, until a
    catalogue is accepted. The reason is the catalogue reader's English sentence."""
    refusal = s.catalogue_refusal
    if refusal is None:
        return []
    places = {
        "usb": tr("%1 (USB stick)"),
        "share": tr("%1 (shared folder)"),
        "server": tr("%1 (central server)"),
    }
    name = places.get(refusal.origin, "%1").replace("%1", refusal.source_name)
    value = (
        tr("%1 — %2 The kiosk keeps its current catalogue.")
        .replace("%1", f"{name}, {local_datetime(refusal.when)}")
        .replace("%2", refusal.reason)
    )
    return [row("catalogueRefused", tr("Catalogue refused"), value, True)]
