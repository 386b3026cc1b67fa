"""The kiosk's setup checks (no Qt): every problem staff can fix, in plain words, with its fix.

`run_checks(home, settings, engine)` runs the kiosk-level checks: demo key and demo catalogue, the
office key and its fingerprint, the enrolment, the last sync cycle, catalogue age and refusals,
the clock, free disk, translations, damaged settings, another instance. `sync.checks.run_all_checks`
adds what needs the sync layer (delivery configured, share reachable, a live heartbeat);
`pitstop doctor` prints them and staff mode's "Checks" panel lists them.

Each check is a small function of `CheckInput` returning findings; a check that raises becomes a
warning naming it (`run`), never a crash. Titles and fixes are English sentences filled from
`MESSAGES` (Qt-style `%1` placeholders, the same templates the staff panel translates through
ui/i18n/staff_<lang>.ts, context "checks"). The checks read files and the database; they write
nothing, except that `public_key_path` creates the demo key pair in demo mode, as the kiosk does.
They cannot tell whether the office *will* open what the kiosk sends: only a test request can.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import logging
import os
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from kiosk.db.sqlite import SqliteFile, utc_from_text
from kiosk.settings import Settings
from kiosk.staff.status import format_bytes
from kiosk.syncstate import read_sync_state, state_time
from kiosk.text import printable

log = logging.getLogger(__name__)

Severity = Literal["error", "warning", "ok"]
SEVERITY_ORDER: dict[Severity, int] = {"error": 0, "warning": 1, "ok": 2}

CATALOGUE_WARN_DAYS = 14
"""A catalogue published longer ago than this is a warning (offerings and dates go stale)."""
CATALOGUE_ERROR_DAYS = 60
"""... and longer ago than this an error (a whole school period may have passed)."""
DISK_ERROR_BYTES = 200 * 2**20
"""Below this free space in the data folder new requests may fail to be stored: an error."""
DISK_WARN_BYTES = 2**30
SYNC_STALE = dt.timedelta(days=1)
"""No successful sync for longer than this is a warning."""
CLOCK_TOLERANCE = dt.timedelta(minutes=10)
NOT_BEFORE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""This version was made after this moment: a clock showing an earlier time is wrong (a board
without a real-time clock boots in 1970 until the network sets it)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "check.failed": (
        "The check '%1' could not run: %2",
        "Send the output of 'pitstop doctor' to whoever maintains the kiosk.",
    ),
    "demo.mode": (
        "This kiosk is in demo mode: requests are sealed with a demo key.",
        "Apply the office's enrolment file: pitstop enrol FILE (or 'Set up from a USB stick' in staff mode).",
    ),
    "demo.real_sync": (
        "This kiosk is in demo mode but syncs with %1: requests stay on this kiosk, because the office cannot open what the demo key seals.",
        "Apply the office's enrolment file (pitstop enrol FILE): it seals the waiting requests again for the office.",
    ),
    "enrolment.undone": (
        "This kiosk was enrolled, but privacy.central_public_key is now empty: requests are sealed with the demo key.",
        "Apply the office's enrolment file again: pitstop enrol FILE.",
    ),
    "enrolment.damaged": (
        "The record of this kiosk's enrolment (enrolment.json) cannot be read.",
        "Apply the office's enrolment file again: pitstop enrol FILE.",
    ),
    "enrolment.kiosk_id": (
        "kiosk.id is %1, but the office enrolled this kiosk as %2.",
        "Apply the office's enrolment file again: pitstop enrol FILE.",
    ),
    "enrolment.key": (
        "The office key's fingerprint is %1, but the office enrolled this kiosk with %2.",
        "Apply the office's enrolment file again (pitstop enrol FILE) and read the fingerprint to the office.",
    ),
    "enrolment.changed": (
        "%1 is not the value the office's enrolment gave this kiosk.",
        "Apply the office's enrolment file again: pitstop enrol FILE.",
    ),
    "demo.catalogue": (
        "The demo catalogue (fictional services) is on screen, but this kiosk has an office key.",
        "Press 'Sync now' in staff mode (with the kiosk stopped: pitstop sync --once): the office's catalogue is fetched and shown on the welcome screen. Or import it from a USB stick in staff mode.",
    ),
    "catalogue.missing": (
        "No catalogue is loaded: visitors see no services.",
        "Run 'pitstop sync --once', or import the office's catalogue: pitstop catalogue import FILE.",
    ),
    "catalogue.age": (
        "The catalogue was published %1 days ago (%2).",
        "Check that sync works (pitstop sync --once); if it does, ask the office to publish an up-to-date catalogue.",
    ),
    "catalogue.ok": (
        "Catalogue %1, published %2.",
        "",
    ),
    "catalogue.refused": (
        "The catalogue %1 was refused (%2): %3",
        "Correct the file and import it again; until then the kiosk keeps its previous catalogue.",
    ),
    "key.fingerprint": (
        "Office key fingerprint: %1",
        "Read it to the office over the phone: it must match the fingerprint of their central.pub.",
    ),
    "key.secret": (
        "%1 is the office's PRIVATE key: it must never be on a kiosk.",
        "Delete it from this kiosk, tell the office, and apply their enrolment file (pitstop enrol FILE), which carries central.pub.",
    ),
    "key.unlabelled": (
        "%1 is an old key file that does not say whether it is public or secret.",
        "Ask the office for their central.pub in the current format ('pitstop keys show' names it) and apply their enrolment file.",
    ),
    "key.unreadable": (
        "The office key cannot be used: %1",
        "Apply the office's enrolment file again (pitstop enrol FILE), or set privacy.central_public_key to their central.pub.",
    ),
    "sync.token": (
        "The central server refused this kiosk's token: %1",
        "Ask the office for a new enrolment file for this kiosk and apply it: pitstop enrol FILE.",
    ),
    "sync.failed": (
        "The last sync failed: %1",
        "Check the network or the shared folder, then press 'Sync now' in staff mode (or run 'pitstop sync --once').",
    ),
    "sync.never": (
        "This kiosk has not synced yet.",
        "Press 'Sync now' in staff mode (or run 'pitstop sync --once'), then check again.",
    ),
    "sync.stale": (
        "The last successful sync was on %1.",
        "Check the network or the shared folder, then press 'Sync now' in staff mode (or run 'pitstop sync --once').",
    ),
    "sync.ok": (
        "Last successful sync: %1.",
        "",
    ),
    "clock.early": (
        "The clock says %1, which is before this version was made.",
        "Set the date and time (timedatectl set-ntp true, or timedatectl set-time) and check again.",
    ),
    "clock.behind": (
        "The clock says %1, earlier than %2 (%3).",
        "Set the date and time (timedatectl set-ntp true, or timedatectl set-time) and check again.",
    ),
    "clock.server": (
        "The clock says %1 but the central server says %2.",
        "Set the date and time (timedatectl set-ntp true, or timedatectl set-time) and check again.",
    ),
    "clock.ok": (
        "The clock says %1.",
        "",
    ),
    "disk.low": (
        "Only %1 free in the data folder: new requests may not be stored.",
        "Free space on this disk now (old logs, downloads); do not delete the data folder.",
    ),
    "disk.warning": (
        "Only %1 free in the data folder.",
        "Free space on this disk soon (old logs, downloads); do not delete the data folder.",
    ),
    "disk.ok": (
        "%1 free in the data folder.",
        "",
    ),
    "display.missing": (
        "No display here: 'pitstop run' started from this shell would show no window.",
        "Start the kiosk through its service (systemctl start pitstop-kiosk), or set WAYLAND_DISPLAY or DISPLAY.",
    ),
    "display.ok": (
        "A display is set for this shell.",
        "",
    ),
    "translations.missing": (
        "Translations are missing or out of date: %1",
        "Reinstall the app (its package carries them), or run 'make translations' in a source checkout.",
    ),
    "translations.ok": (
        "Translations are present.",
        "",
    ),
    "settings.damaged": (
        "The settings file was damaged and kept aside as %1; the kiosk uses the defaults for what it could not read.",
        "Compare %1 with settings.toml, set what is missing with 'pitstop config set', then delete %1.",
    ),
    "instance.other": (
        "Another kiosk process (pid %1) holds this data folder.",
        "Stop the other process (or the other kiosk service), then restart the app.",
    ),
    "instance.running": (
        "The kiosk app is running on this data folder (pid %1).",
        "",
    ),
    "instance.none": (
        "The kiosk app is not running on this data folder.",
        "Start it: systemctl start pitstop-kiosk (or 'pitstop run').",
    ),
    "sync.off": (
        "Sync is off: requests stay on this kiosk.",
        "Apply the office's enrolment file (pitstop enrol FILE), or set sync.mode to folder or http.",
    ),
    "sync.no_share": (
        "Requests stay on this kiosk: no shared folder or central server is set up.",
        "Apply the office's enrolment file (pitstop enrol FILE), or set sync.folder to the office's shared folder.",
    ),
    "sync.no_server": (
        "Requests stay on this kiosk: sync.mode is http but sync.url is empty.",
        "Apply the office's enrolment file (pitstop enrol FILE), or set sync.url to the central server's address.",
    ),
    "sync.no_token": (
        "Requests stay on this kiosk: sync.token is empty, so the central server would refuse them.",
        "Apply the office's enrolment file again (pitstop enrol FILE): it carries the token.",
    ),
    "sync.demo_share": (
        "Requests stay on this kiosk: sync.folder (%1) is the demo share, which the office never reads.",
        "Apply the office's enrolment file (pitstop enrol FILE), or set sync.folder to the office's shared folder.",
    ),
    "sync.not_configured": (
        "%1",
        "Apply the office's enrolment file: pitstop enrol FILE.",
    ),
    "sync.share_missing": (
        "The shared folder %1 cannot be reached.",
        "Plug in the USB stick or mount the network share, then check again.",
    ),
    "sync.share_readonly": (
        "The shared folder %1 cannot be written to.",
        "Give the kiosk's user write access to the shared folder (or unlock the USB stick).",
    ),
    "sync.unreachable": (
        "The central server cannot be reached: %1",
        "Check the network and sync.url; the office can tell whether their server is up.",
    ),
    "settings.unreadable": (
        "%1",
        "Correct settings.toml, or start the kiosk, which keeps the file aside and uses the defaults for what it cannot read.",
    ),
    "database.missing": (
        "The kiosk has not been started on this data folder yet (%1).",
        "Apply the office's enrolment file (pitstop enrol FILE) and start the kiosk once.",
    ),
    "database.unreadable": (
        "The kiosk's database cannot be opened: %1",
        "Stop the kiosk, copy the data folder somewhere safe, and send the output of 'pitstop doctor' to whoever maintains the kiosk.",
    ),
    "sync.server_ok": (
        "The central server answers and accepts this kiosk's token.",
        "",
    ),
}
"""key -> (title, fix) templates in English; `%1`… are filled from the finding's `args`."""

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, args: Sequence[str]) -> str:
    """`template` with `%1`… replaced by `args` (in one pass: an argument is never expanded)."""
    return _PLACEHOLDER.sub(
        lambda m: args[int(m.group(1)) - 1] if int(m.group(1)) <= len(args) else m.group(0),
        template,
    )


@dataclass(frozen=True)
class Finding:
    """One result of a check: `title` says what is wrong (or fine), `fix` what to do."""

    severity: Severity
    title: str
    fix: str
    key: str
    args: tuple[str, ...] = ()
    """The values in `title` and `fix` (MESSAGES[key] filled), so a screen can translate them."""


def finding(severity: Severity, key: str, *args: object) -> Finding:
    """A finding from MESSAGES[key]; every argument passes through `printable` (outside text)."""
    safe = tuple(printable(a, limit=300) for a in args)
    title, fix = MESSAGES[key]
    return Finding(severity, fill(title, safe), fill(fix, safe), key, safe)


FreeBytes = Callable[[Path], int]


def _disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free


@dataclass(frozen=True)
class CheckInput:
    """What the checks look at; the clock, free space and process id are parameters for tests."""

    home: Path
    settings: Settings
    engine: SqliteFile | None
    """The kiosk's database (None: there is none yet; the checks that need it say nothing)."""
    now: dt.datetime
    free_bytes: FreeBytes = _disk_free
    own_pid: int | None = None
    """The process asking (the kiosk app itself); None from `pitstop doctor`."""
    i18n: Path | None = None
    """The folder of the .qm files (None: ui/i18n of the installed app, found without importing)."""
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))


Check = Callable[[CheckInput], list[Finding]]


def run(checks: Sequence[tuple[str, Check]], facts: CheckInput) -> list[Finding]:
    """Every check's findings, errors first; a check that raises becomes a warning naming it."""
    found: list[Finding] = []
    for name, check in checks:
        try:
            found.extend(check(facts))
        except Exception as exc:
            log.info("the check %r failed", name, exc_info=True)  # the finding says it
            found.append(finding("warning", "check.failed", name, _reason(exc)))
    return sorted(found, key=lambda f: SEVERITY_ORDER[f.severity])


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def moment_text(moment: dt.datetime) -> str:
    """A moment for a finding: UTC, to the minute (the same in every language)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


# -- demo mode, the office key and the enrolment ----------------------------------------------


def demo_destination(settings: Settings, home: Path) -> str:
    """Where a kiosk in demo mode would send its requests when that is not its own demo share: the
    server's address or the share's path ("" when it has an office key, when sync is off or has
    no server, or when the folder is the demo share, links resolved).

    Requests sealed with the demo key must never go there: the office cannot open them, and a
    delivered request is purged. `sync.engine.delivery_problem` keeps them queued instead.
    """
    from kiosk.privacy.keys import demo_central_dir, is_demo_mode

    if not is_demo_mode(settings):
        return ""
    sync = settings.sync
    if sync.mode == "http":
        return sync.url.strip()
    text = sync.folder.strip()
    if sync.mode != "folder" or not text:
        return ""
    folder = Path(text).expanduser()
    folder = folder if folder.is_absolute() else home / folder
    demo = Path(os.path.realpath(demo_central_dir(home)))
    real = Path(os.path.realpath(folder))
    return "" if real == demo or demo in real.parents else text


def check_demo(facts: CheckInput) -> list[Finding]:
    from kiosk.privacy.keys import is_demo_mode

    if not is_demo_mode(facts.settings):
        return []
    found = [finding("warning", "demo.mode")]
    where = demo_destination(facts.settings, facts.home)
    if where:
        found.append(finding("error", "demo.real_sync", where))
    return found


def check_enrolment(facts: CheckInput) -> list[Finding]:
    """Settings that redirect parents' data, the kiosk id and the office key are still what the
    office's enrolment gave (staff mode cannot change them; an editor or a restore can)."""
    from kiosk.enrolment import applied_enrolment
    from kiosk.privacy.keys import describe_key_file, is_demo_mode, public_key_path
    from kiosk.settings import all_keys

    enrolment = applied_enrolment(facts.home)
    if enrolment is None:
        return []
    if enrolment.damaged:
        return [finding("warning", "enrolment.damaged")]
    settings = facts.settings
    if is_demo_mode(settings):
        if not enrolment.allows("privacy.central_public_key", ""):
            return [finding("error", "enrolment.undone")]
        return []
    found: list[Finding] = []
    if enrolment.kiosk_id and enrolment.kiosk_id != settings.kiosk.id:
        found.append(finding("error", "enrolment.kiosk_id", settings.kiosk.id, enrolment.kiosk_id))
    keys = {"privacy.central_public_key", "sync.folder", "sync.url", *enrolment.values}
    found.extend(
        finding("error", "enrolment.changed", key)
        for key in sorted(keys & set(all_keys()))
        if not enrolment.allows(key, str(settings.get(key)))
    )
    wanted = enrolment.office_key_fingerprint
    if wanted:
        with contextlib.suppress(OSError):  # an unreadable key is check_office_key's finding
            have = describe_key_file(public_key_path(settings, facts.home)).fingerprint
            if have and have != wanted:
                found.append(finding("error", "enrolment.key", have, wanted))
    return found


def check_office_key(facts: CheckInput) -> list[Finding]:
    """The configured public key: readable, public, and its fingerprint for the phone call."""
    from kiosk.privacy.keys import (
        KeyFileError,
        describe_key_file,
        is_demo_mode,
        key_fingerprint,
        load_public_key,
        public_key_path,
    )

    if is_demo_mode(facts.settings):
        return []
    path = public_key_path(facts.settings, facts.home)
    try:
        info = describe_key_file(path)
        if info.kind == "secret":
            return [finding("error", "key.secret", path)]
        fingerprint = key_fingerprint(load_public_key(path))
    except (KeyFileError, OSError) as exc:
        return [finding("error", "key.unreadable", str(exc))]
    found = [finding("ok", "key.fingerprint", fingerprint)]
    if info.kind == "unknown":
        found.insert(0, finding("warning", "key.unlabelled", path))
    return found


# -- catalogue ------------------------------------------------------------------------------


def check_catalogue(facts: CheckInput) -> list[Finding]:
    """A catalogue is loaded, is not the demo one on a live kiosk, and is not too old."""
    from kiosk.privacy.keys import is_demo_mode

    if facts.engine is None:
        return []
    with facts.engine.connect() as connection:
        row = connection.execute("SELECT version, updated_at, demo FROM catalogue_meta").fetchone()
    if row is None:
        return [finding("error", "catalogue.missing")]
    if row.demo:
        return [] if is_demo_mode(facts.settings) else [finding("error", "demo.catalogue")]
    published = state_time(row.updated_at)
    days = (facts.now - published).days
    if days > CATALOGUE_ERROR_DAYS:
        return [finding("error", "catalogue.age", days, moment_text(published))]
    if days > CATALOGUE_WARN_DAYS:
        return [finding("warning", "catalogue.age", days, moment_text(published))]
    return [finding("ok", "catalogue.ok", row.version, moment_text(published))]


def check_refusal(facts: CheckInput) -> list[Finding]:
    """The last catalogue refused (a USB import or one from the share), until one is accepted."""
    from kiosk.catalogue.refusals import last_refusal

    refusal = last_refusal(facts.home)
    if refusal is None:
        return []
    when = refusal.when if isinstance(refusal.when, dt.datetime) else state_time(refusal.when)
    return [
        finding(
            "warning", "catalogue.refused", refusal.source_name, moment_text(when), refusal.reason
        )
    ]


# -- sync (what the last cycle left in sync-state.json) ---------------------------------------

TOKEN_REFUSED = ("refused this kiosk's token", "knows this token as kiosk")
"""How sync.http words a refused token (sync.http.TokenRefused) in sync-state.json's last error;
the live check (`sync.checks`, network) goes by the exception's type instead."""


def check_last_sync(facts: CheckInput) -> list[Finding]:
    if facts.settings.sync.mode == "off":
        return []
    state = read_sync_state(facts.home)
    if state.last_error:
        key = "sync.token" if any(p in state.last_error for p in TOKEN_REFUSED) else "sync.failed"
        return [finding("error", key, state.last_error)]
    if state.last_success is None:
        return [finding("warning", "sync.never")]
    last = state_time(state.last_success)
    if facts.now - last > SYNC_STALE:
        return [finding("warning", "sync.stale", moment_text(last))]
    return [finding("ok", "sync.ok", moment_text(last))]


# -- the machine ----------------------------------------------------------------------------


def check_clock(facts: CheckInput) -> list[Finding]:
    """The clock is not before this version, nor before what this kiosk already saw happen."""
    now = facts.now
    if now < NOT_BEFORE:
        return [finding("error", "clock.early", moment_text(now))]
    seen: list[tuple[dt.datetime, str]] = []
    row = None
    if facts.engine is not None:
        with facts.engine.connect() as connection:
            row = connection.execute(
                "SELECT updated_at, imported_at FROM catalogue_meta"
            ).fetchone()
    if row is not None:
        seen.append((state_time(row.updated_at), "the catalogue's publication"))
        imported = utc_from_text(row.imported_at)
        if imported is not None:
            seen.append((imported, "its import"))
    last = read_sync_state(facts.home).last_success
    if last:
        seen.append((state_time(last), "the last successful sync"))
    for moment, what in sorted(seen, reverse=True):
        if moment - now > CLOCK_TOLERANCE:
            return [finding("error", "clock.behind", moment_text(now), moment_text(moment), what)]
    return [finding("ok", "clock.ok", moment_text(now))]


def check_disk(facts: CheckInput) -> list[Finding]:
    free = facts.free_bytes(facts.home)
    if free < DISK_ERROR_BYTES:
        return [finding("error", "disk.low", format_bytes(free))]
    if free < DISK_WARN_BYTES:
        return [finding("warning", "disk.warning", format_bytes(free))]
    return [finding("ok", "disk.ok", format_bytes(free))]


def check_display(facts: CheckInput) -> list[Finding]:
    """For `pitstop doctor` only (inside the app there is a display, or it would not run)."""
    env = facts.environ
    if any(env.get(name, "").strip() for name in ("WAYLAND_DISPLAY", "DISPLAY", "QT_QPA_PLATFORM")):
        return [finding("ok", "display.ok")]
    return [finding("warning", "display.missing")]


def i18n_folder() -> Path | None:
    """ui/i18n of the installed app, found by path: kiosk/ never imports the ui package."""
    spec = importlib.util.find_spec("ui")
    locations = None if spec is None else spec.submodule_search_locations
    return Path(next(iter(locations))) / "i18n" if locations else None


def check_translations(facts: CheckInput) -> list[Finding]:
    """Every catalogue (pitstop, intake, staff…) compiled for every language offered and staff
    mode's it/en, and not older than its .ts (ui/translations.py skips a stale one)."""
    folder = facts.i18n or i18n_folder()
    if folder is None or not folder.is_dir():
        return [finding("warning", "translations.missing", folder or "ui/i18n")]
    names = {p.name.rsplit("_", 1)[0] for p in (*folder.glob("*.ts"), *folder.glob("*.qm"))}
    if not names:
        return [finding("warning", "translations.missing", folder)]
    languages = sorted({*facts.settings.ui.languages, "it", "en"})
    bad: list[str] = []
    for name in sorted(names):
        for lang in languages:
            if name == "staff" and lang not in ("it", "en"):
                continue  # staff mode is Italian or English only (kiosk.settings.STAFF_LANGUAGES)
            qm, ts = folder / f"{name}_{lang}.qm", folder / f"{name}_{lang}.ts"
            if not qm.is_file():
                bad.append(qm.name)
            elif ts.is_file() and qm.stat().st_mtime < ts.stat().st_mtime:
                bad.append(f"{qm.name} (older than {ts.name})")
    if bad:
        return [finding("warning", "translations.missing", ", ".join(bad))]
    return [finding("ok", "translations.ok")]


def check_damaged_settings(facts: CheckInput) -> list[Finding]:
    from kiosk.settings import damaged_settings_files

    return [
        finding("warning", "settings.damaged", path.name)
        for path in damaged_settings_files(facts.home)
    ]


def check_instance(facts: CheckInput) -> list[Finding]:
    """Who holds the data folder's lock: the app asking (fine), another process (an error inside
    the app), or nobody (a warning from `pitstop doctor`: the kiosk is not running)."""
    from kiosk.instance import running_instance

    pid = running_instance(facts.home)
    shown = "?" if pid == 0 else pid  # 0: running, pid unknown
    if facts.own_pid is not None:
        if pid is not None and pid != facts.own_pid:
            return [finding("error", "instance.other", shown)]
        return []
    if pid is None:
        return [finding("warning", "instance.none")]
    return [finding("ok", "instance.running", shown)]


CHECKS: tuple[tuple[str, Check], ...] = (
    ("demo mode", check_demo),
    ("enrolment", check_enrolment),
    ("office key", check_office_key),
    ("catalogue", check_catalogue),
    ("catalogue refused", check_refusal),
    ("last sync", check_last_sync),
    ("clock", check_clock),
    ("disk", check_disk),
    ("translations", check_translations),
    ("settings", check_damaged_settings),
    ("instance", check_instance),
)
"""The kiosk-level checks, in the order they are shown within a severity."""


def check_input(
    home: Path,
    settings: Settings,
    engine: SqliteFile | None,
    *,
    now: dt.datetime | None = None,
    free_bytes: FreeBytes | None = None,
    own_pid: int | None = None,
    i18n: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> CheckInput:
    return CheckInput(
        home=home,
        settings=settings,
        engine=engine,
        now=now or dt.datetime.now(dt.UTC),
        free_bytes=free_bytes or _disk_free,
        own_pid=own_pid,
        i18n=i18n,
        environ=dict(os.environ if environ is None else environ),
    )


def run_checks(
    home: Path,
    settings: Settings,
    engine: SqliteFile | None,
    *,
    now: dt.datetime | None = None,
    free_bytes: FreeBytes | None = None,
    own_pid: int | None = None,
    i18n: Path | None = None,
) -> list[Finding]:
    """The kiosk-level findings, errors first (a few small reads: call it off the GUI thread)."""
    facts = check_input(
        home, settings, engine, now=now, free_bytes=free_bytes, own_pid=own_pid, i18n=i18n
    )
    return run(CHECKS, facts)
