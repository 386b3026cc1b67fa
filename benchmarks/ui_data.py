"""A data folder with a synthetic 10,000-offering catalogue, shared by the UI benchmarks."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def big_home(folder: Path, offerings: int = 10_000) -> Path:
    """`folder` as a kiosk data folder whose database holds `offerings` offerings.

    Built in a child process, so that the import's memory does not count against the kiosk's.
    """
    import subprocess

    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
    code += f"from ui_data import _build; from pathlib import Path; _build(Path({str(folder)!r}), {offerings})"
    subprocess.run([sys.executable, "-c", code], check=True)
    return folder


def _build(folder: Path, offerings: int) -> None:
    from kiosk.catalogue.importer import import_file
    from kiosk.context import open_kiosk
    from tests.factories import catalogue_dict

    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "catalogue.json"
    source.write_text(json.dumps(catalogue_dict(offerings)), encoding="utf-8")
    context = open_kiosk(folder, load_demo=False)
    import_file(context.engine, source)
    context.close()
