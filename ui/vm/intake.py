"""The contact-request flow ("intake"): one question per step, validated with kiosk.intake.model.

Steps: notice → needs → children → when → contact → review → done. Answers live only in this
object (never on disk, never in logs) until `submit`, which builds the request on the GUI thread
and seals + stores it on a worker thread (kiosk.intake.store); the reference appears only after
the commit. The request id is made when the review step is shown, so a double tap stores one.
A session wipe (idle timeout, end of the confirmation) forgets every answer.

Plug-in like the staff screens: `install_intake(app)` registers page "intake" → IntakePage and
`app.vm("intake")`, and installs the screens' own translations (ui/i18n/intake_<lang>.ts).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement
from sqlalchemy import Engine

from kiosk.catalogue import browse
from kiosk.intake.model import NEEDS, WEEKDAYS, ContactRequest, form_errors, parse_request
from kiosk.intake.store import Submitted, submit_request
from kiosk.privacy.keys import central_public_key, is_demo_mode
from kiosk.qr.vcard import info_point_vcard
from kiosk.settings import PrivacySection, Settings
from ui.qr import qr_source
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401
from ui.vm.navigation import Navigator
from ui.vm.session import Session

log = logging.getLogger(__name__)

STEPS = ("notice", "needs", "children", "when", "contact", "review", "done")
STEP_FIELDS: dict[str, frozenset[str]] = {
    "needs": frozenset({"needs"}),
    "children": frozenset({"children_ages"}),
    "when": frozenset({"comune", "periods", "weekdays"}),
    "contact": frozenset(
        {"first_name", "phone", "email", "contact", "preferred_channel", "time_slot", "language"}
    ),
}
CALL_LANGUAGES = (
    ("it", "Italiano"),
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ro", "Română"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("sq", "Shqip"),
)
MAX_AGES = 8


def _answer(name: str, kind: Any, notify: Signal) -> Property:
    def getter(self: Intake) -> Any:
        value = self._answers[name]
        return list(value) if isinstance(value, list) else value

    return Property(kind, getter, notify=notify)


def _privacy(name: str, notify: Signal) -> Property:
    """A constant property of the [privacy] settings (the notice values)."""

    def getter(self: Intake) -> Any:
        return getattr(self._settings.current.privacy, name)

    return Property(type(getattr(PrivacySection(), name)), getter, notify=notify)


def _empty() -> dict[str, Any]:
    return {
        "needs": [],
        "children_ages": [],
        "comune": "",
        "periods": [],
        "weekdays": [],
        "first_name": "",
        "phone": "",
        "email": "",
        "preferred_channel": "",
        "time_slot": "any",
        "language": "",
        "consent_notice": False,
        "consent_news": False,
    }


@QmlElement
class Intake(QObject):
    changed = Signal()
    """Any answer changed."""
    stepChanged = Signal()
    errorsChanged = Signal()
    busyChanged = Signal()
    optionsChanged = Signal()
    submitted = Signal(str)
    """The request is stored (its reference)."""
    settingsChanged = Signal()

    def __init__(
        self,
        session: Session,
        navigator: Navigator,
        *,
        settings: QtSettings,
        tasks: TaskRunner,
        engine: Engine | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tasks = tasks
        self._engine = engine
        self._session = session
        self._nav = navigator
        self._today = today
        self._now = now
        self._answers = _empty()
        self._step = 0
        self._errors: dict[str, str] = {}
        self._busy = False
        self._failed = False
        self._request_id: uuid.UUID | None = None
        self._notice_shown_at: dt.datetime | None = None
        self._reference = ""
        self._offering_id = ""
        self._offering_name = ""
        self._offering_category = ""
        self._comuni: list[dict[str, str]] = []
        self._periods: list[dict[str, str]] = []
        self._auto_close = QTimer(self, singleShot=True)
        self._auto_close.setInterval(settings.current.ui.confirmation_timeout * 1000)
        self._auto_close.timeout.connect(self._session.wipe)
        navigator.contactRequested.connect(self.start)
        session.wiped.connect(self.wipe)
        session.languageChanged.connect(self.retranslate)
        settings.changed.connect(self._apply_settings)
        self.retranslate()

    def attach(self, engine: Engine) -> None:
        """The database is open (the kiosk may start before it is)."""
        self._engine = engine
        self.retranslate()

    # -- flow -----------------------------------------------------------------------------

    @Slot(str)
    def start(self, offering_id: str) -> None:
        """A new request (about `offering_id`, "" for none), from the first step."""
        self._reset()
        self._offering_id = offering_id
        if offering_id and self._engine is not None:
            detail = browse.offering_detail(self._engine, offering_id)
            if detail is not None:
                self._offering_name = browse.pick(detail.name, self._lang())
                self._offering_category = detail.categories[0] if detail.categories else ""
        self._notice_shown_at = self._now()
        self._answers["language"] = self._lang()
        self.changed.emit()
        self.stepChanged.emit()

    @Slot()
    def next(self) -> None:
        """Check the answers of this step; go on when they are fine, else show the messages."""
        if self._busy or self.stepName in ("review", "done"):
            return
        if not self._check(STEP_FIELDS.get(self.stepName, frozenset())):
            return
        self._go(self._step + 1)

    @Slot()
    def back(self) -> None:
        """The previous step, answers kept; from the first step, leave the flow."""
        if self._busy or self.stepName == "done":
            return
        if self._step == 0:
            self._nav.back()
            return
        self._go(self._step - 1)

    def _go(self, step: int) -> None:
        self._step = step
        if self.stepName == "review":
            self._request_id = uuid.uuid4()  # the client token: a double tap stores one request
        self._set_errors({})
        self.stepChanged.emit()

    @Slot()
    def submit(self) -> None:
        """Seal and store the request off the GUI thread; the reference shows after the commit."""
        if (
            self._busy
            or self.stepName != "review"
            or self._request_id is None
            or self._engine is None
        ):
            return
        if not self._check(None):
            return
        request = self._request()
        # the office key of this moment: staff may have changed it a second ago
        settings, home, engine = self._settings.current, self._settings.store.home, self._engine
        self._set_busy(True)
        self._failed = False

        def work() -> Submitted:
            return submit_request(engine, request, central_public_key(settings, home))

        self._tasks.run(work, self._on_stored, self._on_store_failed, lane="writer")

    def _on_store_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if self.stepName != "review":  # wiped meanwhile
            return
        log.error("request %s could not be stored: %s", self._request_id, type(error).__name__)
        self._failed = True
        self.errorsChanged.emit()

    def _on_stored(self, result: Submitted) -> None:
        self._set_busy(False)
        if self.stepName != "review":  # wiped while the worker ran: the request is stored
            return
        self._reference = result.reference
        self._step = STEPS.index("done")
        self.stepChanged.emit()
        self.changed.emit()
        self._auto_close.start()
        self.submitted.emit(result.reference)

    def preview_done(self, reference: str) -> None:
        """Show the confirmation with `reference` without storing anything (snapshots only)."""
        self._reference = reference
        self._step = STEPS.index("done")
        self.stepChanged.emit()
        self.changed.emit()

    @Slot()
    def finish(self) -> None:
        """ "Done" on the confirmation: wipe the session now."""
        self._session.wipe()

    @Slot()
    def wipe(self) -> None:
        """Forget every answer (session wipe)."""
        self._reset()
        self.changed.emit()
        self.stepChanged.emit()

    def _reset(self) -> None:
        self._auto_close.stop()
        self._answers = _empty()
        self._step = 0
        self._request_id = None
        self._notice_shown_at = None
        self._reference = ""
        self._offering_id = self._offering_name = self._offering_category = ""
        self._failed = False
        self._set_errors({})

    def shutdown(self) -> None:
        """Stop the timer (the task runner finishes a request being stored)."""
        self._auto_close.stop()

    def _apply_settings(self, settings: Settings) -> None:
        self._auto_close.setInterval(settings.ui.confirmation_timeout * 1000)
        self.settingsChanged.emit()

    # -- validation -----------------------------------------------------------------------

    def _data(self) -> dict[str, Any]:
        a = self._answers
        now = self._now()
        return {
            "id": self._request_id or uuid.uuid4(),
            "kiosk_id": self._settings.current.kiosk.id,
            "created_at": now,
            "needs": a["needs"],
            "children_ages": a["children_ages"],
            "comune": a["comune"],
            "periods": a["periods"],
            "weekdays": a["weekdays"],
            "first_name": a["first_name"],
            "phone": a["phone"] or None,
            "email": a["email"] or None,
            "preferred_channel": a["preferred_channel"] or None,
            "time_slot": a["time_slot"],
            "language": a["language"] or self._lang(),
            "offering_id": self._offering_id or None,
            "offering_category": self._offering_category or None,
            "notice_version": self._settings.current.privacy.notice_version,
            "notice_shown_at": self._notice_shown_at or now,
            "consent_notice": a["consent_notice"],
            "consent_news": a["consent_news"],
        }

    def _check(self, fields: frozenset[str] | None) -> bool:
        """Validate `fields` (None: everything); show their messages; True when all are fine."""
        data = self._data()
        if fields is not None:
            data["consent_notice"] = True
        errors = form_errors(data, self._lang())
        if fields is not None:
            errors = {k: v for k, v in errors.items() if k in fields}
        self._set_errors(errors)
        return not errors

    def _request(self) -> ContactRequest:
        return parse_request(self._data())

    def _set_errors(self, errors: dict[str, str]) -> None:
        if errors != self._errors:
            self._errors = errors
            self.errorsChanged.emit()

    def _clear_error(self, *fields: str) -> None:
        if any(f in self._errors for f in fields):
            self._set_errors({k: v for k, v in self._errors.items() if k not in fields})

    # -- answers --------------------------------------------------------------------------

    def _set(self, key: str, value: Any, *errors: str) -> None:
        if self._answers[key] != value:
            self._answers[key] = value
            self._clear_error(key, *errors)
            self.changed.emit()

    def _toggle(self, key: str, value: str, order: tuple[str, ...] | None = None) -> None:
        items = list(self._answers[key])
        items = [v for v in items if v != value] if value in items else [*items, value]
        if order is not None:
            items = [v for v in order if v in items]
        self._set(key, items)

    @Slot(str)
    def toggleNeed(self, code: str) -> None:
        if code in NEEDS:
            self._toggle("needs", code, NEEDS)

    @Slot(int)
    def addAge(self, age: int) -> None:
        ages = list(self._answers["children_ages"])
        if 0 <= age <= 17 and len(ages) < MAX_AGES:
            self._set("children_ages", [*ages, age])

    @Slot(int)
    def removeAge(self, index: int) -> None:
        ages = list(self._answers["children_ages"])
        if 0 <= index < len(ages):
            del ages[index]
            self._set("children_ages", ages)

    @Slot(str)
    def setComune(self, comune_id: str) -> None:
        self._set("comune", "" if comune_id == self._answers["comune"] else comune_id)

    @Slot(str)
    def togglePeriod(self, period_id: str) -> None:
        self._toggle("periods", period_id, tuple(p["key"] for p in self._periods))

    @Slot(str)
    def toggleWeekday(self, code: str) -> None:
        if code in WEEKDAYS:
            self._toggle("weekdays", code, WEEKDAYS)

    @Slot(str)
    def setFirstName(self, text: str) -> None:
        self._set("first_name", text)

    @Slot(str)
    def setPhone(self, text: str) -> None:
        self._set("phone", text, "contact", "preferred_channel")

    @Slot(str)
    def setEmail(self, text: str) -> None:
        self._set("email", text, "contact", "preferred_channel")

    @Slot(str)
    def setChannel(self, channel: str) -> None:
        self._set("preferred_channel", channel)

    @Slot(str)
    def setTimeSlot(self, slot: str) -> None:
        self._set("time_slot", slot)

    @Slot(str)
    def setCallLanguage(self, lang: str) -> None:
        self._set("language", lang)

    @Slot(bool)
    def setConsentNotice(self, on: bool) -> None:
        self._set("consent_notice", bool(on))

    @Slot(bool)
    def setConsentNews(self, on: bool) -> None:
        self._set("consent_news", bool(on))

    # -- options --------------------------------------------------------------------------

    @Slot()
    def retranslate(self) -> None:
        lang = self._lang()
        engine = self._engine
        if engine is None:
            return
        self._comuni = [
            {"key": c.id, "label": browse.pick(c.name, lang)} for c in browse.comuni(engine)
        ]
        self._periods = [
            {"key": p.id, "label": browse.pick(p.name, lang)}
            for p in browse.periods(engine, today=self._today())
        ]
        self.optionsChanged.emit()

    def _lang(self) -> str:
        return self._session.language

    # -- properties -----------------------------------------------------------------------

    def _get_step_name(self) -> str:
        return STEPS[self._step]

    stepName = Property(str, _get_step_name, notify=stepChanged)

    def _get_step(self) -> int:
        return self._step

    step = Property(int, _get_step, notify=stepChanged)

    def _get_question_count(self) -> int:
        return len(STEPS) - 1

    questionCount = Property(int, _get_question_count, constant=True)
    """Steps before the confirmation (for "step N of M")."""

    def _get_errors(self) -> dict[str, str]:
        return dict(self._errors)

    errors = Property("QVariantMap", _get_errors, notify=errorsChanged)

    def _get_failed(self) -> bool:
        return self._failed

    failed = Property(bool, _get_failed, notify=errorsChanged)

    def _get_busy(self) -> bool:
        return self._busy

    busy = Property(bool, _get_busy, notify=busyChanged)

    def _set_busy(self, on: bool) -> None:
        if on != self._busy:
            self._busy = on
            self.busyChanged.emit()

    needs = _answer("needs", "QStringList", changed)
    ages = _answer("children_ages", "QVariantList", changed)
    comune = _answer("comune", str, changed)
    periods = _answer("periods", "QStringList", changed)
    weekdays = _answer("weekdays", "QStringList", changed)
    firstName = _answer("first_name", str, changed)
    phone = _answer("phone", str, changed)
    email = _answer("email", str, changed)
    channel = _answer("preferred_channel", str, changed)
    timeSlot = _answer("time_slot", str, changed)
    callLanguage = _answer("language", str, changed)
    consentNotice = _answer("consent_notice", bool, changed)
    consentNews = _answer("consent_news", bool, changed)

    def _get_comune_label(self) -> str:
        return next((c["label"] for c in self._comuni if c["key"] == self._answers["comune"]), "")

    comuneLabel = Property(str, _get_comune_label, notify=changed)

    def _get_period_labels(self) -> list[str]:
        return [p["label"] for p in self._periods if p["key"] in self._answers["periods"]]

    periodLabels = Property("QStringList", _get_period_labels, notify=changed)

    def _get_offering_name(self) -> str:
        return self._offering_name

    offeringName = Property(str, _get_offering_name, notify=changed)

    def _get_offering_id(self) -> str:
        return self._offering_id

    offeringId = Property(str, _get_offering_id, notify=changed)

    def _get_reference(self) -> str:
        return self._reference

    reference = Property(str, _get_reference, notify=changed)

    def _get_comuni(self) -> list[dict[str, str]]:
        return list(self._comuni)

    comuneOptions = Property("QVariantList", _get_comuni, notify=optionsChanged)

    def _get_periods(self) -> list[dict[str, str]]:
        return list(self._periods)

    periodOptions = Property("QVariantList", _get_periods, notify=optionsChanged)

    def _get_needs(self) -> list[str]:
        return list(NEEDS)

    needOptions = Property("QStringList", _get_needs, constant=True)

    def _get_weekday_options(self) -> list[str]:
        return list(WEEKDAYS[:6])

    weekdayOptions = Property("QStringList", _get_weekday_options, constant=True)

    def _get_call_languages(self) -> list[dict[str, str]]:
        return [{"key": k, "label": v} for k, v in CALL_LANGUAGES]

    callLanguageOptions = Property("QVariantList", _get_call_languages, constant=True)

    controller = _privacy("controller", settingsChanged)
    controllerContact = _privacy("controller_contact", settingsChanged)
    dpoContact = _privacy("dpo_contact", settingsChanged)
    recipients = _privacy("recipients", settingsChanged)
    fullNoticeUrl = _privacy("full_notice_url", settingsChanged)
    retentionDays = _privacy("retention_days", settingsChanged)
    callbackDays = _privacy("callback_working_days", settingsChanged)
    infoPointName = _privacy("info_point_name", settingsChanged)
    infoPointPhone = _privacy("info_point_phone", settingsChanged)
    infoPointEmail = _privacy("info_point_email", settingsChanged)
    noticeVersion = _privacy("notice_version", settingsChanged)

    def _get_demo(self) -> bool:
        return is_demo_mode(self._settings.current)

    demo = Property(bool, _get_demo, notify=settingsChanged)

    def _get_info_qr(self) -> str:
        if not self._reference:
            return ""
        p = self._settings.current.privacy
        note = QCoreApplication.translate("IntakePage", "Reference: %1").replace(
            "%1", self._reference
        )
        return info_point_vcard(p.info_point_name, p.info_point_phone, p.info_point_email, note)

    infoPointCard = Property(str, _get_info_qr, notify=changed)
    """vCard of the info point with the reference in its note (shown as a QR code)."""

    def _get_info_qr_source(self) -> str:
        card = self._get_info_qr()
        return qr_source(card) if card else ""

    infoPointQr = Property(str, _get_info_qr_source, notify=changed)

    def _get_notice_qr(self) -> str:
        url = self._settings.current.privacy.full_notice_url
        return qr_source(url) if url else ""

    fullNoticeQr = Property(str, _get_notice_qr, notify=settingsChanged)
