"""Synthetic catalogues of any size, for tests and benchmarks (deterministic for a given seed)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

COMUNI = [
    ("legnano", "Legnano", "legnanese"),
    ("parabiago", "Parabiago", "legnanese"),
    ("magenta", "Magenta", "magentino"),
    ("boffalora-sopra-ticino", "Boffalora sopra Ticino", "magentino"),
    ("castano-primo", "Castano Primo", "castanese"),
    ("cuggiono", "Cuggiono", "castanese"),
    ("inveruno", "Inveruno", "castanese"),
]
CATEGORIES = [
    "pre-post-scuola",
    "campus-vacanze",
    "centro-estivo",
    "spazio-compiti",
    "baby-parking",
]
WORDS = [
    "gioco",
    "laboratorio",
    "città",
    "musica",
    "teatro",
    "natura",
    "sport",
    "inglese",
    "pittura",
    "cucina",
    "lettura",
    "scienza",
    "robotica",
    "danza",
    "nuoto",
    "orto",
    "fiabe",
    "compiti",
]


def catalogue_dict(
    offerings: int, *, seed: int = 1, version: str = "synthetic-1"
) -> dict[str, Any]:
    """A valid catalogue document (our JSON format) with `offerings` offerings."""
    rnd = random.Random(seed)
    periods = [
        {
            "id": "natale-2026",
            "name": {"it": "Vacanze di Natale 2026", "en": "Christmas 2026"},
            "start": "2026-12-23",
            "end": "2027-01-06",
            "kind": "closure",
        },
        {
            "id": "pasqua-2027",
            "name": {"it": "Vacanze di Pasqua 2027", "en": "Easter 2027"},
            "start": "2027-03-25",
            "end": "2027-03-30",
            "kind": "closure",
        },
        {
            "id": "estate-2027",
            "name": {"it": "Estate 2027", "en": "Summer 2027"},
            "start": "2027-06-09",
            "end": "2027-09-04",
            "kind": "summer",
        },
    ]
    organizations = [
        {"id": f"org-{n}", "name": f"Cooperativa {rnd.choice(WORDS).title()} {n}"}
        for n in range(max(1, offerings // 20))
    ]
    locations = [
        {
            "id": f"loc-{n}",
            "name": f"Sede {n}",
            "address": {"address_1": f"Via Roma {n + 1}", "comune": COMUNI[n % len(COMUNI)][0]},
            "latitude": 45.5 + rnd.random() / 10,
            "longitude": 8.8 + rnd.random() / 10,
        }
        for n in range(max(1, offerings // 10))
    ]
    items = []
    for n in range(offerings):
        low = rnd.choice([0, 3, 6, 11])
        words = " ".join(rnd.sample(WORDS, 3))
        free = rnd.random() < 0.2
        items.append(
            {
                "id": f"off-{n}",
                "organization": organizations[n % len(organizations)]["id"],
                "name": {"it": f"Campus {words} {n}", "en": f"Campus {n}"},
                "description": {
                    "it": f"Attività di {words} per bambini e ragazzi.",
                    "en": "Activities for children.",
                },
                "categories": [CATEGORIES[n % len(CATEGORIES)]],
                "minimum_age": low,
                "maximum_age": min(18, low + rnd.choice([3, 5, 8])),
                "periods": [periods[n % len(periods)]["id"]],
                "locations": [locations[n % len(locations)]["id"]],
                "schedules": [
                    {
                        "byday": ["MO", "TU", "WE", "TH", "FR"],
                        "opens_at": "08:00",
                        "closes_at": "16:30",
                    }
                ],
                "cost_options": []
                if free
                else [
                    {
                        "amount": float(rnd.randint(5, 40)),
                        "option": {"it": "al giorno", "en": "per day"},
                    }
                ],
                "free": free,
                "phones": [{"number": f"+39 0331 555{n % 10000:04d}"}],
            }
        )
    return {
        "format": "pitstop-catalogue",
        "format_version": 1,
        "version": version,
        "updated_at": dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC).isoformat(),
        "areas": [
            {"id": a, "name": {"it": a.title()}} for a in ("legnanese", "magentino", "castanese")
        ],
        "comuni": [{"id": c, "name": name, "area": area} for c, name, area in COMUNI],
        "categories": [
            {"id": c, "name": {"it": c}, "icon": c, "order": i} for i, c in enumerate(CATEGORIES)
        ],
        "periods": periods,
        "organizations": organizations,
        "locations": locations,
        "offerings": items,
    }
