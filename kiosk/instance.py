"""One kiosk per data folder: `pitstop run` holds an exclusive lock on `<home>/pitstop.lock`.

Two kiosks on one data folder would both deliver the same requests, fight over the catalogue
swap and write the same SQLite file from two writers. The lock is `flock` on an open file: the
kernel releases it when the process ends, however it ends (no stale lock after a crash or a
power cut). The file stays after use and holds the pid of the last holder, for messages and for
`pitstop doctor`. What it cannot do: see a kiosk running on another PC over a network share
(flock is not reliable on NFS/SMB; the data folder is on local disk by design).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path
from types import TracebackType

from kiosk.paths import lock_path

_RETRY_S = 0.3
"""How long to retry a busy lock: `running_instance` holds it shared for an instant."""


class AnotherInstance(RuntimeError):
    """The data folder is in use by another kiosk; str() is one sentence with its pid."""

    def __init__(self, home: Path, pid: int | None) -> None:
        who = f"another kiosk (pid {pid})" if pid else "another kiosk"
        super().__init__(
            f"{who} is already running on {home}: stop it first "
            "(sudo systemctl stop pitstop-kiosk), or give this one its own PITSTOP_HOME"
        )
        self.home = home
        self.pid = pid


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(fd, 32, 0).decode("ascii").strip()
        pid = int(text)
        return pid if pid > 0 else None
    return None


class InstanceLock:
    """Exclusive hold on a data folder for as long as the `with` block (or `acquire`/`release`).

    Raises AnotherInstance when another process holds it.
    """

    def __init__(self, home: Path) -> None:
        self.home = home
        self.path = lock_path(home)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
        deadline = time.monotonic() + _RETRY_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    pid = _read_pid(fd)
                    os.close(fd)
                    raise AnotherInstance(self.home, pid) from None
                time.sleep(0.02)
            except BaseException:
                os.close(fd)
                raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def running_instance(home: Path) -> int | None:
    """The pid of the kiosk running on `home` (None when none is; 0 when one is but its pid is
    unknown). Takes the lock shared for an instant, so it never blocks and never lies about a
    dead process."""
    try:
        fd = os.open(lock_path(home), os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_pid(fd) or 0
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
