pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// The staff PIN pad: digits 0-9, delete, OK (up to the longest PIN the core accepts). Also the
// change-PIN screens, the office's one-time setup code and, on a kiosk without a PIN, how to set
// staff mode up (no pad then: nobody at the screen can choose the first PIN).
Item {
    id: pad
    required property StaffLockVm lock
    readonly property bool notSetUp: pad.lock.screen === "notSetUp"
    readonly property real key: Math.round(Math.max(Ui.target * 1.25, 72))

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Ui.margin, Math.max(pad.key * 3 + Ui.gap * 2, 760 * Ui.scale))
        spacing: Ui.gap

        KText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Ui.h2
            font.bold: true
            text: pad.lock.screen === "newPin" ? qsTr("Choose a new staff PIN")
                : pad.lock.screen === "confirmPin" ? qsTr("Type the new PIN again")
                : pad.lock.screen === "setupCode" ? qsTr("Office setup code")
                : pad.notSetUp ? qsTr("Staff mode is not set up")
                : qsTr("Staff PIN")
        }
        Row {
            id: dots
            objectName: "staff.pin.display"
            // one dot per digit typed (at least the shortest PIN's); they shrink to fit a long PIN
            readonly property int count: Math.max(pad.lock.screen === "setupCode" ? pad.lock.minSetupCodeLength
                                                                                : pad.lock.minPinLength,
                                                  pad.lock.pinLength)
            readonly property real dot: Math.round(Math.min(Ui.body * 0.9, column.width / (1.5 * count)))
            visible: !pad.notSetUp
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Ui.body * 1.4
            spacing: Math.round(Math.min(Ui.gap / 2, dot / 2))
            Repeater {
                model: dots.count
                Rectangle {
                    required property int index
                    width: dots.dot
                    height: width
                    radius: width / 2
                    anchors.verticalCenter: parent.verticalCenter
                    color: index < pad.lock.pinLength ? Ui.ink : "transparent"
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
            text: pad.lock.padLocked ? pad.lock.lockText : pad.lock.message
            color: pad.lock.messageIsError || pad.lock.padLocked ? "#A1260D" : (pad.notSetUp ? Ui.ink : Ui.muted)
            font.pixelSize: pad.notSetUp ? Ui.body : Ui.small
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            LayoutMirroring.enabled: false  // digits keep the phone order 1-2-3 in every language
            visible: !pad.notSetUp
            columns: 3
            columnSpacing: Ui.gap
            rowSpacing: Ui.gap
            enabled: !pad.lock.padLocked  // OK while a check runs waits for it
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
                    onClicked: pad.lock.digit(modelData)
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
                onClicked: pad.lock.backspace()
            }
            BigButton {
                objectName: "staff.pin.0"
                Layout.preferredWidth: pad.key
                Layout.preferredHeight: pad.key
                text: "0"
                fontSize: Ui.h2
                outlined: true
                onClicked: pad.lock.digit("0")
            }
            BigButton {
                objectName: "staff.pin.ok"
                Layout.preferredWidth: pad.key
                Layout.preferredHeight: pad.key
                text: qsTr("OK")
                fontSize: Ui.h3
                fill: Ui.primary
                ink: Ui.primaryInk
                enabled: pad.lock.pinLength > 0
                onClicked: pad.lock.submitPin()
            }
        }
        BigButton {
            objectName: "staff.lock"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Close")
            iconName: "close"
            outlined: true
            onClicked: pad.lock.lock()
        }
    }
}
