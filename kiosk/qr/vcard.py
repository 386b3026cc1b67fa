"""vCard 3.0 payloads (RFC 2426): the offering's contact card and the info point's card.

Lines end in CRLF and are not folded (phone readers accept long lines; folding costs bytes). Text
values escape backslash, comma, semicolon and newlines. Phone numbers keep only "+" and digits.
Fields are dropped, least important first, until the card fits a version-10/M QR code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kiosk.qr.fitting import Field, clean, fit
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


def _address_values(street: str, postal_code: str, locality: str) -> tuple[str, ...]:
    """ADR values (post box;extended;street;locality;region;postal code), richest first."""
    full = ";".join(["", "", escape_text(street), escape_text(locality), "",
                     escape_text(postal_code)]).rstrip(";")
    town = f";;;{escape_text(locality)}" if locality else ""
    return tuple(v for v in dict.fromkeys([full, town]) if v.strip(";"))


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

    Dropped in this order until it fits: note (first trimmed), URL, extra phone numbers,
    organization (first trimmed), street (the town stays), town, e-mail; the name is trimmed
    last. The first phone number is never dropped. A URL that is not http(s) is left out. Raises
    PayloadTooLong only if the name and first phone alone cannot fit, and ValueError if the name
    is empty.
    """
    name = clean(name)
    if not name:
        raise ValueError("A contact card needs a name.")
    dials = [d for d in dict.fromkeys(dial_string(p) for p in phones) if d][: len(_TEL_KEYS)]
    fields = [
        Field("name", (name,), trim_to=1, required=True),
        *([Field(_TEL_KEYS[0], (dials[0],), required=True)] if dials else []),
        Field("email", (clean(email),)),
        Field("adr", _address_values(clean(street), clean(postal_code), clean(locality))),
        Field("org", (clean(organization),), trim_to=12),
        *[Field(key, (dial,)) for key, dial in zip(_TEL_KEYS[1:], dials[1:], strict=False)],
        Field("url", (web_url(url) or "",)),
        Field("note", (clean(note),), trim_to=20),
    ]
    return fit(fields, _render)


def info_point_vcard(name: str, phone: str | None, email: str | None, note: str) -> str:
    """The info point's contact card, `note` (e.g. "Riferimento: K7-3F9Q") kept before all else.

    Dropped in this order until it fits: e-mail, phone; then the name is trimmed (down to 8
    characters) and, last, the note.
    """
    name = clean(name)
    if not name:
        raise ValueError("A contact card needs a name.")
    fields = [
        Field("note", (clean(note),), trim_to=1, required=True),
        Field("name", (name,), trim_to=8, required=True),
        Field(_TEL_KEYS[0], (dial_string(phone or ""),)),
        Field("email", (clean(email),)),
    ]
    return fit(fields, _render)
