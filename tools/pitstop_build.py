"""The project's PEP 517 build backend: setuptools, plus the Qt Linguist catalogues in the wheel.

pyproject.toml names this module (`backend-path = ["tools"]`) and its `BuildPy` as the `build_py`
command. Building a wheel (from the checkout or from the sdist) compiles every ui/i18n/*.ts into
`ui/i18n/*.qm` inside the build tree with PySide6's `lrelease`, so `pip install family-pit-stop-*.whl`
gives a kiosk in every language of the repo. The .qm files are never committed, and a wheel is never
built without them (no lrelease is an error, not a silent English-only kiosk).

Where lrelease comes from: a wheel build asks for PySide6-Essentials (the kiosk's own dependency,
so pip's cache serves the same file to the build and to the install). Editable installs and the
sdist do not compile anything and do not need it: `make translations` compiles into ui/i18n.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the rest of the backend is setuptools' own)
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.command.build_py import build_py

LRELEASE_REQUIREMENT = "PySide6-Essentials~=6.11.3"  # keep in step with [project] dependencies
I18N = ("ui", "i18n")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE_REQUIREMENT]


def lrelease() -> list[str]:
    """The command that runs Qt's lrelease: PySide6's copy in this interpreter, else the PATH's."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        exe = Path(folder) / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if exe.is_file():
            return [str(exe)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise RuntimeError(
        "cannot compile the translations: no lrelease (install PySide6-Essentials in the build "
        "environment, or build with isolation so pip installs it)"
    )


def compile_translations(source: Path, target: Path) -> list[Path]:
    """Compile every `source/*.ts` into `target/*.qm`; the .qm files written."""
    sources = sorted(source.glob("*.ts"))
    if not sources:
        raise RuntimeError(f"no translations (*.ts) in {source}: is the sdist complete?")
    target.mkdir(parents=True, exist_ok=True)
    command = lrelease()
    written = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            raise RuntimeError(f"lrelease wrote no {qm.name} for {ts}")
        written.append(qm)
    return written


class BuildPy(build_py):
    """setuptools' build_py, then the .qm files next to the copied Python (not for editable)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # the checkout's ui/i18n is used as is: `make translations`
        source = Path(__file__).resolve().parent.parent.joinpath(*I18N)
        target = Path(self.build_lib).joinpath(*I18N)
        for qm in compile_translations(source, target):
            self.announce(f"compiled {qm}", level=2)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs: list[str] = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            source = Path(__file__).resolve().parent.parent.joinpath(*I18N)
            target = Path(self.build_lib).joinpath(*I18N)
            outputs += [str(target / f"{ts.stem}.qm") for ts in sorted(source.glob("*.ts"))]
        return outputs


if __name__ == "__main__":  # `python tools/pitstop_build.py OUT`: compile into OUT, by hand
    root = Path(__file__).resolve().parent.parent
    for qm in compile_translations(root.joinpath(*I18N), Path(sys.argv[1])):
        print(qm)
