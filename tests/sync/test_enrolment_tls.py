"""Enrolment with a server whose certificate comes from the office's private CA (--ca-file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from central.store import CentralStore
from kiosk.cli.main import main
from kiosk.context import open_kiosk
from kiosk.privacy.keys import generate_keypair
from kiosk.settings import load
from sync.engine import SyncEngine
from sync.enrolment import EnrolmentError, apply_enrolment
from tests.factories import catalogue_dict
from tests.sync.test_tls import tls_server  # noqa: F401  (the fixture)


def test_the_ca_travels_in_the_file_and_without_it_tls_is_refused(
    tmp_path: Path,
    store: CentralStore,
    tls_server: tuple[str, Path],  # noqa: F811
) -> None:
    url, ca_file = tls_server
    generate_keypair(tmp_path / "office")
    source = tmp_path / "c.json"
    source.write_text(json.dumps(catalogue_dict(5, version="tls-1")), encoding="utf-8")
    store.publish_catalogue(source)

    def add(kiosk_id: str, *extra: str) -> Path:
        out = tmp_path / f"{kiosk_id}.json"
        code = main(
            [
                *("central", "--db", store.url, "kiosk", "add", kiosk_id, "--url", url),
                *("--key", str(tmp_path / "office" / "central.pub"), "--name", "K"),
                *("--comune", "legnano", "--out", str(out), *extra),
            ]
        )
        assert code == 0
        return out

    home = tmp_path / "kiosk"
    with pytest.raises(
        EnrolmentError,
        match=r"TLS certificate of 127\.0\.0\.1:\d+ could not be verified.*--ca-file",
    ):
        apply_enrolment(home, add("kiosk-no-ca"))
    assert not (home / "settings.toml").exists()

    result = apply_enrolment(home, add("kiosk-ca", "--ca-file", str(ca_file)))

    assert result.catalogue_version == "tls-1"
    settings = load(home)
    assert settings.sync.ca_file == "office-ca.pem"
    assert (home / "office-ca.pem").read_bytes() == ca_file.read_bytes()
    context = open_kiosk(home)
    try:
        assert SyncEngine(home, context.settings, context.engine).run_once().ok
    finally:
        context.close()
