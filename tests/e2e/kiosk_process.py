"""A real `pitstop run` child for end-to-end tests, with the readiness systemd would see."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

PITSTOP = str(Path(sys.executable).with_name("pitstop"))


class KioskProcess:
    """`pitstop run ARGS` on `home`; `wait_ready()` returns once it has sent READY=1 (its first
    frame). Stopped with SIGKILL at exit if still running."""

    def __init__(
        self, home: Path, *args: str, env: Mapping[str, str] | None = None, offscreen: bool = True
    ) -> None:
        self.home = home
        self._dir = home.parent
        self.notify_path = self._dir / f"notify-{os.getpid()}-{id(self)}"
        self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.notify.bind(str(self.notify_path))
        self.notify.settimeout(0.2)
        base = {**os.environ, **(env or {})}
        base.update({"PITSTOP_HOME": str(home), "NOTIFY_SOCKET": str(self.notify_path)})
        if offscreen:
            base["QT_QPA_PLATFORM"] = "offscreen"
        self.stderr_path = self._dir / f"stderr-{id(self)}.txt"
        self._stderr = self.stderr_path.open("wb")
        self.process = subprocess.Popen(
            [PITSTOP, "run", *args],
            env=base,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                message = self.notify.recv(4096).decode()
            except TimeoutError:
                assert self.process.poll() is None, f"pitstop run ended early: {self.stderr}"
                continue
            if "READY=1" in message.split("\n"):
                return
        raise AssertionError(f"no READY=1 within {seconds} s: {self.stderr}")

    def stop(self, sig: signal.Signals, seconds: float = 15) -> tuple[int, float]:
        """Send `sig`; (exit status, seconds it took to end)."""
        started = time.monotonic()
        self.process.send_signal(sig)
        code = self.process.wait(seconds)
        return code, time.monotonic() - started

    def __enter__(self) -> KioskProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        self._stderr.close()
        self.notify.close()
        self.notify_path.unlink(missing_ok=True)
