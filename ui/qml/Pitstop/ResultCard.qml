import QtQuick
import QtQuick.Controls.Basic
import Pitstop

// One offering in the results: name, organization, town, ages, cost, dates.
// Every field has a most number of lines and is cut short ("…") past it, so no card is ever taller
// than a card whose every field is long: the results grid sizes its rows from such a card
// (ResultsPage.qml). What it cannot do: show a town list or a date list longer than its lines
// (the detail page and the card's accessible description carry them whole).
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
    // Town, ages and cost share one line when the card is wide for its text size (the same for
    // every card of a grid, so they stay the same height), else ages and cost go under the town;
    // the dates get two lines unless the card is wider still.
    readonly property bool wide: body.width >= 24 * Ui.small
    readonly property int dateLines: body.width >= 30 * Ui.small ? 1 : 2
    readonly property real nameWidth: body.width  // what a line of the name may take
    readonly property real datesWidth: datesText.width  // and a line of the dates
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
            KText { width: parent.width; text: card.organization; color: Ui.muted; font.pixelSize: Ui.small; wrapMode: Text.NoWrap; elide: Text.ElideRight }
            // Town, then ages and cost: beside it when wide, under it otherwise.
            Item {
                id: details
                width: parent.width
                height: card.places !== "" && !card.wide ? place.height + body.spacing + facts.height : Math.max(place.height, facts.height)
                // (card.places, not place.visible: the never-shown card measuring the grid's rows
                // has no visible child)
                Row {
                    id: place
                    anchors.left: parent.left
                    y: card.wide ? Math.round((details.height - height) / 2) : 0  // one line: centred
                    spacing: 6
                    visible: card.places !== ""
                    // wide: what ages and cost leave of the line; else the whole line
                    readonly property real room: (card.wide ? details.width - facts.width - Ui.gap : details.width) - placeIcon.width - spacing
                    Icon { id: placeIcon; name: "place"; color: Ui.accent; width: Ui.small; anchors.verticalCenter: parent.verticalCenter }
                    KText { width: Math.max(0, Math.min(implicitWidth, place.room)); text: card.places; font.pixelSize: Ui.small; wrapMode: Text.NoWrap; elide: Text.ElideRight }
                }
                Row {
                    id: facts
                    anchors.left: card.places !== "" && card.wide ? place.right : parent.left
                    anchors.leftMargin: card.places !== "" && card.wide ? Ui.gap : 0
                    anchors.top: card.places !== "" && !card.wide ? place.bottom : parent.top
                    anchors.topMargin: card.places !== "" && !card.wide ? body.spacing : Math.round((details.height - height) / 2)
                    spacing: Ui.gap
                    // each of the two at most this wide, its icon included
                    readonly property real share: Math.floor((details.width * (card.wide ? 0.6 : 1) - spacing) / 2)
                    Row {
                        spacing: 6
                        Icon { id: agesIcon; name: "child"; color: Ui.accent; width: Ui.small; anchors.verticalCenter: parent.verticalCenter }
                        KText { width: Math.max(0, Math.min(implicitWidth, facts.share - agesIcon.width - 6)); text: card.ages; font.pixelSize: Ui.small; wrapMode: Text.NoWrap; elide: Text.ElideRight }
                    }
                    Row {
                        spacing: 6
                        Icon { id: costIcon; name: card.free ? "free" : "euro"; color: card.free ? Ui.primary : Ui.accent; width: Ui.small; anchors.verticalCenter: parent.verticalCenter }
                        KText { width: Math.max(0, Math.min(implicitWidth, facts.share - costIcon.width - 6)); text: card.cost; font.pixelSize: Ui.small; font.bold: card.free; color: card.free ? Ui.primary : Ui.ink; wrapMode: Text.NoWrap; elide: Text.ElideRight }
                    }
                }
            }
            Row {
                spacing: 6
                width: parent.width
                visible: card.dates !== ""
                Icon {
                    id: cal
                    name: "calendar"; color: Ui.accent; width: Ui.small
                    y: Math.max(0, Math.round((datesText.implicitHeight / Math.max(1, datesText.lineCount) - height) / 2))  // by the first line
                }
                KText { id: datesText; width: parent.width - cal.width - 6; text: card.dates; font.pixelSize: Ui.small; maximumLineCount: card.dateLines; elide: Text.ElideRight }
            }
        }
    }
}
