"""The contact-request screens (ui/qml/Pitstop/IntakePage.qml, ui/vm/intake.py), clicked by
objectName on a real offscreen window with the demo catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickWindow

from kiosk import settings as settings_mod
from kiosk.db.sqlite import scalar
from kiosk.intake.inbox import open_share, request_row
from kiosk.intake.outbox import export_pending
from kiosk.privacy.keys import load_private_key
from tests.kiosk.intake.conftest import CANARIES, CANARY_EMAIL, CANARY_NAME
from tests.ui.conftest import TODAY, demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import click as real_click
from tests.ui.qmlhelpers import exists, find, item_image, settle, type_text, wait_for, wait_until
from ui.app import KioskApp
from ui.features.intake import IntakeFeature
from ui.vm.intake import Intake

pytestmark = pytest.mark.timeout(120)


def _kiosk(home: Path, **settings: str) -> KioskApp:
    if settings:
        current = settings_mod.load_or_init(home)
        for key, value in settings.items():
            current = current.with_value(key.replace("__", "."), value)
        settings_mod.save(home, current)
    return KioskApp(home, size=(1280, 800), today=TODAY, features=[IntakeFeature()])


@pytest.fixture
def kiosk(qapp: object, demo_home: Path) -> Iterator[KioskApp]:  # noqa: F811
    app = _kiosk(demo_home)
    try:
        yield app
        assert app.qml_warnings == []
    finally:
        app.close()


def tap(window: QQuickWindow, name: str) -> None:
    """Scroll `name` into view inside its Flickable (as a finger would), then tap it."""
    item = wait_for(window, name)
    flick = item.parentItem()
    while flick is not None and flick.property("contentY") is None:
        flick = flick.parentItem()
    if flick is not None:
        top = item.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
        view = flick.height()
        current = flick.property("contentY")
        if top < current or top + item.height() > current + view:
            flick.setProperty("contentY", max(0.0, top - view / 3))
            settle(30)
    real_click(window, name)


def vm(kiosk: KioskApp) -> Intake:
    feature = kiosk.feature(IntakeFeature)
    assert feature is not None and feature.intake is not None
    return feature.intake


def _stored(kiosk: KioskApp) -> int:
    with kiosk.services.database.engine.connect() as connection:
        return int(scalar(connection, "SELECT count(*) FROM contact_request"))


def _fill_until_review(
    kiosk: KioskApp, name: str = "Giulia", phone: str = "3471234567", email: str = ""
) -> None:
    w = kiosk.window
    wait_for(w, "intake.step.notice")
    tap(w, "intake.next")
    tap(w, "intake.need.closure_care")
    tap(w, "intake.need.homework")
    tap(w, "intake.next")
    tap(w, "intake.childAge.7")
    tap(w, "intake.childAge.3")
    tap(w, "intake.next")
    comune = vm(kiosk).comuneOptions[0]["key"]
    tap(w, f"intake.comune.{comune}")
    tap(w, "intake.weekday.MO")
    tap(w, "intake.next")
    wait_for(w, "intake.step.contact")
    tap(w, "intake.firstName")
    type_text(w, name)
    if phone:
        tap(w, "intake.phone")
        type_text(w, phone)
    if email:
        tap(w, "intake.email")
        type_text(w, email)
    tap(w, "intake.next")
    wait_for(w, "intake.step.review")


def _submit(kiosk: KioskApp) -> str:
    w = kiosk.window
    assert not find(w, "intake.submit").isEnabled()  # the notice must be acknowledged first
    tap(w, "intake.consent")
    assert find(w, "intake.submit").isEnabled()
    tap(w, "intake.submit")
    reference = wait_for(w, "intake.reference", timeout=10)
    return str(reference.property("text"))


def test_home_entry_walks_every_step_and_shows_the_reference_after_the_commit(
    kiosk: KioskApp,
) -> None:
    w = kiosk.window
    tap(w, "attract.start")
    tap(w, "home.contact")
    wait_for(w, "intake")
    assert "Titolare" not in find(w, "intake.notice.text").property("text")
    tap(w, "intake.notice.full")
    assert "Garante" in find(w, "intake.notice.fullText").property("text")
    _fill_until_review(kiosk)
    reference = _submit(kiosk)
    assert reference == vm(kiosk).reference and reference.startswith("PS-")
    assert _stored(kiosk) == 1
    card = wait_for(w, "intake.qr.contact.image")
    settle(100)
    [code] = zxingcpp.read_barcodes(item_image(w, card))
    assert reference in code.text and code.text.startswith("BEGIN:VCARD")
    tap(w, "intake.finish")
    wait_for(w, "attract")
    assert vm(kiosk).firstName == "" and vm(kiosk).reference == ""


def test_canary_typed_on_screen_is_nowhere_in_the_data_folder_and_opens_once(
    qapp: object,
    demo_home: Path,  # noqa: F811
) -> None:
    kiosk = _kiosk(demo_home)
    try:
        kiosk.navigator.push("home")
        kiosk.navigator.requestContact("")
        _fill_until_review(kiosk, name=CANARY_NAME, phone="347 555 0199", email=CANARY_EMAIL)
        reference = _submit(kiosk)
        share = demo_home / "demo-central" / "share" / "kiosk"
        assert export_pending(kiosk.services.database.engine, share) == 1
    finally:
        kiosk.close()
    for path in (p for p in demo_home.rglob("*") if p.is_file()):
        data = path.read_bytes().lower()
        assert not [c for c in CANARIES if c.lower().encode() in data], path
    result = open_share(
        demo_home / "demo-central" / "share",
        load_private_key(demo_home / "demo-central" / "central.key"),
    )
    rows = [request_row(p) for p in result.payloads]
    assert [(r["Nome"], r["Email"], r["Telefono"], r["Riferimento"]) for r in rows] == [
        (CANARY_NAME, CANARY_EMAIL, "+39 347 555 0199", reference)
    ]


def test_detail_entry_carries_the_offering_into_the_request(kiosk: KioskApp) -> None:
    w = kiosk.window
    offering = "pre-post-scuola-castano-primo-primaria"
    assert kiosk.detail.load(offering)
    kiosk.navigator.push("home")
    kiosk.navigator.push("detail")
    tap(w, "detail.contactMe")
    wait_for(w, "intake")
    assert kiosk.detail.name in find(w, "intake.notice.offering").property("text")
    _fill_until_review(kiosk)
    _submit(kiosk)
    share = kiosk.home / "out"
    export_pending(kiosk.services.database.engine, share)
    payload = open_share(
        share, load_private_key(kiosk.home / "demo-central" / "central.key")
    ).payloads[0]
    assert payload["offering_id"] == offering
    assert payload["offering_category"] == "pre-post-scuola"
    tap(w, "nav.back")  # leaving the confirmation early is fine; the request is stored


def test_validation_messages_appear_beside_the_field_in_the_visitors_language(
    kiosk: KioskApp,
) -> None:
    w = kiosk.window
    kiosk.navigator.push("home")
    kiosk.navigator.requestContact("")
    tap(w, "intake.next")
    tap(w, "intake.next")  # no need chosen
    assert find(w, "intake.error.needs").property("text") == "Scegli almeno un bisogno."
    tap(w, "lang.current")
    tap(w, "lang.en")
    tap(w, "intake.next")
    assert find(w, "intake.error.needs").property("text") == "Choose at least one need."
    tap(w, "intake.need.summer")
    assert not exists(w, "intake.error.needs")  # a new answer clears the message
    tap(w, "intake.next")
    tap(w, "intake.next")
    assert find(w, "intake.error.children_ages").property("text") == (
        "Give the age of at least one child."
    )
    tap(w, "intake.childAge.0")
    tap(w, "intake.next")
    tap(w, "intake.next")
    assert exists(w, "intake.error.comune")
    tap(w, f"intake.comune.{vm(kiosk).comuneOptions[0]['key']}")
    tap(w, "intake.next")
    tap(w, "intake.firstName")
    type_text(w, "Anna2")
    tap(w, "intake.phone")
    type_text(w, "12")
    tap(w, "intake.next")
    assert find(w, "intake.error.first_name").property("text") == (
        "The name cannot contain numbers."
    )
    assert find(w, "intake.error.phone").property("text") == "Not a valid phone number."
    assert vm(kiosk).stepName == "contact"
    hint = Qt.InputMethodHint
    for name, keypad in (
        ("intake.firstName", hint.ImhNone),
        ("intake.phone", hint.ImhFormattedNumbersOnly),  # the pad with a "+" key
        ("intake.email", hint.ImhEmailCharactersOnly),
    ):
        hints = hint(find(w, name).property("inputMethodHints"))
        assert hints & hint.ImhSensitiveData and hints & hint.ImhNoPredictiveText, name
        assert hints & keypad == keypad, name


def test_back_keeps_the_answers(kiosk: KioskApp) -> None:
    w = kiosk.window
    kiosk.navigator.push("home")
    kiosk.navigator.requestContact("")
    _fill_until_review(kiosk, name="Zoë")
    for _ in range(3):
        tap(w, "intake.back")
    wait_for(w, "intake.step.children")
    assert exists(w, "intake.childAge.remove.1")
    tap(w, "intake.back")
    assert find(w, "intake.need.homework").property("active")
    for _ in range(3):
        tap(w, "intake.next")
    wait_for(w, "intake.step.contact")
    assert find(w, "intake.firstName").property("text") == "Zoë"
    tap(w, "intake.next")
    wait_for(w, "intake.step.review")


def test_idle_reset_mid_flow_wipes_every_answer(qapp: object, demo_home: Path) -> None:  # noqa: F811
    kiosk = _kiosk(demo_home, ui__idle_timeout="1")
    kiosk.session.set_second(50)  # the countdown (at least 20 s) in one second
    try:
        w = kiosk.window
        kiosk.navigator.push("home")
        kiosk.navigator.requestContact("")
        _fill_until_review(kiosk, name="Giulia", phone="3471234567")
        wait_for(w, "idle.dialog", timeout=4)
        wait_for(w, "attract", timeout=4)
        intake = vm(kiosk)
        assert (intake.firstName, intake.phone, intake.needs, intake.ages) == ("", "", [], [])
        assert intake.stepName == "notice" and _stored(kiosk) == 0
        kiosk.session.setProperty("timeLimitsOff", True)  # no 1 s warning over the next taps
        kiosk.navigator.push("home")
        kiosk.navigator.requestContact("")
        wait_for(w, "intake.step.notice")
        tap(w, "intake.next")
        assert not find(w, "intake.need.homework").property("active")
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()


def test_confirmation_returns_to_attract_by_itself(qapp: object, demo_home: Path) -> None:  # noqa: F811
    kiosk = _kiosk(demo_home, ui__confirmation_timeout="1")
    kiosk.session.set_second(50)  # it asks first: the countdown (at least 20 s) in one second
    try:
        kiosk.navigator.push("home")
        kiosk.navigator.requestContact("")
        _fill_until_review(kiosk)
        _submit(kiosk)
        wait_for(kiosk.window, "attract", timeout=4)
        assert vm(kiosk).reference == "" and vm(kiosk).firstName == ""
    finally:
        kiosk.close()


def test_double_tap_on_send_stores_one_request(kiosk: KioskApp) -> None:
    kiosk.navigator.push("home")
    kiosk.navigator.requestContact("")
    _fill_until_review(kiosk)
    intake = vm(kiosk)
    intake.setConsentNotice(True)
    intake.submit()
    intake.submit()
    wait_until(lambda: intake.stepName == "done", timeout=10)
    intake.submit()
    assert _stored(kiosk) == 1


def test_a_request_that_cannot_be_stored_says_so_and_keeps_the_answers(
    qapp: object,
    demo_home: Path,  # noqa: F811
) -> None:
    kiosk = _kiosk(demo_home, privacy__central_public_key=str(demo_home / "missing.pub"))
    try:
        kiosk.navigator.push("home")
        kiosk.navigator.requestContact("")
        _fill_until_review(kiosk)
        tap(kiosk.window, "intake.consent")
        tap(kiosk.window, "intake.submit")
        wait_for(kiosk.window, "intake.failed", timeout=5)
        assert vm(kiosk).stepName == "review" and vm(kiosk).firstName == "Giulia"
        assert _stored(kiosk) == 0
    finally:
        kiosk.close()


@pytest.mark.parametrize(
    ("page", "lang"), [("intake", "it"), ("intake-contact", "en"), ("intake-done", "it")]
)
def test_snapshot_pages_render_and_store_nothing(
    qapp: object,
    demo_home: Path,  # noqa: F811
    tmp_path: Path,
    page: str,
    lang: str,
) -> None:
    from PIL import Image

    from kiosk.db.engine import open_database
    from kiosk.paths import database_path
    from ui.snapshot import snapshot

    out = snapshot(demo_home, page, tmp_path / f"{page}.png", lang=lang, size=(1280, 800))
    with Image.open(out) as image:
        assert image.size == (1280, 800)
    engine = open_database(database_path(demo_home))
    try:
        with engine.connect() as connection:
            assert scalar(connection, "SELECT count(*) FROM contact_request") == 0
    finally:
        engine.dispose()
