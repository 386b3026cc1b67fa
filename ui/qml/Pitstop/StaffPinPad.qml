import QtQuick
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// The staff PIN pad: digits 0-9, delete, OK. Also the first-run / change-PIN screens.
Item {
    id: pad
    required property Staff staff
    readonly property real key: Math.round(Math.max(Ui.target * 1.25, 72))

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Ui.margin, Math.max(pad.key * 3 + Ui.gap * 2, 760 * Ui.scale))
        spacing: Ui.gap

        KText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Ui.h2
            font.bold: true
            text: pad.staff.screen === "newPin" ? qsTr("Choose a new staff PIN")
                : pad.staff.screen === "confirmPin" ? qsTr("Type the new PIN again")
                : qsTr("Staff PIN")
        }
        Row {
            objectName: "staff.pin.display"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Ui.body * 1.4
            spacing: Math.round(Ui.gap / 2)
            Repeater {
                model: Math.max(pad.staff.minPinLength, pad.staff.pinLength)
                Rectangle {
                    required property int index
                    width: Math.round(Ui.body * 0.9)
                    height: width
                    radius: width / 2
                    anchors.verticalCenter: parent.verticalCenter
                    color: index < pad.staff.pinLength ? Ui.ink : "transparent"
                    border.color: Ui.muted
                    border.width: 2
                }
            }
        }
        KText {
            objectName: "staff.message"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            text: pad.staff.padLocked ? pad.staff.lockText : pad.staff.message
            color: pad.staff.messageIsError || pad.staff.padLocked ? "#A1260D" : Ui.muted
            font.pixelSize: Ui.small
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            columnSpacing: Ui.gap
            rowSpacing: Ui.gap
            enabled: !pad.staff.padLocked && !pad.staff.busy
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                BigButton {
                    required property string modelData
                    objectName: "staff.pin." + modelData
                    Layout.preferredWidth: pad.key
                    Layout.preferredHeight: pad.key
                    text: modelData
                    fontSize: Ui.h2
                    outlined: true
                    onClicked: pad.staff.digit(modelData)
                }
            }
            BigButton {
                objectName: "staff.pin.back"
                Layout.preferredWidth: pad.key
                Layout.preferredHeight: pad.key
                text: "⌫"
                Accessible.name: qsTr("Delete")
                fontSize: Ui.h2
                outlined: true
                onClicked: pad.staff.backspace()
            }
            BigButton {
                objectName: "staff.pin.0"
                Layout.preferredWidth: pad.key
                Layout.preferredHeight: pad.key
                text: "0"
                fontSize: Ui.h2
                outlined: true
                onClicked: pad.staff.digit("0")
            }
            BigButton {
                objectName: "staff.pin.ok"
                Layout.preferredWidth: pad.key
                Layout.preferredHeight: pad.key
                text: qsTr("OK")
                fontSize: Ui.h3
                fill: Ui.primary
                ink: Ui.primaryInk
                enabled: pad.staff.pinLength > 0
                onClicked: pad.staff.submitPin()
            }
        }
        BigButton {
            objectName: "staff.lock"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Close")
            iconName: "close"
            outlined: true
            onClicked: pad.staff.lock()
        }
    }
}
