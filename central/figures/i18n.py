"""The figures' words in Italian and English (page, reports, open-data metadata), merged into
central.office.i18n.MESSAGES so the page and `pitstop central report` share them."""

from __future__ import annotations

from typing import Final

from central.office.i18n import add_messages

FIGURE_MESSAGES: Final[dict[str, dict[str, str]]] = {
    "it": {
        "figures.title": "Numeri",
        "figures.intro": (
            "Quante famiglie hanno usato i chioschi e cosa hanno cercato: solo conteggi "
            "giornalieri, mai chi. Gli stessi numeri dei report per la Regione."
        ),
        "figures.from": "Dal giorno",
        "figures.to": "Al giorno",
        "figures.by": "Raggruppa per",
        "figures.show": "Mostra",
        "figures.download": "Scarica",
        "figures.download.xlsx": "Excel (.xlsx)",
        "figures.download.csv": "CSV",
        "figures.download.pdf": "PDF con i grafici",
        "figures.download.opendata": "Dati aperti (.zip)",
        "figures.summary": (
            "Dal {start} al {end} ({days} giorni): {kiosks} chioschi con dati, {sessions} sessioni."
        ),
        "figures.none": "Nessun conteggio in questo periodo.",
        "figures.no_rows": "Niente da mostrare in questo periodo.",
        "figures.data": "I numeri del grafico",
        "figures.chart": "Grafico: {title}",
        "figures.others": "altri",
        "figures.rules": (
            "le richieste di contatto solo per mese e per comune o area, con i valori da 1 a 3 "
            "mostrati come «≤ 3»; una parola cercata senza risultati solo se cercata almeno "
            "{times} volte su almeno {kiosks} chioschi."
        ),
        "figures.error.by": "«Raggruppa per» deve essere chiosco, comune o area, non «{by}».",
        "figures.error.order": "Il giorno finale ({end}) viene prima di quello iniziale ({start}).",
        "figures.error.long": "Un report copre al massimo {days} giorni: scegli un periodo più corto.",
        "figures.error.date": "La data «{field}» deve essere nel formato AAAA-MM-GG.",
        "figures.error.range": (
            "Il giorno {day} è fuori dal periodo dei numeri: scegli giorni dal {first} al {last}."
        ),
        "figures.error.format": "Formato sconosciuto «{format}»: xlsx, csv, pdf o opendata.",
        "figures.unset": "(non indicato)",
        "figures.total": "Totale",
        "figures.day": "Giorno",
        "figures.group": "Gruppo",
        "figures.views": "Aperture",
        "figures.times": "Volte",
        "figures.by.kiosk": "Chiosco",
        "figures.by.comune": "Comune",
        "figures.by.area": "Area",
        "figures.sessions_by_day.title": "Sessioni al giorno",
        "figures.sessions_by_day.note": (
            "Una sessione va dal primo tocco dopo la schermata di benvenuto alla pulizia per "
            "inattività."
        ),
        "figures.sessions_by_day.counts": "sessioni iniziate in quel giorno (giorno locale del chiosco)",
        "figures.use.title": "Uso dei chioschi",
        "figures.use.note": "Sessioni per durata, ricerche, schede aperte e codici QR mostrati.",
        "figures.use.counts": "volte nel periodo",
        "figures.use.session.": "Sessioni",
        "figures.use.session.length.0-1": "Meno di 1 min",
        "figures.use.session.length.1-3": "1–3 min",
        "figures.use.session.length.3-10": "3–10 min",
        "figures.use.session.length.10+": "Oltre 10 min",
        "figures.use.search.": "Ricerche",
        "figures.use.search.empty.": "Ricerche senza risultati",
        "figures.use.detail.*": "Schede aperte",
        "figures.use.qr.link": "QR pagina web",
        "figures.use.qr.contact": "QR contatto",
        "figures.use.qr.calendar": "QR calendario",
        "figures.categories.title": "Cosa cercano le famiglie: categorie",
        "figures.categories.note": "Tocchi sulle categorie della schermata principale.",
        "figures.categories.counts": "tocchi sulla categoria nel periodo",
        "figures.categories.row": "Categoria",
        "figures.filters.title": "Cosa cercano le famiglie: filtri",
        "figures.filters.note": "Filtri scelti sui risultati.",
        "figures.filters.counts": "volte che il filtro è stato scelto nel periodo",
        "figures.filters.row": "Filtro",
        "figures.filter.place": "Luogo",
        "figures.filter.age": "Età",
        "figures.filter.period": "Periodo",
        "figures.filter.free": "Gratuito",
        "figures.languages.title": "Lingue",
        "figures.languages.note": (
            "Sessioni per lingua usata (una sessione che cambia lingua conta per ognuna)."
        ),
        "figures.languages.counts": "sessioni che hanno usato la lingua nel periodo",
        "figures.languages.row": "Lingua",
        "figures.language.it": "Italiano",
        "figures.language.en": "Inglese",
        "figures.language.ro": "Rumeno",
        "figures.language.sq": "Albanese",
        "figures.language.ar": "Arabo",
        "figures.language.uk": "Ucraino",
        "figures.language.es": "Spagnolo",
        "figures.language.fr": "Francese",
        "figures.offerings.title": "Le offerte più aperte",
        "figures.offerings.note": "Le {top} schede più aperte nel periodo, su tutti i chioschi.",
        "figures.offerings.counts": "schede aperte nel periodo",
        "figures.offerings.row": "Offerta",
        "figures.requests_sent.title": "Richieste di contatto inviate, per mese",
        "figures.requests_sent.note": (
            "Per comune o area del chiosco (mai per chiosco o per giorno), sempre per mesi interi, "
            "anche quando il periodo ne copre solo una parte; da 1 a 3 si legge «≤ 3»."
        ),
        "figures.requests_sent.counts": (
            "richieste di contatto inviate nel mese dai chioschi del comune o dell'area; "
            "vuoto con «≤ 3» = da 1 a 3"
        ),
        "figures.requests_started.title": "Richieste di contatto iniziate, per mese",
        "figures.requests_started.note": (
            "Richieste iniziate, anche non inviate; stesse regole delle richieste inviate."
        ),
        "figures.requests_started.counts": (
            "richieste di contatto iniziate nel mese dai chioschi del comune o dell'area; "
            "vuoto con «≤ 3» = da 1 a 3"
        ),
        "figures.words.title": "Ricerche che non hanno trovato niente",
        "figures.words.note": (
            "Solo le parole cercate almeno {times} volte su almeno {kiosks} chioschi nel periodo."
        ),
        "figures.words.counts": "ricerche senza risultati con queste parole nel periodo",
        "figures.words.row": "Parole cercate",
        "figures.sessions_by_day.sheet": "Sessioni al giorno",
        "figures.use.sheet": "Uso",
        "figures.categories.sheet": "Categorie",
        "figures.filters.sheet": "Filtri",
        "figures.languages.sheet": "Lingue",
        "figures.offerings.sheet": "Offerte più aperte",
        "figures.requests_sent.sheet": "Richieste inviate",
        "figures.requests_started.sheet": "Richieste iniziate",
        "figures.words.sheet": "Ricerche senza risultati",
        "figures.meta.title": "Informazioni",
        "figures.meta.report": "Numeri d'uso dei chioschi Family Pit Stop",
        "figures.meta.period": "Periodo",
        "figures.meta.grouping": "Raggruppati per",
        "figures.meta.kiosks": "Chioschi con dati",
        "figures.meta.generated": "Creato il (UTC)",
        "figures.meta.licence": "Licenza",
        "figures.meta.publisher": "Pubblicato da",
        "figures.meta.rules": "Regole di pubblicazione",
        "figures.meta.tables": "Tabelle",
        "figures.meta.source": (
            "Conteggi giornalieri dei chioschi: nessun evento, nessun orario, nessun "
            "identificativo di persone."
        ),
    },
    "en": {
        "figures.title": "Figures",
        "figures.intro": (
            "How many families used the kiosks and what they looked for: daily counts only, "
            "never who. The same numbers as the reports for the Region."
        ),
        "figures.from": "From",
        "figures.to": "To",
        "figures.by": "Group by",
        "figures.show": "Show",
        "figures.download": "Download",
        "figures.download.xlsx": "Excel (.xlsx)",
        "figures.download.csv": "CSV",
        "figures.download.pdf": "PDF with the charts",
        "figures.download.opendata": "Open data (.zip)",
        "figures.summary": (
            "From {start} to {end} ({days} days): {kiosks} kiosks with figures, {sessions} "
            "sessions."
        ),
        "figures.none": "No counts in this period.",
        "figures.no_rows": "Nothing to show in this period.",
        "figures.data": "The chart's numbers",
        "figures.chart": "Chart: {title}",
        "figures.others": "others",
        "figures.rules": (
            "contact requests only per month and per comune or area, with values from 1 to 3 "
            'shown as "≤ 3"; a search word that found nothing only when searched at least '
            "{times} times on at least {kiosks} kiosks."
        ),
        "figures.error.by": '"Group by" must be kiosk, comune or area, not "{by}".',
        "figures.error.order": "The last day ({end}) comes before the first day ({start}).",
        "figures.error.long": "A report covers at most {days} days: choose a shorter period.",
        "figures.error.date": 'The date "{field}" must be written YYYY-MM-DD.',
        "figures.error.range": "The day {day} is outside the figures' range: choose days from "
        "{first} to {last}.",
        "figures.error.format": 'Unknown format "{format}": xlsx, csv, pdf or opendata.',
        "figures.unset": "(not set)",
        "figures.total": "Total",
        "figures.day": "Day",
        "figures.group": "Group",
        "figures.views": "Views",
        "figures.times": "Times",
        "figures.by.kiosk": "Kiosk",
        "figures.by.comune": "Comune",
        "figures.by.area": "Area",
        "figures.sessions_by_day.title": "Sessions per day",
        "figures.sessions_by_day.note": (
            "A session runs from the first touch after the welcome screen to the idle wipe."
        ),
        "figures.sessions_by_day.counts": "sessions started on that day (the kiosk's local day)",
        "figures.use.title": "Use of the kiosks",
        "figures.use.note": "Sessions by length, searches, offerings opened and QR codes shown.",
        "figures.use.counts": "times in the period",
        "figures.use.session.": "Sessions",
        "figures.use.session.length.0-1": "Under 1 min",
        "figures.use.session.length.1-3": "1–3 min",
        "figures.use.session.length.3-10": "3–10 min",
        "figures.use.session.length.10+": "Over 10 min",
        "figures.use.search.": "Searches",
        "figures.use.search.empty.": "Searches that found nothing",
        "figures.use.detail.*": "Offerings opened",
        "figures.use.qr.link": "QR web page",
        "figures.use.qr.contact": "QR contact",
        "figures.use.qr.calendar": "QR calendar",
        "figures.categories.title": "What families look for: categories",
        "figures.categories.note": "Category tiles pressed on the home screen.",
        "figures.categories.counts": "presses of the category tile in the period",
        "figures.categories.row": "Category",
        "figures.filters.title": "What families look for: filters",
        "figures.filters.note": "Filters set on the results.",
        "figures.filters.counts": "times the filter was set in the period",
        "figures.filters.row": "Filter",
        "figures.filter.place": "Place",
        "figures.filter.age": "Age",
        "figures.filter.period": "Period",
        "figures.filter.free": "Free",
        "figures.languages.title": "Languages",
        "figures.languages.note": (
            "Sessions by language used (a session that switched counts once for each)."
        ),
        "figures.languages.counts": "sessions that used the language in the period",
        "figures.languages.row": "Language",
        "figures.language.it": "Italian",
        "figures.language.en": "English",
        "figures.language.ro": "Romanian",
        "figures.language.sq": "Albanian",
        "figures.language.ar": "Arabic",
        "figures.language.uk": "Ukrainian",
        "figures.language.es": "Spanish",
        "figures.language.fr": "French",
        "figures.offerings.title": "Offerings opened most",
        "figures.offerings.note": "The {top} offerings opened most in the period, on all kiosks.",
        "figures.offerings.counts": "offering detail views in the period",
        "figures.offerings.row": "Offering",
        "figures.requests_sent.title": "Contact requests sent, per month",
        "figures.requests_sent.note": (
            "By the kiosk's comune or area (never per kiosk or day), always for whole months, even "
            'when the period covers only part of one; 1 to 3 reads "≤ 3".'
        ),
        "figures.requests_sent.counts": (
            "contact requests sent in the month from the kiosks of the comune or area; "
            'empty with "≤ 3" = 1 to 3'
        ),
        "figures.requests_started.title": "Contact requests started, per month",
        "figures.requests_started.note": (
            "Requests started, sent or not; the same rules as requests sent."
        ),
        "figures.requests_started.counts": (
            "contact requests started in the month at the kiosks of the comune or area; "
            'empty with "≤ 3" = 1 to 3'
        ),
        "figures.words.title": "Searches that found nothing",
        "figures.words.note": (
            "Only words searched at least {times} times on at least {kiosks} kiosks in the period."
        ),
        "figures.words.counts": "searches with these words that found nothing in the period",
        "figures.words.row": "Words searched",
        "figures.sessions_by_day.sheet": "Sessions per day",
        "figures.use.sheet": "Use",
        "figures.categories.sheet": "Categories",
        "figures.filters.sheet": "Filters",
        "figures.languages.sheet": "Languages",
        "figures.offerings.sheet": "Offerings opened most",
        "figures.requests_sent.sheet": "Requests sent",
        "figures.requests_started.sheet": "Requests started",
        "figures.words.sheet": "Searches found nothing",
        "figures.meta.title": "About",
        "figures.meta.report": "Usage figures of the Family Pit Stop kiosks",
        "figures.meta.period": "Period",
        "figures.meta.grouping": "Grouped by",
        "figures.meta.kiosks": "Kiosks with figures",
        "figures.meta.generated": "Made on (UTC)",
        "figures.meta.licence": "Licence",
        "figures.meta.publisher": "Published by",
        "figures.meta.rules": "Publication rules",
        "figures.meta.tables": "Tables",
        "figures.meta.source": (
            "The kiosks' daily counts: no events, no times of day, no identifiers of people."
        ),
    },
}
add_messages(FIGURE_MESSAGES)
