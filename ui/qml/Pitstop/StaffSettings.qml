pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// Settings edited on the kiosk: one field per setting, validated and saved on "Save", recorded
// in the audit log (secret values are never shown nor logged). Typing uses the on-screen keyboard.
// The settings that decide where parents' requests go are read-only here (unless the office's
// enrolment allows other values): they change with the office's enrolment file.
Item {
    id: screen
    objectName: "staff.settings"
    required property StaffLockVm lock
    required property StaffSettingsVm fields

    BigButton {
        id: back
        objectName: "staff.back"
        x: Ui.margin
        y: Math.round(Ui.gap / 2)
        text: qsTr("Staff home")
        iconName: "back"
        outlined: true
        onClicked: screen.lock.showScreen("home")
    }
    KText {
        anchors.left: back.right
        anchors.leftMargin: Ui.gap
        anchors.right: parent.right
        anchors.rightMargin: Ui.margin
        anchors.verticalCenter: back.verticalCenter
        text: screen.lock.message
        color: screen.lock.messageIsError ? "#A1260D" : Ui.accent
        font.pixelSize: Ui.small
        font.bold: true
        wrapMode: Text.NoWrap
        elide: Text.ElideRight
    }

    Rectangle {
        id: guarded
        objectName: "staff.settings.guarded"
        anchors.top: back.bottom
        anchors.topMargin: Math.round(Ui.gap / 2)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Ui.margin
        anchors.rightMargin: Ui.margin
        implicitHeight: guardedRow.implicitHeight + Ui.gap
        radius: Ui.radius
        color: Ui.surface
        border.color: Ui.line
        border.width: 2
        RowLayout {
            id: guardedRow
            anchors.fill: parent
            anchors.margins: Math.round(Ui.gap / 2)
            spacing: Ui.gap
            KText {
                Layout.fillWidth: true
                text: screen.fields.guardedText
                font.pixelSize: Ui.small
            }
            BigButton {
                objectName: "staff.settings.enrol"
                text: qsTr("Set up from a USB stick")
                iconName: "forward"
                outlined: true
                onClicked: screen.lock.showScreen("enrol")
            }
        }
    }

    ListView {
        id: list
        objectName: "staff.settings.list"
        anchors.top: guarded.bottom
        anchors.topMargin: Math.round(Ui.gap / 2)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Ui.margin
        anchors.rightMargin: Ui.margin
        clip: true
        spacing: Math.round(Ui.gap / 2)
        model: screen.fields.settingFields
        boundsBehavior: Flickable.StopAtBounds
        section.property: "group"
        section.delegate: KText {
            required property string section
            width: list.width
            topPadding: Ui.gap
            text: section
            font.pixelSize: Ui.h3
            font.bold: true
        }
        delegate: RowLayout {
            id: row
            required property var modelData
            width: list.width
            spacing: Ui.gap
            property string error: ""
            KText {
                Layout.preferredWidth: list.width * 0.3
                text: row.modelData.label
                font.pixelSize: Ui.small
                color: Ui.muted
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                TextField {
                    id: field
                    objectName: "staff.setting." + row.modelData.key
                    Accessible.name: row.modelData.label  // named by its visible label
                    // Qt empties a password field's name once accessibility is on: the label again here
                    Accessible.description: (row.modelData.secret ? row.modelData.label + ". " : "")
                        + (row.error !== "" ? row.error : placeholderText)
                    Layout.fillWidth: true
                    Layout.preferredHeight: Ui.target
                    font.pixelSize: Ui.body
                    font.family: Ui.fontFamily
                    text: row.modelData.value
                    readOnly: row.modelData.readOnly
                    placeholderText: row.modelData.secret
                        ? (row.modelData.isSet ? qsTr("(set — type to replace)") : qsTr("(not set)"))
                        : ""
                    echoMode: row.modelData.secret ? TextInput.Password : TextInput.Normal
                    inputMethodHints: (row.modelData.numeric ? Qt.ImhDigitsOnly : Qt.ImhNone)
                        | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        | (row.modelData.secret ? Qt.ImhSensitiveData | Qt.ImhHiddenText : 0)
                    color: row.modelData.readOnly ? Ui.muted : Ui.ink
                    background: Rectangle {
                        radius: 8
                        color: row.modelData.readOnly ? Ui.background : Ui.surface
                        border.color: row.error !== "" ? "#A1260D" : (field.activeFocus ? Ui.accent : Ui.line)
                        border.width: 2
                    }
                    onAccepted: save.clicked()
                    Component.onCompleted: cursorPosition = 0  // show the start of long values
                }
                KText {
                    objectName: "staff.setting." + row.modelData.key + ".guarded"
                    Layout.fillWidth: true
                    visible: row.modelData.guarded
                    text: row.modelData.readOnly ? qsTr("Set by the central office's enrolment file.")
                        : qsTr("The office allows: %1").arg(row.modelData.allowed)
                    color: Ui.muted
                    font.pixelSize: Ui.small
                }
                KText {
                    objectName: "staff.setting." + row.modelData.key + ".error"
                    Layout.fillWidth: true
                    visible: row.error !== ""
                    text: row.error
                    color: "#A1260D"
                    font.pixelSize: Ui.small
                }
            }
            BigButton {
                id: save
                objectName: "staff.setting." + row.modelData.key + ".save"
                text: qsTr("Save")
                iconName: "check"
                outlined: true
                visible: !row.modelData.readOnly
                enabled: row.modelData.secret ? field.text !== "" : field.text !== row.modelData.value
                onClicked: {
                    row.error = screen.fields.setSetting(row.modelData.key, field.text)
                    if (row.error === "")
                        InputMethod.hide()
                }
            }
        }
    }
}
