"""Hostile contact requests, sealed for real with a real key (PyNaCl SealedBox), for the office
tools' tests (`pitstop inbox open`, `pitstop central export`). No pytest import."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nacl.public import PublicKey

from kiosk.intake.model import parse_request
from kiosk.intake.outbox import Envelope
from kiosk.intake.reference import reference_for
from kiosk.privacy.sealing import seal
from tests.kiosk.intake.data import request_data

ESC = "\x1b"


def genuine(**overrides: Any) -> dict[str, Any]:
    """The sealed payload of a valid request, as JSON values (override any field after checks)."""
    payload: dict[str, Any] = parse_request(request_data()).payload()
    payload.update(overrides)
    if "reference" not in overrides:
        payload["reference"] = reference_for(uuid.UUID(str(payload["id"])))
    return payload


def envelope_for(
    plaintext: bytes,
    public_key: PublicKey,
    *,
    request_id: str,
    kiosk_id: str = "kiosk-test",
    created_at: dt.datetime | None = None,
) -> Envelope:
    """An envelope around `plaintext` sealed for `public_key` (the clear fields as a kiosk writes)."""
    sealed = seal(public_key, plaintext)
    return Envelope(
        id=request_id,
        kiosk_id=kiosk_id,
        created_at=created_at or dt.datetime.now(dt.UTC),
        notice_version="2026-11",
        schema_version=1,
        sealed=sealed,
        sha256=hashlib.sha256(sealed).hexdigest(),
    )


def sealed_payload(payload: dict[str, Any], public_key: PublicKey) -> Envelope:
    """`payload` (ASCII JSON: a lone surrogate travels as its escape) sealed in its envelope."""
    data = json.dumps(payload, ensure_ascii=True).encode("ascii")
    return envelope_for(
        data, public_key, request_id=str(payload["id"]), kiosk_id=str(payload["kiosk_id"])
    )


def _raw(text: str) -> Callable[[str, str], bytes]:
    return lambda request_id, kiosk_id: text.encode("utf-8")


def _payload(**overrides: Any) -> Callable[[str, str], bytes]:
    def build(request_id: str, kiosk_id: str) -> bytes:
        data = genuine(**{"id": request_id, "kiosk_id": kiosk_id, **overrides})
        return json.dumps(data, ensure_ascii=True).encode("ascii")

    return build


SKIPPED: dict[str, Callable[[str, str], bytes]] = {
    "nested 100,000 deep": _raw("[" * 100_000 + "]" * 100_000),
    "nested object 40,000 deep": _raw('{"a":' * 40_000 + "1" + "}" * 40_000),
    "not a JSON object": _raw("[1, 2, 3]"),
    "not UTF-8": lambda request_id, kiosk_id: b"\xff\xfe\x00{",
    "a number of 5,000 digits": _raw('{"schema_version": 1' + "0" * 5000 + "}"),
    "schema_version 7": _payload(schema_version=7),
    "schema_version a list": _payload(schema_version=[1]),
    "id of another request": _payload(id=str(uuid.uuid4())),
}
"""Payloads that cannot be opened at all: the request is a warning, not a row."""

FLAGGED: dict[str, Callable[[str, str], bytes]] = {
    "created_at in year 1 with an offset": _payload(created_at="0001-01-01T00:30:00+01:00"),
    "created_at in year 1 without offset": _payload(created_at="0001-01-01T00:00:00"),
    "created_at in year 9999 with an offset": _payload(created_at="9999-12-31T23:59:59+00:00"),
    "created_at in year 9999 without offset": _payload(created_at="9999-12-31T23:59:59"),
    "created_at a number": _payload(created_at=12),
    "a lone surrogate in the first name": _payload(first_name="Gi\ud800lia"),
    "control characters everywhere": _payload(
        first_name=f"{ESC}[2J{ESC}]8;;http://x\x07Anna\x00\u202e",
        email='=HYPERLINK("http://x")\r\n',
        comune=f"{ESC}[31m",
        language="\x9b2J",
    ),
    "wrong types": _payload(
        needs={"a": 1},
        children_ages=[[1, [2]], "x", None],
        comune=["legnano"],
        periods="natale-2026",
        weekdays=[{"x": 1}],
        phone=3471234567,
        email=["a@b.c"],
        preferred_channel={"x": []},
        time_slot=None,
        consent_notice="yes",
        first_name=None,
        offering_id={"x": 1},
        notice_version=1.5,
        reference=None,
    ),
    "first name 100,000 characters": _payload(first_name="A" * 100_000),
}
"""Payloads that open but were not made by a kiosk's form: listed, flagged in the Avviso column."""


def write_request(share: Path, envelope: Envelope, *, folder: str | None = None) -> Path:
    """`envelope` in its canonical place inbox/<kiosk-id>/<id>.json (or in `folder`)."""
    target = share / (folder if folder is not None else f"inbox/{envelope.kiosk_id}")
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{envelope.id}.json"
    path.write_bytes(envelope.to_json())
    return path
