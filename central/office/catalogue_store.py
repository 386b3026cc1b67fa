"""The catalogue page's work: check an uploaded file, keep it as a draft, compare it with the
published catalogue, publish it, roll back to an earlier version.

An upload is read and validated by the kiosk's own importer (`kiosk.catalogue.importer`, the
same report as `pitstop catalogue validate`) in a short-lived child process with a memory cap and
a time limit, never in the server: a hostile spreadsheet can only take the child down. The child
writes the catalogue as our JSON; the draft keeps that JSON until it is published or a day has
passed. Publishing and rolling back add a version (every published version is kept; a rollback
republishes an old version's content as the newest, so kiosks fetch it by the usual ETag), with
its audit event in the same transaction. This cannot stop two coordinators from publishing one
after the other: the newest publish wins, and both are in the audit log.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import secrets
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from central.audit import record_audit
from central.models import CatalogueDraft, PublishedCatalogue
from central.store import CentralStore
from kiosk.text import printable

MAX_UPLOAD: Final = 16 * 1024 * 1024
"""Largest upload (the shipped nginx site's body limit)."""
CHILD_TIMEOUT: Final = 120.0
CHILD_MEMORY: Final = 1 << 30
DRAFT_DAYS: Final = 1
SUFFIXES: Final = (".json", ".csv", ".xlsx")
_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Problem:
    """The error that stops a file (where: row or JSON path; field: the column or field)."""

    file: str
    where: str
    field: str
    message: str
    sentence: str


@dataclass(frozen=True)
class Warning_:
    where: str
    field: str
    message: str


@dataclass
class CheckResult:
    filename: str
    problem: Problem | None = None
    format: str = ""
    version: str = ""
    offerings: int = 0
    warnings: list[Warning_] = field(default_factory=list)
    content: bytes = b""


def safe_filename(name: str) -> str:
    """The upload's own name, for messages only (never a path on this server)."""
    base = printable(name.replace("\\", "/").rsplit("/", 1)[-1]).strip() or "catalogue"
    return base[:200]


def check_upload(data: bytes, filename: str) -> CheckResult:
    """Validate `data` (a file named `filename`) in a child process (blocking: run it in the
    thread pool). The result has the problem, or the catalogue as our JSON and its warnings."""
    shown = safe_filename(filename)
    suffix = Path(shown).suffix.lower()
    if suffix not in SUFFIXES:
        return CheckResult(shown, _problem(shown, "", "", "is not a .json, .csv or .xlsx file"))
    if len(data) > MAX_UPLOAD:
        return CheckResult(shown, _problem(shown, "", "", _too_large(len(data))))
    with tempfile.TemporaryDirectory(prefix="pitstop-upload-") as folder:
        source = Path(folder) / f"upload{suffix}"
        out = Path(folder) / "catalogue.json"
        source.write_bytes(data)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH")]))
        job = json.dumps({"path": str(source), "out": str(out), "memory": CHILD_MEMORY})
        try:
            done = subprocess.run(
                [sys.executable, "-m", "central.office.catalogue_check", job],
                capture_output=True,
                text=True,
                env=env,
                timeout=CHILD_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return CheckResult(
                shown,
                _problem(shown, "", "", f"checking it took more than {CHILD_TIMEOUT:.0f} seconds"),
            )
        answer = _last_json(done.stdout)
        if "error" in answer:
            error = answer["error"]
            return CheckResult(
                shown,
                _problem(
                    shown, str(error["where"] or ""), str(error["field"] or ""), error["message"]
                ),
            )
        if "summary" not in answer or not out.is_file():
            reason = answer.get("crash") or "it could not be read"
            if done.returncode < 0 or answer.get("crash") == "MemoryError":
                reason = "it is too big to check on this server: split it"
            return CheckResult(shown, _problem(shown, "", "", str(reason)))
        summary = answer["summary"]
        return CheckResult(
            shown,
            format=str(summary["format"]),
            version=str(summary["version"]),
            offerings=int(summary["offerings"]),
            warnings=[Warning_(**w) for w in summary["warnings"]],
            content=out.read_bytes(),
        )


def _too_large(size: int) -> str:
    return (
        f"the file is {size / 2**20:.1f} MB, more than the {MAX_UPLOAD // 2**20} MB an upload "
        "may be: split it or remove what kiosks need not show"
    )


def _problem(file: str, where: str, field_name: str, message: str) -> Problem:
    from kiosk.catalogue.errors import CatalogueError

    sentence = str(CatalogueError(file, where, field_name or None, message))
    return Problem(file, where, field_name, message, sentence)


def _last_json(output: str) -> dict[str, Any]:
    for line in reversed(output.strip().splitlines()):
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return {}


# -- drafts ----------------------------------------------------------------------------------


def save_draft(store: CentralStore, result: CheckResult, actor: str) -> str:
    """Keep a checked upload until it is published (drafts older than a day are removed)."""
    draft_id = secrets.token_hex(16)
    now = dt.datetime.now(dt.UTC)
    with store.writing() as session:
        session.execute(
            delete(CatalogueDraft).where(
                CatalogueDraft.created_at < now - dt.timedelta(days=DRAFT_DAYS)
            )
        )
        session.add(
            CatalogueDraft(
                id=draft_id,
                created_at=now,
                created_by=actor[:100],
                filename=result.filename,
                format=result.format,
                catalogue_version=result.version[:100],
                offerings=result.offerings,
                warnings=[w.__dict__ for w in result.warnings[:1000]],
                content=result.content,
            )
        )
    return draft_id


def load_draft(store: CentralStore, draft_id: str) -> CatalogueDraft | None:
    if not (len(draft_id) == 32 and all(ch in "0123456789abcdef" for ch in draft_id)):
        return None
    with store.sessions() as session:
        return session.get(CatalogueDraft, draft_id)


# -- what changes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    id: str
    name: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Diff:
    added: list[Change]
    removed: list[Change]
    changed: list[Change]
    unchanged: int


def _offerings(content: bytes | None) -> dict[str, dict[str, Any]]:
    if not content:
        return {}
    data = json.loads(content)
    return {str(item["id"]): item for item in data.get("offerings", [])}


def _name(item: dict[str, Any]) -> str:
    name = item.get("name")
    if isinstance(name, dict):
        return str(name.get("it") or next(iter(name.values()), ""))
    return str(name or "")


def diff(old: bytes | None, new: bytes) -> Diff:
    """Offerings added, removed and changed (with the fields that differ) from `old` to `new`
    (both our JSON)."""
    before, after = _offerings(old), _offerings(new)
    added = [Change(i, _name(after[i])) for i in sorted(after.keys() - before.keys())]
    removed = [Change(i, _name(before[i])) for i in sorted(before.keys() - after.keys())]
    changed = []
    for i in sorted(after.keys() & before.keys()):
        if after[i] != before[i]:
            fields = sorted(
                k for k in after[i].keys() | before[i].keys() if after[i].get(k) != before[i].get(k)
            )
            changed.append(Change(i, _name(after[i]), tuple(fields)))
    unchanged = len(after.keys() & before.keys()) - len(changed)
    return Diff(added, removed, changed, unchanged)


# -- versions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    version: int
    catalogue_version: str
    offerings: int | None
    published_at: dt.datetime
    published_by: str | None
    rollback_of: int | None
    source: str


def versions(store: CentralStore) -> list[Version]:
    """Every published version, newest first (without content)."""
    table = PublishedCatalogue
    query = select(
        table.version,
        table.catalogue_version,
        table.offerings,
        table.published_at,
        table.published_by,
        table.rollback_of,
        table.source,
    ).order_by(table.version.desc())
    with store.engine.connect() as connection:
        rows = connection.execute(query).all()
    return [
        Version(
            int(row.version),
            str(row.catalogue_version),
            row.offerings,
            row.published_at
            if row.published_at.tzinfo
            else row.published_at.replace(tzinfo=dt.UTC),
            row.published_by,
            row.rollback_of,
            str(row.source or ""),
        )
        for row in rows
    ]


def current_content(store: CentralStore) -> bytes | None:
    blob = store.current_catalogue()
    return None if blob is None else blob.content


class PublishError(Exception):
    """What stops a publish or rollback; `key` is an i18n key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _add_version(
    store: CentralStore,
    *,
    content: bytes,
    catalogue_version: str,
    offerings: int,
    source: str,
    actor: str,
    rollback_of: int | None,
    action: str,
    draft_id: str | None = None,
) -> int:
    checksum = hashlib.sha256(content).hexdigest()
    gzipped = gzip.compress(content, 6, mtime=0)
    for attempt in range(5):
        try:
            with store.writing() as session:
                if draft_id is not None:
                    gone = session.execute(
                        delete(CatalogueDraft).where(CatalogueDraft.id == draft_id)
                    )
                    if not getattr(gone, "rowcount", 0):
                        raise PublishError("catalogue.draft_gone")  # published meanwhile
                newest = session.scalar(select(func.max(PublishedCatalogue.version)))
                version = (newest or 0) + 1
                session.add(
                    PublishedCatalogue(
                        version=version,
                        catalogue_version=catalogue_version,
                        checksum=checksum,
                        etag=f'"{version}-{checksum[:20]}"',
                        content=content,
                        content_gzip=gzipped,
                        source=source[:500],
                        published_at=dt.datetime.now(dt.UTC),
                        offerings=offerings,
                        published_by=actor[:100],
                        rollback_of=rollback_of,
                    )
                )
                record_audit(
                    session,
                    actor,
                    action,
                    version=version,
                    catalogue_version=catalogue_version,
                    offerings=offerings,
                    rollback_of=rollback_of,
                )
            store.catalogue_published()
            return version
        except IntegrityError:  # another publisher took this number: count again
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def publish_draft(store: CentralStore, draft_id: str, actor: str) -> int:
    """Publish the draft as the newest version (the draft is used up); its number."""
    draft = load_draft(store, draft_id)
    if draft is None:
        raise PublishError("catalogue.draft_gone")
    return _add_version(
        store,
        content=draft.content,
        catalogue_version=draft.catalogue_version,
        offerings=draft.offerings,
        source=f"office upload: {draft.filename}",
        actor=actor,
        rollback_of=None,
        action="catalogue.publish",
        draft_id=draft_id,
    )


def rollback(store: CentralStore, version: int, actor: str) -> int:
    """Publish version `version`'s content again as the newest version; its number."""
    with store.sessions() as session:
        old = session.get(PublishedCatalogue, version)
        if old is None:
            raise PublishError("catalogue.no_version")
        content, label, count = old.content, old.catalogue_version, old.offerings
    if count is None:
        count = len(_offerings(content))
    return _add_version(
        store,
        content=content,
        catalogue_version=label,
        offerings=count,
        source=f"rollback to version {version}",
        actor=actor,
        rollback_of=version,
        action="catalogue.rollback",
    )
