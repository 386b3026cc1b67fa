"""The architecture rules: kiosk/ imports nothing above it, sync/ only kiosk/, central/ only sync/
and kiosk/ (central -> sync -> kiosk), none of them uses Qt;
inside ui/, view-models know nothing of the composition root or the features that wire them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests import ROOT, run_python

FORBIDDEN = {
    "kiosk": {"PySide6", "shiboken6", "ui", "sync", "central"},
    "sync": {"PySide6", "shiboken6", "ui", "central"},
    "central": {"PySide6", "shiboken6", "ui"},
}


UI_INNER = {
    # a view-model gets what it needs from the feature that builds it, never by looking around
    "ui/vm": {"ui.app", "ui.features", "ui.snapshot", "ui.commands"},
    # services and features are built by the composition root, not the other way round
    "ui/features": {"ui.snapshot", "ui.commands"},
}


def _modules(path: Path) -> set[str]:
    """Every module `path` imports, fully named (type-checking imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _imports(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _modules(path)}


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
        "for pkg in ('kiosk', 'sync', 'central'):\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    assert run_python(code).strip() == "[]"


@pytest.mark.parametrize("folder", sorted(UI_INNER))
def test_view_models_and_features_do_not_reach_up(folder: str) -> None:
    def forbidden(name: str) -> bool:
        return any(name == bad or name.startswith(bad + ".") for bad in UI_INNER[folder])

    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for name in sorted(_modules(path))
        if forbidden(name)
    ]
    assert offenders == []
