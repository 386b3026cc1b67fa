"""Search: accent- and case-insensitive, prefix as you type, filters, on the demo catalogue."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.catalogue.importer import import_file, load_file
from kiosk.catalogue.search import SearchQuery, fts_query, search
from kiosk.db.sqlite import SqliteFile
from kiosk.paths import DEMO_CATALOGUE
from tests.factories import catalogue_dict


@pytest.fixture
def demo(engine: SqliteFile) -> SqliteFile:
    import_file(engine, DEMO_CATALOGUE)
    return engine


@pytest.fixture(scope="module")
def demo_doc():  # type: ignore[no-untyped-def]
    return load_file(DEMO_CATALOGUE).catalogue


def _ids(engine: SqliteFile, **kwargs: object) -> set[str]:
    return {card.id for card in search(engine, SearchQuery(limit=1000, **kwargs)).cards}  # type: ignore[arg-type]


def test_query_building() -> None:
    assert fts_query("  Città  d'ARTE ") == '"citta"* "d"* "arte"*'
    assert fts_query("--- ") is None
    assert fts_query('") OR (') == '"or"*'  # operators become plain quoted words


def test_accents_and_case_do_not_matter(tmp_path: Path, engine: SqliteFile) -> None:
    doc = catalogue_dict(6)
    doc["offerings"][0]["name"] = {"it": "Ludoteca della Città", "en": "Town playroom"}
    doc["offerings"][1]["name"] = {"it": "CITTADELLA dei ragazzi"}
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(engine, path)
    assert _ids(engine, text="citta") >= {"off-0", "off-1"}
    assert "off-0" in _ids(engine, text="CITTÀ")
    assert "off-0" in _ids(engine, text="ludotèca")
    assert "off-0" in _ids(engine, text="playroom")  # English text is indexed too


def test_prefix_as_you_type(demo: SqliteFile, demo_doc) -> None:  # type: ignore[no-untyped-def]
    word = "campus"
    counts = [search(demo, SearchQuery(text=word[:n])).total for n in range(1, len(word) + 1)]
    assert counts[-1] > 0
    assert counts == sorted(counts, reverse=True)  # each letter narrows (or keeps) the results


def test_text_results_come_by_relevance(demo: SqliteFile, demo_doc) -> None:  # type: ignore[no-untyped-def]
    offering = demo_doc.offerings[0]
    name = offering.name["it"]
    assert search(demo, SearchQuery(text=name)).cards[0].id == offering.id


def test_filters_match_the_data(demo: SqliteFile, demo_doc) -> None:  # type: ignore[no-untyped-def]
    locations = {loc.id: loc.address.comune for loc in demo_doc.locations}
    comune_area = {c.id: c.area for c in demo_doc.comuni}
    periods = {p.id: p for p in demo_doc.periods}
    offerings = [o for o in demo_doc.offerings if o.status == "active"]

    legnano = {o.id for o in offerings if any(locations[x] == "legnano" for x in o.locations)}
    assert legnano and _ids(demo, comune="legnano") == legnano

    castanese = {
        o.id
        for o in offerings
        if any(comune_area[locations[x]] == "castanese" for x in o.locations)
    }
    assert castanese and _ids(demo, area="castanese") == castanese

    age7 = {
        o.id
        for o in offerings
        if (o.minimum_age is None or o.minimum_age <= 7)
        and (o.maximum_age is None or o.maximum_age >= 7)
    }
    assert _ids(demo, age=7) == age7

    natale = next(p for p in demo_doc.periods if p.start.month == 12 and p.end.year == 2027)
    with_period = {o.id for o in offerings if natale.id in o.periods}
    assert with_period and _ids(demo, period=natale.id) == with_period
    day = dt.date(2026, 12, 28)
    on_day = {
        o.id for o in offerings if any(periods[p].start <= day <= periods[p].end for p in o.periods)
    }
    assert _ids(demo, on_date=day) == on_day

    free = {o.id for o in offerings if o.free}
    assert free and _ids(demo, free_only=True) == free

    campus = {o.id for o in offerings if "campus-vacanze" in o.categories}
    assert campus and _ids(demo, category="campus-vacanze") == campus
    combined = _ids(demo, category="campus-vacanze", age=7, on_date=day)
    assert combined == campus & age7 & on_day


def test_cards_carry_what_a_result_shows(demo: SqliteFile) -> None:
    card = search(demo, SearchQuery(category="campus-vacanze")).cards[0]
    assert card.name["it"] and card.comuni and card.organization
    assert card.categories[0] == "campus-vacanze"
    assert all({"id", "name", "start", "end"} <= set(p) for p in card.periods)


def test_cli_search_json(home: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli.main",
            "catalogue",
            "search",
            "campus",
            "--json",
            "--age",
            "8",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    items = json.loads(result.stdout)
    assert items and all({"id", "name"} <= set(item) for item in items)
