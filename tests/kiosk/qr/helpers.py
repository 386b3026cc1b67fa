"""Decoding helpers and sample offerings for the QR tests."""

from __future__ import annotations

import datetime as dt
import io

import zxingcpp
from PIL import Image

from kiosk.qr.payloads import DateRange, OfferingHandoff

SIZES = (150, 333, 800)
TODAY = dt.date(2026, 11, 23)

FULL = OfferingHandoff(
    id="svc-legnano-campus-natale",
    name="Campus di Natale all'Oratorio San Luigi: giochi, laboratori e compiti",
    organization="Cooperativa Sociale «Il Girasole» – Società cooperativa onlus",
    phones=("0331 54 12 34", "+39 333 123 4567", "0331 999999"),
    email="iscrizioni@girasole.example.it",
    street="Via dei Mille 12",
    postal_code="20025",
    comune="Legnano",
    url="https://www.girasole.example.it/campus-natale?anno=2026&sede=legnano",
    description=(
        "Giornate di campus per bambini e ragazzi dai 6 agli 11 anni durante le vacanze di "
        "Natale: accoglienza, pranzo, compiti, laboratori creativi, giochi all'aperto. "
        "Iscrizioni entro il 10 dicembre; posti limitati, priorità ai residenti."
    ),
    periods=(
        DateRange(dt.date(2026, 4, 2), dt.date(2026, 4, 7)),
        DateRange(dt.date(2026, 12, 23), dt.date(2027, 1, 6)),
        DateRange(dt.date(2027, 4, 1), dt.date(2027, 4, 6)),
    ),
    opens_at=dt.time(7, 30),
    closes_at=dt.time(18, 0),
    byday=("MO", "TU", "WE", "TH", "FR"),
)

SHORT = OfferingHandoff(
    id="svc-magenta-prescuola",
    name="Pre-scuola Santa Caterina",
    phones=("02 9735 1234",),
    comune="Magenta",
    valid_from=dt.date(2026, 9, 14),
    valid_to=dt.date(2027, 6, 8),
    opens_at=dt.time(7, 30),
    closes_at=dt.time(8, 25),
    byday=("MO", "TU", "WE", "TH", "FR"),
)


def _read(image: object) -> zxingcpp.Barcode:
    codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1, f"expected one QR code, found {len(codes)}"
    return codes[0]


def decode_png(png: bytes) -> zxingcpp.Barcode:
    """The single QR code in a PNG, decoded from a Pillow image."""
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        return _read(image)


def decode_pixels(width: int, height: int, grey: bytes) -> zxingcpp.Barcode:
    """The single QR code in 8-bit grey pixels, decoded from a Pillow image."""
    return _read(Image.frombytes("L", (width, height), grey))


def version_of(code: zxingcpp.Barcode) -> int:
    return int(code.extra["Version"])
