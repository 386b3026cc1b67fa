"""What the kiosk counts, and the rules a count's key follows (the kiosk and the office check
the same rules: `key_problem`).

Each count is (local day, metric, key): `key` is "" for a metric without keys. Zero-result
search words are kept only normalised (lower case, accents folded, spaces collapsed), never when
they hold a digit or an "@", and cut at 40 characters: a phone number, an e-mail address or a
date typed into the search box is never stored. Nothing here can tell a person's name typed as
a search word from any other word: the office publishes a word only when it is common
(docs/figures.md, "Publication rules").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from kiosk.settings import UI_LANGUAGES

SESSION: Final = "session"
"""Sessions: the first touch after the welcome screen, ended by the wipe (key "")."""
SESSION_LENGTH: Final = "session.length"
"""Sessions by length, first touch to last touch (key: one of LENGTH_BUCKETS)."""
LANGUAGE: Final = "language"
"""Sessions that used a language (key: the language code; a session that switched counts once
for each language it used)."""
CATEGORY: Final = "category"
"""Category tiles pressed (key: the category id)."""
FILTER: Final = "filter"
"""Filters set on the results (key: one of FILTERS)."""
DETAIL: Final = "detail"
"""Offering detail views (key: the offering id)."""
QR: Final = "qr"
"""QR codes shown on a detail view (key: one of QR_KINDS)."""
REQUEST_STARTED: Final = "request.started"
"""Contact requests started (key "")."""
REQUEST_SENT: Final = "request.sent"
"""Contact requests stored and queued for the office (key "")."""
SEARCH: Final = "search"
"""Searches: words that stayed on screen a few seconds, or from which a result was opened
(key "")."""
SEARCH_EMPTY: Final = "search.empty"
"""Searches that found nothing (key "")."""
SEARCH_WORD: Final = "search.empty.word"
"""Searches that found nothing, by their words (key: the normalised words, see `search_word`)."""

LENGTH_BUCKETS: Final = ("0-1", "1-3", "3-10", "10+")
"""Session lengths in minutes: under 1, 1 to 3, 3 to 10, 10 and more."""
FILTERS: Final = ("place", "age", "period", "free")
QR_KINDS: Final = ("link", "contact", "calendar")

UNKEYED: Final = frozenset({SESSION, REQUEST_STARTED, REQUEST_SENT, SEARCH, SEARCH_EMPTY})
METRICS: Final = frozenset(
    {SESSION, SESSION_LENGTH, LANGUAGE, CATEGORY, FILTER, DETAIL, QR, SEARCH_WORD} | UNKEYED
)
MAX_METRIC = 40
MAX_KEY = 128
MAX_WORD = 40
_CATALOGUE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_SPACES = re.compile(r"\s+")


def length_bucket(seconds: float) -> str:
    """The LENGTH_BUCKETS key of a session that lasted `seconds`."""
    minutes = seconds / 60
    if minutes < 1:
        return "0-1"
    if minutes < 3:
        return "1-3"
    if minutes < 10:
        return "3-10"
    return "10+"


def search_word(text: str) -> str | None:
    """`text` as it may be kept: lower case, accents folded, control characters dropped,
    spaces collapsed, at most MAX_WORD characters; None when it is empty or holds a digit (in
    any script) or an "@" (also the full-width one), where personal data could hide."""
    folded = _SPACES.sub(" ", unicodedata.normalize("NFKD", text))
    kept = "".join(
        ch for ch in folded if not unicodedata.combining(ch) and unicodedata.category(ch)[0] != "C"
    )
    if "@" in kept or any(ch.isnumeric() for ch in kept):
        return None
    word = _SPACES.sub(" ", kept.casefold()).strip()
    word = word[:MAX_WORD].rstrip()
    return word or None


def key_problem(metric: str, key: str) -> str | None:
    """Why (metric, key) is not a count this version keeps, in words, or None when it is."""
    if metric not in METRICS:
        return f"{metric[:MAX_METRIC]!r} is not a usage metric"
    if metric in UNKEYED:
        return None if key == "" else f"{metric} takes no key"
    allowed: tuple[str, ...] | None = {
        SESSION_LENGTH: LENGTH_BUCKETS,
        LANGUAGE: UI_LANGUAGES,
        FILTER: FILTERS,
        QR: QR_KINDS,
    }.get(metric)
    if allowed is not None:
        return None if key in allowed else f"{metric} key must be one of {', '.join(allowed)}"
    if metric == SEARCH_WORD:
        if search_word(key) != key:
            return (
                f"{metric} key must be normalised words without digits or '@' "
                f"(at most {MAX_WORD} characters)"
            )
        return None
    if _CATALOGUE_ID.fullmatch(key) is None:  # CATEGORY, DETAIL
        return f"{metric} key must be a catalogue id"
    return None
