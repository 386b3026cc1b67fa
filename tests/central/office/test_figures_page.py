"""The Figures page of the office console: over real HTTP in process (every role, the numbers
under the publication rules, the downloads opened back, the audit, bad periods, an operator's
scope), and in Debian's chromium against a real `pitstop central serve` (screenshots in
/tmp/pitstop-figures-*.png, no console error under the strict CSP)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from central.audit import audit_events
from central.store import CentralStore
from tests.central.figures_data import add_counts, add_kiosks, december
from tests.central.office.conftest import OfficeServer, login

PERIOD = "from=2025-12-01&to=2025-12-31"


@pytest.fixture
def figures_store(office_store: CentralStore) -> CentralStore:
    add_kiosks(office_store)
    add_counts(office_store, december())
    return office_store


@pytest.mark.parametrize("role", ["viewer", "operator", "coordinator", "administrator"])
def test_every_role_opens_the_page(
    figures_store: CentralStore, office_client: httpx.Client, role: str
) -> None:
    login(office_client, {"viewer": "viewer", "operator": "oper"}.get(role, role[:5]))
    page = office_client.get(f"/office/figures?{PERIOD}&by=comune")
    assert page.status_code == 200, page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "<svg" in page.text and "<title>" in page.text
    assert "<script" not in page.text and "style=" not in page.text


def test_the_numbers_follow_the_rules(
    figures_store: CentralStore, office_client: httpx.Client
) -> None:
    login(office_client, "viewer")
    page = office_client.get(
        f"/office/figures?{PERIOD}&by=kiosk", headers={"Accept-Language": "en"}
    )
    assert page.status_code == 200, page.text
    text = page.text
    requests = text[text.index('id="table-requests_sent"') :]
    requests = requests[: requests.index("</table>")]
    assert ">legnano<" in requests and ">9<" in requests  # 5 + 4 in Legnano: exact
    assert ">magenta<" in requests and "≤ 3" in requests  # 2 in Magenta: hidden
    assert ">2<" not in requests
    assert "Biblioteca di Legnano" not in requests  # never per kiosk
    words = text[text.index('id="table-words"') :]
    words = words[: words.index("</table>")]
    assert "piscina comunale" in words  # 5 times on 2 kiosks
    assert "mario rossi" not in text  # 6 times on one kiosk
    assert "Sessions per day" in text and "Biblioteca di Legnano" in text


def test_downloads_open_back(figures_store: CentralStore, office_client: httpx.Client) -> None:
    login(office_client, "coord")
    base = f"/office/figures/download?{PERIOD}&by=comune&format="
    xlsx = office_client.get(base + "xlsx")
    assert xlsx.status_code == 200 and "attachment" in xlsx.headers["content-disposition"]
    book = load_workbook(io.BytesIO(xlsx.content))
    assert len(book.sheetnames) == 10
    values = [[cell.value for cell in row] for row in book.worksheets[7].iter_rows()]
    assert ["legnano", 9] in values and ["magenta", "≤ 3"] in values
    lines = list(
        csv.DictReader(io.StringIO(office_client.get(base + "csv").content.decode("utf-8-sig")))
    )
    hidden = [
        line for line in lines if line["table"] == "requests_sent" and line["row"] == "magenta"
    ]
    assert hidden == [
        {
            "period_start": "2025-12-01",
            "period_end": "2025-12-31",
            "grouping": "comune",
            "table": "requests_sent",
            "row": "magenta",
            "row_label": "magenta",
            "column": "2025-12",
            "column_label": "12/2025",
            "value": "",
            "shown": "≤ 3",
        }
    ]
    pdf = office_client.get(base + "pdf")
    assert pdf.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf.content))
    texts = [pdf_page.extract_text() for pdf_page in reader.pages]
    requests = next(text for text in texts if "Richieste di contatto inviate" in text)
    assert "magenta ≤ 3" in requests and "legnano 9" in requests
    archive = zipfile.ZipFile(io.BytesIO(office_client.get(base + "opendata").content))
    assert sorted(archive.namelist()) == ["datapackage.json", "figures.csv", "metadata.csv"]
    exports = audit_events(figures_store, action="figures.export")
    assert [event.details["format"] for event in exports] == ["opendata", "pdf", "csv", "xlsx"]
    assert exports[0].actor == "coord" and exports[0].details["by"] == "comune"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=2025-12-31&to=2025-12-01", "comes before the first day"),
        ("from=2026-13-01&to=2025-12-31", "must be written YYYY-MM-DD"),
        ("from=2024-01-01&to=2025-12-31", "at most 366 days"),
        ("from=9999-01-01&to=9999-12-31", "The day 9999-01-01 is outside the figures"),
        ("to=0001-01-01", "The day 0001-01-01 is outside the figures"),
        (f"{PERIOD}&by=day", "must be kiosk, comune or area"),
        (f"{PERIOD}&by=comune&format=docx", "Unknown format"),
    ],
)
def test_bad_periods_say_why(
    figures_store: CentralStore, office_client: httpx.Client, query: str, message: str
) -> None:
    login(office_client, "viewer")
    path = "/office/figures/download?" if "format" in query else "/office/figures?"
    page = office_client.get(path + query, headers={"Accept-Language": "en"})
    assert page.status_code == 400
    assert message in page.text.replace("&#34;", '"')


def test_an_operator_sees_their_comuni_only(
    figures_store: CentralStore, office_client: httpx.Client
) -> None:
    login(office_client, "oper")  # limited to Legnano (seed_users)
    page = office_client.get(f"/office/figures?{PERIOD}&by=kiosk")
    assert "Biblioteca di Legnano" in page.text
    assert "Magenta" not in page.text and "magenta" not in page.text


def test_signed_out_goes_to_sign_in(office_client: httpx.Client) -> None:
    page = office_client.get("/office/figures/download?format=csv", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/office/login")


# -- in a real browser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def figures_server(office_server: OfficeServer) -> OfficeServer:
    add_kiosks(office_server.store, prefix="fig-")
    add_counts(office_server.store, december("fig-"))
    return office_server


@pytest.mark.parametrize("page_locale", ["it-IT", "en-GB"])
def test_the_page_in_chromium(
    figures_server: OfficeServer, page: Any, signed_in: Any, page_locale: str
) -> None:
    signed_in(page, "viewer")
    page.click("nav a[href='/office/figures']")
    page.fill("#from", "2025-12-01")
    page.fill("#to", "2025-12-31")
    page.select_option("#by", "kiosk")
    page.click("#figures-show")
    page.wait_for_selector("#figures-summary")
    assert "by=kiosk" in page.url
    charts = page.locator("figure.chart svg")
    assert charts.count() == 9
    for index in range(charts.count()):
        name = charts.nth(index).evaluate("svg => svg.querySelector('title').textContent")
        assert name.startswith(("Grafico:", "Chart:"))
    cell = page.locator("#table-requests_sent tbody tr", has_text="magenta").locator("td")
    assert cell.inner_text() == "≤ 3"
    lang = page_locale[:2]
    page.screenshot(path=f"/tmp/pitstop-figures-{lang}.png", full_page=False)
    page.locator("#fig-requests_sent").screenshot(path=f"/tmp/pitstop-figures-requests-{lang}.png")
    with page.expect_download() as download:
        page.click("#download-xlsx")
    assert download.value.suggested_filename.endswith("-kiosk.xlsx")
    book = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert book.sheetnames[0] in {"Informazioni", "About"}
    assert page.console_errors == []


def test_keyboard_reaches_the_form_and_downloads(
    figures_server: OfficeServer, page: Any, signed_in: Any
) -> None:
    signed_in(page, "viewer")
    page.goto(f"{figures_server.url}/office/figures?{PERIOD}&by=area")
    for field in ("#from", "#to", "#by"):
        label = page.locator(f"label[for='{field[1:]}']")
        assert label.count() == 1
    page.focus("#figures-show")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "download-xlsx"
    assert page.console_errors == []
