"""kiosk.catalogue.browse: the read queries of the browsing screens (Qt-free)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.catalogue import browse
from kiosk.catalogue.importer import import_file
from kiosk.db.sqlite import SqliteFile


@pytest.fixture
def loaded(engine: SqliteFile, catalogue_file: Path) -> SqliteFile:
    import_file(engine, catalogue_file)
    return engine


def test_pick_falls_back_to_italian_then_any_language() -> None:
    assert browse.pick({"it": "Ciao", "en": "Hello"}, "en") == "Hello"
    assert browse.pick({"it": "Ciao"}, "en") == "Ciao"
    assert browse.pick({"de": "Hallo"}, "en") == "Hallo"
    assert browse.pick(None, "it") == ""


def test_categories_count_active_offerings(loaded: SqliteFile) -> None:
    cats = browse.categories(loaded)
    assert [c.id for c in cats][:2] == ["pre-post-scuola", "campus-vacanze"]
    assert sum(c.count for c in cats) == 40
    assert all(c.count == 8 for c in cats)


def test_places_and_periods(loaded: SqliteFile) -> None:
    comuni = browse.comuni(loaded)
    assert [c.name["it"] for c in comuni] == sorted(c.name["it"] for c in comuni)
    # 40 offerings use 4 locations: only comuni with a location are offered as filters
    assert {c.id for c in comuni} == {"legnano", "parabiago", "magenta", "boffalora-sopra-ticino"}
    assert {c.area_id for c in comuni} == {"legnanese", "magentino"}
    assert [a.id for a in browse.areas(loaded)] == ["legnanese", "magentino", "castanese"]
    periods = browse.periods(loaded, today=dt.date(2027, 1, 10))
    assert [p.id for p in periods] == ["pasqua-2027", "estate-2027"]
    assert all(p.count > 0 for p in periods)


def test_next_closure_and_upcoming_highlights(loaded: SqliteFile) -> None:
    before = browse.next_closure(loaded, dt.date(2026, 11, 23))
    assert before is not None and before.id == "natale-2026"
    during = browse.next_closure(loaded, dt.date(2027, 1, 6))  # last day still counts
    assert during is not None and during.id == "natale-2026"
    assert browse.next_closure(loaded, dt.date(2027, 4, 1)) is None
    upcoming = browse.upcoming_closures(loaded, dt.date(2026, 11, 23))
    assert [p.id for p in upcoming] == ["natale-2026", "pasqua-2027", "estate-2027"]


def test_offering_detail_has_everything_the_screen_shows(loaded: SqliteFile) -> None:
    detail = browse.offering_detail(loaded, "off-3")
    assert detail is not None
    assert detail.name["it"].startswith("Campus")
    assert detail.organization.startswith("Cooperativa")
    assert detail.locations[0].comune in {
        "Legnano",
        "Parabiago",
        "Magenta",
        "Cuggiono",
        "Boffalora sopra Ticino",
        "Castano Primo",
        "Inveruno",
    }
    assert detail.locations[0].address.startswith("Via Roma")
    assert detail.schedules[0].byday == ["MO", "TU", "WE", "TH", "FR"]
    assert detail.schedules[0].opens_at == "08:00"
    assert detail.periods[0].start <= detail.periods[0].end
    assert detail.phones[0].number.startswith("+39")
    assert browse.offering_detail(loaded, "nope") is None


def test_catalogue_info(engine: SqliteFile, catalogue_file: Path) -> None:
    assert browse.catalogue_info(engine) is None
    import_file(engine, catalogue_file)
    info = browse.catalogue_info(engine)
    assert info is not None
    assert info.version == "synthetic-1"
    assert info.updated_at == dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    assert info.demo is False
