"""Render one screen of the kiosk offscreen to a PNG (`pitstop snapshot`, tools/snapshots.py)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from kiosk.catalogue.search import SearchQuery, search
from ui.app import KioskApp
from ui.commands import SNAPSHOT_PAGES as PAGES
from ui.features import default_features
from ui.features.intake import IntakeFeature
from ui.features.staff import StaffFeature


class SnapshotError(ValueError):
    """A snapshot that cannot be taken; str() says why in one sentence."""


def settle(seconds: float) -> None:
    """Run the event loop for `seconds` (transitions, image providers, layout)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def default_offering(kiosk: KioskApp) -> str:
    """An offering that shows all three QR codes when there is one, else the first."""
    engine = kiosk.services.database.engine
    assert engine is not None  # snapshots open the database before the first frame
    cards = search(engine, SearchQuery(limit=200)).cards
    if not cards:
        raise SnapshotError("the catalogue has no offerings to show")
    detail = kiosk.detail
    for card in cards:
        if detail.load(card.id) and detail.text("qrLink") and detail.text("qrCalendar"):
            return card.id
    return cards[0].id


def show_page(kiosk: KioskApp, page: str, offering: str | None = None) -> None:
    """Navigate `kiosk` to `page` the way a visitor would get there."""
    if page not in PAGES:
        raise SnapshotError(f"unknown page {page!r} (choose from {', '.join(PAGES)})")
    if page == "attract":
        return
    if page.startswith("staff"):
        staff = kiosk.feature(StaffFeature)
        assert staff is not None
        screens = {"staff": "home", "staff-pin": "pin", "staff-settings": "settings"}
        screens["staff-checks"] = "checks"
        screens["staff-enrol"] = "enrol"
        staff.preview(screens[page])
        return
    if page.startswith("intake"):
        intake = kiosk.feature(IntakeFeature)
        assert intake is not None
        intake.preview("notice" if page == "intake" else page.removeprefix("intake-"))
        return
    kiosk.navigator.push("home")
    if page == "home":
        return
    kiosk.results.reset()
    if page == "results":  # a category, as most visitors get there (search shows the keyboard)
        kiosk.results.setCategory("campus-vacanze")
        kiosk.navigator.push("results")
        return
    offering_id = offering or default_offering(kiosk)
    if not kiosk.detail.load(offering_id):
        raise SnapshotError(f"no offering with id {offering_id!r} in the catalogue")
    kiosk.navigator.push("results")
    kiosk.navigator.push("detail")


def snapshot(
    home: Path,
    page: str,
    out: Path,
    *,
    lang: str = "it",
    size: tuple[int, int] = (1920, 1080),
    offering: str | None = None,
    large_text: bool = False,
) -> Path:
    # the screens as `pitstop run` has them, without sync cycles
    kiosk = KioskApp(home, lang=lang, size=size, features=default_features(start_sync=False))
    try:
        settle(0.3)
        if large_text:
            kiosk.session.setLargeText(True)
        show_page(kiosk, page, offering)
        settle(0.9)
        image = kiosk.window.grabWindow()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise SnapshotError(f"could not write {out}")
    finally:
        kiosk.close()
    return out
