"""The request model (kiosk.intake.model) and the reference code (kiosk.intake.reference)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest

from kiosk.intake.model import (
    MESSAGES,
    ContactRequest,
    RequestInvalid,
    form_errors,
    message,
    parse_request,
    validate_field,
)
from kiosk.intake.reference import normalize_reference, reference_for
from kiosk.settings import UI_LANGUAGES
from tests.kiosk.intake.data import request_data

Make = Callable[..., ContactRequest]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Giulia  ", "Giulia"),
        ("Zoë", "Zoë"),
        ("Anna  Maria", "Anna Maria"),
        ("D'Angelo", "D'Angelo"),
        ("Jean-Luc", "Jean-Luc"),
        ("李小龙", "李小龙"),
        ("محمد", "محمد"),
        ("Ngọc Ánh", "Ngọc Ánh"),
        ("Zoe\u0308", "Zoë"),  # combining diaeresis is composed (NFC)
    ],
)
def test_any_unicode_first_name_is_accepted_and_trimmed(
    make_request: Make, typed: str, stored: str
) -> None:
    assert make_request(first_name=typed).first_name == stored
    assert validate_field("first_name", typed) is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "first_name.required"),
        ("   ", "first_name.required"),
        ("x" * 41, "first_name.too_long"),
        ("Giulia2", "first_name.digits"),
        ("Giulia٣", "first_name.digits"),
        ("www.spam.it", "first_name.url"),
        ("http://x.it", "first_name.url"),
        ("a@b.it", "first_name.url"),
        ("=cmd|calc", "first_name.invalid_chars"),
        ("<b>Giulia</b>", "first_name.url"),
        ("Giulia\u0000", "first_name.invalid_chars"),
    ],
)
def test_bad_first_names_get_their_own_message(typed: str, code: str) -> None:
    assert validate_field("first_name", typed, "en") == MESSAGES[code]["en"]
    assert validate_field("first_name", typed, "it") == MESSAGES[code]["it"]


def test_forty_characters_is_the_limit(make_request: Make) -> None:
    assert make_request(first_name="é" * 40).first_name == "é" * 40


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("347 123 4567", "+393471234567"),
        ("3471234567", "+393471234567"),
        ("0331 555 0100", "+3903315550100"),
        ("+39 347 123 4567", "+393471234567"),
        ("0039 347 123 4567", "+393471234567"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+49 30 901820", "+4930901820"),
    ],
)
def test_phone_is_stored_as_e164_with_italy_as_default(
    make_request: Make, typed: str, e164: str
) -> None:
    assert make_request(phone=typed).phone == e164


@pytest.mark.parametrize("typed", ["123", "347 12", "+39 347 ABC 4567", "call me", "9" * 31])
def test_bad_phone_numbers_are_refused(typed: str) -> None:
    assert validate_field("phone", typed, "en") in (
        MESSAGES["phone.invalid"]["en"],
        MESSAGES["phone.too_long"]["en"],
    )


def test_email_is_normalised_without_network(make_request: Make) -> None:
    request = make_request(phone=None, email="  Mario.Rossi@Example.ORG ")
    assert request.email == "Mario.Rossi@example.org"
    assert request.preferred_channel == "email"


@pytest.mark.parametrize(
    "typed",
    ["mario", "mario@", "@example.org", "mario@@x.it", "a" * 250 + "@x.it", "mario@localhost"],
)
def test_bad_emails_are_refused(typed: str) -> None:
    assert validate_field("email", typed, "it") is not None


def test_phone_or_email_is_required(make_request: Make) -> None:
    errors = form_errors(request_data(phone="", email=None), "en")
    assert errors == {"contact": MESSAGES["contact.required"]["en"]}
    with pytest.raises(RequestInvalid):
        make_request(phone=None, email=None)


def test_preferred_channel_defaults_to_phone_and_must_be_reachable(make_request: Make) -> None:
    assert make_request().preferred_channel == "phone"
    assert make_request(email="a@example.org", preferred_channel="email").preferred_channel == (
        "email"
    )
    errors = form_errors(
        request_data(phone=None, email="a@example.org", preferred_channel="whatsapp"), "it"
    )
    assert errors == {"preferred_channel": MESSAGES["preferred_channel.needs_phone"]["it"]}
    errors = form_errors(request_data(preferred_channel="email"), "en")
    assert errors == {"preferred_channel": MESSAGES["preferred_channel.needs_email"]["en"]}


@pytest.mark.parametrize(
    ("ages", "code"),
    [
        ([], "children_ages.required"),
        ([18], "children_ages.range"),
        ([-1], "children_ages.range"),
        ([True], "children_ages.range"),
        (["5"], "children_ages.range"),
        ([1] * 9, "children_ages.too_many"),
    ],
)
def test_children_ages_are_0_to_17_and_at_most_8(ages: list[object], code: str) -> None:
    assert form_errors(request_data(children_ages=ages), "en") == {
        "children_ages": MESSAGES[code]["en"]
    }


def test_ages_and_needs_are_kept_in_a_stable_order(make_request: Make) -> None:
    request = make_request(
        children_ages=[0, 17, 5], needs=["other", "summer", "closure_care"], weekdays=["FR", "MO"]
    )
    assert request.children_ages == [0, 5, 17]
    assert request.needs == ["closure_care", "summer", "other"]
    assert request.weekdays == ["MO", "FR"]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("needs", [], "needs.required"),
        ("needs", ["medical"], "needs.unknown"),
        ("weekdays", ["XX"], "weekdays.invalid"),
        ("comune", "", "comune.required"),
        ("periods", ["bad id!"], "periods.invalid"),
        ("time_slot", "night", "time_slot.invalid"),
        ("language", "Italian", "language.invalid"),
        ("consent_notice", False, "consent_notice.required"),
    ],
)
def test_each_field_error_has_a_message(field: str, value: object, code: str) -> None:
    assert form_errors(request_data(**{field: value}), "en") == {field: MESSAGES[code]["en"]}


def test_consent_notice_must_be_true_and_news_consent_defaults_to_false(make_request: Make) -> None:
    assert make_request().consent_news is False
    with pytest.raises(RequestInvalid):
        make_request(consent_notice=False)


def test_unknown_fields_and_naive_times_are_refused() -> None:
    assert "health" in form_errors(request_data(health="asthma"))
    assert "created_at" in form_errors(request_data(created_at=dt.datetime(2026, 11, 23, 9)))
    assert "kiosk_id" in form_errors(request_data(kiosk_id="kiosk-1\n"))


def test_every_message_exists_in_every_visitor_language() -> None:
    for code, texts in MESSAGES.items():
        assert texts.keys() == set(UI_LANGUAGES), code
        assert all(text.strip().endswith(".") for text in texts.values()), code
    assert message("phone.invalid", "de") == MESSAGES["phone.invalid"]["it"]
    assert message("no.such.code", "en") == MESSAGES["invalid"]["en"]


def test_valid_form_has_no_errors_and_unknown_field_names_are_ignored() -> None:
    assert form_errors(request_data()) == {}
    assert validate_field("kiosk_id", "anything") is None


def test_payload_carries_the_reference_and_utc_times(make_request: Make) -> None:
    rome = dt.timezone(dt.timedelta(hours=1))
    request = make_request(created_at=dt.datetime(2026, 11, 23, 10, 0, tzinfo=rome))
    payload = request.payload()
    assert payload["reference"] == reference_for(request.id)
    assert payload["created_at"] == "2026-11-23T09:00:00Z"
    assert payload["id"] == str(request.id)


def test_reference_is_derived_from_the_id_and_reads_back() -> None:
    request_id = uuid.UUID("6896e861-be02-4ce4-8ea6-e87f35a0139f")
    reference = reference_for(request_id)
    assert reference == reference_for(request_id)
    assert len(reference) == len("PS-4K7M-Q2") and reference.startswith("PS-")
    assert normalize_reference(reference.lower().replace("-", " ")) == reference
    assert normalize_reference("ps-4k7m-q2") == "PS-4K7M-Q2"
    assert normalize_reference("PS-4K7M-OI") == "PS-4K7M-01"
    assert normalize_reference("PS-4K7M") is None
    references = {reference_for(uuid.uuid4()) for _ in range(2000)}
    assert len(references) >= 1998


@pytest.mark.parametrize("version", ["2026 rev. 1", "v1/2", " 2026-11", "-1", "x" * 41, ""])
def test_notice_version_refused_by_settings_is_refused_by_requests(version: str) -> None:
    from kiosk.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="privacy.notice_version"):
        Settings().with_value("privacy.notice_version", version)
    with pytest.raises(RequestInvalid):
        parse_request(request_data(notice_version=version))


@pytest.mark.parametrize("version", ["2026-11", "v1.2", "2026:rev_a", "R" * 40])
def test_every_notice_version_settings_accept_can_be_submitted(version: str) -> None:
    from kiosk.settings import Settings

    settings = Settings().with_value("privacy.notice_version", version)
    request = parse_request(request_data(notice_version=settings.privacy.notice_version))
    assert request.notice_version == version
