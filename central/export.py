"""`pitstop central export`: decrypt the requests stored by the central server into a table.

The server stores only sealed boxes; the coordinator brings `central.key` to this command (on
their own machine, against the same database). Rows and file format are those of `inbox open`.
A request that cannot be opened or shown (sealed for another key, damaged, nested too deeply,
impossible dates or text) is a warning, never the end of the export: every other request is
written. The "Consegnata da" column is the kiosk whose token delivered the request; a request
that claims another kiosk is flagged. Comune and period names come from the published catalogue
(or `--catalogue`); this cannot name ids that the catalogue no longer lists.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from nacl.public import PrivateKey

from central.audit import cli_actor
from central.store import CentralStore
from kiosk.intake.inbox import InboxResult, open_envelopes, table_rows, write_table
from kiosk.intake.names import Names, names_from_json
from kiosk.intake.outbox import Envelope

log = logging.getLogger(__name__)


def stored_envelopes(store: CentralStore) -> Iterator[tuple[Envelope, str, str]]:
    """(envelope, the token's kiosk, a label) for every stored request, oldest received first."""
    for row in store.iter_requests():
        envelope = Envelope(
            id=row.id,
            kiosk_id=row.claimed_kiosk_id or row.kiosk_id,  # the id sealed inside the request
            created_at=row.created_at,
            notice_version=row.notice_version,
            schema_version=row.schema_version,
            sealed=row.sealed,
            sha256=row.sha256,
        )
        yield envelope, row.kiosk_id, f"request {row.id} from kiosk {row.kiosk_id}"


def published_names(store: CentralStore) -> Names:
    """Names from the catalogue the server publishes; ids only (logged) when there is none."""
    try:
        blob = store.current_catalogue()
        return Names() if blob is None else names_from_json(blob.content, "central")
    except Exception as exc:
        log.warning("the published catalogue gives no names (%s); ids are shown", exc)
        return Names()


def export_store(
    store: CentralStore,
    key: PrivateKey,
    out: Path,
    *,
    names: Names | None = None,
    actor: str | None = None,
) -> InboxResult:
    """Write every stored request that `key` opens to `out` (.csv or .xlsx); the result says
    what was skipped or flagged. `names` default to the published catalogue's. The requests in
    the table are marked exported (retention counts from then) and the export audited."""
    if out.suffix.lower() not in {".csv", ".xlsx"}:
        raise ValueError(f"{out}: the output must be a .csv or .xlsx file")
    result = open_envelopes(stored_envelopes(store), key)
    write_table(table_rows(result, names if names is not None else published_names(store)), out)
    store.mark_exported([o.order[1] for o in result.opened], actor or cli_actor(), out.name)
    for warning in result.warnings:
        log.warning("%s", warning)
    return result
