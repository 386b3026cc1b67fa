"""The offering page's own words in the kiosk's eight languages, with dates and weekdays.

The catalogue's text carries its own translations; these are only the page's headings, labels
and date words. Italian and English are checked; Romanian, Albanian, Arabic, Ukrainian, Spanish
and French were written without a native speaker (like the demo catalogue's), so a reviewer who
speaks them should read them. Dates use Latin digits in every language, as the kiosk does.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

LANGUAGES: Final = ("it", "en", "ro", "sq", "ar", "uk", "es", "fr")
RTL: Final = frozenset({"ar"})

_WORDS: Final[dict[str, dict[str, str]]] = {
    "it": {
        "when": "Quando",
        "where": "Dove",
        "cost": "Costi",
        "enrol": "Come iscriversi",
        "contacts": "Contatti",
        "free": "Gratuito",
        "ask_cost": "Costi: chiedere al gestore",
        "calendar": "Aggiungi le date al calendario",
        "vcard": "Salva il contatto",
        "website": "Sito web",
        "run_by": "Gestito da",
        "ages": "Età: {min}–{max} anni",
        "ages_from": "Età: da {min} anni",
        "ages_to": "Età: fino a {max} anni",
        "all_ages": "Tutte le età",
        "in_italian": "in italiano",
        "language": "Lingua",
        "catalogue": "Catalogo Family Pit Stop, versione {version}",
        "demo": "Dati dimostrativi, di fantasia",
        "missing_title": "Offerta non trovata",
        "missing": "Questa offerta non è (più) nel catalogo. Chiedete al punto informativo.",
        "accessibility": "Accessibilità",
        "email": "E-mail",
        "phone": "Telefono",
    },
    "en": {
        "when": "When",
        "where": "Where",
        "cost": "Cost",
        "enrol": "How to enrol",
        "contacts": "Contacts",
        "free": "Free of charge",
        "ask_cost": "Cost: ask the provider",
        "calendar": "Add the dates to your calendar",
        "vcard": "Save the contact",
        "website": "Website",
        "run_by": "Run by",
        "ages": "Ages {min}–{max}",
        "ages_from": "From {min} years",
        "ages_to": "Up to {max} years",
        "all_ages": "All ages",
        "in_italian": "in Italian",
        "language": "Language",
        "catalogue": "Family Pit Stop catalogue, version {version}",
        "demo": "Demo data, fictional",
        "missing_title": "Offering not found",
        "missing": "This offering is not (or no longer) in the catalogue. Ask the information point.",
        "accessibility": "Accessibility",
        "email": "E-mail",
        "phone": "Phone",
    },
    "ro": {
        "when": "Când",
        "where": "Unde",
        "cost": "Cost",
        "enrol": "Cum vă înscrieți",
        "contacts": "Contacte",
        "free": "Gratuit",
        "ask_cost": "Cost: întrebați organizatorul",
        "calendar": "Adăugați datele în calendar",
        "vcard": "Salvați contactul",
        "website": "Site web",
        "run_by": "Organizat de",
        "ages": "Vârsta {min}–{max} ani",
        "ages_from": "De la {min} ani",
        "ages_to": "Până la {max} ani",
        "all_ages": "Toate vârstele",
        "in_italian": "în italiană",
        "language": "Limba",
        "catalogue": "Catalogul Family Pit Stop, versiunea {version}",
        "demo": "Date demonstrative, fictive",
        "missing_title": "Ofertă negăsită",
        "missing": "Această ofertă nu este (sau nu mai este) în catalog. Întrebați la punctul de informare.",
        "accessibility": "Accesibilitate",
        "email": "E-mail",
        "phone": "Telefon",
    },
    "sq": {
        "when": "Kur",
        "where": "Ku",
        "cost": "Kostoja",
        "enrol": "Si të regjistroheni",
        "contacts": "Kontaktet",
        "free": "Falas",
        "ask_cost": "Kostoja: pyesni organizatorin",
        "calendar": "Shtoni datat në kalendar",
        "vcard": "Ruani kontaktin",
        "website": "Faqja e internetit",
        "run_by": "Organizuar nga",
        "ages": "Mosha {min}–{max} vjeç",
        "ages_from": "Nga {min} vjeç",
        "ages_to": "Deri në {max} vjeç",
        "all_ages": "Të gjitha moshat",
        "in_italian": "në italisht",
        "language": "Gjuha",
        "catalogue": "Katalogu Family Pit Stop, versioni {version}",
        "demo": "Të dhëna demonstruese, të trilluara",
        "missing_title": "Oferta nuk u gjet",
        "missing": "Kjo ofertë nuk është (më) në katalog. Pyesni në pikën e informacionit.",
        "accessibility": "Aksesueshmëria",
        "email": "E-mail",
        "phone": "Telefoni",
    },
    "ar": {
        "when": "متى",
        "where": "أين",
        "cost": "التكلفة",
        "enrol": "كيفية التسجيل",
        "contacts": "جهات الاتصال",
        "free": "مجاني",
        "ask_cost": "التكلفة: اسألوا الجهة المنظمة",
        "calendar": "أضيفوا التواريخ إلى التقويم",
        "vcard": "احفظوا جهة الاتصال",
        "website": "الموقع الإلكتروني",
        "run_by": "تديره",
        "ages": "الأعمار {min}–{max} سنة",
        "ages_from": "من {min} سنوات",
        "ages_to": "حتى {max} سنوات",
        "all_ages": "جميع الأعمار",
        "in_italian": "بالإيطالية",
        "language": "اللغة",
        "catalogue": "دليل Family Pit Stop، الإصدار {version}",
        "demo": "بيانات تجريبية خيالية",
        "missing_title": "العرض غير موجود",
        "missing": "هذا العرض غير موجود في الدليل (أو لم يعد موجودًا). اسألوا في نقطة المعلومات.",
        "accessibility": "إمكانية الوصول",
        "email": "البريد الإلكتروني",
        "phone": "الهاتف",
    },
    "uk": {
        "when": "Коли",
        "where": "Де",
        "cost": "Вартість",
        "enrol": "Як записатися",
        "contacts": "Контакти",
        "free": "Безкоштовно",
        "ask_cost": "Вартість: запитайте організатора",
        "calendar": "Додати дати до календаря",
        "vcard": "Зберегти контакт",
        "website": "Вебсайт",
        "run_by": "Організатор",
        "ages": "Вік {min}–{max} років",
        "ages_from": "Від {min} років",
        "ages_to": "До {max} років",
        "all_ages": "Будь-який вік",
        "in_italian": "італійською",
        "language": "Мова",
        "catalogue": "Каталог Family Pit Stop, версія {version}",
        "demo": "Демонстраційні, вигадані дані",
        "missing_title": "Пропозицію не знайдено",
        "missing": "Цієї пропозиції немає (вже немає) в каталозі. Запитайте в інформаційному пункті.",
        "accessibility": "Доступність",
        "email": "Ел. пошта",
        "phone": "Телефон",
    },
    "es": {
        "when": "Cuándo",
        "where": "Dónde",
        "cost": "Coste",
        "enrol": "Cómo inscribirse",
        "contacts": "Contactos",
        "free": "Gratuito",
        "ask_cost": "Coste: pregunte al organizador",
        "calendar": "Añadir las fechas al calendario",
        "vcard": "Guardar el contacto",
        "website": "Sitio web",
        "run_by": "Organizado por",
        "ages": "Edades {min}–{max} años",
        "ages_from": "Desde {min} años",
        "ages_to": "Hasta {max} años",
        "all_ages": "Todas las edades",
        "in_italian": "en italiano",
        "language": "Idioma",
        "catalogue": "Catálogo Family Pit Stop, versión {version}",
        "demo": "Datos de demostración, ficticios",
        "missing_title": "Oferta no encontrada",
        "missing": "Esta oferta no está (o ya no está) en el catálogo. Pregunte en el punto de información.",
        "accessibility": "Accesibilidad",
        "email": "Correo electrónico",
        "phone": "Teléfono",
    },
    "fr": {
        "when": "Quand",
        "where": "Où",
        "cost": "Coût",
        "enrol": "Comment s'inscrire",
        "contacts": "Contacts",
        "free": "Gratuit",
        "ask_cost": "Coût : demandez à l'organisateur",
        "calendar": "Ajouter les dates au calendrier",
        "vcard": "Enregistrer le contact",
        "website": "Site web",
        "run_by": "Organisé par",
        "ages": "De {min} à {max} ans",
        "ages_from": "À partir de {min} ans",
        "ages_to": "Jusqu'à {max} ans",
        "all_ages": "Tous âges",
        "in_italian": "en italien",
        "language": "Langue",
        "catalogue": "Catalogue Family Pit Stop, version {version}",
        "demo": "Données de démonstration, fictives",
        "missing_title": "Offre introuvable",
        "missing": "Cette offre n'est pas (ou plus) dans le catalogue. Demandez au point d'information.",
        "accessibility": "Accessibilité",
        "email": "E-mail",
        "phone": "Téléphone",
    },
}

_DAYS: Final[dict[str, tuple[str, ...]]] = {
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "ro": ("lun", "mar", "mie", "joi", "vin", "sâm", "dum"),
    "sq": ("Hën", "Mar", "Mër", "Enj", "Pre", "Sht", "Die"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "uk": ("пн", "вт", "ср", "чт", "пт", "сб", "нд"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
}
_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ro": ("ian", "feb", "mar", "apr", "mai", "iun", "iul", "aug", "sep", "oct", "nov", "dec"),
    "sq": ("jan", "shk", "mar", "pri", "maj", "qer", "korr", "gush", "sht", "tet", "nën", "dhj"),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "uk": ("січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
    "fr": (
        "janv",
        "févr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ),
}
WEEKDAY_CODES: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def word(lang: str, key: str, **values: object) -> str:
    """The page's word `key` in `lang` (English when the language has none)."""
    text = _WORDS.get(lang, _WORDS["en"]).get(key) or _WORDS["en"][key]
    return text.format(**values) if values else text


def date(day: dt.date, lang: str) -> str:
    months = _MONTHS.get(lang, _MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """'23 dic 2026 – 6 gen 2027', or one day."""
    if start == end:
        return date(start, lang)
    return f"{date(start, lang)} – {date(end, lang)}"


def days(codes: list[str], lang: str) -> str:
    """'lun–ven' for three or more days in a row, else the days one by one."""
    names = _DAYS.get(lang, _DAYS["en"])
    index = [WEEKDAY_CODES.index(c) for c in codes if c in WEEKDAY_CODES]
    if not index:
        return ""
    if len(index) >= 3 and index == list(range(index[0], index[-1] + 1)):
        return f"{names[index[0]]}–{names[index[-1]]}"
    return ", ".join(names[i] for i in index)


def ages(minimum: int | None, maximum: int | None, lang: str) -> str:
    if minimum in (None, 0) and maximum is None:
        return word(lang, "all_ages")
    if minimum in (None, 0):
        return word(lang, "ages_to", max=maximum)
    if maximum is None:
        return word(lang, "ages_from", min=minimum)
    return word(lang, "ages", min=minimum, max=maximum)
