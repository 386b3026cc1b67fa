"""Kiosk hardening: no way out of the app, nothing opens another program, systemd supervision.

- `KeyGuard`: an event filter that, in kiosk mode, swallows the shortcuts that close, minimise or
  leave a window (Alt+F4, Ctrl+Q, Ctrl+W, F11, Alt+Tab, the Super key) and every context-menu
  request (Qt Quick text fields would otherwise offer cut/copy/paste menus on a long press).
  Installed on the kiosk window and on any other window that takes the focus (a popup window):
  keys and context-menu requests reach a window before its items. Not on the whole application:
  Python would then run for every event of every object, items being destroyed included.
- `UrlBlocker`: `QDesktopServices` URL handlers for http, https, file, mailto, tel and every other
  common scheme, so a QML "open URL externally" call or a link in a text can never start a browser, a file
  manager, a mail client or a dialer. Blocked attempts are counted and logged (scheme only).
- `clear_clipboard`: empties the clipboard and the X11/Wayland selection (called on every session
  wipe, so nothing a parent copied survives them).
- `SystemdNotifier`: `READY=1` after the first frame, `WATCHDOG=1` from a GUI-thread timer, over
  the AF_UNIX datagram socket named by $NOTIFY_SOCKET (no libsystemd needed). Because the timer
  runs on the GUI thread, a frozen interface stops the heartbeat and systemd restarts the kiosk.
"""

from __future__ import annotations

import logging
import os
import socket

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QClipboard, QDesktopServices, QGuiApplication, QKeyEvent, QWindow
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)

# -- keys -------------------------------------------------------------------------------------

_ALT = Qt.KeyboardModifier.AltModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
# Escape and Back are not here: no window of the kiosk closes or leaves full screen on them, and they
# are the visitor's Back key (ui/keys.py). Alt+Escape stays blocked below.
BLOCKED_KEYS = {
    Qt.Key.Key_F11,
    Qt.Key.Key_Close,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Menu,
    Qt.Key.Key_Exit,
}
BLOCKED_COMBOS = {
    (_ALT, Qt.Key.Key_F4),
    (_ALT, Qt.Key.Key_Tab),
    (_ALT, Qt.Key.Key_Backtab),
    (_ALT, Qt.Key.Key_Escape),
    (_CTRL, Qt.Key.Key_Q),
    (_CTRL, Qt.Key.Key_W),
    (_CTRL, Qt.Key.Key_F4),
}
KEY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}


def is_blocked_key(event: QKeyEvent) -> bool:
    key = Qt.Key(event.key())
    if key in BLOCKED_KEYS:
        return True
    mods = event.modifiers()
    return any(bool(mods & mod) and key == k for mod, k in BLOCKED_COMBOS)


class KeyGuard(QObject):
    """Window event filter; does nothing unless `kiosk_mode` is true."""

    def __init__(self, *, kiosk_mode: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kiosk_mode = kiosk_mode
        self.swallowed = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.kiosk_mode:
            return False
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            self.swallowed += 1
            return True
        if kind in KEY_EVENTS and isinstance(event, QKeyEvent) and is_blocked_key(event):
            self.swallowed += 1
            return True
        if kind == QEvent.Type.Close and isinstance(watched, QQuickWindow):
            event.ignore()
            self.swallowed += 1
            return True
        return False


# -- URLs -------------------------------------------------------------------------------------

BLOCKED_SCHEMES = (
    "http",
    "https",
    "file",
    "mailto",
    "tel",
    "sms",
    "smsto",
    "callto",
    "facetime",
    "geo",
    "maps",
    "ftp",
    "ftps",
    "sftp",
    "ssh",
    "telnet",
    "smb",
    "nfs",
    "afp",
    "webdav",
    "dav",
    "data",
    "javascript",
    "about",
    "blob",
    "irc",
    "ircs",
    "xmpp",
    "skype",
    "whatsapp",
    "tg",
    "magnet",
    "market",
    "intent",
    "steam",
    "vnc",
    "rdp",
    "ldap",
    "news",
    "nntp",
    "snews",
    "webcal",
    "ms-settings",
    "trash",
    "computer",
    "recent",
    "network",
    "applications",
    "help",
    "ghelp",
    "man",
    "info",
    "apt",
    "appstream",
    "snap",
    "flatpak",
    "x-scheme-handler",
)
"""Every scheme `QDesktopServices.openUrl` would hand to the desktop; all are swallowed."""


class UrlBlocker(QObject):
    """Receives every `QDesktopServices.openUrl` call (QML's external-URL call included) and drops it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []
        """Schemes of the attempts (never the full URL: it may carry data)."""

    def install(self) -> None:
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "openUrl")  # type: ignore[arg-type]

    def uninstall(self) -> None:
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def openUrl(self, url: QUrl) -> None:
        scheme = url.scheme() or "(none)"
        self.blocked.append(scheme)
        log.warning("blocked an attempt to open a %s: URL outside the kiosk", scheme)


def clear_clipboard() -> None:
    """Empty the clipboard and the selection (a no-op without a QGuiApplication)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    clipboard = app.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


# -- systemd ----------------------------------------------------------------------------------


def _socket_address(value: str) -> str:
    """$NOTIFY_SOCKET: a path, or '@name' for the abstract namespace."""
    return "\0" + value[1:] if value.startswith("@") else value


def sd_notify(message: str, socket_path: str | None = None) -> bool:
    """Send one datagram to systemd; False when not under systemd or the socket is gone."""
    target = socket_path if socket_path is not None else os.environ.get("NOTIFY_SOCKET", "")
    if not target:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode("utf-8"), _socket_address(target))
    except OSError as exc:
        log.warning("cannot notify systemd: %s", exc.strerror or exc)
        return False
    return True


def watchdog_interval_ms(default_ms: int = 10_000) -> int:
    """A third of $WATCHDOG_USEC (systemd's advice is 'half'; a third leaves room for a slow frame)."""
    raw = os.environ.get("WATCHDOG_USEC", "")
    try:
        usec = int(raw)
    except ValueError:
        return default_ms
    return max(100, usec // 3000) if usec > 0 else default_ms


class SystemdNotifier(QObject):
    """READY=1 after the window's first frame, then WATCHDOG=1 from a GUI-thread timer.

    Inactive (no timer, nothing sent) when $NOTIFY_SOCKET is not set. The app runs as cage's
    child, so $WATCHDOG_PID (cage's pid) is deliberately not compared with ours; the unit sets
    NotifyAccess=all.
    """

    def __init__(
        self,
        window: QQuickWindow,
        *,
        socket_path: str | None = None,
        interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.socket_path = (
            socket_path if socket_path is not None else os.environ.get("NOTIFY_SOCKET", "")
        )
        self.ready_sent = False
        self.beats = 0
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms or watchdog_interval_ms())
        self._timer.timeout.connect(self._beat)
        if self.socket_path:
            window.frameSwapped.connect(self._on_first_frame, Qt.ConnectionType.QueuedConnection)

    @property
    def active(self) -> bool:
        return bool(self.socket_path)

    @Slot()
    def _on_first_frame(self) -> None:
        if self.ready_sent:
            return
        self.ready_sent = True
        self._window.frameSwapped.disconnect(self._on_first_frame)
        sd_notify("READY=1\nSTATUS=Kiosk on screen", self.socket_path)
        self._timer.start()
        self._beat()

    @Slot()
    def _beat(self) -> None:
        if sd_notify("WATCHDOG=1", self.socket_path):
            self.beats += 1

    def stop(self) -> None:
        self._timer.stop()
        if self.active:
            sd_notify("STOPPING=1", self.socket_path)


class Hardening(QObject):
    """Everything above, installed together by the composition root (`install`/`uninstall`)."""

    def __init__(
        self, window: QQuickWindow, *, kiosk_mode: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.keys = KeyGuard(kiosk_mode=kiosk_mode, parent=self)
        self.urls = UrlBlocker(self)
        self.notifier = SystemdNotifier(window, parent=self)
        self._window = window
        self._guarded: list[QWindow] = []
        self._installed = False

    def install(self) -> None:
        self._guard(self._window)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._guard)
        self.urls.install()
        self._installed = True

    @Slot(QWindow)
    def _guard(self, window: QWindow | None) -> None:
        """Filter `window`'s events (the kiosk window, then any window that takes the focus)."""
        self._guarded = [w for w in self._guarded if shiboken6.isValid(w)]  # closed popups
        if window is None or any(window is w for w in self._guarded):
            return
        window.installEventFilter(self.keys)
        self._guarded.append(window)

    def uninstall(self) -> None:
        if not self._installed:
            return
        self.notifier.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._guard)
        for window in self._guarded:
            if shiboken6.isValid(window):
                window.removeEventFilter(self.keys)
        self._guarded.clear()
        self.urls.uninstall()
        self._installed = False
