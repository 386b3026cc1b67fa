pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Pitstop

// Home: search, the categories, the next school closure, and "Ask to be contacted".
KioskPage {
    id: page
    objectName: "home"
    title: app.theme.name
    instructions: qsTr("Choose a kind of service, search by name, or ask to be contacted.")
    readonly property int columns: portrait ? 2 : (width > 1500 * Ui.scale ? 4 : 3)

    function openResults() {
        app.nav.push("results")
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Ui.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: column
            x: Ui.margin
            y: Ui.margin
            width: page.width - 2 * Ui.margin
            spacing: page.portrait ? Math.round(Ui.gap * 1.5) : Ui.gap

            KText {
                width: parent.width
                text: qsTr("What are you looking for?")
                heading: true
                font.pixelSize: Ui.h1
                font.bold: true
            }

            // Looks like a search box; opens the results page with the keyboard.
            AbstractButton {
                id: searchBox
                objectName: "home.search"
                width: parent.width
                height: Math.round(Ui.target * 1.1)
                Accessible.name: qsTr("Search")
                Accessible.description: qsTr("Search: a town, an activity, a word…")
                focusPolicy: Qt.TabFocus  // keys: Tab reaches it, Enter, Return and Space press it
                Keys.onReturnPressed: searchBox.click()
                Keys.onEnterPressed: searchBox.click()
                onClicked: {
                    page.app.results.reset()
                    page.openResults()
                }
                background: Rectangle {
                    radius: height / 2
                    color: Ui.surface
                    border.color: Ui.accent
                    border.width: 3
                    FocusRing { shown: searchBox.activeFocus; baseRadius: parent.radius }
                }
                contentItem: Row {
                    leftPadding: Ui.gap
                    rightPadding: Ui.gap  // the same on both sides: mirrored rows start at the right
                    spacing: Ui.gap
                    Icon { name: "search"; color: Ui.accent; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
                    KText {
                        width: searchBox.width - Ui.icon - 3 * Ui.gap
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Search: a town, an activity, a word…")
                        Accessible.ignored: true  // the box's description
                        color: Ui.muted
                        wrapMode: Text.NoWrap
                        elide: Text.ElideRight
                    }
                }
            }

            // The next school closure: one tap shows what covers it.
            AbstractButton {
                id: closure
                objectName: "home.nextClosure"
                visible: page.app.catalogue.nextClosureId !== ""
                width: parent.width
                height: Math.max(Ui.target, closureRow.implicitHeight + Ui.gap)
                focusPolicy: Qt.TabFocus  // keys: Tab reaches it, Enter, Return and Space press it
                Keys.onReturnPressed: closure.click()
                Keys.onEnterPressed: closure.click()
                Accessible.name: closureText.text
                onClicked: {
                    page.app.results.reset()
                    page.app.results.setPeriod(page.app.catalogue.nextClosureId)
                    page.openResults()
                }
                background: Rectangle {
                    radius: Ui.radius
                    color: Ui.surfaceAlt
                    FocusRing { shown: closure.activeFocus; baseRadius: parent.radius }
                }
                contentItem: Row {
                    id: closureRow
                    leftPadding: Ui.gap
                    rightPadding: Ui.gap  // the same on both sides: mirrored rows start at the right
                    spacing: Ui.gap
                    Icon { name: "calendar"; color: Ui.primary; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
                    KText {
                        id: closureText
                        Accessible.ignored: true  // the button's name
                        width: closure.width - Ui.icon - 4 * Ui.gap - Ui.icon
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Schools closed next: %1, %2").arg(page.app.catalogue.nextClosureName).arg(page.app.catalogue.nextClosureDates)
                              + " — " + qsTr("%n offering(s)", "", page.app.catalogue.nextClosureCount)
                        font.bold: true
                    }
                    Icon { name: "forward"; color: Ui.primary; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
                }
            }

            KText {
                width: parent.width
                text: qsTr("Browse by type")
                heading: true
                font.pixelSize: Ui.h3
                font.bold: true
            }

            Grid {
                id: tiles
                width: parent.width
                columns: page.columns
                spacing: Ui.gap
                readonly property real tileWidth: (width - (columns - 1) * spacing) / columns
                Repeater {
                    model: page.app.catalogue.categories
                    AbstractButton {
                        id: tile
                        required property string key
                        required property string name
                        required property string symbol
                        required property string countText
                        objectName: "category." + key
                        width: tiles.tileWidth
                        // taller when the name wraps in a script with tall lines (Arabic)
                        height: Math.max(Math.round(Ui.target * (page.portrait ? 2.6 : 1.6)), implicitContentHeight + Ui.gap)
                        focusPolicy: Qt.TabFocus  // keys: Tab and the arrows reach it, Enter presses it
                        Keys.onReturnPressed: tile.click()
                        Keys.onEnterPressed: tile.click()
                        Accessible.name: name
                        Accessible.description: countText
                        onClicked: {
                            page.app.results.reset()
                            page.app.results.setCategory(tile.key)
                            page.openResults()
                        }
                        background: Rectangle {
                            radius: Ui.radius
                            color: tile.pressed ? Ui.surfaceAlt : Ui.surface
                            border.color: Ui.line
                            border.width: 2
                            FocusRing { shown: tile.activeFocus; baseRadius: parent.radius }
                        }
                        contentItem: Row {
                            leftPadding: Ui.gap
                            rightPadding: Ui.gap  // the same on both sides: mirrored rows start at the right
                            spacing: Ui.gap
                            Rectangle {
                                width: Math.round(Ui.target * 1.2)
                                height: width
                                radius: width / 2
                                color: Ui.surfaceAlt
                                anchors.verticalCenter: parent.verticalCenter
                                Icon { anchors.centerIn: parent; name: tile.symbol; color: Ui.primary; width: Math.round(parent.width * 0.6) }
                            }
                            Column {
                                width: tile.width - Ui.target * 1.2 - 3 * Ui.gap
                                anchors.verticalCenter: parent.verticalCenter
                                // the tile's name and description
                                KText { width: parent.width; text: tile.name; font.bold: true; maximumLineCount: 2; elide: Text.ElideRight; Accessible.ignored: true }
                                KText { width: parent.width; text: tile.countText; color: Ui.muted; font.pixelSize: Ui.small; Accessible.ignored: true }
                            }
                        }
                    }
                }
            }

            // The one primary action: leave a contact request (stacked in portrait).
            Rectangle {
                width: parent.width
                height: contactGrid.height + Ui.gap * (page.portrait ? 2 : 1)
                radius: Ui.radius
                color: Ui.primary
                Grid {
                    id: contactGrid
                    anchors.verticalCenter: parent.verticalCenter
                    x: Ui.gap
                    width: parent.width - Ui.gap - Math.round(Ui.gap / 2)
                    columns: page.portrait ? 1 : 2
                    columnSpacing: Ui.gap
                    rowSpacing: Math.round(Ui.gap * 0.75)
                    verticalItemAlignment: Grid.AlignVCenter
                    KText {
                        width: page.portrait ? contactGrid.width - Math.round(Ui.gap / 2) : contactGrid.width - contactButton.width - Ui.gap
                        text: qsTr("Not sure what you need? An operator can call you back.")
                        color: Ui.primaryInk
                        font.pixelSize: Ui.h3
                    }
                    BigButton {
                        id: contactButton
                        objectName: "home.contact"
                        width: page.portrait ? contactGrid.width - Math.round(Ui.gap / 2) : implicitWidth
                        implicitHeight: Math.round(Ui.target * 1.15)
                        text: qsTr("Ask to be contacted")
                        iconName: "contact"
                        fill: Ui.surface
                        ink: Ui.primary
                        fontSize: Ui.h3
                        onClicked: page.app.nav.requestContact("")
                    }
                }
            }
        }
    }
}
