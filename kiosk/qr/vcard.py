"""vCard 3.0 payloads (RFC 2426): the offering's contact card and the info point's card.

Lines end in CRLF and are not folded (phone readers accept long lines; folding costs bytes). Text
values escape backslash, comma, semicolon and newlines. Phone numbers keep only "+" and digits.
Fields are dropped, least important first, until the card fits a version-10/M QR code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kiosk.qr.fitting import Drop, Shorten, Step, Swap, clean, fit
from kiosk.qr.links import web_url

_NOT_DIAL = re.compile(r"[^0-9+]")
_TEL_KEYS = tuple(f"tel{i}" for i in range(4))


def escape_text(text: str) -> str:
    """`text` as a vCard/iCalendar TEXT value: \\ , ; escaped and newlines as \\n."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def dial_string(phone: str) -> str:
    """`phone` reduced to "+" and digits ("0331 54 12-34" → "0331541234"); "" if no digits."""
    digits = _NOT_DIAL.sub("", phone)
    return digits if any(c.isdigit() for c in digits) else ""


def _render(values: Mapping[str, str]) -> str:
    name = escape_text(values["name"])
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{name}", f"FN:{name}"]
    if "org" in values:
        lines.append(f"ORG:{escape_text(values['org'])}")
    lines += [f"TEL:{values[key]}" for key in _TEL_KEYS if key in values]
    if "email" in values:
        lines.append(f"EMAIL:{escape_text(values['email'])}")
    if "adr" in values:
        lines.append(f"ADR:{values['adr']}")
    if "url" in values:
        lines.append(f"URL:{values['url']}")
    if "note" in values:
        lines.append(f"NOTE:{escape_text(values['note'])}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def _address(street: str, postal_code: str, locality: str) -> str:
    """An ADR value: post box;extended;street;locality;region;postal code (empty ends left out)."""
    parts = ["", "", street, locality, "", postal_code]
    return ";".join(escape_text(p) for p in parts).rstrip(";") if any(parts) else ""


def vcard_payload(
    name: str,
    *,
    organization: str | None = None,
    phones: Sequence[str] = (),
    email: str | None = None,
    street: str | None = None,
    postal_code: str | None = None,
    locality: str | None = None,
    url: str | None = None,
    note: str | None = None,
) -> str:
    """An offering's contact card that fits a version-10/M QR code.

    Reduced in this order until it fits: note shortened (≥ 20 characters) then dropped, URL,
    extra phone numbers, organization shortened (≥ 12) then dropped, name shortened (≥ 32),
    address reduced to the town then dropped, e-mail, and last the name shortened further. The
    first phone number always stays. A URL that is not http(s) is left out. Raises ValueError if
    the name is empty, PayloadTooLong if even the name and one phone number cannot fit.
    """
    name = clean(name)
    if not name:
        raise ValueError("A contact card needs a name.")
    dials = [d for d in dict.fromkeys(dial_string(p) for p in phones) if d][: len(_TEL_KEYS)]
    locality = clean(locality)
    values = {
        "name": name,
        **dict(zip(_TEL_KEYS, dials, strict=False)),
        "email": clean(email),
        "adr": _address(clean(street), clean(postal_code), locality),
        "org": clean(organization),
        "url": web_url(url) or "",
        "note": clean(note),
    }
    plan: list[Step] = [
        Shorten("note", 20),
        Drop("note"),
        Drop("url"),
        *[Drop(key) for key in reversed(_TEL_KEYS[1:])],
        Shorten("org", 12),
        Drop("org"),
        Shorten("name", 32),
        Swap("adr", _address("", "", locality)),
        Drop("adr"),
        Drop("email"),
        Shorten("name", 1),
    ]
    return fit(values, _render, plan)


def vcard_text(
    name: str,
    *,
    organization: str | None = None,
    phones: Sequence[str] = (),
    email: str | None = None,
    street: str | None = None,
    postal_code: str | None = None,
    locality: str | None = None,
    url: str | None = None,
) -> str:
    """The card `vcard_payload` makes, with nothing dropped or shortened (a file to download,
    not a QR code: the central server's /o/<id>.vcf). Raises ValueError if the name is empty."""
    name = clean(name)
    if not name:
        raise ValueError("A contact card needs a name.")
    dials = [d for d in dict.fromkeys(dial_string(p) for p in phones) if d][: len(_TEL_KEYS)]
    values = {
        "name": name,
        **dict(zip(_TEL_KEYS, dials, strict=False)),
        "email": clean(email),
        "adr": _address(clean(street), clean(postal_code), clean(locality)),
        "org": clean(organization),
        "url": web_url(url) or "",
    }
    return _render({key: value for key, value in values.items() if value})


def info_point_vcard(name: str, phone: str | None, email: str | None, note: str) -> str:
    """The info point's contact card, `note` (e.g. "Riferimento: K7-3F9Q") kept before all else.

    Reduced in this order until it fits: e-mail, phone, name shortened (≥ 8 characters), note
    shortened.
    """
    name = clean(name)
    if not name:
        raise ValueError("A contact card needs a name.")
    values = {
        "name": name,
        "note": clean(note),
        _TEL_KEYS[0]: dial_string(phone or ""),
        "email": clean(email),
    }
    plan: list[Step] = [Drop("email"), Drop(_TEL_KEYS[0]), Shorten("name", 8), Shorten("note", 1)]
    return fit(values, _render, plan)
