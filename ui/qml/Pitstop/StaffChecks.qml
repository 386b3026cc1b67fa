pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// The setup checks (screen "checks"): every finding of `pitstop doctor` that makes sense inside
// the app, errors first, each with its fix; "Check again" runs them again.
Item {
    id: screen
    objectName: "staff.checksPanel"
    required property StaffLockVm lock
    required property StaffChecksVm checks

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
                onClicked: screen.lock.showScreen("home")
            }
            BigButton {
                objectName: "staff.checks.again"
                text: qsTr("Check again")
                iconName: "updated"
                outlined: true
                enabled: !screen.checks.busy
                onClicked: screen.checks.refresh()
            }
        }
        KText {
            Layout.fillWidth: true
            font.pixelSize: Ui.h3
            font.bold: true
            text: qsTr("Checks")
        }
        KText {
            objectName: "staff.checks.summary"
            Layout.fillWidth: true
            font.pixelSize: Ui.small
            color: Ui.muted
            text: screen.checks.busy ? qsTr("Checking…") : screen.checks.summary
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
        ListView {
            id: list
            objectName: "staff.checks.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Math.round(Ui.gap / 3)
            boundsBehavior: Flickable.StopAtBounds
            model: screen.checks.findings
            delegate: StaffFinding {
                required property var modelData
                width: list.width
                finding: modelData
            }
        }
    }
}
