"""The shared-folder transport: a network share or a USB stick that the coordinator also reads.

Layout of a share::

    catalogue/              catalogue files (our JSON, HSDS JSON, .csv/.xlsx); the newest wins
    inbox/<kiosk-id>/       one <uuid>.json per request (written by that kiosk only)
    kiosks/<kiosk-id>.json  each kiosk's status, rewritten every cycle
    usage/<kiosk-id>/<day>.json  each kiosk's usage counts of one day (rewritten while the day is
                            open; `pitstop central import-usage` reads them)

A share is somebody else's disk, so nothing on it is followed or trusted. Below the share folder
itself (which staff chose, and which may be a link to a mount point) every folder and file is
opened relative to its parent's descriptor with O_NOFOLLOW: a symbolic link named `inbox`,
`inbox/<kiosk-id>`, `kiosks` or `catalogue` is refused with a sentence, never written or read
through. A request file is written under a temporary name in its final folder, fsynced, linked
to its final name (which fails instead of overwriting), then read back from its canonical path
`inbox/<kiosk-id>/<id>.json`, walked again from the share, before it counts as delivered. An
existing file with the same bytes counts as delivered; a valid request file with other bytes is
a conflict; anything else under the final name (damaged, a link, a pipe) is renamed aside and
written again. A file this kiosk just wrote that does not read back as written is removed, so
the next cycle retries it.

The newest catalogue file is copied only when it is a regular file (not a link, pipe or device)
of at most MAX_CATALOGUE_BYTES, in pieces with the cycle's deadline checked between them, and cut
off if it grows past the limit; a partial copy is removed. An unchanged file (same size, times
and inode as the one last seen: the `etag` of this transport) is not read again. Temporary files
a killed kiosk left (ours, by name and dead pid) are removed at the next cycle.

It cannot protect against a share that hangs inside one read() (a dead network mount without a
timeout): the kernel does not return, so the deadline is checked only between reads.
A share that is missing or read-only fails the cycle with a plain sentence; nothing is lost.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import msgspec

from kiosk.catalogue.files import SUPPORTED_SUFFIXES
from kiosk.intake.outbox import MAX_REQUEST_FILE_BYTES
from kiosk.text import printable
from sync.protocol import Heartbeat, ItemResult, UsageFile, encode, encode_heartbeat
from sync.transport import (
    MAX_CATALOGUE_BYTES,
    Deadline,
    FetchedCatalogue,
    TransportError,
    remove_stale_temporaries,
    temp_name,
)

log = logging.getLogger(__name__)

CHUNK = 1 << 20
_DIR = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_READ = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
"""O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused after fstat)."""
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_MB = 1024 * 1024


class FolderTransport:
    name = "folder"

    def __init__(
        self, share: Path, kiosk_id: str, *, max_catalogue_bytes: int = MAX_CATALOGUE_BYTES
    ) -> None:
        self.share = share
        self.kiosk_id = kiosk_id
        self.max_catalogue_bytes = max_catalogue_bytes

    # -- helpers --------------------------------------------------------------------------

    def _shown_share(self) -> str:
        return printable(self.share, limit=200)

    def _check_share(self) -> None:
        if not self.share.is_dir():
            raise TransportError(
                f"the shared folder {self._shown_share()} cannot be reached "
                "(is the USB stick or the network share connected?)"
            )

    def _os_error(self, exc: OSError, what: str) -> TransportError:
        share = self._shown_share()
        if exc.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
            return TransportError(f"the shared folder {share} is read-only, so {what} failed")
        if exc.errno == errno.ENOSPC:
            return TransportError(f"the shared folder {share} is full, so {what} failed")
        if exc.errno == errno.ELOOP:
            return TransportError(
                f"{what} in {share} failed: something on the share was replaced by a symbolic "
                "link, which this kiosk never follows"
            )
        if not self.share.is_dir():
            return TransportError(
                f"the shared folder {share} disappeared while {what} "
                "(was the USB stick pulled out?)"
            )
        return TransportError(f"{what} in {share} failed ({printable(exc.strerror or exc)})")

    @contextlib.contextmanager
    def _root(self) -> Iterator[int]:
        """The share folder itself, opened (the one path that may be a link: staff chose it)."""
        self._check_share()
        fd = os.open(self.share, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            yield fd
        finally:
            os.close(fd)

    @contextlib.contextmanager
    def _folder(
        self, parent: int, name: str, shown: str, refusing: str, *, create: bool
    ) -> Iterator[int | None]:
        """`name` in `parent` as a folder fd, never through a link (None when missing)."""
        if create:
            with contextlib.suppress(FileExistsError):
                os.mkdir(name, 0o755, dir_fd=parent)
        try:
            info = os.stat(name, dir_fd=parent, follow_symlinks=False)
        except FileNotFoundError:
            yield None
            return
        if stat.S_ISLNK(info.st_mode):
            raise TransportError(self._link_refused(shown, refusing, "a real folder"))
        if not stat.S_ISDIR(info.st_mode):
            raise TransportError(
                f"{shown} on the share is not a folder: {refusing} "
                f"(make it a folder in {self._shown_share()})"
            )
        try:
            fd = os.open(name, _DIR, dir_fd=parent)
        except OSError as exc:
            if exc.errno in {errno.ELOOP, errno.ENOTDIR}:  # replaced since the stat
                raise TransportError(self._link_refused(shown, refusing, "a real folder")) from None
            raise
        try:
            yield fd
        finally:
            os.close(fd)

    def _link_refused(self, shown: str, refusing: str, instead: str) -> str:
        return (
            f"{shown} on the share is a symbolic link: {refusing} "
            f"(replace it with {instead} in {self._shown_share()})"
        )

    # -- catalogue ------------------------------------------------------------------------

    def fetch_catalogue(
        self, seen_checksum: str, etag: str, dest: Path, deadline: Deadline
    ) -> FetchedCatalogue | None:
        refusing = "refusing to read it"
        try:
            with (
                self._root() as root,
                self._folder(root, "catalogue", "catalogue", refusing, create=False) as folder,
            ):
                if folder is None:
                    return None
                newest = _newest_catalogue(folder, deadline)
                if newest is None:
                    return None
                name, info = newest
                shown = f"catalogue/{printable(name, limit=120)}"
                self._check_catalogue(shown, info)
                try:
                    fd = os.open(name, _READ, dir_fd=folder)
                except OSError as exc:
                    if exc.errno == errno.ELOOP:  # replaced by a link since the listing
                        raise TransportError(
                            self._link_refused(shown, refusing, "the file itself")
                        ) from None
                    raise
                try:
                    info = os.fstat(fd)
                    self._check_catalogue(shown, info)
                    fingerprint = _fingerprint(name, info)
                    if etag and etag == fingerprint:
                        return None  # the very file seen last time: not read again
                    return self._copy(fd, name, shown, info, fingerprint, dest, deadline)
                finally:
                    os.close(fd)
        except OSError as exc:
            raise self._os_error(exc, "reading the catalogue") from None

    def _check_catalogue(self, shown: str, info: os.stat_result) -> None:
        """Refuse (one sentence) a catalogue that is not a regular file or is too big."""
        if stat.S_ISLNK(info.st_mode):
            raise TransportError(
                self._link_refused(shown, "refusing to read it", "the file itself")
            )
        if not stat.S_ISREG(info.st_mode):
            raise TransportError(
                f"{shown} on the share is not a regular file (a pipe, a device or a socket): "
                "refusing to read it (put the catalogue file itself there)"
            )
        if info.st_size > self.max_catalogue_bytes:
            raise TransportError(self._too_big(shown, f"is {info.st_size / _MB:.0f} MB"))

    def _too_big(self, shown: str, what: str) -> str:
        return (
            f"{shown} on the share {what}, more than the "
            f"{self.max_catalogue_bytes / _MB:.0f} MB a catalogue may be: refusing to copy it "
            "(publish a smaller file)"
        )

    def _copy(
        self,
        fd: int,
        name: str,
        shown: str,
        before: os.stat_result,
        fingerprint: str,
        dest: Path,
        deadline: Deadline,
    ) -> FetchedCatalogue | None:
        """Copy the open file into `dest` in pieces, within the deadline and the size limit."""
        tmp = dest / temp_name("catalogue-download")
        digest = hashlib.sha256()
        total = 0
        try:
            with os.fdopen(os.open(tmp, _CREATE, 0o600), "wb") as out:
                while True:
                    deadline.remaining()
                    chunk = os.read(fd, CHUNK)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > self.max_catalogue_bytes:
                        raise TransportError(self._too_big(shown, "grew while it was read"))
                    digest.update(chunk)
                    out.write(chunk)
            after = os.fstat(fd)
            if _fingerprint(name, after) != fingerprint or total != after.st_size:
                log.info("%s changed while it was copied; the next cycle tries again", shown)
                tmp.unlink(missing_ok=True)
                return None
            target = dest / f"catalogue-download{Path(name).suffix.lower()}"
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return FetchedCatalogue(
            target,
            digest.hexdigest(),
            f"{printable(name, limit=120)} on the shared folder",
            etag=fingerprint,
            name=shown,
        )

    # -- requests -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _own_inbox(self) -> Iterator[tuple[int, int]]:
        """(the share, inbox/<kiosk-id>) opened, both created if missing, never through a link."""
        refusing = "refusing to deliver there"
        with (
            self._root() as root,
            self._folder(root, "inbox", "inbox", refusing, create=True) as inbox,
        ):
            assert inbox is not None  # created above
            with self._folder(
                inbox, self.kiosk_id, self._inbox_shown(), refusing, create=True
            ) as mine:
                assert mine is not None
                yield root, mine

    def deliver(self, payloads: list[tuple[str, bytes]], deadline: Deadline) -> list[ItemResult]:
        results: list[ItemResult] = []
        try:
            with self._own_inbox() as (root, mine):
                remove_stale_temporaries(mine, _is_request_id)
                for request_id, data in payloads:
                    deadline.remaining()
                    results.append(self._write_one(root, mine, request_id, data))
        except OSError as exc:
            error = self._os_error(exc, "writing requests")
            error.results = results
            raise error from None
        except TransportError as exc:
            exc.results = results
            raise
        return results

    def check_inbox(self, deadline: Deadline) -> None:
        """This kiosk can write into its own inbox folder on the share, created if missing and
        opened as every delivery opens it (never through a link): a probe file is written,
        fsynced and removed. TransportError, one sentence, when it cannot."""
        try:
            with self._own_inbox() as (_root, mine):
                deadline.remaining()
                probe = temp_name("enrol-probe")
                fd = os.open(probe, _CREATE, 0o600, dir_fd=mine)
                try:
                    os.write(fd, b"probe")
                    os.fsync(fd)
                finally:
                    os.close(fd)
                    with contextlib.suppress(OSError):
                        os.unlink(probe, dir_fd=mine)
        except OSError as exc:
            raise self._os_error(exc, f"writing a test file into {self._inbox_shown()}") from None

    def _inbox_shown(self) -> str:
        return f"inbox/{printable(self.kiosk_id)}"

    def _write_one(self, root: int, folder: int, request_id: str, data: bytes) -> ItemResult:
        rid = uuid.UUID(request_id)
        name = f"{rid}.json"
        shown = f"{self._inbox_shown()}/{name}"
        created = False
        existing = _lstat(folder, name)
        if existing is not None and (not stat.S_ISREG(existing.st_mode) or _damaged(folder, name)):
            _set_aside(folder, name, shown)  # renamed, never overwritten: staff can look at it
            existing = None
        if existing is None:
            tmp = temp_name(str(rid))
            try:
                with os.fdopen(os.open(tmp, _CREATE, 0o644, dir_fd=folder), "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                _publish_no_overwrite(folder, tmp, name)
                created = True
            except FileExistsError:
                pass  # written meanwhile by someone else: compared below like any existing file
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp, dir_fd=folder)
            _fsync(folder)
        back = self._read_back(root, name, len(data))
        if back is None:
            raise TransportError(
                f"{shown} on the share is not a regular file after it was written "
                "(nothing was counted delivered; the next cycle tries again)"
            )
        if created and back != data:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name, dir_fd=folder)  # ours and wrong: gone, the next cycle retries
            raise TransportError(
                f"the request file {shown} on the share did not read back as written "
                "(the shared folder may be failing)"
            )
        if back == data:
            return ItemResult(id=rid, status="accepted" if created else "duplicate")
        return ItemResult(
            id=rid,
            status="conflict",
            reason=f"{name} already exists on the shared folder with different content",
        )

    def _read_back(self, root: int, name: str, size: int) -> bytes | None:
        """The bytes at the canonical path inbox/<kiosk-id>/<name>, walked again from the share
        without following links (at most `size` + 1 bytes; None when it is not a regular file)."""
        refusing = "refusing to count requests delivered there"
        with (
            self._folder(root, "inbox", "inbox", refusing, create=False) as inbox,
            contextlib.ExitStack() as stack,
        ):
            mine = None
            if inbox is not None:
                mine = stack.enter_context(
                    self._folder(inbox, self.kiosk_id, self._inbox_shown(), refusing, create=False)
                )
            if mine is None:
                raise TransportError(
                    f"{self._inbox_shown()} disappeared from the share {self._shown_share()} "
                    "while requests were written (nothing was counted delivered)"
                )
            return _read_regular(mine, name, size + 1)

    # -- status ---------------------------------------------------------------------------

    def report(self, beat: Heartbeat, deadline: Deadline) -> frozenset[dt.date]:
        refusing = "refusing to write the kiosk status there"
        name = f"{self.kiosk_id}.json"
        deadline.remaining()  # a cycle that is over (or stopped) touches the share no more
        try:
            with (
                self._root() as root,
                self._folder(root, "kiosks", "kiosks", refusing, create=True) as folder,
            ):
                assert folder is not None
                remove_stale_temporaries(folder, lambda stem: stem == name)
                status = msgspec.structs.replace(beat, usage=[])
                _replace(folder, name, encode_heartbeat(status, indent=1))
        except OSError as exc:
            raise self._os_error(exc, "writing the kiosk status") from None
        return self._write_usage(beat, deadline) if beat.usage else frozenset()

    def _write_usage(self, beat: Heartbeat, deadline: Deadline) -> frozenset[dt.date]:
        """Each day of `beat.usage` as `usage/<kiosk-id>/<day>.json` (replaced while the day is
        open), read back: the days written as sent."""
        refusing = "refusing to write usage counts there"
        shown = f"usage/{printable(self.kiosk_id)}"
        written: set[dt.date] = set()
        try:
            with (
                self._root() as root,
                self._folder(root, "usage", "usage", refusing, create=True) as usage,
            ):
                assert usage is not None
                with self._folder(usage, self.kiosk_id, shown, refusing, create=True) as mine:
                    assert mine is not None
                    remove_stale_temporaries(mine, lambda stem: stem.endswith(".json"))
                    for day in beat.usage:
                        deadline.remaining()
                        name = f"{day.day.isoformat()}.json"
                        data = encode(
                            UsageFile(kiosk_id=self.kiosk_id, day=day.day, counts=day.counts),
                            indent=1,
                        )
                        _replace(mine, name, data)
                        if _read_regular(mine, name, len(data) + 1) == data:
                            written.add(day.day)
        except OSError as exc:
            raise self._os_error(exc, "writing the usage counts") from None
        return frozenset(written)

    def close(self) -> None:
        pass


def _newest_catalogue(folder: int, deadline: Deadline) -> tuple[str, os.stat_result] | None:
    """The newest catalogue entry in `folder` by its own time (a link's, not its target's)."""
    best: tuple[float, str, os.stat_result] | None = None
    with os.scandir(folder) as entries:
        for count, entry in enumerate(entries):
            if count % 1000 == 999:
                deadline.remaining()
            name = entry.name
            if name.startswith((".", "~$")) or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                continue
            if best is None or (info.st_mtime, name) > best[:2]:
                best = (info.st_mtime, name, info)
    return None if best is None else (best[1], best[2])


def _fingerprint(name: str, info: os.stat_result) -> str:
    """Which file, at which moment: changes whenever its content can have changed."""
    facts = f"{name}\0{info.st_dev}\0{info.st_ino}\0{info.st_size}\0"
    facts += f"{info.st_mtime_ns}\0{info.st_ctime_ns}"
    return "file:" + hashlib.sha256(facts.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _is_request_id(stem: str) -> bool:
    try:
        return str(uuid.UUID(stem)) == stem
    except ValueError:
        return False


def _lstat(folder: int, name: str) -> os.stat_result | None:
    try:
        return os.stat(name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return None


def _read_regular(folder: int, name: str, limit: int) -> bytes | None:
    """At most `limit` bytes of `name` in `folder`; None when it is missing or not a regular
    file (a link, a pipe, a device, a folder). Never follows a link, never waits for a pipe."""
    try:
        fd = os.open(name, _READ, dir_fd=folder)
    except OSError as exc:
        if exc.errno in {errno.ELOOP, errno.ENOENT, errno.EISDIR, errno.ENXIO}:
            return None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        parts: list[bytes] = []
        left = limit
        while left > 0:
            chunk = os.read(fd, min(left, CHUNK))
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
        return b"".join(parts)
    finally:
        os.close(fd)


def _damaged(folder: int, name: str) -> bool:
    """True when `name` is not a readable request file (truncated by a pulled stick, say)."""
    from kiosk.intake.outbox import Envelope

    data = _read_regular(folder, name, MAX_REQUEST_FILE_BYTES + 1)
    if data is None or len(data) > MAX_REQUEST_FILE_BYTES:
        return True
    try:
        Envelope.from_json(data)
    except ValueError:
        return True
    return False


def _set_aside(folder: int, name: str, shown: str) -> None:
    """Rename `name` (the entry itself, a link stays a link) to `<name>.damaged-<UTC time>`."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = f"{name}.damaged-{stamp}"
    os.rename(name, aside, src_dir_fd=folder, dst_dir_fd=folder)
    log.warning("%s is not a request file; renamed to %s and written again", shown, aside)


def _fsync(folder: int) -> None:
    """Make a rename in `folder` durable (a no-op where directories cannot be fsynced)."""
    with contextlib.suppress(OSError):
        os.fsync(folder)


def _publish_no_overwrite(folder: int, tmp: str, final: str) -> None:
    """Give `tmp` the name `final`, failing (FileExistsError) rather than replacing anything."""
    try:
        os.link(tmp, final, src_dir_fd=folder, dst_dir_fd=folder, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}:
            raise
        # FAT/exFAT sticks and some SMB shares have no hard links: rename after a last check
        # (this kiosk is the only writer of its inbox folder).
        if _lstat(folder, final) is not None:
            raise FileExistsError(errno.EEXIST, "exists", final) from None
        os.rename(tmp, final, src_dir_fd=folder, dst_dir_fd=folder)
    with contextlib.suppress(OSError):
        os.unlink(tmp, dir_fd=folder)


def _replace(folder: int, name: str, data: bytes) -> None:
    """Replace `name` in `folder` with `data` (temporary file, fsync, rename): a link under
    that name is replaced, never written through."""
    tmp = temp_name(name)
    try:
        with os.fdopen(os.open(tmp, _CREATE, 0o644, dir_fd=folder), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=folder)
        raise
    _fsync(folder)
