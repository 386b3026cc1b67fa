"""The logo provider (ui/logo.py): SVG, PNG and JPEG logos drawn to fit the box QML asks for, in
their own proportions; a damaged file gives no picture, not a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from ui.logo import LogoProvider, fitted

WIDE_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100'>"
    "<rect width='200' height='100' fill='#0B5394'/></svg>"
)


def _draw(path: Path, requested: QSize) -> tuple[QImage, QSize]:
    size = QSize()
    image = LogoProvider(lambda: path).requestImage("0", size, requested)
    return image, size


def test_fitted_keeps_the_proportions() -> None:
    assert fitted(QSize(200, 100), QSize(96, 96)) == QSize(96, 48)
    assert fitted(QSize(100, 200), QSize(96, 0)) == QSize(96, 192)
    assert fitted(QSize(200, 100), QSize(0, 0)) == QSize(200, 100)
    assert fitted(QSize(), QSize(50, 50)) == QSize(50, 50)  # no size of its own: square


def test_a_wide_svg_fits_the_square_box(tmp_path: Path, qapp: object) -> None:
    logo = tmp_path / "alleanza.svg"
    logo.write_text(WIDE_SVG, encoding="utf-8")
    image, size = _draw(logo, QSize(96, 96))
    assert (image.width(), image.height()) == (96, 48) and size == QSize(96, 48)
    assert image.pixelColor(48, 24) == QColor("#0B5394")


@pytest.mark.parametrize("suffix", ["png", "jpg"])
def test_raster_logos_are_scaled_to_fit(tmp_path: Path, qapp: object, suffix: str) -> None:
    source = QImage(300, 100, QImage.Format.Format_RGB32)
    source.fill(QColor("#1F6F78"))
    logo = tmp_path / f"alleanza.{suffix}"
    assert source.save(str(logo))
    image, size = _draw(logo, QSize(90, 90))
    assert (image.width(), image.height()) == (90, 30) and size == QSize(90, 30)
    colour = image.pixelColor(45, 15)
    assert abs(colour.red() - 0x1F) < 8 and abs(colour.green() - 0x6F) < 8


@pytest.mark.qt_log_ignore(r"Cannot read file .*broken\.svg")  # Qt's own word on it
@pytest.mark.parametrize("name", ["broken.svg", "broken.png"])
def test_a_damaged_logo_gives_no_picture(
    tmp_path: Path, qapp: object, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    logo = tmp_path / name
    logo.write_bytes(b"\x89PNG not really" if name.endswith("png") else b"<svg")
    image, _ = _draw(logo, QSize(96, 96))
    assert image.isNull()
    assert name in caplog.text
