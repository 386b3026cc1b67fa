"""The office console's words in Italian and English: one dict per language, the same keys.

`t(lang, key, **fmt)` looks a key up (English, then the key itself, when missing: a test fails
on any key without both translations) and fills `{placeholders}`. Engineers of other pages add
their keys to `MESSAGES` in both languages (or their own dict, merged with `add_messages`).
The language of a page: the `lang` cookie, else the browser's Accept-Language, else Italian.
This cannot translate text that comes from outside (kiosk names, catalogue entries).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

LANGUAGES: Final = ("it", "en")
DEFAULT_LANGUAGE: Final = "it"
LANG_COOKIE: Final = "lang"

MESSAGES: dict[str, dict[str, str]] = {
    "it": {
        "app.title": "Family Pit Stop · ufficio",
        "nav.label": "Menu principale",
        "nav.requests": "Richieste",
        "nav.kiosks": "Chioschi",
        "nav.catalogue": "Catalogo",
        "nav.figures": "Numeri",
        "nav.audit": "Registro",
        "nav.users": "Utenti",
        "nav.signout": "Esci",
        "nav.skip": "Vai al contenuto",
        "lang.switch": "Lingua",
        "lang.it": "Italiano",
        "lang.en": "English",
        "user.signed_in_as": "Accesso come {name} ({role})",
        "role.administrator": "amministratore",
        "role.coordinator": "coordinatore",
        "role.operator": "operatore",
        "role.viewer": "osservatore",
        "login.title": "Accedi",
        "login.intro": "Accedi con il nome utente e la password che ti ha dato l'amministratore.",
        "login.name": "Nome utente",
        "login.password": "Password",
        "login.submit": "Accedi",
        "login.wrong": "Nome utente o password errati. Tentativi rimasti prima del blocco: {left}.",
        "login.locked": (
            "Troppi tentativi errati: l'accesso è bloccato fino alle {until} (ora del server, "
            "UTC). Riprova dopo quell'ora."
        ),
        "login.hard_locked": (
            "Troppi tentativi errati: questo account è bloccato. Chiedi all'amministratore di "
            "reimpostare la password."
        ),
        "login.address_locked": (
            "Troppi tentativi errati da questo indirizzo: riprova dopo le {until} (UTC)."
        ),
        "login.missing": "Scrivi il nome utente e la password.",
        "login.https": (
            "La console dell'ufficio funziona solo in https: apri l'indirizzo che inizia con "
            "https://."
        ),
        "login.signed_out": "Sei uscito. Per continuare, accedi di nuovo.",
        "login.expired": "La sessione è scaduta: accedi di nuovo.",
        "password.title": "Scegli una nuova password",
        "password.intro": (
            "La password che hai ricevuto vale una volta sola: scegline una tua, di almeno "
            "{min} caratteri."
        ),
        "password.new": "Nuova password",
        "password.repeat": "Ripeti la nuova password",
        "password.submit": "Salva la password",
        "password.short": "La nuova password deve avere almeno {min} caratteri.",
        "password.long": "La nuova password può avere al massimo {max} caratteri.",
        "password.mismatch": "Le due password non coincidono: scrivile di nuovo.",
        "password.same": "Scegli una password diversa da quella ricevuta.",
        "home.title": "Benvenuto",
        "home.intro": "Scegli una sezione dal menu.",
        "error.title": "Errore",
        "error.forbidden": "Il tuo ruolo non permette di aprire questa pagina.",
        "error.not_found": "Questa pagina non esiste.",
        "error.csrf": (
            "Il modulo è scaduto o non arriva da questa console: ricarica la pagina e riprova."
        ),
        "error.back": "Torna all'inizio",
        "error.method": "Questa pagina non accetta questa azione.",
        "error.too_large": "Quanto inviato supera il {mb} MB che questa pagina accetta: accorcialo e riprova.",
        "audit.title": "Registro delle attività",
        "audit.intro": (
            "Chi ha fatto cosa e quando. Il registro non contiene mai dati personali delle "
            "famiglie."
        ),
        "audit.when": "Quando (UTC)",
        "audit.who": "Chi",
        "audit.what": "Cosa",
        "audit.details": "Dettagli",
        "audit.filter": "Filtra",
        "audit.filter_action": "Azione",
        "audit.filter_actor": "Chi",
        "audit.filter_from": "Dal giorno",
        "audit.filter_to": "Al giorno",
        "audit.all": "Tutte",
        "audit.none": "Nessuna attività con questi filtri.",
        "audit.page": "Pagina {page}",
        "audit.newer": "Più recenti",
        "audit.older": "Meno recenti",
        "audit.bad_date": "La data «{field}» deve essere nel formato AAAA-MM-GG.",
        "users.title": "Utenti",
        "users.intro": "Chi può usare la console dell'ufficio e con quale ruolo.",
        "users.name": "Nome utente",
        "users.email": "E-mail",
        "users.role": "Ruolo",
        "users.scope": "Limitato a",
        "users.comuni": "Comuni (separati da virgole)",
        "users.areas": "Aree (separate da virgole)",
        "users.everywhere": "tutto",
        "users.actions": "Azioni",
        "users.add": "Aggiungi un utente",
        "users.add_submit": "Aggiungi",
        "users.save": "Salva ruolo e limiti",
        "users.reset": "Nuova password",
        "users.remove": "Rimuovi",
        "users.remove_confirm": "Sì, rimuovi {name}",
        "users.you": "(tu)",
        "users.added": (
            "Utente {name} aggiunto. Password da usare una volta sola (qui sotto, mostrata "
            "una volta): dàlla di persona o per telefono, non per e-mail."
        ),
        "users.reset_done": (
            "Nuova password per {name}, da usare una volta sola (qui sotto, mostrata una "
            "volta): dàlla di persona o per telefono."
        ),
        "users.updated": "Utente {name} aggiornato.",
        "users.flash_gone": (
            "Il messaggio non c'è più (già mostrato, scaduto o su un altro processo del server): "
            "se serviva una password, usa di nuovo Nuova password."
        ),
        "users.one_time": "Password da usare una volta sola",
        "users.removed": "Utente {name} rimosso.",
        "users.not_found": "Questo utente non esiste più: ricarica la pagina.",
        "users.self": "Non puoi rimuovere te stesso o toglierti il ruolo di amministratore.",
        "users.last_admin": "Deve restare almeno un amministratore.",
        "error.bad_name": (
            "Il nome utente deve avere da 2 a 100 caratteri tra lettere, cifre, punto, "
            "trattino e trattino basso."
        ),
        "error.bad_email": "L'e-mail deve essere un indirizzo come nome@esempio.it.",
        "error.bad_role": "Il ruolo deve essere uno di: {roles}.",
        "error.name_taken": "Esiste già un utente con il nome {name}: scegline un altro.",
        "error.bad_scope": "Comuni e aree: nomi brevi separati da virgole (al massimo 50).",
    },
    "en": {
        "app.title": "Family Pit Stop · office",
        "nav.label": "Main menu",
        "nav.requests": "Requests",
        "nav.kiosks": "Kiosks",
        "nav.catalogue": "Catalogue",
        "nav.figures": "Figures",
        "nav.audit": "Audit",
        "nav.users": "Users",
        "nav.signout": "Sign out",
        "nav.skip": "Skip to content",
        "lang.switch": "Language",
        "lang.it": "Italiano",
        "lang.en": "English",
        "user.signed_in_as": "Signed in as {name} ({role})",
        "role.administrator": "administrator",
        "role.coordinator": "coordinator",
        "role.operator": "operator",
        "role.viewer": "viewer",
        "login.title": "Sign in",
        "login.intro": "Sign in with the user name and password your administrator gave you.",
        "login.name": "User name",
        "login.password": "Password",
        "login.submit": "Sign in",
        "login.wrong": "Wrong user name or password. Tries left before the lock: {left}.",
        "login.locked": (
            "Too many wrong tries: signing in is locked until {until} (server time, UTC). "
            "Try again after that."
        ),
        "login.hard_locked": (
            "Too many wrong tries: this account is locked. Ask your administrator to reset "
            "the password."
        ),
        "login.address_locked": "Too many wrong tries from this address: try again after {until} (UTC).",
        "login.missing": "Type your user name and password.",
        "login.https": (
            "The office console works over https only: open the address that starts with https://."
        ),
        "login.signed_out": "You have signed out. Sign in again to continue.",
        "login.expired": "Your session has expired: sign in again.",
        "password.title": "Choose a new password",
        "password.intro": (
            "The password you were given works once: choose your own, at least {min} "
            "characters long."
        ),
        "password.new": "New password",
        "password.repeat": "Repeat the new password",
        "password.submit": "Save the password",
        "password.short": "The new password needs at least {min} characters.",
        "password.long": "The new password may have at most {max} characters.",
        "password.mismatch": "The two passwords differ: type them again.",
        "password.same": "Choose a password other than the one you were given.",
        "home.title": "Welcome",
        "home.intro": "Choose a section from the menu.",
        "error.title": "Error",
        "error.forbidden": "Your role does not allow this page.",
        "error.not_found": "This page does not exist.",
        "error.csrf": (
            "The form has expired or did not come from this console: reload the page and try again."
        ),
        "error.back": "Back to the start",
        "error.method": "This page does not take this action.",
        "error.too_large": "What was sent is over the {mb} MB this page takes: make it shorter and try again.",
        "audit.title": "Audit log",
        "audit.intro": "Who did what, and when. The log never holds a family's personal data.",
        "audit.when": "When (UTC)",
        "audit.who": "Who",
        "audit.what": "What",
        "audit.details": "Details",
        "audit.filter": "Filter",
        "audit.filter_action": "Action",
        "audit.filter_actor": "Who",
        "audit.filter_from": "From",
        "audit.filter_to": "To",
        "audit.all": "All",
        "audit.none": "No activity matches these filters.",
        "audit.page": "Page {page}",
        "audit.newer": "Newer",
        "audit.older": "Older",
        "audit.bad_date": "The date “{field}” must look like YYYY-MM-DD.",
        "users.title": "Users",
        "users.intro": "Who may use the office console, and in which role.",
        "users.name": "User name",
        "users.email": "E-mail",
        "users.role": "Role",
        "users.scope": "Limited to",
        "users.comuni": "Comuni (comma separated)",
        "users.areas": "Areas (comma separated)",
        "users.everywhere": "everything",
        "users.actions": "Actions",
        "users.add": "Add a user",
        "users.add_submit": "Add",
        "users.save": "Save role and limits",
        "users.reset": "New password",
        "users.remove": "Remove",
        "users.remove_confirm": "Yes, remove {name}",
        "users.you": "(you)",
        "users.added": (
            "User {name} added. Its one-time password is below, shown this once: give it in "
            "person or by phone, not by e-mail."
        ),
        "users.reset_done": (
            "New one-time password for {name} below, shown this once: give it in person or "
            "by phone."
        ),
        "users.updated": "User {name} updated.",
        "users.flash_gone": (
            "The message is gone (shown already, expired, or on another server process): if it "
            "was a password, use New password again."
        ),
        "users.one_time": "One-time password",
        "users.removed": "User {name} removed.",
        "users.not_found": "This user no longer exists: reload the page.",
        "users.self": "You cannot remove yourself or take away your own administrator role.",
        "users.last_admin": "At least one administrator must remain.",
        "error.bad_name": (
            "The user name needs 2 to 100 characters among letters, digits, dot, hyphen and "
            "underscore."
        ),
        "error.bad_email": "The e-mail must be an address like name@example.org.",
        "error.bad_role": "The role must be one of: {roles}.",
        "error.name_taken": "A user named {name} exists already: choose another name.",
        "error.bad_scope": "Comuni and areas: short names separated by commas (50 at most).",
    },
}


def add_messages(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Merge a page's own catalogue ({lang: {key: text}}) into `MESSAGES` (at import time)."""
    for lang, entries in messages.items():
        MESSAGES.setdefault(lang, {}).update(entries)


def t(lang: str, key: str, **fmt: object) -> str:
    """The text of `key` in `lang` (English, then the key, when missing), `fmt` filled in."""
    text = MESSAGES.get(lang, {}).get(key) or MESSAGES["en"].get(key) or key
    return text.format(**fmt) if fmt else text


def pick_language(cookie: str | None, accept_language: str | None) -> str:
    """The page's language: the `lang` cookie if it names one of `LANGUAGES`, else the first of
    them the Accept-Language header prefers (q-values honoured), else `DEFAULT_LANGUAGE`."""
    if cookie in LANGUAGES:
        return str(cookie)
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "")[:1000].split(",")[:30]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            choices.append((-quality, index, primary))
    return min(choices)[2] if choices else DEFAULT_LANGUAGE
