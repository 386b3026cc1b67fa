"""Enrolment files on a "USB" folder: found by their first bytes or their name, never through a
link, never by reading big or special files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kiosk.staff import enrolfiles
from kiosk.staff.media import MediaError
from tests.factories import catalogue_dict


def write_enrolment_file(path: Path, office: Path, *, kiosk_id: str = "kiosk-legnano") -> Path:
    """A real enrolment file, as `pitstop keys enrolment` writes it."""
    from kiosk.enrolment import folder_enrolment, write_enrolment
    from kiosk.privacy.keys import generate_keypair

    if not (office / "central.pub").exists():
        generate_keypair(office)
    enrolment = folder_enrolment(
        share="/srv/pitstop",
        key_file=office / "central.pub",
        kiosk_id=kiosk_id,
        name="Pit Stop Legnano",
        comune="legnano",
    )
    write_enrolment(path, enrolment)
    return path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "staff" / "CHIAVETTA"
    folder.mkdir(parents=True)
    return folder


def test_finds_enrolment_files_by_content_and_by_name(stick: Path, tmp_path: Path) -> None:
    usb = stick.parent.parent
    write_enrolment_file(stick / "per-il-chiosco.json", tmp_path / "office")
    (stick / "sub").mkdir()
    write_enrolment_file(stick / "sub" / "magenta.enrol.json", tmp_path / "office")
    (stick / "enrolment-damaged.json").write_text("{not json")  # listed: its reason is shown
    (stick / "catalogo.json").write_text(json.dumps(catalogue_dict(3)))
    (stick / "notes.txt").write_text("Family Pit Stop kiosk enrolment")
    (stick / ".hidden.enrol.json").write_text("{}")
    labels = sorted(f.label for f in enrolfiles.list_enrolment_files([usb]))
    assert labels == [
        "staff/CHIAVETTA/enrolment-damaged.json",
        "staff/CHIAVETTA/per-il-chiosco.json",
        "staff/CHIAVETTA/sub/magenta.enrol.json",
    ]
    assert enrolfiles.list_enrolment_files([usb / "missing"]) == []


def test_links_and_special_files_are_never_listed_nor_read(stick: Path, tmp_path: Path) -> None:
    usb = stick.parent.parent
    real = write_enrolment_file(tmp_path / "elsewhere.enrol.json", tmp_path / "office")
    os.symlink(real, stick / "link.enrol.json")
    os.symlink(tmp_path, stick / "folder-link")
    os.mkfifo(stick / "pipe.json")  # opening it for reading would block a plain open()
    big = stick / "big.json"
    big.write_bytes(b'{"what": "Family Pit Stop kiosk enrolment' + b" " * 300_000 + b'"}')
    assert enrolfiles.list_enrolment_files([usb]) == []


def test_check_on_media_refuses_files_elsewhere(stick: Path, tmp_path: Path) -> None:
    usb = stick.parent.parent
    inside = write_enrolment_file(stick / "a.enrol.json", tmp_path / "office")
    enrolfiles.check_on_media(inside, [usb])
    outside = write_enrolment_file(tmp_path / "b.enrol.json", tmp_path / "office")
    with pytest.raises(MediaError, match="not a file on a removable drive"):
        enrolfiles.check_on_media(outside, [usb])
    os.symlink(outside, stick / "c.enrol.json")
    with pytest.raises(MediaError):
        enrolfiles.check_on_media(stick / "c.enrol.json", [usb])


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("legnano.enrol.json", True),
        ("Enrolment-Magenta.JSON", True),
        ("kiosk.enrol", True),
        ("x.pitstop-enrol", True),
        ("catalogo.json", False),
        ("enrol.txt", False),
    ],
)
def test_enrolment_names(name: str, named: bool) -> None:
    assert enrolfiles.named_like_enrolment(name) is named
