"""The child process that checks an uploaded catalogue (central/office/catalogue_store.py):
`python -m central.office.catalogue_check JOB` reads the file with the kiosk's importer under a
memory cap, writes it as our JSON and prints one JSON line: the summary with the warnings, the
error (file, where, field, message), or the kind of crash. It never touches the database."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _check(job: dict[str, Any]) -> dict[str, Any]:
    from kiosk.catalogue.importer import export_json, load_file

    loaded = load_file(Path(job["path"]))
    Path(job["out"]).write_bytes(export_json(loaded.catalogue))
    return {
        "summary": {
            "format": loaded.format,
            "version": loaded.catalogue.version,
            "offerings": len(loaded.catalogue.offerings),
            "warnings": [
                {"where": w.where, "field": w.field or "", "message": w.message}
                for w in loaded.warnings
            ],
        }
    }


def main(argv: list[str]) -> int:
    from kiosk.catalogue.errors import CatalogueError
    from kiosk.catalogue.isolated import limit_memory

    try:
        job = json.loads(argv[0])
        limit_memory(int(job["memory"]))
        answer = _check(job)
    except CatalogueError as exc:
        error = {"where": exc.where, "field": exc.field, "message": exc.message}
        print(json.dumps({"error": error}))
        return 3
    except Exception as exc:  # bad data can make a parser raise anything: the parent says so
        print(json.dumps({"crash": type(exc).__name__}))
        return 1
    print(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
