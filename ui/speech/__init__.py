"""Speech mode: the kiosk speaks for itself (screen readers cannot run inside the cage compositor).

- `engine`: the `SpeechEngine` protocol and `QtSpeechEngine` (Qt TextToSpeech on
  speech-dispatcher + espeak-ng); `fake.RecordingEngine` records what would be said, for tests.
- `keys`: the `[speech]` key names of the settings as Qt keys.
- `words`: what a focused control is called aloud (name, role, state, position), volume in dB.
- `watch`: `SpeechWatch`, the window's keys, focus and page arrivals turned into speech.

The view-model QML sees is `ui.vm.speech.Speech`; `ui.features.speech.SpeechFeature` wires it all.
"""
