"""Names from a USB stick reach staff mode's lists without control codes (a crafted file name
could otherwise carry escape sequences into the screen's text and the log)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.settings_store import SettingsStore
from kiosk.staff import media
from ui.database import Database
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.vm.staff.media import StaffMediaVm


def test_usb_file_and_stick_names_are_printable(qtbot: Any, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    stick = usb / "chiavetta\x1b]0;x\x07"
    stick.mkdir(parents=True)
    (stick / "cat\x1b[2Jalogo.json").write_text("{}", encoding="utf-8")
    tasks = TaskRunner()
    settings = QtSettings(SettingsStore(tmp_path / "home"))
    said: list[str] = []
    vm = StaffMediaVm(
        settings,
        Database(tmp_path / "home", tasks),
        tasks,
        roots=[usb],
        authorised=lambda: True,
        report=lambda text, error=False: said.append(text),
    )

    vm._on_files(media.list_catalogue_files([usb]))
    vm._on_targets(([stick], 0))
    vm._on_import_failed(ValueError("cat\x1b[2Jalogo.json: not a catalogue"))

    (shown,) = vm.mediaFiles
    assert "\x1b" not in shown["label"] and "alogo.json" in shown["label"]
    (target,) = vm.exportTargets
    assert "\x1b" not in target["label"] and "\x07" not in target["label"]
    assert "\x1b" not in said[-1]
    tasks.shutdown()
