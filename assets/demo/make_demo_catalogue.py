#!/usr/bin/env python3
"""Generate the bundled demo catalogue, ``assets/demo/catalogue.json``.

Everything in it is FICTIONAL: providers, offerings, people, phone numbers (555 blocks), e-mail
addresses and websites (``.example`` domains). Only the towns, their postal codes and the Lombardy
school-closure dates of 2026/27 are real. Stdlib only and deterministic (``random.Random(2026)``,
fixed key order), so re-running it gives a byte-identical file:

    python assets/demo/make_demo_catalogue.py

The data tables keep each Italian or English text on one line (so a translator edits one line,
and the file stays short); only they exceed the 100-column limit, hence the E501 exemption.
"""

from __future__ import annotations

import json
import random
import re
import sys
from itertools import chain, cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_translations as six  # the other six visitor languages

OUT = Path(__file__).with_name("catalogue.json")

# ---------------------------------------------------------------------------------------------
# Data tables
# ---------------------------------------------------------------------------------------------

AREAS = [("castanese", "Castanese"), ("magentino", "Magentino"), ("legnanese", "Legnanese")]

# id, name, area, postal code (post-2020 codes), latitude, longitude, landline prefix
COMUNI = [
    ("castano-primo", "Castano Primo", "castanese", "20022", 45.5513, 8.7747, "0331"),
    ("cuggiono", "Cuggiono", "castanese", "20012", 45.5069, 8.8163, "02"),
    ("inveruno", "Inveruno", "castanese", "20001", 45.5143, 8.8507, "02"),
    ("buscate", "Buscate", "castanese", "20010", 45.5447, 8.8131, "0331"),
    ("turbigo", "Turbigo", "castanese", "20029", 45.5296, 8.7374, "0331"),
    (
        "robecchetto-con-induno",
        "Robecchetto con Induno",
        "castanese",
        "20020",
        45.5339,
        8.7618,
        "0331",
    ),
    ("nosate", "Nosate", "castanese", "20020", 45.5503, 8.7234, "0331"),
    ("vanzaghello", "Vanzaghello", "castanese", "20020", 45.5797, 8.7825, "0331"),
    ("magnago", "Magnago", "castanese", "20020", 45.5788, 8.8020, "0331"),
    ("arconate", "Arconate", "castanese", "20020", 45.5407, 8.8478, "0331"),
    ("bernate-ticino", "Bernate Ticino", "castanese", "20010", 45.4777, 8.8176, "02"),
    ("magenta", "Magenta", "magentino", "20013", 45.4646, 8.8836, "02"),
    (
        "boffalora-sopra-ticino",
        "Boffalora sopra Ticino",
        "magentino",
        "20010",
        45.4680,
        8.8310,
        "02",
    ),
    ("marcallo-con-casone", "Marcallo con Casone", "magentino", "20010", 45.4857, 8.8713, "02"),
    ("mesero", "Mesero", "magentino", "20010", 45.5000, 8.8555, "02"),
    ("ossona", "Ossona", "magentino", "20002", 45.5057, 8.9013, "02"),
    ("robecco-sul-naviglio", "Robecco sul Naviglio", "magentino", "20087", 45.4380, 8.8857, "02"),
    ("santo-stefano-ticino", "Santo Stefano Ticino", "magentino", "20010", 45.4867, 8.9178, "02"),
    ("corbetta", "Corbetta", "magentino", "20011", 45.4683, 8.9190, "02"),
    ("sedriano", "Sedriano", "magentino", "20018", 45.4893, 8.9713, "02"),
    ("vittuone", "Vittuone", "magentino", "20009", 45.4880, 8.9523, "02"),
    ("arluno", "Arluno", "magentino", "20004", 45.5040, 8.9410, "02"),
    ("bareggio", "Bareggio", "magentino", "20008", 45.4783, 8.9995, "02"),
    ("cisliano", "Cisliano", "magentino", "20046", 45.4443, 8.9863, "02"),
    ("legnano", "Legnano", "legnanese", "20025", 45.5967, 8.9150, "0331"),
    ("parabiago", "Parabiago", "legnanese", "20015", 45.5585, 8.9478, "0331"),
    ("canegrate", "Canegrate", "legnanese", "20039", 45.5683, 8.9283, "0331"),
    ("cerro-maggiore", "Cerro Maggiore", "legnanese", "20023", 45.5943, 8.9513, "0331"),
    ("rescaldina", "Rescaldina", "legnanese", "20027", 45.6183, 8.9533, "0331"),
    (
        "san-giorgio-su-legnano",
        "San Giorgio su Legnano",
        "legnanese",
        "20034",
        45.5740,
        8.9130,
        "0331",
    ),
    ("san-vittore-olona", "San Vittore Olona", "legnanese", "20028", 45.5863, 8.9423, "0331"),
    ("busto-garolfo", "Busto Garolfo", "legnanese", "20038", 45.5477, 8.8840, "0331"),
    ("dairago", "Dairago", "legnanese", "20036", 45.5673, 8.8643, "0331"),
    ("villa-cortese", "Villa Cortese", "legnanese", "20035", 45.5663, 8.8873, "0331"),
    ("nerviano", "Nerviano", "legnanese", "20014", 45.5553, 8.9770, "0331"),
]

CATEGORIES = [  # id (= icon), Italian, English
    ("pre-post-scuola", "Pre e post scuola", "Before & after school"),
    ("campus-vacanze", "Campus nelle vacanze", "Holiday camps"),
    ("centro-estivo", "Centri estivi", "Summer centres"),
    ("spazio-compiti", "Spazio compiti", "Homework help"),
    ("baby-parking", "Baby parking", "Drop-in childcare"),
    ("sportello-info", "Sportelli informativi", "Information desks"),
    ("sport-cultura", "Sport e cultura", "Sport & culture"),
]

SCHOOL_YEAR, SUMMER, SEPTEMBER = "anno-scolastico-2026-27", "estate-2027", "inizio-settembre-2027"
PERIODS = [  # id, Italian, English, start, end, kind
    (
        SCHOOL_YEAR,
        "Anno scolastico 2026/27",
        "School year 2026/27",
        "2026-09-07",
        "2027-06-08",
        "school_year",
    ),
    (
        "ognissanti-2026",
        "Ponte di Ognissanti 2026",
        "All Saints' bridge 2026",
        "2026-11-02",
        "2026-11-02",
        "closure",
    ),
    (
        "immacolata-2026",
        "Ponte di Sant'Ambrogio e dell'Immacolata 2026",
        "Sant'Ambrogio and Immaculate Conception bridge 2026",
        "2026-12-07",
        "2026-12-08",
        "closure",
    ),
    (
        "natale-2026",
        "Vacanze di Natale 2026",
        "Christmas holidays 2026",
        "2026-12-23",
        "2027-01-06",
        "closure",
    ),
    # Ambrosian rite: Carnival ends on the Saturday before the first Sunday of Lent (14 Feb 2027).
    (
        "carnevale-2027",
        "Carnevale ambrosiano 2027",
        "Ambrosian Carnival 2027",
        "2027-02-11",
        "2027-02-13",
        "closure",
    ),
    (
        "pasqua-2027",
        "Vacanze di Pasqua 2027",
        "Easter holidays 2027",
        "2027-03-25",
        "2027-03-30",
        "closure",
    ),
    (SUMMER, "Estate 2027", "Summer 2027", "2027-06-09", "2027-09-04", "summer"),
    (
        SEPTEMBER,
        "Inizio settembre 2027",
        "Early September 2027",
        "2027-08-31",
        "2027-09-11",
        "closure",
    ),
]
# (25 April 2027 is a Sunday and 1 May a Saturday: no spring "ponte" in 2026/27.)

# Days a holiday campus actually runs in each closure: (byday, from, to, note it, note en).
WINDOWS = {
    "ognissanti-2026": [("MO", "2026-11-02", "2026-11-02", None, None)],
    "immacolata-2026": [
        ("MO", "2026-12-07", "2026-12-07", "L'8 dicembre è festa", "8 December is a public holiday")
    ],
    "natale-2026": [
        (
            "MO,TU,WE",
            "2026-12-23",
            "2026-12-30",
            "Aperto il 23, 28, 29 e 30 dicembre",
            "Open 23, 28, 29 and 30 December",
        ),
        ("MO,TU", "2027-01-04", "2027-01-05", "Aperto il 4 e il 5 gennaio", "Open 4 and 5 January"),
    ],
    "carnevale-2027": [("TH,FR", "2027-02-11", "2027-02-12", None, None)],
    "pasqua-2027": [
        (
            "TU,TH,FR",
            "2027-03-25",
            "2027-03-30",
            "Chiuso il lunedì dell'Angelo (29 marzo)",
            "Closed on Easter Monday (29 March)",
        )
    ],
    SEPTEMBER: [("MO,TU,WE,TH,FR", "2027-08-31", "2027-09-10", None, None)],
}

DEADLINES = {  # enrolment deadline per period
    "ognissanti-2026": ("23 ottobre 2026", "23 October 2026"),
    "immacolata-2026": ("27 novembre 2026", "27 November 2026"),
    "natale-2026": ("10 dicembre 2026", "10 December 2026"),
    "carnevale-2027": ("29 gennaio 2027", "29 January 2027"),
    "pasqua-2027": ("12 marzo 2027", "12 March 2027"),
    SUMMER: ("30 aprile 2027", "30 April 2027"),
    SEPTEMBER: ("30 giugno 2027", "30 June 2027"),
}

# Providers (all fictional): id, kind, name, home comune, domain, "nick" (for venues), it, en.
ORGS = [
    (
        "coop-filo-di-seta",
        "coop",
        "Cooperativa sociale Filo di Seta",
        "castano-primo",
        "coop-filodiseta.example",
        None,
        "Cooperativa sociale che dal 2004 gestisce servizi educativi per l'infanzia e la scuola primaria nel Castanese.",
        "Social cooperative running early-years and primary-school services in the Castanese area since 2004.",
    ),
    (
        "coop-la-chiocciola",
        "coop",
        "Cooperativa sociale La Chiocciola",
        "cuggiono",
        "lachiocciola-coop.example",
        None,
        "Educatori, pedagogisti e un piccolo orto: progetti per bambini e famiglie tra Cuggiono e il Naviglio.",
        "Educators, education specialists and a small vegetable garden: projects for children and families between Cuggiono and the Naviglio.",
    ),
    (
        "ass-genitori-inveruno",
        "assoc",
        "Associazione Genitori Insieme Inveruno",
        "inveruno",
        "genitori-insieme.example",
        None,
        "Associazione di genitori volontari che tiene aperte le scuole del paese anche oltre l'orario delle lezioni.",
        "Volunteer parents' association that keeps the town's schools open beyond lesson hours.",
    ),
    (
        "aps-ranocchie-ticino",
        "assoc",
        "APS Le Ranocchie del Ticino",
        "turbigo",
        "ranocchie-ticino.example",
        None,
        "Associazione di promozione sociale che porta i bambini all'aria aperta, tra boschi, fiume e cortili.",
        "Non-profit association taking children outdoors: woods, river and courtyards.",
    ),
    (
        "oratorio-savio-magnago",
        "oratorio",
        "Oratorio San Domenico Savio",
        "magnago",
        "oratorio-magnago.example",
        "San Domenico Savio",
        "L'oratorio della comunità, con il cortile aperto tutti i pomeriggi, sport, teatro e vacanze insieme.",
        "The parish oratory: courtyard open every afternoon, sport, drama and holidays together.",
    ),
    (
        "oratorio-sacro-cuore-arconate",
        "oratorio",
        "Oratorio Sacro Cuore",
        "arconate",
        "oratorio-arconate.example",
        "Sacro Cuore",
        "Oratorio con campo da calcio, salone teatro e un gruppo di animatori adolescenti molto affiatato.",
        "Parish oratory with a football pitch, a theatre hall and a close-knit team of teenage youth leaders.",
    ),
    (
        "asd-ticino-avventura",
        "sport",
        "ASD Ticino Avventura",
        "bernate-ticino",
        "ticinoavventura.example",
        None,
        "Associazione sportiva dilettantistica: canoa, orienteering e camminate nel Parco del Ticino per ragazzi e famiglie.",
        "Amateur sports club: canoeing, orienteering and hikes in the Ticino park for young people and families.",
    ),
    (
        "circolo-torre-bianca",
        "sport",
        "Circolo scacchistico La Torre Bianca",
        "vanzaghello",
        "torrebianca-scacchi.example",
        None,
        "Circolo di scacchi con corsi per bambini e ragazzi, tornei e progetti nelle scuole.",
        "Chess club with courses for children and teenagers, tournaments and school projects.",
    ),
    (
        "bib-cuggiono",
        "biblioteca",
        "Biblioteca ragazzi «Il Gelso»",
        "cuggiono",
        "biblioteca-ilgelso.example",
        "Il Gelso",
        "Sezione ragazzi della biblioteca: libri, giochi da tavolo, letture e un angolo morbido per i più piccoli.",
        "The library's children's section: books, board games, story-times and a soft corner for toddlers.",
    ),
    (
        "comune-castano-primo",
        "comune",
        "Comune di Castano Primo – Servizi alla persona",
        "castano-primo",
        "comune-castanoprimo.example",
        None,
        "Ufficio comunale per i servizi educativi, sociali e per la famiglia.",
        "Municipal office for education, social and family services.",
    ),
    (
        "coop-aquilone-blu",
        "coop",
        "Cooperativa sociale Aquilone Blu",
        "magenta",
        "aquiloneblu.example",
        None,
        "Cooperativa sociale di educatori e animatori attiva nel Magentino, con servizi per la prima infanzia e per la scuola.",
        "Social cooperative of educators and youth workers in the Magenta area, with services for toddlers and school-age children.",
    ),
    (
        "coop-trampolino",
        "coop",
        "Cooperativa sociale Trampolino",
        "corbetta",
        "coop-trampolino.example",
        None,
        "Servizi educativi, doposcuola e centri estivi a Corbetta e nei comuni vicini.",
        "Educational services, after-school clubs and summer centres in Corbetta and nearby towns.",
    ),
    (
        "aps-sassolini",
        "assoc",
        "APS Sassolini nel Naviglio",
        "robecco-sul-naviglio",
        "sassolini-naviglio.example",
        None,
        "Associazione di famiglie che organizza laboratori creativi, letture e campus lungo il Naviglio Grande.",
        "Association of families organising creative workshops, story-times and holiday camps along the Naviglio Grande.",
    ),
    (
        "ass-tana-libera-tutti",
        "assoc",
        "Associazione Tana Libera Tutti",
        "bareggio",
        "tanaliberatutti.example",
        None,
        "Genitori e volontari per il gioco, lo studio e il tempo libero dei ragazzi dell'ovest milanese.",
        "Parents and volunteers supporting play, study and free time for children west of Milan.",
    ),
    (
        "oratorio-santa-chiara-sedriano",
        "oratorio",
        "Oratorio Santa Chiara",
        "sedriano",
        "oratorio-sedriano.example",
        "Santa Chiara",
        "Oratorio con palestra, cortile e cucina: d'estate diventa la casa di oltre cento ragazzi.",
        "Parish oratory with a gym, a courtyard and a kitchen: in summer it is home to more than a hundred children.",
    ),
    (
        "oratorio-san-giuseppe-vittuone",
        "oratorio",
        "Oratorio San Giuseppe",
        "vittuone",
        "oratorio-vittuone.example",
        "San Giuseppe",
        "Oratorio parrocchiale con doposcuola, gruppi sportivi e un coro di voci bianche.",
        "Parish oratory with an after-school club, sports groups and a children's choir.",
    ),
    (
        "asd-la-fenice",
        "sport",
        "ASD Ginnastica La Fenice",
        "magenta",
        "ginnastica-lafenice.example",
        None,
        "Società di ginnastica artistica e ritmica con corsi dai 5 anni e campus sportivi nelle vacanze.",
        "Artistic and rhythmic gymnastics club with courses from age 5 and sports camps in the holidays.",
    ),
    (
        "bib-magenta",
        "biblioteca",
        "Biblioteca ragazzi «Pagine in volo»",
        "magenta",
        "pagineinvolo.example",
        "Pagine in volo",
        "Biblioteca per bambini e ragazzi con sala studio, letture ad alta voce e prestito di giochi da tavolo.",
        "Library for children and teenagers with a study room, read-aloud sessions and board games to borrow.",
    ),
    (
        "comune-magenta",
        "comune",
        "Comune di Magenta – Servizi educativi",
        "magenta",
        "comune-magenta.example",
        None,
        "Ufficio comunale per nidi, scuole, mense e servizi per la famiglia.",
        "Municipal office for nurseries, schools, canteens and family services.",
    ),
    (
        "comune-arluno",
        "comune",
        "Comune di Arluno – Servizi alla persona",
        "arluno",
        "comune-arluno.example",
        None,
        "Ufficio comunale per i servizi sociali, educativi e per la famiglia.",
        "Municipal office for social, education and family services.",
    ),
    (
        "rete-salvatempo",
        "rete",
        "Rete Salva Tempo Ovest Milano",
        "magenta",
        "retesalvatempo.example",
        None,
        "La rete dei servizi salva tempo di Castanese, Magentino e Legnanese: un punto unico per orientarsi tra le proposte per le famiglie che lavorano.",
        "The network of time-saving services in the Castanese, Magentino and Legnanese areas: one place to find your way among offerings for working families.",
    ),
    (
        "coop-girotondo",
        "coop",
        "Cooperativa sociale Girotondo",
        "legnano",
        "coop-girotondo.example",
        None,
        "Cooperativa sociale nata a Legnano nel 1998: nidi, pre e post scuola, campus e centri estivi.",
        "Social cooperative founded in Legnano in 1998: nurseries, before- and after-school care, holiday camps and summer centres.",
    ),
    (
        "coop-mille-passi",
        "coop",
        "Cooperativa sociale Mille Passi",
        "parabiago",
        "millepassi-coop.example",
        None,
        "Educatori e psicologi al fianco delle famiglie del Legnanese, dalla prima infanzia all'adolescenza.",
        "Educators and psychologists supporting families in the Legnano area, from early childhood to adolescence.",
    ),
    (
        "ass-pane-pennelli",
        "assoc",
        "Associazione culturale Pane e Pennelli",
        "nerviano",
        "paneepennelli.example",
        None,
        "Artisti, educatori e genitori che propongono laboratori d'arte, teatro e musica per bambini e ragazzi.",
        "Artists, educators and parents offering art, drama and music workshops for children and teenagers.",
    ),
    (
        "comitato-genitori-cerro",
        "assoc",
        "Comitato Genitori Scuole Aperte",
        "cerro-maggiore",
        "scuoleaperte-cerro.example",
        None,
        "Comitato di genitori che organizza il post-scuola e le attività nei giorni di chiusura.",
        "Parents' committee organising after-school care and activities on days when schools are closed.",
    ),
    (
        "oratorio-frassati-canegrate",
        "oratorio",
        "Oratorio Pier Giorgio Frassati",
        "canegrate",
        "oratorio-canegrate.example",
        "Pier Giorgio Frassati",
        "Oratorio con un grande cortile, campo da basket e un salone per feste e spettacoli.",
        "Parish oratory with a large courtyard, a basketball court and a hall for parties and shows.",
    ),
    (
        "oratorio-don-bosco-busto-garolfo",
        "oratorio",
        "Oratorio San Giovanni Bosco",
        "busto-garolfo",
        "oratorio-bustogarolfo.example",
        "San Giovanni Bosco",
        "Oratorio parrocchiale con sala studio, campi sportivi e un bar gestito dalle famiglie.",
        "Parish oratory with a study room, sports pitches and a café run by families.",
    ),
    (
        "asd-airone",
        "sport",
        "ASD Polisportiva Airone",
        "legnano",
        "polisportiva-airone.example",
        None,
        "Polisportiva con minibasket, minivolley, atletica e campus sportivi per bambini dai 5 anni.",
        "Multi-sport club with mini-basketball, mini-volleyball, athletics and sports camps for children from age 5.",
    ),
    (
        "asd-brughiera-volley",
        "sport",
        "ASD Brughiera Volley Ragazzi",
        "rescaldina",
        "brughieravolley.example",
        None,
        "Società di pallavolo giovanile con squadre dai 6 ai 16 anni.",
        "Youth volleyball club with teams from age 6 to 16.",
    ),
    (
        "bib-parabiago",
        "biblioteca",
        "Biblioteca ragazzi «La Tartaruga»",
        "parabiago",
        "biblioteca-tartaruga.example",
        "La Tartaruga",
        "Biblioteca per ragazzi con sala studio, letture per i piccoli e un punto informativo per le famiglie.",
        "Children's library with a study room, story-times for little ones and an information point for families.",
    ),
    (
        "comune-legnano",
        "comune",
        "Comune di Legnano – Servizi educativi",
        "legnano",
        "comune-legnano.example",
        None,
        "Ufficio comunale per nidi, scuole, centri estivi e servizi per la famiglia.",
        "Municipal office for nurseries, schools, summer centres and family services.",
    ),
    (
        "comune-san-vittore-olona",
        "comune",
        "Comune di San Vittore Olona – Servizi alla persona",
        "san-vittore-olona",
        "comune-sanvittoreolona.example",
        None,
        "Ufficio comunale per i servizi sociali, educativi e per la famiglia.",
        "Municipal office for social, education and family services.",
    ),
]
LOCAL_KINDS = {"oratorio", "biblioteca", "comune"}  # these run things only in their own comune
# What each sports club actually does (variant keys; "campus" = holiday camps).
SKILLS = {
    "asd-ticino-avventura": {"parco", "campus", "sport"},
    "circolo-torre-bianca": {"scacchi"},
    "asd-la-fenice": {"ginnastica", "campus", "sport"},
    "asd-airone": {"squadra", "campus", "sport"},
    "asd-brughiera-volley": {"squadra", "campus"},
}
TEAM_SPORTS = {
    "asd-airone": [("Minibasket", "Mini-basketball"), ("Minivolley", "Mini-volleyball")],
    "asd-brughiera-volley": [("Minivolley", "Mini-volleyball")],
}

STREETS = [
    "Via Roma",
    "Via Garibaldi",
    "Via Mazzini",
    "Via Manzoni",
    "Via Dante Alighieri",
    "Via Cavour",
    "Via XX Settembre",
    "Via Matteotti",
    "Via Verdi",
    "Via Marconi",
    "Via San Francesco",
    "Via Gorizia",
    "Via Trieste",
    "Via IV Novembre",
    "Via dei Mille",
    "Via Don Minzoni",
    "Via Colombo",
    "Via Pascoli",
    "Via Carducci",
    "Via Montessori",
    "Via Volta",
    "Via Leopardi",
    "Via Santa Caterina",
    "Via dei Tigli",
]
TOWN_HALLS = {"legnano": "Piazza San Magno 9", "magenta": "Piazza Formenti 3"}
SQUARES = [
    "Piazza della Libertà",
    "Piazza Mazzini",
    "Piazza Vittorio Veneto",
    "Piazza Italia",
    "Piazza della Repubblica",
    "Piazza del Popolo",
]

# Venue kinds: Italian location name, "in" phrase (it), "in" phrase (en); {via} = "via Roma".
VENUES = {
    "primaria": (
        "Scuola primaria di {via}",
        "nella scuola primaria di {via}",
        "at the {Via} primary school",
    ),
    "infanzia": (
        "Scuola dell'infanzia di {via}",
        "nella scuola dell'infanzia di {via}",
        "at the {Via} nursery school",
    ),
    "palestra": (
        "Palestra comunale di {via}",
        "nella palestra comunale di {via}",
        "in the municipal gym on {Via}",
    ),
    "centro-sportivo": (
        "Centro sportivo comunale",
        "nel centro sportivo comunale",
        "at the municipal sports centre",
    ),
    "spazio": (
        "Centro famiglie di {via}",
        "nel centro famiglie di {via}",
        "at the family centre on {Via}",
    ),
    "municipio": ("Municipio", "in municipio", "at the town hall"),
}

ACCESSIBILITY = [
    ("Ingresso senza gradini e bagno accessibile.", "Step-free entrance and accessible toilet."),
    (
        "Ascensore per il primo piano; parcheggio riservato davanti all'ingresso.",
        "Lift to the first floor; reserved parking in front of the entrance.",
    ),
    (
        "Rampa all'ingresso laterale e spazio per i passeggini.",
        "Ramp at the side entrance and space for pushchairs.",
    ),
    ("Locali al piano terra e cortile recintato.", "Ground-floor rooms and a fenced courtyard."),
]

# Activities (plural, no inner "e" so they can be chained), with the minimum age they suit.
ACTS = [
    (
        "laboratori di pittura con materiali di riciclo",
        "painting workshops with recycled materials",
        3,
    ),
    ("giochi di squadra in cortile", "team games in the courtyard", 3),
    ("letture animate", "lively story-telling", 3),
    ("piccoli laboratori di cucina", "simple cooking workshops", 3),
    ("mini-olimpiadi con percorsi a ostacoli", "mini-Olympics with obstacle courses", 3),
    ("giochi di teatro con travestimenti", "drama games with dressing up", 3),
    ("lavori nell'orto", "gardening in the vegetable patch", 3),
    ("giochi musicali", "music games", 3),
    ("giochi in inglese", "games in English", 3),
    (
        "esperimenti scientifici con materiali di tutti i giorni",
        "science experiments with everyday materials",
        6,
    ),
    ("giochi da tavolo", "board games", 6),
    ("prime attività di coding con piccoli robot", "first coding activities with small robots", 6),
]
SPORTS = [
    ("minibasket", "mini-basketball"),
    ("minivolley", "mini-volleyball"),
    ("atletica", "athletics"),
    ("ginnastica", "gymnastics"),
    ("calcetto", "five-a-side football"),
    ("tiro con l'arco", "archery"),
    ("arrampicata sul muro della palestra", "climbing on the gym wall"),
    ("orienteering", "orienteering"),
]
OUTINGS = {
    "castanese": [
        (
            "una passeggiata lungo l'alzaia del Naviglio Grande",
            "a walk along the Naviglio Grande towpath",
        ),
        ("un'uscita nei boschi del Parco del Ticino", "an outing to the woods of the Ticino park"),
        ("una visita a una fattoria didattica della zona", "a visit to a local educational farm"),
    ],
    "magentino": [
        (
            "una passeggiata lungo l'alzaia del Naviglio Grande",
            "a walk along the Naviglio Grande towpath",
        ),
        ("un'uscita nei boschi del Parco del Ticino", "an outing to the woods of the Ticino park"),
        ("una mattinata in piscina", "a morning at the swimming pool"),
    ],
    "legnanese": [
        (
            "una passeggiata nel Parco dei Mulini lungo l'Olona",
            "a walk in the Parco dei Mulini along the Olona",
        ),
        ("un pomeriggio al Parco Alto Milanese", "an afternoon at the Parco Alto Milanese"),
        ("una mattinata in piscina", "a morning at the swimming pool"),
    ],
}
OUTINGS_ANY = [
    ("una caccia al tesoro per le vie del paese", "a treasure hunt through the town's streets")
]
MEALS = {
    "school": [
        (
            "Il pranzo arriva dalla mensa scolastica ed è compreso nella quota; le diete speciali si segnalano all'iscrizione.",
            "Lunch comes from the school canteen and is included in the fee; special diets should be reported when enrolling.",
        )
    ],
    "oratorio": [
        (
            "Si pranza nel salone dell'oratorio con i pasti preparati dai volontari della cucina.",
            "Lunch is served in the oratory hall, cooked by kitchen volunteers.",
        )
    ],
    "other": [
        (
            "Pranzo al sacco portato da casa, con merenda offerta a metà mattina e a metà pomeriggio.",
            "Children bring a packed lunch from home; a snack is provided mid-morning and mid-afternoon.",
        ),
        (
            "Pranzo caldo preparato dalla cucina interna, con menù vegetariano su richiesta.",
            "Hot lunch cooked on site, with a vegetarian menu on request.",
        ),
        (
            "Il pranzo è fornito da una ditta di ristorazione in porzioni singole; la merenda è compresa.",
            "Lunch is supplied by a caterer in individual portions; snacks are included.",
        ),
    ],
}
FLAVOURS = {
    "ognissanti-2026": (
        "Si intagliano zucche, si raccolgono foglie al parco e si costruiscono lanterne d'autunno.",
        "Children carve pumpkins, collect leaves in the park and make autumn lanterns.",
    ),
    "immacolata-2026": (
        "Si preparano gli addobbi per l'albero e i biglietti di auguri da portare a casa.",
        "Children make tree decorations and greeting cards to take home.",
    ),
    "natale-2026": (
        "Tra un gioco e l'altro si preparano biscotti speziati, addobbi e piccoli regali per la famiglia.",
        "Between games, children bake spiced biscuits and make decorations and small presents for the family.",
    ),
    "carnevale-2027": (
        "Si costruiscono maschere e costumi con materiali di recupero e l'ultimo giorno si sfila in cortile con una piccola festa.",
        "Children make masks and costumes from recycled materials, and on the last day there is a parade and a small party in the courtyard.",
    ),
    "pasqua-2027": (
        "Si seminano piantine, si decorano uova e si organizza una caccia al tesoro in giardino.",
        "Children plant seedlings, decorate eggs and go on a treasure hunt in the garden.",
    ),
    SEPTEMBER: (
        "Le mattine sono dedicate a un ripasso leggero con giochi e letture, i pomeriggi a sport e attività all'aperto.",
        "Mornings are for light revision through games and reading, afternoons for sport and outdoor activities.",
    ),
    "multi": (
        "Ogni periodo di chiusura ha il suo tema: le feste d'inverno a Natale, le maschere a Carnevale, la natura a Pasqua.",
        "Each school break has its own theme: winter festivities at Christmas, masks at Carnival, nature at Easter.",
    ),
}
CAMPUS_NAMES = {
    "ognissanti-2026": [
        ("Ponte dei Santi al campus", "All Saints' bridge day at the campus"),
        ("Campus «Zucche e foglie»", "“Pumpkins and Leaves” campus"),
    ],
    "immacolata-2026": [
        ("Campus del ponte di Sant'Ambrogio", "Sant'Ambrogio bridge campus"),
        ("Campus «Lucine d'inverno»", "“Winter Lights” campus"),
    ],
    "natale-2026": [
        ("Campus di Natale «Fiocchi e folletti»", "“Snowflakes and Elves” Christmas campus"),
        ("Natale al campus", "Christmas at the campus"),
        ("Laboratorio delle feste", "Holiday workshop"),
        ("Campus «Aspettando la Befana»", "“Waiting for the Befana” campus"),
        ("Campus d'inverno", "Winter campus"),
    ],
    "carnevale-2027": [
        ("Campus di Carnevale «Maschere e coriandoli»", "“Masks and Confetti” Carnival campus"),
        ("Carnevale ambrosiano al campus", "Ambrosian Carnival at the campus"),
    ],
    "pasqua-2027": [
        ("Campus di Pasqua «Uova e germogli»", "“Eggs and Sprouts” Easter campus"),
        ("Campus di primavera", "Spring campus"),
        ("Pasqua all'aria aperta", "Easter in the open air"),
    ],
    SEPTEMBER: [
        ("Aspettando la scuola", "Getting ready for school"),
        ("Campus «Zaino in spalla»", "“Backpack On” campus"),
        ("Settembre al campus", "September at the campus"),
    ],
    "multi": [
        ("Campus «Scuole chiuse, noi aperti»", "“Schools Closed, We're Open” campus"),
        ("Campus delle vacanze", "Holiday campus"),
    ],
}
# Holiday-camp plan: one entry per offering, listing the closures it covers.
CAMPUS_PLAN = (
    [["ognissanti-2026"]] * 2
    + [["immacolata-2026"]] * 2
    + [["natale-2026"]] * 5
    + [["carnevale-2027"]] * 3
    + [["pasqua-2027"]] * 4
    + [[SEPTEMBER]] * 5
    + [["natale-2026", "carnevale-2027", "pasqua-2027"]] * 2
    + [["ognissanti-2026", "immacolata-2026", "natale-2026", "carnevale-2027", "pasqua-2027"]]
)
CAMPUS_KEYS = {
    "ognissanti-2026": "ognissanti",
    "immacolata-2026": "immacolata",
    "natale-2026": "natale",
    "carnevale-2027": "carnevale",
    "pasqua-2027": "pasqua",
    SEPTEMBER: "settembre",
    "multi": "vacanze",
}
SUMMER_THEMES = [
    ("Piccoli esploratori", "Little Explorers"),
    ("Il giro del mondo in un'estate", "Around the World in One Summer"),
    ("Missione natura", "Mission Nature"),
    ("Piccoli inventori", "Little Inventors"),
    ("Estate in cortile", "Summer in the Courtyard"),
]
BABY_NAMES = [
    ("Pulcini", "Little Chicks"),
    ("Coccinelle", "Ladybirds"),
    ("Orsetti", "Teddy Bears"),
    ("La casa sull'albero", "The Tree House"),
    ("Girasoli", "Sunflowers"),
    ("Piccoli passi", "Little Steps"),
]
PEOPLE = [
    ("Chiara Colombo", "f"),
    ("Marco Brambilla", "m"),
    ("Elisa Ferrario", "f"),
    ("Davide Crespi", "m"),
    ("Silvia Galli", "f"),
    ("Paolo Rimoldi", "m"),
    ("Francesca Garavaglia", "f"),
    ("Luca Pozzi", "m"),
    ("Giulia Oldani", "f"),
    ("Andrea Zanzottera", "m"),
    ("Marta Sironi", "f"),
    ("Stefano Cislaghi", "m"),
    ("Sara Mainini", "f"),
    ("Matteo Raimondi", "m"),
]
TITLES = {
    "f": [
        ("Coordinatrice", "Coordinator"),
        ("Referente iscrizioni", "Enrolment contact"),
        ("Educatrice responsabile", "Lead educator"),
    ],
    "m": [
        ("Coordinatore", "Coordinator"),
        ("Referente iscrizioni", "Enrolment contact"),
        ("Educatore responsabile", "Lead educator"),
    ],
}
FEES = [
    ("Sconto del 10% dal secondo figlio.", "10% discount from the second child."),
    (
        "Riduzioni per le famiglie con ISEE inferiore a 15.000 euro: chiedete in segreteria.",
        "Reduced fees for families with an ISEE below 15,000 euros: ask at the office.",
    ),
    (
        "La quota comprende assicurazione, merende e materiali.",
        "The fee covers insurance, snacks and materials.",
    ),
]

# Variants per category: kinds = provider kinds allowed; venue; ages; ratio; schedules
# (byday, opens, closes, label); costs ([amount choices], it, en); name and description (it, en).
WEEK = "MO,TU,WE,TH,FR"
VARIANTS = {
    "pre-post-scuola": [
        dict(
            key="primaria",
            kinds=["coop", "assoc", "comune"],
            venue="primaria",
            ages=(6, 11),
            ratio=12,
            sched=[
                (WEEK, "07:30", "08:25", ("Pre-scuola", "Before school")),
                (WEEK, "16:30", "18:00", ("Post-scuola", "After school")),
            ],
            costs=[
                ([30, 35], "pre-scuola, al mese", "before school, per month"),
                ([55, 60, 65], "post-scuola, al mese", "after school, per month"),
                ([80, 85, 90], "pre e post scuola, al mese", "before and after school, per month"),
            ],
            name=("Pre e post scuola – {town}", "Before- and after-school care – {town}"),
            desc=(
                "Accoglienza prima delle lezioni e assistenza dopo la campanella, direttamente {venue_in}: i bambini non devono spostarsi e i genitori hanno orari più larghi. Al mattino giochi tranquilli e lettura; al pomeriggio merenda e {act}, poi un po' di tempo per i compiti. Un educatore ogni {ratio} bambini; ci si può iscrivere anche solo per alcuni giorni della settimana.",
                "Care before lessons and after the bell, right {venue_in_en}: children don't have to move and parents get more flexible hours. Quiet games and reading in the morning; in the afternoon a snack and {act_en}, then some time for homework. One educator for every {ratio} children; you can sign up for just some days of the week.",
            ),
        ),
        dict(
            key="infanzia",
            kinds=["coop", "comune"],
            venue="infanzia",
            ages=(3, 6),
            ratio=10,
            sched=[
                (WEEK, "07:30", "08:45", ("Entrata anticipata", "Early drop-off")),
                (WEEK, "16:00", "18:00", ("Uscita posticipata", "Late pick-up")),
            ],
            costs=[
                ([40, 45], "entrata anticipata, al mese", "early drop-off, per month"),
                ([60, 65, 70], "uscita posticipata, al mese", "late pick-up, per month"),
            ],
            name=("Tempo prolungato infanzia – {town}", "Extended day for nursery school – {town}"),
            desc=(
                "Per i bambini della scuola dell'infanzia: entrata anticipata dalle 7:30 e uscita posticipata fino alle 18:00, nella stessa scuola che frequentano ogni giorno. Il pomeriggio è pensato per rilassarsi dopo una giornata intensa: merenda, racconti, {act} e giochi tranquilli. Le educatrici sono sempre le stesse, così i piccoli hanno punti di riferimento sicuri.",
                "For nursery-school children: early drop-off from 7:30 am and late pick-up until 6 pm, in the same school they attend every day. Afternoons are for winding down after a busy day: a snack, stories, {act_en} and quiet games. The educators are always the same, so little ones have familiar faces to rely on.",
            ),
        ),
        dict(
            key="genitori",
            kinds=["assoc"],
            venue="primaria",
            ages=(6, 11),
            ratio=12,
            sched=[(WEEK, "16:30", "18:00", None)],
            costs=[
                ([40, 45, 50], "al mese", "per month"),
                ([5], "pomeriggio singolo", "single afternoon"),
            ],
            name=("Scuola aperta fino alle 18 – {town}", "School open until 6 pm – {town}"),
            desc=(
                "Un post-scuola nato dai genitori e gestito con educatori qualificati: quando suona la campanella delle 16:30 i bambini restano {venue_in} fino alle 18:00. Dopo la merenda insieme si sceglie tra {act} e {act2}. Il venerdì c'è il cineforum con i popcorn.",
                "An after-school club started by parents and run with qualified educators: when the 4:30 pm bell rings, children stay {venue_in_en} until 6 pm. After a shared snack they choose between {act_en} and {act2_en}. On Fridays there is a film club with popcorn.",
            ),
        ),
    ],
    "centro-estivo": [
        dict(
            key="oratorio",
            kinds=["oratorio"],
            venue="oratorio",
            ages=(6, 14),
            ratio=15,
            limit=4,
            windows=[(WEEK, "2027-06-14", "2027-07-16")],
            hours=("08:30", "17:00"),
            costs=[
                ([55, 60, 65], "a settimana, pranzo compreso", "per week, lunch included"),
                ([15, 20], "iscrizione e maglietta", "registration and T-shirt"),
            ],
            name=("Oratorio estivo 2027 – {town}", "Summer at the oratory 2027 – {town}"),
            desc=(
                "Cinque settimane di giochi, laboratori, preghiera e gite, animate dagli educatori e dagli animatori adolescenti dell'oratorio. Il mercoledì si va in piscina e il venerdì c'è la gita di un'intera giornata. {meal} Un adulto responsabile ogni {ratio} ragazzi, sempre affiancato dagli animatori.",
                "Five weeks of games, workshops, prayer and trips, led by the oratory's educators and teenage youth leaders. Wednesdays are swimming-pool days and on Fridays there is a full-day trip. {meal_en} One responsible adult for every {ratio} children, always supported by the youth leaders.",
            ),
        ),
        dict(
            key="infanzia",
            kinds=["coop", "comune"],
            venue="infanzia",
            ages=(3, 6),
            ratio=8,
            limit=4,
            windows=[(WEEK, "2027-07-01", "2027-07-30")],
            hours=("07:45", "16:30"),
            costs=[([110, 120, 130], "a settimana", "per week")],
            name=(
                "Centro estivo piccoli «{theme}» – {town}",
                "Little ones' summer centre “{theme_en}” – {town}",
            ),
            desc=(
                "Il centro estivo comincia il 1° luglio, quando chiude la scuola dell'infanzia, e prosegue per tutto il mese. Le giornate sono fatte di giochi d'acqua in giardino, {act} e {act2}, con il riposino dopo pranzo per chi ne ha bisogno. {meal} Un'educatrice ogni {ratio} bambini.",
                "The summer centre starts on 1 July, when nursery schools close, and runs all month. Days are filled with water games in the garden, {act_en} and {act2_en}, with a nap after lunch for those who need it. {meal_en} One educator for every {ratio} children.",
            ),
        ),
        dict(
            key="sport",
            kinds=["sport"],
            venue="centro-sportivo",
            ages=(6, 13),
            ratio=12,
            limit=3,
            extra_cat="sport-cultura",
            windows=[(WEEK, "2027-06-14", "2027-07-30"), (WEEK, "2027-08-23", "2027-09-03")],
            extra_period=SEPTEMBER,
            hours=("08:00", "17:00"),
            costs=[([115, 125, 135], "a settimana, pranzo compreso", "per week, lunch included")],
            name=("Campus estivo sportivo – {town}", "Sports summer camp – {town}"),
            desc=(
                "Una disciplina diversa ogni giorno – {sport}, {sport2}, {sport3} e nuoto – con istruttori qualificati. Dopo pranzo c'è un momento di riposo all'ombra con giochi da tavolo e letture. {meal} Aperto a giugno e luglio, e di nuovo dal 23 agosto al 3 settembre. Un istruttore ogni {ratio} ragazzi.",
                "A different sport every day – {sport_en}, {sport2_en}, {sport3_en} and swimming – with qualified coaches. After lunch there is a rest in the shade with board games and books. {meal_en} Open in June and July, and again from 23 August to 3 September. One coach for every {ratio} children.",
            ),
        ),
        dict(
            key="primaria",
            kinds=["coop", "assoc"],
            venue="primaria",
            ages=(6, 11),
            ratio=12,
            windows=[(WEEK, "2027-06-10", "2027-08-06")],
            hours=("07:30", "17:30"),
            costs=[
                ([95, 105, 115], "a settimana", "per week"),
                ([25], "giornata singola", "single day"),
            ],
            name=("Centro estivo «{theme}» – {town}", "“{theme_en}” summer centre – {town}"),
            desc=(
                "Otto settimane, ognuna con un tema diverso, per vivere l'estate in compagnia: {act}, {act2} e, una volta alla settimana, {outing}. {meal} Un educatore ogni {ratio} bambini; ci si può iscrivere anche a settimane singole.",
                "Eight weeks, each with its own theme, to enjoy the summer together: {act_en}, {act2_en} and, once a week, {outing_en}. {meal_en} One educator for every {ratio} children; single weeks can be booked too.",
            ),
        ),
    ],
    "spazio-compiti": [
        dict(
            key="primaria",
            kinds=["biblioteca", "oratorio", "assoc"],
            venue="auto",
            ages=(6, 11),
            ratio=6,
            free=True,
            sched=[("TU,TH", "16:30", "18:30", None)],
            name=("Compiti insieme – {town}", "Homework together – {town}"),
            desc=(
                "Due pomeriggi alla settimana per fare i compiti in compagnia, con volontari ed educatori che aiutano senza sostituirsi ai bambini. Si lavora in piccoli tavoli divisi per classe e, quando i compiti sono finiti, c'è spazio per {act}. Un aiuto prezioso anche per chi sta imparando l'italiano come seconda lingua.",
                "Two afternoons a week to do homework together, with volunteers and educators who help without doing the work for the children. Children work at small tables grouped by class and, once homework is done, there is time for {act_en}. Valuable support also for children learning Italian as a second language.",
            ),
        ),
        dict(
            key="medie",
            kinds=["biblioteca", "assoc", "coop"],
            venue="auto",
            ages=(11, 14),
            ratio=8,
            sched=[("MO,WE", "14:30", "17:00", None)],
            costs=[([35, 40], "al mese", "per month")],
            name=("Aula studio medie – {town}", "Study room for middle-school pupils – {town}"),
            desc=(
                "Un'aula studio per i ragazzi delle medie con tutor universitari: metodo di studio, ripasso per le verifiche e una mano con matematica, inglese e francese. Un tutor ogni {ratio} ragazzi, con wi-fi e computer a disposizione per le ricerche. Si entra e si esce liberamente negli orari di apertura, firmando il registro delle presenze.",
                "A study room for middle-school pupils with university-student tutors: study skills, revision for tests and help with maths, English and French. One tutor for every {ratio} pupils, with wi-fi and computers for research. Pupils come and go freely during opening hours and sign the attendance register.",
            ),
        ),
        dict(
            key="pranzo",
            kinds=["coop", "oratorio"],
            venue="auto",
            ages=(11, 14),
            ratio=10,
            limit=3,
            sched=[(WEEK, "13:45", "17:30", None)],
            costs=[
                (
                    [110, 120, 140],
                    "al mese, cinque giorni con pranzo",
                    "per month, five days with lunch",
                ),
                ([7], "pasto singolo", "single meal"),
            ],
            name=(
                "Doposcuola medie con pranzo – {town}",
                "Middle-school after-school club with lunch – {town}",
            ),
            desc=(
                "All'uscita da scuola i ragazzi arrivano a piedi con un educatore, pranzano insieme e poi si mettono ai compiti, seguiti in piccoli gruppi. Dopo lo studio c'è tempo per {act} oppure per due tiri a pallone. Un educatore ogni {ratio} ragazzi; i genitori ricevono ogni settimana un breve aggiornamento.",
                "After school the pupils walk over with an educator, have lunch together and then settle down to homework in small supervised groups. After studying there is time for {act_en} or a kick-about. One educator for every {ratio} pupils; parents get a short update every week.",
            ),
        ),
    ],
    "baby-parking": [
        dict(
            key="mattina",
            kinds=["coop", "assoc"],
            venue="spazio",
            ages=(1, 3),
            ratio=5,
            cap=12,
            periods=[],
            sched=[(WEEK, "08:30", "12:30", None)],
            costs=[
                ([7, 8, 9], "all'ora", "per hour"),
                ([65, 70, 75], "carnet da 10 ore", "10-hour pass"),
            ],
            name=("Baby parking «{baby}» – {town}", "“{baby_en}” baby parking – {town}"),
            desc=(
                "Uno spazio accogliente per bambini da 12 mesi a 3 anni, anche solo per qualche ora: mentre mamma e papà lavorano o sbrigano una commissione, i piccoli giocano con travasi, musica, libri cartonati e pasta di sale. Al massimo {cap} bambini presenti insieme, con un'educatrice ogni {ratio}. Si prenota a ore, anche il giorno prima.",
                "A welcoming space for children aged 12 months to 3 years, even for just a few hours: while parents work or run errands, little ones play with pouring games, music, board books and salt dough. No more than {cap} children at a time, with one educator for every {ratio}. Book by the hour, even the day before.",
            ),
        ),
        dict(
            key="sabato",
            kinds=["coop", "assoc"],
            venue="spazio",
            ages=(0, 3),
            ratio=4,
            periods=[],
            sched=[("TU,TH", "14:30", "18:30", None), ("SA", "09:00", "12:30", None)],
            costs=[
                ([8, 9], "all'ora", "per hour"),
                ([30], "mezza giornata del sabato", "Saturday half day"),
            ],
            name=("Baby parking «{baby}» – {town}", "“{baby_en}” baby parking – {town}"),
            desc=(
                "Per le famiglie che lavorano su turni o il sabato: il baby parking apre due pomeriggi alla settimana e il sabato mattina, per bambini dai 6 mesi ai 3 anni. C'è un angolo morbido per i più piccoli, tavoli per pasticciare con colori e farine e, la prima volta, un breve inserimento con il genitore. Un'educatrice ogni {ratio} bambini; merenda e pannolini sono compresi.",
                "For families who work shifts or on Saturdays: the baby parking is open two afternoons a week and on Saturday mornings, for children from 6 months to 3 years. There is a soft corner for babies, tables for messy play with paints and flour and, the first time, a short settling-in with a parent. One educator for every {ratio} children; snacks and nappies are included.",
            ),
        ),
        dict(
            key="comunale",
            kinds=["comune"],
            venue="spazio",
            ages=(1, 3),
            ratio=5,
            cap=10,
            limit=2,
            sched=[("WE,FR", "09:00", "12:00", None)],
            costs=[([5], "all'ora, tariffa residenti", "per hour, residents' rate")],
            name=("Baby parking comunale – {town}", "Municipal baby parking – {town}"),
            desc=(
                "Il baby parking comunale accoglie bambini da 1 a 3 anni due mattine alla settimana, nelle stanze luminose del centro famiglie. Mentre i piccoli giocano con le educatrici, i genitori possono andare al lavoro oppure fermarsi per un caffè nella sala accanto. Un'educatrice ogni {ratio} bambini, al massimo {cap} posti per turno.",
                "The municipal baby parking welcomes children aged 1 to 3 two mornings a week, in the bright rooms of the family centre. While the little ones play with the educators, parents can go to work or stay for a coffee in the room next door. One educator for every {ratio} children, at most {cap} places per session.",
            ),
        ),
    ],
    "sportello-info": [
        dict(
            key="comune",
            kinds=["comune"],
            venue="municipio",
            ages=(None, None),
            free=True,
            periods=[],
            sched=[("TU", "09:00", "12:30", None), ("TH", "14:00", "17:30", None)],
            name=("Sportello Famiglie – {town}", "Family Help Desk – {town}"),
            desc=(
                "Informazioni su nidi, pre e post scuola, centri estivi e campus, e aiuto concreto per le domande di Bonus asilo nido INPS, Assegno unico e Dote Scuola regionale. Gli operatori aiutano a compilare le pratiche online: basta portare un documento d'identità e, se serve, l'attestazione ISEE. Si parla anche inglese e francese.",
                "Information on nurseries, before- and after-school care, summer centres and holiday camps, plus practical help with applications for the INPS nursery bonus, the Single Child Allowance (Assegno unico) and Lombardy's Dote Scuola. Staff help you fill in online forms: just bring an ID document and, if needed, your ISEE certificate. English and French are spoken too.",
            ),
        ),
        dict(
            key="biblioteca",
            kinds=["biblioteca"],
            venue="auto",
            ages=(None, None),
            free=True,
            periods=[],
            sched=[("WE", "16:00", "18:00", None), ("SA", "10:00", "12:00", None)],
            name=(
                "Punto informativo famiglie in biblioteca – {town}",
                "Family information point at the library – {town}",
            ),
            desc=(
                "Un angolo della biblioteca dedicato alle famiglie: volantini e calendari di tutte le proposte del territorio, e una bibliotecaria che aiuta a orientarsi tra bonus, iscrizioni e scadenze. Mentre i genitori si informano, i bambini possono restare nella sala ragazzi a sfogliare un libro. Servizio gratuito, senza appuntamento.",
                "A corner of the library devoted to families: leaflets and calendars of everything on offer locally, and a librarian who helps you find your way through bonuses, enrolments and deadlines. While parents get information, children can stay in the children's room with a book. Free service, no appointment needed.",
            ),
        ),
        dict(
            key="itinerante",
            kinds=["rete"],
            venue="municipio",
            ages=(None, None),
            free=True,
            periods=[],
            limit=1,
            multi_town=3,
            name=("Family Pit Stop itinerante – {area}", "Mobile Family Pit Stop – {area}"),
            desc=(
                "Lo sportello della rete salva tempo che si sposta: ogni settimana fa tappa in tre paesi diversi, sempre negli stessi giorni e orari. Si può chiedere di tutto – campus, baby parking, post-scuola, bonus – e lasciare un recapito per essere richiamati. Servizio gratuito.",
                "The time-saving network's desk on the move: every week it stops in three different towns, always on the same days and at the same times. Ask about anything – holiday camps, baby parking, after-school care, bonuses – and leave your details to be called back. Free service.",
            ),
        ),
        dict(
            key="rete",
            kinds=["rete"],
            venue="municipio",
            ages=(None, None),
            free=True,
            periods=[],
            sched=[("WE", "16:00", "18:30", None), ("SA", "09:30", "12:00", None)],
            name=("Family Pit Stop – {town}", "Family Pit Stop – {town}"),
            desc=(
                "Il punto di primo contatto della rete salva tempo: raccontate di cosa avete bisogno – un campus per le vacanze, un baby parking per il sabato, il post-scuola – e un'operatrice vi aiuta a trovare la soluzione più comoda, vicino a casa o al lavoro. Se la risposta non c'è subito, vi richiamiamo entro una settimana. Niente moduli complicati: bastano due minuti.",
                "The first point of contact of the time-saving services network: tell us what you need – a holiday camp, Saturday baby parking, after-school care – and an operator helps you find the most convenient option, near home or work. If there is no answer straight away, we call you back within a week. No complicated forms: two minutes are enough.",
            ),
        ),
    ],
    "sport-cultura": [
        dict(
            key="squadra",
            kinds=["sport"],
            venue="palestra",
            ages=(6, 11),
            ratio=12,
            sched=[("MO,TH", "17:00", "18:15", None)],
            costs=[
                ([170, 190, 210], "all'anno", "per year"),
                ([25, 30], "tessera e assicurazione", "membership and insurance"),
            ],
            name=("{Sport} – {town}", "{Sport_en} – {town}"),
            desc=(
                "Allenamenti due volte alla settimana con istruttori federali, pensati per imparare divertendosi: coordinazione, giochi di squadra e le prime regole dello sport. Gruppi divisi per età, con un istruttore ogni {ratio} bambini. A fine anno c'è una festa con le famiglie e un piccolo torneo.",
                "Training twice a week with certified coaches, designed to learn while having fun: coordination, team games and the first rules of the sport. Groups by age, with one coach for every {ratio} children. At the end of the year there is a party with families and a small tournament.",
            ),
        ),
        dict(
            key="ginnastica",
            kinds=["sport"],
            venue="palestra",
            ages=(5, 11),
            ratio=10,
            sched=[("WE,FR", "16:45", "18:00", None)],
            costs=[
                ([200, 220], "all'anno", "per year"),
                ([30], "tessera e assicurazione", "membership and insurance"),
            ],
            name=("Ginnastica artistica – {town}", "Artistic gymnastics – {town}"),
            desc=(
                "Capriole, verticali, trave bassa e tappeto elastico per sviluppare equilibrio, forza e fiducia in sé stessi. I corsi sono divisi per età e livello e non serve esperienza. A dicembre e a giugno i bambini mostrano ai genitori quello che hanno imparato.",
                "Rolls, handstands, low beam and trampoline to build balance, strength and self-confidence. Classes are grouped by age and level and no experience is needed. In December and June the children show their parents what they have learnt.",
            ),
        ),
        dict(
            key="scacchi",
            kinds=["sport"],
            venue="spazio",
            ages=(7, 14),
            ratio=10,
            sched=[("WE", "17:00", "18:30", None)],
            costs=[([60, 80], "corso da ottobre a maggio", "course from October to May")],
            name=("Scacchi per ragazzi – {town}", "Chess for young people – {town}"),
            desc=(
                "Un corso di scacchi per imparare a ragionare con calma, rispettare l'avversario e divertirsi: si parte dalle mosse dei pezzi e si arriva alle prime partite da torneo. Scacchiere e orologi li mette a disposizione il circolo. Nessun prerequisito, solo la voglia di giocare.",
                "A chess course to learn to think calmly, respect your opponent and have fun: from how the pieces move to the first tournament games. The club provides boards and clocks. No prior knowledge needed, just the wish to play.",
            ),
        ),
        dict(
            key="teatro",
            kinds=["assoc"],
            venue="spazio",
            ages=(8, 13),
            ratio=12,
            sched=[("TU", "17:00", "18:30", None)],
            costs=[([150, 180], "all'anno", "per year")],
            name=("Laboratorio teatrale – {town}", "Drama workshop – {town}"),
            desc=(
                "Giochi di voce e movimento, improvvisazione e piccole scene scritte insieme ai ragazzi: il laboratorio aiuta a superare la timidezza e a lavorare in gruppo. A maggio c'è lo spettacolo finale, aperto a famiglie e amici. Conduce un'attrice professionista con esperienza nelle scuole.",
                "Voice and movement games, improvisation and short scenes written together with the children: the workshop helps them overcome shyness and work as a team. In May there is a final show for families and friends. Led by a professional actress with experience in schools.",
            ),
        ),
        dict(
            key="letture",
            kinds=["biblioteca"],
            venue="auto",
            ages=(0, 6),
            free=True,
            limit=2,
            sched=[("SA", "10:30", "11:30", None)],
            name=("Storie sul tappeto – {town}", "Stories on the rug – {town}"),
            desc=(
                "Ogni sabato mattina bibliotecarie e lettori volontari leggono ad alta voce storie, filastrocche e albi illustrati per i più piccoli. Ci si siede sui cuscini, si canta e alla fine si può prendere in prestito il libro preferito. Ingresso libero; i bambini sotto i 3 anni vengono con un adulto.",
                "Every Saturday morning librarians and volunteer readers read stories, nursery rhymes and picture books aloud for little ones. Everyone sits on cushions, sings along and at the end can borrow their favourite book. Free entry; children under 3 come with an adult.",
            ),
        ),
        dict(
            key="coro",
            kinds=["oratorio", "assoc"],
            venue="auto",
            ages=(6, 12),
            ratio=15,
            limit=2,
            sched=[("FR", "17:00", "18:00", None)],
            costs=[([50, 60], "all'anno", "per year")],
            name=("Coro di voci bianche – {town}", "Children's choir – {town}"),
            desc=(
                "Si canta insieme una volta alla settimana: esercizi di respirazione, canti popolari e brani moderni, con un maestro di musica e una pianista. Il coro si esibisce a Natale e alla festa di fine anno. Non serve saper leggere la musica.",
                "Singing together once a week: breathing exercises, folk songs and modern pieces, with a music teacher and a pianist. The choir performs at Christmas and at the end-of-year party. No need to read music.",
            ),
        ),
        dict(
            key="parco",
            kinds=["sport", "assoc"],
            venue="spazio",
            ages=(9, 14),
            ratio=8,
            limit=2,
            sched=[
                ("SA", "09:00", "12:00", ("Un sabato ogni due settimane", "Every other Saturday"))
            ],
            costs=[([12, 15], "a uscita", "per outing")],
            name=("Avventure nel parco – {town}", "Park adventures – {town}"),
            desc=(
                "Un sabato mattina ogni due settimane si va {park} con guide e istruttori: orienteering con mappa e bussola, alberi da riconoscere, tracce di animali e giochi di squadra nel bosco. Il ritrovo è {venue_in} alle 9:00 e si rientra per mezzogiorno. Un istruttore ogni {ratio} ragazzi, merenda al sacco.",
                "Every other Saturday morning the group heads out {park_en} with guides and instructors: orienteering with map and compass, trees to identify, animal tracks and team games in the woods. The group meets {venue_in_en} at 9 am and is back by noon. One instructor for every {ratio} children; bring a packed snack.",
            ),
        ),
    ],
}
PARKS = {
    "castanese": ("nel Parco del Ticino", "into the Ticino park"),
    "magentino": ("nel Parco del Ticino", "into the Ticino park"),
    "legnanese": (
        "nel Parco dei Mulini lungo l'Olona",
        "into the Parco dei Mulini along the Olona",
    ),
}
COUNTS = {
    "pre-post-scuola": 13,
    "campus-vacanze": len(CAMPUS_PLAN),
    "centro-estivo": 14,
    "spazio-compiti": 12,
    "baby-parking": 8,
    "sportello-info": 10,
    "sport-cultura": 12,
}

# Campus settings per provider kind: venue, age ranges, hours, cost per day, template.
CAMPUS_BY_KIND = {
    "coop": dict(ages=[(3, 6), (6, 11)], hours=("07:45", "17:30"), day=[28, 30, 32]),
    "assoc": dict(ages=[(6, 11)], hours=("08:00", "17:00"), day=[22, 25]),
    "oratorio": dict(ages=[(6, 14)], hours=("08:30", "17:00"), day=[15, 18, 20]),
    "sport": dict(ages=[(6, 13)], hours=("08:00", "17:00"), day=[28, 30]),
}
CAMPUS_DESC = [
    (
        "Quando la scuola è chiusa, il campus accoglie i bambini {venue_in} dalle {open} alle {close}. {flavour} Non mancano {act} e {outing}. {meal} Il rapporto è di un educatore ogni {ratio} bambini.",
        "When school is closed, the campus welcomes children {venue_in_en} from {open_en} to {close_en}. {flavour_en} There is also time for {act_en} and {outing_en}. {meal_en} There is one educator for every {ratio} children.",
    ),
    (
        "Una giornata piena e ben organizzata per chi lavora anche durante le vacanze. {flavour} Il resto del tempo è dedicato a {act} e, tempo permettendo, a {outing}. {meal} Piccoli gruppi divisi per età, con un educatore ogni {ratio} bambini.",
        "A full, well-organised day for parents who work through the holidays. {flavour_en} The rest of the time is for {act_en} and, weather permitting, {outing_en}. {meal_en} Small groups by age, with one educator for every {ratio} children.",
    ),
]
CAMPUS_SPORT_DESC = (
    "{flavour} Istruttori qualificati propongono ogni giorno {sport} e {sport2}, alternati a {act}. {meal} Un istruttore ogni {ratio} ragazzi, {venue_in}.",
    "{flavour_en} Qualified coaches offer {sport_en} and {sport2_en} every day, alternating with {act_en}. {meal_en} One coach for every {ratio} children, {venue_in_en}.",
)

APPLY = {  # how to enrol, by provider kind; {when} is a deadline or "open all year" sentence
    "coop": [
        (
            "{when} Iscrizione online dal sito; la conferma arriva via email insieme al regolamento del servizio.",
            "{when} Enrol online on the website; confirmation arrives by email together with the service rules.",
        ),
        (
            "{when} Il modulo si scarica dal sito o si ritira in segreteria e va rispedito firmato via email, con la copia di un documento del genitore; la conferma del posto arriva per telefono.",
            "{when} Download the form from the website or pick it up at the office and email it back signed, with a copy of a parent's ID; the place is confirmed by phone.",
        ),
    ],
    "oratorio": [
        (
            "{when} Ci si iscrive nella segreteria dell'oratorio il martedì e il giovedì dalle 17:00 alle 19:00; precedenza a chi frequenta le scuole del paese.",
            "{when} Sign up at the oratory office on Tuesdays and Thursdays from 5 to 7 pm; priority to children attending the town's schools.",
        )
    ],
    "comune": [
        (
            "{when} La domanda si presenta online sul portale dei servizi comunali, con SPID o CIE. La retta dipende dall'ISEE: senza attestazione si applica la tariffa massima.",
            "{when} Apply online through the municipal services portal with SPID or CIE (Italian digital ID). Fees depend on ISEE: without the certificate the maximum rate applies.",
        )
    ],
    "sport": [
        (
            "{when} Iscrizione in segreteria o via email, allegando il certificato medico per l'attività sportiva non agonistica.",
            "{when} Enrol at the office or by email, attaching a medical certificate for non-competitive sport.",
        )
    ],
    "biblioteca": [
        (
            "Non serve iscriversi: basta presentarsi negli orari di apertura. La prima volta si compila una breve scheda con il recapito di un genitore.",
            "No enrolment needed: just come during opening hours. The first time, a short form with a parent's contact details is filled in.",
        )
    ],
}
APPLY["assoc"] = APPLY["coop"]
APPLY_DESK = (
    "Accesso libero negli orari di apertura. Per le pratiche più lunghe, come la Dote Scuola o il Bonus asilo nido, conviene prenotare un appuntamento per telefono o via email.",
    "Walk in during opening hours. For longer procedures, such as Dote Scuola or the nursery bonus, it is best to book an appointment by phone or email.",
)
APPLY_PITSTOP = (
    "Passate senza appuntamento, oppure lasciate i vostri recapiti a un totem Family Pit Stop: un'operatrice vi richiama entro una settimana.",
    "Drop in without an appointment, or leave your details at a Family Pit Stop kiosk: an operator will call you back within a week.",
)
APPLY_BABY = (
    "Si prenota a ore per telefono o WhatsApp, anche il giorno prima. Al primo accesso c'è un breve colloquio con l'educatrice e si compila la scheda del bambino (allergie, abitudini, persone autorizzate al ritiro).",
    "Book by the hour by phone or WhatsApp, even the day before. On the first visit there is a short talk with the educator and a form about the child (allergies, routines, people allowed to collect them).",
)
ALL_YEAR = (
    "Iscrizioni aperte tutto l'anno, posti permettendo: si può cominciare anche ad anno scolastico iniziato.",
    "Enrolment is open all year, places permitting: children can join after the school year has started.",
)


# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------


def t(it: str, en: str) -> dict:
    return {"it": it, "en": en}


def fill(pair: tuple[str, str], slots: dict) -> tuple[str, str]:
    """Fill an (Italian, English) template pair; in Italian "e"/"a" before e- become "ed"/"ad"."""
    return re.sub(r"\b([ae]) (?=[eE])", r"\1d ", pair[0].format(**slots)), pair[1].format(**slots)


def it_time(hhmm: str) -> str:
    return hhmm.removeprefix("0")


def en_time(hhmm: str) -> str:
    h, m = map(int, hhmm.split(":"))
    return f"{h % 12 or 12}{f':{m:02d}' if m else ''} {'am' if h < 12 else 'pm'}"


def cost(amount: float, it: str, en: str) -> dict:
    return {"amount": float(amount), "currency": "EUR", "option": t(it, en)}


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(2026)
        keys = ("id", "name", "area", "cap", "lat", "lon", "prefix")
        self.comuni = {c[0]: dict(zip(keys, c, strict=True)) for c in COMUNI}
        keys = ("id", "kind", "name", "comune", "domain", "nick", "it", "en")
        self.orgs = {o[0]: dict(zip(keys, o, strict=True)) for o in ORGS}
        self.uses = dict.fromkeys(self.orgs, 0)
        self.phone_seq = 100
        self.locations: dict[str, dict] = {}
        self.phrases: dict[str, tuple[str, str]] = {}  # location id -> ("nella ...", "at the ...")
        self.offerings: list[dict] = []
        self.done: set[tuple] = set()  # (category, variant, comune) already generated
        self.towns = self.town_cycle()

    # -- small helpers ------------------------------------------------------------------------
    def area(self, comune: str) -> str:
        return self.comuni[comune]["area"]

    def neighbours(self, comune: str) -> list[str]:
        return sorted(c for c in self.comuni if self.area(c) == self.area(comune) and c != comune)

    def phone(self, comune: str | None = None) -> str:
        """A fictional number in a 555 block: landline of the comune's district, or a mobile."""
        self.phone_seq += 7
        n = self.phone_seq
        if comune is None:
            return f"+39 3{self.rng.choice(['33', '34', '38', '39', '40', '47'])} 555 {n:04d}"
        if self.comuni[comune]["prefix"] == "0331":
            return f"+39 0331 555 {n:03d}"
        return f"+39 02 5550 {n:04d}"

    def office_phone(self, org: dict) -> dict:
        org.setdefault("phone", self.phone(org["comune"]))
        label = t("Ufficio", "Office") if org["kind"] == "comune" else t("Segreteria", "Office")
        return {"number": org["phone"], "description": label}

    # -- locations ----------------------------------------------------------------------------
    def location(self, comune: str, venue: str) -> str:
        """One location per (comune, kind of venue), shared by every provider that uses it."""
        lid = f"{comune}-{venue}"
        if lid in self.locations:
            return lid
        c, rng = self.comuni[comune], self.rng
        street = rng.choice(STREETS)
        address, via = f"{street} {rng.randint(2, 78)}", street[0].lower() + street[1:]
        if venue == "oratorio":
            org = self.local_org(comune, venue)
            name = org["name"] if org else "Oratorio parrocchiale"
            nick = org and org["nick"]
            phrase = (
                (f"nell'oratorio {nick}", f"at the {nick} oratory")
                if nick
                else ("nell'oratorio parrocchiale", "at the parish oratory")
            )
        elif venue == "biblioteca":
            org = self.local_org(comune, venue)
            name = org["name"] if org else "Biblioteca civica"
            nick = org and org["nick"]
            phrase = (
                (f"nella biblioteca «{nick}»", f"at the “{nick}” library")
                if nick
                else ("nella biblioteca civica", "at the public library")
            )
        else:
            if venue == "municipio":
                address = TOWN_HALLS.get(comune) or f"{rng.choice(SQUARES)} {rng.randint(1, 12)}"
            name_t, in_it, in_en = VENUES[venue]
            name, phrase = name_t.format(via=via), (in_it.format(via=via), in_en.format(Via=street))
        loc = {
            "id": lid,
            "name": name,
            "address": {
                "address_1": address,
                "postal_code": c["cap"],
                "comune": comune,
                "region": "Lombardia",
                "country": "IT",
            },
            "latitude": round(c["lat"] + rng.uniform(-0.004, 0.004), 5),
            "longitude": round(c["lon"] + rng.uniform(-0.005, 0.005), 5),
        }
        if rng.random() < 0.7:
            loc["accessibility"] = t(*rng.choice(ACCESSIBILITY))
        self.locations[lid], self.phrases[lid] = loc, phrase
        return lid

    def local_org(self, comune: str, kind: str) -> dict | None:
        return next(
            (o for o in self.orgs.values() if o["kind"] == kind and o["comune"] == comune), None
        )

    # -- choosing who runs what where ---------------------------------------------------------
    def eligible(self, kinds: list[str], comune: str, key: str) -> list[dict]:
        def ok(o: dict) -> bool:
            if o["kind"] not in kinds or key not in SKILLS.get(o["id"], {key}):
                return False
            if o["kind"] in LOCAL_KINDS:
                return o["comune"] == comune
            return o["kind"] == "rete" or self.area(o["comune"]) == self.area(comune)

        return [o for o in self.orgs.values() if ok(o)]

    def pick_org(self, kinds: list[str], comune: str, key: str) -> dict | None:
        """Often the town's own library/oratory/town hall, else the least-used eligible provider."""
        cands = self.eligible(kinds, comune, key)
        if self.rng.random() < 0.6:
            cands = [o for o in cands if o["kind"] in LOCAL_KINDS] or cands
        if not cands:
            return None
        low = min(self.uses[o["id"]] for o in cands)
        org = self.rng.choice([o for o in cands if self.uses[o["id"]] == low])
        self.uses[org["id"]] += 1
        return org

    def town_cycle(self):
        """All towns, areas interleaved, reshuffled every round, so offerings reach every town."""
        by_area = {a: [c for c in self.comuni if self.area(c) == a] for a, _ in AREAS}
        while True:
            for towns in by_area.values():
                self.rng.shuffle(towns)
            yield from (towns[i] for i in range(13) for towns in by_area.values() if i < len(towns))

    def town_order(self, kinds: set[str]) -> tuple[int, chain]:
        """Towns with a local provider of these kinds (once each, counted), then the town cycle."""
        local_kinds = kinds & LOCAL_KINDS
        local = sorted({o["comune"] for o in self.orgs.values() if o["kind"] in local_kinds})
        self.rng.shuffle(local)
        # chain(), not "yield from": closing a finished order would close self.towns too
        return len(local), chain(local, self.towns)

    # -- offering assembly --------------------------------------------------------------------
    def schedules(self, rows=(), windows=(), hours=None) -> list[dict]:
        out = []
        for days, opens, closes, label in rows:
            out.append(
                {"byday": days.split(","), "opens_at": opens, "closes_at": closes}
                | ({"description": t(*label)} if label else {})
            )
        for days, start, end, *note in windows:
            out.append(
                {
                    "byday": days.split(","),
                    "opens_at": hours[0],
                    "closes_at": hours[1],
                    "valid_from": start,
                    "valid_to": end,
                }
                | ({"description": t(*note)} if note and note[0] else {})
            )
        return out

    def application(self, org: dict, cat: str, periods: list[str]) -> dict:
        if cat == "sportello-info":
            return t(*(APPLY_PITSTOP if org["kind"] == "rete" else APPLY_DESK))
        if cat == "baby-parking" and org["kind"] != "comune":
            return t(*APPLY_BABY)
        it, en = self.rng.choice(APPLY[org["kind"]])
        dated = [p for p in periods if p in DEADLINES]
        w_it, w_en = ALL_YEAR
        if dated:
            d_it, d_en = DEADLINES[dated[0]]
            w_it = f"Iscrizioni entro il {d_it}, fino a esaurimento posti."
            w_en = f"Enrolment by {d_en}, while places last."
        if org["kind"] == "sport" and cat == "sport-cultura":
            it += " La prima lezione di prova è gratuita."
            en += " The first trial lesson is free."
        return t(it.replace("{when}", w_it), en.replace("{when}", w_en))

    def add(
        self,
        *,
        cat,
        org,
        comune,
        key,
        name,
        desc,
        ages,
        periods,
        locations,
        schedules,
        costs,
        free=False,
        extra_cat=None,
    ) -> None:
        rng, dom = self.rng, org["domain"]
        oid = f"{cat}-{comune}-{key}"
        assert all(o["id"] != oid for o in self.offerings), oid
        off = {
            "id": oid,
            "organization": org["id"],
            "name": t(*name),
            "description": t(*desc),
            "categories": [cat, extra_cat] if extra_cat else [cat],
        }
        if ages[0] is not None:
            off["minimum_age"], off["maximum_age"] = ages
        off |= {"periods": periods, "locations": locations, "schedules": schedules}
        if free:
            gratis = rng.random() < 0.5
            off["cost_options"] = [cost(0, "gratuito", "free of charge")] if gratis else []
        else:
            off["cost_options"] = costs
            if rng.random() < 0.4:
                off["fees_description"] = t(*rng.choice(FEES))
        off["free"] = free
        off["application_process"] = self.application(org, cat, periods)
        if rng.random() < 0.88:
            off["url"] = f"https://{dom}/{oid.removeprefix(cat + '-')}"
        if rng.random() < 0.92:
            off["email"] = f"{rng.choice(['info', 'iscrizioni', 'segreteria'])}@{dom}"
        off["phones"], off["contacts"] = [self.office_phone(org)], []
        if rng.random() < 0.45:
            person, gender = rng.choice(PEOPLE)
            (title_it, title_en), mobile = rng.choice(TITLES[gender]), self.phone()
            first, last = person.lower().split(" ", 1)
            off["contacts"] = [
                {
                    "name": person,
                    "title": t(title_it, title_en),
                    "email": f"{first}.{last}@{dom}",
                    "phone": mobile,
                }
            ]
            if rng.random() < 0.5:
                label = t(f"{title_it}, anche WhatsApp", f"{title_en}, WhatsApp too")
                off["phones"].append({"number": mobile, "description": label})
        off["status"] = "active"
        self.offerings.append(off)

    def slots(self, org: dict, comune: str, loc: str, ages, ratio=None, school_meals=True) -> dict:
        """The words that fill the name and description templates."""
        rng, area = self.rng, self.area(comune)
        acts = [(a, b) for a, b, age in ACTS if ages[0] is None or age <= max(ages[0], 3)]
        (a1, a1e), (a2, a2e) = rng.sample(acts, 2)
        outing = rng.choice(OUTINGS[area] + OUTINGS_ANY)
        venue = loc.removeprefix(comune + "-")
        if venue in ("primaria", "infanzia") and school_meals:
            meal = rng.choice(MEALS["school"])
        else:
            meal = rng.choice(MEALS["oratorio" if venue == "oratorio" else "other"])
        sp, theme, baby = rng.sample(SPORTS, 3), rng.choice(SUMMER_THEMES), rng.choice(BABY_NAMES)
        own_sport = [(sp[0][0].capitalize(), sp[0][1].capitalize())]
        team = rng.choice(TEAM_SPORTS.get(org["id"], own_sport))
        park = PARKS[area]
        return dict(
            town=self.comuni[comune]["name"],
            area=dict(AREAS)[area],
            venue_in=self.phrases[loc][0],
            venue_in_en=self.phrases[loc][1],
            act=a1,
            act_en=a1e,
            act2=a2,
            act2_en=a2e,
            outing=outing[0],
            outing_en=outing[1],
            meal=meal[0],
            meal_en=meal[1],
            ratio=ratio,
            Sport=team[0],
            Sport_en=team[1],
            sport=sp[0][0],
            sport_en=sp[0][1],
            sport2=sp[1][0],
            sport2_en=sp[1][1],
            sport3=sp[2][0],
            sport3_en=sp[2][1],
            theme=theme[0],
            theme_en=theme[1],
            baby=baby[0],
            baby_en=baby[1],
            park=park[0],
            park_en=park[1],
        )

    # -- categories ---------------------------------------------------------------------------
    def build_regular(self, cat: str) -> None:
        variants = VARIANTS[cat]
        n_local, towns = self.town_order({k for v in variants for k in v["kinds"]})
        for i in range(500):
            if sum(o["categories"][0] == cat for o in self.offerings) == COUNTS[cat]:
                return
            comune = next(towns)
            rotated = variants[i % len(variants) :] + variants[: i % len(variants)]
            if i < n_local or self.rng.random() < 0.5:
                # a provider based in this very town (library, oratory, town hall) goes first
                rotated.sort(
                    key=lambda v: (
                        not any(
                            o["kind"] in LOCAL_KINDS
                            for o in self.eligible(v["kinds"], comune, v["key"])
                        )
                    )
                )
            for v in rotated:
                made = sum(d[:2] == (cat, v["key"]) for d in self.done)
                if (cat, v["key"], comune) in self.done or made >= v.get("limit", 99):
                    continue
                if org := self.pick_org(v["kinds"], comune, v["key"]):
                    self.done.add((cat, v["key"], comune))
                    self.make_regular(cat, v, org, comune)
                    break
        raise RuntimeError(f"cannot place {COUNTS[cat]} offerings in {cat}")

    def make_regular(self, cat: str, v: dict, org: dict, comune: str) -> None:
        rng, towns, kind = self.rng, [comune], org["kind"]
        if v.get("multi_town"):
            towns += rng.sample(self.neighbours(comune), v["multi_town"] - 1)
        elif (
            kind in ("coop", "assoc", "sport")
            and cat in ("centro-estivo", "sport-cultura")
            and rng.random() < 0.2
        ):  # run in a second, nearby town too
            towns.append(rng.choice(self.neighbours(comune)))
        venue = v["venue"]
        if venue == "auto":
            auto = {"biblioteca": "biblioteca", "oratorio": "oratorio", "comune": "municipio"}
            venue = auto.get(kind, "spazio")
        locs = [self.location(c, venue) for c in towns]
        s = self.slots(org, comune, locs[0], v["ages"], v.get("ratio")) | {"cap": v.get("cap", 12)}
        if v.get("multi_town"):  # one stop per town
            stops = [("MO", "09:00", "12:00"), ("WE", "14:30", "17:30"), ("FR", "09:00", "12:00")]
            names = [self.comuni[tn]["name"] for tn in towns]
            rows = [(*stop, (f"A {n}", f"In {n}")) for stop, n in zip(stops, names, strict=True)]
            scheds = self.schedules(rows)
        else:
            scheds = self.schedules(v.get("sched", ()), v.get("windows", ()), v.get("hours"))
        if "periods" in v:
            periods = list(v["periods"])
        elif "windows" in v:
            periods = [SUMMER] + ([v["extra_period"]] if "extra_period" in v else [])
        else:
            periods = [SCHOOL_YEAR]
        free = v.get("free", False) or (
            kind in ("biblioteca", "oratorio") and v["key"] in ("medie", "coro")
        )
        costs = [cost(rng.choice(amounts), it, en) for amounts, it, en in v.get("costs", [])]
        self.add(
            cat=cat,
            org=org,
            comune=comune,
            key=v["key"],
            name=fill(v["name"], s),
            desc=fill(v["desc"], s),
            ages=v["ages"],
            periods=periods,
            locations=locs,
            schedules=scheds,
            costs=costs,
            free=free,
            extra_cat=v.get("extra_cat"),
        )

    def build_campus(self) -> None:
        (_, towns), coop_age = self.town_order(set(CAMPUS_BY_KIND)), cycle([0, 1])
        for periods in CAMPUS_PLAN:
            pkey = periods[0] if len(periods) == 1 else "multi"
            while True:
                comune = next(towns)
                if ("campus", pkey, comune) in self.done:
                    continue
                if org := self.pick_org(list(CAMPUS_BY_KIND), comune, "campus"):
                    break
            self.done.add(("campus", pkey, comune))
            spec, rng = CAMPUS_BY_KIND[org["kind"]], self.rng
            ages = spec["ages"][next(coop_age) % len(spec["ages"])]
            venue = {"oratorio": "oratorio", "sport": "palestra", "assoc": "primaria"}.get(
                org["kind"], "infanzia" if ages[0] < 6 else "primaria"
            )
            locs = [self.location(comune, venue)]
            if org["kind"] == "coop" and rng.random() < 0.3:  # a shared, inter-municipal campus
                locs.append(self.location(rng.choice(self.neighbours(comune)), venue))
            opens, closes = spec["hours"]
            # school canteens only start with the school year
            s = self.slots(
                org, comune, locs[0], ages, 8 if ages[0] < 6 else 12, school_meals=pkey != SEPTEMBER
            )
            s |= dict(
                open=it_time(opens),
                close=it_time(closes),
                open_en=en_time(opens),
                close_en=en_time(closes),
            )
            s["flavour"], s["flavour_en"] = FLAVOURS[pkey]
            if org["kind"] == "sport":
                tmpl = CAMPUS_SPORT_DESC
            else:
                tmpl = CAMPUS_DESC[0] if pkey == SEPTEMBER else rng.choice(CAMPUS_DESC)
            name_it, name_en = rng.choice(CAMPUS_NAMES[pkey])
            windows = [w for p in periods for w in WINDOWS[p]]
            day = rng.choice(spec["day"])
            costs = [cost(day, "al giorno, pranzo compreso", "per day, lunch included")]
            if sum(len(w[0].split(",")) for w in windows) >= 4 and rng.random() < 0.6:
                costs.append(cost(day * 4 - 10, "pacchetto da 4 giorni", "4-day bundle"))
            self.add(
                cat="campus-vacanze",
                org=org,
                comune=comune,
                key=CAMPUS_KEYS[pkey],
                name=(f"{name_it} – {s['town']}", f"{name_en} – {s['town']}"),
                desc=fill(tmpl, s),
                ages=ages,
                periods=list(periods),
                locations=locs,
                schedules=self.schedules(windows=windows, hours=spec["hours"]),
                costs=costs,
                extra_cat="sport-cultura" if org["kind"] == "sport" else None,
            )

    # -- whole document -----------------------------------------------------------------------
    def organization(self, o: dict) -> dict:
        return {
            "id": o["id"],
            "name": o["name"],
            "description": t(o["it"], o["en"]),
            "email": f"info@{o['domain']}",
            "website": f"https://{o['domain']}/",
            "phones": [self.office_phone(o)],
        }

    def build(self) -> dict:
        for cat, *_ in CATEGORIES:
            if cat == "campus-vacanze":
                self.build_campus()
            else:
                self.build_regular(cat)
        for o in self.offerings:  # names and short descriptions in the other six languages
            o["name"] |= six.name(o["name"]["en"])
            o["description"] |= six.six(six.DESCRIPTIONS[o["categories"][0]])
        used = {o["organization"] for o in self.offerings}
        return {
            "format": "pitstop-catalogue",
            "format_version": 1,
            "version": "demo-2026.11",
            "updated_at": "2026-11-20T09:00:00+01:00",
            "demo": True,
            "title": t(
                "Catalogo dimostrativo — dati di fantasia", "Demo catalogue — fictional data"
            )
            | six.six(six.TITLE),
            "areas": [{"id": a, "name": t(n, n) | dict.fromkeys(six.LANGS, n)} for a, n in AREAS],
            "comuni": [
                {"id": c["id"], "name": c["name"], "area": c["area"]} for c in self.comuni.values()
            ],
            "categories": [
                {
                    "id": cid,
                    "name": t(it, en) | six.six(six.CATEGORIES[cid]),
                    "icon": cid,
                    "order": i,
                }
                for i, (cid, it, en) in enumerate(CATEGORIES, 1)
            ],
            "periods": [
                {
                    "id": p,
                    "name": t(it, en) | six.six(six.PERIODS[p]),
                    "start": s,
                    "end": e,
                    "kind": k,
                }
                for p, it, en, s, e, k in PERIODS
            ],
            "organizations": [self.organization(o) for o in self.orgs.values() if o["id"] in used],
            "locations": sorted(self.locations.values(), key=lambda loc: loc["id"]),
            "offerings": self.offerings,
        }


def main() -> None:
    doc = Builder().build()
    OUT.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(doc['offerings'])} offerings)")


if __name__ == "__main__":
    main()
