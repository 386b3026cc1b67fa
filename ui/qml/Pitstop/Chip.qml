import QtQuick
import QtQuick.Controls.Basic
import Pitstop

// A filter chip: shows the chosen value when `active`, a prompt otherwise.
AbstractButton {
    id: chip
    property string iconName: "generic"
    property bool active: false
    property color accent: Ui.accent
    property color ink: Ui.ink
    implicitHeight: Ui.target
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    leftPadding: Math.round(Ui.gap * 0.8)
    rightPadding: Math.round(Ui.gap * 0.8)
    // A toggle (a filter on or off, an answer chosen): set `checkable: true`; `checked` follows
    // `active` (assistive technology reads it), a press never flips it by itself.
    checked: active
    onToggled: checked = Qt.binding(() => chip.active)
    Accessible.name: text
    // Keys: Tab reaches it (a touch never focuses it), Enter, Return and Space press it.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: chip.click()
    Keys.onEnterPressed: chip.click()

    contentItem: Item {
        id: box
        readonly property real spacing: Math.round(Ui.gap * 0.5)
        implicitWidth: icon.width + spacing + Math.min(label.implicitWidth, Math.round(420 * Ui.scale))
        implicitHeight: Math.max(icon.height, label.implicitHeight)
        Icon {
            id: icon
            name: chip.active ? "check" : chip.iconName
            color: chip.active ? Ui.accentInk : chip.accent
            width: Math.round(Ui.body * 1.3)
            anchors.verticalCenter: parent.verticalCenter
        }
        KText {
            id: label
            x: icon.width + box.spacing
            text: chip.text
            color: chip.active ? Ui.accentInk : chip.ink
            font.bold: chip.active
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
            Accessible.ignored: true  // the chip is named by its text
            width: box.width - x
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    background: Rectangle {
        radius: height / 2
        color: chip.active ? chip.accent : Ui.surface
        border.color: chip.accent
        border.width: 2
        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: "#000000"
            opacity: chip.pressed ? 0.12 : 0
        }
        FocusRing { shown: chip.activeFocus; baseRadius: parent.radius }
    }
}
