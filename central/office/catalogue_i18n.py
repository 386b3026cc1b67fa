"""The catalogue page's words in Italian and English (merged into central.office.i18n.MESSAGES)."""

from __future__ import annotations

from typing import Final

CATALOGUE_MESSAGES: Final[dict[str, dict[str, str]]] = {
    "it": {
        "catalogue.title": "Catalogo",
        "catalogue.intro": (
            "Carica il catalogo (JSON, HSDS 3.0, foglio CSV o XLSX dal modello): viene controllato "
            "come fa «pitstop catalogue validate», poi vedi cosa cambia e lo pubblichi. I chioschi "
            "lo prendono alla sincronizzazione successiva."
        ),
        "catalogue.upload": "Carica un catalogo",
        "catalogue.file": "File del catalogo (al massimo {mb} MB)",
        "catalogue.check": "Controlla",
        "catalogue.no_file": "Scegli un file .json, .csv o .xlsx da caricare.",
        "catalogue.too_big": "Il file supera i {mb} MB che un caricamento può avere: dividilo.",
        "catalogue.report": "Il file non si può pubblicare",
        "catalogue.report_intro": "Correggi questo punto del file e caricalo di nuovo:",
        "catalogue.where": "Dove",
        "catalogue.field": "Campo o colonna",
        "catalogue.problem": "Problema",
        "catalogue.whole_file": "tutto il file",
        "catalogue.warnings": "Avvisi ({count})",
        "catalogue.warnings_intro": (
            "Il file si può pubblicare, ma controlla questi punti: sono stati corretti o saltati."
        ),
        "catalogue.preview": "Anteprima: {file}",
        "catalogue.summary": (
            "Catalogo {version} ({format}), {offerings} offerte. Caricato da {who} il {when}."
        ),
        "catalogue.first": "Nessun catalogo è ancora pubblicato: tutte le offerte sono nuove.",
        "catalogue.added": "Offerte aggiunte ({count})",
        "catalogue.removed": "Offerte tolte ({count})",
        "catalogue.changed": "Offerte cambiate ({count})",
        "catalogue.unchanged": "{count} offerte restano uguali.",
        "catalogue.id": "Codice",
        "catalogue.name": "Nome",
        "catalogue.fields": "Cosa cambia",
        "catalogue.more": "… e altre {count}.",
        "catalogue.nothing": "Nessuna differenza con il catalogo pubblicato.",
        "catalogue.publish": "Pubblica questo catalogo",
        "catalogue.cancel": "Non pubblicare",
        "catalogue.published": "Pubblicato: è la versione {version}. I chioschi la prendono alla prossima sincronizzazione.",
        "catalogue.rolled": "Fatto: il contenuto scelto è ora la versione {version}, quella servita ai chioschi.",
        "catalogue.draft_gone": (
            "Questa anteprima non c'è più (già pubblicata o scaduta dopo un giorno): carica di "
            "nuovo il file."
        ),
        "catalogue.no_version": "Questa versione del catalogo non esiste: ricarica la pagina.",
        "catalogue.versions": "Versioni pubblicate",
        "catalogue.versions_intro": (
            "Tutte le versioni restano qui. «Ripristina» ripubblica una versione come la più nuova."
        ),
        "catalogue.none": "Nessun catalogo pubblicato finora.",
        "catalogue.version": "Versione",
        "catalogue.label": "Catalogo",
        "catalogue.offerings": "Offerte",
        "catalogue.when": "Pubblicata",
        "catalogue.who": "Da",
        "catalogue.source": "Origine",
        "catalogue.served": "servita ora",
        "catalogue.rollback": "Ripristina la versione {version}",
        "catalogue.rollback_of": "ripristino della versione {version}",
        "catalogue.command_line": "riga di comando",
    },
    "en": {
        "catalogue.title": "Catalogue",
        "catalogue.intro": (
            "Upload the catalogue (JSON, HSDS 3.0, a CSV or XLSX sheet from the template): it is "
            "checked as “pitstop catalogue validate” does, then you see what changes and publish "
            "it. Kiosks take it at their next sync."
        ),
        "catalogue.upload": "Upload a catalogue",
        "catalogue.file": "Catalogue file ({mb} MB at most)",
        "catalogue.check": "Check",
        "catalogue.no_file": "Choose a .json, .csv or .xlsx file to upload.",
        "catalogue.too_big": "The file is over the {mb} MB an upload may be: split it.",
        "catalogue.report": "This file cannot be published",
        "catalogue.report_intro": "Fix this place in the file and upload it again:",
        "catalogue.where": "Where",
        "catalogue.field": "Field or column",
        "catalogue.problem": "Problem",
        "catalogue.whole_file": "the whole file",
        "catalogue.warnings": "Warnings ({count})",
        "catalogue.warnings_intro": (
            "The file can be published, but check these: they were repaired or skipped."
        ),
        "catalogue.preview": "Preview: {file}",
        "catalogue.summary": (
            "Catalogue {version} ({format}), {offerings} offerings. Uploaded by {who} on {when}."
        ),
        "catalogue.first": "No catalogue is published yet: every offering is new.",
        "catalogue.added": "Offerings added ({count})",
        "catalogue.removed": "Offerings removed ({count})",
        "catalogue.changed": "Offerings changed ({count})",
        "catalogue.unchanged": "{count} offerings stay the same.",
        "catalogue.id": "Id",
        "catalogue.name": "Name",
        "catalogue.fields": "What changes",
        "catalogue.more": "… and {count} more.",
        "catalogue.nothing": "No difference from the published catalogue.",
        "catalogue.publish": "Publish this catalogue",
        "catalogue.cancel": "Do not publish",
        "catalogue.published": "Published: it is version {version}. Kiosks take it at their next sync.",
        "catalogue.rolled": "Done: the chosen content is now version {version}, the one kiosks get.",
        "catalogue.draft_gone": (
            "This preview is gone (already published, or expired after a day): upload the file "
            "again."
        ),
        "catalogue.no_version": "This catalogue version does not exist: reload the page.",
        "catalogue.versions": "Published versions",
        "catalogue.versions_intro": (
            "Every version stays here. “Roll back” publishes a version again as the newest."
        ),
        "catalogue.none": "No catalogue published so far.",
        "catalogue.version": "Version",
        "catalogue.label": "Catalogue",
        "catalogue.offerings": "Offerings",
        "catalogue.when": "Published",
        "catalogue.who": "By",
        "catalogue.source": "Source",
        "catalogue.served": "served now",
        "catalogue.rollback": "Roll back to version {version}",
        "catalogue.rollback_of": "rollback to version {version}",
        "catalogue.command_line": "command line",
    },
}
