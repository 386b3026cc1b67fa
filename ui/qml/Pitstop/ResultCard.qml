import QtQuick
import QtQuick.Controls.Basic
import Pitstop

// One offering in the results: name, organization, town, ages, dates, cost.
AbstractButton {
    id: card
    required property string key
    required property string name
    // "" when the name is in the visitor's language, else "in Italian" in that language.
    property string nameMark: ""
    required property string organization
    required property string places
    required property string ages
    required property string dates
    required property string cost
    required property bool free
    required property string symbol
    objectName: "results.item." + key
    // Keys: the results grid holds the focus and moves it with the arrows (the card has it while
    // it is the grid's current one); Enter, Return and Space open it.
    focusPolicy: Qt.NoFocus
    focus: true
    Keys.onReturnPressed: card.click()
    Keys.onEnterPressed: card.click()
    Accessible.name: nameMark !== "" ? name + " (" + nameMark + ")" : name
    Accessible.description: [organization, places, ages, cost, dates].filter(part => part !== "").join(", ")
    implicitHeight: body.implicitHeight + 2 * Ui.gap

    background: Rectangle {
        radius: Ui.radius
        color: card.pressed ? Ui.surfaceAlt : Ui.surface
        border.color: Ui.line
        border.width: 2
        FocusRing { shown: card.activeFocus; outset: 0 }  // inside: the grid clips its edges
    }
    contentItem: Item {
        Rectangle {
            id: badge
            anchors.left: parent.left  // anchors, not x: they follow LayoutMirroring
            anchors.leftMargin: Ui.gap
            anchors.top: parent.top
            anchors.topMargin: Ui.gap
            width: Math.round(Ui.target * 0.9)
            height: width
            radius: width / 2
            color: Ui.surfaceAlt
            Icon { anchors.centerIn: parent; name: card.symbol; color: Ui.primary; width: Math.round(parent.width * 0.6) }
        }
        Column {
            id: body
            objectName: "results.itemText"
            anchors.left: badge.right
            anchors.leftMargin: Ui.gap
            anchors.right: parent.right
            anchors.rightMargin: Ui.gap
            y: Ui.gap
            spacing: Math.round(Ui.gap / 4)
            KText { width: parent.width; text: card.name; font.pixelSize: Ui.h3; font.bold: true; maximumLineCount: 2; elide: Text.ElideRight }
            Row {  // a Row: it starts on the right when the layout is mirrored (Arabic)
                width: parent.width
                visible: card.nameMark !== ""
                FallbackMark { objectName: "results.itemMark"; text: card.nameMark }
            }
            KText { width: parent.width; text: card.organization; color: Ui.muted; font.pixelSize: Ui.small; maximumLineCount: 1; elide: Text.ElideRight }
            Flow {
                width: parent.width
                spacing: Ui.gap
                Row {
                    spacing: 6
                    visible: card.places !== ""
                    Icon { name: "place"; color: Ui.accent; width: Ui.small; anchors.verticalCenter: parent.verticalCenter }
                    KText { text: card.places; font.pixelSize: Ui.small; wrapMode: Text.NoWrap }
                }
                Row {
                    spacing: 6
                    Icon { name: "child"; color: Ui.accent; width: Ui.small; anchors.verticalCenter: parent.verticalCenter }
                    KText { text: card.ages; font.pixelSize: Ui.small; wrapMode: Text.NoWrap }
                }
                Row {
                    spacing: 6
                    Icon { name: card.free ? "free" : "euro"; color: card.free ? Ui.primary : Ui.accent; width: Ui.small; anchors.verticalCenter: parent.verticalCenter }
                    KText { text: card.cost; font.pixelSize: Ui.small; font.bold: card.free; color: card.free ? Ui.primary : Ui.ink; wrapMode: Text.NoWrap }
                }
            }
            Row {
                spacing: 6
                width: parent.width
                visible: card.dates !== ""
                Icon { id: cal; name: "calendar"; color: Ui.accent; width: Ui.small; anchors.verticalCenter: parent.verticalCenter }
                KText { width: parent.width - cal.width - 6; text: card.dates; font.pixelSize: Ui.small; maximumLineCount: 1; elide: Text.ElideRight }
            }
        }
    }
}
