pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Pitstop

// Results: search as you type, filter chips, result cards, and an empty state that helps.
KioskPage {
    id: page
    objectName: "results"
    title: app.results.categoryName !== "" ? app.results.categoryName : qsTr("Search")
    instructions: qsTr("%n service(s) found.", "", app.results.total)
    readonly property var results: app.results
    property string sheetKind: ""

    Connections {
        target: page.results
        function onQueryChanged() {
            if (field.text !== page.results.text)
                field.text = page.results.text
        }
    }
    StackView.onActivated: {
        if (results.category === "" && results.period === "" && results.text === "")
            field.forceActiveFocus()
    }

    Column {
        id: header
        enabled: !sheet.visible  // keys stay in an open sheet, as touches do
        x: Ui.margin
        y: Ui.gap
        width: page.width - 2 * Ui.margin
        spacing: Math.round(Ui.gap * 0.75)

        TextField {
            id: field
            objectName: "results.search"
            width: parent.width
            height: Math.round(Ui.target * 1.05)
            text: page.results.text
            placeholderText: qsTr("Search: a town, an activity, a word…")
            placeholderTextColor: Ui.muted
            color: Ui.ink
            font.pixelSize: Ui.body
            font.family: Ui.fontFamily
            leftPadding: Ui.icon + 2 * Ui.gap
            rightPadding: clearText.width + Ui.gap
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Search")
            Accessible.description: placeholderText
            onTextEdited: page.results.setText(text)
            background: Rectangle {
                radius: height / 2
                color: Ui.surface
                border.color: field.activeFocus ? Ui.primary : Ui.accent
                border.width: 3
                Icon { name: "search"; color: Ui.accent; width: Ui.icon; x: Ui.gap; anchors.verticalCenter: parent.verticalCenter }
                FocusRing { shown: field.activeFocus; baseRadius: parent.radius }
            }
            BigButton {
                id: clearText
                objectName: "results.clearText"
                visible: field.text !== ""
                anchors.right: parent.right
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                implicitHeight: parent.height - 12
                text: qsTr("Clear")
                iconName: "close"
                fill: Ui.surfaceAlt
                fontSize: Ui.small
                onClicked: { page.results.setText(""); field.forceActiveFocus() }
            }
        }

        Flow {
            width: parent.width
            spacing: Math.round(Ui.gap / 2)
            Chip {
                objectName: "filter.category"
                visible: page.results.category !== ""
                active: true
                text: page.results.categoryName
                onClicked: page.results.setCategory("")
            }
            Chip {
                objectName: "filter.comune"
                iconName: "place"
                active: page.results.place !== ""
                text: active ? page.results.placeLabel : qsTr("Town")
                onClicked: { page.sheetKind = "place"; sheet.open() }
            }
            Chip {
                objectName: "filter.age"
                iconName: "child"
                active: page.results.age >= 0
                text: active ? qsTr("Age: %1").arg(page.results.ageLabel) : qsTr("Child's age")
                onClicked: { page.sheetKind = "age"; sheet.open() }
            }
            Chip {
                objectName: "filter.period"
                iconName: "calendar"
                active: page.results.period !== ""
                text: active ? page.results.periodLabel : qsTr("When")
                onClicked: { page.sheetKind = "period"; sheet.open() }
            }
            Chip {
                objectName: "filter.free"
                iconName: "free"
                active: page.results.freeOnly
                checkable: true  // on or off, read by assistive technology
                text: qsTr("Free of charge")
                onClicked: page.results.setFreeOnly(!page.results.freeOnly)
            }
            BigButton {
                objectName: "filter.clear"
                visible: page.results.hasFilters
                text: qsTr("Clear filters")
                iconName: "close"
                outlined: true
                fill: "transparent"
                onClicked: page.results.clearFilters()
            }
        }

        KText {
            id: resultsCount
            objectName: "results.count"
            width: parent.width
            color: Ui.muted
            // Said by assistive technology whenever the results change (WCAG 4.1.3).
            onTextChanged: Accessible.announce(resultsCount.text, Accessible.AnnouncementPoliteness.Polite)
            text: page.results.total > page.results.shown
                  ? qsTr("%n offering(s) found", "", page.results.total) + " — " + qsTr("showing the first %1: add a word or a filter").arg(page.results.shown)
                  : qsTr("%n offering(s) found", "", page.results.total)
        }
    }

    GridView {
        id: grid
        objectName: "results.list"
        enabled: !sheet.visible
        // Keys: Tab reaches the grid (its current card has the focus and the ring), the arrows
        // move between the cards and scroll, Enter opens one.
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: resultsCount.text
        anchors.top: header.bottom
        anchors.topMargin: Ui.gap
        anchors.left: parent.left
        anchors.leftMargin: Ui.margin
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        visible: page.results.total > 0
        readonly property int columns: page.portrait || page.width < 1500 * Ui.scale ? 1 : 2
        cellWidth: Math.floor((page.width - 2 * Ui.margin + Ui.gap) / columns)
        // Every card as tall as the tallest a card can be in this language at this size and text
        // size: measured on a card never shown whose every field fills its most lines.
        cellHeight: Math.max(Math.round(Ui.target * 2.7), Math.ceil(probe.implicitHeight) + Ui.gap)
        boundsBehavior: Flickable.DragOverBounds
        // Delegates outside the view are not pre-built: a keystroke resets the model, and a
        // pending asynchronous delegate of the old results would be cancelled (a Qt warning).
        cacheBuffer: 0
        model: page.results.model
        delegate: FocusScope {
            id: cell
            required property var model
            width: grid.cellWidth
            height: grid.cellHeight
            ResultCard {
                anchors.fill: parent
                anchors.rightMargin: Ui.gap
                anchors.bottomMargin: Ui.gap
                key: cell.model.key
                name: cell.model.name
                nameMark: cell.model.nameMark
                organization: cell.model.organization
                places: cell.model.places
                ages: cell.model.ages
                dates: cell.model.dates
                cost: cell.model.cost
                free: cell.model.free
                symbol: cell.model.symbol
                onClicked: {
                    InputMethod.hide()
                    if (page.app.detail.load(cell.model.key))
                        page.app.nav.push("detail")
                }
            }
        }
    }

    // The tallest a card of these results can be (see the grid's cellHeight); never shown. Its
    // name and dates take two lines when a card's do (one too wide for a line, measured as they
    // are written); each other field is long enough to fill its most lines. Every line is in this
    // language's script (the title's first word: Arabic lines are half as tall again as Latin
    // ones) beside Latin (names of towns and organizations), the tallest a line can be.
    ResultCard {
        id: probe
        visible: false
        focus: false
        width: grid.cellWidth - Ui.gap
        readonly property string word: (page.title !== "" ? page.title : "Ag").split(" ")[0] + " Ag"
        readonly property string sample: Array(41).join(word + " ")
        key: ""
        name: page.widest(nameMetrics, page.results.cardNames) > nameWidth - 1 ? sample : word
        nameMark: page.results.marked ? word : ""  // a mark's line only when a card has one
        organization: sample
        places: sample
        ages: sample
        dates: page.widest(datesMetrics, page.results.cardDates) > datesWidth - 1 ? sample : word
        cost: sample
        free: true
        symbol: "generic"
    }
    FontMetrics { id: nameMetrics; font.family: Ui.fontFamily; font.pixelSize: Ui.h3; font.bold: true }
    FontMetrics { id: datesMetrics; font.family: Ui.fontFamily; font.pixelSize: Ui.small }
    // How wide the widest of `texts` (a list of strings: Results.cardNames) is on one line.
    function widest(metrics: FontMetrics, texts: var): real {
        let most = 0
        for (const text of texts)
            most = Math.max(most, metrics.advanceWidth(text))
        return most
    }

    // Nothing found: say so, and offer the ways forward.
    Column {
        objectName: "results.empty"
        visible: page.results.total === 0
        anchors.top: header.bottom
        anchors.topMargin: Ui.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(page.width - 2 * Ui.margin, 1100 * Ui.scale)
        spacing: Ui.gap
        Icon { name: "search"; color: Ui.muted; width: Ui.hero; anchors.horizontalCenter: parent.horizontalCenter }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Nothing found")
            heading: true
            font.pixelSize: Ui.h2
            font.bold: true
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: page.results.hasFilters
                  ? qsTr("Try removing a filter, or use fewer or shorter words.")
                  : qsTr("Try fewer or shorter words, or the name of your town.")
        }
        Flow {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, implicitWidth)
            spacing: Ui.gap
            BigButton {
                objectName: "results.empty.clearFilters"
                visible: page.results.hasFilters
                text: qsTr("Clear filters")
                iconName: "close"
                outlined: true
                onClicked: page.results.clearFilters()
            }
            BigButton {
                objectName: "results.empty.showAll"
                text: qsTr("Show everything")
                iconName: "search"
                outlined: true
                onClicked: page.results.clearAll()
            }
            BigButton {
                objectName: "results.empty.contact"
                text: qsTr("Ask to be contacted")
                iconName: "contact"
                fill: Ui.primary
                ink: Ui.primaryInk
                onClicked: page.app.nav.requestContact("")
            }
        }
    }

    ChoiceSheet {
        id: sheet
        anchors.fill: parent
        z: 10
        title: page.sheetKind === "place" ? qsTr("Where?") : page.sheetKind === "age" ? qsTr("How old is your child?") : qsTr("When do you need it?")
        anyLabel: page.sheetKind === "place" ? qsTr("Anywhere") : page.sheetKind === "age" ? qsTr("Any age") : qsTr("Any time")
        model: page.sheetKind === "place" ? page.results.placeChoices : page.sheetKind === "age" ? page.results.ageChoices : page.results.periodChoices
        detailRole: page.sheetKind === "period" ? "dates" : ""
        currentId: page.sheetKind === "place" ? page.results.place : page.sheetKind === "age" ? page.results.age : page.results.period
        onChosen: function(choiceId) {
            if (page.sheetKind === "place") page.results.setPlace(choiceId)
            else if (page.sheetKind === "age") page.results.setAge(choiceId === "" ? -1 : choiceId)
            else page.results.setPeriod(choiceId)
        }
    }
}
