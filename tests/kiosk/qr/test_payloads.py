"""Payload builders: structure, escaping, fitting, dates — checked on the text itself."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from kiosk.qr.fitting import ELLIPSIS, trim
from kiosk.qr.matrix import PayloadTooLong, fits, qr_version
from kiosk.qr.payloads import (
    DateRange,
    OfferingHandoff,
    calendar_payload,
    event_uid,
    info_point_vcard,
    next_dates,
    offering_payloads,
    url_payload,
    vcard_payload,
)
from tests.kiosk.qr.helpers import FULL, SHORT, TODAY


def vcard_lines(card: str) -> dict[str, list[str]]:
    """A tiny vCard reader: property name → raw values (lines are never folded by us)."""
    assert card.endswith("\r\n")
    lines = card[:-2].split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0" and lines[-1] == "END:VCARD"
    out: dict[str, list[str]] = {}
    for line in lines[2:-1]:
        assert "\n" not in line and "\r" not in line
        name, value = line.split(":", 1)
        out.setdefault(name, []).append(value)
    return out


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            assert c not in ",;", f"unescaped {c!r} in {value!r}"
            out.append(c)
    return "".join(out)


# --- links -------------------------------------------------------------------------------------


def test_url_payload_keeps_a_web_address_and_rejects_others() -> None:
    assert url_payload(" https://www.comune.legnano.mi.it/servizi?x=1 ") == (
        "https://www.comune.legnano.mi.it/servizi?x=1"
    )
    for bad in (
        "javascript:alert(1)",
        "ftp://x.it/a",
        "www.example.it",
        "https://",
        "http://a b.it",
    ):
        with pytest.raises(ValueError, match="Not a web address"):
            url_payload(bad)


def test_url_payload_refuses_an_address_too_long_to_scan() -> None:
    with pytest.raises(PayloadTooLong):
        url_payload("https://example.it/" + "a" * 300)


# --- vCard -------------------------------------------------------------------------------------


def test_vcard_escapes_text_values() -> None:
    name = "Spazio compiti; doposcuola, \\ «Arcobaleno»\nsecondo piano"
    card = vcard_payload(name, phones=["0331 1"], note="a;b,c")
    props = vcard_lines(card)
    assert props["FN"] == ["Spazio compiti\\; doposcuola\\, \\\\ «Arcobaleno»\\nsecondo piano"]
    assert unescape(props["FN"][0]) == name
    assert props["N"] == props["FN"]
    assert unescape(props["NOTE"][0]) == "a;b,c"
    assert props["TEL"] == ["03311"]


def test_vcard_keeps_everything_that_fits_in_field_order() -> None:
    card = vcard_payload(
        "Nido Il Melograno",
        organization="Comune di Cuggiono",
        phones=["02 974 1234", "+39 02-974-0000"],
        email="nido@comune.example.it",
        street="Via Roma 3",
        postal_code="20012",
        locality="Cuggiono",
    )
    assert card == (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nido Il Melograno\r\nFN:Nido Il Melograno\r\n"
        "ORG:Comune di Cuggiono\r\nTEL:029741234\r\nTEL:+39029740000\r\n"
        "EMAIL:nido@comune.example.it\r\nADR:;;Via Roma 3;Cuggiono;;20012\r\nEND:VCARD\r\n"
    )


def test_vcard_drops_optional_fields_in_priority_order() -> None:
    card = vcard_payload(
        FULL.name,
        organization=FULL.organization,
        phones=FULL.phones,
        email=FULL.email,
        street=FULL.street,
        postal_code=FULL.postal_code,
        locality=FULL.comune,
        url=FULL.url,
        note=FULL.description,
    )
    props = vcard_lines(card)
    assert qr_version(card) <= 10
    # Note, URL, extra phones and organization went first; then the name was shortened.
    assert set(props) == {"N", "FN", "TEL", "EMAIL", "ADR"}
    name = unescape(props["FN"][0])
    assert name.endswith(ELLIPSIS) and FULL.name.startswith(name[:-1]) and len(name) >= 24
    assert props["TEL"] == ["0331541234"]
    assert props["EMAIL"] == [FULL.email]
    assert props["ADR"] == [";;Via dei Mille 12;Legnano;;20025"]


def test_vcard_trims_an_overlong_note_to_fit() -> None:
    card = vcard_payload("Ludoteca", phones=["0331 1"], note="Apertura pomeridiana. " * 30)
    note = unescape(vcard_lines(card)["NOTE"][0])
    assert note.endswith(ELLIPSIS) and 20 <= len(note) < 200
    assert note[:-1].strip() in ("Apertura pomeridiana. " * 30)
    assert fits(card)
    assert not fits(card.replace(note, note + "x" * 20))  # cut no more than needed


def test_vcard_trims_the_name_last_and_never_cuts_inside_a_character() -> None:
    name = "Attività è perché più città " * 20
    card = vcard_payload(name, phones=["+39 0331 123456"])
    props = vcard_lines(card)
    assert props["TEL"] == ["+390331123456"]
    fn = props["FN"][0]
    assert fn.endswith(ELLIPSIS) and name.startswith(fn[:-1])
    card.encode("utf-8")  # a cut inside a character would not even be a str of whole characters
    assert qr_version(card) == 10


def test_vcard_needs_a_name() -> None:
    with pytest.raises(ValueError, match="needs a name"):
        vcard_payload("  ", phones=["1"])


def test_info_point_vcard_keeps_the_reference_code_first() -> None:
    card = info_point_vcard(
        "Family Pit Stop – Biblioteca di Parabiago " * 5,
        "0331 406 111",
        "pitstop@comune.parabiago.example.it",
        "Riferimento: K7-3F9Q",
    )
    props = vcard_lines(card)
    assert props["NOTE"] == ["Riferimento: K7-3F9Q"]
    assert props["FN"][0].endswith(ELLIPSIS)
    assert fits(card)
    short = vcard_lines(info_point_vcard("Pit Stop", "0331 1", "a@b.it", "Rif. AB-12"))
    assert short == {
        "N": ["Pit Stop"],
        "FN": ["Pit Stop"],
        "TEL": ["03311"],
        "EMAIL": ["a@b.it"],
        "NOTE": ["Rif. AB-12"],
    }


# --- trimming ----------------------------------------------------------------------------------


def test_trim_prefers_a_word_boundary_and_respects_combining_marks() -> None:
    assert trim("Campus di Natale all'Oratorio", 24) == "Campus di Natale" + ELLIPSIS
    assert trim("corto", 24) == "corto"
    decomposed = "cafe\u0301 " + "x" * 10  # é as e + combining acute
    assert trim(decomposed, 5) == "caf" + ELLIPSIS
    assert len(trim("abcdefghij", 4)) == 4


# --- iCalendar ---------------------------------------------------------------------------------


def parse_event(text: str) -> icalendar.Event:
    event = icalendar.Calendar.from_ical(text)
    assert event.name == "VEVENT" and not event.subcomponents
    assert text.startswith("BEGIN:VEVENT\r\n") and text.endswith("END:VEVENT\r\n")
    assert "TZID" not in text
    return event


def test_all_day_event_has_an_exclusive_end() -> None:
    text = calendar_payload(
        "Vacanze di Natale: campus",
        uid_seed="svc-1",
        start=dt.date(2026, 12, 23),
        end=dt.date(2027, 1, 6),
        location=["Via Roma 1, Legnano", "Legnano"],
    )
    event = parse_event(text)
    assert event.decoded("DTSTART") == dt.date(2026, 12, 23)
    assert event.decoded("DTEND") == dt.date(2027, 1, 7)
    assert str(event["SUMMARY"]) == "Vacanze di Natale: campus"
    assert str(event["LOCATION"]) == "Via Roma 1, Legnano"
    assert str(event["UID"]) == event_uid("svc-1", dt.date(2026, 12, 23), dt.date(2027, 1, 6))
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")


def test_uid_depends_only_on_offering_and_dates() -> None:
    a = event_uid("svc-1", dt.date(2026, 12, 23), dt.date(2027, 1, 6))
    assert a == event_uid("svc-1", dt.date(2026, 12, 23), dt.date(2027, 1, 6))
    assert a != event_uid("svc-2", dt.date(2026, 12, 23), dt.date(2027, 1, 6))
    assert a != event_uid("svc-1", dt.date(2026, 12, 23), dt.date(2027, 1, 5))


def test_timed_event_repeats_on_open_days() -> None:
    # Thu 24 Dec – Tue 29 Dec 2026, weekdays only: Thu, Fri, Mon, Tue.
    text = calendar_payload(
        "Campus",
        uid_seed="s",
        start=dt.date(2026, 12, 24),
        end=dt.date(2026, 12, 29),
        opens_at=dt.time(7, 30),
        closes_at=dt.time(18, 0),
        byday=["MO", "TU", "WE", "TH", "FR"],
        location="Legnano",
    )
    event = parse_event(text)
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 24, 7, 30)
    assert event.decoded("DTEND") == dt.datetime(2026, 12, 24, 18, 0)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["DAILY"] and rule["COUNT"] == [4]
    assert str(event["LOCATION"]) == "Legnano"
    assert rule["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]


def test_timed_event_starts_on_the_first_open_day() -> None:
    # Sat 2 Jan – Wed 6 Jan 2027, weekdays only: first occurrence Monday 4th, three in all.
    event = parse_event(
        calendar_payload(
            "Campus",
            uid_seed="s",
            start=dt.date(2027, 1, 2),
            end=dt.date(2027, 1, 6),
            opens_at=dt.time(8),
            closes_at=dt.time(12),
            byday=["MO", "TU", "WE", "TH", "FR"],
        )
    )
    assert event.decoded("DTSTART") == dt.datetime(2027, 1, 4, 8, 0)
    assert event["RRULE"]["COUNT"] == [3] and "BYDAY" not in event["RRULE"]


def test_single_timed_day_has_no_rule() -> None:
    event = parse_event(
        calendar_payload(
            "Open day",
            uid_seed="s",
            start=dt.date(2027, 3, 6),
            end=dt.date(2027, 3, 6),
            opens_at=dt.time(9),
            closes_at=dt.time(12, 30),
        )
    )
    assert event.decoded("DTEND") == dt.datetime(2027, 3, 6, 12, 30)
    assert "RRULE" not in event


def test_calendar_trims_description_then_drops_to_fit() -> None:
    text = calendar_payload(
        "Centro estivo",
        uid_seed="s",
        start=dt.date(2027, 6, 14),
        end=dt.date(2027, 7, 30),
        description="Attività all'aperto, piscina e gite. " * 20,
    )
    event = parse_event(text)
    description = str(event["DESCRIPTION"])
    assert description.endswith(ELLIPSIS) and 20 <= len(description) < 100
    assert qr_version(text) <= 10


def test_calendar_keeps_the_town_and_hours_and_trims_a_long_title() -> None:
    text = calendar_payload(
        FULL.name,
        uid_seed=FULL.id,
        start=dt.date(2026, 12, 23),
        end=dt.date(2027, 1, 6),
        location=["Via dei Mille 12, Legnano", "Legnano"],
        opens_at=dt.time(7, 30),
        closes_at=dt.time(18),
        byday=FULL.byday,
        url=FULL.url,
        description=FULL.description,
    )
    event = parse_event(text)
    assert str(event["LOCATION"]) == "Legnano"
    summary = str(event["SUMMARY"])
    assert summary.endswith(ELLIPSIS) and FULL.name.startswith(summary[:-1])
    assert len(summary) >= 24
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 23, 7, 30)
    # Wed 23 Dec 2026 – Wed 6 Jan 2027 on weekdays: 23, 24, 25, 28–31 Dec, 1, 4, 5, 6 Jan.
    assert event["RRULE"]["COUNT"] == [11]
    assert "URL" not in event and "DESCRIPTION" not in event
    assert qr_version(text) <= 10


def test_hours_give_way_when_the_title_would_be_cut_too_short() -> None:
    place = "Centro sportivo comunale, Boffalora sopra Ticino"
    timed = dict(opens_at=dt.time(8), closes_at=dt.time(16, 30), byday=("MO", "WE", "FR"))
    text = calendar_payload(
        FULL.name,
        uid_seed="s",
        start=dt.date(2027, 6, 14),
        end=dt.date(2027, 7, 30),
        location=place,
        **timed,
    )
    event = parse_event(text)
    assert event.decoded("DTSTART") == dt.date(2027, 6, 14)
    assert event.decoded("DTEND") == dt.date(2027, 7, 31)
    assert str(event["LOCATION"]) == place
    assert len(str(event["SUMMARY"])) >= 24
    short = parse_event(
        calendar_payload(
            "Centro estivo",
            uid_seed="s",
            start=dt.date(2027, 6, 14),
            end=dt.date(2027, 7, 30),
            location=place,
            **timed,
        )
    )
    assert short.decoded("DTSTART") == dt.datetime(2027, 6, 14, 8, 0)
    assert short["RRULE"]["BYDAY"] == ["MO", "WE", "FR"] and short["RRULE"]["COUNT"] == [21]


def test_calendar_rejects_reversed_dates_and_empty_titles() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        calendar_payload("x", uid_seed="s", start=dt.date(2027, 1, 2), end=dt.date(2027, 1, 1))
    with pytest.raises(ValueError, match="needs a title"):
        calendar_payload(" ", uid_seed="s", start=dt.date(2027, 1, 2), end=dt.date(2027, 1, 2))


# --- an offering's codes -----------------------------------------------------------------------


def test_next_dates_picks_the_current_or_next_period_then_the_schedule() -> None:
    assert next_dates(FULL, TODAY) == DateRange(dt.date(2026, 12, 23), dt.date(2027, 1, 6))
    assert next_dates(FULL, dt.date(2026, 12, 30)) == DateRange(
        dt.date(2026, 12, 23), dt.date(2027, 1, 6)
    )
    assert next_dates(FULL, dt.date(2027, 1, 7)) == DateRange(
        dt.date(2027, 4, 1), dt.date(2027, 4, 6)
    )
    assert next_dates(FULL, dt.date(2027, 4, 7)) is None
    assert next_dates(SHORT, TODAY) == DateRange(dt.date(2026, 9, 14), dt.date(2027, 6, 8))
    assert next_dates(SHORT, dt.date(2027, 6, 9)) is None


def test_offering_payloads_gives_the_three_codes_in_order() -> None:
    codes = offering_payloads(FULL, TODAY)
    assert [(c.kind, c.caption_key) for c in codes] == [
        ("link", "qr.link"),
        ("contact", "qr.contact"),
        ("calendar", "qr.calendar"),
    ]
    assert codes[0].payload == FULL.url
    assert codes[1].payload.startswith("BEGIN:VCARD\r\n")
    event = parse_event(codes[2].payload)
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 23, 7, 30)
    assert all(qr_version(c.payload) <= 10 for c in codes)


def test_offering_payloads_leaves_out_what_has_nothing_to_say() -> None:
    bare = OfferingHandoff(id="x", name="Sportello", url="www.no-scheme.it", phones=("n/d",))
    assert offering_payloads(bare, TODAY) == []
    codes = offering_payloads(SHORT, TODAY)
    assert [c.kind for c in codes] == ["contact", "calendar"]
    event = parse_event(codes[1].payload)
    # Schedule validity 14 Sep 2026 – 8 Jun 2027, mornings on weekdays.
    assert event.decoded("DTSTART") == dt.datetime(2026, 9, 14, 7, 30)
    assert event["RRULE"]["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]
    assert str(event["LOCATION"]) == "Magenta"
    too_long = OfferingHandoff(id="y", name="Z", url="https://e.it/" + "a" * 300)
    assert offering_payloads(too_long, TODAY) == []
