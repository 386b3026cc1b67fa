"""The contact-request flow ("intake"): one question per step, the Qt side of kiosk.intake.draft.

Steps: notice → needs → children → when → contact → review → done. Answers and their rules
(the fields each step checks, the toggles, the messages) live in a `Draft`
(kiosk.intake.draft) held only by this object (never on disk, never in logs) until `submit`,
which builds the request on the GUI thread and seals + stores it on a worker thread
(kiosk.intake.store); the reference appears only after the commit. This object keeps the Qt
side: properties, slots and signals, the step shown, busy/failed, the catalogue's options and
the confirmation's auto-close timer. The request id is made when the review step is shown, so
a double tap stores one.
A session wipe (idle timeout, end of the confirmation) forgets every answer.

`ui.features.intake.IntakeFeature` builds it and registers page "intake" → IntakePage and
`app.vm("intake")`; its texts are in ui/i18n/intake_<lang>.ts.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement

from kiosk.catalogue import browse
from kiosk.intake.draft import STEPS, Draft, Stale
from kiosk.intake.model import NEEDS, WEEKDAYS, ContactRequest, RequestInvalid, message
from kiosk.intake.store import Submitted, submit_request
from kiosk.privacy.keys import central_public_key, is_demo_mode
from kiosk.qr.vcard import info_point_vcard
from kiosk.settings import PrivacySection, Settings
from ui.qr import qr_source
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.navigation import Navigator
from ui.vm.session import Session

if TYPE_CHECKING:
    from kiosk.db.sqlite import SqliteFile

log = logging.getLogger(__name__)

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


def _answer(name: str, kind: Any, notify: Signal) -> Property:
    """A read-only property of the draft's answer `name` (lists for QML)."""

    def getter(self: Intake) -> Any:
        value = getattr(self._draft, name)
        return list(value) if isinstance(value, tuple) else value

    return Property(kind, getter, notify=notify)


def _privacy(name: str, notify: Signal) -> Property:
    """A property of the [privacy] settings (the notice values), following settings changes."""

    def getter(self: Intake) -> Any:
        return getattr(self._settings.current.privacy, name)

    return Property(type(getattr(PrivacySection(), name)), getter, notify=notify)


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
        engine: SqliteFile | None = None,
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
        self._draft = Draft()
        self._step = 0
        self._errors: dict[str, str] = {}
        self._busy = False
        self._failed = False
        self._reference = ""
        self._offering_name = ""
        self._comuni: list[dict[str, str]] = []
        self._periods: list[dict[str, str]] = []
        self._auto_close = QTimer(self, singleShot=True)
        self._auto_close.setInterval(settings.current.ui.confirmation_timeout * 1000)
        self._auto_close.timeout.connect(self._session.warn)  # asks first, then wipes
        session.visitorActive.connect(self._keep_confirmation)
        navigator.contactRequested.connect(self.start)
        session.wiped.connect(self.wipe)
        session.languageChanged.connect(self.retranslate)
        settings.changed.connect(self._apply_settings)
        self.retranslate()

    def attach(self, engine: SqliteFile) -> None:
        """The database is open (the kiosk may start before it is)."""
        self._engine = engine
        self.retranslate()

    # -- flow -----------------------------------------------------------------------------

    @Slot(str)
    def start(self, offering_id: str) -> None:
        """A new request (about `offering_id`, "" for none), from the first step."""
        self._reset()
        category = ""
        if offering_id and self._engine is not None:
            detail = browse.offering_detail(self._engine, offering_id)
            if detail is not None:
                self._offering_name = browse.pick(detail.name, self._lang())
                category = detail.categories[0] if detail.categories else ""
        self._draft.start(
            language=self._lang(),
            shown_at=self._now(),
            offering_id=offering_id,
            offering_category=category,
        )
        self.changed.emit()
        self.stepChanged.emit()

    @Slot()
    def next(self) -> None:
        """Check the answers of this step; go on when they are fine, else show the messages."""
        if self._busy or self.step_name() in ("review", "done"):
            return
        if not self._check(self.step_name()):
            return
        self._go(self._step + 1)

    @Slot()
    def back(self) -> None:
        """The previous step, answers kept; from the first step, leave the flow."""
        if self._busy or self.step_name() == "done":
            return
        if self._step == 0:
            self._nav.back()
            return
        self._go(self._step - 1)

    def _go(self, step: int) -> None:
        self._step = step
        if self.step_name() == "review":
            self._draft.new_request_id()  # the client token: a double tap stores one request
        self._set_errors({})
        self.stepChanged.emit()

    @Slot()
    def submit(self) -> None:
        """Seal and store the request off the GUI thread; the reference shows after the commit."""
        if (
            self._busy
            or self.step_name() != "review"
            or self._draft.request_id is None
            or self._engine is None
        ):
            return
        if not self._check(None):
            return
        request = self._request()
        if request is None:
            return
        # the office key of this moment: staff may have changed it a second ago
        settings, home, engine = self._settings.current, self._settings.store.home, self._engine
        self._set_busy(True)
        self._failed = False

        def work() -> Submitted:
            return submit_request(engine, request, central_public_key(settings, home))

        self._tasks.run(work, self._on_stored, self._on_store_failed, lane="writer")

    def _on_store_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if self.step_name() != "review":  # wiped meanwhile
            return
        log.error(
            "request %s could not be stored: %s", self._draft.request_id, type(error).__name__
        )
        self._failed = True
        self.errorsChanged.emit()

    def _on_stored(self, result: Submitted) -> None:
        self._set_busy(False)
        if self.step_name() != "review":  # wiped while the worker ran: the request is stored
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

    def _keep_confirmation(self) -> None:
        """A touch on the confirmation: it stays another `ui.confirmation_timeout` seconds."""
        if self.step_name() == "done":
            self._auto_close.start()

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
        self._draft.clear()
        self._step = 0
        self._reference = ""
        self._offering_name = ""
        self._failed = False
        self._set_errors({})

    def shutdown(self) -> None:
        """Stop the timer (the task runner finishes a request being stored)."""
        self._auto_close.stop()

    def _apply_settings(self, settings: Settings) -> None:
        self._auto_close.setInterval(settings.ui.confirmation_timeout * 1000)
        self.settingsChanged.emit()

    # -- validation -----------------------------------------------------------------------

    def _check(self, step: str | None) -> bool:
        """Validate the fields of `step` (None: everything); show their messages; True when all
        are fine."""
        errors = self._draft.errors(step, self._lang())
        self._set_errors(errors)
        return not errors

    def _request(self) -> ContactRequest | None:
        """The request to store, or None (its messages shown) when the settings make it invalid."""
        current, lang = self._settings.current, self._lang()
        try:
            return self._draft.to_request(
                current.kiosk.id, current.privacy.notice_version, self._now(), lang=lang
            )
        except RequestInvalid as exc:
            log.error("request %s is invalid: %s", self._draft.request_id, sorted(exc.codes))
            self._set_errors({name: message(code, lang) for name, code in exc.codes.items()})
            return None

    def _set_errors(self, errors: dict[str, str]) -> None:
        if errors != self._errors:
            self._errors = errors
            self.errorsChanged.emit()

    def _clear_error(self, *fields: str) -> None:
        if any(f in self._errors for f in fields):
            self._set_errors({k: v for k, v in self._errors.items() if k not in fields})

    # -- answers --------------------------------------------------------------------------

    def _changed(self, stale: Stale) -> None:
        """An answer changed (`stale`: the fields whose messages go; empty: nothing changed)."""
        if stale:
            self._clear_error(*stale)
            self.changed.emit()

    @Slot(str)
    def toggleNeed(self, code: str) -> None:
        self._changed(self._draft.toggle_need(code))

    @Slot(int)
    def addAge(self, age: int) -> None:
        self._changed(self._draft.add_age(age))

    @Slot(int)
    def removeAge(self, index: int) -> None:
        self._changed(self._draft.remove_age(index))

    @Slot(str)
    def setComune(self, comune_id: str) -> None:
        self._changed(self._draft.set_comune(comune_id))

    @Slot(str)
    def togglePeriod(self, period_id: str) -> None:
        self._changed(self._draft.toggle_period(period_id, (p["key"] for p in self._periods)))

    @Slot(str)
    def toggleWeekday(self, code: str) -> None:
        self._changed(self._draft.toggle_weekday(code))

    @Slot(str)
    def setFirstName(self, text: str) -> None:
        self._changed(self._draft.set_first_name(text))

    @Slot(str)
    def setPhone(self, text: str) -> None:
        self._changed(self._draft.set_phone(text))

    @Slot(str)
    def setEmail(self, text: str) -> None:
        self._changed(self._draft.set_email(text))

    @Slot(str)
    def setChannel(self, channel: str) -> None:
        self._changed(self._draft.set_channel(channel))

    @Slot(str)
    def setTimeSlot(self, slot: str) -> None:
        self._changed(self._draft.set_time_slot(slot))

    @Slot(str)
    def setCallLanguage(self, lang: str) -> None:
        self._changed(self._draft.set_language(lang))

    @Slot(bool)
    def setConsentNotice(self, on: bool) -> None:
        self._changed(self._draft.set_consent_notice(on))

    @Slot(bool)
    def setConsentNews(self, on: bool) -> None:
        self._changed(self._draft.set_consent_news(on))

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
        return self._session.current_language()

    # -- properties -----------------------------------------------------------------------

    def step_name(self) -> str:
        return STEPS[self._step]

    stepName = Property(str, step_name, notify=stepChanged)

    def step_index(self) -> int:
        return self._step

    step = Property(int, step_index, notify=stepChanged)

    def _get_question_count(self) -> int:
        return len(STEPS) - 1

    questionCount = Property(int, _get_question_count, constant=True)
    """Steps before the confirmation (for "step N of M")."""

    def _get_errors(self) -> dict[str, str]:
        return dict(self._errors)

    errors = container_property("QVariantMap", _get_errors, notify=errorsChanged)

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
        return next((c["label"] for c in self._comuni if c["key"] == self._draft.comune), "")

    comuneLabel = Property(str, _get_comune_label, notify=changed)

    def _get_period_labels(self) -> list[str]:
        return [p["label"] for p in self._periods if p["key"] in self._draft.periods]

    periodLabels = container_property("QStringList", _get_period_labels, notify=changed)

    def _get_offering_name(self) -> str:
        return self._offering_name

    offeringName = Property(str, _get_offering_name, notify=changed)

    def _get_offering_id(self) -> str:
        return self._draft.offering_id

    offeringId = Property(str, _get_offering_id, notify=changed)

    def _get_reference(self) -> str:
        return self._reference

    reference = Property(str, _get_reference, notify=changed)

    def comune_choices(self) -> list[dict[str, str]]:
        return list(self._comuni)

    comuneOptions = container_property("QVariantList", comune_choices, notify=optionsChanged)

    def _get_periods(self) -> list[dict[str, str]]:
        return list(self._periods)

    periodOptions = container_property("QVariantList", _get_periods, notify=optionsChanged)

    def _get_needs(self) -> list[str]:
        return list(NEEDS)

    needOptions = container_property("QStringList", _get_needs, constant=True)

    def _get_weekday_options(self) -> list[str]:
        return list(WEEKDAYS[:6])

    weekdayOptions = container_property("QStringList", _get_weekday_options, constant=True)

    def _get_call_languages(self) -> list[dict[str, str]]:
        return [{"key": k, "label": v} for k, v in CALL_LANGUAGES]

    callLanguageOptions = container_property("QVariantList", _get_call_languages, constant=True)

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
