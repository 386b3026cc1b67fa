"""What the public page of one offering shows, and its .ics and .vcf downloads (no HTTP here).

`view(catalogue, offering, lang)` words the offering in `lang`, each catalogue text falling back
to Italian (marked, with its own `lang`). The downloads are made by kiosk.qr.ical and
kiosk.qr.vcard as the kiosk's QR codes are, without the QR size limit: the same event UID (a
phone that saved the kiosk's code gets one event, not two) and the same card fields. The
calendar holds one VEVENT per period not yet over (the schedule's dates without periods) in a
VCALENDAR, in local time without a time zone, like the kiosk's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import icalendar

from central.offering_page import words
from kiosk.catalogue.schema import Catalogue, Location, Offering
from kiosk.qr.ical import calendar_event
from kiosk.qr.payloads import DateRange, OfferingHandoff, next_dates
from kiosk.qr.vcard import vcard_text

PRODID = "-//Family Pit Stop//Offering page//IT"


@dataclass(frozen=True)
class Text:
    """A catalogue text as shown: its words and the language they are in."""

    text: str
    lang: str
    fallback: bool


@dataclass(frozen=True)
class Link:
    href: str
    label: str
    kind: str


@dataclass
class View:
    lang: str
    name: Text
    organization: str | None = None
    description: Text | None = None
    categories: list[Text] = field(default_factory=list)
    ages: str = ""
    towns: list[str] = field(default_factory=list)
    when: list[tuple[Text | None, list[str]]] = field(default_factory=list)
    """(label, parts): dates, days, hours, each kept on one line."""
    where: list[tuple[str, Text | None]] = field(default_factory=list)
    cost: list[Text] = field(default_factory=list)
    enrol: Text | None = None
    contacts: list[Link] = field(default_factory=list)
    has_dates: bool = False
    has_card: bool = False


def pick(value: dict[str, str] | None, lang: str) -> Text | None:
    """`value` in `lang`, else Italian (marked as a fallback), else any language."""
    if not value:
        return None
    if value.get(lang):
        return Text(value[lang], lang, False)
    fallback = "it" if value.get("it") else next(iter(value))
    return Text(value[fallback], fallback, True)


def _place(location: Location, comuni: dict[str, str]) -> str:
    town = comuni.get(location.address.comune, location.address.comune)
    postal = f"{location.address.postal_code or ''} {town}".strip()
    return ", ".join(x for x in (location.name, location.address.address_1, postal) if x)


def handoff(catalogue: Catalogue, offering: Offering, lang: str) -> OfferingHandoff:
    """The kiosk's QR description of `offering` in `lang` (as ui/vm/handoff.py makes it)."""
    orgs = {o.id: o for o in catalogue.organizations}
    comuni = {c.id: c.name for c in catalogue.comuni}
    locations = {loc.id: loc for loc in catalogue.locations}
    periods = {p.id: p for p in catalogue.periods}
    org = orgs.get(offering.organization)
    loc = next((locations[i] for i in offering.locations if i in locations), None)
    schedule = offering.schedules[0] if offering.schedules else None
    own = [periods[p] for p in offering.periods if p in periods]
    dated = [p for p in own if p.kind != "school_year"] or own
    name = pick(offering.name, lang)
    phones = offering.phones or (org.phones if org else [])
    return OfferingHandoff(
        id=offering.id,
        name=name.text if name else offering.id,
        organization=org.name if org else None,
        phones=tuple(p.number for p in phones),
        email=offering.email or (org.email if org else None),
        street=loc.address.address_1 if loc else None,
        postal_code=loc.address.postal_code if loc else None,
        comune=comuni.get(loc.address.comune, loc.address.comune) if loc else None,
        url=offering.url or (org.website if org else None),
        periods=tuple(DateRange(p.start, p.end) for p in dated),
        opens_at=schedule.opens_at if schedule else None,
        closes_at=schedule.closes_at if schedule else None,
        byday=tuple(schedule.byday) if schedule else (),
        valid_from=schedule.valid_from if schedule else None,
        valid_to=schedule.valid_to if schedule else None,
    )


def date_ranges(described: OfferingHandoff, today: dt.date) -> list[DateRange]:
    """The periods not yet over, else the schedule's dates (`next_dates`), else nothing."""
    upcoming = sorted(p for p in described.periods if p.end >= today)
    if upcoming:
        return upcoming
    single = next_dates(described, today)
    return [single] if single else []


def ics(catalogue: Catalogue, offering: Offering, lang: str, today: dt.date) -> bytes | None:
    """A VCALENDAR of the offering's dates; None when it has none to come."""
    described = handoff(catalogue, offering, lang)
    ranges = date_ranges(described, today)
    if not ranges:
        return None
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    place = ", ".join(p for p in (described.street, described.comune) if p)
    stamp = catalogue.updated_at.astimezone(dt.UTC)
    for start, end in ranges:
        payload = calendar_event(
            described.name,
            uid_seed=described.id,
            start=start,
            end=end,
            location=place or None,
            opens_at=described.opens_at,
            closes_at=described.closes_at,
            byday=described.byday,
            url=described.url,
        )
        event = icalendar.Event.from_ical(payload)
        event.add("dtstamp", stamp)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def vcf(catalogue: Catalogue, offering: Offering, lang: str) -> bytes | None:
    """The offering's contact card; None without a phone, e-mail or address."""
    d = handoff(catalogue, offering, lang)
    if not (d.phones or d.email or d.street):
        return None
    card = vcard_text(
        d.name,
        organization=d.organization,
        phones=d.phones,
        email=d.email,
        street=d.street,
        postal_code=d.postal_code,
        locality=d.comune,
        url=d.url,
    )
    return card.encode("utf-8")


def view(catalogue: Catalogue, offering: Offering, lang: str, today: dt.date) -> View:
    """Everything the page shows, worded in `lang`."""
    orgs = {o.id: o for o in catalogue.organizations}
    comuni = {c.id: c.name for c in catalogue.comuni}
    locations = {loc.id: loc for loc in catalogue.locations}
    periods = {p.id: p for p in catalogue.periods}
    categories = {c.id: c for c in catalogue.categories}
    org = orgs.get(offering.organization)
    name = pick(offering.name, lang)
    assert name is not None  # the schema requires a name
    page = View(lang=lang, name=name, organization=org.name if org else None)
    page.description = pick(offering.description, lang)
    page.categories = [
        t for c in offering.categories if c in categories if (t := pick(categories[c].name, lang))
    ]
    page.ages = words.ages(offering.minimum_age, offering.maximum_age, lang)
    own_locations = [locations[i] for i in offering.locations if i in locations]
    page.towns = list(
        dict.fromkeys(comuni.get(loc.address.comune, loc.address.comune) for loc in own_locations)
    )
    for pid in offering.periods:
        if pid in periods:
            period = periods[pid]
            page.when.append(
                (pick(period.name, lang), [words.date_range(period.start, period.end, lang)])
            )
    for schedule in offering.schedules:
        parts = [words.days(list(schedule.byday), lang)]
        if schedule.opens_at and schedule.closes_at:
            parts.append(
                f"{schedule.opens_at.strftime('%H:%M')}–{schedule.closes_at.strftime('%H:%M')}"
            )
        if schedule.valid_from and schedule.valid_to:
            parts.append(words.date_range(schedule.valid_from, schedule.valid_to, lang))
        page.when.append((pick(schedule.description, lang), [p for p in parts if p]))
    page.where = [(_place(loc, comuni), pick(loc.accessibility, lang)) for loc in own_locations]
    if offering.free:
        page.cost.append(Text(words.word(lang, "free"), lang, False))
    for cost in offering.cost_options:
        option = pick(cost.option, lang)
        amount = _money(cost.amount, cost.currency) if cost.amount is not None else ""
        text = " ".join(x for x in (amount, option.text if option else "") if x)
        if text:
            page.cost.append(
                Text(text, option.lang if option else lang, bool(option and option.fallback))
            )
    fees = pick(offering.fees_description, lang)
    if fees:
        page.cost.append(fees)
    if not page.cost:
        page.cost.append(Text(words.word(lang, "ask_cost"), lang, False))
    page.enrol = pick(offering.application_process, lang)
    phones = offering.phones or (org.phones if org else [])
    for phone in phones:
        label = pick(phone.description, lang)
        number = phone.number
        dial = "".join(c for c in number if c.isdigit() or c == "+")
        page.contacts.append(
            Link(f"tel:{dial}", f"{number} · {label.text}" if label else number, "phone")
        )
    email = offering.email or (org.email if org else None)
    if email:
        page.contacts.append(Link(f"mailto:{email}", email, "email"))
    for person in offering.contacts:
        title = pick(person.title, lang)
        bits = [person.name or "", title.text if title else ""]
        if person.phone:
            dial = "".join(c for c in person.phone if c.isdigit() or c == "+")
            page.contacts.append(
                Link(f"tel:{dial}", " · ".join(b for b in (*bits, person.phone) if b), "phone")
            )
        if person.email:
            page.contacts.append(
                Link(
                    f"mailto:{person.email}",
                    " · ".join(b for b in (*bits, person.email) if b),
                    "email",
                )
            )
    website = offering.url or (org.website if org else None)
    if website and website.lower().startswith(("https://", "http://")):
        page.contacts.append(Link(website, website, "website"))
    described = handoff(catalogue, offering, lang)
    page.has_dates = bool(date_ranges(described, today))
    page.has_card = bool(described.phones or described.email or described.street)
    return page


def _money(amount: float, currency: str) -> str:
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",").removesuffix(",00")
    return f"{text} €" if currency == "EUR" else f"{text} {currency}"
