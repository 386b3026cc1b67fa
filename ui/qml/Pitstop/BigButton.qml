import QtQuick
import QtQuick.Controls.Basic
import Pitstop

// A large touch target: icon beside words. `primary` for the one main action of a screen.
AbstractButton {
    id: control
    property string iconName: ""
    property color fill: Ui.surface
    property color ink: Ui.ink
    property bool outlined: false
    property color border: Ui.line
    property real fontSize: Ui.body
    property bool bold: true
    implicitHeight: Ui.target
    implicitWidth: iconOnly ? Ui.target : implicitContentWidth + leftPadding + rightPadding
    leftPadding: iconOnly ? 0 : Ui.gap
    rightPadding: iconOnly ? 0 : Ui.gap
    // A choice among several (a language, a town): set `checkable: true` and bind `selected`;
    // `checked` follows it (assistive technology reads it), a press never flips it by itself.
    property bool selected: false
    checked: selected
    onToggled: checked = Qt.binding(() => control.selected)
    Accessible.name: text
    // Keys: Tab reaches it (a touch never focuses it), Enter, Return and Space press it.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: control.click()
    Keys.onEnterPressed: control.click()
    // `display: AbstractButton.IconOnly` (a short bar): the icon alone, one target wide, still
    // named by `text`; `wideWidth` is what it needs with its words (to choose before squeezing).
    readonly property bool iconOnly: display === AbstractButton.IconOnly && iconName !== ""
    readonly property real wideWidth: box.iconSpace + label.implicitWidth + 2 * Ui.gap

    contentItem: Item {
        id: box
        readonly property real spacing: Math.round(Ui.gap * 0.6)
        readonly property real iconSpace: icon.visible ? icon.width + spacing : 0
        readonly property real used: control.iconOnly ? icon.width : iconSpace + label.width
        // where the icon-and-words group starts: centred; mirrored (Arabic) the icon goes right
        readonly property real start: Math.max(0, (box.width - box.used) / 2)
        implicitWidth: control.iconOnly ? icon.width : iconSpace + label.implicitWidth
        implicitHeight: Math.max(icon.height, label.implicitHeight)
        Icon {
            id: icon
            visible: control.iconName !== ""
            name: control.iconName || "generic"
            color: control.ink
            width: Math.round(control.fontSize * 1.4)
            x: control.mirrored ? box.width - box.start - width : box.start
            anchors.verticalCenter: parent.verticalCenter
        }
        KText {
            id: label
            visible: !control.iconOnly
            text: control.text
            color: control.ink
            font.pixelSize: control.fontSize
            font.bold: control.bold
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
            Accessible.ignored: true  // the button is named by its text
            width: Math.min(implicitWidth, box.width - box.iconSpace)
            x: control.mirrored ? box.width - box.start - box.iconSpace - width : box.start + box.iconSpace
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    background: Rectangle {
        radius: Ui.radius
        color: control.fill
        border.color: control.border
        border.width: control.outlined ? 2 : 0
        opacity: control.enabled ? 1 : 0.5
        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: "#000000"
            opacity: control.pressed ? 0.12 : 0
        }
        FocusRing { shown: control.activeFocus; baseRadius: parent.radius }
    }
}
