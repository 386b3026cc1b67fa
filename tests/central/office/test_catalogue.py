"""The catalogue page in process against a real uvicorn: the validation report of a bad
spreadsheet by row and column, a good file's preview (added, removed, changed), publish, a real
kiosk's sync taking it, rollback, roles, CSRF, size limit, and nothing stored by a failure."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from central.audit import audit_events
from central.models import CatalogueDraft
from central.office import catalogue_store as cs
from central.store import CentralStore
from sync.engine import SyncEngine
from tests.central.live import FakeClock, LiveServer, make_kiosk
from tests.central.office.conftest import csrf, login

ROOT = Path(__file__).resolve().parents[3]
TEMPLATE_CSV = ROOT / "assets" / "templates" / "catalogo-modello.csv"
DEMO = ROOT / "assets" / "demo" / "catalogue.json"


def bad_csv() -> bytes:
    """The shipped template with an impossible date in row 3 (the second offering)."""
    lines = TEMPLATE_CSV.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(";")
    cells = lines[2].split(";")
    cells[header.index("Dal")] = "31/02/2026"
    lines[2] = ";".join(cells)
    return ("\n".join(lines) + "\n").encode("utf-8")


def smaller_demo() -> bytes:
    """The demo catalogue with its first offering removed and its second renamed."""
    data = json.loads(DEMO.read_bytes())
    data["offerings"] = data["offerings"][1:]
    data["offerings"][0]["name"]["it"] = "Nome nuovo"
    data["version"] = "demo-2"
    return json.dumps(data).encode()


def _upload(client: httpx.Client, name: str, data: bytes) -> httpx.Response:
    token = csrf(client, "/office/catalogue")
    return client.post(
        "/office/catalogue/upload",
        data={"csrf_token": token},
        files={"file": (name, data, "application/octet-stream")},
    )


def _publish(client: httpx.Client, draft_url: str) -> httpx.Response:
    token = csrf(client, draft_url)
    return client.post(draft_url + "/publish", data={"csrf_token": token})


def _versions(store: CentralStore) -> list[tuple[int, int | None]]:
    return [(v.version, v.rollback_of) for v in cs.versions(store)]


def test_a_bad_spreadsheet_gets_the_report_by_row_and_column(
    office_store: CentralStore, office_client: httpx.Client
) -> None:
    login(office_client, "coord")
    answer = _upload(office_client, "catalogo.csv", bad_csv())
    assert answer.status_code == 400
    report = answer.text.split('id="catalogue-report"')[1].split("</section>")[0]
    assert "catalogo.csv, row 3" in report and "Dal" in report and "31/02/2026" in report
    assert re.search(r'class="report-where">row 3<', report)
    assert cs.versions(office_store) == []
    with office_store.sessions() as session:  # nothing kept from a refused file
        assert session.execute(select(CatalogueDraft)).first() is None


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("catalogue.exe", b"MZ", "is not a .json, .csv or .xlsx file"),
        ("empty.json", b"", "the file is empty"),
        ("broken.json", b'{"format": ', "is not valid JSON"),
        ("../../etc/passwd.csv", b"a;b\n", "passwd.csv"),
        ("bomb.xlsx", b"PK\x03\x04" + b"\0" * 100, "bomb.xlsx"),
    ],
)
def test_hostile_uploads_are_one_sentence_and_store_nothing(
    office_store: CentralStore, office_client: httpx.Client, name: str, data: bytes, expected: str
) -> None:
    login(office_client, "coord")
    answer = _upload(office_client, name, data)
    assert answer.status_code == 400
    assert expected in answer.text
    assert "/etc/" not in answer.text.split("<main")[1]
    assert cs.versions(office_store) == []


def test_too_big_is_refused(office_client: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cs, "MAX_UPLOAD", 1000)
    login(office_client, "coord")
    answer = _upload(office_client, "big.json", b" " * 200_000)
    assert answer.status_code == 413
    assert "MB" in answer.text


def test_upload_preview_publish_sync_rollback(
    tmp_path: Path, office_store: CentralStore, office_live: LiveServer, office_client: httpx.Client
) -> None:
    login(office_client, "coord")
    first = _upload(office_client, "catalogue.json", DEMO.read_bytes())
    assert first.status_code == 303, first.text
    draft_url = first.headers["location"]
    preview = office_client.get(draft_url)
    assert "Nessun catalogo è ancora pubblicato" in preview.text
    assert _publish(office_client, draft_url).status_code == 303
    assert _versions(office_store) == [(1, None)]
    assert _publish(office_client, draft_url).status_code == 409  # a draft publishes once

    second = _upload(office_client, "catalogue.json", smaller_demo())
    text = office_client.get(second.headers["location"]).text
    demo = json.loads(DEMO.read_bytes())
    removed = demo["offerings"][0]
    assert "Offerte tolte (1)" in text and removed["id"] in text.split('id="removed"')[1]
    changed = text.split('id="changed"')[1].split("</table>")[0]
    assert demo["offerings"][1]["id"] in changed and "Nome nuovo" in changed and "name" in changed
    assert _publish(office_client, second.headers["location"]).status_code == 303
    assert _versions(office_store)[0] == (2, None)

    # a real kiosk syncs over HTTP and gets version 2
    token = office_store.new_token("legnano-1")
    url = office_live.url
    kiosk = make_kiosk(tmp_path, "legnano-1", mode="http", url=url, token=token)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=FakeClock())
    assert engine.run_once().ok
    assert engine.apply_staged()  # the kiosk swaps it in on its welcome screen
    assert engine.heartbeat(FakeClock()()).catalogue_version == "demo-2"

    # roll back to version 1: it is served again as version 3
    page = office_client.get("/office/catalogue")
    token_field = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token_field and 'id="rollback-1"' in page.text
    back = office_client.post(
        "/office/catalogue/rollback", data={"csrf_token": token_field.group(1), "version": "1"}
    )
    assert back.status_code == 303
    assert _versions(office_store)[0] == (3, 1)
    assert office_store.current_catalogue().catalogue_version == demo["version"]  # type: ignore[union-attr]
    assert engine.run_once().ok
    assert engine.apply_staged()
    assert engine.heartbeat(FakeClock()()).catalogue_version == demo["version"]
    kiosk.close()
    actions = [e.action for e in audit_events(office_store)]
    assert actions[:3] == ["catalogue.rollback", "catalogue.publish", "catalogue.publish"]


def test_rollback_to_a_missing_version_and_without_csrf(
    office_store: CentralStore, office_client: httpx.Client
) -> None:
    login(office_client, "coord")
    token = csrf(office_client, "/office/catalogue")
    missing = office_client.post(
        "/office/catalogue/rollback", data={"csrf_token": token, "version": "42"}
    )
    assert missing.status_code == 404 and "non esiste" in missing.text
    forged = office_client.post("/office/catalogue/rollback", data={"version": "1"})
    assert forged.status_code == 403
    assert cs.versions(office_store) == []


@pytest.mark.parametrize("name", ["viewer", "oper"])
def test_only_coordinators_and_administrators(office_client: httpx.Client, name: str) -> None:
    login(office_client, name)
    assert office_client.get("/office/catalogue").status_code == 403
