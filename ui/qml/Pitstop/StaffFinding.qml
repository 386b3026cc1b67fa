pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pitstop

// One finding of the setup checks: a marked severity (icon and word, never colour alone), what
// is wrong and how to fix it. `finding` is a row of StaffChecksVm.findings/problems.
Rectangle {
    id: box
    required property var finding
    property bool showFix: true
    readonly property string severity: finding.severity
    readonly property color ink: severity === "error" ? "#A1260D"
                               : severity === "warning" ? "#7A5200" : "#1E6B3A"
    objectName: "staff.finding." + finding.key
    implicitHeight: row.implicitHeight + Ui.gap
    radius: Ui.radius
    color: severity === "error" ? "#FDE3DC" : severity === "warning" ? "#FFF1C7" : Ui.surface
    border.color: severity === "ok" ? Ui.line : box.ink
    border.width: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: mark.text + ": " + title.text + (fixText.visible ? " " + fixText.text : "")

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Math.round(Ui.gap / 2)
        spacing: Math.round(Ui.gap / 2)
        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Math.round(Ui.small * 1.3)
            Layout.preferredHeight: Math.round(Ui.small * 1.3)
            name: box.severity === "ok" ? "check" : box.severity === "error" ? "close" : "info"
            color: box.ink
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            KText {
                id: title
                Layout.fillWidth: true
                font.pixelSize: Ui.small
                font.bold: box.severity !== "ok"
                color: Ui.ink
                text: box.finding.title
            }
            KText {
                id: fixText
                Layout.fillWidth: true
                visible: box.showFix && text !== ""
                font.pixelSize: Math.max(20, Math.round(Ui.small * 0.9))  // 20 px floor
                color: Ui.muted
                text: box.finding.fix
            }
        }
        KText {
            id: mark
            Layout.alignment: Qt.AlignTop
            font.pixelSize: Math.max(20, Math.round(Ui.small * 0.9))  // 20 px floor
            font.bold: true
            color: box.ink
            text: box.severity === "error" ? qsTr("Error")
                : box.severity === "warning" ? qsTr("Warning") : qsTr("OK")
        }
    }
}
