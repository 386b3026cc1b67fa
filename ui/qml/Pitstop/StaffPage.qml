import QtQuick
import Pitstop
import Pitstop.ViewModels

// Staff mode (page "staff"): PIN pad, then the staff home, settings, USB import and export.
// The view-model (ui/vm/staff.py) keeps the PIN being typed; this page only shows dots.
KioskPage {
    id: page
    objectName: "staff"
    readonly property Staff staff: app.vm("staff") as Staff
    title: qsTr("Staff mode")

    Component.onCompleted: staff.open()
    Component.onDestruction: staff.pageClosed()

    Rectangle { anchors.fill: parent; color: Ui.background }

    Loader {
        anchors.fill: parent
        sourceComponent: {
            switch (page.staff.screen) {
            case "home": return homeScreen
            case "settings": return settingsScreen
            case "import": return mediaScreen
            case "export": return mediaScreen
            default: return pinScreen
            }
        }
    }
    Component { id: pinScreen; StaffPinPad { staff: page.staff } }
    Component { id: homeScreen; StaffHome { staff: page.staff } }
    Component { id: settingsScreen; StaffSettings { staff: page.staff } }
    Component { id: mediaScreen; StaffMedia { staff: page.staff } }
}
