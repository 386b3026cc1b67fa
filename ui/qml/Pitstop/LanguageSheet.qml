pragma ComponentBehavior: Bound
import QtQuick
import Pitstop
import Pitstop.ViewModels

// The languages on offer, each named in itself, over the whole window (opened from the top bar's
// language button). The chosen one carries a check mark, not only a colour. Four columns in
// landscape, two in portrait; every button at least a touch target tall.
Item {
    id: sheet
    objectName: "lang.sheet"
    required property KioskModel app
    visible: false
    readonly property bool keyScope: visible  // keys stay inside while open, Escape closes (ui/keys.py)

    function open() {
        InputMethod.hide()
        visible = true
    }
    function close() { visible = false }

    // Built only while open: a closed sheet holds no buttons.
    Loader {
        anchors.fill: parent
        active: sheet.visible
        sourceComponent: Item {
            id: box
            readonly property bool portrait: height > width
            Rectangle {
                anchors.fill: parent
                color: "#99000000"
                MouseArea { anchors.fill: parent; onClicked: sheet.close() }
            }
            Rectangle {
                id: panel
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Ui.margin, Math.round(1400 * Ui.scale))
                height: Math.min(parent.height - 2 * Ui.margin,
                                 heading.height + grid.implicitHeight + 3 * Ui.gap + Ui.margin)
                radius: Ui.radius
                color: Ui.background
                MouseArea { anchors.fill: parent }  // taps inside the sheet do not close it

                Row {
                    id: heading
                    anchors.left: parent.left
                    anchors.leftMargin: Ui.margin
                    anchors.right: close.left
                    anchors.rightMargin: Ui.gap
                    y: Ui.gap
                    height: Ui.target
                    spacing: Math.round(Ui.gap / 2)
                    Icon { name: "language"; color: Ui.ink; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
                    KText {
                        width: parent.width - Ui.icon - parent.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Language")
                        font.pixelSize: Ui.h2
                        font.bold: true
                        wrapMode: Text.NoWrap
                        elide: Text.ElideRight
                    }
                }
                BigButton {
                    id: close
                    objectName: "lang.close"
                    anchors.right: parent.right
                    anchors.rightMargin: Ui.gap
                    y: Ui.gap
                    text: qsTr("Close")
                    iconName: "close"
                    outlined: true
                    onClicked: sheet.close()
                }
                Flickable {
                    anchors.top: heading.bottom
                    anchors.topMargin: Ui.gap
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.leftMargin: Ui.margin
                    anchors.rightMargin: Ui.margin
                    anchors.bottomMargin: Ui.margin
                    contentHeight: grid.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    Grid {
                        id: grid
                        width: parent.width
                        columns: box.portrait ? 2 : 4
                        spacing: Ui.gap
                        readonly property real cell: Math.floor((width - (columns - 1) * spacing) / columns)
                        Repeater {
                            model: sheet.app.session.languages
                            BigButton {
                                required property string modelData
                                readonly property bool chosen: sheet.app.session.language === modelData
                                objectName: "lang." + modelData
                                width: grid.cell
                                implicitHeight: Math.max(64, Ui.target)
                                text: sheet.app.session.languageName(modelData)
                                iconName: chosen ? "check" : ""
                                fill: chosen ? Ui.accent : Ui.surface
                                ink: chosen ? Ui.accentInk : Ui.ink
                                outlined: true
                                checkable: true
                                selected: chosen  // `checked` follows it: assistive technology reads the state (BigButton.qml)
                                onClicked: {
                                    sheet.close()
                                    sheet.app.session.setLanguage(modelData)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
