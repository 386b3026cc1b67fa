pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// The soft chime of "Are you still there?". Loaded at the first warning, not at start-up (Qt
// Multimedia takes a while to load); silent where the machine has no audio output.
Item {
    id: chime
    property url source
    property real volume: 0.7
    readonly property bool silent: devices.audioOutputs.length === 0
    property int played: 0  // how many times it sounded (tests and speech read it)

    function play() {
        if (silent)
            return
        (effect.item as SoundEffect).play()  // plays once loaded when the file is not yet
        played += 1
    }

    MediaDevices { id: devices }
    Loader {
        id: effect
        active: !chime.silent  // no output: no effect, which would only complain
        sourceComponent: SoundEffect {
            source: chime.source
            volume: chime.volume
        }
    }
}
