"""The staff home names the last refused catalogue in red, in the staff screens' language, until a
catalogue is accepted (a good USB import clears it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from kiosk.catalogue.refusals import last_refusal, record_refusal
from kiosk.staff.pin import PinStore
from tests.factories import catalogue_dict
from tests.ui.staff.qmlhelpers import find, tap, visible_texts
from tests.ui.staff.test_staff_ui import _log_in


def _refused(staff: Any) -> dict[str, Any] | None:
    return next((f for f in staff.status.facts if f["key"] == "catalogueRefused"), None)


def test_the_staff_home_shows_the_refused_file_until_a_good_import(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path, usb: Path
) -> None:
    when = dt.datetime(2027, 6, 1, 9, 30, tzinfo=dt.UTC)
    record_refusal(
        home,
        "catalogue/estate-2027.xlsx",
        "row 4, column 'Dal': '31/02/2027' is not a valid date.",
        origin="share",
        when=when,
    )
    staff = _log_in(qtbot, kiosk, fast_pins)
    fact = _refused(staff)
    assert fact is not None and fact["warn"]
    assert fact["label"] == "Catalogo rifiutato"  # the staff screens start in Italian
    assert fact["value"].startswith("catalogue/estate-2027.xlsx (cartella condivisa), ")
    assert fact["value"].endswith(
        "— row 4, column 'Dal': '31/02/2027' is not a valid date. "
        "Il chiosco mantiene il catalogo attuale."
    )
    assert find(kiosk.window, "staff.fact.catalogueRefused") is not None
    assert "Catalogo rifiutato" in visible_texts(kiosk.window)

    stick = usb / "pitstop" / "CHIAVETTA"
    stick.mkdir(parents=True, exist_ok=True)
    (stick / "buono.json").write_text(json.dumps(catalogue_dict(4)), encoding="utf-8")
    tap(qtbot, kiosk.window, "staff.action.import")
    qtbot.waitUntil(lambda: len(staff.media.mediaFiles) == 1)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.import.file.0") is not None)
    tap(qtbot, kiosk.window, "staff.import.file.0")
    qtbot.waitUntil(lambda: not staff.media.busy and not staff.lock.messageIsError)
    assert last_refusal(home) is None
    staff.lock.showScreen("home")
    qtbot.waitUntil(lambda: bool(staff.status.facts) and _refused(staff) is None)
