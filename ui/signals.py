"""Ctrl+C and SIGTERM stop `pitstop run` through its normal close (features in reverse, the QML
engine, background work, the database), not halfway.

While Qt's event loop runs, Python's own signal handlers never get a turn: the C-level handler
only notes the signal. `signal.set_wakeup_fd` makes it also write the signal number to a socket,
which a `QSocketNotifier` watches on the GUI thread; its slot asks the application to quit with
the exit code the signal deserves (SIGTERM: 0, systemd's normal stop; SIGINT: 130, as shells
expect). A second signal during the close is the default again: it ends the process at once.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QSocketNotifier

log = logging.getLogger(__name__)
EXIT_CODES = {signal.SIGTERM: 0, signal.SIGINT: 130}


def _note(signum: int, frame: FrameType | None) -> None:
    """Python's part of the handler: nothing (the wakeup byte does the work)."""


class SignalStop:
    """Catches SIGINT/SIGTERM from construction; `attach(quit)` once a Qt application exists.

    Must be built on the main thread. `received` is the signal that asked to stop, if any.
    """

    def __init__(self) -> None:
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._wakeup_set = True
        self._previous = {sig: signal.signal(sig, _note) for sig in EXIT_CODES}
        self._notifier: QSocketNotifier | None = None
        self._quit: Callable[[int], None] | None = None
        self.received: signal.Signals | None = None

    def attach(self, quit_app: Callable[[int], None]) -> None:
        """Deliver signals to `quit_app(exit_code)` from the event loop (also those already
        received: the notifier finds the byte waiting)."""
        self._quit = quit_app
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_wakeup)

    @property
    def exit_code(self) -> int | None:
        return None if self.received is None else EXIT_CODES[self.received]

    def _on_wakeup(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            if number in EXIT_CODES and self.received is None:
                self.received = signal.Signals(number)
                log.info("%s received: the kiosk closes", self.received.name)
                self.restore()  # a second one is not caught: it ends the process
                if self._quit is not None:
                    self._quit(EXIT_CODES[self.received])

    def restore(self) -> None:
        """Give the signals back to their previous handlers (idempotent)."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous = {}
        if self._wakeup_set:
            signal.set_wakeup_fd(self._previous_fd)
            self._wakeup_set = False

    def close(self) -> None:
        self.restore()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        self._reader.close()
        self._writer.close()
