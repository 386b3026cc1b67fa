"""The usage feature (issue 15): daily counts of what visitors do, never who they are.

The view-models call the tally (`kiosk.usage.tally.Tally`: a dictionary increment on the GUI
thread); this feature feeds it the session's own events (a session begins at the first page
after the welcome screen and ends at the wipe; its length runs from the first to the last
touch), counts a search once its words stayed SETTLE seconds or a result was opened, counts the
contact requests started and stored, and flushes the tally to SQLite on the writer lane at
every wipe and every FLUSH seconds. Nothing is written on the GUI thread; a crash loses at most
the counts since the last flush. Staff mode is not a session and is not counted.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from kiosk.usage import metrics
from kiosk.usage.tally import CountKey, Searches, Tally, Visit

if TYPE_CHECKING:
    from ui.app import KioskApp

log = logging.getLogger(__name__)
FLUSH = 60.0
"""Seconds between flushes of the tally to the database (and at every session wipe)."""
SETTLE = 3.0
"""Seconds a search's words stay unchanged before the search counts."""
NOT_A_SESSION = frozenset({"attract", "staff"})


class UsageFeature:
    """Counts into `tally` and flushes it through the one writer. `today` is the kiosk's local
    day (tests fix it); `flush_seconds`/`settle_seconds` are shortened by tests."""

    urgent = False

    def __init__(
        self,
        *,
        flush_seconds: float = FLUSH,
        settle_seconds: float = SETTLE,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.tally = Tally(today=today)
        self.visit = Visit(self.tally, clock=clock)
        self.searches = Searches(self.tally)
        self._flush_ms = round(flush_seconds * 1000)
        self._settle_ms = round(settle_seconds * 1000)
        self._app: KioskApp | None = None
        self._flush_timer: QTimer | None = None
        self._settle_timer: QTimer | None = None

    def install(self, app: KioskApp) -> None:
        from ui.features.intake import IntakeFeature

        self._app = app
        tally, visit, searches = self.tally, self.visit, self.searches
        app.results.usage = tally
        app.detail.usage = tally
        navigator, session, results = app.navigator, app.session, app.results

        # The timers belong to the window: Qt deletes them with it (docs/ui.md, "How it is built").
        settle = QTimer(app.window, singleShot=True, interval=self._settle_ms)
        settle.timeout.connect(searches.commit)
        self._settle_timer = settle
        flush = QTimer(app.window, interval=self._flush_ms)
        flush.timeout.connect(self.flush)
        flush.start()
        self._flush_timer = flush

        def on_page() -> None:
            page = navigator.current_page()
            if page not in NOT_A_SESSION:
                visit.begin(session.current_language())
            if page == "detail":  # a result opened: its search counts now
                settle.stop()
                searches.commit()

        def on_results() -> None:
            if searches.update(str(results.property("text")), int(results.property("total")) > 0):
                settle.start()
            else:
                settle.stop()

        def on_wipe() -> None:
            settle.stop()
            searches.commit()
            searches.forget()
            visit.end()
            self.flush()

        navigator.pageChanged.connect(on_page)
        results.resultsChanged.connect(on_results)
        session.visitorActive.connect(visit.touched)
        session.languageChanged.connect(lambda: visit.language(session.current_language()))
        session.wiped.connect(on_wipe)
        intake = app.feature(IntakeFeature)
        if intake is not None and intake.intake is not None:
            navigator.contactRequested.connect(lambda _: tally.count(metrics.REQUEST_STARTED))
            intake.intake.submitted.connect(lambda _: tally.count(metrics.REQUEST_SENT))

    def flush(self) -> None:
        """Hand what the tally holds to the writer lane (kept for later while the database is
        not open, or when the write failed)."""
        app = self._app
        if app is None or not len(self.tally):
            return
        engine = app.services.database.engine
        if engine is None:
            return
        counts = self.tally.take()
        today = self.tally.today()

        def work() -> int:
            from kiosk.usage.store import add

            return add(engine, counts, today)

        def failed(error: Exception, counts: dict[CountKey, int] = counts) -> None:
            log.error("usage counts could not be stored; kept for the next try", exc_info=error)
            self.tally.give_back(counts)

        app.services.tasks.run(work, _ignore, failed, lane="writer")

    def shutdown(self) -> None:
        """Count the session still open and flush (the task runner finishes the write)."""
        for timer in (self._flush_timer, self._settle_timer):
            if timer is not None:
                timer.stop()
        self.searches.commit()
        self.visit.end()
        self.flush()


def _ignore(_: object) -> None:
    pass
