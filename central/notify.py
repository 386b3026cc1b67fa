"""E-mail from the central server to the office (kiosk alerts, "new requests" notices).

`send_mail(settings, to, subject, body)` sends one plain-text message through the SMTP server
the office configured: `pitstop central serve --smtp-host …` or the environment
(`PITSTOP_CENTRAL_SMTP_*`, read by `mail_settings_from_env`; serve's options are written there
so every worker sees them). Security is STARTTLS (default, port 587), implicit TLS (465) or none;
a password is never sent without TLS unless the SMTP server is on this machine. Failures are
`MailError`, one sentence. Callers never put personal data of families in a message.
This cannot tell whether a message reached the inbox: only that the SMTP server accepted it.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import re
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from kiosk.text import printable

if TYPE_CHECKING:  # loaded to send: every `pitstop` command, `run` included, registers the options
    from email.message import EmailMessage

Security = Literal["starttls", "tls", "none"]
SECURITIES: Final[tuple[Security, ...]] = ("starttls", "tls", "none")
DEFAULT_PORTS: Final[dict[Security, int]] = {"starttls": 587, "tls": 465, "none": 25}
ENV_PREFIX: Final = "PITSTOP_CENTRAL_SMTP_"
ENV: Final = {
    name: ENV_PREFIX + name.upper()
    for name in ("host", "port", "security", "user", "password", "password_file", "from")
}
MAX_SUBJECT: Final = 200
MAX_BODY: Final = 100_000
_ADDRESS = re.compile(r"^[^@\s<>\"',;:()\[\]\\]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


class MailError(Exception):
    """A message that could not be sent, or settings that cannot work; str() is one sentence."""


@dataclass(frozen=True)
class MailSettings:
    """Where and how to send. `sender` is the From address."""

    host: str
    sender: str
    port: int = 587
    security: Security = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = 20.0

    def __post_init__(self) -> None:
        if not self.host or any(ch.isspace() for ch in self.host):
            raise MailError(f"{ENV['host']}: '{printable(self.host)}' is not a host name")
        if not 1 <= self.port <= 65535:
            raise MailError(f"{ENV['port']}: {self.port} is not a port (1 to 65535)")
        if self.security not in SECURITIES:
            raise MailError(
                f"{ENV['security']}: '{printable(str(self.security))}' is not one of "
                + ", ".join(SECURITIES)
            )
        if not valid_address(self.sender):
            raise MailError(
                f"{ENV['from']}: '{printable(self.sender)}' is not an e-mail address; "
                "set the From address, e.g. pitstop@comune.example.it"
            )
        if self.user and self.security == "none" and not _local(self.host):
            raise MailError(
                f"{ENV['security']} is none but a user is set: the password would cross the "
                f"network unencrypted to {printable(self.host)}; use starttls or tls"
            )


def valid_address(value: str) -> bool:
    """A plain address (name@domain.tld), no display name, nothing a header could be split on."""
    return len(value) <= 254 and bool(_ADDRESS.match(value))


def _local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def mail_settings_from_env(env: Mapping[str, str] | None = None) -> MailSettings | None:
    """The SMTP settings in the environment; None when no host is set (no e-mail is sent).
    MailError when a value is wrong (it names the variable)."""
    env = os.environ if env is None else env
    host = env.get(ENV["host"], "").strip()
    if not host:
        return None
    security = env.get(ENV["security"], "").strip().lower() or "starttls"
    if security not in SECURITIES:
        raise MailError(
            f"{ENV['security']}: '{printable(security)}' is not one of " + ", ".join(SECURITIES)
        )
    port_text = env.get(ENV["port"], "").strip()
    try:
        port = int(port_text) if port_text else DEFAULT_PORTS[security]
    except ValueError:
        raise MailError(f"{ENV['port']}: '{printable(port_text)}' is not a port number") from None
    password = env.get(ENV["password"], "")
    password_file = env.get(ENV["password_file"], "").strip()
    if password_file and not password:
        try:
            password = Path(password_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not a text file"
            raise MailError(
                f"{ENV['password_file']}: {printable(password_file)} cannot be read ({reason})"
            ) from None
    return MailSettings(
        host=host,
        sender=env.get(ENV["from"], "").strip(),
        port=port,
        security=security,
        user=env.get(ENV["user"], "").strip(),
        password=password,
    )


def _one_line(text: str, limit: int) -> str:
    return " ".join(printable(text).split())[:limit]


def build_message(
    settings: MailSettings, to: Sequence[str], subject: str, body: str
) -> EmailMessage:
    """The message `send_mail` sends (plain text, UTF-8; the subject made one printable line)."""
    recipients = [address.strip() for address in to if address.strip()]
    if not recipients:
        raise MailError("the message has no recipient")
    for address in recipients:
        if not valid_address(address):
            raise MailError(f"'{printable(address)}' is not an e-mail address")
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    message = EmailMessage()
    message["From"] = Address(addr_spec=settings.sender)
    message["To"] = ", ".join(recipients)
    message["Subject"] = _one_line(subject, MAX_SUBJECT)
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = make_msgid(domain=settings.sender.rsplit("@", 1)[1])
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body[:MAX_BODY], charset="utf-8")
    return message


def send_mail(settings: MailSettings, to: Sequence[str], subject: str, body: str) -> None:
    """Send one message to every address in `to` (blocking: call it off the event loop)."""
    import smtplib
    import ssl

    message = build_message(settings, to, subject, body)
    where = f"{printable(settings.host)}:{settings.port}"
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if settings.security == "tls":
            client = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security == "starttls":
                client.starttls(context=context)
            if settings.user:
                client.login(settings.user, settings.password)
            client.send_message(message)
    except smtplib.SMTPAuthenticationError:
        raise MailError(
            f"the SMTP server {where} refused the user name or password "
            f"({ENV['user']}, {ENV['password_file']})"
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(
            f"the SMTP server {where} does not offer STARTTLS; set {ENV['security']} to tls "
            "(port 465) or ask its administrator"
        ) from None
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(printable(str(a)) for a in exc.recipients)
        raise MailError(f"the SMTP server {where} refused the recipients {refused}") from None
    except smtplib.SMTPException as exc:
        raise MailError(f"the SMTP server {where} did not take the message ({exc})") from None
    except ssl.SSLError as exc:
        raise MailError(
            f"the TLS connection to the SMTP server {where} failed ({exc.reason or exc})"
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise MailError(f"cannot reach the SMTP server {where} ({reason})") from None


# -- pitstop central serve options ---------------------------------------------------------


def add_serve_options(parser: argparse.ArgumentParser) -> None:
    """`serve`'s e-mail options (each defaults to its PITSTOP_CENTRAL_SMTP_* variable)."""
    group = parser.add_argument_group(
        "e-mail to the office (kiosk alerts, new requests); defaults from $PITSTOP_CENTRAL_SMTP_*"
    )
    group.add_argument("--smtp-host", metavar="HOST", help="SMTP server (none: no e-mail)")
    group.add_argument("--smtp-port", type=int, metavar="PORT", help="default 587 (tls: 465)")
    group.add_argument("--smtp-security", choices=SECURITIES, help="default starttls")
    group.add_argument("--smtp-user", metavar="NAME", help="user name on the SMTP server")
    group.add_argument(
        "--smtp-password-file", type=Path, metavar="FILE", help="file holding its password"
    )
    group.add_argument("--smtp-from", metavar="ADDRESS", help="the messages' From address")


def apply_serve_options(
    args: argparse.Namespace, env: MutableMapping[str, str] | None = None
) -> MailSettings | None:
    """Write `serve`'s e-mail options into the environment (workers read it there) and check
    the result: the settings, None without a host, MailError when they cannot work."""
    env = os.environ if env is None else env
    values = {
        "host": getattr(args, "smtp_host", None),
        "port": getattr(args, "smtp_port", None),
        "security": getattr(args, "smtp_security", None),
        "user": getattr(args, "smtp_user", None),
        "password_file": getattr(args, "smtp_password_file", None),
        "from": getattr(args, "smtp_from", None),
    }
    for name, value in values.items():
        if value is not None:
            env[ENV[name]] = str(value)
    return mail_settings_from_env(env)
