"""Line icons for QML, tinted on request: `image://icon/<name>/<RRGGBB>` renders
assets/icons/<name>.svg with `currentColor` replaced, crisp at the size the Image asks for."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import asset

ICONS = asset("icons")
DEFAULT_SIZE = 96


@lru_cache(maxsize=64)
def _svg(name: str) -> bytes:
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        path = ICONS / "generic.svg"
    return path.read_bytes()


class IconProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, icon_id: str, size: QSize, requested: QSize) -> QImage:
        name, _, colour = icon_id.partition("/")
        colour = "#" + (colour.lstrip("#") or "2B1D14")
        svg = _svg(name.replace(".", "").replace("..", "")).replace(
            b"currentColor", colour.encode()
        )
        width = requested.width() if requested.width() > 0 else DEFAULT_SIZE
        height = requested.height() if requested.height() > 0 else width
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(QByteArray(svg)).render(painter)
        painter.end()
        size.setWidth(width)
        size.setHeight(height)
        return image
