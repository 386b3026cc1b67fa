"""The kiosks page's words in Italian and English (merged into central.office.i18n.MESSAGES)."""

from __future__ import annotations

from typing import Final

from central.office.i18n import add_messages, t

KIOSK_MESSAGES: Final[dict[str, dict[str, str]]] = {
    "it": {
        "kiosks.title": "Chioschi",
        "kiosks.intro": (
            "Ogni chiosco manda un segnale a ogni sincronizzazione (ogni {interval} minuti). "
            "Verde: sentito da poco e tutto a posto. Giallo: in ritardo o qualcosa da "
            "controllare. Rosso: muto da più di 15 minuti o con un errore."
        ),
        "kiosks.summary": "{red} in rosso, {amber} in giallo, {green} in verde, {grey} in grigio.",
        "kiosks.none": (
            "Nessun chiosco ancora. Un chiosco compare qui quando l'amministratore lo prepara con "
            "«pitstop central kiosk add»."
        ),
        "kiosks.caption": "Tutti i chioschi, prima quelli in rosso",
        "kiosks.kiosk": "Chiosco",
        "kiosks.where": "Dove",
        "kiosks.status": "Stato",
        "kiosks.last_heard": "Ultimo segnale",
        "kiosks.app": "Versione app",
        "kiosks.catalogue": "Catalogo",
        "kiosks.waiting": "Richieste in attesa sul chiosco",
        "kiosks.received": "Richieste ricevute",
        "kiosks.disk": "Disco libero",
        "kiosks.last_error": "Ultimo errore",
        "kiosks.never": "mai",
        "kiosks.ago_minutes": "{minutes} min fa",
        "kiosks.ago_hours": "{hours} h fa",
        "kiosks.ago_days": "{days} giorni fa",
        "kiosks.catalogue_current": "aggiornato",
        "kiosks.catalogue_old": "vecchio (pubblicato: {published})",
        "kiosks.catalogue_none": "nessuno",
        "kiosks.not_reported": "non comunicato",
        "kiosks.disk_amount": "{amount} liberi",
        "kiosks.disk.low": "poco spazio",
        "kiosks.disk.critical": "quasi pieno",
        "kiosks.no_error": "nessuno",
        "kiosks.colour.green": "Verde",
        "kiosks.colour.amber": "Giallo",
        "kiosks.colour.red": "Rosso",
        "kiosks.colour.grey": "Grigio",
        "kiosks.reason.ok": "funziona",
        "kiosks.reason.silent": "muto da {minutes} minuti",
        "kiosks.reason.error": "segnala un errore",
        "kiosks.reason.late": "in ritardo: ultimo segnale {minutes} minuti fa",
        "kiosks.reason.catalogue": "non ha il catalogo pubblicato",
        "kiosks.reason.pending": "{count} richieste non ancora consegnate",
        "kiosks.reason.never": "mai sentito: non ancora acceso o collegato",
        "kiosks.reason.revoked": "ritirato (token revocato)",
        "kiosks.history": "Spenti e riaccesi",
        "kiosks.history_intro": (
            "Quando un chiosco va in rosso e quando torna, con l'e-mail mandata a coordinatori "
            "e amministratori (ultimi 90 giorni)."
        ),
        "kiosks.history_none": "Nessun chiosco è andato in rosso negli ultimi 90 giorni.",
        "kiosks.when": "Quando",
        "kiosks.what": "Cosa",
        "kiosks.why": "Perché",
        "kiosks.mail": "E-mail",
        "kiosks.event.red": "in rosso",
        "kiosks.event.back": "tornato",
        "kiosks.mail.sent": "mandata",
        "kiosks.mail.pending": "da mandare",
        "kiosks.mail.failed": "non mandata (server e-mail)",
        "kiosks.mail.none": "nessuna (e-mail non configurata)",
    },
    "en": {
        "kiosks.title": "Kiosks",
        "kiosks.intro": (
            "Every kiosk sends a signal at each sync (every {interval} minutes). Green: heard "
            "recently and all is well. Amber: late, or something to check. Red: silent for more "
            "than 15 minutes, or reporting an error."
        ),
        "kiosks.summary": "{red} red, {amber} amber, {green} green, {grey} grey.",
        "kiosks.none": (
            "No kiosks yet. A kiosk shows here once the administrator prepares it with "
            "“pitstop central kiosk add”."
        ),
        "kiosks.caption": "Every kiosk, red ones first",
        "kiosks.kiosk": "Kiosk",
        "kiosks.where": "Where",
        "kiosks.status": "Status",
        "kiosks.last_heard": "Last signal",
        "kiosks.app": "App version",
        "kiosks.catalogue": "Catalogue",
        "kiosks.waiting": "Requests waiting on the kiosk",
        "kiosks.received": "Requests received",
        "kiosks.disk": "Free disk",
        "kiosks.last_error": "Last error",
        "kiosks.never": "never",
        "kiosks.ago_minutes": "{minutes} min ago",
        "kiosks.ago_hours": "{hours} h ago",
        "kiosks.ago_days": "{days} days ago",
        "kiosks.catalogue_current": "up to date",
        "kiosks.catalogue_old": "old (published: {published})",
        "kiosks.catalogue_none": "none",
        "kiosks.not_reported": "not reported",
        "kiosks.disk_amount": "{amount} free",
        "kiosks.disk.low": "low",
        "kiosks.disk.critical": "almost full",
        "kiosks.no_error": "none",
        "kiosks.colour.green": "Green",
        "kiosks.colour.amber": "Amber",
        "kiosks.colour.red": "Red",
        "kiosks.colour.grey": "Grey",
        "kiosks.reason.ok": "working",
        "kiosks.reason.silent": "silent for {minutes} minutes",
        "kiosks.reason.error": "reporting an error",
        "kiosks.reason.late": "late: last signal {minutes} minutes ago",
        "kiosks.reason.catalogue": "does not have the published catalogue",
        "kiosks.reason.pending": "{count} requests not delivered yet",
        "kiosks.reason.never": "never heard from: not switched on or connected yet",
        "kiosks.reason.revoked": "retired (token revoked)",
        "kiosks.history": "Gone dark and back",
        "kiosks.history_intro": (
            "When a kiosk turned red and when it came back, with the e-mail sent to "
            "coordinators and administrators (last 90 days)."
        ),
        "kiosks.history_none": "No kiosk has turned red in the last 90 days.",
        "kiosks.when": "When",
        "kiosks.what": "What",
        "kiosks.why": "Why",
        "kiosks.mail": "E-mail",
        "kiosks.event.red": "turned red",
        "kiosks.event.back": "came back",
        "kiosks.mail.sent": "sent",
        "kiosks.mail.pending": "to be sent",
        "kiosks.mail.failed": "not sent (mail server)",
        "kiosks.mail.none": "none (e-mail not set up)",
    },
}
add_messages(KIOSK_MESSAGES)


def kiosk_text(lang: str, key: str, **fmt: object) -> str:
    return t(lang, key, **fmt)
