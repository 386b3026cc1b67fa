"""The public page behind the kiosk's QR code (/o/<id>) on a real central server: no script, no
outside resource, no cookie, a strict CSP, the visitor's language (lang, dir), Italian fallback
marked, hostile catalogue text kept as text, .ics that icalendar reads with the kiosk's UID, .vcf,
ETag/304, 404 pages; and a phone-sized Chromium screenshot (written under
/tmp/offering-page-shots; a reviewed copy is docs/screenshots/offering-page-phone.png)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import icalendar
import pytest
import requests

from central.offering_page import CSP
from central.store import CentralStore
from kiosk.qr.ical import event_uid
from tests.central.live import LiveServer
from tests.factories import catalogue_dict

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "assets" / "demo" / "catalogue.json"
SHOT = ROOT / "docs" / "screenshots" / "offering-page-phone.png"
OFFERING = "pre-post-scuola-castano-primo-primaria"


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of h1/h2."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("h1", "h2"):
            self._open = tag
            self.headings.append((tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            tag, text = self.headings[-1]
            self.headings[-1] = (tag, text + data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def get(server: LiveServer, path: str, **headers: str) -> requests.Response:
    return requests.get(server.url + path, headers=headers, timeout=10)


@pytest.fixture
def demo_server(store: CentralStore, server: LiveServer) -> LiveServer:
    store.publish_catalogue(DEMO)
    return server


def check_public_page(answer: requests.Response, websites: set[str]) -> Tags:
    """The rules every page keeps; `websites` are the only outside addresses it may link to."""
    assert "set-cookie" not in answer.headers
    assert answer.headers["content-security-policy"] == CSP
    assert "script-src" not in CSP and "default-src 'none'" in CSP
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"
    text = answer.text
    assert "<script" not in text.lower() and "javascript:" not in text.lower()
    assert " style=" not in text and "<style" not in text  # CSS only from our stylesheet
    tags = parse(text)
    for tag, attrs in tags.tags:
        assert "src" not in attrs, (tag, attrs)
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "link":
            assert attrs["href"] in ("/o/static/page.css", "/o/static/favicon.svg")
        if tag == "a":
            href = attrs["href"] or ""
            assert href.startswith(("/o/", "?lang=", "tel:", "mailto:")) or href in websites, href
    assert [t for t, _ in tags.headings].count("h1") == 1
    return tags


def test_the_page_is_public_plain_html_in_the_asked_language(demo_server: LiveServer) -> None:
    catalogue = json.loads(DEMO.read_text("utf-8"))
    offerings = {o["id"]: o for o in catalogue["offerings"]}
    orgs = {o["id"]: o for o in catalogue["organizations"]}
    websites = {o.get("url") for o in offerings.values()} | {
        o.get("website") for o in orgs.values()
    }
    sizes = []
    for oid in list(offerings)[::9]:
        for lang in ("it", "en", "ar", "uk"):
            answer = get(demo_server, f"/o/{oid}?lang={lang}")
            assert answer.status_code == 200
            sizes.append(len(answer.content))
            tags = check_public_page(answer, {w for w in websites if w})
            html_tag = tags.tags[0][1]
            assert html_tag["lang"] == lang and answer.headers["content-language"] == lang
            assert html_tag["dir"] == ("rtl" if lang == "ar" else "ltr")
            name = offerings[oid]["name"].get(lang) or offerings[oid]["name"]["it"]
            assert tags.headings[0][1].strip().startswith(name.split(" ")[0])
    assert max(sizes) < 20_000  # a small page: no images, no fonts, no script
    css = get(demo_server, "/o/static/page.css")
    assert css.headers["content-type"].startswith("text/css") and len(css.content) < 8_000
    assert "url(" not in css.text and "@import" not in css.text


def test_language_from_accept_language_then_italian(demo_server: LiveServer) -> None:
    def lang_of(answer: requests.Response) -> str:
        return str(parse(answer.text).tags[0][1]["lang"])

    assert lang_of(get(demo_server, f"/o/{OFFERING}")) == "it"
    french = get(demo_server, f"/o/{OFFERING}", **{"Accept-Language": "de-DE,fr;q=0.8,en;q=0.5"})
    assert lang_of(french) == "fr"
    assert lang_of(get(demo_server, f"/o/{OFFERING}", **{"Accept-Language": "de, ja"})) == "it"
    asked = get(demo_server, f"/o/{OFFERING}?lang=xx", **{"Accept-Language": "es"})
    assert lang_of(asked) == "es"
    weird = get(demo_server, f"/o/{OFFERING}", **{"Accept-Language": "en;q=abc, ,;;, ro"})
    assert lang_of(weird) == "ro"


def test_italian_fallback_is_marked_with_its_language(
    store: CentralStore, server: LiveServer, tmp_path: Path
) -> None:
    data = catalogue_dict(3)
    offering = data["offerings"][0]
    offering["name"] = {"it": "Centro estivo", "en": "Summer camp"}
    offering["description"] = {"it": "Solo in italiano."}
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    store.publish_catalogue(path)
    answer = get(server, f"/o/{offering['id']}?lang=en")
    assert (
        '<span lang="it" dir="ltr">Solo in italiano.</span> <small class="mark-it">(in Italian)'
        in answer.text
    )
    assert "<span>Summer camp</span>" in answer.text


def test_hostile_catalogue_text_stays_text(
    store: CentralStore, server: LiveServer, tmp_path: Path
) -> None:
    data = catalogue_dict(3)
    offering = data["offerings"][0]
    offering["name"] = {"it": '<script>alert("x")</script><img src=x onerror=alert(1)>'}
    offering["description"] = {"it": '" onmouseover="alert(1)" <a href=\'https://evil.example\'>'}
    offering["url"] = "javascript:alert(1)"
    offering["email"] = '"><script>alert(1)</script>@x.example'
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    store.publish_catalogue(path)
    answer = get(server, f"/o/{offering['id']}")
    assert answer.status_code == 200
    tags = check_public_page(answer, set())
    assert "&lt;script&gt;" in answer.text and "evil.example" not in {
        attrs.get("href") for _, attrs in tags.tags
    }


def test_unknown_offering_is_a_404_page(demo_server: LiveServer, server: LiveServer) -> None:
    assert get(demo_server, "/o/..%2F..%2Fetc%2Fpasswd").status_code == 404  # no such route
    for path in ("/o/nope", "/o/nope.ics", "/o/nope.vcf", f"/o/{OFFERING}.pdf"):
        answer = get(demo_server, path, **{"Accept-Language": "ar"})
        assert answer.status_code == 404, path
        assert answer.headers["content-type"].startswith("text/html")
        tags = check_public_page(answer, set())
        assert tags.tags[0][1] == {"lang": "ar", "dir": "rtl"}


def test_nothing_published_is_a_404_page(server: LiveServer) -> None:
    answer = get(server, f"/o/{OFFERING}")
    assert answer.status_code == 404 and 'lang="it"' in answer.text


def test_calendar_download_holds_the_kiosks_events(demo_server: LiveServer) -> None:
    catalogue = json.loads(DEMO.read_text("utf-8"))
    periods = {p["id"]: p for p in catalogue["periods"]}
    today = dt.date.today()
    checked = 0
    for offering in catalogue["offerings"]:
        own = [periods[p] for p in offering["periods"]]
        dated = [p for p in own if p["kind"] != "school_year"] or own
        coming = [p for p in dated if dt.date.fromisoformat(p["end"]) >= today]
        if not coming:
            continue
        answer = get(demo_server, f"/o/{offering['id']}.ics")
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/calendar")
        assert "set-cookie" not in answer.headers
        assert f'filename="{offering["id"]}.ics"' in answer.headers["content-disposition"]
        calendar = icalendar.Calendar.from_ical(answer.content)
        events = calendar.walk("VEVENT")
        assert len(events) == len(coming)
        expected_uids = {
            event_uid(
                offering["id"],
                dt.date.fromisoformat(p["start"]),
                dt.date.fromisoformat(p["end"]),
            )
            for p in coming
        }
        assert {str(e["UID"]) for e in events} == expected_uids
        assert all(str(e["SUMMARY"]) == offering["name"]["it"] for e in events)
        assert all("DTSTAMP" in e for e in events)
        checked += 1
    assert checked > 10


VCARD_LINE = re.compile(r"^(BEGIN|END|VERSION|N|FN|ORG|TEL|EMAIL|ADR|URL|NOTE):.+$")


def test_contact_download_is_a_vcard(demo_server: LiveServer) -> None:
    answer = get(demo_server, f"/o/{OFFERING}.vcf?lang=en")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/vcard")
    text = answer.content.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0" and lines[-2] == "END:VCARD"
    assert lines[-1] == ""
    assert all(VCARD_LINE.match(line) for line in lines[:-1]), lines
    fields = dict(line.split(":", 1) for line in lines[:-1])
    assert fields["FN"] == "Before- and after-school care – Castano Primo"  # nothing cut
    assert fields["TEL"] == "+390331555107"
    assert fields["ADR"] == ";;Via Montessori 73;Castano Primo;;20022"


def test_etag_and_304(demo_server: LiveServer) -> None:
    first = get(demo_server, f"/o/{OFFERING}?lang=en")
    again = get(demo_server, f"/o/{OFFERING}?lang=en", **{"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    other = get(demo_server, f"/o/{OFFERING}?lang=it")
    assert other.headers["etag"] != first.headers["etag"]


def test_phone_screenshot_loads_only_our_server(demo_server: LiveServer, tmp_path: Path) -> None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.fail("/usr/bin/chromium is missing: run tools/system-deps.sh --with-test (as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium),
            args=["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
        )
        try:
            context = browser.new_context(
                viewport={"width": 390, "height": 844},
                device_scale_factor=2,
                is_mobile=True,
                has_touch=True,
                locale="it-IT",
            )
            page = context.new_page()
            asked: list[str] = []
            problems: list[str] = []
            page.on("request", lambda request: asked.append(request.url))
            page.on("console", lambda message: problems.append(message.text))
            page.goto(f"{demo_server.url}/o/{OFFERING}")
            widths: Any = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            shot = tmp_path / "phone.png"
            page.screenshot(path=str(shot), full_page=True)
            assert context.cookies() == []
        finally:
            browser.close()
    assert asked and all(url.startswith(demo_server.url + "/o/") for url in asked), asked
    assert problems == []  # no CSP violation, nothing refused
    assert widths[0] <= widths[1]  # nothing wider than the phone
    out = Path("/tmp/offering-page-shots")  # for review; docs/screenshots holds a reviewed copy
    out.mkdir(exist_ok=True)
    shutil.copyfile(shot, out / SHOT.name)
