"""Zero-result search words are kept about 13 months (issue 15 review): the server's retention
job removes older ones (the other counts stay), and `pitstop central purge --usage-before DATE`
removes every usage count of older days, audited; the report's word rule still applies."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from central import usage
from central.audit import audit_events
from central.figures.tables import Query, compute
from central.retention import RetentionJob
from central.store import CentralStore
from tests.central.figures_data import add_counts, add_kiosks

ROOT = Path(__file__).resolve().parents[2]
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]
WORD = "search.empty.word"


def test_the_retention_job_removes_search_words_older_than_13_months(tmp_path: Path) -> None:
    store = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        add_kiosks(store)
        today = dt.datetime.now(dt.UTC).date()
        old = today - dt.timedelta(days=usage.WORD_RETENTION_DAYS + 1)
        kept = today - dt.timedelta(days=usage.WORD_RETENTION_DAYS)
        add_counts(
            store,
            [
                ("legnano-lib", old, WORD, "mario rossi", 6),
                ("magenta-hall", old, WORD, "mario rossi", 1),
                ("legnano-lib", old, "session", "", 9),
                ("legnano-lib", kept, WORD, "piscina", 3),
                ("magenta-hall", kept, WORD, "piscina", 2),
            ],
        )
        RetentionJob(store, None).run_once()
        assert usage.held(store) == {
            ("legnano-lib", old): {("session", ""): 9},
            ("legnano-lib", kept): {(WORD, "piscina"): 3},
            ("magenta-hall", kept): {(WORD, "piscina"): 2},
        }
        # the word kept is still published only under the rule (5 times on 2 kiosks)
        figures = compute(store, Query(kept, kept, "kiosk"), "en")
        assert [row.key for row in figures.table("words").rows] == ["piscina"]
    finally:
        store.close()


def _purge(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PITSTOP, "central", "--db", url, "purge", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=120,
    )


def test_purge_usage_before_a_day(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    store = CentralStore(url)
    day = dt.date(2025, 12, 1)
    add_counts(
        store,
        [
            ("k-1", day - dt.timedelta(days=1), WORD, "judo", 2),
            ("k-1", day - dt.timedelta(days=1), "session", "", 4),
            ("k-1", day, "session", "", 5),
        ],
    )
    store.close()
    dry = _purge(url, "--usage-before", day.isoformat(), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Would remove 2 usage count(s) of days before 2025-12-01." in dry.stdout
    done = _purge(url, "--usage-before", day.isoformat())
    assert done.returncode == 0, done.stderr
    assert "Removed 2 usage count(s)" in done.stdout
    for args, message in (
        (("--usage-before", "1/12/2025"), "--usage-before '1/12/2025' is not a date"),
        (("--usage-before", "2025-12-01", "--kiosk", "k-1"), "--usage-before goes alone"),
    ):
        refused = _purge(url, *args)
        assert refused.returncode == 2 and message in refused.stderr, refused.stderr
        assert refused.stderr.count("\n") == 1
    store = CentralStore(url)
    try:
        assert usage.held(store) == {("k-1", day): {("session", ""): 5}}
        (event,) = audit_events(store, action="usage.purge")
        assert event.details == {"before": "2025-12-01", "rows": 2}
    finally:
        store.close()
