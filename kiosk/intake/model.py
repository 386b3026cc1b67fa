"""The contact request a parent leaves (schema version 1): validation, normalisation, messages.

Every field has a checker that returns the normalised value or raises `FieldError(code)`;
`parse_request` runs the same checkers, then msgspec checks the types of the rest, so the UI can
validate one field as it is typed (`validate_field`) and the whole form on review (`form_errors`)
with the same rules and the same messages. Messages are in `MESSAGES`, keyed by error code, in
Italian and English (Italian is the fallback). Nothing here is free text except the first name, and health data has no field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal, get_args

import msgspec
from msgspec import Meta

from kiosk.intake.reference import reference_for
from kiosk.settings import NoticeVersion
from kiosk.structs import error_parts, whole

SCHEMA_VERSION: Literal[1] = 1
Need = Literal[
    "closure_care",
    "pre_post_school",
    "summer",
    "homework",
    "baby_parking",
    "benefits_info",
    "other",
]
Weekday = Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
Channel = Literal["phone", "email", "whatsapp"]
TimeSlot = Literal["morning", "afternoon", "evening", "any"]
NEEDS: tuple[str, ...] = get_args(Need)
WEEKDAYS: tuple[str, ...] = get_args(Weekday)
CHANNELS: tuple[str, ...] = get_args(Channel)
TIME_SLOTS: tuple[str, ...] = get_args(TimeSlot)

MAX_CHILDREN = 8
MAX_AGE = 17
NAME_MAX = 40
PHONE_MAX = 30
EMAIL_MAX = 254
DEFAULT_REGION = "IT"
_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
_ID = re.compile(_ID_PATTERN)
Identifier = Annotated[str, Meta(pattern=whole(_ID_PATTERN))]
AwareDatetime = Annotated[dt.datetime, Meta(tz=True)]
_LANG = re.compile(r"^[a-z]{2,3}$")
_NAME_PUNCTUATION = frozenset(" '’‘-‐.")
_URL_HINTS = ("://", "www.", "@", "/", "\\")

MESSAGES: dict[str, dict[str, str]] = {
    "needs.required": {"it": "Scegli almeno un bisogno.", "en": "Choose at least one need."},
    "needs.unknown": {"it": "Scelta non valida.", "en": "Not a valid choice."},
    "children_ages.required": {
        "it": "Indica l'età di almeno un figlio.",
        "en": "Give the age of at least one child.",
    },
    "children_ages.too_many": {"it": "Al massimo 8 figli.", "en": "At most 8 children."},
    "children_ages.range": {
        "it": "L'età deve essere tra 0 e 17 anni.",
        "en": "Ages go from 0 to 17 years.",
    },
    "comune.required": {"it": "Scegli il tuo comune.", "en": "Choose your town."},
    "periods.invalid": {"it": "Periodo non valido.", "en": "Not a valid period."},
    "weekdays.invalid": {"it": "Giorno non valido.", "en": "Not a valid day."},
    "first_name.required": {"it": "Scrivi il tuo nome.", "en": "Type your first name."},
    "first_name.too_long": {
        "it": "Il nome può avere al massimo 40 caratteri.",
        "en": "The name can have at most 40 characters.",
    },
    "first_name.digits": {
        "it": "Il nome non può contenere numeri.",
        "en": "The name cannot contain numbers.",
    },
    "first_name.url": {
        "it": "Scrivi solo il nome, senza indirizzi.",
        "en": "Type just your name, no addresses.",
    },
    "first_name.invalid_chars": {
        "it": "Il nome contiene caratteri non ammessi.",
        "en": "The name contains characters that are not allowed.",
    },
    "phone.invalid": {"it": "Numero di telefono non valido.", "en": "Not a valid phone number."},
    "phone.too_long": {"it": "Numero troppo lungo.", "en": "The number is too long."},
    "email.invalid": {"it": "Indirizzo e-mail non valido.", "en": "Not a valid e-mail address."},
    "email.too_long": {"it": "Indirizzo e-mail troppo lungo.", "en": "The e-mail is too long."},
    "contact.required": {
        "it": "Lascia un telefono o un indirizzo e-mail.",
        "en": "Leave a phone number or an e-mail address.",
    },
    "preferred_channel.needs_phone": {
        "it": "Per essere chiamato serve un numero di telefono.",
        "en": "A phone number is needed for this.",
    },
    "preferred_channel.needs_email": {
        "it": "Per ricevere un'e-mail serve l'indirizzo.",
        "en": "An e-mail address is needed for this.",
    },
    "preferred_channel.invalid": {"it": "Scelta non valida.", "en": "Not a valid choice."},
    "time_slot.invalid": {"it": "Scelta non valida.", "en": "Not a valid choice."},
    "language.invalid": {"it": "Lingua non valida.", "en": "Not a valid language."},
    "consent_notice.required": {
        "it": "Per inviare la richiesta conferma di aver letto l'informativa.",
        "en": "To send the request, confirm that you have read the privacy notice.",
    },
    "invalid": {"it": "Valore non valido.", "en": "Not a valid value."},
}


_OTHER_LANGUAGES = ("ro", "sq", "ar", "uk", "es", "fr")
_TRANSLATED: dict[str, tuple[str, str, str, str, str, str]] = {
    # Made without a native speaker (docs/translations.md), in the order of _OTHER_LANGUAGES.
    "needs.required": (
        "Alege cel puțin o nevoie.",
        "Zgjidh të paktën një nevojë.",
        "اختر حاجة واحدة على الأقل.",
        "Виберіть принаймні одну потребу.",
        "Elige al menos una necesidad.",
        "Choisissez au moins un besoin.",
    ),
    "needs.unknown": (
        "Alegere nevalidă.",
        "Zgjedhje e pavlefshme.",
        "اختيار غير صالح.",
        "Недійсний вибір.",
        "Opción no válida.",
        "Choix non valide.",
    ),
    "children_ages.required": (
        "Indică vârsta a cel puțin unui copil.",
        "Shëno moshën e të paktën një fëmije.",
        "أدخل عمر طفل واحد على الأقل.",
        "Вкажіть вік принаймні однієї дитини.",
        "Indica la edad de al menos un hijo.",
        "Indiquez l'âge d'au moins un enfant.",
    ),
    "children_ages.too_many": (
        "Cel mult 8 copii.",
        "Jo më shumë se 8 fëmijë.",
        "8 أطفال على الأكثر.",
        "Щонайбільше 8 дітей.",
        "Como máximo 8 hijos.",
        "8 enfants au maximum.",
    ),
    "children_ages.range": (
        "Vârsta trebuie să fie între 0 și 17 ani.",
        "Mosha duhet të jetë nga 0 deri në 17 vjeç.",
        "يجب أن يكون العمر بين 0 و17 سنة.",
        "Вік має бути від 0 до 17 років.",
        "La edad va de 0 a 17 años.",
        "L'âge va de 0 à 17 ans.",
    ),
    "comune.required": (
        "Alege localitatea ta.",
        "Zgjidh qytetin tënd.",
        "اختر بلدتك.",
        "Виберіть своє місто.",
        "Elige tu municipio.",
        "Choisissez votre commune.",
    ),
    "periods.invalid": (
        "Perioadă nevalidă.",
        "Periudhë e pavlefshme.",
        "فترة غير صالحة.",
        "Недійсний період.",
        "Periodo no válido.",
        "Période non valide.",
    ),
    "weekdays.invalid": (
        "Zi nevalidă.",
        "Ditë e pavlefshme.",
        "يوم غير صالح.",
        "Недійсний день.",
        "Día no válido.",
        "Jour non valide.",
    ),
    "first_name.required": (
        "Scrie-ți prenumele.",
        "Shkruaj emrin tënd.",
        "اكتب اسمك الأول.",
        "Введіть своє ім'я.",
        "Escribe tu nombre.",
        "Saisissez votre prénom.",
    ),
    "first_name.too_long": (
        "Prenumele poate avea cel mult 40 de caractere.",
        "Emri mund të ketë deri në 40 shkronja.",
        "يمكن أن يحتوي الاسم على 40 حرفًا على الأكثر.",
        "Ім'я може мати щонайбільше 40 символів.",
        "El nombre puede tener como máximo 40 caracteres.",
        "Le prénom peut avoir 40 caractères au maximum.",
    ),
    "first_name.digits": (
        "Prenumele nu poate conține cifre.",
        "Emri nuk mund të përmbajë numra.",
        "لا يمكن أن يحتوي الاسم على أرقام.",
        "Ім'я не може містити цифр.",
        "El nombre no puede contener números.",
        "Le prénom ne peut pas contenir de chiffres.",
    ),
    "first_name.url": (
        "Scrie doar prenumele, fără adrese.",
        "Shkruaj vetëm emrin, pa adresa.",
        "اكتب اسمك فقط، بدون عناوين.",
        "Введіть лише ім'я, без адрес.",
        "Escribe solo tu nombre, sin direcciones.",
        "Saisissez seulement votre prénom, sans adresse.",
    ),
    "first_name.invalid_chars": (
        "Prenumele conține caractere nepermise.",
        "Emri përmban shenja që nuk lejohen.",
        "يحتوي الاسم على أحرف غير مسموح بها.",
        "Ім'я містить недозволені символи.",
        "El nombre contiene caracteres no permitidos.",
        "Le prénom contient des caractères non autorisés.",
    ),
    "phone.invalid": (
        "Număr de telefon nevalid.",
        "Numër telefoni i pavlefshëm.",
        "رقم هاتف غير صالح.",
        "Недійсний номер телефону.",
        "Número de teléfono no válido.",
        "Numéro de téléphone non valide.",
    ),
    "phone.too_long": (
        "Numărul este prea lung.",
        "Numri është shumë i gjatë.",
        "الرقم طويل جدًا.",
        "Номер задовгий.",
        "El número es demasiado largo.",
        "Le numéro est trop long.",
    ),
    "email.invalid": (
        "Adresă de e-mail nevalidă.",
        "Adresë e-maili e pavlefshme.",
        "عنوان بريد إلكتروني غير صالح.",
        "Недійсна адреса електронної пошти.",
        "Correo electrónico no válido.",
        "Adresse e-mail non valide.",
    ),
    "email.too_long": (
        "Adresa de e-mail este prea lungă.",
        "Adresa e e-mailit është shumë e gjatë.",
        "عنوان البريد الإلكتروني طويل جدًا.",
        "Адреса електронної пошти задовга.",
        "El correo electrónico es demasiado largo.",
        "L'adresse e-mail est trop longue.",
    ),
    "contact.required": (
        "Lasă un număr de telefon sau o adresă de e-mail.",
        "Lër një numër telefoni ose një adresë e-maili.",
        "اترك رقم هاتف أو عنوان بريد إلكتروني.",
        "Залиште номер телефону або адресу електронної пошти.",
        "Deja un teléfono o un correo electrónico.",
        "Laissez un numéro de téléphone ou une adresse e-mail.",
    ),
    "preferred_channel.needs_phone": (
        "Pentru aceasta este nevoie de un număr de telefon.",
        "Për këtë duhet një numër telefoni.",
        "يلزم رقم هاتف لذلك.",
        "Для цього потрібен номер телефону.",
        "Para esto hace falta un número de teléfono.",
        "Il faut un numéro de téléphone pour cela.",
    ),
    "preferred_channel.needs_email": (
        "Pentru aceasta este nevoie de o adresă de e-mail.",
        "Për këtë duhet një adresë e-maili.",
        "يلزم عنوان بريد إلكتروني لذلك.",
        "Для цього потрібна адреса електронної пошти.",
        "Para esto hace falta un correo electrónico.",
        "Il faut une adresse e-mail pour cela.",
    ),
    "preferred_channel.invalid": (
        "Alegere nevalidă.",
        "Zgjedhje e pavlefshme.",
        "اختيار غير صالح.",
        "Недійсний вибір.",
        "Opción no válida.",
        "Choix non valide.",
    ),
    "time_slot.invalid": (
        "Alegere nevalidă.",
        "Zgjedhje e pavlefshme.",
        "اختيار غير صالح.",
        "Недійсний вибір.",
        "Opción no válida.",
        "Choix non valide.",
    ),
    "language.invalid": (
        "Limbă nevalidă.",
        "Gjuhë e pavlefshme.",
        "لغة غير صالحة.",
        "Недійсна мова.",
        "Idioma no válido.",
        "Langue non valide.",
    ),
    "consent_notice.required": (
        "Pentru a trimite cererea, confirmă că ai citit nota de informare.",
        "Për të dërguar kërkesën, konfirmo që ke lexuar njoftimin e privatësisë.",
        "لإرسال الطلب، أكّد أنك قرأت إشعار الخصوصية.",
        "Щоб надіслати запит, підтвердьте, що прочитали повідомлення про конфіденційність.",
        "Para enviar la solicitud, confirma que has leído el aviso de privacidad.",
        "Pour envoyer la demande, confirmez que vous avez lu la notice de confidentialité.",
    ),
    "invalid": (
        "Valoare nevalidă.",
        "Vlerë e pavlefshme.",
        "قيمة غير صالحة.",
        "Недійсне значення.",
        "Valor no válido.",
        "Valeur non valide.",
    ),
}
for _code, _texts in _TRANSLATED.items():
    MESSAGES[_code].update(zip(_OTHER_LANGUAGES, _texts, strict=True))


class FieldError(ValueError):
    """A field value that fails its check; `code` is a key of MESSAGES."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def message(code: str, lang: str = "it") -> str:
    """The message for `code` in `lang` (Italian when the language or the code is unknown)."""
    texts = MESSAGES.get(code, MESSAGES["invalid"])
    return texts.get(lang, texts["it"])


# -- field checkers: raw value in, normalised value out -----------------------------------------


def check_needs(value: Any) -> list[str]:
    items = _as_list(value, "needs.unknown")
    if not items:
        raise FieldError("needs.required")
    if any(item not in NEEDS for item in items):
        raise FieldError("needs.unknown")
    return [need for need in NEEDS if need in items]


def check_children_ages(value: Any) -> list[int]:
    items = _as_list(value, "children_ages.range")
    if not items:
        raise FieldError("children_ages.required")
    if len(items) > MAX_CHILDREN:
        raise FieldError("children_ages.too_many")
    if any(isinstance(a, bool) or not isinstance(a, int) or not 0 <= a <= MAX_AGE for a in items):
        raise FieldError("children_ages.range")
    return sorted(items)


def check_comune(value: Any) -> str:
    if not isinstance(value, str) or not _ID.match(value.strip()):
        raise FieldError("comune.required")
    return value.strip()


def check_periods(value: Any) -> list[str]:
    items = _as_list(value, "periods.invalid")
    if len(items) > 40 or any(not isinstance(p, str) or not _ID.match(p) for p in items):
        raise FieldError("periods.invalid")
    return list(dict.fromkeys(items))


def check_weekdays(value: Any) -> list[str]:
    items = _as_list(value, "weekdays.invalid")
    if any(day not in WEEKDAYS for day in items):
        raise FieldError("weekdays.invalid")
    return [day for day in WEEKDAYS if day in items]


def check_first_name(value: Any) -> str:
    if not isinstance(value, str):
        raise FieldError("first_name.required")
    name = " ".join(unicodedata.normalize("NFC", value).split())
    if not name:
        raise FieldError("first_name.required")
    if len(name) > NAME_MAX:
        raise FieldError("first_name.too_long")
    if any(unicodedata.category(ch).startswith("N") for ch in name):
        raise FieldError("first_name.digits")
    if any(hint in name.lower() for hint in _URL_HINTS):
        raise FieldError("first_name.url")
    if any(
        not unicodedata.category(ch).startswith(("L", "M")) and ch not in _NAME_PUNCTUATION
        for ch in name
    ):
        raise FieldError("first_name.invalid_chars")
    return name


def check_phone(value: Any) -> str | None:
    """E.164 (``+393471234567``); national numbers are read as Italian, "+"/"00" international."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise FieldError("phone.invalid")
    text = value.strip()
    if len(text) > PHONE_MAX:
        raise FieldError("phone.too_long")
    if any(ch.isalpha() for ch in text):
        raise FieldError("phone.invalid")
    if text.startswith("00"):
        text = "+" + text[2:]
    import phonenumbers  # here, not at import: ~1 MiB a kiosk needs only for a contact request

    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise FieldError("phone.invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError("phone.invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_email(value: Any) -> str | None:
    """The normalised address; no network look-up (check_deliverability=False)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise FieldError("email.invalid")
    text = value.strip()
    if len(text) > EMAIL_MAX:
        raise FieldError("email.too_long")
    from email_validator import EmailNotValidError, validate_email  # as phonenumbers above

    try:
        normalized: str = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise FieldError("email.invalid") from None
    return normalized


def check_time_slot(value: Any) -> str:
    if value not in TIME_SLOTS:
        raise FieldError("time_slot.invalid")
    return str(value)


def check_preferred_channel(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if value not in CHANNELS:
        raise FieldError("preferred_channel.invalid")
    return str(value)


def check_language(value: Any) -> str:
    if not isinstance(value, str) or not _LANG.match(value):
        raise FieldError("language.invalid")
    return value


def check_consent_notice(value: Any) -> bool:
    if value is not True:
        raise FieldError("consent_notice.required")
    return True


CHECKS: Mapping[str, Callable[[Any], Any]] = {
    "needs": check_needs,
    "children_ages": check_children_ages,
    "comune": check_comune,
    "periods": check_periods,
    "weekdays": check_weekdays,
    "first_name": check_first_name,
    "phone": check_phone,
    "email": check_email,
    "preferred_channel": check_preferred_channel,
    "time_slot": check_time_slot,
    "language": check_language,
    "consent_notice": check_consent_notice,
}


def validate_field(name: str, value: Any, lang: str = "it") -> str | None:
    """The message to show beside field `name` for `value`, or None when it is fine."""
    check = CHECKS.get(name)
    if check is None:
        return None
    try:
        check(value)
    except FieldError as exc:
        return message(exc.code, lang)
    return None


def _as_list(value: Any, code: str) -> list[Any]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    raise FieldError(code)


class ContactRequest(msgspec.Struct, frozen=True, kw_only=True):
    """One contact request as sealed; `id` is the client token made when the review is shown.

    Build it with `parse_request`, which checks and normalises every field; the constructor
    checks nothing.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    id: uuid.UUID
    kiosk_id: Identifier
    created_at: AwareDatetime
    needs: list[Need]
    children_ages: list[int]
    comune: str
    periods: list[str] = []
    weekdays: list[Weekday] = []
    first_name: str
    phone: str | None = None
    email: str | None = None
    preferred_channel: Channel | None = None
    """None on input means "the phone if given, else the e-mail"; always set after validation."""
    time_slot: TimeSlot = "any"
    language: str = "it"
    offering_id: Identifier | None = None
    offering_category: Identifier | None = None
    notice_version: NoticeVersion
    notice_shown_at: AwareDatetime
    consent_notice: bool
    """Always True: `check_consent_notice` refuses anything else."""
    consent_news: bool = False

    @property
    def reference(self) -> str:
        """The short human reference (derived from `id`; in the sealed payload too)."""
        return reference_for(self.id)

    def payload(self) -> dict[str, Any]:
        """The JSON-ready dict that is sealed (includes `reference`)."""
        data: dict[str, Any] = msgspec.to_builtins(self)
        data["reference"] = self.reference
        return data


FIELDS = frozenset(f.name for f in msgspec.structs.fields(ContactRequest))
_REQUIRED = frozenset(f.name for f in msgspec.structs.fields(ContactRequest) if f.required)


class RequestInvalid(ValueError):
    """A contact request that fails its checks; `codes` maps a field (or "contact") to a code."""

    def __init__(self, codes: dict[str, str]) -> None:
        super().__init__(
            "; ".join(f"{name}: {message(code, 'en')}" for name, code in codes.items())
        )
        self.codes = codes


def parse_request(data: Mapping[str, Any]) -> ContactRequest:
    """The checked, normalised request (times in UTC, preferred channel set), or `RequestInvalid`.

    Cross-field rules (a way to be reached) are checked only once every field is valid.
    """
    values = dict(data)
    codes: dict[str, str] = {name: "invalid" for name in values if name not in FIELDS}
    for name, check in CHECKS.items():
        if name in values:
            try:
                values[name] = check(values[name])
            except FieldError as exc:
                codes[name] = exc.code
        elif name in _REQUIRED:
            codes[name] = f"{name}.required" if f"{name}.required" in MESSAGES else "invalid"
    if codes:
        raise RequestInvalid(codes)
    try:
        request = msgspec.convert(values, ContactRequest)
    except msgspec.ValidationError as exc:
        field = re.split(r"[.\[]", error_parts(exc)[0])[0]
        raise RequestInvalid({field or "invalid": "invalid"}) from None
    return msgspec.structs.replace(
        request,
        created_at=request.created_at.astimezone(dt.UTC),
        notice_shown_at=request.notice_shown_at.astimezone(dt.UTC),
        preferred_channel=_reachable_by(request),
    )


def _reachable_by(request: ContactRequest) -> str:
    if request.phone is None and request.email is None:
        raise RequestInvalid({"contact": "contact.required"})
    channel = request.preferred_channel or ("phone" if request.phone else "email")
    if channel in ("phone", "whatsapp") and request.phone is None:
        raise RequestInvalid({"preferred_channel": "preferred_channel.needs_phone"})
    if channel == "email" and request.email is None:
        raise RequestInvalid({"preferred_channel": "preferred_channel.needs_email"})
    return channel


def form_errors(data: Mapping[str, Any], lang: str = "it") -> dict[str, str]:
    """Messages by field for a whole form (`contact` and `preferred_channel` for cross checks)."""
    try:
        parse_request(data)
    except RequestInvalid as exc:
        return {name: message(code, lang) for name, code in exc.codes.items()}
    return {}
