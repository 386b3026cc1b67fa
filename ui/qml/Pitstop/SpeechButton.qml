import QtQuick
import Pitstop
import Pitstop.ViewModels

// "Listen": turns speech mode on and off (the keypad's speech key does the same, see
// docs/accessibility.md). Shown only when the speech feature is installed.
BigButton {
    id: control
    required property KioskModel app
    // Set by the speech feature on buttons made before it was installed (the welcome screen's).
    property Speech speech: app.vm("speech") as Speech
    readonly property bool on: speech !== null && speech.active
    objectName: "speech.toggle"
    // The engine could not start (ui/speech/threaded.py): said on the button until the next visitor.
    readonly property bool unavailable: speech !== null && speech.unavailable
    visible: speech !== null
    text: unavailable ? qsTr("Speech unavailable") : qsTr("Listen")
    iconName: on ? "check" : "speech"
    fill: on ? Ui.accent : Ui.surface
    ink: on ? Ui.accentInk : Ui.ink
    outlined: true
    checkable: true
    selected: on  // `checked` follows it: assistive technology reads the state (BigButton.qml)
    Accessible.name: unavailable ? qsTr("Speech is not available on this kiosk at the moment")
                   : on ? qsTr("Listen: on, press to stop speech") : qsTr("Listen: speech off, press to hear the screen")
    onClicked: if (speech !== null) speech.toggle()
}
