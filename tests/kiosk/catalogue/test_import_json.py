"""Importing our catalogue JSON: valid files, every kind of broken file, the one-transaction swap."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.importer import export_json, import_file, load_file
from kiosk.catalogue.search import SearchQuery, search
from kiosk.catalogue.store import read_catalogue
from kiosk.db.sqlite import SqliteFile, scalar
from kiosk.paths import DEMO_CATALOGUE
from tests.factories import catalogue_dict


def _write(tmp_path: Path, doc: Any, name: str = "cat.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return path


def test_import_then_search(engine: SqliteFile, catalogue_file: Path) -> None:
    loaded = import_file(engine, catalogue_file)
    assert loaded.format == "pitstop" and loaded.warnings == []
    assert search(engine, SearchQuery()).total == 40


def test_demo_catalogue_is_valid_and_marked_demo() -> None:
    loaded = load_file(DEMO_CATALOGUE)
    catalogue = loaded.catalogue
    assert catalogue.demo
    assert 60 <= len(catalogue.offerings) <= 120
    assert loaded.warnings == []
    assert {c.id for c in catalogue.categories} >= {
        "pre-post-scuola",
        "campus-vacanze",
        "centro-estivo",
        "spazio-compiti",
        "baby-parking",
        "sportello-info",
        "sport-cultura",
    }
    assert all("en" in o.name and "it" in o.name for o in catalogue.offerings)


def test_round_trip_is_lossless(engine: SqliteFile, tmp_path: Path) -> None:
    import_file(engine, DEMO_CATALOGUE)
    first = read_catalogue(engine)
    assert first is not None
    exported = tmp_path / "export.json"
    exported.write_bytes(export_json(first))
    import_file(engine, exported)
    second = read_catalogue(engine)
    assert second == first
    assert export_json(second) == exported.read_bytes()
    original = load_file(DEMO_CATALOGUE).catalogue
    assert second == original


@pytest.mark.parametrize(
    ("mutate", "where", "field"),
    [
        (lambda d: d["offerings"][2].pop("name"), "offerings[2]", "name"),
        (lambda d: d["offerings"][3].update(minimum_age="tre"), "offerings[3]", "minimum_age"),
        (lambda d: d["offerings"][1].update(organization="nobody"), "offerings[1]", "organization"),
        (lambda d: d["periods"][0].update(end="2026-01-01"), "periods[0]", None),
        (lambda d: d["offerings"][5].update(id=d["offerings"][4]["id"]), "offerings[5]", "id"),
        (
            lambda d: d["offerings"][0]["schedules"][0].update(opens_at="25:99"),
            "offerings[0]",
            "schedules",
        ),
        (lambda d: d.update(version=7), "", "version"),
    ],
)
def test_broken_files_name_the_place_and_field(
    tmp_path: Path, mutate: Any, where: str, field: str | None
) -> None:
    doc = catalogue_dict(10)
    mutate(doc)
    with pytest.raises(CatalogueError) as error:
        load_file(_write(tmp_path, doc))
    message = str(error.value)
    assert message.startswith(str(tmp_path / "cat.json"))
    assert where in message
    if field:
        assert field in message


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("", "empty"),
        ('{"format": "pitstop-catalogue", "version": "x", "offerings": [', "not valid JSON"),
        ("[1, 2, 3]", "neither a Family Pit Stop catalogue"),
        ('{"hello": "world"}', "neither a Family Pit Stop catalogue"),
    ],
)
def test_unusable_files_are_clear_errors(tmp_path: Path, content: str, fragment: str) -> None:
    with pytest.raises(CatalogueError, match=fragment):
        load_file(_write(tmp_path, content))


def test_truncated_file(tmp_path: Path) -> None:
    text = json.dumps(catalogue_dict(10))
    with pytest.raises(CatalogueError, match="not valid JSON|Invalid JSON|EOF"):
        load_file(_write(tmp_path, text[: len(text) // 2]))


def test_not_utf8_and_wrong_extension(tmp_path: Path) -> None:
    bad = tmp_path / "cat.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CatalogueError):
        load_file(bad)
    with pytest.raises(CatalogueError, match=r"\.json, \.csv or \.xlsx"):
        load_file(_write(tmp_path, "{}", name="cat.txt"))
    with pytest.raises(CatalogueError, match="not found"):
        load_file(tmp_path / "missing.json")


def test_fifty_megabyte_file_is_refused_quickly_and_clearly(tmp_path: Path) -> None:
    doc = catalogue_dict(5)
    doc["offerings"][0]["description"] = {"it": "x" * (50 * 1024 * 1024)}
    with pytest.raises(CatalogueError) as error:
        load_file(_write(tmp_path, doc))
    assert "offerings[0]" in str(error.value) and "description" in str(error.value)
    assert len(str(error.value)) < 400  # the 50 MB value is not echoed back


def test_harmless_oddities_are_warnings(tmp_path: Path) -> None:
    doc = catalogue_dict(10)
    doc["locations"][0]["latitude"] = 123.0
    doc["offerings"][1]["categories"] = ["unicorn-rides"]
    doc["offerings"][2]["periods"] = ["no-such-period"]
    loaded = load_file(_write(tmp_path, doc))
    text = " | ".join(str(w) for w in loaded.warnings)
    assert "impossible coordinates" in text
    assert "unicorn-rides" in text
    assert "no-such-period" in text
    offering = loaded.catalogue.offerings[1]
    assert offering.categories == ["altro"]
    assert any(c.id == "altro" for c in loaded.catalogue.categories)
    assert loaded.catalogue.locations[0].latitude is None


def test_failed_import_leaves_previous_catalogue_searchable(
    engine: SqliteFile, catalogue_file: Path, tmp_path: Path
) -> None:
    import_file(engine, catalogue_file)
    before = search(engine, SearchQuery(text="campus"))
    doc = catalogue_dict(60, version="broken")
    doc["offerings"][59]["organization"] = "missing-org"
    with pytest.raises(CatalogueError):
        import_file(engine, _write(tmp_path, doc, "broken.json"))
    after = search(engine, SearchQuery(text="campus"))
    assert after == before and after.total == 40
    stored = read_catalogue(engine)
    assert stored is not None and stored.version == "synthetic-1"


def test_failure_inside_the_database_transaction_rolls_back(
    engine: SqliteFile, catalogue_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a failure after the old rows were deleted (here: the index rebuild) changes nothing."""
    import kiosk.catalogue.store as store

    import_file(engine, catalogue_file)

    def broken_index(connection: Any, rows: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "rebuild_search_index", broken_index)
    with pytest.raises(RuntimeError):
        import_file(engine, _write(tmp_path, catalogue_dict(70, version="new"), "new.json"))
    assert search(engine, SearchQuery()).total == 40


def test_deeply_nested_json_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="nested too deeply"):
        load_file(_write(tmp_path, "[" * 100_000 + "]" * 100_000))


def test_secure_delete_is_back_on_after_a_failed_swap(
    engine: SqliteFile, catalogue_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sealed requests share the connection pool: a failed import must not leave it off."""
    import kiosk.catalogue.store as store

    def broken_index(connection: Any, rows: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "rebuild_search_index", broken_index)
    with pytest.raises(RuntimeError):
        import_file(engine, catalogue_file)
    with engine.connect() as connection:
        assert scalar(connection, "PRAGMA secure_delete") == 1
