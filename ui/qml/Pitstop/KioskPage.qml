import QtQuick
import Pitstop.ViewModels

// Base of every page pushed on the navigation stack: it receives the kiosk's view-models.
Item {
    required property KioskModel app
    property string title: ""
    readonly property bool portrait: height > width
}
