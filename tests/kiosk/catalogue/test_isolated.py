"""Catalogue imports in a child process: same results and errors as in-process, nothing lost when
the child dies, and the catalogue models never loaded by the process that asked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.catalogue import isolated
from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.importer import load_file
from kiosk.db.sqlite import SqliteFile, scalar
from tests import ROOT, run_python
from tests.factories import catalogue_dict


def _offerings(engine: SqliteFile) -> int:
    with engine.connect() as connection:
        return int(scalar(connection, "SELECT count(*) FROM service"))


def test_import_records_the_given_source_and_checksum(
    engine: SqliteFile, catalogue_file: Path
) -> None:
    summary = isolated.import_into(engine, catalogue_file, source="share:x", checksum="ab" * 32)
    assert (summary.offerings, summary.format) == (40, "pitstop")
    assert summary.checksum == load_file(catalogue_file).checksum
    assert _offerings(engine) == 40
    with engine.connect() as connection:
        row = connection.execute("SELECT source, checksum FROM catalogue_meta").fetchone()
    assert tuple(row) == ("share:x", "ab" * 32)


def test_check_reads_without_importing(engine: SqliteFile, catalogue_file: Path) -> None:
    summary = isolated.check_file(catalogue_file)
    assert summary.version == load_file(catalogue_file).catalogue.version
    assert _offerings(engine) == 0


def test_a_bad_file_raises_the_same_error_as_in_process(tmp_path: Path) -> None:
    data = catalogue_dict(3)
    data["offerings"][1]["minimum_age"] = "tre"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError) as in_process:
        load_file(bad)
    with pytest.raises(CatalogueError) as in_child:
        isolated.check_file(bad)
    assert str(in_child.value) == str(in_process.value)
    assert (in_child.value.where, in_child.value.field) == ("offerings[1]", "minimum_age")


def test_a_child_killed_midway_leaves_the_current_catalogue(
    engine: SqliteFile, catalogue_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated.import_into(engine, catalogue_file)
    bigger = tmp_path / "bigger.json"
    bigger.write_text(json.dumps(catalogue_dict(5000)), encoding="utf-8")
    monkeypatch.setattr(isolated, "CHILD_TIMEOUT", 0.5)  # killed (SIGKILL) long before it ends
    with pytest.raises(CatalogueError, match="took more than"):
        isolated.import_into(engine, bigger)
    assert _offerings(engine) == 40


def test_the_asking_process_never_loads_pydantic(tmp_path: Path, catalogue_file: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.context import open_kiosk\n"
        "from kiosk.catalogue.isolated import import_into\n"
        f"context = open_kiosk(Path({str(tmp_path / 'home')!r}))\n"  # demo catalogue: a child
        f"print(import_into(context.engine, Path({str(catalogue_file)!r})).offerings)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PITSTOP_HOME": str(tmp_path / "home")},
    )
    assert done.stdout.split("\n")[:2] == ["40", "[]"]


def test_the_child_writes_no_core_file() -> None:
    """The limits the child sets on itself: its address space capped, core dumps off (a child
    that met the cap aborted and left a 200 MB core file where core dumps were allowed)."""
    code = (
        "import resource\n"
        "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # allowed, as far as it may be\n"
        "from kiosk.catalogue.isolated import limit_memory\n"
        "limit_memory(2**31)\n"
        "print(resource.getrlimit(resource.RLIMIT_AS)[0], resource.getrlimit(resource.RLIMIT_CORE)[0])\n"
    )
    assert run_python(code).split() == [str(2**31), "0"]
