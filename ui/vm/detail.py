"""One offering on the detail screen, worded in the session's language, with its QR handoff codes."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.catalogue import browse
from kiosk.usage.tally import IGNORE, Counts
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property, fmt, handoff  # noqa: F401
from ui.vm.catalogue import icon_name

if TYPE_CHECKING:
    from kiosk.db.sqlite import SqliteFile

log = logging.getLogger(__name__)
QR_KINDS = {"link": "qrLink", "contact": "qrContact", "calendar": "qrCalendar"}
"""Each QR code's kind (kiosk.usage.metrics.QR_KINDS) and the property that shows it."""


def _text(name: str, notify: Signal) -> Property:
    def getter(self: Detail) -> str:
        return self.text(name)

    return Property(str, getter, notify=notify)


def _list(name: str, notify: Signal) -> Property:
    def getter(self: Detail) -> list[str]:
        value = self._view.get(name, [])
        return list(value) if isinstance(value, list) else []

    return container_property("QStringList", getter, notify=notify)


@QmlElement
class Detail(QObject):
    changed = Signal()
    usage: Counts = IGNORE
    """Where detail views and the QR codes they show are counted (kiosk.usage)."""

    def __init__(
        self,
        engine: SqliteFile | None,
        *,
        language: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
        public_base_url: Callable[[], str] = str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._language = language
        self._today = today
        self._public_base_url = public_base_url
        """sync.public_base_url: the "open the web page" code of an offering without a website."""
        self._detail: browse.OfferingDetail | None = None
        self._view: dict[str, object] = {}

    def attach(self, engine: SqliteFile) -> None:
        self._engine = engine

    @Slot(str, result=bool)
    def load(self, offering_id: str) -> bool:
        """Show `offering_id`; False (and nothing shown) when it is not in the catalogue."""
        if self._engine is None:
            return False
        self._detail = browse.offering_detail(self._engine, offering_id)
        if self._detail is None:
            log.info("offering %r not found", offering_id)
        self.retranslate()
        if self._detail is not None:  # the view and the QR codes it shows, counted
            self.usage.viewed(offering_id, [k for k in QR_KINDS if self.text(QR_KINDS[k])])
        return self._detail is not None

    @Slot()
    def clear(self) -> None:
        """Forget the offering and its QR codes (session wipe)."""
        self._detail = None
        self.retranslate()

    @Slot()
    def retranslate(self) -> None:
        d = self._detail
        self._view = {} if d is None else self._build(d, self._language())
        self.changed.emit()

    def _build(self, d: browse.OfferingDetail, lang: str) -> dict[str, object]:
        def marked(value: browse.I18n | None) -> str:
            """The field in `lang` (else Italian), marked when it is not in `lang`."""
            return fmt.with_mark(browse.pick(value, lang), fmt.fallback_mark(value, lang))

        when = [f"{marked(p.name)}: {fmt.date_range(p.start, p.end, lang)}" for p in d.periods]
        for s in d.schedules:
            parts = [fmt.day_names(s.byday, lang)]
            if s.opens_at and s.closes_at:
                parts.append(f"{s.opens_at}–{s.closes_at}")
            label = marked(s.description)
            if label:
                parts.append(label)
            when.append(" · ".join(p for p in parts if p))
        places = []
        for loc in d.locations:
            line = ", ".join(
                x for x in (loc.name, loc.address, f"{loc.postal_code} {loc.comune}".strip()) if x
            )
            access = marked(loc.accessibility)
            places.append(f"{line}\n{access}" if access else line)
        costs = []
        if d.free:
            costs.append(QCoreApplication.translate("Format", "Free of charge"))
        for c in d.costs:
            amount = fmt.money(c.amount, lang, c.currency) if c.amount is not None else ""
            option = marked(c.option)
            costs.append(" ".join(x for x in (amount, option) if x))
        fees = marked(d.fees_description)
        if fees:
            costs.append(fees)
        if not costs:
            costs.append(QCoreApplication.translate("Format", "Cost: ask the provider"))
        contacts = []
        for p in d.phones or d.organization_phones:
            label = marked(p.description)
            contacts.append(f"☎ {fmt.ltr(p.number)}" + (f" · {label}" if label else ""))
        email = d.email or d.organization_email
        if email:
            contacts.append(f"✉ {fmt.ltr(email)}")
        for person in d.contacts:
            bits = [
                person.name or "",
                marked(person.title),
                fmt.ltr(person.phone or ""),
                fmt.ltr(person.email or ""),
            ]
            contacts.append(" · ".join(b for b in bits if b))
        website = d.url or d.organization_website
        if website:
            contacts.append(fmt.ltr(website))
        codes = handoff.payloads(d, lang, self._today(), self._public_base_url())
        return {
            "offeringId": d.id,
            "name": browse.pick(d.name, lang),
            "organization": d.organization,
            "nameMark": fmt.fallback_mark(d.name, lang),
            "description": browse.pick(d.description, lang),
            "descriptionMark": fmt.fallback_mark(d.description, lang),
            "ages": fmt.ages(d.minimum_age, d.maximum_age),
            "cost": fmt.cost(d.free, d.min_cost, lang),
            "howToEnrol": marked(d.application_process),
            "icon": icon_name(d.categories[0] if d.categories else None),
            "places": places,
            "when": when,
            "costs": costs,
            "contacts": contacts,
            "qrLink": codes.get("link", ""),
            "qrContact": codes.get("contact", ""),
            "qrCalendar": codes.get("calendar", ""),
        }

    def text(self, name: str) -> str:
        """Text property `name` as QML reads it ("qrLink", "name", ...), typed for Python callers."""
        return str(self._view.get(name, ""))

    def payload(self, kind: str) -> str:
        """The text encoded in QR code `kind` ("link", "contact", "calendar"), for tests."""
        if self._detail is None:
            return ""
        return handoff.texts(
            self._detail, self._language(), self._today(), self._public_base_url()
        ).get(kind, "")

    offeringId = _text("offeringId", changed)
    name = _text("name", changed)
    organization = _text("organization", changed)
    description = _text("description", changed)
    nameMark = _text("nameMark", changed)
    """"" when the name is in the visitor's language, else "in Italian" in that language."""
    descriptionMark = _text("descriptionMark", changed)
    ages = _text("ages", changed)
    cost = _text("cost", changed)
    howToEnrol = _text("howToEnrol", changed)
    icon = _text("icon", changed)
    qrLink = _text("qrLink", changed)
    qrContact = _text("qrContact", changed)
    qrCalendar = _text("qrCalendar", changed)
    places = _list("places", changed)
    when = _list("when", changed)
    costs = _list("costs", changed)
    contacts = _list("contacts", changed)
