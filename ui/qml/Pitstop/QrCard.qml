import QtQuick
import Pitstop

// One QR code with what it does written beside it.
Rectangle {
    id: card
    property string source: ""
    property string caption: ""
    property string hint: ""
    property string iconName: "qr"
    readonly property real codeSize: Math.max(120, Math.min(width - 2 * Ui.gap, Math.round(280 * Ui.scale)))
    implicitWidth: Math.round(300 * Ui.scale)
    implicitHeight: codeSize + texts.implicitHeight + 3 * Ui.gap
    radius: Ui.radius
    color: Ui.surface
    border.color: Ui.line
    border.width: 2

    Image {
        id: code
        objectName: card.objectName + ".image"
        anchors.horizontalCenter: parent.horizontalCenter
        y: Ui.gap
        width: card.codeSize
        height: card.codeSize
        source: card.source
        sourceSize.width: width
        sourceSize.height: height
        smooth: false
        cache: false
        Accessible.role: Accessible.Graphic  // a code to scan, named by what it does
        Accessible.name: card.caption
    }
    Column {
        id: texts
        x: Math.round(Ui.gap / 2)
        y: code.y + code.height + Ui.gap
        width: card.width - Ui.gap
        spacing: Math.round(Ui.gap / 4)
        Icon { name: card.iconName; color: Ui.primary; width: Ui.icon; anchors.horizontalCenter: parent.horizontalCenter }
        KText { width: parent.width; horizontalAlignment: Text.AlignHCenter; text: card.caption; font.bold: true }
        KText { width: parent.width; horizontalAlignment: Text.AlignHCenter; text: card.hint; font.pixelSize: Ui.small; color: Ui.muted; visible: text !== "" }
    }
}
