"""The alliance's logo for QML: `image://logo/<n>` draws theme.logo (SVG, PNG or JPEG) at the size
the Image asks for, keeping its proportions.

Why not a plain `file:` source: the first local file an `Image` loads makes Qt load every
image-format plugin it ships to list the formats (PDF, TIFF, WebP… about 1 MiB of memory for a
kiosk whose other images all come from providers). Here an SVG is drawn by QSvgRenderer and a
raster file read by its suffix, which loads at most the one plugin it needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtQuick import QQuickImageProvider
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)
DEFAULT_SIDE = 96
SVG_SUFFIXES = (".svg", ".svgz")


def fitted(natural: QSize, requested: QSize) -> QSize:
    """`natural` scaled to fit inside `requested` (a side of 0 or less: not asked for)."""
    if natural.isEmpty():
        natural = QSize(DEFAULT_SIDE, DEFAULT_SIDE)
    width, height = requested.width(), requested.height()
    if width <= 0 and height <= 0:
        return natural
    if width <= 0:
        width = max(1, round(natural.width() * height / natural.height()))
    if height <= 0:
        height = max(1, round(natural.height() * width / natural.width()))
    return natural.scaled(QSize(width, height), Qt.AspectRatioMode.KeepAspectRatio)


class LogoProvider(QQuickImageProvider):
    def __init__(self, path: Callable[[], Path]) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._path = path

    def requestImage(self, logo_id: str, size: QSize, requested: QSize) -> QImage:
        path = self._path()
        if path.suffix.lower() in SVG_SUFFIXES:
            image = _draw_svg(path, requested)
        else:
            image = _read_raster(path, requested)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image


def _draw_svg(path: Path, requested: QSize) -> QImage:
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        log.warning("the logo %s is not an SVG Qt can draw", path.name)
        return QImage()
    target = fitted(renderer.defaultSize(), requested)
    image = QImage(target, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, target.width(), target.height()))
    painter.end()
    return image


def _read_raster(path: Path, requested: QSize) -> QImage:
    reader = QImageReader(str(path))  # the format from the suffix: one plugin at most
    reader.setAutoTransform(True)
    natural = reader.size()
    if natural.isValid() and not natural.isEmpty():
        reader.setScaledSize(fitted(natural, requested))
    image = reader.read()
    if image.isNull():
        log.warning("the logo %s cannot be read: %s", path.name, reader.errorString())
    return image
