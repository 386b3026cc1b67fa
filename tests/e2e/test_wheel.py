"""The project as a package: checkout → sdist → wheel → a fresh venv, used from outside the repo.

The wheel must carry the compiled translations (built by tools/pitstop_build.py), the QML module
and the assets; installed on its own it must show the kiosk in Italian and in English and find the
bundled demo catalogue. No network: the build runs without isolation in this .venv (which has
setuptools and PySide6), and the fresh venv sees this .venv's dependencies through symlinks — all of
them except this project's own editable install, so everything of ours comes from the wheel.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.central.live import wait_for_health

ROOT = Path(__file__).resolve().parents[2]
PROJECT = "family_pit_stop"
# What this .venv holds that the fresh venv must not see (ours) or brings itself (pip).
HIDDEN = ("__editable__", PROJECT, "distutils-precedence.pth", "_distutils_hack", "pip")


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from an sdist of the checkout (as `python -m build` does), no isolation."""
    out = tmp_path_factory.mktemp("dist")
    build = (
        "import sys; sys.path.insert(0, 'tools'); import pitstop_build; "
        f"print(pitstop_build.build_sdist({str(out)!r}))"
    )
    sdist = out / run(sys.executable, "-c", build, cwd=ROOT).strip().splitlines()[-1]
    with tarfile.open(sdist) as tar:
        tar.extractall(out, filter="data")
    source = out / sdist.name.removesuffix(".tar.gz")
    pip = (sys.executable, "-m", "pip")
    run(*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", out, source, cwd=out)
    (found,) = out.glob(f"{PROJECT}-*.whl")
    return found


def test_wheel_carries_translations_qml_and_assets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for ts in sorted((ROOT / "ui" / "i18n").glob("*.ts")):
        assert f"ui/i18n/{ts.stem}.qm" in names, ts.name
    assert not [name for name in names if name.endswith(".ts")]
    qml = {path.relative_to(ROOT).as_posix() for path in (ROOT / "ui" / "qml").rglob("*")}
    assert {path for path in qml if path.endswith((".qml", "qmldir"))} <= names
    for path in [
        "assets/__init__.py",
        "assets/demo/catalogue.json",
        "assets/icons/generic.svg",
        "assets/theme/theme.json",
        "assets/theme/logo.svg",
        "assets/templates/catalogo-modello.csv",
        "assets/templates/catalogo-modello.xlsx",
        "kiosk/db/migrations/script.py.mako",
        "kiosk/catalogue/schema.py",
    ]:
        assert path in names, path
    # Every other file of the packages too (templates, static files, migrations, schemas, sounds,
    # the vendored code's LICENSE and VERSION): package-data that misses a kind leaves it behind.
    files = [
        path.relative_to(ROOT).as_posix()
        for top in ("kiosk", "sync", "central", "ui", "assets")
        for path in sorted((ROOT / top).rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in {".pyc", ".ts", ".qm"}
    ]
    assert [path for path in files if path not in names] == []


def _fresh_venv(tmp_path: Path, wheel: Path) -> Path:
    """A venv with the wheel installed and this .venv's other packages linked in."""
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    purelib = sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)})
    ours = Path(sysconfig.get_path("purelib"))
    for entry in ours.iterdir():
        if not entry.name.startswith(HIDDEN) and not (Path(purelib) / entry.name).exists():
            (Path(purelib) / entry.name).symlink_to(entry)
    pip = (sys.executable, "-m", "pip", "--python", venv / "bin" / "python")
    run(*pip, "install", "--no-deps", "--no-index", "-q", wheel, cwd=tmp_path)
    listed = json.loads(run(*pip, "list", "--format", "json", cwd=tmp_path))
    assert {"name": "family-pit-stop", "version": "0.1.0"} in listed
    run(*pip, "check", cwd=tmp_path)  # every dependency of the wheel is there
    return venv


def test_installed_wheel_runs_in_italian_and_english(tmp_path: Path, wheel: Path) -> None:
    venv = _fresh_venv(tmp_path, wheel)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    }
    env |= {"PITSTOP_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    python = venv / "bin" / "python"

    probe = (
        "import json, kiosk, ui\n"
        "from PySide6.QtCore import QTranslator\n"
        "from kiosk.paths import DEMO_CATALOGUE, asset\n"
        "from ui.app import QML_DIR\n"
        "from ui.translations import CATALOGUES, compiled_catalogue\n"
        "found = {}\n"
        "for lang in ('it', 'en'):\n"
        "    translator = QTranslator()\n"
        "    assert translator.load(str(compiled_catalogue('pitstop', lang)))\n"
        "    found[lang] = translator.translate('AttractPage', 'Touch to start')\n"
        "print(json.dumps({'files': [kiosk.__file__, ui.__file__, str(asset('icons')),\n"
        "    str(DEMO_CATALOGUE), str(QML_DIR)] + [str(compiled_catalogue(name, 'it'))\n"
        "    for name in CATALOGUES], 'text': found}))\n"
    )
    report = json.loads(run(python, "-c", probe, cwd=outside, env=env))
    for path in report["files"]:
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
        assert Path(path).exists(), path
    assert report["text"]["it"] == "Tocca per iniziare"
    assert report["text"]["en"] in {"", "Touch to start"}

    pitstop = venv / "bin" / "pitstop"
    demo = report["files"][3]
    assert "offerings" in run(pitstop, "catalogue", "validate", demo, cwd=outside, env=env)
    shots = {}
    for lang in ("it", "en"):
        out = outside / f"home-{lang}.png"
        run(pitstop, "snapshot", "--page", "home", "--lang", lang, "--size", "800x600",
            "--out", out, cwd=outside, env=env)  # fmt: skip
        shots[lang] = out.read_bytes()
    assert shots["it"][:8] == b"\x89PNG\r\n\x1a\n"
    assert shots["it"] != shots["en"]
    # The first start loaded the bundled demo catalogue into the empty data folder.
    found = json.loads(run(pitstop, "catalogue", "search", "--json", cwd=outside, env=env))
    assert found


def test_installed_wheel_serves_the_central_server(tmp_path: Path, wheel: Path) -> None:
    """`pitstop central serve` from the wheel: migrations, templates, static and vendored files."""
    venv = _fresh_venv(tmp_path, wheel)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PITSTOP_CENTRAL_DB"}
    }
    env["PITSTOP_HOME"] = str(tmp_path / "home")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [venv / "bin" / "pitstop", "central", "serve", "--port", str(port)],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, server, log, timeout=60)
        login = httpx.get(f"{url}/office/login")
        assert login.status_code == 200 and "<form" in login.text, login.text
        for path in ["office.css", "js/inbox.js", "vendor/libsodium/libsodium-sumo.js"]:
            assert httpx.get(f"{url}/office/static/{path}").status_code == 200, path
        hsds = httpx.get(f"{url}/hsds/openapi.json")  # the vendored HSDS schema, served
        assert hsds.status_code == 200 and "openapi" in hsds.json(), hsds.text
    finally:
        server.terminate()
        server.wait(20)
    assert (tmp_path / "home" / "central" / "central.sqlite3").is_file()  # made by the migrations
