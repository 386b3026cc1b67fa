import QtQuick
import Pitstop

// The keyboard focus ring of a control (put it inside the control's background): a dark ring
// (Ui.focusRing, the theme's ink) around a white one, so that one of the two contrasts at least
// 3:1 with whatever is next to it (page, coloured panel, the control's own fill). Shown only while
// the visitor uses keys (Ui.keyFocus): a touch never leaves a ring behind.
Rectangle {
    id: ring
    property bool shown: false
    property real outset: Math.max(4, Math.round(6 * Ui.scale))  // 0: drawn inside the edges
    property real baseRadius: Ui.radius
    readonly property real thickness: Math.max(3, Math.round(4 * Ui.scale))
    anchors.fill: parent
    anchors.margins: -outset
    radius: baseRadius + outset
    color: "transparent"
    border.color: Ui.focusRing
    border.width: thickness
    visible: shown && Ui.keyFocus
    Accessible.ignored: true
    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.thickness
        radius: Math.max(0, ring.radius - ring.thickness)
        color: "transparent"
        border.color: "#FFFFFF"
        border.width: Math.max(2, Math.round(ring.thickness / 2))
    }
}
