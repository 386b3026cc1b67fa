"""Result cards keep every word inside themselves whatever the catalogue says (issue 16, Seeing):
the grid's rows are as tall as the tallest card these results can make (ResultsPage.qml's probe),
and every field of a card stops after its lines with "…" (ResultCard.qml).

Hostile cards (a name of many words, eight towns, a long organization in Arabic script, three long
periods, an Italian-only name with its mark) among plain ones, in en and ar, at 1280×800 with large
text, 1920×1080 and 1080×1920 with large text: every card of the grid is scrolled into view and
its texts' line boxes must lie inside it. The search is replaced (kiosk.catalogue.search.search)
so the cards say exactly this; the Results view-model and the QML are the real ones. What it cannot
see: glyphs drawn past their own line box (QQuickText.boundingRect is per line).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject
from PySide6.QtQuick import QQuickItem

import kiosk.catalogue.search as search_module
from kiosk.catalogue.search import OfferingCard, SearchResult
from tests.ui.conftest import demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import (
    GEOMETRY_SLACK,
    items,
    scene_rect,
    text_under_controls,
    wait_for,
    walk_shown,
)
from ui.app import KioskApp
from ui.features import default_features
from ui.snapshot import settle, show_page

pytestmark = pytest.mark.timeout(300)

LONG_NAME = " ".join(["Laboratorio estivo di pittura, musica, teatro e giochi all'aperto"] * 3)
ARABIC = "جمعية الأمل الثقافية للأطفال والعائلات في منطقة لينيانو"


def _period(n: int) -> dict[str, Any]:
    name = f"Turno {n} delle vacanze estive con gite, piscina e laboratori pomeridiani"
    return {
        "id": f"p{n}",
        "name": {"it": name, "en": name, "ar": ARABIC},
        "start": "2027-06-14",
        "end": "2027-07-30",
    }


def _cards() -> list[OfferingCard]:
    hostile = OfferingCard(
        id="hostile",
        name={"it": LONG_NAME, "en": LONG_NAME, "ar": ARABIC + " " + ARABIC},
        organization=ARABIC + " — Cooperativa sociale dell'Alto Milanese e del Legnanese",
        comuni=[
            "Castano Primo",
            "Magnago",
            "Cuggiono",
            "Inveruno",
            "Buscate",
            "Arconate",
            "Robecchetto con Induno",
            "Nosate",
        ],
        minimum_age=0,
        maximum_age=17,
        free=False,
        min_cost=1234.5,
        categories=["campus-vacanze"],
        periods=[_period(1), _period(2), _period(3)],
    )
    italian_only = OfferingCard(
        id="italian-only",
        name={"it": "Doposcuola e aiuto compiti per le scuole primarie e secondarie"},
        organization="Oratorio",
        comuni=[],
        minimum_age=None,
        maximum_age=None,
        free=True,
        min_cost=None,
        categories=[],
        periods=[],
    )
    plain = [
        OfferingCard(
            id=f"plain-{i}",
            name={"it": "Nuoto", "en": "Swimming", "ar": "سباحة"},
            organization="Piscina",
            comuni=["Magnago"],
            minimum_age=6,
            maximum_age=11,
            free=False,
            min_cost=20.0,
            categories=[],
            periods=[_period(4)],
        )
        for i in range(5)
    ]
    return [hostile, *plain[:2], italian_only, *plain[2:], dataclasses.replace(hostile, id="h2")]


def _escapes(card: QQuickItem) -> list[str]:
    """Texts of `card` whose line boxes reach outside it."""
    box = scene_rect(card).adjusted(
        -GEOMETRY_SLACK, -GEOMETRY_SLACK, GEOMETRY_SLACK, GEOMETRY_SLACK
    )
    found = []
    for item, path in walk_shown(card):
        if item.inherits("QQuickText") and str(item.property("text") or "").strip():
            glyphs = item.mapRectToScene(item.boundingRect())
            if not box.contains(glyphs):
                found.append(
                    f"{card.objectName()}{path}: {str(item.property('text'))[:30]!r} "
                    f"{glyphs.getRect()} outside {box.getRect()}"
                )
    return found


@pytest.mark.parametrize(
    ("size", "large"),
    [((1280, 800), True), ((1920, 1080), False), ((1080, 1920), True)],
    ids=["1280x800-large", "1920x1080", "1080x1920-large"],
)
def test_hostile_cards_keep_their_text_inside(
    qapp: object,
    demo_home: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    large: bool,
) -> None:
    cards = _cards()
    monkeypatch.setattr(search_module, "search", lambda *a, **k: SearchResult(cards, len(cards)))
    report: list[str] = []
    for lang in ("en", "ar"):
        kiosk = KioskApp(
            demo_home, lang=lang, size=size, features=default_features(start_sync=False)
        )
        try:
            settle(0.3)
            kiosk.session.setLargeText(large)
            show_page(kiosk, "results")
            try:
                grid = wait_for(kiosk.window, "results.list")
            except AssertionError as missing:  # seen only in full runs: say what is on screen
                lists = [
                    (i.isVisible(), i.width(), i.height())
                    for i in items(kiosk.window, "results.list", visible_only=False)
                ]
                raise AssertionError(
                    f"{lang} {size}: page {kiosk.navigator.page!r}, results.list items "
                    f"(visible, width, height): {lists}"
                ) from missing
            assert kiosk.results.property("marked") is (lang != "it")
            seen: set[str] = set()
            for index in range(len(cards)):
                QMetaObject.invokeMethod(
                    grid, "positionViewAtIndex", Q_ARG(int, index), Q_ARG(int, 0)
                )
                settle(0.05)
                for item, _ in walk_shown(grid):
                    name = item.objectName()
                    if name.startswith("results.item.") and name not in seen:
                        seen.add(name)
                        report += [f"{lang}: {p}" for p in _escapes(item)]
            report += [f"{lang}: {p}" for p in text_under_controls(kiosk.window)]
            assert {f"results.item.{c.id}" for c in cards} <= seen
            assert kiosk.qml_warnings == []
        finally:
            kiosk.close()
    assert not report, "\n".join(report)


def test_rows_are_no_taller_than_their_cards_need(
    qapp: object,
    demo_home: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Short names and dates only: the rows keep no second line for them (the grid measures
    the widest name and dates of these results); a long one brings the lines back."""
    cards = _cards()
    shown = [c for c in cards if c.id.startswith("plain")]
    monkeypatch.setattr(search_module, "search", lambda *a, **k: SearchResult(shown, len(shown)))
    kiosk = KioskApp(
        demo_home, lang="en", size=(1280, 800), features=default_features(start_sync=False)
    )
    try:
        settle(0.3)
        kiosk.session.setLargeText(True)
        show_page(kiosk, "results")
        grid = wait_for(kiosk.window, "results.list")
        heights: list[float] = []
        for chosen in ([c for c in cards if c.id.startswith("plain")], cards):
            shown[:] = chosen
            kiosk.results.setText(f"x{len(heights)}")
            settle(0.2)
            heights.append(grid.property("cellHeight"))
        assert kiosk.results.property("cardNames")[0] == LONG_NAME
        assert heights[0] < heights[1], heights
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
