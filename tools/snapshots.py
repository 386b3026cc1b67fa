"""Render every kiosk screen in every language and orientation to PNG files (`make snapshots`).

Usage: python tools/snapshots.py OUT_DIR [--home DIR]

Uses a fresh data folder with the bundled demo catalogue unless --home is given, so the pictures
are the same on every machine. Files are named <page>-<lang>-<W>x<H>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZES = [(1920, 1080), (1080, 1920), (1280, 800)]
LANGS = ["it", "en"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--home", type=Path, default=None)
    args = parser.parse_args()

    from ui.snapshot import PAGES, snapshot

    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / "home"
        for page in PAGES:
            for lang in LANGS:
                for width, height in SIZES:
                    out = args.out / f"{page}-{lang}-{width}x{height}.png"
                    snapshot(home, page, out, lang=lang, size=(width, height))
                    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
