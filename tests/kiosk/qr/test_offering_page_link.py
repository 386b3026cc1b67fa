"""The "open the web page" QR code of an offering without a website of its own points to the
central server's page of it (<sync.public_base_url>/o/<id>) when that setting is set: the
setting's https rule (settings, a real `pitstop config set`) and the address (the detail
screen's code: tests/ui/test_detail_page_link.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.qr.links import offering_page_url
from kiosk.settings import Settings, SettingsError, field_problem

BASE = "https://pitstop.example.org"


def test_offering_page_url() -> None:
    assert offering_page_url(BASE, "campus-natale") == f"{BASE}/o/campus-natale"
    assert offering_page_url(BASE + "/", "a.b:c") == f"{BASE}/o/a.b%3Ac"
    assert offering_page_url("https://x.example/pitstop/", "a") == "https://x.example/pitstop/o/a"
    assert offering_page_url("", "a") is None
    assert offering_page_url("javascript:alert(1)", "a") is None
    assert offering_page_url(BASE, "") is None


@pytest.mark.parametrize(
    "url",
    ["https://pitstop.example.org", "https://x.example/pitstop/", "http://127.0.0.1:8750", ""],
)
def test_public_base_url_accepts_https_or_loopback(url: str) -> None:
    assert field_problem("sync.public_base_url", url) is None
    assert Settings().with_value("sync.public_base_url", url).sync.public_base_url == url


@pytest.mark.parametrize(
    "url",
    [
        "http://pitstop.example.org",
        "ftp://pitstop.example.org",
        "https://",
        "https://pitstop.example.org/?utm=kiosk",
        "https://pitstop.example.org/#top",
        "https://user@pitstop.example.org",
        "pitstop.example.org",
    ],
)
def test_public_base_url_refuses_the_rest_in_one_sentence(url: str) -> None:
    problem = field_problem("sync.public_base_url", url)
    assert problem is not None and problem.startswith("sync.public_base_url must be")
    with pytest.raises(SettingsError):
        Settings().with_value("sync.public_base_url", url)


def test_config_set_refuses_plain_http_and_keeps_the_old_value(home: Path) -> None:
    env = dict(os.environ, PITSTOP_HOME=str(home))

    def pitstop(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kiosk.cli.main", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=60,
        )

    assert pitstop("config", "set", "sync.public_base_url", BASE).returncode == 0
    refused = pitstop("config", "set", "sync.public_base_url", "http://evil.example")
    assert refused.returncode != 0
    assert "sync.public_base_url must be" in refused.stderr
    shown = pitstop("config", "get", "sync.public_base_url")
    assert shown.stdout.strip() == BASE
