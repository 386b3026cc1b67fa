"""The contact-request draft (kiosk.intake.draft) alone, without Qt: steps, setters, messages."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from kiosk.intake.draft import MAX_AGES, STEP_FIELDS, STEPS, Draft
from kiosk.intake.model import NEEDS, WEEKDAYS, RequestInvalid

SHOWN = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
NOW = SHOWN + dt.timedelta(minutes=3)


def _filled() -> Draft:
    """A draft answered as a parent would, up to the review (consent not yet given)."""
    draft = Draft()
    draft.start(
        language="it",
        shown_at=SHOWN,
        offering_id="pre-post-scuola-castano-primo-primaria",
        offering_category="pre-post-scuola",
    )
    draft.toggle_need("homework")
    draft.toggle_need("closure_care")
    draft.add_age(9)
    draft.add_age(4)
    draft.set_comune("legnano")
    draft.toggle_period("natale-2026", ["estate-2026", "natale-2026"])
    draft.toggle_weekday("WE")
    draft.toggle_weekday("MO")
    draft.set_first_name("  Giulia ")
    draft.set_phone("347 123 4567")
    draft.set_time_slot("afternoon")
    return draft


def test_steps_and_their_fields() -> None:
    assert STEPS == ("notice", "needs", "children", "when", "contact", "review", "done")
    assert set(STEP_FIELDS) <= set(STEPS)
    assert "consent_notice" not in set().union(*STEP_FIELDS.values())


def test_a_new_draft_shows_each_steps_own_messages_only() -> None:
    draft = Draft()
    assert draft.errors("notice", "it") == {}
    assert draft.errors("needs", "it") == {"needs": "Scegli almeno un bisogno."}
    assert draft.errors("needs", "en") == {"needs": "Choose at least one need."}
    assert draft.errors("children", "en") == {
        "children_ages": "Give the age of at least one child."
    }
    assert set(draft.errors("when", "it")) == {"comune"}
    assert set(draft.errors("contact", "it")) == {"first_name"}
    assert draft.errors("review", "it") == {}
    assert draft.errors("done", "it") == {}
    with pytest.raises(ValueError, match="no intake step"):
        draft.errors("nowhere", "it")


def test_contact_step_checks_the_fields_then_a_way_to_be_reached() -> None:
    draft = _filled()
    draft.set_phone("")
    assert draft.errors("contact", "en") == {
        "contact": "Leave a phone number or an e-mail address."
    }
    draft.set_email("giulia@example.org")
    draft.set_channel("phone")
    assert draft.errors("contact", "en") == {
        "preferred_channel": "A phone number is needed for this."
    }
    draft.set_first_name("Anna2")
    draft.set_phone("12")
    assert draft.errors("contact", "en") == {
        "first_name": "The name cannot contain numbers.",
        "phone": "Not a valid phone number.",
    }


def test_the_consent_is_asked_only_for_the_whole_request() -> None:
    draft = _filled()
    for step in STEPS:
        assert draft.errors(step, "it") == {}, step
    assert draft.errors(None, "en") == {
        "consent_notice": "To send the request, confirm that you have read the privacy notice."
    }
    draft.set_consent_notice(True)
    assert draft.errors(None, "en") == {}


def test_setters_say_which_messages_went_stale_and_nothing_when_unchanged() -> None:
    draft = Draft()
    assert draft.set_first_name("Giulia") == {"first_name"}
    assert draft.set_first_name("Giulia") == frozenset()
    assert draft.set_phone("347") == {"phone", "contact", "preferred_channel"}
    assert draft.set_email("a@b.it") == {"email", "contact", "preferred_channel"}
    assert draft.set_channel("email") == {"preferred_channel"}
    assert draft.set_time_slot("evening") == {"time_slot"}
    assert draft.set_time_slot("evening") == frozenset()
    assert draft.set_language("fr") == {"language"}
    assert draft.set_consent_notice(True) == {"consent_notice"}
    assert draft.set_consent_notice(True) == frozenset()
    assert draft.set_consent_news(True) == {"consent_news"}
    assert (draft.language, draft.consent_notice, draft.consent_news) == ("fr", True, True)


def test_needs_toggle_keep_the_order_of_needs_and_ignore_unknown_codes() -> None:
    draft = Draft()
    assert draft.toggle_need("other") == {"needs"}
    assert draft.toggle_need("summer") == {"needs"}
    assert draft.toggle_need("closure_care") == {"needs"}
    assert draft.needs == ("closure_care", "summer", "other")
    assert list(draft.needs) == [n for n in NEEDS if n in draft.needs]
    assert draft.toggle_need("summer") == {"needs"}
    assert draft.needs == ("closure_care", "other")
    assert draft.toggle_need("health") == frozenset()
    assert draft.needs == ("closure_care", "other")


def test_weekdays_toggle_in_week_order_and_ignore_unknown_codes() -> None:
    draft = Draft()
    for day in ("FR", "MO", "WE"):
        draft.toggle_weekday(day)
    assert draft.weekdays == ("MO", "WE", "FR")
    assert draft.toggle_weekday("MO") == {"weekdays"}
    assert draft.weekdays == ("WE", "FR")
    assert draft.toggle_weekday("mo") == frozenset()
    assert draft.toggle_weekday("XX") == frozenset()
    assert set(draft.weekdays) <= set(WEEKDAYS)


def test_periods_follow_the_options_offered() -> None:
    draft = Draft()
    options = ["estate-2026", "natale-2026", "pasqua-2027"]
    draft.toggle_period("pasqua-2027", options)
    draft.toggle_period("estate-2026", options)
    assert draft.periods == ("estate-2026", "pasqua-2027")
    assert draft.toggle_period("gone-2025", options) == frozenset()  # not offered: not kept
    assert draft.toggle_period("estate-2026", iter(options)) == {"periods"}
    assert draft.periods == ("pasqua-2027",)
    assert draft.toggle_period("natale-2026", []) == {"periods"}  # no options: none stay
    assert draft.periods == ()


def test_comune_is_chosen_and_a_second_tap_clears_it() -> None:
    draft = Draft()
    assert draft.set_comune("legnano") == {"comune"}
    assert draft.set_comune("busto-garolfo") == {"comune"}
    assert draft.comune == "busto-garolfo"
    assert draft.set_comune("busto-garolfo") == {"comune"}
    assert draft.comune == ""


@pytest.mark.parametrize("age", [-1, 18, 99])
def test_an_age_outside_0_to_17_is_refused(age: int) -> None:
    draft = Draft()
    assert draft.add_age(age) == frozenset()
    assert draft.children_ages == ()


def test_ages_go_from_0_to_17_up_to_max_ages_and_can_be_removed() -> None:
    draft = Draft()
    assert draft.add_age(0) == {"children_ages"}
    assert draft.add_age(17) == {"children_ages"}
    for _ in range(MAX_AGES - 2):
        draft.add_age(5)  # the same age may repeat (twins)
    assert len(draft.children_ages) == MAX_AGES
    assert draft.add_age(3) == frozenset()
    assert len(draft.children_ages) == MAX_AGES
    assert draft.errors("children", "it") == {}
    assert draft.remove_age(1) == {"children_ages"}
    assert draft.children_ages[:2] == (0, 5)
    assert draft.remove_age(MAX_AGES) == frozenset()
    assert draft.remove_age(-1) == frozenset()
    assert len(draft.children_ages) == MAX_AGES - 1


def test_a_full_valid_draft_becomes_a_contact_request() -> None:
    draft = _filled()
    draft.set_consent_notice(True)
    draft.set_consent_news(True)
    token = draft.new_request_id()
    request = draft.to_request("kiosk-castano", "2026-11", NOW)
    assert request.id == token == draft.request_id
    assert (request.kiosk_id, request.notice_version) == ("kiosk-castano", "2026-11")
    assert (request.created_at, request.notice_shown_at) == (NOW, SHOWN)
    assert request.needs == ["closure_care", "homework"]
    assert request.children_ages == [4, 9]
    assert (request.comune, request.periods, request.weekdays) == (
        "legnano",
        ["natale-2026"],
        ["MO", "WE"],
    )
    assert (request.first_name, request.phone, request.email) == ("Giulia", "+393471234567", None)
    assert (request.preferred_channel, request.time_slot, request.language) == (
        "phone",
        "afternoon",
        "it",
    )
    assert request.offering_id == "pre-post-scuola-castano-primo-primaria"
    assert request.offering_category == "pre-post-scuola"
    assert request.consent_notice and request.consent_news


def test_to_request_fills_what_the_draft_has_not_yet() -> None:
    draft = _filled()
    draft.set_consent_notice(True)
    draft.set_language("")
    draft.notice_shown_at = None
    request = draft.to_request("kiosk-castano", "2026-11", NOW, lang="en")
    assert isinstance(request.id, uuid.UUID) and draft.request_id is None
    assert (request.language, request.notice_shown_at) == ("en", NOW)
    assert request.offering_id == "pre-post-scuola-castano-primo-primaria"


def test_an_invalid_draft_is_refused_with_its_codes() -> None:
    draft = _filled()  # no consent
    with pytest.raises(RequestInvalid) as caught:
        draft.to_request("kiosk-castano", "2026-11", NOW)
    assert caught.value.codes == {"consent_notice": "consent_notice.required"}


def test_start_and_clear_forget_everything() -> None:
    draft = _filled()
    draft.set_email("giulia@example.org")
    draft.set_channel("email")
    draft.set_language("fr")
    draft.set_consent_notice(True)
    draft.set_consent_news(True)
    draft.new_request_id()
    draft.clear()
    assert draft == Draft()
    assert (draft.needs, draft.children_ages, draft.first_name, draft.phone) == ((), (), "", "")
    assert (draft.time_slot, draft.request_id, draft.notice_shown_at) == ("any", None, None)
    filled = _filled()
    filled.new_request_id()
    filled.start(language="en", shown_at=NOW)
    assert filled == Draft(language="en", notice_shown_at=NOW)
