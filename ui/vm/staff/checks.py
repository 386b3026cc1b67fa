"""Staff mode's "Checks" panel and the staff home's list of problems: the same findings as
`pitstop doctor` (without the network and display checks), translated.

The checks run on the "background" lane (a few file reads, one small query, the free space).
Titles and fixes are `kiosk.checks.MESSAGES` templates translated under the context "checks" of
the staff catalogue, then filled with the finding's values (file names, dates, sizes), which stay
as they are. A finding whose template has no translation shows the English text.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.checks import MESSAGES, Finding, fill
from kiosk.settings import Settings
from ui.database import Database
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.staff.common import Authorised, BusyVm, Reporter, local_datetime, tr

log = logging.getLogger(__name__)

HOME_HIDDEN = frozenset({"demo.mode"})
"""Findings the staff home shows in its own way (the demo banner), left out of `problems`."""
CONTEXT = "checks"
"""The translation context of the findings' templates (ui/i18n/staff_<lang>.ts)."""


def translated(f: Finding) -> tuple[str, str]:
    """`f`'s title and fix in the UI language (English when a template is not translated)."""
    templates = MESSAGES.get(f.key)
    if templates is None:
        return f.title, f.fix
    title, fix = (QCoreApplication.translate(CONTEXT, t) if t else "" for t in templates)
    return fill(title, f.args), fill(fix, f.args)


def run_staff_checks(home: Path, settings: Settings, database: Database) -> list[Finding]:
    """The findings the panel shows (worker side): kiosk and sync checks, no network."""
    from sync.checks import run_all_checks

    return run_all_checks(
        home, settings, database.engine, network=False, display=False, own_pid=os.getpid()
    )


@QmlElement
class StaffChecksVm(BusyVm):
    findingsChanged = Signal()

    def __init__(
        self,
        settings: QtSettings,
        database: Database,
        tasks: TaskRunner,
        *,
        authorised: Authorised,
        report: Reporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._home: Path = settings.store.home
        self._settings = settings
        self._db = database
        self._authorised = authorised
        self._report = report
        self._found: list[Finding] | None = None
        self._checked_at: dt.datetime | None = None
        self._rows: list[dict[str, Any]] = []

    @Slot()
    def refresh(self) -> None:
        """Run the checks again (the staff home or the panel shown, "Check again")."""
        if not self._authorised():
            return
        home, settings = self._home, self._settings.current
        self._run(
            lambda: run_staff_checks(home, settings, self._db),
            self._on_found,
            self._on_failed,
            lane="background",
        )

    def _on_found(self, found: list[Finding]) -> None:
        if not self._authorised():
            return  # locked meanwhile: show nothing
        self._found, self._checked_at = found, dt.datetime.now(dt.UTC)
        self._rows = _rows(found)
        self.findingsChanged.emit()

    def _on_failed(self, error: Exception) -> None:
        log.warning("the checks could not run: %s", error)
        self._report(tr("The checks could not run."), error=True)

    def clear(self) -> None:
        """Staff mode locked: forget the findings."""
        self._found, self._checked_at, self._rows = None, None, []
        self.findingsChanged.emit()

    @Slot()
    def retranslate(self) -> None:
        """The UI language changed: translate the findings again."""
        if self._found is not None:
            self._rows = _rows(self._found)
        self.findingsChanged.emit()

    def findings_now(self) -> list[Finding]:
        """The last findings (Python callers, tests); empty before the first run."""
        return list(self._found or [])

    def _get_findings(self) -> list[dict[str, Any]]:
        return self._rows

    findings = container_property("QVariantList", _get_findings, notify=findingsChanged)
    """Every finding: {key, severity, title, fix}, errors first."""

    def _get_problems(self) -> list[dict[str, Any]]:
        return [
            row for row in self._rows if row["severity"] != "ok" and row["key"] not in HOME_HIDDEN
        ]

    problems = container_property("QVariantList", _get_problems, notify=findingsChanged)
    """The errors and warnings for the staff home's short list (but HOME_HIDDEN)."""

    def _count(self, severity: str) -> int:
        return sum(row["severity"] == severity for row in self._rows)

    def _get_errors(self) -> int:
        return self._count("error")

    errorCount = Property(int, _get_errors, notify=findingsChanged)

    def _get_warnings(self) -> int:
        return self._count("warning")

    warningCount = Property(int, _get_warnings, notify=findingsChanged)

    def _get_checked(self) -> bool:
        return self._found is not None

    checked = Property(bool, _get_checked, notify=findingsChanged)

    def _get_summary(self) -> str:
        if self._found is None or self._checked_at is None:
            return ""
        errors, warnings = self._get_errors(), self._get_warnings()
        when = local_datetime(self._checked_at)
        if not errors and not warnings:
            return tr("Everything checked is fine (%1).").replace("%1", when)
        counts = QCoreApplication.translate("", "%n error(s)", None, errors)
        counts += ", " + QCoreApplication.translate("", "%n warning(s)", None, warnings)
        return tr("%1 (checked %2).").replace("%1", counts).replace("%2", when)

    summary = Property(str, _get_summary, notify=findingsChanged)


def _rows(found: list[Finding]) -> list[dict[str, Any]]:
    rows = []
    for f in found:
        title, fix = translated(f)
        rows.append({"key": f.key, "severity": f.severity, "title": title, "fix": fix})
    return rows
