"""QrImageProvider: sizes, crispness, bad ids, and a real QML Image asking with sourceSize."""

from __future__ import annotations

import base64
import logging

import pytest
from PySide6.QtCore import QByteArray, QObject, QSize, QUrl
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlApplicationEngine
from pytestqt.qtbot import QtBot

from kiosk.qr.matrix import qr_matrix
from tests.kiosk.qr.helpers import decode_pixels
from tests.kiosk.qr.test_decode import PAYLOADS, to_grey
from ui.qr import DEFAULT_SIZE, QrImageProvider, payload_of, qr_source

PAYLOAD = PAYLOADS["calendar"]


def request(provider: QrImageProvider, payload: str, width: int, height: int) -> QImage:
    return provider.requestImage(qr_source(payload).split("/", 3)[3], QSize(), QSize(width, height))


def test_source_is_urlsafe_base64_without_padding() -> None:
    source = qr_source("Città?a=1&b=ü")
    token = source.removeprefix("image://qr/")
    assert source.startswith("image://qr/") and "=" not in token
    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert base64.urlsafe_b64decode(token + "==").decode() == payload_of(token) == "Città?a=1&b=ü"


@pytest.mark.parametrize(
    ("width", "height", "side"),
    [(0, 0, DEFAULT_SIZE), (-1, -1, DEFAULT_SIZE), (333, 0, 333), (0, 250, 250), (300, 200, 200)],
)
def test_image_size_follows_the_request(qapp: object, width: int, height: int, side: int) -> None:
    image = request(QrImageProvider(), PAYLOAD, width, height)
    assert (image.width(), image.height()) == (side, side)
    assert decode_pixels(*to_grey(image)).text == PAYLOAD


@pytest.mark.parametrize("side", [150, 333, 800])
def test_modules_are_whole_pixels_centred_on_white(qapp: object, side: int) -> None:
    matrix = qr_matrix(PAYLOAD)
    modules = len(matrix)
    scale = side // modules
    width, _, grey = to_grey(request(QrImageProvider(), PAYLOAD, side, side))
    assert set(grey) == {0, 255}  # no smoothing: only black and white
    offset = (side - modules * scale) // 2
    for y in range(side):
        row = grey[y * width : (y + 1) * width]
        inside = offset <= y < offset + modules * scale
        for x in range(0, side, 7):
            if inside and offset <= x < offset + modules * scale:
                dark = matrix[(y - offset) // scale][(x - offset) // scale]
                assert row[x] == (0 if dark else 255), (x, y)
            else:
                assert row[x] == 255, (x, y)


def test_tiny_request_still_gives_one_pixel_per_module(qapp: object) -> None:
    modules = len(qr_matrix(PAYLOAD))
    image = request(QrImageProvider(), PAYLOAD, 20, 20)
    assert image.width() == modules
    assert decode_pixels(*to_grey(image)).text == PAYLOAD


def test_bad_id_gives_a_null_image(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="ui.qr"):
        assert QrImageProvider().requestImage("%%%not-base64", QSize(), QSize(100, 100)).isNull()
        too_long = qr_source("x" * 500).split("/", 3)[3]
        assert QrImageProvider().requestImage(too_long, QSize(), QSize(100, 100)).isNull()
    assert len(caplog.records) == 2


def test_cache_is_small_and_can_be_cleared(qapp: object) -> None:
    provider = QrImageProvider()
    for i in range(20):
        request(provider, f"https://example.it/{i}", 100, 100)
    assert 0 < len(provider._matrices) <= 8
    provider.clear()
    assert len(provider._matrices) == 0


QML = b"""
import QtQuick
Window {
    width: 900; height: 400; visible: true; color: "#3a6ea5"
    required property string src
    property alias ready: row.ready
    Row {
        id: row
        property bool ready: a.status === Image.Ready && b.status === Image.Ready
        x: 20; y: 20; spacing: 40
        Image { id: a; objectName: "a"; source: src; sourceSize: Qt.size(333, 333); smooth: false }
        Image { id: b; objectName: "b"; source: src; sourceSize.width: 150; smooth: false }
    }
}
"""


def test_qml_image_with_source_size_shows_a_decodable_code(qapp: object, qtbot: QtBot) -> None:
    engine = QQmlApplicationEngine()
    engine.addImageProvider("qr", QrImageProvider())
    engine.setInitialProperties({"src": qr_source(PAYLOAD)})
    engine.loadData(QByteArray(QML), QUrl("inline.qml"))
    try:
        (window,) = engine.rootObjects()
        qtbot.waitUntil(lambda: bool(window.property("ready")), timeout=5000)
        qtbot.waitExposed(window)
        a = window.findChild(QObject, "a")
        assert (a.property("implicitWidth"), a.property("implicitHeight")) == (333, 333)
        b = window.findChild(QObject, "b")
        assert b.property("implicitWidth") == 150
        shot = window.grabWindow()
        for x, side in ((20, 333), (393, 150)):
            crop = shot.copy(x, 20, side, side)
            assert decode_pixels(*to_grey(crop)).text == PAYLOAD
    finally:
        del engine
