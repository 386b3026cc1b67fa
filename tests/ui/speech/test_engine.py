"""The real Qt TextToSpeech engine: starts offscreen on speech-dispatcher + espeak-ng, or says
clearly why it cannot, without raising; and makes real sound, as loud as asked (the samples are
caught by ALSA's file plugin, since this machine has no sound card).

The real engine runs in a child process with its own speech-dispatcher (socket and pid file in a
temporary folder), so a daemon that hangs fails this test instead of hanging the suite, and the
daemon is stopped by its pid afterwards.
"""

from __future__ import annotations

import array
import contextlib
import json
import math
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

from ui.speech.engine import DEFAULT_ENGINE, QtSpeechEngine

pytestmark = pytest.mark.timeout(90)
ROOT = Path(__file__).resolve().parents[3]
CHILD = """
import json, sys
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
from ui.speech.engine import QtSpeechEngine
engine = QtSpeechEngine()
started = engine.start()
result = {"started": started, "error": engine.error}
if started:
    engine.say("Prova della voce", QLocale("it"), 0.25)
    tts = engine._tts
    result["language"] = tts.locale().language().name
    result["volume"] = tts.volume()
    result["state"] = tts.state().name
    engine.enqueue("Second sentence", QLocale("en"), 0.25)
    result["then"] = tts.locale().language().name
    engine.stop()
    engine.close()
print(json.dumps(result))
"""


SPEAK_AND_WAIT = """
import json, sys, time
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech
app = QGuiApplication(sys.argv[:1])
from ui.speech.engine import QtSpeechEngine
engine = QtSpeechEngine()
result = {"started": engine.start(), "error": engine.error, "spoke": False}
if result["started"]:
    tts = engine._tts
    engine.say(sys.argv[1], QLocale(sys.argv[2]), float(sys.argv[3]))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if tts.state() == QTextToSpeech.State.Speaking:
            result["spoke"] = True
        elif result["spoke"] and tts.state() == QTextToSpeech.State.Ready:
            break
        time.sleep(0.01)
    engine.close()
print(json.dumps(result))
"""


def _run_child(folder: Path, code_and_args: list[str], **env_vars: str) -> dict[str, Any]:
    """Run `python -c` code offscreen with speech-dispatcher's runtime, cache and config folders
    in `folder` (its own daemon, killed afterwards by its pid file); the JSON it printed last."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["XDG_CACHE_HOME"] = env["XDG_RUNTIME_DIR"] = env["XDG_CONFIG_HOME"] = str(folder)
    env.pop("SPEECHD_ADDRESS", None)
    env.update(env_vars)
    try:
        done = subprocess.run(
            [sys.executable, "-c", *code_and_args],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        for pid_file in folder.rglob("*.pid"):  # the daemon the child spawned
            with contextlib.suppress(ValueError, ProcessLookupError):
                os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _speak_into_a_file(folder: Path, text: str, language: str, volume: float) -> bytes:
    """Run the real engine in a child with its own speech-dispatcher whose audio goes to ALSA's
    file plugin; the raw samples it wrote (signed 16-bit)."""
    (folder / "speech-dispatcher").mkdir(parents=True)
    (folder / "speech-dispatcher" / "speechd.conf").write_text(
        'AudioOutputMethod "alsa"\nAudioALSADevice "pitstopfile"\n', encoding="utf-8"
    )
    raw = folder / "speech.raw"
    (folder / ".asoundrc").write_text(
        f'pcm.pitstopfile {{\n type file\n slave.pcm "null"\n file "{raw}"\n format "raw"\n}}\n',
        encoding="utf-8",
    )
    result = _run_child(folder, [SPEAK_AND_WAIT, text, language, str(volume)], HOME=str(folder))
    assert result["started"] and result["spoke"], result
    return raw.read_bytes() if raw.exists() else b""


def _loudness(samples: bytes) -> tuple[int, float]:
    """(number of samples, root mean square) of signed 16-bit samples."""
    values = array.array("h", samples[: len(samples) // 2 * 2])
    return len(values), math.sqrt(sum(v * v for v in values) / max(1, len(values)))


@pytest.mark.skipif(
    DEFAULT_ENGINE not in QTextToSpeech.availableEngines(),
    reason="Qt's speech-dispatcher plugin did not load (libspeechd2 missing: tools/system-deps.sh)",
)
def test_the_real_engine_makes_sound_and_a_lower_volume_is_quieter(tmp_path: Path) -> None:
    loud = _loudness(_speak_into_a_file(tmp_path / "loud", "Prova della voce", "it", 1.0))
    quiet = _loudness(_speak_into_a_file(tmp_path / "quiet", "Prova della voce", "it", 0.25))
    assert loud[0] > 10_000, "less than half a second of sound"  # espeak-ng speaks at 22,050 Hz
    assert loud[1] > 1_000, "the samples are (nearly) silence"
    figures = f"(samples, rms): loud {loud}, quiet {quiet}"
    assert quiet[0] == pytest.approx(loud[0], rel=0.2), figures  # the same sentence
    assert 2.5 < loud[1] / quiet[1] < 6.0, figures  # a quarter of the volume: about -12 dB


def test_a_missing_engine_is_one_sentence_and_stays_silent(qapp: object) -> None:
    engine = QtSpeechEngine("no-such-engine")
    assert engine.start() is False
    assert "no 'no-such-engine' speech engine" in engine.error
    assert "install speech-dispatcher" in engine.error
    engine.say("Ciao", QLocale("it"), 0.5)  # nothing raised, nothing said
    engine.enqueue("Ciao", QLocale("it"), 0.5)
    engine.stop()
    engine.close()


@pytest.mark.skipif(
    DEFAULT_ENGINE not in QTextToSpeech.availableEngines(),
    reason="Qt's speech-dispatcher plugin did not load (libspeechd2 missing: tools/system-deps.sh)",
)
def test_the_speech_dispatcher_engine_starts_offscreen_and_speaks_italian(tmp_path: Path) -> None:
    result = _run_child(
        tmp_path, [CHILD], SPEECHD_ADDRESS=f"unix_socket:{tmp_path / 'speechd.sock'}"
    )
    if not result["started"]:  # the plugin loaded but the daemon did not start: said clearly
        assert "speech-dispatcher" in result["error"]
        return
    assert result["error"] == ""
    assert result["language"] == "Italian" and result["then"] == "English"
    assert result["volume"] == pytest.approx(0.25, abs=0.01)
    assert result["state"] != "Error"
