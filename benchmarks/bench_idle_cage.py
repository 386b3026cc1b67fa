"""Idle cost where the kiosk runs: `pitstop run` inside `cage` (the deployment's compositor),
waiting on the welcome screen, for each Qt Quick scene-graph backend.

Target (issue: idle cost): at rest on the welcome screen the kiosk process uses <= 2 % of a core
over a minute. For each backend (`software`: QT_QUICK_BACKEND=software; `opengl`: Qt's default,
which without a GPU is Mesa's software OpenGL, llvmpipe) this starts cage with its headless
wlroots backend (WLR_BACKENDS=headless, WLR_RENDERER=pixman, WLR_LIBINPUT_NO_DEVICES=1: no
screen, GPU or input device needed; a 1280x720 output) running the kiosk with
QT_QPA_PLATFORM=wayland on a temporary data folder (PITSTOP_HOME) that already holds the demo
catalogue, waits for the kiosk's READY=1 (its first frame, on a NOTIFY_SOCKET bound here), and
reads the kiosk process's CPU time (/proc/PID/stat utime + stime) and resident set:

- awake: the AWAKE_S seconds after the first frame (the welcome screen moves: a visitor is there);
- at rest: MEASURE_S seconds once the page has rested (REST_S after the first frame, the page's
  `restDelay` plus the end of the last pulse); cage's own CPU is shown beside it.

Installs nothing: needs `cage` and `Xwayland` (cage 0.1.4 refuses to start without the Xwayland
binary), from `tools/system-deps.sh --with-bench` (what `make bench` runs). cage refuses to run as
root ("Unable to drop root"); the kiosk runs as the unprivileged user `pitstop` anyway, so as root
this runs cage in a user namespace (`unshare --user --map-user=1000`) where it is not root but
still reads the files root can (the virtualenv's Python may live under /root).

Usage: `bench_idle_cage.py [--backend software|opengl]... [--seconds N] [--rest N]`.
Exit status 3 when a target is missed (benchmarks/targets.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from targets import check, exit_code

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "assets" / "demo" / "catalogue.json"
BACKENDS = {"software": {"QT_QUICK_BACKEND": "software"}, "opengl": {}}
TARGET_PERCENT = 2.0
AWAKE_S = 10.0
REST_S = 40.0  # the page's restDelay (30 s) + the last pulse + margin
MEASURE_S = 60.0
READY_TIMEOUT_S = 120.0
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Figures:
    backend: str
    ready_s: float
    awake_percent: float
    rest_percent: float
    cage_percent: float
    rss_mib: float
    peak_mib: float


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of `pid` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def status_mib(pid: int, key: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def child_of(parent: int) -> int | None:
    """The first process whose parent is `parent`."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
            return int(entry.name)
    return None


def cpu_percent(pid: int, seconds: float) -> float:
    before, started = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return (cpu_seconds(pid) - before) / (time.monotonic() - started) * 100


def prepare_home(home: Path) -> None:
    """A data folder holding the demo catalogue (the usual start: no first-run import)."""
    env = {**os.environ, "PITSTOP_HOME": str(home), "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", "catalogue", "import", str(DEMO)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def cage_command(kiosk: list[str]) -> list[str]:
    command = [shutil.which("cage") or "cage", "--", *kiosk]
    if os.geteuid() == 0:  # cage will not run as root: be uid 1000 in a user namespace
        command = ["unshare", "--user", "--map-user=1000", "--map-group=1000", *command]
    return command


def measure(backend: str, home: Path, folder: Path, rest_s: float, seconds: float) -> Figures:
    runtime = folder / f"runtime-{backend}"
    runtime.mkdir(mode=0o700)
    notify_path = folder / f"notify-{backend}"
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(notify_path))
    notify.settimeout(1.0)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "XDG_RUNTIME_DIR": str(runtime),
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        # the kiosk, as deploy/pitstop-kiosk.service starts it
        "PITSTOP_HOME": str(home),
        "QT_QPA_PLATFORM": "wayland",
        "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1",
        "QT_IM_MODULE": "qtvirtualkeyboard",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(ROOT),
        "NOTIFY_SOCKET": str(notify_path),
        **BACKENDS[backend],
    }
    log = folder / f"cage-{backend}.log"
    started = time.monotonic()
    with log.open("wb") as out:
        cage = subprocess.Popen(
            cage_command([sys.executable, "-m", "kiosk.cli.main", "run"]),
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    kiosk: int | None = None
    try:
        ready_s = 0.0
        while not ready_s:
            if cage.poll() is not None or time.monotonic() - started > READY_TIMEOUT_S:
                tail = log.read_text(errors="replace").splitlines()[-15:]
                raise RuntimeError(f"{backend}: no READY=1 from the kiosk\n" + "\n".join(tail))
            try:
                message = notify.recv(4096).decode()
            except TimeoutError:
                continue
            if "READY=1" in message.split("\n"):
                ready_s = time.monotonic() - started
        kiosk = child_of(cage.pid)
        if kiosk is None:
            raise RuntimeError(f"{backend}: the kiosk process was not found under cage")
        awake = cpu_percent(kiosk, AWAKE_S)
        time.sleep(max(0.0, started + ready_s + rest_s - time.monotonic()))
        cage_before = cpu_seconds(cage.pid)
        window = time.monotonic()
        rest = cpu_percent(kiosk, seconds)
        cage_percent = (cpu_seconds(cage.pid) - cage_before) / (time.monotonic() - window) * 100
        figures = Figures(
            backend,
            ready_s,
            awake,
            rest,
            cage_percent,
            status_mib(kiosk, "VmRSS"),
            status_mib(kiosk, "VmHWM"),
        )
    finally:
        notify.close()
        if cage.poll() is None:
            os.killpg(cage.pid, signal.SIGTERM)  # cage, the kiosk and any helper they started
        try:
            cage.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(cage.pid, signal.SIGKILL)
            cage.wait()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", action="append", choices=sorted(BACKENDS), default=None)
    parser.add_argument("--seconds", type=float, default=MEASURE_S, help="rest window")
    parser.add_argument("--rest", type=float, default=REST_S, help="wait after the first frame")
    args = parser.parse_args()
    backends = args.backend or ["software", "opengl"]
    missing = [tool for tool in ("cage", "Xwayland") if shutil.which(tool) is None]
    if missing:
        check(
            "idle cost under cage",
            f"not measured, {' and '.join(missing)} not installed",
            "bash tools/system-deps.sh --with-bench",
            False,
        )
        return exit_code()
    results: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="pitstop-idle-") as tmp:
        folder = Path(tmp)
        os.chmod(folder, 0o755)
        home = folder / "home"
        home.mkdir()
        prepare_home(home)
        for backend in backends:
            print(f"measuring {backend} under cage (about {args.rest + args.seconds:.0f} s) …")
            results.append(measure(backend, home, folder, args.rest, args.seconds))
    print(
        f"\n{'backend':<10} {'first frame':>11} {'awake CPU':>10} {'rest CPU':>9} "
        f"{'cage CPU':>9} {'RSS':>10} {'peak RSS':>10}"
    )
    for f in results:
        print(
            f"{f.backend:<10} {f.ready_s:>9.2f} s {f.awake_percent:>8.1f} % "
            f"{f.rest_percent:>7.2f} % {f.cage_percent:>7.2f} % "
            f"{f.rss_mib:>6.1f} MiB {f.peak_mib:>6.1f} MiB"
        )
    print(
        f"(awake: {AWAKE_S:.0f} s after the first frame; rest: {args.seconds:.0f} s from "
        f"{args.rest:.0f} s after it; CPU in % of one core; 1280x720 headless output)\n"
    )
    for f in results:
        check(
            f"kiosk at rest on the welcome screen under cage, {f.backend} backend",
            f"{f.rest_percent:.2f} % of a core over {args.seconds:.0f} s, RSS {f.rss_mib:.0f} MiB",
            f"<= {TARGET_PERCENT:.0f} %",
            f.rest_percent <= TARGET_PERCENT,
        )
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
