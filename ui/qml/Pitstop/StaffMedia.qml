import QtQuick
import QtQuick.Layouts
import Pitstop
import Pitstop.ViewModels

// USB sticks: import a catalogue file (screen "import") or copy the waiting sealed requests to a
// stick (screen "export"). An in-app list: never a system file dialog.
Item {
    id: screen
    objectName: "staff.media"
    required property Staff staff
    readonly property bool importing: staff.screen === "import"

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
                onClicked: screen.staff.showHome()
            }
            BigButton {
                objectName: "staff.media.rescan"
                text: qsTr("Look again")
                iconName: "search"
                outlined: true
                enabled: !screen.staff.busy
                onClicked: screen.importing ? screen.staff.showImport() : screen.staff.showExport()
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
                .arg(screen.staff.requestsWaiting < 0 ? "?" : screen.staff.requestsWaiting)
        }
        KText {
            objectName: "staff.message"
            Layout.fillWidth: true
            visible: text !== ""
            text: screen.staff.message
            color: screen.staff.messageIsError ? "#A1260D" : Ui.accent
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
            model: screen.importing ? screen.staff.mediaFiles : screen.staff.exportTargets
            delegate: BigButton {
                required property var modelData
                required property int index
                objectName: (screen.importing ? "staff.import.file." : "staff.export.target.") + index
                width: list.width
                text: screen.importing ? modelData.label + "  ·  " + modelData.detail : modelData.label
                iconName: screen.importing ? "forward" : "contact"
                outlined: true
                bold: false
                enabled: !screen.staff.busy
                onClicked: screen.importing ? screen.staff.importFile(modelData.path)
                                            : screen.staff.exportTo(modelData.path)
            }
        }
    }
}
