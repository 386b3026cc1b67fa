"""The kiosk's focus handlers (keys: scroll the focus into view; speech: follow the focused
field) never run inside an item's destructor. Qt moves the focus from there, when the focused
item or one of its ancestors is deleted (a page popped, a delegate recycled); a Python slot run
at that moment walks a tree that still holds half-destroyed items — the likely source of rare
segfaults in full test runs. The handlers look at the focus once the event loop is back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

import ui.keys
from tests.ui.qmlhelpers import settle, wait_until
from tests.ui.speech.conftest import Speaking, make_speaking  # noqa: F401  (fixture)


@pytest.fixture
def deletion_probe(monkeypatch: pytest.MonkeyPatch) -> tuple[list[bool], list[bool]]:
    """Each call of keys' reveal(): whether it ran inside the deletion (the flag is set)."""
    calls: list[bool] = []
    flag: list[bool] = [False]
    real = ui.keys.reveal

    def probe(item: QQuickItem) -> None:
        calls.append(flag[0])
        real(item)

    monkeypatch.setattr(ui.keys, "reveal", probe)
    return calls, flag


def _delete_focused_ancestor(app: Any, flag: list[bool], calls: list[bool]) -> None:
    """A text field in a box of its own on the kiosk window, focused; then the box deleted
    (what a page popped or a recycled delegate does to the field inside it)."""
    component = QQmlComponent(app.engine)
    component.setData(
        b"import QtQuick\nItem { width: 300; height: 60; TextInput { width: 300; height: 60 } }",
        QUrl(),
    )
    box = component.create()
    assert isinstance(box, QQuickItem), component.errorString()
    box.setParentItem(app.window.contentItem())
    field = box.childItems()[0]
    field.forceActiveFocus()
    wait_until(lambda: bool(field.hasActiveFocus()))
    settle(50)
    calls.clear()  # what the focus given to the field caused
    flag[0] = True
    try:
        box.deleteLater()  # as QML's destroy(); Qt moves the focus from inside the destructor
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(box)
    finally:
        flag[0] = False
    settle(50)


def test_keys_look_at_the_focus_after_the_deletion(
    make_kiosk: Callable[..., Any], deletion_probe: tuple[list[bool], list[bool]]
) -> None:
    calls, flag = deletion_probe
    app = make_kiosk()
    _delete_focused_ancestor(app, flag, calls)
    assert calls, "the focus left the deleted field: reveal() should have run once it settled"
    assert not any(calls), "reveal() ran inside the item's destructor"


def test_speech_follows_the_focus_after_the_deletion(
    make_speaking: Callable[..., Speaking],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = make_speaking()
    watch = s.feature.watch
    assert watch is not None
    flag = [False]
    calls: list[bool] = []
    real = watch._follow_field

    def probe() -> None:
        calls.append(flag[0])
        real()

    monkeypatch.setattr(watch, "_follow_field", probe)
    _delete_focused_ancestor(s.app, flag, calls)
    assert calls, "the focus moved: the watch should have followed it once it settled"
    assert not any(calls), "the speech watch ran inside the item's destructor"
