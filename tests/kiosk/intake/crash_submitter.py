"""Submits contact requests in a loop, printing each id once its commit returned (as the kiosk
shows the reference only then). Run by test_crash.py, which kills it with SIGKILL at random.

usage: python -m tests.kiosk.intake.crash_submitter DB_FILE PUBLIC_KEY [ID_TO_SUBMIT_AGAIN]
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

from kiosk.db.engine import open_database
from kiosk.intake.model import parse_request
from kiosk.intake.store import submit_request
from kiosk.privacy.keys import load_public_key
from tests.kiosk.intake.data import request_data


def main(argv: list[str]) -> None:
    engine = open_database(Path(argv[0]))
    key = load_public_key(Path(argv[1]))
    if len(argv) > 2:  # a retry of the last confirmed request, as a double tap after restart
        again = submit_request(engine, parse_request(request_data(id=uuid.UUID(argv[2]))), key)
        print(f"again {again.id} {again.stored}", flush=True)
    print("ready", flush=True)
    while True:
        submitted = submit_request(engine, parse_request(request_data()), key)
        print(submitted.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
