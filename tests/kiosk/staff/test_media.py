"""Removable media: listing catalogue files on a "USB" folder, import, export of sealed requests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kiosk.catalogue.errors import CatalogueError
from kiosk.db.sqlite import SqliteFile, scalar
from kiosk.staff import media
from tests.factories import catalogue_dict


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    stick = tmp_path / "media" / "staff" / "CHIAVETTA"
    (stick / "catalogo" / "2026").mkdir(parents=True)
    return tmp_path / "media"


def test_lists_only_catalogue_files_without_following_links(usb: Path, tmp_path: Path) -> None:
    stick = usb / "staff" / "CHIAVETTA"
    (stick / "catalogo" / "nuovo.json").write_text(json.dumps(catalogue_dict(5)))
    (stick / "catalogo" / "2026" / "offerte.CSV").write_text("x")
    (stick / "foto.jpg").write_bytes(b"\xff\xd8")
    (stick / ".hidden.json").write_text("{}")
    deep = stick / "a" / "b" / "c" / "d"
    deep.mkdir(parents=True)
    (deep / "too-deep.json").write_text("{}")
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "private.json").write_text("{}")
    os.symlink(outside, stick / "link-to-outside")
    os.symlink(outside / "private.json", stick / "file-link.json")

    labels = sorted(f.label for f in media.list_catalogue_files([usb]))
    assert labels == [
        "staff/CHIAVETTA/catalogo/2026/offerte.CSV",
        "staff/CHIAVETTA/catalogo/nuovo.json",
    ]
    assert media.list_catalogue_files([usb / "missing"]) == []


def test_import_from_the_stick_records_an_audit_event(
    usb: Path, home: Path, engine: SqliteFile
) -> None:
    good = usb / "staff" / "CHIAVETTA" / "nuovo.json"
    good.write_text(json.dumps(catalogue_dict(7)))
    summary = media.import_catalogue(engine, home, good, [usb])
    assert (summary.offerings, summary.format) == (7, "pitstop")
    with engine.connect() as connection:
        assert scalar(connection, "SELECT source FROM catalogue_meta") == str(good)
    last = json.loads((home / "logs" / "audit.log").read_text().splitlines()[-1])
    assert last["event"] == "catalogue.imported" and last["offerings"] == 7


def test_bad_file_changes_nothing_and_is_audited(usb: Path, home: Path, engine: SqliteFile) -> None:
    good = usb / "staff" / "CHIAVETTA" / "nuovo.json"
    good.write_text(json.dumps(catalogue_dict(3)))
    media.import_catalogue(engine, home, good, [usb])
    bad = usb / "staff" / "CHIAVETTA" / "rotto.json"
    bad.write_text('{"format": "pitstop-catalogue", ')
    with pytest.raises(CatalogueError):
        media.import_catalogue(engine, home, bad, [usb])
    with engine.connect() as connection:
        assert scalar(connection, "SELECT source FROM catalogue_meta") == str(good)
    assert json.loads((home / "logs" / "audit.log").read_text().splitlines()[-1])["event"] == (
        "catalogue.import_failed"
    )


def test_files_outside_the_media_folders_or_links_are_refused(
    usb: Path, home: Path, engine: SqliteFile, catalogue_file: Path
) -> None:
    with pytest.raises(media.MediaError):
        media.import_catalogue(engine, home, catalogue_file, [usb])
    link = usb / "staff" / "CHIAVETTA" / "link.json"
    os.symlink(catalogue_file, link)
    with pytest.raises(media.MediaError):
        media.import_catalogue(engine, home, link, [usb])


def test_export_targets_include_a_configured_folder(usb: Path, tmp_path: Path) -> None:
    assert media.list_export_targets([usb]) == [usb]
    assert media.list_export_targets([tmp_path / "nope"]) == []


def test_export_writes_sealed_files_the_coordinator_can_open(
    usb: Path, home: Path, engine: SqliteFile
) -> None:
    from nacl.public import PrivateKey

    from kiosk.intake.inbox import open_share
    from kiosk.intake.model import parse_request
    from kiosk.intake.store import submit_request
    from tests.kiosk.intake.conftest import request_data

    key = PrivateKey.generate()
    for name in ("Zebulonia", "Quirinella"):
        request = parse_request(request_data(first_name=name))
        submit_request(engine, request, key.public_key)
    count = media.export_waiting_requests(engine, home, usb, "kiosk-test")
    assert count == 2
    files = sorted((usb / "pitstop-requests" / "kiosk-test").glob("*.json"))
    assert len(files) == 2
    for path in files:
        assert b"Zebulonia" not in path.read_bytes() and b"Quirinella" not in path.read_bytes()
    opened = open_share(usb, key)
    assert sorted(r["first_name"] for r in opened.payloads) == ["Quirinella", "Zebulonia"]
    # Exporting again is harmless (same files), and the audit log has the count, not the content.
    assert media.export_waiting_requests(engine, home, usb, "kiosk-test") == 2
    log = (home / "logs" / "audit.log").read_text()
    assert '"count": 2' in log and "Zebulonia" not in log


def test_export_to_a_missing_stick_is_a_clear_error(
    tmp_path: Path, home: Path, engine: SqliteFile
) -> None:
    with pytest.raises(media.MediaError, match="plugged in"):
        media.export_waiting_requests(engine, home, tmp_path / "pulled", "kiosk-test")
