"""Contrast computed from the theme (WCAG 2.2 AA): text 4.5:1, boundaries and focus ring 3:1; staff
colours that fail are refused by `pitstop config set` and by the staff settings screen."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk import settings as settings_mod
from kiosk.contrast import BOUNDARY, PAIRS, TEXT, ratio, shown, theme_problems
from kiosk.paths import asset, settings_path

UI_QML = Path(__file__).resolve().parents[3] / "ui" / "qml" / "Pitstop" / "Ui.qml"
WHITE_PAGE = settings_mod.Settings().with_value("theme.background", "#FFFFFF")


def ui_qml_colours() -> dict[str, str]:
    """The colours Ui.qml declares (`ink` is the theme's `text`)."""
    found = re.findall(r'property color (\w+): "(#[0-9A-Fa-f]{6})"', UI_QML.read_text("utf-8"))
    return {("text" if name == "ink" else name): value for name, value in found}


def theme_json_colours() -> dict[str, str]:
    data = json.loads(asset("theme", "theme.json").read_text("utf-8"))
    return dict(data["colours"])


def test_ratio_matches_wcag_examples() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1)
    assert ratio("#777777", "#FFFFFF") == pytest.approx(4.478, abs=0.001)
    assert ratio("#FFFFFF", "#777777") == ratio("#777777", "#FFFFFF")


def test_a_ratio_just_below_its_minimum_is_never_shown_as_the_minimum() -> None:
    assert shown(4.4999, 4.5) == "4.49"
    assert shown(2.996, 3.0) == "2.99"
    assert shown(4.478, 4.5) == "4.48"


@pytest.mark.parametrize("source", [ui_qml_colours, theme_json_colours])
def test_the_bundled_theme_passes_every_pair(source: Any) -> None:
    """Field borders and component boundaries were 1.45:1 (line #E6D3C3): now at least 3:1."""
    colours = source()
    assert theme_problems(colours) == []
    for pair in PAIRS:
        value = ratio(colours[pair.fg], colours[pair.bg])
        assert value >= (TEXT if pair.role.endswith("text") else BOUNDARY), pair
    assert ratio(colours["line"], colours["background"]) >= BOUNDARY
    if "focusRing" in colours:  # A11Y-KEYS' focus ring, wherever it is drawn
        for bg in ("background", "surface", "surfaceAlt"):
            assert ratio(colours["focusRing"], colours[bg]) >= BOUNDARY, bg


def test_ui_qml_and_theme_json_carry_the_same_palette() -> None:
    """Ui.qml's colours are what the screens show before the theme binds: the same as the file."""
    json_colours, qml_colours = theme_json_colours(), ui_qml_colours()
    for name, value in json_colours.items():
        assert qml_colours.get(name, value).upper() == value.upper(), name


def test_the_old_boundary_colour_is_refused() -> None:
    colours = {**theme_json_colours(), "line": "#E6D3C3"}
    problems = theme_problems(colours)
    assert problems and all("boundaries needs at least 3:1" in p for p in problems)
    assert problems[0].startswith("the bundled theme's line colour #E6D3C3 on")


def test_staff_text_colour_below_4_5_is_refused_in_one_sentence() -> None:
    with pytest.raises(settings_mod.SettingsError) as caught:
        WHITE_PAGE.with_value("theme.text", "#777777")
    assert str(caught.value) == (
        "theme.text #777777 on theme.background #FFFFFF has contrast 4.48:1; text needs at "
        "least 4.5:1: choose another theme.text or theme.background"
    )
    assert WHITE_PAGE.with_value("theme.text", "#5A5A5A").theme.text == "#5A5A5A"


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("theme.background", "#000000", "theme.text #2B1D14 on theme.background #000000"),
        ("theme.primary", "#FF9900", "theme.primary #FF9900 on theme.background #FFF8F0"),
        ("theme.accent", "#7FD1D9", "theme.accent #7FD1D9 on theme.background #FFF8F0"),
        ("theme.surface", "#6B5A4E", "on theme.surface #6B5A4E"),
    ],
)
def test_every_staff_colour_is_checked_against_what_it_meets(
    key: str, value: str, fragment: str
) -> None:
    with pytest.raises(settings_mod.SettingsError, match=re.escape(fragment)):
        settings_mod.Settings().with_value(key, value)


def test_a_dark_primary_on_a_white_page_is_accepted() -> None:
    changed = WHITE_PAGE.with_value("theme.primary", "#0B5394")
    assert changed.theme.colours()["primary"] == "#0B5394"


def pitstop(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PITSTOP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_pitstop_config_set_refuses_an_unreadable_theme(home: Path) -> None:
    assert pitstop(home, "config", "set", "theme.background", "#FFFFFF").returncode == 0
    before = settings_path(home).read_bytes()
    result = pitstop(home, "config", "set", "theme.text", "#777777")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "theme.text #777777 on theme.background #FFFFFF has contrast 4.48:1" in lines[0]
    assert "text needs at least 4.5:1" in lines[0]
    assert settings_path(home).read_bytes() == before
    assert pitstop(home, "config", "get", "theme.text").stdout.strip() == "#2B1D14"


def test_pitstop_config_set_refuses_a_countdown_below_20_seconds(home: Path) -> None:
    result = pitstop(home, "config", "set", "ui.idle_countdown", "15")
    assert result.returncode != 0
    assert "ui.idle_countdown must be a whole number of seconds between 20 and" in result.stderr
    assert pitstop(home, "config", "get", "ui.idle_countdown").stdout.strip() == "20"
    assert pitstop(home, "config", "set", "ui.idle_countdown", "30").returncode == 0


def test_the_staff_settings_screen_refuses_an_unreadable_theme(qapp: object, home: Path) -> None:
    from kiosk.settings_store import SettingsStore
    from ui.settings import QtSettings
    from ui.vm.staff.settings import StaffSettingsVm

    store = SettingsStore(home)
    settings_mod.save(home, store.current)
    before = settings_path(home).read_bytes()
    said: list[str] = []
    screen = StaffSettingsVm(
        QtSettings(store),
        authorised=lambda: True,
        report=lambda text, error=False: said.append(text),
    )
    refusal = screen.setSetting("theme.background", "#2B2B2B")
    assert refusal.startswith("theme.text #2B1D14 on theme.background #2B2B2B has contrast")
    assert "\n" not in refusal and "choose another theme.text or theme.background" in refusal
    assert settings_path(home).read_bytes() == before and said == []
    assert screen.setSetting("theme.background", "#FFFFFF") == ""
    assert store.current.theme.background == "#FFFFFF"
