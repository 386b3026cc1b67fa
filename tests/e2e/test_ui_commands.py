"""`pitstop run` / `pitstop snapshot` as a user runs them: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent.parent


def pitstop(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PITSTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(Path(sys.executable).with_name("pitstop")), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "from kiosk.cli.main import build_parser\n"
        "build_parser().format_help()\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_snapshot_of_the_detail_screen_has_scannable_codes(tmp_path: Path) -> None:
    out = tmp_path / "detail.png"
    result = pitstop(
        tmp_path / "home",
        "snapshot",
        "--page",
        "detail",
        "--lang",
        "en",
        "--offering",
        "pre-post-scuola-castano-primo-primaria",
        "--size",
        "1920x1080",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (1920, 1080)
        texts = [code.text for code in zxingcpp.read_barcodes(image.convert("RGB"))]
    assert len(texts) == 3
    assert any(t.startswith(("BEGIN:VCALENDAR", "BEGIN:VEVENT")) for t in texts)
    assert any(t.startswith("BEGIN:VCARD") for t in texts)
    assert any(t.startswith("https://") for t in texts)


@pytest.mark.parametrize("page", ["attract", "home", "results"])
def test_snapshot_portrait_pages(tmp_path: Path, page: str) -> None:
    out = tmp_path / f"{page}.png"
    result = pitstop(
        tmp_path / "home", "snapshot", "--page", page, "--size", "1080x1920", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (1080, 1920)


def test_snapshot_of_an_unknown_offering_fails_in_one_sentence(tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    result = pitstop(
        tmp_path / "home", "snapshot", "--page", "detail", "--offering", "nope", "--out", str(out)
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "pitstop: no offering with id 'nope' in the catalogue"
    assert not out.exists()


def test_snapshot_rejects_a_bad_size(tmp_path: Path) -> None:
    result = pitstop(
        tmp_path / "home",
        "snapshot",
        "--page",
        "home",
        "--size",
        "big",
        "--out",
        str(tmp_path / "x.png"),
    )
    assert result.returncode == 2
    assert "is not a size like 1920x1080" in result.stderr
