pragma ComponentBehavior: Bound
import QtQuick
import Pitstop

// A full-page chooser of big buttons (towns, ages, periods), opened from a filter chip.
Item {
    id: sheet
    objectName: "choice.sheet"
    property string title: ""
    property string anyLabel: ""
    property var model: null
    property var currentId: ""
    property string labelRole: "label"
    property string detailRole: ""
    signal chosen(var choiceId)
    visible: false
    // Keys stay in the open sheet (ui/keys.py): Tab and the arrows move between its buttons, Back
    // (Escape) closes it; opened from keys, it takes the focus (the choice made) and gives it back.
    readonly property bool keyScope: visible
    property Item returnFocus: null

    function open() {
        InputMethod.hide()  // the sheet needs the whole page, not the keyboard of the search field
        returnFocus = sheet.Window.activeFocusItem
        visible = true
        if (Ui.keyFocus)
            Qt.callLater(focusChoice)
    }
    function close() {
        visible = false
        if (returnFocus !== null && returnFocus.visible)
            returnFocus.forceActiveFocus()
        returnFocus = null
    }
    function focusChoice() {
        for (let it = sheet.Window.activeFocusItem; it; it = it.parent)
            if (it === sheet) return  // already inside
        const box = loader.item as SheetBox
        const chosen = box ? box.chosenButton() : null
        if (chosen) chosen.forceActiveFocus(Qt.TabFocusReason)
    }

    // Built only while open: a closed sheet holds no buttons (a results page is made per visit).
    component SheetBox: Item {
        required property Item anyChoice
        required property Item choices
        Accessible.role: Accessible.Dialog
        Accessible.name: sheet.title
        function chosenButton(): Item {
            for (let i = 0; i < choices.children.length; ++i) {
                const child = choices.children[i] as BigButton
                if (child && child.selected) return child
            }
            return anyChoice
        }
    }

    Loader {
        id: loader
        anchors.fill: parent
        active: sheet.visible
        sourceComponent: SheetBox {
            anyChoice: anyButton
            choices: flow
            Rectangle {
                anchors.fill: parent
                color: "#99000000"
                MouseArea { anchors.fill: parent; onClicked: sheet.close() }
            }
            Rectangle {
                anchors.fill: parent
                anchors.margins: Ui.margin
                radius: Ui.radius
                color: Ui.background
                MouseArea { anchors.fill: parent }  // taps inside the sheet do not close it

                KText {
                    id: heading
                    anchors.left: parent.left  // anchors mirror right-to-left, x would not
                    anchors.leftMargin: Ui.margin
                    y: Ui.gap
                    width: parent.width - 2 * Ui.margin - close.width
                    text: sheet.title
                    heading: true
                    font.pixelSize: Ui.h2
                    font.bold: true
                    height: Ui.target
                    verticalAlignment: Text.AlignVCenter
                }
                BigButton {
                    id: close
                    objectName: "choice.close"
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
                    anchors.margins: Ui.margin
                    contentHeight: flow.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    Flow {
                        id: flow
                        width: parent.width
                        spacing: Ui.gap
                        BigButton {
                            id: anyButton
                            objectName: "choice.any"
                            text: sheet.anyLabel
                            readonly property bool chosen: sheet.currentId === "" || sheet.currentId === -1
                            iconName: chosen ? "check" : ""  // selection shown by a mark, not colour alone
                            checkable: true  // assistive technology reads chosen or not
                            selected: chosen
                            fill: sheet.currentId === "" || sheet.currentId === -1 ? Ui.accent : Ui.surface
                            ink: sheet.currentId === "" || sheet.currentId === -1 ? Ui.accentInk : Ui.ink
                            outlined: true
                            onClicked: { sheet.chosen(""); sheet.close() }
                        }
                        Repeater {
                            model: sheet.model
                            BigButton {
                                required property var model
                                objectName: "choice." + model.key
                                text: model[sheet.labelRole] + (sheet.detailRole !== "" ? " · " + model[sheet.detailRole] : "")
                                readonly property bool chosen: sheet.currentId === model.key
                                iconName: chosen ? "check" : ""  // selection shown by a mark, not colour alone
                                checkable: true  // assistive technology reads chosen or not
                                selected: chosen
                                fill: sheet.currentId === model.key ? Ui.accent : (model.isArea === true ? Ui.surfaceAlt : Ui.surface)
                                ink: sheet.currentId === model.key ? Ui.accentInk : Ui.ink
                                outlined: true
                                bold: model.isArea === true
                                onClicked: { sheet.chosen(model.key); sheet.close() }
                            }
                        }
                    }
                }
            }
        }
    }
}
