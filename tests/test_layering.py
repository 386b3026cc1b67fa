"""The architecture rule: kiosk/ imports nothing above it, sync/ only kiosk/, and neither uses Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "kiosk": {"PySide6", "shiboken6", "ui", "sync"},
    "sync": {"PySide6", "shiboken6", "ui"},
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_crosses_the_layers(package: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {', '.join(sorted(bad))}"
        for path in sorted((ROOT / package).rglob("*.py"))
        if (bad := _imports(path) & FORBIDDEN[package])
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "for pkg in ('kiosk', 'sync'):\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
