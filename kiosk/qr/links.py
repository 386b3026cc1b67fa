"""Web links as QR payloads: only absolute http(s) URLs, sent exactly as the catalogue has them."""

from __future__ import annotations

from urllib.parse import urlsplit

from kiosk.qr.matrix import PayloadTooLong, fits


def web_url(url: str | None) -> str | None:
    """`url` without surrounding blanks if it is an absolute http(s) URL with a host, else None."""
    url = (url or "").strip()
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def url_payload(url: str) -> str:
    """The QR payload opening `url`; ValueError if it is not http(s), PayloadTooLong if too long."""
    checked = web_url(url)
    if checked is None:
        raise ValueError(f"Not a web address (http or https): {url!r}.")
    if not fits(checked):
        raise PayloadTooLong(f"The web address is too long for a scannable QR code: {url!r}.")
    return checked
