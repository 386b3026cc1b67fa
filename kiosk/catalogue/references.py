"""Cross-section checks that pydantic cannot do: unique ids and references that resolve.

Broken references that would lose an offering's meaning (unknown organization, a location in an
unknown comune, duplicate ids) are errors. Odd but harmless data (unknown category or period,
impossible coordinates) is repaired and reported as a warning.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.catalogue import schema as s
from kiosk.catalogue.errors import CatalogueError, CatalogueWarning
from kiosk.catalogue.normalize import FALLBACK_CATEGORY, category_for, check_coordinates


def _unique(file: str, section: str, ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            raise CatalogueError(file, f"{section}[{index}]", "id", f"duplicate id '{item_id}'")
        seen.add(item_id)
    return seen


def check_references(
    catalogue: s.Catalogue, file: str, warnings: list[CatalogueWarning]
) -> s.Catalogue:
    """Return `catalogue` with harmless problems repaired; raise CatalogueError for the rest."""
    areas = _unique(file, "areas", (a.id for a in catalogue.areas))
    comuni = _unique(file, "comuni", (c.id for c in catalogue.comuni))
    categories = _unique(file, "categories", (c.id for c in catalogue.categories))
    periods = _unique(file, "periods", (p.id for p in catalogue.periods))
    organizations = _unique(file, "organizations", (o.id for o in catalogue.organizations))
    locations = _unique(file, "locations", (loc.id for loc in catalogue.locations))
    _unique(file, "offerings", (o.id for o in catalogue.offerings))

    for i, comune in enumerate(catalogue.comuni):
        if comune.area is not None and comune.area not in areas:
            warnings.append(
                CatalogueWarning(f"comuni[{i}]", "area", f"unknown area '{comune.area}', ignored")
            )
            comune.area = None
    for i, loc in enumerate(catalogue.locations):
        if loc.address.comune not in comuni:
            raise CatalogueError(
                file, f"locations[{i}].address", "comune", f"unknown comune '{loc.address.comune}'"
            )
        loc.latitude, loc.longitude = check_coordinates(
            loc.latitude, loc.longitude, f"locations[{i}]", warnings
        )

    need_fallback = False
    for i, offering in enumerate(catalogue.offerings):
        where = f"offerings[{i}]"
        if offering.organization not in organizations:
            raise CatalogueError(
                file, where, "organization", f"unknown organization '{offering.organization}'"
            )
        bad_locations = [x for x in offering.locations if x not in locations]
        if bad_locations:
            raise CatalogueError(file, where, "locations", f"unknown location '{bad_locations[0]}'")
        known = [c for c in offering.categories if c in categories]
        if len(known) != len(offering.categories):
            unknown = ", ".join(c for c in offering.categories if c not in categories)
            warnings.append(
                CatalogueWarning(
                    where, "categories", f"unknown category '{unknown}', shown as 'Altro'"
                )
            )
            if not known:
                known = [FALLBACK_CATEGORY]
                need_fallback = True
            offering.categories = known
        unknown_periods = [p for p in offering.periods if p not in periods]
        if unknown_periods:
            warnings.append(
                CatalogueWarning(
                    where, "periods", f"unknown period '{', '.join(unknown_periods)}', ignored"
                )
            )
            offering.periods = [p for p in offering.periods if p in periods]
    if need_fallback and FALLBACK_CATEGORY not in categories:
        catalogue.categories.append(category_for(FALLBACK_CATEGORY))
    return catalogue
