"""Round trip: what /hsds serves, written to a file and imported by a real `pitstop catalogue
import`, gives back the published catalogue (compared as our canonical export: `pitstop catalogue
export`, every list sorted by id)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import requests

from central.store import CentralStore
from kiosk.catalogue.importer import export_json, load_file
from tests.central.live import LiveServer
from tests.factories import catalogue_dict

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo" / "catalogue.json"


def pitstop(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PITSTOP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def canonical(data: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(data)
    for value in document.values():
        if isinstance(value, list):
            value.sort(key=lambda item: item["id"])
    return document


def download(server: LiveServer, out: Path, per_page: int = 40) -> int:
    """Every service of /hsds/services (full, page by page) and the root's catalogue extension
    in one file the HSDS importer reads; the number of pages fetched."""
    base = server.url + "/hsds"
    root = requests.get(base + "/", timeout=10).json()
    services: list[Any] = []
    page = 1
    while True:
        body = requests.get(
            f"{base}/services?full=true&per_page={per_page}&page={page}", timeout=10
        ).json()
        services += body["contents"]
        if body["last_page"]:
            break
        page += 1
    out.write_text(
        json.dumps({"catalogue": root["catalogue"], "contents": services}, ensure_ascii=False),
        encoding="utf-8",
    )
    return page


@pytest.mark.parametrize("source", ["demo", "synthetic"])
def test_served_catalogue_imports_back_the_same(
    source: str, store: CentralStore, server: LiveServer, tmp_path: Path, home: Path
) -> None:
    if source == "demo":
        original = DEMO
    else:
        original = tmp_path / "synthetic.json"
        original.write_text(json.dumps(catalogue_dict(45, seed=7)), encoding="utf-8")
    store.publish_catalogue(original)
    served = tmp_path / "served-hsds.json"
    assert download(server, served) > 1

    imported = pitstop(home, "catalogue", "import", str(served))
    assert imported.returncode == 0, imported.stderr
    assert "warning" not in (imported.stdout + imported.stderr).lower()
    exported = tmp_path / "back.json"
    result = pitstop(home, "catalogue", "export", str(exported))
    assert result.returncode == 0, result.stderr

    expected = canonical(export_json(load_file(original).catalogue))
    assert canonical(exported.read_bytes()) == expected


def test_hsds_without_our_profile_still_imports(
    store: CentralStore, server: LiveServer, tmp_path: Path
) -> None:
    """A consumer that drops the profile's fields has plain HSDS, which the importer reads:
    UUID ids, Italian text, no periods."""
    store.publish_catalogue(DEMO)
    served = tmp_path / "served.json"
    download(server, served, per_page=500)
    profile_fields = {"local_id", "translations", "periods", "free", "comune_id", "area_id", "area"}

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in profile_fields}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    plain = strip(json.loads(served.read_text("utf-8"))["contents"])
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(plain), encoding="utf-8")
    catalogue = load_file(path).catalogue
    assert len(catalogue.offerings) == 93
    assert all(len(o.id) == 36 for o in catalogue.offerings)
    assert not catalogue.periods
