"""The Open Referral HSDS 3.0 reader (kiosk.catalogue.hsds) and the shared error helpers."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.catalogue.errors import CatalogueError, CatalogueWarning
from kiosk.catalogue.hsds import detect_hsds, read_hsds
from kiosk.catalogue.normalize import slugify
from kiosk.catalogue.schema import Catalogue, Offering
from kiosk.catalogue.validation import from_validation_error

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "hsds_services_page.json"
PATH = Path("servizi.json")
CAMPUS = "6f1c2a4e-3b1d-4c55-9a77-0d2f1e0c1a01"


@pytest.fixture
def page() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def service(page: dict[str, Any]) -> dict[str, Any]:
    first: dict[str, Any] = copy.deepcopy(page["contents"][0])
    return first


def read(data: object) -> tuple[Catalogue, list[CatalogueWarning]]:
    warnings: list[CatalogueWarning] = []
    return read_hsds(PATH, data, warnings), warnings


def offering(catalogue: Catalogue, offering_id: str = CAMPUS) -> Offering:
    return next(o for o in catalogue.offerings if o.id == offering_id)


def error(data: object) -> str:
    with pytest.raises(CatalogueError) as caught:
        read(data)
    return str(caught.value)


# --- shapes ----------------------------------------------------------------------------------


def test_detects_hsds_shapes(page: dict[str, Any], service: dict[str, Any]) -> None:
    assert detect_hsds(page)
    assert detect_hsds(page["contents"])
    assert detect_hsds(service)
    assert detect_hsds({"total_items": 0, "contents": []})


@pytest.mark.parametrize(
    "data",
    [
        {"format": "pitstop-catalogue", "version": "1", "offerings": []},
        {"name": "just a name"},
        [],
        [1, 2],
        "text",
        None,
    ],
)
def test_does_not_detect_other_json(data: object) -> None:
    assert not detect_hsds(data)


def test_reads_the_paged_wrapper(page: dict[str, Any]) -> None:
    catalogue, warnings = read(page)
    assert warnings == []
    assert len(catalogue.offerings) == 3
    assert [c.id for c in catalogue.comuni] == ["legnano", "magenta", "castano-primo"]
    assert {c.name for c in catalogue.comuni} == {"Legnano", "Magenta", "Castano Primo"}
    assert all(c.area is None for c in catalogue.comuni)
    # Two organizations: the third service refers to the second by organization_id only.
    assert len(catalogue.organizations) == 2
    assert catalogue.offerings[2].organization == catalogue.offerings[1].organization
    assert [o.categories for o in catalogue.offerings] == [
        ["campus-vacanze"],
        ["pre-post-scuola"],
        ["spazio-compiti"],
    ]
    assert {c.id for c in catalogue.categories} == {
        "campus-vacanze",
        "pre-post-scuola",
        "spazio-compiti",
    }
    assert catalogue.version.startswith("hsds-")
    assert catalogue.updated_at == dt.datetime(2026, 10, 5, 14, 40, tzinfo=dt.UTC)


def test_version_depends_on_content(page: dict[str, Any]) -> None:
    first, _ = read(page)
    page["contents"][0]["name"] = "Campus di Natale (nuovo nome)"
    second, _ = read(page)
    assert first.version != second.version


def test_reads_a_list_and_a_single_service(page: dict[str, Any], service: dict[str, Any]) -> None:
    from_list, _ = read(page["contents"])
    single, _ = read(service)
    assert [o.id for o in from_list.offerings] == [o.id for o in read(page)[0].offerings]
    assert [o.id for o in single.offerings] == [CAMPUS]
    assert offering(single) == offering(from_list)


def test_updated_at_is_now_without_last_modified(service: dict[str, Any]) -> None:
    del service["last_modified"]
    before = dt.datetime.now(dt.UTC)
    catalogue, _ = read(service)
    assert before <= catalogue.updated_at <= dt.datetime.now(dt.UTC)


# --- nested objects --------------------------------------------------------------------------


def test_nested_organization_location_schedule(page: dict[str, Any]) -> None:
    catalogue, _ = read(page)
    campus = offering(catalogue)
    assert campus.name == {"it": "Campus di Natale alla Cascina"}
    assert campus.minimum_age == 6 and campus.maximum_age == 11
    assert campus.url == "https://girasole-coop.example/campus-natale"
    assert campus.application_process == {
        "it": "Iscrizione online entro il 10 dicembre; posti limitati."
    }
    org = next(o for o in catalogue.organizations if o.id == campus.organization)
    assert org.name == "Cooperativa Sociale Il Girasole"
    assert [p.number for p in org.phones] == ["+39 0331 000111"]

    (location_id,) = campus.locations
    location = next(loc for loc in catalogue.locations if loc.id == location_id)
    assert location.name == "Cascina Pace"
    assert location.address.address_1 == "Via dei Salici 12"
    assert location.address.postal_code == "20025"
    assert location.address.comune == "legnano"
    assert (location.latitude, location.longitude) == (45.5951, 8.9152)
    assert location.accessibility == {"it": "Ingresso senza barriere e bagno accessibile."}

    (schedule,) = campus.schedules
    assert schedule.byday == ["MO", "TU", "WE", "TH", "FR"]
    assert (schedule.opens_at, schedule.closes_at) == (dt.time(8), dt.time(17))
    assert (schedule.valid_from, schedule.valid_to) == (dt.date(2026, 12, 23), dt.date(2027, 1, 5))


def test_phones_contacts_costs(page: dict[str, Any]) -> None:
    catalogue, _ = read(page)
    campus = offering(catalogue)
    assert [p.number for p in campus.phones] == ["+39 0331 000112"]  # the fax is left out
    assert campus.phones[0].description == {"it": "Segreteria campus"}
    (contact,) = campus.contacts
    assert (contact.name, contact.title, contact.phone) == (
        "Marta Colombo",
        {"it": "Coordinatrice"},
        "+39 333 0000001",
    )
    (cost,) = campus.cost_options
    assert (cost.amount, cost.currency, cost.option) == (
        25,
        "EUR",
        {"it": "Giornata intera, al giorno"},
    )
    assert not campus.free
    school = catalogue.offerings[1]
    assert school.cost_options[0].currency == "EUR"  # "eur" in the file
    assert len(school.schedules) == 2  # given on the service_at_location
    homework = catalogue.offerings[2]
    assert homework.free  # the only cost option is 0
    # The physical address is used, not the postal one listed after it.
    location = next(loc for loc in catalogue.locations if loc.id == homework.locations[0])
    assert location.address.address_1 == "Piazza Mazzini 1"


def test_shared_location_is_stored_once(page: dict[str, Any]) -> None:
    twin = copy.deepcopy(page["contents"][0])
    twin["id"] = "campus-twin"
    page["contents"].append(twin)
    catalogue, _ = read(page)
    assert len(catalogue.locations) == 3
    assert offering(catalogue, "campus-twin").locations == offering(catalogue).locations


def test_repeated_schedule_is_kept_once(service: dict[str, Any]) -> None:
    service["service_at_locations"][0]["schedules"] = copy.deepcopy(service["schedules"])
    catalogue, _ = read(service)
    assert len(offering(catalogue).schedules) == 1


def test_language_hint(service: dict[str, Any]) -> None:
    service["language"] = "eng"
    catalogue, warnings = read(service)
    assert offering(catalogue).name == {"en": "Campus di Natale alla Cascina"}
    assert warnings == []


def test_byday_with_ordinal_prefixes(service: dict[str, Any]) -> None:
    service["schedules"][0]["byday"] = ["1MO", "-1FR", "XX"]
    catalogue, warnings = read(service)
    assert offering(catalogue).schedules[0].byday == ["MO", "FR"]
    assert [w.field for w in warnings] == ["byday"]


# --- odd but harmless data: warnings ---------------------------------------------------------


def test_unknown_taxonomy_term_becomes_a_category(service: dict[str, Any]) -> None:
    service["attributes"][0]["taxonomy_term"] = {"id": "t9", "name": "Ludoteca"}
    catalogue, warnings = read(service)
    assert offering(catalogue).categories == ["ludoteca"]
    assert [c.id for c in catalogue.categories] == ["ludoteca"]
    (warning,) = warnings
    assert "Ludoteca" in warning.message and "attributes[0].taxonomy_term" in warning.where


def test_service_without_category_falls_back_to_altro(service: dict[str, Any]) -> None:
    del service["attributes"]
    catalogue, warnings = read(service)
    assert offering(catalogue).categories == ["altro"]
    assert [c.id for c in catalogue.categories] == ["altro"]
    assert [w.field for w in warnings] == ["attributes"]


@pytest.mark.parametrize(("lat", "lon"), [(100, 101), (45.5, 200), (0, 0), ("north", 8.9)])
def test_impossible_coordinates_are_dropped(
    service: dict[str, Any], lat: object, lon: object
) -> None:
    location = service["service_at_locations"][0]["location"]
    location["latitude"], location["longitude"] = lat, lon
    catalogue, warnings = read(service)
    assert (catalogue.locations[0].latitude, catalogue.locations[0].longitude) == (None, None)
    (warning,) = warnings
    assert warning.where == "service_at_locations[0].location"
    assert warning.field == "latitude"


def test_ages_above_18(service: dict[str, Any]) -> None:
    service["minimum_age"], service["maximum_age"] = 21, 100
    catalogue, warnings = read(service)
    campus = offering(catalogue)
    assert (campus.minimum_age, campus.maximum_age) == (18, None)
    assert [w.field for w in warnings] == ["minimum_age", "maximum_age"]


def test_fractional_age_is_rounded_outwards(service: dict[str, Any]) -> None:
    service["minimum_age"], service["maximum_age"] = 2.5, 5.5
    catalogue, warnings = read(service)
    assert (offering(catalogue).minimum_age, offering(catalogue).maximum_age) == (2, 6)
    assert len(warnings) == 2


def test_unknown_status_and_partial_page(page: dict[str, Any]) -> None:
    page["total_pages"] = 4
    page["contents"][0]["status"] = "open"
    catalogue, warnings = read(page)
    assert offering(catalogue).status == "active"
    assert {w.field for w in warnings} == {"total_pages", "status"}


def test_location_without_physical_address_is_skipped(service: dict[str, Any]) -> None:
    address = service["service_at_locations"][0]["location"]["addresses"][0]
    address["address_type"] = "postal"
    catalogue, warnings = read(service)
    assert catalogue.locations == [] and offering(catalogue).locations == []
    assert [w.field for w in warnings] == ["addresses"]


def test_duplicate_service_keeps_the_first(page: dict[str, Any]) -> None:
    page["contents"].append(copy.deepcopy(page["contents"][0]))
    catalogue, warnings = read(page)
    assert len(catalogue.offerings) == 3
    assert [w.where for w in warnings] == ["contents[3]"]


# --- errors ----------------------------------------------------------------------------------


def test_missing_service_name(page: dict[str, Any]) -> None:
    del page["contents"][1]["name"]
    message = error(page)
    assert message.startswith("servizi.json, contents[1], field 'name': ")
    assert "missing" in message


def test_missing_organization_name(page: dict[str, Any]) -> None:
    del page["contents"][0]["organization"]["name"]
    assert error(page).startswith("servizi.json, contents[0].organization, field 'name': ")


def test_missing_address_line(service: dict[str, Any]) -> None:
    del service["service_at_locations"][0]["location"]["addresses"][0]["address_1"]
    assert "service_at_locations[0].location.addresses[0], field 'address_1'" in error(service)


def test_organization_id_without_organization(page: dict[str, Any]) -> None:
    page["contents"][2]["organization_id"] = "nobody"
    message = error(page)
    assert "contents[2], field 'organization'" in message and "'nobody'" in message


@pytest.mark.parametrize(
    ("path", "value", "where", "field"),
    [
        (("minimum_age",), "sei", "", "minimum_age"),
        (("name",), 42, "", "name"),
        (("phones",), {"number": "123"}, "", "phones"),
        (("phones", 0, "number"), ["0331"], "phones[0]", "number"),
        (("schedules", 0, "opens_at"), "25:99", "schedules[0]", "opens_at"),
        (("schedules", 0, "valid_to"), "domani", "schedules[0]", "valid_to"),
        (("cost_options", 0, "amount"), -5, "cost_options[0]", "amount"),
        (("organization",), "Girasole", "organization", None),
        (("service_at_locations", 0), [], "service_at_locations[0]", None),
    ],
)
def test_wrong_types_name_path_and_field(
    service: dict[str, Any],
    path: tuple[str | int, ...],
    value: object,
    where: str,
    field: str | None,
) -> None:
    target: Any = service
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(CatalogueError) as caught:
        read(service)
    assert (caught.value.file, caught.value.where, caught.value.field) == (
        "servizi.json",
        where,
        field,
    )
    assert str(caught.value).endswith(".")


def test_a_service_that_is_not_an_object(page: dict[str, Any]) -> None:
    page["contents"][1] = "Spazio compiti"
    assert error(page) == (
        "servizi.json, contents[1]: expected a JSON object, got the text 'Spazio compiti'."
    )


@pytest.mark.parametrize("data", [[], {"total_items": 0, "contents": []}])
def test_no_services(data: object) -> None:
    assert "no services" in error(data)


def test_contents_not_a_list() -> None:
    assert "field 'contents': expected a list" in error({"total_items": 1, "contents": {}})


def test_not_json_services() -> None:
    assert "expected HSDS services" in error(42)


# --- errors.py helpers -----------------------------------------------------------------------


def test_from_validation_error_splits_path_and_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Catalogue.model_validate(
            {
                "version": "1",
                "updated_at": "2026-01-01T00:00:00Z",
                "offerings": [
                    {"id": "a", "organization": "o", "name": {"it": 5}, "categories": ["x"]}
                ],
            }
        )
    converted = from_validation_error("c.json", caught.value, "")
    assert (converted.where, converted.field) == ("offerings[0]", "name.it")
    assert str(converted).startswith("c.json, offerings[0], field 'name.it': ")
    prefixed = from_validation_error("c.json", caught.value, "contents[3]")
    assert prefixed.where == "contents[3].offerings[0]"


def test_from_validation_error_model_level_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        Offering.model_validate(
            {
                "id": "a",
                "organization": "o",
                "name": "N",
                "categories": ["x"],
                "minimum_age": 9,
                "maximum_age": 3,
            }
        )
    converted = from_validation_error("c.json", caught.value, "[2]")
    assert (converted.where, converted.field) == ("[2]", None)
    assert "below minimum_age" in str(converted)


def test_error_and_warning_text() -> None:
    err = CatalogueError("c.csv", "row 4", "Dal", "'x' is not a date", field_kind="column")
    assert str(err) == "c.csv, row 4, column 'Dal': 'x' is not a date."
    assert str(CatalogueWarning("row 2", "Categoria", "unknown")) == "row 2, 'Categoria': unknown"
    assert str(CatalogueWarning("", "total_pages", "page 1 of 3")) == "'total_pages': page 1 of 3"
    assert str(CatalogueWarning("", None, "odd")) == "odd"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Boffalora sopra Ticino", "boffalora-sopra-ticino"),
        ("Cerro Maggiore ", "cerro-maggiore"),
        ("Sant'Anna – Città", "sant-anna-citta"),
        ("!!!", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug
