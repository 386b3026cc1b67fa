"""Web links as QR payloads: only absolute http(s) URLs, sent exactly as the catalogue has them.

`offering_page_url` is the central server's public page of an offering (/o/<id>), which the
kiosk's "open the web page" code shows when the offering has no website of its own.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

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


def offering_page_url(public_base_url: str, offering_id: str) -> str | None:
    """`<public_base_url>/o/<offering id>` (the id percent-encoded), or None when no public base
    URL is set or it is not an http(s) address (settings check the https rule)."""
    base = web_url(public_base_url)
    if base is None or not offering_id:
        return None
    return f"{base.rstrip('/')}/o/{quote(offering_id, safe='')}"
