"""The on-screen keyboard is built only when a text field first takes the focus, then kept
(ui/qml/Pitstop/Main.qml, OnScreenKeyboard.qml): a kiosk whose visitors only tap never loads it.
After the wipe it is hidden and follows the next visitor's language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from tests.ui.qmlhelpers import center, find, items, keyboard_keys, settle, wait_for, wait_until
from ui.app import KioskApp


def _panels(w: QQuickWindow) -> list[QQuickItem]:
    return items(w, "keyboard.panel", visible_only=False)


def _rect(item: QQuickItem) -> QRectF:
    return QRectF(item.mapToScene(QPointF(0, 0)), item.size())


def _results(kiosk: KioskApp) -> QQuickWindow:
    """The results of a category, reached by taps only (the search field has no focus)."""
    kiosk.navigator.push("home")
    kiosk.results.setCategory("pre-post-scuola")
    kiosk.navigator.push("results")
    w = kiosk.window
    wait_for(w, "results.search")
    settle(50)
    return w


def _focus_search(w: QQuickWindow) -> QQuickItem:
    field = find(w, "results.search")
    field.forceActiveFocus()  # a tap on the field
    wait_until(lambda: len(_panels(w)) == 1 and bool(_panels(w)[0].property("active")))
    settle(100)
    return field


def _key_texts(panel: QQuickItem) -> list[str]:
    return [str(key.property("text")) for key in keyboard_keys(panel)]


def _press(w: QQuickWindow, panel: QQuickItem, text: str) -> None:
    [key] = [k for k in keyboard_keys(panel) if k.property("text") == text]
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(key))
    settle(20)


def test_no_keyboard_while_the_visitor_only_taps(kiosk: KioskApp) -> None:
    w = _results(kiosk)
    assert _panels(w) == []
    kiosk.results.setAge(6)
    settle(50)
    assert _panels(w) == []


def test_the_keyboard_comes_with_the_first_field_and_serves_the_next_visitor(
    kiosk: KioskApp,
) -> None:
    w = _results(kiosk)
    field = _focus_search(w)
    [panel] = _panels(w)
    page = _rect(find(w, "results"))
    keyboard = _rect(panel)
    assert keyboard.bottom() == w.height() and keyboard.height() > 0
    assert page.bottom() <= keyboard.top()  # the page ends where the keyboard begins
    _press(w, panel, "m")
    assert field.property("text") == "m"
    assert kiosk.results.property("text") == "m"

    kiosk.session.wipe()
    settle(50)
    [kept] = _panels(w)
    assert not kept.property("active")  # hidden with the session

    kiosk.session.setLanguage("uk")  # the next visitor, in Ukrainian: the same panel, new keys
    w = _results(kiosk)
    field = _focus_search(w)
    [panel] = _panels(w)
    cyrillic = [t for t in _key_texts(panel) if len(t) == 1 and "\u0400" <= t <= "\u04ff"]
    assert len(cyrillic) > 20, _key_texts(panel)
    _press(w, panel, cyrillic[0])
    assert field.property("text") == cyrillic[0]


def test_a_field_focused_at_the_wipe_keeps_its_keyboard(kiosk: KioskApp) -> None:
    w = _results(kiosk)
    _focus_search(w)
    kiosk.session.wiped.emit()  # the wipe's signal alone: the search field still has the focus
    settle(50)
    assert len(_panels(w)) == 1


def test_a_kiosk_that_is_only_tapped_loads_no_keyboard_libraries(tmp_path: Path) -> None:
    """Qt Multimedia (key clicks), the keyboard's components and its input-method plugins load
    at the first text field, not with the kiosk: a real kiosk process, its memory map read."""
    code = (
        "from pathlib import Path\n"
        "from PySide6.QtCore import QEventLoop, QTimer\n"
        "from ui.app import KioskApp\n"
        "from ui.features import default_features\n"
        f"app = KioskApp(Path({str(tmp_path / 'home')!r}), size=(1280, 800),"
        " features=default_features(start_sync=False))\n"
        "def run():\n"
        "    loop = QEventLoop()\n"
        "    QTimer.singleShot(100, loop.quit)\n"
        "    loop.exec()\n"
        "def libraries():\n"
        "    names = {'libQt6Multimedia', 'libqtvkbcomponentsplugin', 'libqtvkbpinyinplugin'}\n"
        "    maps = Path('/proc/self/maps').read_text()\n"
        "    return sorted(n for n in names if n + '.so' in maps)\n"
        "run()\n"
        "app.navigator.push('home')\n"
        "app.navigator.push('results')\n"
        "run()\n"
        "print(libraries())\n"
        "stack = [app.window.contentItem()]\n"
        "while stack:\n"
        "    item = stack.pop()\n"
        "    stack.extend(item.childItems())\n"
        "    if item.objectName() == 'results.search':\n"
        "        item.forceActiveFocus()\n"
        "run()\n"
        "print(libraries())\n"
        "app.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.splitlines()
    assert out == [
        "[]",
        "['libQt6Multimedia', 'libqtvkbcomponentsplugin', 'libqtvkbpinyinplugin']",
    ]
