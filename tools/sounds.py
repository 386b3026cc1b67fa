"""Write the kiosk's bundled sounds (assets/sounds/*.wav) with Python's `wave` module.

`idle-warning.wav`: a soft two-note chime (660 Hz then 880 Hz, 0.18 s each, gentle attack and
release, at a quarter of full scale) played when "Are you still there?" appears. Run
`python tools/sounds.py` after changing it; the WAV files are committed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
LEVEL = 0.25
"""Peak amplitude, a quarter of full scale: audible in a library, not startling."""
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def note(freq: float, seconds: float) -> list[float]:
    """A sine note with a 20 ms attack and an exponential release (no clicks)."""
    count = round(RATE * seconds)
    attack = round(RATE * 0.02)
    samples = []
    for i in range(count):
        env = min(1.0, i / attack) * math.exp(-4.0 * i / count)
        samples.append(env * math.sin(2 * math.pi * freq * i / RATE))
    return samples


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(LEVEL * 32767 * s)) for s in samples))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gap = [0.0] * round(RATE * 0.05)
    write(OUT / "idle-warning.wav", note(660, 0.18) + gap + note(880, 0.18))


if __name__ == "__main__":
    main()
