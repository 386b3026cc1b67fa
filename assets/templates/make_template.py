"""Generate catalogo-modello.xlsx from catalogo-modello.csv (the same header and example rows).

Run from anywhere: ``.venv/bin/python assets/templates/make_template.py``. The workbook has the
offerings on the first sheet (bold frozen header, column widths, real date and number cells, a
category drop-down) and a second sheet "Istruzioni" explaining each column in Italian.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
CSV_FILE = HERE / "catalogo-modello.csv"
XLSX_FILE = HERE / "catalogo-modello.xlsx"
TEXT_ROWS = 500  # rows pre-formatted as text where Excel would otherwise eat leading zeros

# (column, required, explanation, example) - the order of the template's columns.
INSTRUCTIONS: list[tuple[str, bool, str, str]] = [
    (
        "ID",
        False,
        "Codice univoco dell'offerta (lettere, numeri, trattini). Se vuoto viene "
        "creato dal nome e dal comune. Tenetelo uguale tra un aggiornamento e l'altro.",
        "campus-natale-legnano",
    ),
    ("Nome", True, "Nome dell'offerta come lo vedono le famiglie.", "Campus di Natale al Parco"),
    ("Nome (inglese)", False, "Lo stesso nome in inglese.", "Christmas campus in the park"),
    (
        "Descrizione",
        False,
        "Poche frasi semplici: cosa si fa, per chi, cosa è incluso.",
        "Giochi e laboratori; pranzo incluso.",
    ),
    ("Descrizione (inglese)", False, "La descrizione in inglese.", "Games and workshops."),
    (
        "Categoria",
        True,
        "Una o più tra: Pre e post scuola, Campus vacanze, Centro estivo, "
        "Spazio compiti, Baby parking, Sportello informativo, Sport e cultura, Altro "
        "(separate da ;). Una categoria sconosciuta diventa «Altro».",
        "Campus vacanze",
    ),
    (
        "Ente",
        True,
        "Chi gestisce l'offerta. Lo stesso nome scritto uguale = lo stesso ente.",
        "Cooperativa Sociale Il Girasole",
    ),
    (
        "Sito web",
        False,
        "Indirizzo della pagina dell'offerta (diventa un codice QR).",
        "https://www.esempio.it/campus",
    ),
    ("Email", False, "Email per informazioni e iscrizioni.", "info@esempio.it"),
    (
        "Telefono",
        False,
        "Uno o più numeri separati da ; (colonna in formato testo).",
        "0331 123456",
    ),
    ("Indirizzo", False, "Via e numero civico del luogo dove si svolge.", "Via dei Salici 12"),
    ("CAP", False, "Codice di avviamento postale.", "20025"),
    ("Comune", True, "Comune del luogo dove si svolge.", "Legnano"),
    ("Ambito", False, "Ambito territoriale del comune.", "Legnanese"),
    ("Età minima", False, "Età minima in anni (numero intero, 0-18).", "6"),
    ("Età massima", False, "Età massima in anni (numero intero, 0-18).", "11"),
    (
        "Periodi",
        False,
        "Nome del periodo di chiusura scolastica; più periodi separati da ;. "
        "Le date si scrivono in Dal/Al oppure tra parentesi: «Pasqua 2027 (25/03/2027-30/03/2027)». "
        "Un periodo già descritto con le date in un'altra riga si può indicare solo per nome.",
        "Vacanze di Natale 2026/27",
    ),
    (
        "Dal",
        False,
        "Primo giorno (gg/mm/aaaa). Con «Periodi» definisce il periodo; da sola "
        "indica da quando vale l'orario.",
        "23/12/2026",
    ),
    ("Al", False, "Ultimo giorno compreso (gg/mm/aaaa). Obbligatoria se c'è «Dal».", "05/01/2027"),
    (
        "Giorni",
        False,
        "Giorni della settimana: lun-ven, «lun, mer, ven», «tutti i giorni».",
        "lun-ven",
    ),
    (
        "Orario",
        False,
        "Orario di apertura; più fasce separate da virgola.",
        "7:30-8:30, 16:30-18:00",
    ),
    ("Costo (€)", False, "Importo in euro (virgola o punto). 0 o «gratuito» = gratuito.", "25,50"),
    (
        "Costo per",
        False,
        "A cosa si riferisce il costo: giorno, settimana, mese, ora, turno, "
        "pasto, periodo, iscrizione.",
        "giorno",
    ),
    ("Gratuito", False, "sì oppure no.", "no"),
    (
        "Come iscriversi",
        False,
        "Cosa deve fare la famiglia per iscriversi.",
        "Iscrizione online entro il 10 dicembre.",
    ),
    (
        "Come iscriversi (inglese)",
        False,
        "Le stesse indicazioni in inglese.",
        "Enrol online by 10 December.",
    ),
]
# A column group per visitor language besides Italian and English (the kiosk shows Italian, marked
# "in Italian", where a language's cell is empty). Example rows: name and description; how to
# enrol left empty in the template, as optional.
LANGUAGES = {
    "rumeno": "rumeno (Română)",
    "albanese": "albanese (Shqip)",
    "arabo": "arabo (العربية)",
    "ucraino": "ucraino (Українська)",
    "spagnolo": "spagnolo (Español)",
    "francese": "francese (Français)",
}
for _adjective, _spoken in LANGUAGES.items():
    INSTRUCTIONS += [
        (f"Nome ({_adjective})", False, f"Lo stesso nome in {_spoken}.", ""),
        (f"Descrizione ({_adjective})", False, f"La descrizione in {_spoken}.", ""),
        (f"Come iscriversi ({_adjective})", False, f"Le indicazioni in {_spoken}.", ""),
    ]
WIDTHS = {
    "Nome": 34,
    "Nome (inglese)": 30,
    "Descrizione": 50,
    "Descrizione (inglese)": 45,
    "Ente": 32,
    "Sito web": 34,
    "Email": 30,
    "Indirizzo": 26,
    "Periodi": 28,
    "Come iscriversi": 40,
    "Come iscriversi (inglese)": 36,
    "Orario": 22,
}
for _adjective in LANGUAGES:
    WIDTHS |= {f"Nome ({_adjective})": 30, f"Descrizione ({_adjective})": 45}
INTEGER_COLUMNS = ("Età minima", "Età massima")
DATE_COLUMNS = ("Dal", "Al")
TEXT_COLUMNS = ("CAP", "Telefono", "ID")
CATEGORIES = (
    "Pre e post scuola",
    "Campus vacanze",
    "Centro estivo",
    "Spazio compiti",
    "Baby parking",
    "Sportello informativo",
    "Sport e cultura",
    "Altro",
)
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE8B0")
FIXED_TIME = dt.datetime(2026, 1, 1)


def typed(column: str, text: str) -> object:
    """The cell value Excel would hold for `text` typed in `column`."""
    if not text:
        return None
    if column in INTEGER_COLUMNS:
        return int(text)
    if column == "Costo (€)":
        return float(text.replace(",", "."))
    if column in DATE_COLUMNS:
        return dt.datetime.strptime(text, "%d/%m/%Y").date()
    return text


def main() -> None:
    with CSV_FILE.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle, delimiter=";"))
    if header != [name for name, *_ in INSTRUCTIONS]:
        raise SystemExit("the CSV header and INSTRUCTIONS disagree; update both together")

    workbook = Workbook()
    workbook.properties.creator = "Family Pit Stop"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Catalogo"
    sheet.append(header)
    for row in rows:
        sheet.append([typed(column, text) for column, text in zip(header, row, strict=True)])
    for index, column in enumerate(header, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = WIDTHS.get(column, max(12, len(column) + 4))
        for row_number in range(2, TEXT_ROWS + 1):
            target = sheet.cell(row=row_number, column=index)
            if column in TEXT_COLUMNS:
                target.number_format = "@"
            elif column in DATE_COLUMNS:
                target.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "B2"
    categories = DataValidation(
        type="list",
        formula1='"' + ",".join(CATEGORIES) + '"',
        allow_blank=True,
        showErrorMessage=False,
    )
    free = DataValidation(type="list", formula1='"sì,no"', allow_blank=True)
    for validation, column in ((categories, "Categoria"), (free, "Gratuito")):
        letter = get_column_letter(header.index(column) + 1)
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{TEXT_ROWS}")

    help_sheet = workbook.create_sheet("Istruzioni")
    help_sheet.append(["Colonna", "Obbligatoria", "Cosa scrivere", "Esempio"])
    for name, required, explanation, example in INSTRUCTIONS:
        help_sheet.append([name, "sì" if required else "", explanation, example])
    help_sheet.append([])
    help_sheet.append(
        [
            "Una riga per ogni offerta. La prima riga (intestazioni) non va modificata; "
            "l'ordine delle colonne è libero e le colonne facoltative si possono "
            "togliere. Salvare come .xlsx oppure CSV UTF-8 (separatore ; o ,)."
        ]
    )
    for cell in help_sheet[1]:
        cell.font, cell.fill = BOLD, HEADER_FILL
    for letter, width in zip("ABCD", (26, 13, 90, 36), strict=True):
        help_sheet.column_dimensions[letter].width = width
    for row_cells in help_sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    help_sheet.freeze_panes = "A2"

    workbook.save(XLSX_FILE)
    log.info("wrote %s", XLSX_FILE)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
