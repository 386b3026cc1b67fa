"""Catalogue checks and imports in a child process, so the kiosk never loads the catalogue models.

Validating a catalogue takes pydantic and the catalogue models (~10 MiB), and 10,000 offerings
leave ~14 MiB more in the process that read them. A kiosk runs for weeks and takes updates from
sync and USB sticks, so the running kiosk hands the file to a short-lived child
(`python -m kiosk.catalogue.isolated JOB`) that does the work and exits. The parent gets an
`ImportSummary`, or the same `CatalogueError` the importer raised in the child. The command line
(`pitstop catalogue import`) imports in its own process: it exits right after.

A file made to exhaust the kiosk (a spreadsheet claiming a million rows, a JSON array of tens of
millions of numbers) must not take the kiosk down with it: the child limits its own address
space to `CHILD_MEMORY_LIMIT` (RLIMIT_AS) and is killed after `CHILD_TIMEOUT`; either way the
parent reports one sentence ("the file is too big to import on this kiosk …") and the current
catalogue stays. What this cannot do: limit the parent; the systemd unit's MemoryMax does that.
"""

from __future__ import annotations

import json
import logging
import resource
import signal
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.catalogue.errors import CatalogueError
from kiosk.db.sqlite import SqliteFile
from kiosk.paths import child_environment

log = logging.getLogger(__name__)

CHILD_TIMEOUT = 600.0
"""Seconds a child may take (a 200 MB spreadsheet on a slow kiosk stays well under)."""
CHILD_MEMORY_LIMIT = 1 << 30
"""Bytes of address space a child may use (RLIMIT_AS). Checking 10,000 offerings of JSON peaks
at ~140 MiB; 5,000 spreadsheet rows far less."""
TOO_BIG = "the file is too big to import on this kiosk"


@dataclass(frozen=True)
class ImportSummary:
    """What a child read: enough for the staff screen, the audit log and the sync state."""

    version: str
    format: str
    checksum: str
    offerings: int
    warnings: tuple[str, ...] = ()


def check_file(path: Path, *, name: str | None = None) -> ImportSummary:
    """Read and fully validate `path` without importing it (CatalogueError if it is unusable).

    `name` is the file as its sender named it: errors name it instead of `path` (a copy).
    """
    return _run_child({"path": str(path)}, name)


def import_into(
    database: SqliteFile,
    path: Path,
    *,
    source: str | None = None,
    checksum: str | None = None,
    name: str | None = None,
) -> ImportSummary:
    """Validate `path` and make it the catalogue of `database` in one transaction.

    `source` and `checksum` are recorded instead of the file's own path and digest (sync imports
    a staged copy of a file that came from elsewhere); errors name `name` instead of `path`.
    """
    job = {"path": str(path), "database": str(database.path), "source": source}
    return _run_child({**job, "checksum": checksum}, name)


def _too_big(file: str, why: str) -> CatalogueError:
    return CatalogueError(
        file,
        "",
        None,
        f"{TOO_BIG} ({why}): split it or remove what the kiosk need not show; "
        "the current catalogue stays",
    )


def _run_child(job: dict[str, Any], display: str | None = None) -> ImportSummary:
    job = {**job, "memory_limit": CHILD_MEMORY_LIMIT}
    command = [sys.executable, "-m", __name__, json.dumps(job)]
    name = display or job["path"]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=child_environment(),
            timeout=CHILD_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise _too_big(name, f"reading it took more than {CHILD_TIMEOUT:.0f} seconds") from None
    except OSError as exc:
        raise CatalogueError(name, "", None, f"the import could not start ({exc})") from None
    answer = _last_json_line(done.stdout)
    if "summary" in answer:
        summary = answer["summary"]
        return ImportSummary(**{**summary, "warnings": tuple(summary["warnings"])})
    if "error" in answer:
        error = answer["error"]
        if error.get("file") == job["path"]:  # the copy it read: name the sender's file
            error = {**error, "file": name}
        raise CatalogueError(**error)
    log.error("catalogue import child failed (exit %s): %s", done.returncode, done.stderr[-2000:])
    if (
        answer.get("crash") == "MemoryError"
        or "memory allocation of" in done.stderr  # Rust (pydantic-core) aborts when out of memory
        or done.returncode == -signal.SIGKILL  # the kernel's OOM killer, or the unit's MemoryMax
    ):
        limit = CHILD_MEMORY_LIMIT
        size = f"{limit / 2**30:g} GiB" if limit % 2**30 == 0 else f"{limit // 2**20} MiB"
        raise _too_big(name, f"it needs more than the {size} of memory an import may use")
    reason = answer.get("crash") or f"the import stopped unexpectedly, exit code {done.returncode}"
    raise CatalogueError(name, "", None, f"it cannot be read ({reason})")


def _last_json_line(output: str) -> dict[str, Any]:
    for line in reversed(output.strip().splitlines()):
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return {}


def _child(job: dict[str, Any]) -> dict[str, Any]:
    from kiosk.catalogue.importer import import_file, load_file

    path = Path(job["path"])
    if job.get("database"):
        database = SqliteFile(Path(job["database"]))
        loaded = import_file(database, path, source=job["source"], checksum=job["checksum"])
    else:
        loaded = load_file(path)
    summary = ImportSummary(
        version=loaded.catalogue.version,
        format=loaded.format,
        checksum=loaded.checksum,
        offerings=len(loaded.catalogue.offerings),
        warnings=tuple(str(warning) for warning in loaded.warnings),
    )
    return {"summary": asdict(summary)}


def limit_memory(limit: int) -> None:
    """Cap this process's address space at `limit` bytes (never above a lower hard limit), and
    write no core file: a child that meets the cap may abort (pydantic-core does), and a hostile
    file would otherwise leave one dump of up to `limit` bytes per import attempt."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))


def main(argv: list[str]) -> int:
    """The child: one JSON job in argv, one JSON answer line on stdout."""
    try:
        job = json.loads(argv[0])
        if job.get("memory_limit"):
            limit_memory(int(job["memory_limit"]))
        answer = _child(job)
    except CatalogueError as exc:
        error = {
            "file": exc.file,
            "where": exc.where,
            "field": exc.field,
            "message": exc.message,
            "field_kind": exc.field_kind,
        }
        print(json.dumps({"error": error}))
        return 3
    except Exception as exc:  # bad data can make a parser raise anything; the parent reports it
        log.exception("catalogue import failed")
        print(json.dumps({"crash": type(exc).__name__}))
        return 1
    print(json.dumps(answer))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(main(sys.argv[1:]))
