"""`pitstop central export`: decrypt the requests stored by the central server into a table.

The server stores only sealed boxes; the coordinator brings `central.key` to this command (on
their own machine, against the same database). Rows and file format are those of `inbox open`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.intake.inbox import decrypt_all, request_row, write_table
from kiosk.intake.outbox import Envelope
from kiosk.privacy.keys import load_private_key
from sync.server.store import CentralStore

log = logging.getLogger(__name__)


def export_requests(store: CentralStore, key_file: Path, out: Path) -> tuple[int, int]:
    """Write every stored request that `key_file` opens to `out`; returns (written, not opened)."""
    if out.suffix.lower() not in {".csv", ".xlsx"}:
        raise ValueError(f"{out}: the output must be a .csv or .xlsx file")
    key = load_private_key(key_file)
    envelopes = (
        Envelope(
            id=row.id,
            kiosk_id=row.claimed_kiosk_id or row.kiosk_id,  # the id sealed inside the request
            created_at=row.created_at,
            notice_version=row.notice_version,
            schema_version=row.schema_version,
            sealed=row.sealed,
            sha256=row.sha256,
        )
        for row in store.iter_requests()
    )
    payloads, closed = decrypt_all(envelopes, key)
    for envelope, reason in closed:
        log.warning("request %s cannot be read: %s", envelope.id, reason)
    write_table([request_row(p) for p in payloads], out)
    return len(payloads), len(closed)
