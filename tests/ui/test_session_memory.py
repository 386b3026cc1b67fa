"""Visitor sessions leave nothing behind on the Python side (benchmarks/bench_ui_memory.py
measures the whole process; these pin the causes found, so that a refactor cannot bring them
back). A browse session is the benchmark's: home, a category, the search field focused, words,
an offering's detail, the idle wipe."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtQuick import QQuickItem

from tests.ui.qmlhelpers import wait_for
from ui.app import KioskApp
from ui.features.speech import SpeechFeature
from ui.speech.fake import RecordingEngine


def settle(ms: int) -> None:
    """Run the event loop for `ms` (an event loop, not processEvents(): pages the StackView let
    go are deleted later, by the loop)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _session(app: KioskApp, speech: SpeechFeature | None = None) -> None:
    if speech is not None and speech.speech is not None:
        speech.speech.setActive(True)  # the watch reads the focus on every change
    app.navigator.push("home")
    settle(30)
    app.results.reset()
    app.navigator.push("results")
    wait_for(app.window, "results.search").forceActiveFocus()  # a loaded machine is slower
    settle(30)
    app.results.setText("a")
    settle(30)
    model: Any = app.results.model  # a Qt Property: mypy sees the descriptor
    rows = model.rows()
    assert rows, "the demo catalogue has results"
    app.detail.load(str(rows[0]["key"]))
    app.navigator.push("detail")
    settle(60)
    app.session.wipe()
    settle(60)


def _item_wrappers() -> int:
    """Python wrappers of QML items (those of deleted items too, when something keeps them)."""
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QQuickItem))


def test_focus_changes_of_many_sessions_keep_no_wrapper_of_a_deleted_item(
    make_kiosk: Any,
) -> None:
    """`QQuickWindow.activeFocusItem()` parents the wrapper it returns to the window (PySide's
    return-value heuristic): the key router and the speech watch read the focus at every change
    (5 per session) and kept ~1 KiB each for good (+4.5 MiB in 1,000 sessions)."""
    feature = SpeechFeature(RecordingEngine())
    app: KioskApp = make_kiosk(features=[feature])
    for _ in range(3):
        _session(app, feature)
    before = _item_wrappers()
    for _ in range(10):
        _session(app, feature)
    assert _item_wrappers() - before <= 2
