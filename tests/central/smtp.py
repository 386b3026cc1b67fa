"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd, in its own thread): it keeps every
message it accepts (`messages`, parsed), can require a user name and password, and can refuse
the messages a test picks (`refuse`)."""

from __future__ import annotations

import email
import email.policy
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from tests.central.live import free_port


class Inbox:
    """What the SMTP server accepted, in order."""

    def __init__(self, refuse: Callable[[EmailMessage], bool] | None = None) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refused: list[EmailMessage] = []
        self._refuse = refuse
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or envelope.content or b""
        assert isinstance(data, bytes)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        if self._refuse is not None and self._refuse(parsed):
            with self._lock:
                self.refused.append(parsed)
            return "554 Transaction failed: refused by the test"
        with self._lock:
            self.messages.append(parsed)
            self.envelopes.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return "250 OK"

    def wait(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        """The messages once there are at least `count` (AssertionError after `timeout`)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            assert time.monotonic() < deadline, f"{len(self.messages)} of {count} messages"
            time.sleep(0.05)


@contextmanager
def smtp_server(
    *,
    user: str = "",
    password: str = "",
    refuse: Callable[[EmailMessage], bool] | None = None,
) -> Iterator[tuple[Inbox, int]]:
    """(inbox, port) of a running SMTP server; with `user` it takes AUTH PLAIN without
    TLS (a test server on loopback only); a message `refuse` picks gets a 554 answer."""
    inbox = Inbox(refuse)
    port = free_port()
    kwargs: dict[str, Any] = {}
    if user:

        def authenticate(
            server: Any, session: Any, envelope: Any, mechanism: str, data: Any
        ) -> AuthResult:
            ok = (
                isinstance(data, LoginPassword)
                and data.login == user.encode()
                and data.password == password.encode()
            )
            return AuthResult(success=ok, handled=False)

        kwargs = {
            "authenticator": authenticate,
            "auth_require_tls": False,
            "auth_required": True,
            "auth_exclude_mechanism": ["LOGIN"],  # smtplib then tries only PLAIN
        }
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    with warnings.catch_warnings():  # aiosmtpd's own warnings, raised in its thread:
        # AUTH without TLS (a loopback test server), and its own use of Session.login_data
        warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
        warnings.filterwarnings("ignore", "Session.login_data is deprecated")
        controller.start()
        try:
            yield inbox, port
        finally:
            controller.stop()
