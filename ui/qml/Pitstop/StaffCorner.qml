import QtQuick
import Pitstop

// The discreet way into staff mode: hold the corner for three seconds.
MouseArea {
    id: corner
    objectName: "staff.entry"
    property real holdSeconds: 3
    signal held()
    width: Ui.target
    height: Ui.target
    Accessible.ignored: true
    Timer {
        id: hold
        interval: corner.holdSeconds * 1000
        onTriggered: corner.held()
    }
    onPressed: hold.restart()
    onReleased: hold.stop()
    onCanceled: hold.stop()
}
