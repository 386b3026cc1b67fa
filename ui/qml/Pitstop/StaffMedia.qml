pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// USB sticks: import a catalogue file (screen "import") or copy the waiting sealed requests to a
// stick (screen "export"). An in-app list: never a system file dialog.
Item {
    id: screen
    objectName: "staff.media"
    required property StaffLockVm lock
    required property StaffMediaVm usb
    readonly property bool importing: lock.screen === "import"

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
                objectName: "staff.media.rescan"
                text: qsTr("Look again")
                iconName: "search"
                outlined: true
                enabled: !screen.usb.busy
                onClicked: screen.importing ? screen.usb.scanFiles() : screen.usb.scanTargets()
            }
        }
        KText {
            Layout.fillWidth: true
            font.pixelSize: Ui.h3
            font.bold: true
            text: screen.importing ? qsTr("Import a catalogue from a USB stick")
                : qsTr("Copy the waiting requests to a USB stick")
        }
        KText {
            Layout.fillWidth: true
            visible: !screen.importing
            font.pixelSize: Ui.small
            color: Ui.muted
            text: qsTr("Requests waiting: %1. They are copied sealed: only the central office can open them.")
                .arg(screen.usb.requestsWaiting < 0 ? "?" : screen.usb.requestsWaiting)
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
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Math.round(Ui.gap / 2)
            boundsBehavior: Flickable.StopAtBounds
            model: screen.importing ? screen.usb.mediaFiles : screen.usb.exportTargets
            delegate: BigButton {
                required property var modelData
                required property int index
                objectName: (screen.importing ? "staff.import.file." : "staff.export.target.") + index
                width: list.width
                text: screen.importing ? modelData.label + "  ·  " + modelData.detail : modelData.label
                iconName: screen.importing ? "forward" : "contact"
                outlined: true
                bold: false
                enabled: !screen.usb.busy
                onClicked: screen.importing ? screen.usb.importFile(modelData.path)
                                            : screen.usb.exportTo(modelData.path)
            }
        }
    }
}
