"""central/notify.py against a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from central.notify import (
    ENV,
    MailError,
    MailSettings,
    add_serve_options,
    apply_serve_options,
    mail_settings_from_env,
    send_mail,
)
from tests.central.smtp import free_port, smtp_server


def _plain(port: int, user: str = "", password: str = "") -> MailSettings:
    return MailSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        sender="pitstop@example.org",
        user=user,
        password=password,
    )


def test_a_message_arrives_as_plain_text_utf8() -> None:
    with smtp_server() as (inbox, port):
        send_mail(_plain(port), ["coord@example.org", "b@example.org"], "Chiosco rosso", "Città\n")
        (message,) = inbox.wait(1)
    assert message["Subject"] == "Chiosco rosso"
    assert message["From"] == "pitstop@example.org"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "text/plain"
    assert message.get_content().splitlines() == ["Città"]
    assert inbox.envelopes[0][1] == ["coord@example.org", "b@example.org"]


def test_a_subject_cannot_add_headers() -> None:
    """A kiosk name with a line break in a subject stays one line: no Bcc smuggled in."""
    with smtp_server() as (inbox, port):
        send_mail(_plain(port), ["a@example.org"], "Kiosk x\r\nBcc: evil@example.org", "body")
        (message,) = inbox.wait(1)
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"]
    assert inbox.envelopes[0][1] == ["a@example.org"]


@pytest.mark.parametrize("bad", ["", "no-at-sign", "a@b.org\r\nBcc: x@y.org", "a@b.org, c@d.org"])
def test_bad_recipients_are_refused_before_connecting(bad: str) -> None:
    with smtp_server() as (inbox, port), pytest.raises(MailError) as caught:
        send_mail(_plain(port), [bad], "s", "b")
    assert inbox.messages == []
    assert "\n" not in str(caught.value)


def test_login_with_the_right_password_and_a_wrong_one() -> None:
    with smtp_server(user="office", password="s3cret") as (inbox, port):
        send_mail(_plain(port, user="office", password="s3cret"), ["a@example.org"], "s", "b")
        inbox.wait(1)
        with pytest.raises(MailError, match="refused the user name or password"):
            send_mail(_plain(port, user="office", password="wrong"), ["a@example.org"], "s", "b")
    assert len(inbox.messages) == 1


def test_an_unreachable_server_is_one_sentence() -> None:
    settings = _plain(free_port())
    with pytest.raises(MailError, match=r"^cannot reach the SMTP server 127\.0\.0\.1:\d+ \("):
        send_mail(settings, ["a@example.org"], "s", "b")


def test_starttls_not_offered_is_said() -> None:
    with smtp_server() as (_inbox, port):
        settings = MailSettings(host="127.0.0.1", port=port, sender="p@example.org")
        with pytest.raises(MailError, match="does not offer STARTTLS"):
            send_mail(settings, ["a@example.org"], "s", "b")


def test_settings_from_the_environment(tmp_path: Path) -> None:
    assert mail_settings_from_env({}) is None
    secret = tmp_path / "smtp-password"
    secret.write_text("pw\n")
    settings = mail_settings_from_env(
        {
            ENV["host"]: "smtp.example.org",
            ENV["from"]: "pitstop@example.org",
            ENV["user"]: "office",
            ENV["password_file"]: str(secret),
        }
    )
    assert settings is not None
    assert (settings.port, settings.security, settings.password) == (587, "starttls", "pw")
    assert "pw" not in repr(settings)
    tls = mail_settings_from_env(
        {ENV["host"]: "h.example.org", ENV["from"]: "p@example.org", ENV["security"]: "tls"}
    )
    assert tls is not None and tls.port == 465


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({ENV["port"]: "x"}, "PITSTOP_CENTRAL_SMTP_PORT: 'x' is not a port number"),
        ({ENV["port"]: "70000"}, "PITSTOP_CENTRAL_SMTP_PORT: 70000 is not a port"),
        ({ENV["security"]: "ssl"}, "PITSTOP_CENTRAL_SMTP_SECURITY: 'ssl' is not one of"),
        ({ENV["from"]: "nobody"}, "PITSTOP_CENTRAL_SMTP_FROM: 'nobody' is not an e-mail"),
        ({ENV["password_file"]: "/nonexistent/pw"}, "PITSTOP_CENTRAL_SMTP_PASSWORD_FILE: "),
        (
            {ENV["security"]: "none", ENV["user"]: "office"},
            "PITSTOP_CENTRAL_SMTP_SECURITY is none but a user is set",
        ),
    ],
)
def test_wrong_settings_name_the_variable(env: dict[str, str], message: str) -> None:
    base = {ENV["host"]: "smtp.example.org", ENV["from"]: "pitstop@example.org"}
    with pytest.raises(MailError, match="^" + message.replace(".", r"\.").replace("(", r"\(")):
        mail_settings_from_env({**base, **env})


def test_serve_options_go_to_the_environment() -> None:
    parser = argparse.ArgumentParser()
    add_serve_options(parser)
    args = parser.parse_args(
        ["--smtp-host", "127.0.0.1", "--smtp-security", "none", "--smtp-from", "p@example.org"]
    )
    env: dict[str, str] = {ENV["port"]: "2525"}
    settings = apply_serve_options(args, env)
    assert settings is not None
    assert (settings.host, settings.port, settings.security) == ("127.0.0.1", 2525, "none")
    assert env[ENV["host"]] == "127.0.0.1"
    assert apply_serve_options(parser.parse_args([]), {}) is None
