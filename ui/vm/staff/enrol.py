"""Staff mode's "Set up from a USB stick": the office's enrolment files found on removable media,
what the chosen one will do, and applying it (`sync.enrolment.apply_enrolment`).

The steps: list (a background scan, the same walk as the catalogue import), preview (the file is
read and checked on the background lane; nothing changes), apply (it tests the server or share,
fetches the catalogue and imports it; up to two minutes). Applying runs on the network lane with
the kiosk's sync paused (`SyncPause`): no sync cycle runs between the old settings and the new,
and the database writes go through the one writer. Applying re-reads the file and refuses it when
it changed since it was shown. On failure nothing on the kiosk has changed and the reason is one
sentence; on success the settings store reloads (sync, staff and every screen follow it) and
`applied` tells the feature to reload the catalogue.

A kiosk already enrolled takes only a file with the office key it was enrolled with: whoever
knows the PIN cannot point parents' requests at their own key (`pitstop enrol FILE` at the
kiosk's terminal may). It cannot tell a genuine office file from a forged one beyond what the
file itself proves (the key matches its fingerprint): staff read the fingerprint to the office
before they confirm.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk import audit
from kiosk.db.writer import Writes
from kiosk.enrolment import Enrolment, EnrolmentError, HttpSync, read_enrolment
from kiosk.settings_store import SettingsStore
from kiosk.staff import enrolfiles, media, status
from kiosk.text import printable
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.staff.common import Authorised, BusyVm, Reporter, local_datetime, tr

log = logging.getLogger(__name__)

Apply = Callable[[Path, Path, SettingsStore], Any]
"""(home, file, store) -> the result; raises EnrolmentError (tests may pass their own)."""


class SyncPause(Protocol):
    """The kiosk's own sync cycles, held while an enrolment is applied (`ui.sync_service`)."""

    def pause(self) -> None: ...
    def resume(self) -> None: ...


def _apply_for_real(home: Path, file: Path, store: SettingsStore, *, write: Writes) -> Any:
    from sync.enrolment import apply_enrolment

    return apply_enrolment(home, file, store=store, by="staff", write=write, same_office=True)


def _check_same_office(home: Path, enrolment: Enrolment) -> None:
    from sync.enrolment import check_same_office

    check_same_office(home, enrolment)


class _Changed(EnrolmentError):
    pass


@QmlElement
class StaffEnrolVm(BusyVm):
    filesChanged = Signal()
    previewChanged = Signal()
    applied = Signal()
    """An enrolment was applied: the feature has every screen read the new catalogue."""

    def __init__(
        self,
        settings: QtSettings,
        tasks: TaskRunner,
        *,
        roots: Sequence[Path],
        authorised: Authorised,
        report: Reporter,
        apply: Apply | None = None,
        sync: SyncPause | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._home = settings.store.home
        self._settings = settings
        self._roots = list(roots)
        self._authorised = authorised
        self._report = report
        self._apply: Apply = apply or functools.partial(_apply_for_real, write=tasks.writer.call)
        self._sync = sync
        self._files: list[dict[str, Any]] = []
        self._chosen: Path | None = None
        self._enrolment: Enrolment | None = None
        self._done = False

    def clear(self) -> None:
        """Staff mode locked: forget the files and the preview (the token is never shown)."""
        self._files, self._chosen, self._enrolment, self._done = [], None, None, False
        self.filesChanged.emit()
        self.previewChanged.emit()

    # -- properties ---------------------------------------------------------------------------

    def _get_files(self) -> list[dict[str, Any]]:
        return self._files

    enrolFiles = container_property("QVariantList", _get_files, notify=filesChanged)

    def _get_has_preview(self) -> bool:
        return self._enrolment is not None

    hasPreview = Property(bool, _get_has_preview, notify=previewChanged)

    def _get_done(self) -> bool:
        return self._done

    done = Property(bool, _get_done, notify=previewChanged)
    """The shown file was applied (the screen offers only "Staff home" then)."""

    def _get_preview(self) -> list[dict[str, Any]]:
        enrolment = self._enrolment
        if enrolment is None:
            return []
        kiosk, sync = enrolment.kiosk, enrolment.sync
        http = isinstance(sync, HttpSync)
        rows = [
            ("file", tr("File"), self._label()),
            ("kioskId", tr("Kiosk id"), kiosk.id),
            ("name", tr("Kiosk name"), kiosk.name),
            ("venue", tr("Venue"), kiosk.venue or "—"),
            ("comune", tr("Comune"), kiosk.comune or "—"),
            (
                "sync",
                tr("Sends requests to"),
                (tr("central server %1") if http else tr("shared folder %1")).replace(
                    "%1", sync.url if isinstance(sync, HttpSync) else sync.folder
                ),
            ),
            ("fingerprint", tr("Office key fingerprint"), enrolment.office_key_fingerprint),
            ("created", tr("Prepared by the office"), local_datetime(enrolment.created_at)),
            (
                "staffCode",
                tr("One-time staff code"),
                tr("yes") if enrolment.staff_code is not None else tr("no"),
            ),
        ]
        return [
            {"key": key, "label": label, "value": printable(value, limit=300)}
            for key, label, value in rows
        ]

    previewRows = container_property("QVariantList", _get_preview, notify=previewChanged)

    def _get_current_id(self) -> str:
        return self._settings.current.kiosk.id

    currentKioskId = Property(str, _get_current_id, notify=previewChanged)

    def _label(self) -> str:
        chosen = self._chosen
        if chosen is None:
            return ""
        return next((f["label"] for f in self._files if f["path"] == str(chosen)), chosen.name)

    # -- list ---------------------------------------------------------------------------------

    @Slot()
    def scan(self) -> None:
        """List the enrolment files on the sticks (the screen opened, or "Look again")."""
        if not self._authorised():
            return
        self._chosen, self._enrolment, self._done = None, None, False
        self.previewChanged.emit()
        self._report(tr("Looking for enrolment files on USB sticks…"))
        roots = self._roots
        self._run(
            lambda: enrolfiles.list_enrolment_files(roots),
            self._on_files,
            self._on_unreadable,
            lane="background",
        )

    def _on_files(self, files: list[media.MediaFile]) -> None:
        self._files = [
            {
                "path": str(f.path),
                "label": printable(f.label, limit=200),
                "detail": f"{status.format_bytes(f.size)} · {local_datetime(f.modified)}",
            }
            for f in files
        ]
        self.filesChanged.emit()
        self._report(
            tr("Choose the enrolment file the office gave you.")
            if files
            else tr("No enrolment file found. Plug in the office's USB stick and look again.")
        )

    def _on_unreadable(self, error: Exception) -> None:
        log.warning("the USB sticks could not be read: %s", error)
        self._report(tr("The USB sticks could not be read."), error=True)

    # -- preview ------------------------------------------------------------------------------

    @Slot(str)
    def choose(self, path: str) -> None:
        """Read and check the file `path` (one of `enrolFiles`) and show what it will do."""
        if not self._authorised() or path not in {f["path"] for f in self._files}:
            return
        file, roots, home = Path(path), self._roots, self._home

        def work() -> Enrolment:
            enrolfiles.check_on_media(file, roots)
            enrolment = read_enrolment(file)
            _check_same_office(home, enrolment)  # said at once, checked again when applied
            return enrolment

        def done(enrolment: Enrolment) -> None:
            self._chosen, self._enrolment, self._done = file, enrolment, False
            self.previewChanged.emit()
            self._report(
                tr(
                    "Check the fingerprint with the office, then apply. The kiosk tests the "
                    "connection and fetches the catalogue first: if anything fails, nothing changes."
                )
            )

        def failed(error: Exception) -> None:
            self._chosen, self._enrolment = None, None
            self.previewChanged.emit()
            self._report(self._refusal(file, error), error=True)

        self._run(work, done, failed, lane="background")

    @Slot()
    def back(self) -> None:
        """Back from the preview to the list of files."""
        self._chosen, self._enrolment, self._done = None, None, False
        self.previewChanged.emit()
        self._report("")

    # -- apply --------------------------------------------------------------------------------

    @Slot()
    def apply(self) -> None:
        """Apply the file shown (writer lane); the result goes to the message line."""
        file, shown = self._chosen, self._enrolment
        if not self._authorised() or file is None or shown is None or self._done or self.busy:
            return
        home, roots, store, apply = self._home, self._roots, self._settings.store, self._apply

        def work() -> Any:
            enrolfiles.check_on_media(file, roots)
            if read_enrolment(file) != shown:
                raise _Changed("changed")
            return apply(home, file, store)

        sync = self._sync
        if sync is not None:
            sync.pause()  # before the job is queued: no cycle with the old settings after it

        def applied(result: Any) -> None:
            if sync is not None:
                sync.resume()
            self._on_applied(result)

        def failed(error: Exception) -> None:
            if sync is not None:
                sync.resume()
            self._on_failed(file, error)

        self._report(tr("Testing the connection and fetching the catalogue… (up to 2 minutes)"))
        self._run(work, applied, failed, lane="network")  # after any sync cycle already queued

    def _on_applied(self, _: Any) -> None:
        enrolment = self._enrolment
        self._done = True
        self.previewChanged.emit()
        self.applied.emit()
        kiosk_id = enrolment.kiosk.id if enrolment is not None else ""
        self._report(
            tr(
                "Done: this kiosk is now %1 and sends requests to the office. Delete the "
                "enrolment file from the USB stick."
            ).replace("%1", kiosk_id)
        )

    def _on_failed(self, file: Path, error: Exception) -> None:
        reason = self._refusal(file, error)
        audit.record(
            self._home,
            "staff",
            "enrolment.refused",
            file=printable(file.name, limit=120),
            reason=printable(reason, limit=400),
        )
        self._report(reason, error=True)

    @staticmethod
    def _refusal(file: Path, error: Exception) -> str:
        if isinstance(error, _Changed):
            return tr("The file changed since it was shown; choose it again. Nothing changed.")
        if isinstance(error, (EnrolmentError, media.MediaError)):
            return tr("Not applied: %1").replace("%1", printable(error, limit=400))
        log.error("the enrolment %s could not be applied: %r", file.name, error)
        return tr("Not applied: an unexpected error (see the log). Nothing changed.")
