"""A catalogue refused by sync (shared folder or central server) is recorded in the data folder by
the name the office gave it, never by the kiosk's temporary copy, and cleared once one is accepted."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from central.store import CentralStore
from kiosk.catalogue.refusals import last_refusal
from sync.engine import SyncEngine
from tests.central.live import LiveServer, make_kiosk
from tests.factories import catalogue_dict

BAD_SHEET = (
    "Nome;Categoria;Ente;Comune\nCampus;Campus vacanze;Coop;Legnano\nCompiti;;Coop;Magenta\n"
)


def test_a_share_catalogue_refused_names_the_share_file(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "estate-2027.csv").write_text(BAD_SHEET, encoding="utf-8")
    kiosk = make_kiosk(tmp_path, "kiosk-r", mode="folder", folder=str(share))
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)

    status = engine.run_once()

    refusal = last_refusal(kiosk.home)
    assert refusal is not None
    assert (refusal.source_name, refusal.origin) == ("catalogue/estate-2027.csv", "share")
    assert refusal.reason == "row 3, column 'Categoria': is empty; it is required."
    assert "catalogue-download" not in status.catalogue_problem
    assert "catalogue/estate-2027.csv, row 3" in status.catalogue_problem

    (share / "catalogue" / "estate-2027.csv").unlink()
    (share / "catalogue" / "estate-2027-bis.json").write_text(json.dumps(catalogue_dict(4)))
    assert engine.run_once().staged_version
    assert last_refusal(kiosk.home) is None  # accepted: the red line goes
    kiosk.close()


def test_a_server_catalogue_refused_is_recorded(
    tmp_path: Path, store: CentralStore, server: LiveServer
) -> None:
    content = b'{"format": "pitstop-catalogue", "version": "estate-2027", "offerings": ['
    store._insert_catalogue(  # a damaged blob in the office's database
        "estate-2027",
        hashlib.sha256(content).hexdigest(),
        content,
        gzip.compress(content),
        "estate-2027.json",
    )
    token = store.new_token("kiosk-h")
    kiosk = make_kiosk(tmp_path, "kiosk-h", mode="http", url=server.url, token=token)

    SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    refusal = last_refusal(kiosk.home)
    assert refusal is not None
    assert (refusal.source_name, refusal.origin) == ("estate-2027", "server")
    assert "catalogue-download" not in refusal.source_name + refusal.reason
    assert "is not valid JSON" in refusal.reason
    kiosk.close()
