"""The real Qt TextToSpeech engine: starts offscreen on speech-dispatcher + espeak-ng, or says
clearly why it cannot, without raising.

The real engine runs in a child process with its own speech-dispatcher (socket and pid file in a
temporary folder), so a daemon that hangs fails this test instead of hanging the suite, and the
daemon is stopped by its pid afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

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
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["SPEECHD_ADDRESS"] = f"unix_socket:{tmp_path / 'speechd.sock'}"
    env["XDG_CACHE_HOME"] = env["XDG_RUNTIME_DIR"] = env["XDG_CONFIG_HOME"] = str(tmp_path)
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=45,
            check=False,
        )
    finally:
        for pid_file in tmp_path.rglob("*.pid"):  # the daemon the child spawned
            with contextlib.suppress(ValueError, ProcessLookupError):
                os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if not result["started"]:  # the plugin loaded but the daemon did not start: said clearly
        assert "speech-dispatcher" in result["error"]
        return
    assert result["error"] == ""
    assert result["language"] == "Italian" and result["then"] == "English"
    assert result["volume"] == pytest.approx(0.25, abs=0.01)
    assert result["state"] != "Error"
