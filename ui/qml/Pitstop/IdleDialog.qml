import QtQuick
import Pitstop
import Pitstop.ViewModels

// "Are you still there?" with the countdown before the session is wiped.
Item {
    id: dialog
    objectName: "idle.dialog"
    required property Session session
    visible: session.idleWarning

    Rectangle {
        anchors.fill: parent
        color: "#99000000"
        MouseArea { anchors.fill: parent; onClicked: dialog.session.stay() }
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Ui.margin, 900 * Ui.scale)
        height: column.implicitHeight + 2 * Ui.margin
        radius: Ui.radius
        color: Ui.surface
        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Ui.margin
            spacing: Ui.gap
            Icon { name: "clock"; color: Ui.primary; width: Ui.hero; anchors.horizontalCenter: parent.horizontalCenter }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.pixelSize: Ui.h1
                font.bold: true
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("For your privacy the screen will be cleared in %n second(s).", "", dialog.session.countdown)
            }
            BigButton {
                objectName: "idle.stay"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("I'm still here")
                iconName: "touch"
                fill: Ui.primary
                ink: Ui.primaryInk
                onClicked: dialog.session.stay()
            }
        }
    }
}
