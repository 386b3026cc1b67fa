"""A contact request being filled in (the parent's answers), step by step, without Qt.

`Draft` holds the answers of the intake screens (ui/vm/intake.py) and their rules: which fields
each step checks, what a tap may change (need codes from NEEDS, ages 0–17 and at most
MAX_AGES, weekdays from WEEKDAYS, kept in their own order), the messages of a step
(`errors`, with kiosk.intake.model.form_errors) and the request that is stored (`to_request`,
with parse_request). It lives only in memory: `clear()` forgets every answer.

Answers change only through the setters; each returns the fields whose messages the change made
stale (empty when nothing changed), so a screen knows what to clear and whether to redraw.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kiosk.intake.model import (
    MAX_AGE,
    MAX_CHILDREN,
    NEEDS,
    WEEKDAYS,
    ContactRequest,
    form_errors,
    parse_request,
)

STEPS = ("notice", "needs", "children", "when", "contact", "review", "done")
"""The steps of the flow, in order ("done" is the confirmation)."""
STEP_FIELDS: dict[str, frozenset[str]] = {
    "needs": frozenset({"needs"}),
    "children": frozenset({"children_ages"}),
    "when": frozenset({"comune", "periods", "weekdays"}),
    "contact": frozenset(
        {"first_name", "phone", "email", "contact", "preferred_channel", "time_slot", "language"}
    ),
}
"""The fields (and cross checks: "contact") whose messages each step shows; other steps: none."""
MAX_AGES = MAX_CHILDREN
"""At most this many children's ages."""

Stale = frozenset[str]
"""The fields whose messages a change made stale; empty when nothing changed."""

_UNCHANGED: Stale = frozenset()
_REACH = ("contact", "preferred_channel")
"""The cross checks of the way to be reached: a new phone or e-mail makes them stale."""
# Validation of the answers alone (`errors`): the system fields only need to be valid.
_CHECK_KIOSK = "kiosk"
_CHECK_NOTICE = "0"
_CHECK_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


@dataclass(slots=True)
class Draft:
    """The answers of one contact request; read the fields, change them with the setters."""

    needs: tuple[str, ...] = ()
    """Need codes, in the order of NEEDS."""
    children_ages: tuple[int, ...] = ()
    """Ages in the order they were added (the request sorts them)."""
    comune: str = ""
    periods: tuple[str, ...] = ()
    """Period ids, in the order of the options they were chosen from."""
    weekdays: tuple[str, ...] = ()
    """Weekday codes, in the order of WEEKDAYS."""
    first_name: str = ""
    phone: str = ""
    email: str = ""
    preferred_channel: str = ""
    """"" for "the phone if given, else the e-mail"."""
    time_slot: str = "any"
    language: str = ""
    """The language of the call ("" until `start`: the visitor's language then)."""
    consent_notice: bool = False
    consent_news: bool = False
    offering_id: str = ""
    offering_category: str = ""
    request_id: uuid.UUID | None = None
    """The client token, made when the review is shown (`new_request_id`)."""
    notice_shown_at: dt.datetime | None = None

    # -- life -----------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every answer, the offering, the request id and when the notice was shown."""
        for field in dataclasses.fields(self):
            setattr(self, field.name, field.default)

    def start(
        self,
        *,
        language: str,
        shown_at: dt.datetime,
        offering_id: str = "",
        offering_category: str = "",
    ) -> None:
        """A new request (about `offering_id`, "" for none) whose notice is shown at `shown_at`;
        the call language starts as the visitor's `language`."""
        self.clear()
        self.language = language
        self.notice_shown_at = shown_at
        self.offering_id = offering_id
        self.offering_category = offering_category

    def new_request_id(self) -> uuid.UUID:
        """A new client token (the review is shown: a double tap on send stores one request)."""
        self.request_id = uuid.uuid4()
        return self.request_id

    # -- setters --------------------------------------------------------------------------

    def toggle_need(self, code: str) -> Stale:
        """Choose or drop need `code` (one of NEEDS; anything else changes nothing)."""
        if code not in NEEDS:
            return _UNCHANGED
        return self._set("needs", _toggled(self.needs, code, NEEDS))

    def add_age(self, age: int) -> Stale:
        """Add a child aged `age` (0–17), up to MAX_AGES children; the same age may repeat."""
        if not 0 <= age <= MAX_AGE or len(self.children_ages) >= MAX_AGES:
            return _UNCHANGED
        return self._set("children_ages", (*self.children_ages, age))

    def remove_age(self, index: int) -> Stale:
        """Drop the age at `index` (out of range: nothing)."""
        if not 0 <= index < len(self.children_ages):
            return _UNCHANGED
        ages = self.children_ages
        return self._set("children_ages", ages[:index] + ages[index + 1 :])

    def set_comune(self, comune_id: str) -> Stale:
        """Choose comune `comune_id`; choosing the chosen one again clears it."""
        return self._set("comune", "" if comune_id == self.comune else comune_id)

    def toggle_period(self, period_id: str, options: Iterable[str]) -> Stale:
        """Choose or drop `period_id`; the periods keep the order of `options` (the ids offered)
        and only ids among them stay."""
        return self._set("periods", _toggled(self.periods, period_id, tuple(options)))

    def toggle_weekday(self, code: str) -> Stale:
        """Choose or drop weekday `code` (one of WEEKDAYS; anything else changes nothing)."""
        if code not in WEEKDAYS:
            return _UNCHANGED
        return self._set("weekdays", _toggled(self.weekdays, code, WEEKDAYS))

    def set_first_name(self, text: str) -> Stale:
        return self._set("first_name", text)

    def set_phone(self, text: str) -> Stale:
        """The phone as typed (also makes the way-to-be-reached messages stale)."""
        return self._set("phone", text, *_REACH)

    def set_email(self, text: str) -> Stale:
        """The e-mail as typed (also makes the way-to-be-reached messages stale)."""
        return self._set("email", text, *_REACH)

    def set_channel(self, channel: str) -> Stale:
        return self._set("preferred_channel", channel)

    def set_time_slot(self, slot: str) -> Stale:
        return self._set("time_slot", slot)

    def set_language(self, lang: str) -> Stale:
        """The language of the call."""
        return self._set("language", lang)

    def set_consent_notice(self, on: bool) -> Stale:
        return self._set("consent_notice", bool(on))

    def set_consent_news(self, on: bool) -> Stale:
        return self._set("consent_news", bool(on))

    def _set(self, name: str, value: Any, *also: str) -> Stale:
        if getattr(self, name) == value:
            return _UNCHANGED
        setattr(self, name, value)
        return frozenset({name, *also})

    # -- validation -----------------------------------------------------------------------

    def errors(self, step: str | None, lang: str) -> dict[str, str]:
        """Messages in `lang` by field: of the fields `step` checks (STEP_FIELDS; none for the
        other steps, the consent is not asked before the review), or of the whole request
        (None). Empty when the answers are fine."""
        data = self._data(_CHECK_KIOSK, _CHECK_NOTICE, _CHECK_TIME, lang)
        if step is None:
            return form_errors(data, lang)
        if step not in STEPS:
            raise ValueError(f"no intake step {step!r}")
        fields = STEP_FIELDS.get(step, frozenset())
        data["consent_notice"] = True
        return {k: v for k, v in form_errors(data, lang).items() if k in fields}

    def to_request(
        self, kiosk_id: str, notice_version: str, now: dt.datetime, *, lang: str = "it"
    ) -> ContactRequest:
        """The checked request made at `now` (RequestInvalid when an answer is wrong); `lang`
        is the call language when none was chosen."""
        return parse_request(self._data(kiosk_id, notice_version, now, lang))

    def _data(
        self, kiosk_id: str, notice_version: str, now: dt.datetime, lang: str
    ) -> dict[str, Any]:
        return {
            "id": self.request_id or uuid.uuid4(),
            "kiosk_id": kiosk_id,
            "created_at": now,
            "needs": list(self.needs),
            "children_ages": list(self.children_ages),
            "comune": self.comune,
            "periods": list(self.periods),
            "weekdays": list(self.weekdays),
            "first_name": self.first_name,
            "phone": self.phone or None,
            "email": self.email or None,
            "preferred_channel": self.preferred_channel or None,
            "time_slot": self.time_slot,
            "language": self.language or lang,
            "offering_id": self.offering_id or None,
            "offering_category": self.offering_category or None,
            "notice_version": notice_version,
            "notice_shown_at": self.notice_shown_at or now,
            "consent_notice": self.consent_notice,
            "consent_news": self.consent_news,
        }


def _toggled(items: tuple[str, ...], value: str, order: tuple[str, ...]) -> tuple[str, ...]:
    """`items` with `value` dropped when there, else added; in the order of `order`."""
    chosen = {v for v in items if v != value} if value in items else {*items, value}
    return tuple(v for v in order if v in chosen)
