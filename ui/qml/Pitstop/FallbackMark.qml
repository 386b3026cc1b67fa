import QtQuick
import Pitstop

// The small "in Italian" pill beside catalogue text shown in another language than the visitor's
// (the catalogue had no text in theirs). It only says so; it cannot translate the text.
Rectangle {
    id: mark
    property alias text: label.text
    implicitWidth: label.implicitWidth + 2 * Math.round(Ui.gap / 2)
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Ui.surfaceAlt
    border.color: Ui.line
    border.width: 2
    KText {
        id: label
        anchors.centerIn: parent
        font.pixelSize: Ui.small
        color: Ui.muted
        wrapMode: Text.NoWrap
    }
}
