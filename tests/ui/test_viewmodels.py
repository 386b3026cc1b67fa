"""View-models tested directly (no QML): navigation, session/idle, catalogue, results, detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.db.sqlite import SqliteFile
from tests.ui.conftest import TODAY
from ui.translations import Translations
from ui.vm import fmt
from ui.vm.catalogue import Catalogue
from ui.vm.detail import Detail
from ui.vm.navigation import Navigator
from ui.vm.results import PAGE, Results
from ui.vm.session import Session


@pytest.fixture
def demo_engine(qapp: object, demo_home: Path) -> Iterator[SqliteFile]:
    from kiosk.db.engine import open_database
    from kiosk.paths import database_path

    engine = open_database(database_path(demo_home))
    yield engine
    engine.dispose()


@pytest.fixture
def language(qapp: object) -> Iterator[Translations]:
    translations = Translations()
    translations.apply("it")
    yield translations
    translations.remove()


_sessions: list[Session] = []


@pytest.fixture(autouse=True)
def _stop_sessions() -> Iterator[None]:
    """Sessions outlive their test (Qt owns them); a later idle wipe would install Italian again."""
    yield
    while _sessions:
        _sessions.pop().stop()


def make_session(nav: Navigator, tr: Translations, timeout: int = 1, countdown: int = 1) -> Session:
    _sessions.append(
        Session(
            nav,
            languages=["it", "en"],
            default_language="it",
            idle_timeout=timeout,
            idle_countdown=countdown,
            apply_language=tr.apply,
        )
    )
    return _sessions[-1]


# navigation ------------------------------------------------------------------------------------


def test_navigator_stack_back_home_and_clear() -> None:
    nav = Navigator()
    events: list[tuple[str, ...]] = []
    nav.pushed.connect(lambda name, qml: events.append(("push", name, qml)))
    nav.reset.connect(lambda name, qml: events.append(("reset", name, qml)))
    nav.popped.connect(lambda: events.append(("pop",)))
    nav.push("home")  # the attract screen is not kept in the history
    assert nav.stack() == ["home"] and events[-1] == ("reset", "home", "HomePage")
    nav.push("results")
    nav.push("detail")
    assert nav.depth == 3 and nav.page == "detail"
    nav.push("results")  # going back to an open page unwinds to it
    assert nav.stack() == ["home", "results"]
    nav.back()
    nav.back()  # never below the first page
    assert nav.stack() == ["home"]
    nav.push("nowhere")
    assert nav.stack() == ["home"]
    nav.clear()
    assert nav.stack() == ["attract"] and events[-1] == ("reset", "attract", "AttractPage")


def test_request_contact_opens_intake_only_when_registered() -> None:
    nav = Navigator()
    nav.push("home")
    asked: list[str] = []
    nav.contactRequested.connect(asked.append)
    nav.requestContact("off-1")
    assert nav.page == "home" and asked == ["off-1"] and nav.contactOffering == "off-1"
    nav.registerPage("intake", "IntakePage")
    nav.requestContact("")
    assert nav.page == "intake" and nav.contactOffering == ""
    nav.clear()
    assert nav.contactOffering == ""


# session ---------------------------------------------------------------------------------------


def test_language_switch_applies_the_translator(language: Translations) -> None:
    session = make_session(Navigator(), language)
    changes: list[str] = []
    session.languageChanged.connect(lambda: changes.append(session.language))
    session.setLanguage("en")
    session.setLanguage("en")  # no change, no signal
    session.setLanguage("fr")  # not offered
    assert changes == ["en"]
    assert language.language == "en"
    assert fmt.ages(3, 6) == "3–6 years"
    session.setLanguage("it")
    assert fmt.ages(3, 6) == "3–6 anni"


def test_idle_countdown_then_wipe(qtbot: object, language: Translations) -> None:
    nav = Navigator()
    nav.push("home")
    session = make_session(nav, language)
    session.setLanguage("en")
    wiped: list[bool] = []
    session.wiped.connect(lambda: wiped.append(True))
    qtbot.waitUntil(lambda: session.idleWarning, timeout=2500)  # type: ignore[attr-defined]
    assert session.countdown == 1
    session.touched()  # any touch keeps the session
    assert not session.idleWarning and not wiped
    qtbot.waitUntil(lambda: bool(wiped), timeout=4000)  # type: ignore[attr-defined]
    assert nav.stack() == ["attract"]
    assert session.language == "it"
    assert not session.idleWarning


def test_idle_on_attract_only_resets_the_language(qtbot: object, language: Translations) -> None:
    nav = Navigator()
    session = make_session(nav, language)
    session.setLanguage("en")
    qtbot.waitUntil(lambda: session.language == "it", timeout=2500)  # type: ignore[attr-defined]
    assert not session.idleWarning


# catalogue -------------------------------------------------------------------------------------


def test_catalogue_view_model(
    qtmodeltester: object, demo_engine: SqliteFile, language: Translations
) -> None:
    lang = ["it"]
    catalogue = Catalogue(demo_engine, language=lambda: lang[0], today=lambda: TODAY)
    qtmodeltester.check(catalogue.categories)  # type: ignore[attr-defined]
    qtmodeltester.check(catalogue.highlights)  # type: ignore[attr-defined]
    rows = catalogue.categories.rows()
    assert rows[0]["name"] == "Pre e post scuola"
    assert rows[0]["countText"] == f"{rows[0]['count']} proposte"
    assert all(r["symbol"] != "" for r in rows)
    assert catalogue.nextClosureId == "immacolata-2026"
    assert catalogue.nextClosureDates == "7–8 dicembre 2026"
    assert catalogue.demo
    assert catalogue.updatedText == "Aggiornato il 20 novembre 2026"
    assert catalogue.offeringCount == 93
    lang[0] = "en"
    language.apply("en")
    catalogue.retranslate()
    assert catalogue.categories.rows()[0]["name"] == "Before & after school"
    assert catalogue.nextClosureDates == "7–8 December 2026"
    assert catalogue.highlights.rows()[0]["countText"].endswith("for these days")


# results ---------------------------------------------------------------------------------------


@pytest.fixture
def results(demo_engine: SqliteFile, language: Translations) -> Results:
    return Results(demo_engine, language=lambda: "it", today=lambda: TODAY)


def test_results_search_and_model(qtmodeltester: object, results: Results) -> None:
    qtmodeltester.check(results.model)  # type: ignore[attr-defined]
    assert results.total == 93 and results.shown == PAGE
    results.setText("legnano")
    assert 0 < results.total < 93
    qtmodeltester.check(results.model)  # type: ignore[attr-defined]
    assert all("Legnano" in r["places"] for r in results.model.rows())
    results.setText("nessuna-parola-così")
    assert results.total == 0 and results.model.rowCount() == 0
    results.reset()
    assert results.text == "" and results.total == 93


def test_results_filters(qtmodeltester: object, results: Results) -> None:
    for model in (results.placeChoices, results.periodChoices, results.ageChoices):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    results.setPlace("area:castanese")
    assert results.placeLabel == "Castanese"
    castanese = results.total
    results.setPlace("castano-primo")
    assert results.place == "castano-primo" and results.placeLabel == "Castano Primo"
    assert 0 < results.total < castanese
    results.setAge(4)
    assert results.ageLabel == "4 anni"
    results.setPeriod("natale-2026")
    assert results.periodLabel.startswith("Vacanze di Natale")
    results.setFreeOnly(True)
    assert results.hasFilters
    assert all(r["free"] for r in results.model.rows())
    results.setCategory("campus-vacanze")
    assert results.categoryName == "Campus nelle vacanze"
    results.clearFilters()
    assert not results.hasFilters and results.category == "campus-vacanze"
    assert results.age == -1 and results.place == "" and not results.freeOnly


# detail ----------------------------------------------------------------------------------------


def test_detail_view_model_and_qr_payloads(demo_engine: SqliteFile, language: Translations) -> None:
    detail = Detail(demo_engine, language=lambda: "it", today=lambda: TODAY)
    assert detail.load("pre-post-scuola-castano-primo-primaria")
    assert detail.name.startswith("Pre e post scuola")
    assert detail.places and "Castano Primo" in detail.places[0]
    assert any("lun–ven" in line for line in detail.when)
    assert any("€" in line for line in detail.costs)
    assert detail.howToEnrol
    assert detail.qrLink.startswith("image://qr/")
    assert detail.payload("link").startswith("https://")
    assert detail.payload("contact").startswith("BEGIN:VCARD")
    assert not detail.load("does-not-exist")
    assert detail.name == "" and detail.qrLink == ""
    detail.load("pre-post-scuola-castano-primo-primaria")
    detail.clear()
    assert detail.offeringId == "" and detail.qrContact == ""


# wording ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "it",
            [
                "7–8 dicembre 2026",
                "23 dic 2026 – 6 gen 2027",
                "Fino a 3 anni",
                "Da 1 anno",
                "12 €",
                "12,50 €",
            ],
        ),
        (
            "en",
            [
                "7–8 December 2026",
                "23 Dec 2026 – 6 Jan 2027",
                "Up to 3 years",
                "From 1 year",
                "€12",
                "€12.50",
            ],
        ),
    ],
)
def test_wording_is_localized(language: Translations, lang: str, expected: list[str]) -> None:
    language.apply(lang)
    got = [
        fmt.date_range(dt.date(2026, 12, 7), dt.date(2026, 12, 8), lang),
        fmt.date_range(dt.date(2026, 12, 23), dt.date(2027, 1, 6), lang),
        fmt.ages(0, 3),
        fmt.ages(1, None),
        fmt.money(12, lang),
        fmt.money(12.5, lang),
    ]
    assert [g.replace("\xa0", " ") for g in got] == expected


# theme -----------------------------------------------------------------------------------------


def test_theme_file_with_settings_overrides(tmp_path: Path) -> None:
    from kiosk.settings import Settings
    from ui.vm.theme import Theme

    plain = Theme(Settings().theme)
    assert plain.name == "Family Pit Stop"
    assert plain.primary == "#B5461F" and plain.surfaceAlt == "#FBEBDD"
    assert plain.logo.toLocalFile().endswith("assets/theme/logo.svg")
    logo = tmp_path / "alleanza.svg"
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    custom = (
        Settings()
        .with_value("theme.name", "Alleanza Legnanese")
        .with_value("theme.primary", "#0B5394")
        .with_value("theme.logo", str(logo))
    )
    themed = Theme(custom.theme)
    assert themed.name == "Alleanza Legnanese"
    assert themed.primary == "#0B5394"
    assert themed.accent == "#1F6F78"  # not set in the settings: the theme file's
    assert themed.logo.toLocalFile() == str(logo)


def test_staff_corner_opens_staff_mode_only_when_registered(language: Translations) -> None:
    nav = Navigator()
    nav.push("home")
    session = make_session(nav, language, timeout=60)
    asked: list[bool] = []
    session.staffRequested.connect(lambda: asked.append(True))
    session.requestStaff()
    assert asked == [True] and nav.page == "home"
    nav.registerPage("staff", "StaffPage")
    session.requestStaff()
    assert nav.page == "staff"
