pragma ComponentBehavior: Bound
import QtQuick
import Pitstop
import Pitstop.ViewModels

// Staff mode (page "staff"): PIN pad, then the staff home, settings, USB import and export.
// One view-model per screen (ui/vm/staff/); the lock keeps the PIN being typed (this page only
// shows dots), which screen is shown and the message line.
KioskPage {
    id: page
    objectName: "staff"
    readonly property StaffLockVm lock: app.vm("staff") as StaffLockVm
    readonly property StaffStatusVm status: app.vm("staff.status") as StaffStatusVm
    readonly property StaffMediaVm usb: app.vm("staff.media") as StaffMediaVm
    readonly property StaffSettingsVm fields: app.vm("staff.settings") as StaffSettingsVm
    readonly property StaffChecksVm checks: app.vm("staff.checks") as StaffChecksVm
    readonly property StaffEnrolVm enrol: app.vm("staff.enrol") as StaffEnrolVm
    title: qsTr("Staff mode")

    Component.onCompleted: lock.open()
    Component.onDestruction: lock.pageClosed()

    Rectangle { anchors.fill: parent; color: Ui.background }

    Loader {
        anchors.fill: parent
        sourceComponent: {
            switch (page.lock.screen) {
            case "home": return homeScreen
            case "settings": return settingsScreen
            case "import": return mediaScreen
            case "export": return mediaScreen
            case "checks": return checksScreen
            case "enrol": return enrolScreen
            default: return pinScreen
            }
        }
    }
    Component { id: pinScreen; StaffPinPad { lock: page.lock } }
    Component { id: homeScreen; StaffHome { lock: page.lock; status: page.status; checks: page.checks } }
    Component { id: settingsScreen; StaffSettings { lock: page.lock; fields: page.fields } }
    Component { id: mediaScreen; StaffMedia { lock: page.lock; usb: page.usb } }
    Component { id: checksScreen; StaffChecks { lock: page.lock; checks: page.checks } }
    Component { id: enrolScreen; StaffEnrol { lock: page.lock; enrol: page.enrol } }
}
