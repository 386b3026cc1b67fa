"""The shared-folder transport: a network share or a USB stick that the coordinator also reads.

Layout of a share::

    catalogue/              catalogue files (our JSON, HSDS JSON, .csv/.xlsx); the newest wins
    inbox/<kiosk-id>/       one <uuid>.json per request (written by that kiosk only)
    kiosks/<kiosk-id>.json  each kiosk's status, rewritten every cycle

A request file is written under a temporary name in its final folder, fsynced, linked to its final
name (which fails instead of overwriting), read back and compared before it counts as delivered.
An existing file with the same bytes counts as delivered; a valid request file with other bytes
is a conflict; a damaged one (not a request file at all) is renamed aside and written again. A
file this kiosk just wrote that does not read back as written is removed, so the next cycle
retries it.
A share that is missing or read-only fails the cycle with a plain sentence; nothing is lost.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import shutil
import uuid
from pathlib import Path

from kiosk.catalogue.files import SUPPORTED_SUFFIXES, file_checksum
from kiosk.fileio import atomic_write_bytes, fsync_dir
from sync.protocol import Heartbeat, ItemResult, encode
from sync.transport import Deadline, FetchedCatalogue, TransportError

log = logging.getLogger(__name__)


class FolderTransport:
    name = "folder"

    def __init__(self, share: Path, kiosk_id: str) -> None:
        self.share = share
        self.kiosk_id = kiosk_id

    # -- helpers --------------------------------------------------------------------------

    def _check_share(self) -> None:
        if not self.share.is_dir():
            raise TransportError(
                f"the shared folder {self.share} cannot be reached "
                "(is the USB stick or the network share connected?)"
            )

    def _os_error(self, exc: OSError, what: str) -> TransportError:
        if exc.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
            return TransportError(f"the shared folder {self.share} is read-only, so {what} failed")
        if exc.errno == errno.ENOSPC:
            return TransportError(f"the shared folder {self.share} is full, so {what} failed")
        if not self.share.is_dir():
            return TransportError(
                f"the shared folder {self.share} disappeared while {what} "
                "(was the USB stick pulled out?)"
            )
        return TransportError(f"{what} in {self.share} failed ({exc.strerror or exc})")

    # -- catalogue ------------------------------------------------------------------------

    def _newest_catalogue(self) -> Path | None:
        folder = self.share / "catalogue"
        if not folder.is_dir():
            return None
        candidates = [
            path
            for path in folder.iterdir()
            if path.suffix.lower() in SUPPORTED_SUFFIXES
            and not path.name.startswith((".", "~$"))
            and path.is_file()
        ]
        if not candidates:
            return None
        return max(candidates, key=lambda path: (path.stat().st_mtime, path.name))

    def fetch_catalogue(
        self, seen_checksum: str, etag: str, dest: Path, deadline: Deadline
    ) -> FetchedCatalogue | None:
        self._check_share()
        try:
            source = self._newest_catalogue()
            if source is None:
                return None
            checksum = file_checksum(source)
            if checksum == seen_checksum:
                return None
            deadline.remaining()
            target = dest / f"catalogue-download{source.suffix.lower()}"
            shutil.copyfile(source, target)
        except OSError as exc:
            raise self._os_error(exc, "reading the catalogue") from None
        if file_checksum(target) != checksum:  # changed while we copied it: next cycle
            target.unlink(missing_ok=True)
            return None
        return FetchedCatalogue(
            target,
            checksum,
            f"{source.name} on the shared folder",
            name=f"catalogue/{source.name}",
        )

    # -- requests -------------------------------------------------------------------------

    def deliver(self, payloads: list[tuple[str, bytes]], deadline: Deadline) -> list[ItemResult]:
        self._check_share()
        inbox = self.share / "inbox" / self.kiosk_id
        results: list[ItemResult] = []
        try:
            inbox.mkdir(parents=True, exist_ok=True)
            for request_id, data in payloads:
                deadline.remaining()
                results.append(self._write_one(inbox, request_id, data))
            fsync_dir(inbox)
        except OSError as exc:
            error = self._os_error(exc, "writing requests")
            error.results = results
            raise error from None
        except TransportError as exc:
            exc.results = results
            raise
        return results

    def _write_one(self, inbox: Path, request_id: str, data: bytes) -> ItemResult:
        rid = uuid.UUID(request_id)
        final = inbox / f"{rid}.json"
        created = False
        if final.exists() and _damaged(final):
            _set_aside(final)  # renamed, never overwritten: staff can still look at it
        if not final.exists():
            tmp = inbox / f".{rid}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
            try:
                with tmp.open("xb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                _publish_no_overwrite(tmp, final)
                created = True
            except FileExistsError:
                pass  # written meanwhile by someone else: compared below like any existing file
            finally:
                tmp.unlink(missing_ok=True)
            fsync_dir(inbox)
        same = _digest(final.read_bytes()) == _digest(data)
        if created and not same:
            final.unlink(missing_ok=True)  # ours and wrong: gone, so the next cycle writes again
            raise TransportError(
                f"the request file {final} did not read back as written "
                "(the shared folder may be failing)"
            )
        if same:
            return ItemResult(id=rid, status="accepted" if created else "duplicate")
        return ItemResult(
            id=rid,
            status="conflict",
            reason=f"{final.name} already exists on the shared folder with different content",
        )

    # -- status ---------------------------------------------------------------------------

    def report(self, beat: Heartbeat, deadline: Deadline) -> None:
        self._check_share()
        folder = self.share / "kiosks"
        try:
            folder.mkdir(exist_ok=True)
            atomic_write_bytes(folder / f"{self.kiosk_id}.json", encode(beat, indent=1))
        except OSError as exc:
            raise self._os_error(exc, "writing the kiosk status") from None

    def close(self) -> None:
        pass


def _damaged(path: Path) -> bool:
    """True when `path` is not a readable request file (truncated by a pulled stick, say)."""
    from kiosk.intake.outbox import Envelope

    try:
        Envelope.from_json(path.read_bytes())
    except ValueError:
        return True
    return False


def _set_aside(path: Path) -> None:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    os.rename(path, aside)
    log.warning("%s is damaged; renamed to %s and written again", path, aside.name)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _publish_no_overwrite(tmp: Path, final: Path) -> None:
    """Give `tmp` the name `final`, failing (FileExistsError) rather than replacing a file."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}:
            raise
        # FAT/exFAT sticks and some SMB shares have no hard links: rename after a last check
        # (this kiosk is the only writer of its inbox folder).
        if final.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(final)) from None
        os.rename(tmp, final)
    with contextlib.suppress(OSError):
        tmp.unlink()
