pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// Staff home: how the kiosk is doing (never any request's content: only their count) and the
// staff actions.
Flickable {
    id: home
    objectName: "staff.home"
    required property StaffLockVm lock
    required property StaffStatusVm status
    required property StaffChecksVm checks
    readonly property bool wide: width > height
    contentHeight: body.implicitHeight + 2 * Ui.margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    GridLayout {
        id: body
        x: Ui.margin
        y: Ui.margin
        width: home.width - 2 * Ui.margin
        columns: home.wide ? 2 : 1
        columnSpacing: Ui.margin
        rowSpacing: Ui.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: home.wide ? body.width * 0.4 : body.width
            spacing: Math.round(Ui.gap / 2)

            // -- CHECKS: the current errors and warnings of the setup checks (StaffChecksVm);
            // the "Checks" button opens them all with their fixes.
            ColumnLayout {
                objectName: "staff.problems"
                visible: home.checks.problems.length > 0
                Layout.fillWidth: true
                spacing: Math.round(Ui.gap / 3)
                Repeater {
                    model: home.checks.problems.slice(0, 4)
                    StaffFinding {
                        required property var modelData
                        Layout.fillWidth: true
                        finding: modelData
                        showFix: false
                    }
                }
                KText {
                    Layout.fillWidth: true
                    visible: home.checks.problems.length > 4
                    font.pixelSize: Ui.small
                    color: Ui.muted
                    text: qsTr("%1 more: open Checks.").arg(home.checks.problems.length - 4)
                }
            }
            // -- end CHECKS

            Rectangle {
                objectName: "staff.demoWarning"
                visible: home.status.demoMode
                Layout.fillWidth: true
                implicitHeight: demoText.implicitHeight + Ui.gap
                radius: Ui.radius
                color: "#FFF1C7"
                border.color: "#B07A00"
                border.width: 2
                KText {
                    id: demoText
                    anchors.fill: parent
                    anchors.margins: Math.round(Ui.gap / 2)
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Ui.small
                    font.bold: true
                    color: "#5C3D00"
                    text: qsTr("Demo mode: requests are sealed with a demo key and cannot reach the office. Set the kiosk up with the office's enrolment file: Set up from a USB stick.")
                }
            }
            Rectangle {
                objectName: "staff.conflictWarning"
                visible: home.status.conflictText !== ""
                Layout.fillWidth: true
                implicitHeight: conflictText.implicitHeight + Ui.gap
                radius: Ui.radius
                color: "#FDE3DC"
                border.color: "#A1260D"
                border.width: 2
                KText {
                    id: conflictText
                    anchors.fill: parent
                    anchors.margins: Math.round(Ui.gap / 2)
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Ui.small
                    font.bold: true
                    color: "#5C1A08"
                    text: home.status.conflictText
                }
            }
            Repeater {
                model: home.status.facts
                RowLayout {
                    id: fact
                    required property var modelData
                    objectName: "staff.fact." + modelData.key
                    Layout.fillWidth: true
                    spacing: Ui.gap
                    KText {
                        Layout.preferredWidth: body.width * (home.wide ? 0.22 : 0.4)
                        text: fact.modelData.label
                        color: Ui.muted
                        font.pixelSize: Ui.small
                    }
                    KText {
                        Layout.fillWidth: true
                        text: fact.modelData.value
                        font.pixelSize: Ui.small
                        font.bold: fact.modelData.warn
                        color: fact.modelData.warn ? "#A1260D" : Ui.ink
                    }
                }
            }
            KText {
                objectName: "staff.message"
                Layout.fillWidth: true
                visible: text !== ""
                text: home.lock.message
                color: home.lock.messageIsError ? "#A1260D" : Ui.accent
                font.pixelSize: Ui.small
                font.bold: true
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            // Two columns in both orientations: eleven actions in one column leave "Lock" below the
            // fold of a landscape screen.
            columns: 2
            rowSpacing: Math.round(Ui.gap / 3)
            columnSpacing: Math.round(Ui.gap / 2)

            BigButton {
                objectName: "staff.action.sync"
                Layout.fillWidth: true
                text: qsTr("Sync now")
                iconName: "updated"
                fill: Ui.primary
                ink: Ui.primaryInk
                enabled: home.status.canSync && !home.status.busy
                onClicked: home.status.syncNow()
            }
            BigButton {
                objectName: "staff.action.test"
                Layout.fillWidth: true
                text: qsTr("Test the connection")
                iconName: "link"
                outlined: true
                enabled: home.status.canTest && !home.status.busy
                onClicked: home.status.testConnection()
            }
            KText {
                Layout.fillWidth: true
                Layout.columnSpan: 2
                visible: !home.status.canSync
                text: home.status.syncUnavailableReason
                font.pixelSize: Ui.small
                color: Ui.muted
            }
            BigButton {
                objectName: "staff.action.import"
                Layout.fillWidth: true
                text: qsTr("Import catalogue from USB")
                iconName: "forward"
                outlined: true
                onClicked: home.lock.showScreen("import")
            }
            BigButton {
                objectName: "staff.action.export"
                Layout.fillWidth: true
                text: qsTr("Export waiting requests")
                iconName: "contact"
                outlined: true
                onClicked: home.lock.showScreen("export")
            }
            BigButton {
                objectName: "staff.checks"
                Layout.fillWidth: true
                text: home.checks.errorCount > 0
                      ? qsTr("Checks (%1 to fix)").arg(home.checks.errorCount) : qsTr("Checks")
                iconName: "check"
                outlined: home.checks.errorCount === 0
                fill: home.checks.errorCount > 0 ? "#A1260D" : Ui.surface
                ink: home.checks.errorCount > 0 ? "#FFFFFF" : Ui.ink
                onClicked: home.lock.showScreen("checks")
            }
            BigButton {
                objectName: "staff.enrol"  // the office's enrolment file (StaffEnrol.qml)
                Layout.fillWidth: true
                text: qsTr("Set up from a USB stick")
                iconName: "forward"
                outlined: true
                onClicked: home.lock.showScreen("enrol")
            }
            BigButton {
                objectName: "staff.action.settings"
                Layout.fillWidth: true
                text: qsTr("Settings")
                iconName: "info"
                outlined: true
                onClicked: home.lock.showScreen("settings")
            }
            BigButton {
                objectName: "staff.action.pin"
                Layout.fillWidth: true
                text: qsTr("Change PIN")
                iconName: "check"
                outlined: true
                onClicked: home.lock.changePin()
            }
            BigButton {
                objectName: "staff.action.restart"
                Layout.fillWidth: true
                text: qsTr("Restart the app")
                iconName: "updated"
                outlined: true
                onClicked: home.lock.restartApp()
            }
            BigButton {
                objectName: "staff.action.leave"
                Layout.fillWidth: true
                text: qsTr("Leave kiosk mode")
                iconName: "close"
                outlined: true
                onClicked: home.lock.leaveKiosk()
            }
            BigButton {
                objectName: "staff.lock"
                Layout.fillWidth: true
                Layout.columnSpan: 2
                text: qsTr("Lock and close staff mode")
                iconName: "home"
                fill: Ui.accent
                ink: Ui.accentInk
                onClicked: home.lock.lock()
            }
        }
    }
}
