"""The detail screen's "open the web page" QR code points to the central server's page of an
offering without a website of its own (<sync.public_base_url>/o/<id>), decoded with zxing-cpp as
a phone reads it; without the setting, nothing changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.catalogue.importer import import_file
from kiosk.db.sqlite import SqliteFile
from kiosk.qr.matrix import qr_png
from tests.factories import catalogue_dict
from tests.kiosk.qr.helpers import TODAY, decode_png

BASE = "https://pitstop.example.org"


@pytest.fixture
def three_offerings(engine: SqliteFile, tmp_path: Path) -> SqliteFile:
    """Offering 0: its own website; 1: only its provider's; 2: none at all."""
    data = catalogue_dict(3)
    data["organizations"] = [
        {"id": "org-web", "name": "Con sito", "website": "https://provider.example/"},
        {"id": "org-none", "name": "Senza sito"},
    ]
    for n, offering in enumerate(data["offerings"]):
        offering["organization"] = "org-web" if n < 2 else "org-none"
        offering.pop("url", None)
    data["offerings"][0]["url"] = "https://provider.example/campus"
    path = tmp_path / "three.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_file(engine, path)
    return engine


def _link(engine: SqliteFile, offering_id: str, base: str) -> str:
    from ui.vm.detail import Detail

    detail = Detail(
        engine, language=lambda: "it", today=lambda: TODAY, public_base_url=lambda: base
    )
    assert detail.load(offering_id)
    return detail.payload("link")


def test_detail_link_code_points_to_the_public_page(
    three_offerings: SqliteFile, qapp: object
) -> None:
    ids = [row["id"] for row in catalogue_dict(3)["offerings"]]
    # the offering's own website always wins
    assert _link(three_offerings, ids[0], BASE) == "https://provider.example/campus"
    # no website of its own: our page, which names the provider's site itself
    assert _link(three_offerings, ids[1], BASE) == f"{BASE}/o/{ids[1]}"
    assert _link(three_offerings, ids[2], BASE) == f"{BASE}/o/{ids[2]}"
    # no public base URL: as before (the provider's website, or no code)
    assert _link(three_offerings, ids[1], "") == "https://provider.example/"
    assert _link(three_offerings, ids[2], "") == ""
    for payload in (f"{BASE}/o/{ids[2]}",):
        assert decode_png(qr_png(payload)).text == payload


def test_the_code_a_phone_reads_is_the_page_address(
    three_offerings: SqliteFile, qapp: object
) -> None:
    from ui.vm.detail import Detail

    offering_id = catalogue_dict(3)["offerings"][2]["id"]
    detail = Detail(
        three_offerings,
        language=lambda: "en",
        today=lambda: TODAY,
        public_base_url=lambda: "http://127.0.0.1:8750",
    )
    assert detail.load(offering_id)
    assert detail.qrLink.startswith("image://qr/")
    decoded = decode_png(qr_png(detail.payload("link"))).text
    assert decoded == f"http://127.0.0.1:8750/o/{offering_id}"
    card = detail.payload("contact")
    assert f"URL:http://127.0.0.1:8750/o/{offering_id}" in card or "URL:" not in card
