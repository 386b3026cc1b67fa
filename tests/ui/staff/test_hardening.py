"""Kiosk hardening: shortcuts swallowed, URL handlers, clipboard wipe, systemd READY/WATCHDOG."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QContextMenuEvent,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QWindow,
)

from ui import hardening
from ui.features.hardening import HardeningFeature

SHORTCUTS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier),
]


def _hardening(app: Any) -> hardening.Hardening:
    feature = app.feature(HardeningFeature)
    assert feature is not None and feature.hardening is not None
    return feature.hardening


@pytest.fixture
def fullscreen(home: Path, qtbot: Any) -> Iterator[Any]:
    """The kiosk as `pitstop run` shows it: fullscreen, kiosk mode, hardened."""
    from ui.app import KioskApp

    app = KioskApp(home, features=[HardeningFeature()])
    qtbot.waitExposed(app.window)
    yield app
    app.close()


@pytest.mark.parametrize(("key", "mods"), SHORTCUTS)
def test_blocked_key_predicate(key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
    assert hardening.is_blocked_key(event)


def test_ordinary_keys_pass() -> None:
    for key, mods in [
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),  # the visitor's Back key (ui/keys.py)
        (Qt.Key.Key_Back, Qt.KeyboardModifier.NoModifier),
    ]:
        assert not hardening.is_blocked_key(QKeyEvent(QEvent.Type.KeyPress, key, mods))


def test_shortcuts_leave_the_window_fullscreen_with_no_dialog(qtbot: Any, fullscreen: Any) -> None:
    window = fullscreen.window
    windows_before = set(QGuiApplication.topLevelWindows())
    guard = _hardening(fullscreen).keys
    for key, mods in SHORTCUTS:
        qtbot.keyClick(window, key, mods)
        qtbot.wait(20)
    assert guard.swallowed >= len(SHORTCUTS)
    # A close request from the compositor (Alt+F4 handled outside Qt) is refused too.
    QGuiApplication.sendEvent(window, QCloseEvent())
    qtbot.wait(50)
    assert window.isVisible()
    assert window.visibility() == QWindow.Visibility.FullScreen
    assert set(QGuiApplication.topLevelWindows()) == windows_before
    assert fullscreen.navigator.page == "attract"


def test_context_menus_are_swallowed_in_kiosk_mode(qtbot: Any, fullscreen: Any) -> None:
    guard = _hardening(fullscreen).keys
    before = guard.swallowed
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse,
        QPoint(100, 100),
        QPoint(100, 100),
        Qt.KeyboardModifier.NoModifier,
    )
    QGuiApplication.sendEvent(fullscreen.window, event)
    assert guard.swallowed == before + 1


def test_a_window_that_takes_the_focus_later_is_guarded_too(qtbot: Any, fullscreen: Any) -> None:
    """A popup shown as a window of its own (Qt Quick Controls can) gets no way out either."""
    from PySide6.QtQuick import QQuickWindow

    guard = _hardening(fullscreen).keys
    popup = QQuickWindow()
    popup.resize(200, 100)
    popup.show()
    popup.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is popup)
    before = guard.swallowed
    qtbot.keyClick(popup, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QGuiApplication.sendEvent(popup, QCloseEvent())
    assert guard.swallowed >= before + 2
    assert popup.isVisible()
    popup.destroy()


def test_the_guard_watches_windows_not_every_object(fullscreen: Any) -> None:
    """Installed on the application, the guard would run Python for every event of every object,
    items in the middle of being destroyed included; on the window it sees what reaches it."""
    guard = _hardening(fullscreen).keys
    before = guard.swallowed
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5), Qt.KeyboardModifier.NoModifier
    )
    QGuiApplication.sendEvent(fullscreen.window.contentItem(), event)  # straight to an item
    assert guard.swallowed == before
    QGuiApplication.sendEvent(fullscreen.window, event)  # as the platform sends it
    assert guard.swallowed == before + 1


def test_guard_is_inert_outside_kiosk_mode() -> None:
    guard = hardening.KeyGuard(kiosk_mode=False)
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert guard.eventFilter(guard, event) is False


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/x",
        "http://example.org",
        "file:///etc/passwd",
        "mailto:a@b.example",
        "tel:+390331555000",
        "sms:+390331555000",
        "geo:45.6,8.9",
        "ftp://example.org/",
    ],
)
def test_url_handlers_block_every_external_open(fullscreen: Any, url: str) -> None:
    blocker = _hardening(fullscreen).urls
    before = len(blocker.blocked)
    QDesktopServices.openUrl(QUrl(url))
    assert blocker.blocked[before:] == [QUrl(url).scheme()]


def test_qml_open_url_externally_is_blocked(fullscreen: Any) -> None:
    blocker = _hardening(fullscreen).urls
    fullscreen.engine.evaluate("Qt.openUrlExternally('https://example.org/from-qml')")
    assert blocker.blocked[-1] == "https"


def test_clipboard_cleared_at_session_wipe(qtbot: Any, fullscreen: Any) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Giulia +39 347 123 4567")
    assert clipboard.text() != ""
    fullscreen.session.wipe()
    assert clipboard.text() == ""


def _notify_socket(path: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.setblocking(False)
    return sock


def _received(sock: socket.socket) -> list[str]:
    messages = []
    while True:
        try:
            messages.append(sock.recv(4096).decode())
        except BlockingIOError:
            return messages


@pytest.mark.parametrize("abstract", [False, True])
def test_ready_after_first_frame_then_watchdog(
    qtbot: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, abstract: bool
) -> None:
    from ui.app import KioskApp

    if abstract:
        name = f"@pitstop-test-{os.getpid()}"
        sock = _notify_socket("\0" + name[1:])
    else:
        name = str(tmp_path / "notify.sock")
        sock = _notify_socket(name)
    monkeypatch.setenv("NOTIFY_SOCKET", name)
    monkeypatch.setenv("WATCHDOG_USEC", "150000")  # 150 ms → a beat every 50 ms
    messages: list[str] = []
    app = KioskApp(home, size=(800, 600), features=[HardeningFeature()])
    try:
        notifier = _hardening(app).notifier
        assert notifier.active
        qtbot.waitUntil(lambda: notifier.beats >= 3, timeout=5000)
        messages = _received(sock)
    finally:
        app.close()
        messages += _received(sock)
        sock.close()
    assert messages[0].startswith("READY=1")
    assert messages.count("WATCHDOG=1") >= 3
    assert messages[-1] == "STOPPING=1"


def test_no_notify_socket_means_no_timer(
    qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.app import KioskApp

    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    app = KioskApp(home, size=(800, 600), features=[HardeningFeature()])
    try:
        qtbot.wait(100)
        notifier = _hardening(app).notifier
        assert not notifier.active and notifier.beats == 0
    finally:
        app.close()


def test_watchdog_interval_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    assert hardening.watchdog_interval_ms() == 10_000
    monkeypatch.setenv("WATCHDOG_USEC", "junk")
    assert hardening.watchdog_interval_ms() == 10_000
    assert hardening.sd_notify("READY=1", "") is False


@pytest.mark.parametrize("hardened", [True, False])
def test_right_click_on_a_text_field_opens_no_menu_only_when_hardened(
    qtbot: Any, home: Path, usb: Path, fast_pins: Any, hardened: bool
) -> None:
    """Qt Quick text fields bring their own cut/copy/paste menu (a new window); hardening eats it.

    The unhardened run shows that the check can fail.
    """
    from tests.ui.staff.qmlhelpers import find
    from ui.app import KioskApp
    from ui.features.staff import StaffFeature

    feature = StaffFeature(media_roots=[usb], pins=fast_pins, quit_app=lambda c: None)
    features: list[Any] = [feature, HardeningFeature()] if hardened else [feature]
    app = KioskApp(home, size=(1280, 800), kiosk_mode=True, features=features)
    assert feature.models is not None
    lock = feature.models.lock
    try:
        fast_pins.set_pin("739251")
        app.session.requestStaff()
        qtbot.waitUntil(lambda: not lock.busy and lock.screen == "pin")
        for digit in "739251":
            lock.digit(digit)
        lock.submitPin()
        qtbot.waitUntil(lambda: lock.screen == "home")
        lock.showScreen("settings")
        qtbot.waitUntil(lambda: find(app.window, "staff.setting.kiosk.name") is not None)
        field = find(app.window, "staff.setting.kiosk.name")
        windows = len(QGuiApplication.topLevelWindows())
        pos = field.mapToScene(QPointF(20, 20)).toPoint()
        qtbot.mouseClick(app.window, Qt.MouseButton.RightButton, pos=pos)
        qtbot.wait(100)
        opened = len(QGuiApplication.topLevelWindows()) - windows
        assert opened == (0 if hardened else 1)
    finally:
        app.close()
