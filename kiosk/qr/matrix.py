"""Encode a payload as a QR matrix (and a crisp PNG) within the kiosk's scanning limits.

The limits are fixed: error correction M, quiet zone 4, version ≤ 10 (57 × 57 modules), which holds
213 bytes of UTF-8 text. Text is encoded as UTF-8 without an ECI header: phone scanners and
zxing-cpp detect UTF-8 themselves, and some older readers stumble over ECI.
"""

from __future__ import annotations

import struct
import sys
import zlib


def _import_qrcode_without_pillow() -> None:
    """Import qrcode without Pillow: the kiosk draws the matrix itself (`scaled_rows`, `qr_png`).

    qrcode's package imports its Pillow module drawers "for backwards compatibility" and skips
    them on ImportError. Marking PIL as missing while qrcode loads keeps Pillow (about 4 MiB of
    memory and 20 ms) out of the kiosk; PIL stays importable afterwards for whoever needs it.
    """
    if "qrcode" in sys.modules or "PIL" in sys.modules:
        return
    sys.modules["PIL"] = None  # type: ignore[assignment]  # import PIL → ImportError
    try:
        import qrcode.main  # noqa: F401
    finally:
        if sys.modules.get("PIL", False) is None:
            del sys.modules["PIL"]


_import_qrcode_without_pillow()

import qrcode  # noqa: E402
from qrcode import util  # noqa: E402
from qrcode.constants import ERROR_CORRECT_M  # noqa: E402
from qrcode.exceptions import DataOverflowError  # noqa: E402

MAX_VERSION = 10
BYTE_CAPACITY = 213
"""Bytes that always fit version 10/M (byte mode); qrcode's mode optimisation only adds room."""
NUMERIC_CAPACITY = 513
"""Characters that never fit beyond: even all-digit text stops at 513 at version 10/M."""
BORDER = 4
"""Quiet zone, in modules, included in every matrix."""


class PayloadTooLong(ValueError):
    """The payload needs a QR code larger than version 10 at error correction M."""


def _code(payload: str) -> qrcode.QRCode:
    """A QRCode holding `payload`, its version chosen (still unmasked)."""
    code = qrcode.QRCode(version=None, error_correction=ERROR_CORRECT_M, border=BORDER)
    code.add_data(payload.encode("utf-8"))
    try:
        version = code.best_fit()
    except DataOverflowError:
        version = 41
    if version > MAX_VERSION:
        raise PayloadTooLong(
            f"The QR payload of {len(payload.encode('utf-8'))} bytes needs a version {version} "
            f"code; the kiosk allows at most version {MAX_VERSION}."
        )
    return code


def qr_version(payload: str) -> int:
    """The QR version `payload` is rendered at; raises PayloadTooLong above version 10."""
    version: int = _code(payload).version
    return version


def fits(payload: str) -> bool:
    """Whether `payload` fits a version ≤ 10 code at error correction M."""
    if len(payload.encode("utf-8")) <= BYTE_CAPACITY:
        return True
    if len(payload) > NUMERIC_CAPACITY:
        return False
    limit: int = util.BIT_LIMIT_TABLE[ERROR_CORRECT_M][MAX_VERSION]
    return _bits_at_max_version(payload.encode("utf-8")) <= limit


def _bits_at_max_version(data: bytes) -> int:
    """Bits qrcode needs for `data` at version 10 (same segments, without writing them)."""
    sizes = util.mode_sizes_for_version(MAX_VERSION)
    total = 0
    for chunk in util.optimal_data_chunks(data, minimum=20):
        n = len(chunk)
        if chunk.mode == util.MODE_NUMBER:
            body = 10 * (n // 3) + (0, 4, 7)[n % 3]
        elif chunk.mode == util.MODE_ALPHA_NUM:
            body = 11 * (n // 2) + 6 * (n % 2)
        else:
            body = 8 * n
        total += 4 + sizes[chunk.mode] + body
    return total


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of `payload`'s QR code, quiet zone included (True = dark)."""
    code = _code(payload)
    code.make(fit=False)
    return [[bool(module) for module in row] for row in code.get_matrix()]


def scaled_rows(matrix: list[list[bool]], side_px: int) -> tuple[int, list[bytes]]:
    """8-bit grey rows (0 dark, 255 light) of `matrix` centred on a white square of `side_px`.

    Every module is the same whole number of pixels, so the code stays sharp; the square grows to
    the matrix size if `side_px` is smaller than that. Returns (side, rows).
    """
    modules = len(matrix)
    scale = max(1, side_px // modules)
    side = max(side_px, modules)
    offset = (side - modules * scale) // 2
    white_row = b"\xff" * side
    rows = [white_row] * offset
    dark_px, light_px = b"\x00" * scale, b"\xff" * scale
    for row in matrix:
        line = b"".join(dark_px if dark else light_px for dark in row)
        padded = b"\xff" * offset + line + b"\xff" * (side - offset - len(line))
        rows.extend([padded] * scale)
    rows.extend([white_row] * (side - len(rows)))
    return side, rows


def qr_png(payload: str, size_px: int = 400) -> bytes:
    """A greyscale PNG, `size_px` square (or the matrix size if larger), of `payload`'s QR code."""
    side, rows = scaled_rows(qr_matrix(payload), size_px)
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )
