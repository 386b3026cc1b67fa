"""One kiosk per data folder: the lock is held by a real process and seen from another."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.instance import AnotherInstance, InstanceLock, running_instance

HOLDER = """
import sys, time
from pathlib import Path
from kiosk.instance import InstanceLock
with InstanceLock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def holder(home: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock on `home`."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    yield process
    process.kill()
    process.wait(10)
    process.stdout.close()


def test_a_second_holder_is_refused_with_the_first_ones_pid(
    home: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(AnotherInstance) as refused, InstanceLock(home):
        pass
    assert refused.value.pid == holder.pid
    assert str(refused.value).startswith(f"another kiosk (pid {holder.pid}) is already running on")
    assert running_instance(home) == holder.pid


def test_the_lock_goes_with_the_process_however_it_ends(
    home: Path, holder: subprocess.Popen[str]
) -> None:
    holder.kill()  # no clean-up code runs: the kernel releases the lock
    holder.wait(10)
    assert running_instance(home) is None
    with InstanceLock(home) as lock:
        assert lock.held
        assert running_instance(home) == os.getpid()
    assert not lock.held
    assert running_instance(home) is None


def test_no_lock_file_means_nothing_running(home: Path) -> None:
    assert running_instance(home) is None
    assert running_instance(home / "missing") is None


def test_a_symlinked_lock_file_is_not_followed(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("precious", encoding="utf-8")
    (home / "pitstop.lock").symlink_to(target)
    with pytest.raises(OSError), InstanceLock(home):
        pass
    assert target.read_text(encoding="utf-8") == "precious"


def test_lock_file_is_private(home: Path) -> None:
    with InstanceLock(home):
        assert (home / "pitstop.lock").stat().st_mode & 0o777 == 0o600


def test_a_reader_checking_does_not_make_a_starting_kiosk_fail(home: Path) -> None:
    stop = time.monotonic() + 0.5
    while time.monotonic() < stop:
        with InstanceLock(home):
            pass
        assert running_instance(home) is None
