"""Every payload kind survives rendering: decoded by zxing-cpp from qr_png and from the provider."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.qr.matrix import BORDER, PayloadTooLong, fits, qr_matrix, qr_png, qr_version
from kiosk.qr.payloads import (
    calendar_payload,
    info_point_vcard,
    offering_payloads,
    url_payload,
    vcard_payload,
)
from tests.kiosk.qr.helpers import FULL, SHORT, SIZES, TODAY, decode_pixels, decode_png, version_of
from ui.qr import QrImageProvider, qr_source

ACCENTED = "Attività per l'estate: perché sì, più città — «Boffalora sopra Ticino» €"

PAYLOADS = {
    "link": url_payload("https://www.comune.magenta.mi.it/servizi/conciliazione?lang=it"),
    "contact": vcard_payload(
        ACCENTED,
        phones=["0331 1"],
        email="info@città.example.it",
        locality="Cuggiono",
        note="Iscrizioni; orari, \\ note\nseconda riga",
    ),
    "calendar": calendar_payload(
        ACCENTED,
        uid_seed="svc",
        start=dt.date(2027, 6, 14),
        end=dt.date(2027, 7, 30),
        location=["Via Novara 2, Magenta", "Magenta"],
        opens_at=dt.time(8),
        closes_at=dt.time(16),
        byday=("MO", "TU", "WE", "TH", "FR"),
    ),
    "info point": info_point_vcard(
        "Family Pit Stop Legnano",
        "0331 471111",
        "pitstop@legnano.example.it",
        "Riferimento: K7-3F9Q",
    ),
    **{f"{o.id} {c.kind}": c.payload for o in (FULL, SHORT) for c in offering_payloads(o, TODAY)},
}


def to_grey(image: QImage) -> tuple[int, int, bytes]:
    """The pixels of a QImage as tightly packed 8-bit grey (what Pillow's mode "L" wants)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())
    return width, height, b"".join(data[y * stride : y * stride + width] for y in range(height))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", sorted(PAYLOADS))
def test_png_decodes_to_the_exact_payload(kind: str, size: int) -> None:
    payload = PAYLOADS[kind]
    code = decode_png(qr_png(payload, size))
    assert code.text == payload
    assert code.bytes == payload.encode("utf-8")
    assert version_of(code) == qr_version(payload) <= 10
    assert code.ec_level == "M"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", sorted(PAYLOADS))
def test_provider_image_decodes_to_the_exact_payload(qapp: object, kind: str, size: int) -> None:
    payload = PAYLOADS[kind]
    provider = QrImageProvider()
    reported = QSize()
    token = qr_source(payload).removeprefix("image://qr/")
    image = provider.requestImage(token, reported, QSize(size, size))
    assert (image.width(), image.height()) == (size, size) == (reported.width(), reported.height())
    code = decode_pixels(*to_grey(image))
    assert code.text == payload
    assert version_of(code) <= 10


def test_accented_text_round_trips_as_utf8() -> None:
    name = "Ludoteca «Perché sì», città €"
    card = vcard_payload(name, phones=["02 1"], note="Più attività, lunedì–venerdì")
    code = decode_png(qr_png(card, 333))
    assert code.text == card
    assert f"FN:{name.replace(',', chr(92) + ',')}\r\n" in code.text
    assert "NOTE:Più attività\\, lunedì–venerdì\r\n" in code.text


def test_matrix_has_the_quiet_zone_and_version_10_is_the_ceiling() -> None:
    matrix = qr_matrix(PAYLOADS["calendar"])
    side = len(matrix)
    assert side == 17 + 4 * qr_version(PAYLOADS["calendar"]) + 2 * BORDER
    assert all(len(row) == side for row in matrix)
    for i in range(BORDER):
        assert not any(matrix[i]) and not any(matrix[-1 - i])
        assert not any(row[i] or row[-1 - i] for row in matrix)
    assert qr_version("x" * 213) == 10
    with pytest.raises(PayloadTooLong, match="version 11"):
        qr_matrix("x" * 214)


@pytest.mark.parametrize(
    "payload",
    [
        "x" * 213,
        "x" * 214,
        "è" * 106,
        "è" * 107,
        "A" * 311,
        "A" * 312,
        "1" * 513,
        "1" * 514,
        "BEGIN:VEVENT\r\n" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" * 7,
        "BEGIN:VEVENT\r\n" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" * 8,
        "a" * 100 + "B" * 150,
    ],
)
def test_fits_agrees_with_the_encoder(payload: str) -> None:
    try:
        version = qr_version(payload)
    except PayloadTooLong:
        version = 41
    assert fits(payload) == (version <= 10)


@pytest.mark.parametrize("filler", ["1", "A", "è", "a"])
def test_fits_agrees_with_the_encoder_around_the_limit(filler: str) -> None:
    """Mixed segments (bytes, then digits or letters) at every length around version 10/M."""
    flips = 0
    previous = True
    for n in range(0, 520, 2):
        payload = "TEL:é\r\n" + filler * n
        try:
            version = qr_version(payload)
        except PayloadTooLong:
            version = 41
        assert fits(payload) == (version <= 10), n
        flips += fits(payload) != previous
        previous = fits(payload)
    assert flips == 1
