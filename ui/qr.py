"""QR codes as images for QML: `Image { source: qr_source(payload) }` served by QrImageProvider.

The composition root registers the provider with `engine.addImageProvider("qr", provider)`. The
image id is the payload itself (UTF-8, urlsafe base64 without padding), so the provider needs no
state besides a small cache of recent matrices. Images are drawn at the size QML asks for
(`sourceSize`, else 400 px) with a whole number of pixels per module, centred on white: crisp at
any size. Use `smooth: false` on the Image.
"""

from __future__ import annotations

import base64
import logging
import threading
from collections import OrderedDict

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.qr.matrix import qr_matrix, scaled_rows

log = logging.getLogger(__name__)

DEFAULT_SIZE = 400
CACHE_SIZE = 8


def qr_source(payload: str) -> str:
    """The QML image source showing `payload` as a QR code."""
    token = base64.urlsafe_b64encode(payload.encode("utf-8")).decode("ascii").rstrip("=")
    return f"image://qr/{token}"


def payload_of(token: str) -> str:
    """The payload encoded in an image id made by `qr_source`."""
    return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("utf-8")


class QrImageProvider(QQuickImageProvider):
    """Draws `image://qr/<token>` images; `clear()` forgets the cached codes (session wipe)."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._matrices: OrderedDict[str, list[list[bool]]] = OrderedDict()
        self._lock = threading.Lock()  # asynchronous Images call from loader threads

    def clear(self) -> None:
        with self._lock:
            self._matrices.clear()

    def _matrix(self, token: str) -> list[list[bool]]:
        with self._lock:
            matrix = self._matrices.pop(token, None)
        if matrix is None:
            matrix = qr_matrix(payload_of(token))
        with self._lock:
            self._matrices[token] = matrix
            while len(self._matrices) > CACHE_SIZE:
                self._matrices.popitem(last=False)
        return matrix

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:
        width, height = requestedSize.width(), requestedSize.height()
        side = min(w for w in (width, height) if w > 0) if max(width, height) > 0 else DEFAULT_SIZE
        try:
            side, rows = scaled_rows(self._matrix(id.split("?", 1)[0]), side)
        except ValueError:  # bad base64, bad UTF-8 or too long: an empty image, not a crash
            log.exception("Cannot draw the QR code image://qr/%.16s…", id)
            return QImage()
        image = QImage(b"".join(rows), side, side, side, QImage.Format.Format_Grayscale8).copy()
        size.setWidth(side)
        size.setHeight(side)
        return image
