"""The settings store seen from Qt: `changed(Settings)` on the GUI thread, file edits picked up.

`kiosk.settings_store.SettingsStore` is Qt-free; this adapter re-emits its notifications as a Qt
signal delivered on the GUI thread (a listener may be called from a worker) and watches
settings.toml, so `pitstop config set` in a terminal applies to the running kiosk at once.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, Signal, Slot

from kiosk.paths import settings_path
from kiosk.settings import Settings
from kiosk.settings_store import SettingsStore


class QtSettings(QObject):
    changed = Signal(object)
    """The new `Settings`, after every change (GUI thread)."""
    _relay = Signal(object)

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._relay.connect(self._on_relay)  # queued only when a worker made the change
        self._unsubscribe = store.subscribe(self._relay.emit)
        # settings.toml is replaced atomically (a new inode): watch the folder, not the file
        self._stamp = self._file_stamp()
        self._watcher = QFileSystemWatcher([str(store.home)], self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)

    @property
    def current(self) -> Settings:
        return self.store.current

    @Slot(object)
    def _on_relay(self, settings: Settings) -> None:
        if settings is self.store.current:  # an older value overtaken by a newer one is dropped
            self.changed.emit(settings)

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            info = settings_path(self.store.home).stat()
        except OSError:
            return None
        return info.st_ino, info.st_mtime_ns, info.st_size

    @Slot(str)
    def _on_folder_changed(self, _folder: str) -> None:
        """Any file in the data folder changed (the database too): read settings.toml only
        when it is another file than last time."""
        stamp = self._file_stamp()
        if stamp is not None and stamp != self._stamp:
            self._stamp = stamp
            self.store.reload()

    def close(self) -> None:
        """Stop listening, and delete the folder watcher now, on this (the GUI) thread: left to
        Python's cyclic collector it can be deleted in whatever thread collects, and its socket
        notifier then stays registered with the GUI thread's event loop after it is freed (a
        crash in `QSocketNotifier::type()`, seen in a full test run)."""
        self._unsubscribe()
        if shiboken6.isValid(self._watcher):
            self._watcher.removePaths(self._watcher.directories())
            shiboken6.delete(self._watcher)
