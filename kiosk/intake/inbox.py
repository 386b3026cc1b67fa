"""Opening requests at the office: decrypt request files, keep each one once, write a table.

Used by `pitstop inbox open` (a shared folder) and by the central server's export. Nothing one
request carries can stop the others: a file or a sealed payload that is damaged, too large,
nested too deeply, sealed for another key, altered, or holds impossible dates or text becomes a
warning naming it, and every other request still reaches the table. Only the inbox folders are
read (`inbox/` of a share, `pitstop-requests/` of a staff export, or the folder given when it is a
copied inbox folder: then without its `catalogue/` and `kiosks/`), at most MAX_INBOX_DEPTH folders
down, one folder at a time; JSON files there that are not request files are skipped silently.

On a share only the canonical place `inbox/<kiosk-id>/<id>.json` is trusted. A copy of a request
anywhere else in an inbox folder (a sub-folder, another kiosk's folder, `inbox/0.json`) never
replaces the one in its place: identical bytes count as a duplicate, other content is listed
beside it and flagged in the "Avviso" column. Symbolic links inside the share are not followed. This cannot tell which of
two different copies a kiosk really wrote when neither is in its canonical place: both are listed,
flagged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import re
import stat
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from nacl.public import PrivateKey

from kiosk.fileio import atomic_write_bytes
from kiosk.intake.model import FIELDS, SCHEMA_VERSION, RequestInvalid, parse_request
from kiosk.intake.names import Names
from kiosk.intake.outbox import FORMAT, MAX_REQUEST_FILE_BYTES, Envelope
from kiosk.intake.reference import reference_for
from kiosk.privacy.sealing import WrongKeyError, unseal
from kiosk.text import printable

log = logging.getLogger(__name__)

MAX_INBOX_DEPTH = 4
"""Folder levels read below an inbox folder (`inbox/<kiosk-id>/<id>.json` is one); deeper ones
are named in a warning, not read."""
SKIPPED_FOLDERS = frozenset({"catalogue", "kiosks"})
"""Share folders that never hold requests (catalogues, kiosk status files)."""
MAX_JSON_DEPTH = 32
"""A request nests 2 levels; deeper JSON is refused before it is parsed."""
CELL_MAX = 1000
"""Characters kept in one table cell (a first name has at most 40)."""
INBOX_FOLDERS = ("inbox", "pitstop-requests")
"""Where kiosks put request files in a share (the sync folder) or on a USB stick (staff export)."""
TIMEZONE = "Europe/Rome"

COLUMNS: tuple[str, ...] = (
    "Riferimento",
    "Ricevuta il",
    "Chiosco",
    "Consegnata da",
    "Avviso",
    "Nome",
    "Telefono",
    "Email",
    "Canale preferito",
    "Fascia oraria",
    "Lingua",
    "Comune",
    "Codice comune",
    "Bisogni",
    "Codici bisogni",
    "Età dei figli",
    "Periodi",
    "Codici periodi",
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
OTHER_KEY = "sealed for another key (or altered); skipped"
UNREADABLE_CELL = "(illeggibile)"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+[\d ]+$")
_NOT_XML = re.compile("[\ufffe\uffff]")
_JSON_SPECIAL = re.compile(r'[\[\]{}"\\]')
_DATE_FIELDS = ("created_at", "notice_shown_at")


class ForeignPayloadError(ValueError):
    """A payload that opened but does not belong to its envelope (altered or mixed up)."""


@dataclass
class Opened:
    """One decrypted request as it goes into the table."""

    payload: dict[str, Any]
    source: str
    """The file it came from (relative to the share) or "central"."""
    delivered_by: str = ""
    """The kiosk that delivered it: its inbox folder, or the token's kiosk; "" if unknown."""
    flags: list[str] = field(default_factory=list)
    """Italian sentences for the "Avviso" column (empty: nothing odd)."""
    order: tuple[str, str, int] = ("", "", 0)


@dataclass
class InboxResult:
    opened: list[Opened] = field(default_factory=list)
    """Decrypted requests, oldest first; a flagged copy right after the genuine one."""
    warnings: list[str] = field(default_factory=list)
    """One terminal-safe sentence per file or request skipped or flagged, naming it."""
    files: int = 0
    """Request files (or stored requests) found."""
    duplicates: int = 0
    """Identical copies not listed again."""
    other_key: int = 0
    skipped: int = 0
    """Request files or requests that are not in the table."""

    @property
    def payloads(self) -> list[dict[str, Any]]:
        return [o.payload for o in self.opened]

    @property
    def flagged(self) -> int:
        return sum(1 for o in self.opened if o.flags)

    @property
    def nothing_opened(self) -> bool:
        """Requests were found but the key opened none of them (the wrong key?)."""
        return self.other_key > 0 and not self.opened

    @property
    def clean(self) -> bool:
        """Every request found is in the table, unflagged."""
        return not self.warnings and not self.skipped and not self.flagged


# -- decrypting -------------------------------------------------------------------------------


def json_too_deep(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when `text` nests arrays/objects more than `limit` deep (checked without parsing)."""
    depth = 0
    in_string = False
    escaped_at = -1
    for match in _JSON_SPECIAL.finditer(text):
        char, position = match.group(), match.start()
        if position == escaped_at:
            continue
        if in_string:
            if char == "\\":
                escaped_at = position + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _load_json(text: str, what: str) -> Any:
    if json_too_deep(text):
        raise ValueError(f"{what} is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise ValueError(f"{what} is not valid JSON (damaged or truncated)") from None
    except ValueError:  # an integer with thousands of digits
        raise ValueError(f"{what} holds a number too long to read") from None


def decrypt_envelope(envelope: Envelope, private_key: PrivateKey) -> dict[str, Any]:
    """The request inside `envelope` (the JSON payload sealed on the kiosk).

    Raises WrongKeyError (sealed for another key) or ValueError (damaged or altered payload).
    """
    plaintext = unseal(private_key, envelope.sealed)
    try:
        text = plaintext.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("the sealed payload is not UTF-8 text") from None
    payload = _load_json(text, "the sealed payload")
    if not isinstance(payload, dict):
        raise ValueError("the sealed payload is not a JSON object")
    if payload.get("schema_version") != SCHEMA_VERSION:
        version = printable(repr(payload.get("schema_version")), limit=40)
        raise ValueError(f"unsupported schema_version {version}")
    if payload.get("id") != envelope.id or payload.get("kiosk_id") != envelope.kiosk_id:
        raise ForeignPayloadError("the sealed request does not match the file's id or kiosk")
    return payload


def failure_reason(exc: BaseException) -> str:
    """A request that did not open, in words (OTHER_KEY when sealed for another key)."""
    if isinstance(exc, WrongKeyError):
        return OTHER_KEY
    if isinstance(exc, ValueError):
        return printable(exc, limit=300)
    return f"cannot be read ({type(exc).__name__}); skipped"


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
        except Exception as exc:
            closed.append((envelope, failure_reason(exc)))
    payloads.sort(key=lambda p: (printable(p.get("created_at", "")), printable(p.get("id"))))
    return payloads, closed


def content_problems(payload: Mapping[str, Any]) -> list[str]:
    """The fields of `payload` that the kiosk's own checks refuse (empty for a genuine request).

    A request that fails them was not made by a kiosk's form: it is listed, flagged.
    """
    problems: list[str] = []
    for name in _DATE_FIELDS:
        if not _date_ok(payload.get(name)):
            problems.append(name)
    data = {k: v for k, v in payload.items() if k in FIELDS and k not in problems}
    try:
        parse_request(data)
    except RequestInvalid as exc:
        problems += [name for name in exc.codes if name not in problems]
    except Exception:
        problems.append("?")
    try:
        if payload.get("reference") != reference_for(uuid.UUID(str(payload.get("id")))):
            problems.append("reference")
    except ValueError:
        problems.append("id")
    return problems


def _date_ok(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            return False
        moment.astimezone(dt.UTC)
        moment.astimezone(_zone(TIMEZONE))
    except (ValueError, OverflowError):
        return False
    return True


def opened_request(
    payload: dict[str, Any], source: str, delivered_by: str, result: InboxResult
) -> Opened:
    """`payload` ready for the table, with its flags (each also a warning in `result`)."""
    opened = Opened(payload, source, delivered_by)
    label = f"{source} ({_reference(payload)})"
    claimed = printable(payload.get("kiosk_id", ""), limit=80)
    if delivered_by and delivered_by != payload.get("kiosk_id"):
        shown = printable(delivered_by, limit=80)
        flag(
            opened,
            result,
            f"consegnata dal chiosco {shown}, ma dice di venire da {claimed}",
            f"{label}: delivered by kiosk {shown} but claims kiosk {claimed}; listed, flagged",
        )
    problems = content_problems(payload)
    if problems:
        names = printable(", ".join(problems), limit=200)
        flag(
            opened,
            result,
            f"contenuto non valido ({names}): non fatto dal modulo di un chiosco, verificare",
            f"{label}: content fails the kiosk's checks ({names}); listed, flagged",
        )
    return opened


def flag(opened: Opened, result: InboxResult, italian: str, english: str) -> None:
    opened.flags.append(italian)
    result.warnings.append(english)


def open_envelopes(
    items: Iterable[tuple[Envelope, str, str]], private_key: PrivateKey
) -> InboxResult:
    """Open (envelope, delivered_by, source) items, each id once (the central server's export)."""
    result = InboxResult()
    for envelope, delivered_by, source in items:
        result.files += 1
        label = printable(source, limit=200)
        try:
            payload = decrypt_envelope(envelope, private_key)
            opened = opened_request(payload, label, delivered_by, result)
        except Exception as exc:
            reason = failure_reason(exc)
            result.other_key += reason == OTHER_KEY
            result.skipped += 1
            result.warnings.append(f"{label}: {reason}")
            continue
        opened.order = (envelope.created_at.isoformat(), envelope.id, 0)
        result.opened.append(opened)
    result.opened.sort(key=lambda o: o.order)
    return result


# -- a shared folder --------------------------------------------------------------------------


def read_request_file(path: Path) -> Envelope | None:
    """The envelope in `path`; None for JSON that is not a request file; ValueError if damaged.

    Never follows a symbolic link, never reads more than MAX_REQUEST_FILE_BYTES, never blocks on
    a FIFO.
    """
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if path.is_symlink():
            raise ValueError("a symbolic link; not followed") from None
        raise ValueError(f"cannot be read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file; skipped")
        data = file.read(MAX_REQUEST_FILE_BYTES + 1)
    if len(data) > MAX_REQUEST_FILE_BYTES:
        raise ValueError(
            f"larger than {MAX_REQUEST_FILE_BYTES // 1024} KiB: too large to be a request file"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not valid JSON (damaged or truncated)") from None
    if json_too_deep(text):
        raise ValueError("JSON nested too deeply to be a request file")
    document = _load_json(text, "the file")
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    return Envelope.from_document(document)


def inbox_roots(share: Path) -> list[Path]:
    """The folders holding one folder per kiosk: `inbox/` of a share and `pitstop-requests/` of
    a staff USB export (both when both are there), else `share` itself (a copied inbox folder)."""
    found = [
        share / n for n in INBOX_FOLDERS if (share / n).is_dir() and not (share / n).is_symlink()
    ]
    return found or [share]


def _request_files(share: Path, roots: Sequence[Path], warnings: list[str]) -> Iterator[Path]:
    """Every `*.json` in the inbox folders `roots` of `share`, in path order: at most
    MAX_INBOX_DEPTH folders down, one folder at a time (no recursion), symbolic links not
    followed. When `share` itself is the root (a copied inbox folder), its `catalogue/` and
    `kiosks/` are skipped: they hold no requests."""
    for root in roots:
        stack: list[tuple[Path, int]] = [(root, 0)]
        while stack:
            folder, depth = stack.pop()
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
            except OSError as exc:
                warnings.append(
                    f"{_shown(folder, share)}: cannot be read ({exc.strerror}); skipped"
                )
                continue
            below: list[tuple[Path, int]] = []
            for entry in entries:
                path = Path(entry.path)
                try:
                    link, is_dir = entry.is_symlink(), entry.is_dir(follow_symlinks=False)
                except OSError:
                    continue
                if link:
                    if entry.name.endswith(".json") or entry.is_dir():
                        warnings.append(f"{_shown(path, share)}: a symbolic link; not followed")
                elif is_dir:
                    if root == share and folder == share and entry.name in SKIPPED_FOLDERS:
                        continue
                    if depth >= MAX_INBOX_DEPTH:
                        warnings.append(
                            f"{_shown(path, share)}: more than {MAX_INBOX_DEPTH} folders below "
                            f"{_shown(root, share) or '.'}, where no kiosk writes; not read"
                        )
                        continue
                    below.append((path, depth + 1))
                elif entry.name.endswith(".json") and not entry.name.startswith("."):
                    yield path  # not a dot-file: a temporary file of a transfer in progress
            stack.extend(reversed(below))


@dataclass
class _Copy:
    path: Path
    shown: str
    envelope: Envelope
    rank: int
    """0 in its canonical place, 1 in another kiosk's folder, 2 anywhere else."""
    delivered_by: str


def _place(path: Path, roots: Sequence[Path], envelope: Envelope) -> tuple[int, str]:
    if path.parent.parent not in roots or path.stem != envelope.id:
        return 2, ""
    folder = path.parent.name
    return (0 if folder == envelope.kiosk_id else 1), folder


def _shown(path: Path, share: Path) -> str:
    try:
        text = str(path.relative_to(share))
    except ValueError:
        text = str(path)
    return printable(text, limit=300)


def open_share(folder: Path, private_key: PrivateKey) -> InboxResult:
    """Decrypt every request file in the inbox folders of `folder` (any kiosk), once per id."""
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: no such folder")
    roots = inbox_roots(folder)
    result = InboxResult()
    copies: dict[str, list[_Copy]] = {}
    for path in _request_files(folder, roots, result.warnings):
        shown = _shown(path, folder)
        try:
            envelope = read_request_file(path)
        except Exception as exc:
            result.skipped += 1
            result.warnings.append(f"{shown}: {failure_reason(exc)}")
            continue
        if envelope is None:
            continue
        result.files += 1
        rank, delivered_by = _place(path, roots, envelope)
        copies.setdefault(envelope.id, []).append(_Copy(path, shown, envelope, rank, delivered_by))
    expected_root = _shown(roots[0], folder) if roots[0] != folder else ""
    for group in copies.values():
        _open_group(group, private_key, result, expected_root)
    result.opened.sort(key=lambda o: o.order)
    log.info(
        "inbox: %d request(s) from %d file(s), %d warning(s)",
        len(result.opened),
        result.files,
        len(result.warnings),
    )
    return result


def _open_group(
    group: list[_Copy], private_key: PrivateKey, result: InboxResult, expected_root: str
) -> None:
    """The copies of one request id: the one in its place first, identical copies once."""
    group.sort(key=lambda c: (c.rank, str(c.path)))
    distinct: dict[str, _Copy] = {}
    for copy in group:
        if copy.envelope.sha256 in distinct:
            result.duplicates += 1
        else:
            distinct[copy.envelope.sha256] = copy
    first = group[0]
    for index, copy in enumerate(distinct.values()):
        envelope = copy.envelope
        try:
            payload = decrypt_envelope(envelope, private_key)
            opened = opened_request(payload, copy.shown, copy.delivered_by, result)
        except Exception as exc:
            reason = failure_reason(exc)
            result.other_key += reason == OTHER_KEY
            result.skipped += 1
            result.warnings.append(f"{copy.shown}: {reason}")
            continue
        if copy.rank == 2:
            expected = "/".join(p for p in (expected_root, envelope.kiosk_id) if p)
            expected = printable(f"{expected}/{envelope.id}.json", limit=300)
            flag(
                opened,
                result,
                f"file fuori posto ({copy.shown}); il suo posto è {expected}",
                f"{copy.shown}: not in its place {expected}; listed, flagged",
            )
        if index > 0:
            flag(
                opened,
                result,
                f"ATTENZIONE: stesso id di {first.shown} ma contenuto diverso: "
                "può essere un falso, verificare prima di chiamare",
                f"{copy.shown}: same id as {first.shown} with different content; "
                "both are listed, this one flagged",
            )
        opened.order = (first.envelope.created_at.isoformat(), envelope.id, index)
        result.opened.append(opened)


# -- the table --------------------------------------------------------------------------------


def request_row(
    payload: Mapping[str, Any],
    tz: str = TIMEZONE,
    *,
    names: Names | None = None,
    delivered_by: str = "",
    flags: Sequence[str] = (),
) -> dict[str, str]:
    """One table row (Italian headers, Italian labels) for a decrypted request.

    Never raises: a value that cannot be shown becomes UNREADABLE_CELL; every cell is printable.
    """
    known = names or Names()
    comune = payload.get("comune")
    needs = _list(payload.get("needs"))
    periods = _list(payload.get("periods"))
    builders: dict[str, Callable[[], str]] = {
        "Riferimento": lambda: _text(payload.get("reference")),
        "Ricevuta il": lambda: _local_time(payload.get("created_at"), tz),
        "Chiosco": lambda: _text(payload.get("kiosk_id")),
        "Consegnata da": lambda: delivered_by,
        "Avviso": lambda: "; ".join(flags),
        "Nome": lambda: _text(payload.get("first_name")),
        "Telefono": lambda: _phone(payload.get("phone")),
        "Email": lambda: _text(payload.get("email")),
        "Canale preferito": lambda: _label(CHANNEL_LABELS, payload.get("preferred_channel")),
        "Fascia oraria": lambda: _label(SLOT_LABELS, payload.get("time_slot")),
        "Lingua": lambda: _text(payload.get("language")),
        "Comune": lambda: _label(known.comuni, comune),
        "Codice comune": lambda: _text(comune),
        "Bisogni": lambda: ", ".join(_label(NEED_LABELS, n) for n in needs),
        "Codici bisogni": lambda: ", ".join(_text(n) for n in needs),
        "Età dei figli": lambda: ", ".join(_text(a) for a in _list(payload.get("children_ages"))),
        "Periodi": lambda: ", ".join(_label(known.periods, p) for p in periods),
        "Codici periodi": lambda: ", ".join(_text(p) for p in periods),
        "Giorni": lambda: ", ".join(_label(DAY_LABELS, d) for d in _list(payload.get("weekdays"))),
        "Offerta collegata": lambda: _offering(payload),
        "Consenso informativa": lambda: _yes_no(payload.get("consent_notice")),
        "Consenso novità": lambda: _yes_no(payload.get("consent_news")),
        "Versione informativa": lambda: _text(payload.get("notice_version")),
    }
    row: dict[str, str] = {}
    for column in COLUMNS:
        try:
            row[column] = _clean(builders[column]())
        except Exception:
            row[column] = UNREADABLE_CELL
    return row


def table_rows(
    result: InboxResult, names: Names | None = None, tz: str = TIMEZONE
) -> list[dict[str, str]]:
    """The table of `result`: one row per opened request, in its order."""
    return [
        request_row(o.payload, tz, names=names, delivered_by=o.delivered_by, flags=o.flags)
        for o in result.opened
    ]


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


def _clean(value: object) -> str:
    """`value` safe for a terminal, a CSV field and an XLSX cell (one line, at most CELL_MAX)."""
    return _NOT_XML.sub("\ufffd", printable(value, limit=CELL_MAX))


def _csv_safe(value: str) -> str:
    """A leading apostrophe for what a spreadsheet would run as a formula (phone numbers such as
    `+39 347 ...` are left alone: digits and spaces after a plus are not a formula)."""
    if _PHONE.match(value):
        return value
    return "'" + value if value.startswith(_FORMULA_START) else value


def _zone(tz: str) -> dt.tzinfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _local_time(value: Any, tz: str) -> str:
    """`value` (ISO 8601) as local time; the text as given when it is not a time that can be shown."""
    text = _text(value)
    try:
        moment = dt.datetime.fromisoformat(text)
        if moment.tzinfo is None:
            return text
        return moment.astimezone(_zone(tz)).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):
        return text


def _reference(payload: Mapping[str, Any]) -> str:
    return printable(payload.get("reference") or payload.get("id") or "?", limit=60)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=True)[:CELL_MAX]


def _offering(payload: Mapping[str, Any]) -> str:
    offering = _text(payload.get("offering_id"))
    category = _text(payload.get("offering_category"))
    return f"{offering} ({category})" if offering and category else offering


def _phone(value: Any) -> str:
    if not value:
        return ""
    if not isinstance(value, str):
        return _text(value)
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _label(labels: Mapping[str, str], value: Any) -> str:
    if isinstance(value, str):
        return labels.get(value, value)
    return _text(value)


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _yes_no(value: Any) -> str:
    return "Sì" if value is True else "No"
