pragma ComponentBehavior: Bound
import QtQuick
import Pitstop

// A titled block of the detail page: icon, heading, then lines of (catalogue) text.
Column {
    id: section
    property string iconName: "info"
    property string heading: ""
    property var lines: []
    visible: lines.length > 0
    spacing: Math.round(Ui.gap / 3)
    Row {
        spacing: Math.round(Ui.gap / 2)
        Icon { name: section.iconName; color: Ui.primary; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
        KText { text: section.heading; heading: true; font.pixelSize: Ui.h3; font.bold: true; anchors.verticalCenter: parent.verticalCenter; wrapMode: Text.NoWrap }
    }
    Repeater {
        model: section.lines
        KText {
            required property string modelData
            width: section.width
            leftPadding: Ui.icon + Math.round(Ui.gap / 2)
            wrapMode: Text.Wrap  // web addresses break anywhere rather than overflow
            text: modelData
        }
    }
}
