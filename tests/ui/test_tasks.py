"""The task runner at shutdown: started work finishes, queued work is dropped (writes excepted),
and a task asked for afterwards is dropped, not an exception in a slot."""

from __future__ import annotations

import threading
from typing import Any

from ui.tasks import LANES, TaskRunner


def test_shutdown_finishes_started_work_drops_queued_work_and_keeps_writes(qapp: Any) -> None:
    tasks = TaskRunner()
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def slow() -> None:
        started.set()
        release.wait(5)
        ran.append("started")

    tasks.run(slow, lambda _: None, lane="network")
    started.wait(5)
    tasks.run(lambda: ran.append("queued"), lambda _: None, lane="network")
    tasks.run(lambda: ran.append("write"), lambda _: None, lane="writer")
    threading.Timer(0.2, release.set).start()
    tasks.shutdown()
    assert sorted(ran) == ["started", "write"]


def test_a_task_asked_for_after_shutdown_is_dropped(qapp: Any) -> None:
    tasks = TaskRunner()
    tasks.shutdown()
    ran: list[str] = []
    for lane in LANES:
        future = tasks.run(lambda: ran.append("late"), lambda _: None, lane=lane)
        assert future.cancelled()
    assert ran == []
