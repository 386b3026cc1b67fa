pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// "Set up from a USB stick" (screen "enrol"): the office's enrolment files found on the sticks,
// what the chosen one will do (kiosk id, name, where requests go, the office key's fingerprint to
// read to the office), and "Apply". An in-app list: never a system file dialog.
Item {
    id: screen
    objectName: "staff.enrolScreen"
    required property StaffLockVm lock
    required property StaffEnrolVm enrol

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Ui.margin
        spacing: Ui.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Ui.gap
            BigButton {
                objectName: "staff.back"
                text: qsTr("Staff home")
                iconName: "back"
                outlined: true
                enabled: !screen.enrol.busy
                onClicked: screen.lock.showScreen("home")
            }
            BigButton {
                objectName: "staff.enrol.rescan"
                visible: !screen.enrol.hasPreview
                text: qsTr("Look again")
                iconName: "search"
                outlined: true
                enabled: !screen.enrol.busy
                onClicked: screen.enrol.scan()
            }
            BigButton {
                objectName: "staff.enrol.back"
                visible: screen.enrol.hasPreview && !screen.enrol.done
                text: qsTr("Other files")
                iconName: "back"
                outlined: true
                enabled: !screen.enrol.busy
                onClicked: screen.enrol.back()
            }
        }
        KText {
            Layout.fillWidth: true
            font.pixelSize: Ui.h3
            font.bold: true
            text: qsTr("Set up from a USB stick")
        }
        KText {
            Layout.fillWidth: true
            visible: !screen.enrol.hasPreview
            font.pixelSize: Ui.small
            color: Ui.muted
            text: qsTr("The central office's enrolment file gives this kiosk its name, where it sends parents' requests and the office's key.")
        }
        KText {
            objectName: "staff.message"
            Layout.fillWidth: true
            visible: text !== ""
            text: screen.lock.message
            color: screen.lock.messageIsError ? "#A1260D" : Ui.accent
            font.pixelSize: Ui.small
            font.bold: true
        }

        // the files on the sticks
        ListView {
            id: files
            objectName: "staff.enrol.files"
            visible: !screen.enrol.hasPreview
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Math.round(Ui.gap / 2)
            boundsBehavior: Flickable.StopAtBounds
            model: screen.enrol.enrolFiles
            delegate: BigButton {
                required property var modelData
                required property int index
                objectName: "staff.enrol.file." + index
                width: files.width
                text: modelData.label + "  ·  " + modelData.detail
                iconName: "forward"
                outlined: true
                bold: false
                enabled: !screen.enrol.busy
                onClicked: screen.enrol.choose(modelData.path)
            }
        }

        // what the chosen file will do
        Flickable {
            id: preview
            objectName: "staff.enrol.preview"
            visible: screen.enrol.hasPreview
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: rows.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: rows
                width: preview.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: screen.enrol.previewRows
                    RowLayout {
                        id: row
                        required property var modelData
                        objectName: "staff.enrol.row." + modelData.key
                        Layout.fillWidth: true
                        spacing: Ui.gap
                        KText {
                            Layout.preferredWidth: rows.width * 0.32
                            text: row.modelData.label
                            color: Ui.muted
                            font.pixelSize: Ui.small
                        }
                        KText {
                            Layout.fillWidth: true
                            text: row.modelData.value
                            font.pixelSize: row.modelData.key === "fingerprint" ? Ui.body : Ui.small
                            font.bold: row.modelData.key === "fingerprint" || row.modelData.key === "kioskId"
                        }
                    }
                }
                BigButton {
                    objectName: "staff.enrol.apply"
                    visible: !screen.enrol.done
                    Layout.topMargin: Ui.gap
                    text: screen.enrol.busy ? qsTr("Applying…") : qsTr("Apply the enrolment")
                    iconName: "check"
                    fill: Ui.primary
                    ink: Ui.primaryInk
                    enabled: !screen.enrol.busy
                    onClicked: screen.enrol.apply()
                }
            }
        }
    }
}
