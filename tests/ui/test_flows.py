"""QML flows, clicked through by objectName on a real window (offscreen) with the demo catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import settings as settings_mod
from tests.ui.qmlhelpers import (
    click,
    exists,
    find,
    item_image,
    items,
    settle,
    type_text,
    wait_for,
    wait_until,
)
from ui.app import KioskApp

pytestmark = pytest.mark.timeout(120)


def find_keyboard(window: object) -> object:
    found = items(window, "keyboard.panel", visible_only=False)  # type: ignore[arg-type]
    assert len(found) == 1
    return found[0]


def decode(kiosk: KioskApp, name: str) -> str:
    item = wait_for(kiosk.window, name + ".image")
    settle(100)
    found = zxingcpp.read_barcodes(item_image(kiosk.window, item))
    assert len(found) == 1, f"no QR code readable in {name}"
    return str(found[0].text)


def test_attract_home_category_detail_and_qr_codes_decode(kiosk: KioskApp) -> None:
    w = kiosk.window
    wait_for(w, "attract")
    assert "Ponte" in kiosk.catalogue.nextClosureName  # the coming closure is highlighted
    click(w, "attract.start")
    wait_for(w, "home")
    assert not exists(w, "attract")
    click(w, "category.campus-vacanze")
    wait_for(w, "results")
    assert kiosk.results.category == "campus-vacanze"
    first = kiosk.results.model.get(0)["key"]
    click(w, f"results.item.{first}")
    wait_for(w, "detail")
    assert kiosk.detail.offeringId == first
    for kind in ("link", "contact", "calendar"):
        name = f"detail.qr.{kind}"
        if not exists(w, name):
            continue
        assert decode(kiosk, name) == kiosk.detail.payload(kind)
    assert exists(w, "detail.qr.contact") and exists(w, "detail.qr.calendar")
    assert kiosk.detail.payload("calendar").startswith("BEGIN:V")
    click(w, "nav.back")
    wait_for(w, "results")
    click(w, "nav.home")
    wait_for(w, "home")
    assert kiosk.navigator.stack() == ["home"]


def test_offering_with_a_web_page_shows_the_link_code(kiosk: KioskApp) -> None:
    w = kiosk.window
    offering = "pre-post-scuola-castano-primo-primaria"
    assert kiosk.detail.load(offering)
    kiosk.navigator.push("home")
    kiosk.navigator.push("detail")
    wait_for(w, "detail")
    assert decode(kiosk, "detail.qr.link").startswith("https://")


def test_search_as_you_type_with_the_keyboard(kiosk: KioskApp) -> None:
    w = kiosk.window
    click(w, "attract.start")
    click(w, "home.search")
    field = wait_for(w, "results.search")
    assert field.hasActiveFocus()
    wait_until(lambda: bool(find_keyboard(w).property("active")))  # the on-screen keyboard is up
    everything = kiosk.results.total
    type_text(w, "legnano")
    settle(50)
    assert kiosk.results.text == "legnano"
    assert 0 < kiosk.results.total < everything
    assert all("Legnano" in row["places"] or row for row in kiosk.results.model.rows())
    type_text(w, "zzzz")
    settle(50)
    assert kiosk.results.total == 0
    wait_for(w, "results.empty")
    click(w, "results.empty.showAll")
    assert kiosk.results.total == everything
    assert find(w, "results.search").property("text") == ""


def test_filters_by_town_age_period_and_free(kiosk: KioskApp) -> None:
    w = kiosk.window
    click(w, "attract.start")
    click(w, "home.search")
    wait_for(w, "results")
    everything = kiosk.results.total
    wait_until(lambda: bool(find_keyboard(w).property("active")))  # the search field has focus
    click(w, "filter.comune")
    wait_until(lambda: not find_keyboard(w).property("active"))  # the sheet gets the whole page
    click(w, "choice.area:legnanese")
    assert kiosk.results.place == "area:legnanese"
    by_area = kiosk.results.total
    assert 0 < by_area < everything
    click(w, "filter.age")
    click(w, "choice.4")
    assert kiosk.results.age == 4
    assert kiosk.results.total <= by_area
    click(w, "filter.age")
    click(w, "choice.any")
    assert kiosk.results.age == -1
    click(w, "filter.period")
    click(w, "choice.natale-2026")
    assert kiosk.results.period == "natale-2026"
    click(w, "filter.free")
    assert kiosk.results.freeOnly
    click(w, "filter.clear")
    assert not kiosk.results.hasFilters
    assert kiosk.results.total == everything


def test_idle_reset_wipes_everything(make_kiosk: Callable[..., KioskApp], demo_home: Path) -> None:
    settings = settings_mod.load_or_init(demo_home)
    settings = settings.with_value("ui.idle_timeout", "1")
    settings_mod.save(demo_home, settings)
    kiosk = make_kiosk()
    kiosk.session.set_second(50)  # the countdown (at least 20 s) in one second
    w = kiosk.window
    click(w, "lang.en")  # choosing English starts the session
    wait_for(w, "home")
    click(w, "home.search")
    wait_for(w, "results")
    type_text(w, "musica")
    kiosk.results.setAge(5)
    assert kiosk.session.language == "en"
    wait_for(w, "idle.dialog", timeout=3)
    click(w, "idle.stay")  # a touch during the countdown keeps the session
    assert not kiosk.session.idleWarning
    assert kiosk.navigator.page == "results"
    wait_for(w, "idle.dialog", timeout=3)
    wait_for(w, "attract", timeout=4)
    assert kiosk.navigator.stack() == ["attract"]
    assert kiosk.session.language == "it"
    assert kiosk.results.text == "" and kiosk.results.age == -1
    assert kiosk.detail.offeringId == ""
    assert not exists(w, "results") and not exists(w, "idle.dialog")
    assert not any(p.property("active") for p in items(w, "keyboard.panel", visible_only=False))


def test_language_switch_is_live(kiosk: KioskApp) -> None:
    w = kiosk.window
    click(w, "attract.start")
    wait_for(w, "home")
    contact = find(w, "home.contact")
    assert contact.property("text") == "Chiedi di essere ricontattato"
    italian_tiles = kiosk.catalogue.categories.rows()
    click(w, "lang.current")  # the top bar's language button opens the sheet of languages
    click(w, "lang.en")
    assert kiosk.session.language == "en"
    wait_until(lambda: find(w, "home.contact").property("text") == "Ask to be contacted")
    english_tiles = kiosk.catalogue.categories.rows()
    assert italian_tiles[0]["name"] != english_tiles[0]["name"]
    assert english_tiles[0]["countText"].endswith("offerings")
    assert kiosk.catalogue.updatedText == "Updated on 20 November 2026"
    click(w, "lang.current")
    click(w, "lang.it")
    assert kiosk.catalogue.updatedText == "Aggiornato il 20 novembre 2026"


def test_a_closed_kiosk_leaves_no_translator_behind(qtbot: object, demo_home: Path) -> None:
    """Its idle timer used to live on: the next wipe installed Italian into the application."""
    from PySide6.QtCore import QCoreApplication

    settings = settings_mod.load_or_init(demo_home).with_value("ui.idle_timeout", "1")
    settings_mod.save(demo_home, settings)
    kiosk = KioskApp(demo_home, lang="en", size=(1280, 800))
    kiosk.close()
    QTest.qWait(1500)  # past the idle timeout: an English attract screen would be wiped to Italian
    assert QCoreApplication.translate("Format", "%1–%2 years") == "%1–%2 years"


def test_right_to_left_layout_keeps_the_result_text_inside_its_card(
    make_kiosk: Callable[..., KioskApp],
) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        kiosk = make_kiosk()
        kiosk.results.setCategory("pre-post-scuola")
        kiosk.navigator.push("results")
        texts = lambda: items(kiosk.window, "results.itemText")  # noqa: E731
        wait_until(lambda: bool(texts()) and all(t.parentItem().width() > 300 for t in texts()))
        for text in texts():
            card = text.parentItem()
            assert text.width() > card.width() / 2
            assert text.x() >= 0 and text.x() + text.width() <= card.width()
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_contact_buttons_are_harmless_without_an_intake_page(kiosk: KioskApp) -> None:
    w = kiosk.window
    asked: list[str] = []
    kiosk.navigator.contactRequested.connect(asked.append)
    click(w, "attract.start")
    click(w, "home.contact")
    assert asked == [""]
    assert kiosk.navigator.page == "home"
    kiosk.detail.load("pre-post-scuola-castano-primo-primaria")
    kiosk.navigator.push("detail")
    click(w, "detail.contactMe")
    assert asked == ["", "pre-post-scuola-castano-primo-primaria"]


def test_every_screen_shows_the_catalogue_freshness(kiosk: KioskApp) -> None:
    w = kiosk.window
    for step in (None, "attract.start", "category.centro-estivo"):
        if step:
            click(w, step)
        settle(300)
        freshness = find(w, "freshness")
        assert freshness.isVisible()
    assert kiosk.catalogue.updatedText.startswith("Aggiornato il")


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.AltModifier),  # Escape alone is Back (ui/keys.py)
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_kiosk_mode_swallows_exit_shortcuts(
    make_kiosk: Callable[..., KioskApp], key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    from ui.features.hardening import HardeningFeature

    kiosk = make_kiosk(kiosk_mode=True, features=[HardeningFeature()])
    feature = kiosk.feature(HardeningFeature)
    assert feature is not None and feature.hardening is not None
    guard = feature.hardening.keys
    before = guard.swallowed
    QTest.keyClick(kiosk.window, key, modifiers)
    assert guard.swallowed > before
    assert not kiosk.window.close()  # a close request is refused too
    assert kiosk.window.isVisible()


def test_offering_detail_date_is_localized(kiosk: KioskApp) -> None:
    assert kiosk.detail.load("pre-post-scuola-castano-primo-primaria")
    assert any("2026" in line for line in kiosk.detail.when)
    assert dt.date(2026, 9, 7).year == 2026


def test_next_closure_banner_opens_what_covers_it(kiosk: KioskApp) -> None:
    w = kiosk.window
    click(w, "attract.start")
    click(w, "home.nextClosure")
    wait_for(w, "results")
    assert kiosk.results.period == kiosk.catalogue.nextClosureId == "immacolata-2026"
    assert kiosk.results.total == kiosk.catalogue.nextClosureCount > 0
    assert find(w, "filter.period").property("active")


def test_catalogue_text_is_shown_as_plain_text(
    make_kiosk: Callable[..., KioskApp], demo_home: Path, tmp_path: Path
) -> None:
    import json

    from kiosk.catalogue.importer import import_file
    from kiosk.db.engine import open_database
    from kiosk.paths import database_path
    from tests.factories import catalogue_dict

    doc = catalogue_dict(5)
    markup = "<b>Campus</b> <a href='https://evil.example'>clic</a> <img src='x'>"
    doc["offerings"][0]["name"] = {"it": markup}
    doc["offerings"][0]["description"] = {"it": "<h1>Grande</h1><script>x</script>"}
    source = tmp_path / "markup.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    engine = open_database(database_path(demo_home))
    import_file(engine, source)
    engine.dispose()
    kiosk = make_kiosk()
    w = kiosk.window
    assert kiosk.detail.load("off-0")
    kiosk.navigator.push("home")
    kiosk.navigator.push("detail")
    name = wait_for(w, "detail.name")
    description = find(w, "detail.description")
    assert qml_eval(name, "textFormat === Text.PlainText") is True
    assert name.property("text") == markup
    assert qml_eval(description, "textFormat === Text.PlainText") is True
    assert description.property("text") == "<h1>Grande</h1><script>x</script>"


def qml_eval(item: object, expression: str) -> object:
    """`expression` evaluated in QML, in the scope of `item`."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    result = QQmlExpression(QQmlEngine.contextForObject(item), item, expression).evaluate()
    return result[0] if isinstance(result, tuple) else result


def test_fast_start_shows_the_window_first_then_the_catalogue(
    make_kiosk: Callable[..., KioskApp],
) -> None:
    kiosk = make_kiosk(fast_start=True)
    assert kiosk.window.isVisible()
    wait_until(lambda: kiosk.ready, timeout=10)
    wait_until(lambda: kiosk.catalogue.categories.rowCount() == 7)
    assert kiosk.catalogue.updatedText.startswith("Aggiornato il")
    assert kiosk.results.total == 93
    click(kiosk.window, "attract.start")
    click(kiosk.window, "category.baby-parking")
    assert kiosk.results.total == 8
