"""Start-up as a person sees it: `pitstop run` from exec to its first frame, beside a bare Qt
Quick window's start to first frame, measured in the same run (target: <= 2.5 times the bare
window).

The kiosk: the real `pitstop run --windowed` (1280x800, offscreen, software renderer) on a data
folder already holding the demo catalogue, timed from just before the process is spawned until it
sends READY=1 (what systemd waits for: sent after the first swapped frame) to a NOTIFY_SOCKET
bound here. The bare window: `python -c` with QGuiApplication + QQuickView showing a Rectangle of
the same size, same renderer, sending READY=1 the same way after its first swapped frame. Runs
alternate (kiosk, bare, kiosk, …) so that both see the same machine; one warm-up of each first.

Usage: `bench_startup.py [RUNS]` (default 7). Exit status 3 when the target is missed.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from targets import check, exit_code

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "assets" / "demo" / "catalogue.json"
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
TARGET_RATIO = 2.5
TIMEOUT_S = 60.0
BARE = """
import os, socket, sys
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickView, QQuickWindow, QSGRendererInterface
QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
app = QGuiApplication(sys.argv[:1])
view = QQuickView()
view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
view.setSource(QUrl.fromLocalFile(sys.argv[1]))
view.resize(1280, 800)
def first_frame():
    view.frameSwapped.disconnect(first_frame)
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.sendto(b"READY=1", os.environ["NOTIFY_SOCKET"])
view.frameSwapped.connect(first_frame, Qt.ConnectionType.QueuedConnection)
view.show()
app.exec()
"""
BARE_QML = 'import QtQuick\nRectangle { width: 1280; height: 800; color: "#f6f1e7" }\n'


def kiosk_command() -> list[str]:
    script = Path(sys.executable).parent / "pitstop"
    if script.exists():  # the console script, as systemd and `make run` start it
        return [str(script), "run", "--windowed"]
    return [sys.executable, "-m", "kiosk.cli.main", "run", "--windowed"]


def time_to_ready(command: list[str], env: dict[str, str], notify: socket.socket) -> float:
    """Seconds from spawning `command` to its READY=1; the process is stopped afterwards."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        while True:
            try:
                message = notify.recv(4096).decode()
            except TimeoutError:
                if child.poll() is not None or time.perf_counter() - started > TIMEOUT_S:
                    assert child.stderr is not None
                    raise RuntimeError(
                        f"no READY=1 from {command[:3]}: " + child.stderr.read().decode()[-2000:]
                    ) from None
                continue
            if "READY=1" in message.split("\n"):
                return time.perf_counter() - started
    finally:
        os.killpg(child.pid, signal.SIGTERM)
        try:
            child.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
        while True:  # drop the WATCHDOG=1 / STOPPING=1 left behind by this run
            try:
                notify.recv(4096)
            except (TimeoutError, BlockingIOError):
                break


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pitstop-start-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        home.mkdir()
        base = {
            # An installed kiosk runs from compiled bytecode (pip compiles the wheel): let the
            # warm-up round write it even where the shell says not to (PYTHONDONTWRITEBYTECODE).
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "PITSTOP_HOME": str(home),
        }
        subprocess.run(
            [sys.executable, "-m", "kiosk.cli.main", "catalogue", "import", str(DEMO)],
            cwd=ROOT,
            env=base,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        qml = folder / "bare.qml"
        qml.write_text(BARE_QML, encoding="utf-8")
        notify_path = folder / "notify"
        notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        notify.bind(str(notify_path))
        notify.settimeout(0.2)
        env = {**base, "NOTIFY_SOCKET": str(notify_path)}
        kiosk_cmd = kiosk_command()
        bare_cmd = [sys.executable, "-c", BARE, str(qml)]
        kiosk: list[float] = []
        bare: list[float] = []
        for n in range(RUNS + 1):  # the first round warms the caches and is not counted
            k = time_to_ready(kiosk_cmd, env, notify)
            b = time_to_ready(bare_cmd, env, notify)
            if n:
                kiosk.append(k)
                bare.append(b)
        notify.close()
    k_med, b_med = statistics.median(kiosk), statistics.median(bare)
    ratio = k_med / b_med
    print(
        f"`pitstop run --windowed` exec → READY=1 (first frame): median {k_med:.3f} s "
        f"(min {min(kiosk):.3f}, max {max(kiosk):.3f})"
    )
    print(
        f"bare Qt Quick window start → first frame:           median {b_med:.3f} s "
        f"(min {min(bare):.3f}, max {max(bare):.3f})"
    )
    print(f"({RUNS} alternate runs of each, offscreen, software renderer, 1280x800)")
    check(
        "kiosk start to first frame against a bare Qt Quick window",
        f"{ratio:.2f}× ({k_med:.3f} s against {b_med:.3f} s)",
        f"<= {TARGET_RATIO}×",
        ratio <= TARGET_RATIO,
    )
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
