"""Every visitor language is complete (ui/i18n/pitstop_<l>.ts and intake_<l>.ts).

No unfinished message, the plural forms each language needs, the same placeholders as the
source; `pyside6-lupdate` run over the sources (into a temporary copy, never over the tree) finds
no text that a catalogue lacks; the compiled catalogues translate, plurals included.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.settings import UI_LANGUAGES
from tests import ROOT

I18N = ROOT / "ui" / "i18n"
VISITOR_CATALOGUES = ("pitstop", "intake")
PLURAL_FORMS = {"it": 2, "en": 2, "ro": 3, "sq": 2, "ar": 6, "uk": 3, "es": 2, "fr": 2}
"""How many numerus forms Qt's lrelease expects per language (Qt's numerus rules)."""
SOURCES = {
    "pitstop": [
        *sorted(
            str(p.relative_to(ROOT))
            for p in (ROOT / "ui" / "qml" / "Pitstop").glob("*.qml")
            if not p.name.startswith(("Intake", "Staff"))
        ),
        "ui/vm/fmt.py",
        "ui/vm/catalogue.py",
        "ui/vm/results.py",
        "ui/vm/detail.py",
    ],
    "intake": [
        *sorted(
            str(p.relative_to(ROOT)) for p in (ROOT / "ui" / "qml" / "Pitstop").glob("Intake*.qml")
        ),
        "ui/vm/intake.py",
    ],
}
"""What docs/ui.md runs lupdate over; files named in a catalogue's locations are added to it."""


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def keys(ts: Path) -> set[tuple[str, str]]:
    return {(context, m.findtext("source") or "") for context, m in messages(ts)}


CASES = [(cat, lang) for cat in VISITOR_CATALOGUES for lang in UI_LANGUAGES]


def test_the_eight_languages_are_the_ones_the_kiosk_offers() -> None:
    assert set(UI_LANGUAGES) == set(PLURAL_FORMS)
    for cat, lang in CASES:
        assert (I18N / f"{cat}_{lang}.ts").is_file(), f"{cat}_{lang}.ts is missing"


@pytest.mark.parametrize(("cat", "lang"), CASES)
def test_every_message_is_translated_with_its_plural_forms_and_placeholders(
    cat: str, lang: str
) -> None:
    ts = I18N / f"{cat}_{lang}.ts"
    root = ET.parse(ts).getroot()
    assert root.get("language", "").split("_")[0] == lang, f"{ts.name}: language attribute"
    problems: list[str] = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{ts.name} {context} {source[:50]!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != PLURAL_FORMS[lang] or not all(forms):
                problems.append(f"{where}: {len(forms)} plural forms, {PLURAL_FORMS[lang]} needed")
            texts = forms
        else:
            texts = [translation.text or ""]
            if not texts[0].strip():
                problems.append(f"{where}: empty")
        for text in texts:
            for placeholder in ("%1", "%2", "%3"):
                if (placeholder in source) != (placeholder in text):
                    problems.append(f"{where}: {placeholder} in {text[:40]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("cat", VISITOR_CATALOGUES)
def test_every_language_has_the_same_messages(cat: str) -> None:
    english = keys(I18N / f"{cat}_en.ts")
    for lang in UI_LANGUAGES:
        other = keys(I18N / f"{cat}_{lang}.ts")
        assert other == english, (lang, sorted(english - other), sorted(other - english))


@pytest.mark.parametrize("cat", VISITOR_CATALOGUES)
def test_lupdate_finds_no_text_the_catalogues_lack(cat: str, tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    english = I18N / f"{cat}_en.ts"
    named = {
        str((I18N / loc.get("filename", "")).resolve().relative_to(ROOT))
        for _, m in messages(english)
        for loc in m.findall("location")
        if loc.get("filename")
    }
    sources = sorted({*SOURCES[cat], *named} & {str(p.relative_to(ROOT)) for p in _files()})
    copy = tmp_path / "ui" / "i18n" / english.name
    copy.parent.mkdir(parents=True)
    shutil.copy(english, copy)
    subprocess.run(
        [str(lupdate), *sources, "-silent", "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = {
        (context, m.findtext("source") or "")
        for context, m in messages(copy)
        if (m.find("translation") is not None)
        and m.find("translation").get("type") not in ("vanished", "obsolete")  # type: ignore[union-attr]
    }
    new = sorted(found - keys(english))
    assert not new, f"{cat}: lupdate found text no catalogue has (translate it in all 8): {new}"


def _files() -> list[Path]:
    return [*ROOT.glob("ui/**/*.py"), *ROOT.glob("ui/qml/**/*.qml")]


@pytest.mark.parametrize("lang", [lang for lang in UI_LANGUAGES if lang not in ("it", "en")])
def test_compiled_catalogues_translate_with_the_right_plural(
    qapp: object, lang: str, tmp_path: Path
) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / f"pitstop_{lang}.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(I18N / f"pitstop_{lang}.ts"), "-qm", str(qm)],
        check=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        start = QCoreApplication.translate("AttractPage", "Touch to start")
        assert start and start != "Touch to start"
        few = {n: QCoreApplication.translate("Format", "%n offering(s)", None, n) for n in (1, 5)}
        assert few[1] != few[5]
        assert "5" in few[5] and "offering" not in few[5]
    finally:
        app.removeTranslator(translator)


def test_plural_forms_follow_each_language() -> None:
    """Spot checks of the forms chosen by count (Qt's rules: Romanian 'de' from 20, Ukrainian
    1/2-4/5+, Arabic six forms)."""
    expected = {
        "ro": {1: "1 ofertă", 3: "3 oferte", 20: "20 de oferte"},
        "uk": {1: "1 пропозиція", 3: "3 пропозиції", 5: "5 пропозицій", 21: "21 пропозиція"},
        "ar": {1: "عرض واحد", 2: "عرضان", 3: "3 عروض", 11: "11 عرضًا", 100: "100 عرض"},
        "fr": {0: "0 offre", 1: "1 offre", 2: "2 offres"},
    }
    for lang, cases in expected.items():
        qm = I18N / f"pitstop_{lang}.qm"
        if not qm.is_file():
            pytest.skip(f"{qm.name} not built: run make translations")
        translator = QTranslator()
        assert translator.load(str(qm))
        for n, text in cases.items():
            said = translator.translate("Format", "%n offering(s)", None, n).replace("%n", str(n))
            assert said == text, (lang, n)
