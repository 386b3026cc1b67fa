"""The kiosk's application log: `<home>/logs/pitstop.log`, rotated (5 files of 1 MiB), 0600.

`pitstop run` sends every INFO-and-above record there as well as to stderr (the journal keeps
WARNING and above, or everything with --verbose). Commands that fail write their one-sentence
error to `logs/commands.log`, so a failed `pitstop sync` from a timer leaves a trace beside the
kiosk's own. Every line passes through `kiosk.text.printable` (no terminal escape codes from a
file name or a heartbeat reach whoever runs `tail`).

What it cannot do: tell personal data from other text. The log lines themselves never carry it
(ids, counts, file names and reasons only; a contact request is sealed before anything logs
about it) and a test submits and delivers a request and then searches the log for its fields.
Several processes rotating one file at once can lose a line at the moment of rotation; that is why
commands have their own file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from kiosk.paths import log_dir
from kiosk.text import printable

APP_LOG = "pitstop.log"
COMMANDS_LOG = "commands.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _SafeFormatter(logging.Formatter):
    """Formats as usual, then replaces control characters (tracebacks keep their line breaks)."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), one_line=False)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are created 0600 (the umask could make them wider)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(
            self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600
        )
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
        return io.TextIOWrapper(
            io.BufferedWriter(io.FileIO(fd, "a")),
            encoding=self.encoding,
            errors=self.errors,
            line_buffering=False,
        )


def app_log_path(home: Path) -> Path:
    return home / "logs" / APP_LOG


def setup_logging(home: Path, *, verbose: bool = False) -> Path | None:
    """Send INFO and above to `<home>/logs/pitstop.log` (rotated); stderr keeps WARNING and above
    unless `verbose`. Idempotent for one `home`. Returns the log file, or None when it cannot be
    opened (a log that cannot be written never stops the kiosk; the reason goes to stderr)."""
    root = logging.getLogger()
    try:
        path = log_dir(home) / APP_LOG
        existing = [
            h
            for h in root.handlers
            if isinstance(h, _PrivateRotatingFileHandler) and h.baseFilename == str(path)
        ]
        if not existing:
            handler = _PrivateRotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
            handler.setLevel(logging.DEBUG if verbose else logging.INFO)
            handler.setFormatter(_SafeFormatter(FORMAT))
            root.addHandler(handler)
    except OSError as exc:
        print(
            f"pitstop: the application log cannot be written ({exc}); logging to stderr only",
            file=sys.stderr,
        )
        return None
    for other in root.handlers:  # the console keeps what it showed before
        if other.level == logging.NOTSET and not isinstance(other, _PrivateRotatingFileHandler):
            other.setLevel(logging.INFO if verbose else logging.WARNING)
    root.setLevel(min(root.level or logging.WARNING, logging.DEBUG if verbose else logging.INFO))
    return path


def close_logging(home: Path) -> None:
    """Detach and close the application log of `home` (tests, and the end of `pitstop run`)."""
    root = logging.getLogger()
    path = str(home / "logs" / APP_LOG)
    for handler in list(root.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler) and handler.baseFilename == path:
            root.removeHandler(handler)
            handler.close()


def log_command_error(home: Path, command: str, message: str) -> None:
    """Append a failed command's one-sentence error to `<home>/logs/commands.log`, only when the
    data folder already exists (a command at the office must not create a kiosk folder). Never
    raises."""
    if not home.is_dir():
        return
    with contextlib.suppress(OSError):
        path = log_dir(home) / COMMANDS_LOG
        with contextlib.suppress(OSError):
            if path.stat().st_size > MAX_BYTES:
                os.replace(path, path.with_name(COMMANDS_LOG + ".1"))
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        line = f"{stamp} pitstop {printable(command)}: {printable(message)}\n"
        try:
            os.write(fd, line.encode("utf-8", errors="replace"))
        finally:
            os.close(fd)
