"""Opening requests at the office: decrypt request files, drop duplicates, write a table.

Used by `pitstop inbox open` (a shared folder) and by the central server's export. Reading goes
on past every bad file: each one becomes a warning naming the file (damaged, truncated, sealed
for another key, altered), and the good ones still reach the table. Files that are valid JSON but
not request files (catalogues, kiosk status files) are skipped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from nacl.public import PrivateKey

from kiosk.fileio import atomic_write_bytes
from kiosk.intake.model import SCHEMA_VERSION
from kiosk.intake.outbox import FORMAT, Envelope
from kiosk.privacy.sealing import WrongKeyError, unseal

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1024 * 1024
COLUMNS: tuple[str, ...] = (
    "Riferimento",
    "Ricevuta il",
    "Chiosco",
    "Nome",
    "Telefono",
    "Email",
    "Canale preferito",
    "Fascia oraria",
    "Lingua",
    "Comune",
    "Bisogni",
    "Età dei figli",
    "Periodi",
    "Giorni",
    "Offerta collegata",
    "Consenso informativa",
    "Consenso novità",
    "Versione informativa",
)
NEED_LABELS = {
    "closure_care": "Chiusure scolastiche",
    "pre_post_school": "Pre/post scuola",
    "summer": "Estate",
    "homework": "Aiuto compiti",
    "baby_parking": "Baby parking",
    "benefits_info": "Informazioni su bonus e agevolazioni",
    "other": "Altro",
}
CHANNEL_LABELS = {"phone": "Telefono", "email": "Email", "whatsapp": "WhatsApp"}
SLOT_LABELS = {
    "morning": "Mattina",
    "afternoon": "Pomeriggio",
    "evening": "Sera",
    "any": "Qualsiasi",
}
DAY_LABELS = {
    "MO": "Lun",
    "TU": "Mar",
    "WE": "Mer",
    "TH": "Gio",
    "FR": "Ven",
    "SA": "Sab",
    "SU": "Dom",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+[\d ]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ForeignPayloadError(ValueError):
    """A payload that opened but does not belong to its envelope (altered or mixed up)."""


@dataclass
class InboxResult:
    payloads: list[dict[str, Any]] = field(default_factory=list)
    """Decrypted requests, one per id, oldest first."""
    warnings: list[str] = field(default_factory=list)
    """One sentence per file that could not be used, naming the file."""
    files: int = 0
    duplicates: int = 0
    other_key: int = 0


def decrypt_envelope(envelope: Envelope, private_key: PrivateKey) -> dict[str, Any]:
    """The request inside `envelope` (the JSON payload sealed on the kiosk).

    Raises WrongKeyError (sealed for another key) or ValueError (damaged or altered payload).
    """
    plaintext = unseal(private_key, envelope.sealed)
    try:
        payload = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("the sealed payload is not valid JSON") from None
    if not isinstance(payload, dict):
        raise ValueError("the sealed payload is not a JSON object")
    if payload.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"unsupported schema_version {payload.get('schema_version')!r}")
    if payload.get("id") != envelope.id or payload.get("kiosk_id") != envelope.kiosk_id:
        raise ForeignPayloadError("the sealed request does not match the file's id or kiosk")
    return payload


OTHER_KEY = "sealed for another key (or altered); skipped"


def decrypt_all(
    envelopes: Iterable[Envelope], private_key: PrivateKey
) -> tuple[list[dict[str, Any]], list[tuple[Envelope, str]]]:
    """Open every envelope: the payloads (oldest first) and, for each one that stays closed, the
    reason in words (OTHER_KEY when it is sealed for another key). Never stops at a bad one."""
    payloads: list[dict[str, Any]] = []
    closed: list[tuple[Envelope, str]] = []
    for envelope in envelopes:
        try:
            payloads.append(decrypt_envelope(envelope, private_key))
        except WrongKeyError:
            closed.append((envelope, OTHER_KEY))
        except ValueError as exc:
            closed.append((envelope, str(exc)))
    payloads.sort(key=_oldest_first)
    return payloads, closed


def _oldest_first(payload: Mapping[str, Any]) -> tuple[str, str]:
    return str(payload.get("created_at", "")), str(payload.get("id"))


def read_request_file(path: Path) -> Envelope | None:
    """The envelope in `path`; None for JSON that is not a request file; ValueError if damaged."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValueError("too large to be a request file")
    data = path.read_bytes()
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("not valid JSON (damaged or truncated)") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply to be a request file") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    return Envelope.from_json(data)


def open_share(folder: Path, private_key: PrivateKey) -> InboxResult:
    """Decrypt every request file under `folder` (recursively, any kiosk), once per id."""
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: no such folder")
    result = InboxResult()
    seen: dict[str, tuple[str, Path]] = {}
    failed: set[str] = set()  # digests that did not open: their copies are not reported again
    for path in sorted(p for p in folder.rglob("*.json") if p.is_file()):
        if path.name.startswith("."):
            continue  # a temporary file of a transfer in progress
        try:
            envelope = read_request_file(path)
        except (OSError, ValueError) as exc:
            result.warnings.append(f"{path}: {exc}")
            continue
        if envelope is None:
            continue
        result.files += 1
        if envelope.sha256 in failed:
            result.duplicates += 1
            continue
        if envelope.id in seen:
            first_sha, first_path = seen[envelope.id]
            result.duplicates += 1
            if first_sha != envelope.sha256:
                result.warnings.append(
                    f"{path}: same id as {first_path} with different content; the first one is kept"
                )
            continue
        opened, closed = decrypt_all([envelope], private_key)
        if closed:
            failed.add(envelope.sha256)
            reason = closed[0][1]
            result.other_key += reason == OTHER_KEY
            result.warnings.append(f"{path}: {reason}")
            continue
        seen[envelope.id] = (envelope.sha256, path)
        result.payloads.extend(opened)
    result.payloads.sort(key=_oldest_first)
    log.info(
        "inbox: %d request(s) from %d file(s), %d warning(s)",
        len(result.payloads),
        result.files,
        len(result.warnings),
    )
    return result


def request_row(payload: Mapping[str, Any], tz: str = "Europe/Rome") -> dict[str, str]:
    """One table row (Italian headers, Italian labels) for a decrypted request."""
    offering = payload.get("offering_id") or ""
    if offering and payload.get("offering_category"):
        offering = f"{offering} ({payload['offering_category']})"
    return {
        "Riferimento": str(payload.get("reference", "")),
        "Ricevuta il": _local_time(payload.get("created_at"), tz),
        "Chiosco": str(payload.get("kiosk_id", "")),
        "Nome": str(payload.get("first_name", "")),
        "Telefono": _phone(payload.get("phone")),
        "Email": str(payload.get("email") or ""),
        "Canale preferito": _label(CHANNEL_LABELS, payload.get("preferred_channel")),
        "Fascia oraria": _label(SLOT_LABELS, payload.get("time_slot")),
        "Lingua": str(payload.get("language", "")),
        "Comune": str(payload.get("comune", "")),
        "Bisogni": ", ".join(_label(NEED_LABELS, n) for n in _list(payload.get("needs"))),
        "Età dei figli": ", ".join(str(a) for a in _list(payload.get("children_ages"))),
        "Periodi": ", ".join(str(p) for p in _list(payload.get("periods"))),
        "Giorni": ", ".join(_label(DAY_LABELS, d) for d in _list(payload.get("weekdays"))),
        "Offerta collegata": str(offering),
        "Consenso informativa": _yes_no(payload.get("consent_notice")),
        "Consenso novità": _yes_no(payload.get("consent_news")),
        "Versione informativa": str(payload.get("notice_version", "")),
    }


def write_table(rows: Sequence[Mapping[str, str]], out_path: Path) -> None:
    """Write `rows` (keys: COLUMNS) as .csv (UTF-8 with BOM, ';') or .xlsx, atomically, mode 0600.

    Cells that a spreadsheet would read as a formula are neutralised (a leading apostrophe in
    CSV; explicit text cells in XLSX).
    """
    suffix = out_path.suffix.lower()
    if suffix == ".csv":
        data = _csv_bytes(rows)
    elif suffix == ".xlsx":
        data = _xlsx_bytes(rows)
    else:
        raise ValueError(f"{out_path}: the output must end in .csv or .xlsx")
    atomic_write_bytes(out_path, data, mode=0o600)


def _csv_bytes(rows: Iterable[Mapping[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_csv_safe(_clean(row.get(col, ""))) for col in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_bytes(rows: Iterable[Mapping[str, str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Richieste"
    for col, name in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col, value=name)
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = max(12, len(name) + 4)
    for row_number, row in enumerate(rows, start=2):
        for col, name in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=row_number, column=col, value=_clean(row.get(name, "")))
            cell.data_type = "s"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _clean(value: str) -> str:
    return _CONTROL.sub("", str(value))


def _csv_safe(value: str) -> str:
    """A leading apostrophe for what a spreadsheet would run as a formula (phone numbers such as
    `+39 347 ...` are left alone: digits and spaces after a plus are not a formula)."""
    if _PHONE.match(value):
        return value
    return "'" + value if value.startswith(_FORMULA_START) else value


def _local_time(value: Any, tz: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    try:
        zone: dt.tzinfo = ZoneInfo(tz)
    except ZoneInfoNotFoundError:
        zone = dt.UTC
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _phone(value: Any) -> str:
    if not value:
        return ""
    try:
        number = phonenumbers.parse(str(value), None)
    except phonenumbers.NumberParseException:
        return str(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _label(labels: Mapping[str, str], value: Any) -> str:
    return labels.get(str(value), str(value or ""))


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _yes_no(value: Any) -> str:
    return "Sì" if value is True else "No"
