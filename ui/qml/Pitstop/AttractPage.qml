pragma ComponentBehavior: Bound
import QtQuick
import Pitstop

// The welcome screen: what is coming up, the language choice, "touch to start".
KioskPage {
    id: page
    objectName: "attract"
    title: app.theme.name
    instructions: qsTr("Childcare, holiday camps and after-school help near you") + ". " + qsTr("Touch the screen or press Enter to start.")
    property int current: 0
    readonly property real boost: portrait ? 1.3 : 1.0  // a tall screen has room for more
    // Catalogue.highlights is typed QObject in Python (a DictListModel, which has `count`).
    readonly property int highlightCount: app.catalogue.highlights.count // qmllint disable missing-property

    // Motion only while someone is there: the button pulses and the highlights turn every few
    // seconds for `restDelay` ms after the page appears or after the last press on it; then the
    // page rests (the pulse ends on its natural size, a highlight changes once a `restStep`), so
    // a kiosk waiting all day does not redraw 60 times a second. The first press brings the
    // motion back and still does what it presses (a passive grab: it steals no tap).
    property int restDelay: 30000
    property int restStep: 60000
    property bool awake: true
    // The visitor's pause (WCAG 2.2.2): nothing moves until they press play.
    property bool paused: false

    function start() { app.nav.push("home") }
    function wake() {
        awake = true
        restTimer.restart()
    }

    onVisibleChanged: if (visible) wake()

    Rectangle { anchors.fill: parent; color: Ui.background }

    MouseArea {
        anchors.fill: parent
        onClicked: page.start()
    }

    // Speech mode, top corner clear of the staff corner (Main.qml's StaffCorner, one target wide).
    SpeechButton { id: speech; app: page.app; anchors.top: parent.top; anchors.right: parent.right; anchors.topMargin: Ui.gap; anchors.rightMargin: Ui.target + Ui.gap }

    // The band of the top corners' buttons (Pause and Aa on one side, Listen on the other): the
    // name never shares it with them. When the column reaches into the band (large text on a short
    // screen), the name keeps to the middle, clear of both corners on either side (mirrored or
    // not). A name wider than its room shrinks to one line (down to Ui.h2), then wraps; when the
    // column would still run into the languages, the name alone gets smaller (Text.Fit).
    readonly property real band: Ui.gap + Math.max(tools.height, speech.height) + Math.round(Ui.gap / 2)
    readonly property real side: Math.max(tools.width, speech.width + Ui.target) + 3 * Ui.gap
    // No binding loop: the Column places its children (and so moves `brand`) in its polish step;
    // a narrower name only grows taller, which keeps the column in the band (no back and forth).
    readonly property bool crowded: column.y + brand.y < band

    Timer {
        id: restTimer
        interval: page.restDelay
        running: page.visible && page.awake
        onTriggered: page.awake = false
    }

    Timer {
        objectName: "attract.turn"
        interval: page.awake ? 6000 : page.restStep
        running: page.visible && page.highlightCount > 1 && !page.paused
        repeat: true
        onTriggered: page.current = (page.current + 1) % page.highlightCount
    }

    Column {
        id: column
        anchors.horizontalCenter: parent.horizontalCenter
        // centred above the languages; never above the page's top (large text on a short screen)
        y: Math.max(0, Math.round((parent.height - height) / 2 - Ui.gap - (languages.height + Ui.margin) / 2))
        width: Math.min(parent.width - 2 * Ui.margin, 1400 * Ui.scale)
        // Above the languages there may be no room for the logo (large text puts the languages on
        // two rows): the name says the same, so the logo goes first, then the spacing tightens.
        readonly property real room: page.height - languages.height - Ui.margin - Ui.gap
        readonly property real bare: brand.height + tagline.height + (card.visible ? card.height : 0) + start.height
        readonly property int gaps: card.visible ? 3 : 2
        readonly property real roomy: Math.round(Ui.gap * 1.3 * page.boost * page.boost / Ui.textScale)  // large text: tighter
        readonly property bool logoFits: room - bare - gaps * roomy >= logo.width + roomy
        spacing: logoFits ? roomy : Math.max(Math.round(Ui.gap / 4), Math.min(roomy, Math.floor((room - bare) / gaps)))

        Image {
            id: logo
            visible: column.logoFits
            source: page.app.theme.logo
            width: Math.round(Ui.hero / Ui.textScale * 2 * page.boost)  // large text: words grow, not the logo
            height: width
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectFit  // a logo staff set need not be square
            anchors.horizontalCenter: parent.horizontalCenter
            Accessible.ignored: true  // the name below says it
        }
        KText {
            id: brand
            objectName: "attract.brand"
            width: page.crowded ? Math.min(parent.width, page.width - 2 * page.side) : parent.width
            anchors.horizontalCenter: parent.horizontalCenter
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: page.app.theme.name
            heading: true
            readonly property real full: Math.round(Ui.hero * page.boost)
            // the largest size that keeps the name on one line, never under the tagline's
            readonly property real oneLine: Math.max(Math.round(Ui.h2 * page.boost), Math.min(full, Math.floor(full * (width - 2) / Math.max(1, brandMetrics.advanceWidth))))
            // what the column leaves the name above the languages, at its tightest spacing
            readonly property real budget: column.room - Ui.gap - tagline.height - (card.visible ? card.height : 0) - start.height - column.gaps * Math.round(Ui.gap / 4)
            font.pixelSize: oneLine
            height: Math.min(brandProbe.implicitHeight, Math.max(Math.round(Ui.body * 1.5), budget))
            fontSizeMode: Text.Fit  // only when `budget` is shorter than the name at `oneLine`
            minimumPixelSize: Ui.body
            TextMetrics {
                id: brandMetrics
                text: brand.text
                font.family: brand.font.family
                font.bold: true
                font.pixelSize: brand.full
            }
            // the name's natural height at `oneLine` (hidden: measures only)
            Text {
                id: brandProbe
                visible: false
                width: brand.width
                text: brand.text
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.family: brand.font.family
                font.bold: true
                font.pixelSize: brand.oneLine
            }
            font.bold: true
            color: Ui.primary
        }
        KText {
            id: tagline
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Childcare, holiday camps and after-school help near you")
            font.pixelSize: Math.round(Ui.h2 * page.boost)
        }

        // Rotating highlights: the coming school closures and how many offerings cover them.
        Rectangle {
            id: card
            objectName: "attract.highlight"
            visible: page.highlightCount > 0
            width: parent.width
            height: Math.max(Math.round(Ui.target * 2.4), highlightHeight + 2 * Ui.gap)
            property real highlightHeight: 0
            radius: Ui.radius
            color: Ui.surface
            border.color: Ui.line
            border.width: 2
            Repeater {
                model: page.app.catalogue.highlights
                Row {
                    id: highlight
                    required property int index
                    required property string name
                    required property string dates
                    required property string countText
                    x: Ui.gap
                    width: card.width - 2 * Ui.gap
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Ui.gap
                    visible: index === page.current
                    onVisibleChanged: if (visible) card.highlightHeight = texts.implicitHeight
                    Component.onCompleted: if (visible) card.highlightHeight = texts.implicitHeight
                    // the text re-wraps after the first frame (fonts, a language's script): follow it
                    readonly property real textsHeight: texts.implicitHeight
                    onTextsHeightChanged: if (visible) card.highlightHeight = textsHeight
                    Icon { name: "calendar"; color: Ui.primary; width: Math.round(Ui.target * 1.2); anchors.verticalCenter: parent.verticalCenter }
                    Column {
                        id: texts
                        width: parent.width - Ui.target * 1.2 - Ui.gap
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: Math.round(Ui.gap / 4)
                        KText { width: parent.width; text: qsTr("Coming up"); color: Ui.muted; font.pixelSize: Ui.small }
                        KText { width: parent.width; text: highlight.name + " · " + highlight.dates; font.pixelSize: Ui.h3; font.bold: true; maximumLineCount: 3; elide: Text.ElideRight }
                        KText { width: parent.width; text: highlight.countText; color: Ui.accent; font.bold: true }
                    }
                }
            }
        }

        BigButton {
            id: start
            objectName: "attract.start"
            focus: true  // Enter, Return or Space on the welcome screen starts
            anchors.horizontalCenter: parent.horizontalCenter
            implicitHeight: Math.round(Ui.target * 1.3)
            text: qsTr("Touch to start")
            iconName: "touch"
            fill: Ui.primary
            ink: Ui.primaryInk
            fontSize: Ui.h2
            onClicked: page.start()
            SequentialAnimation on scale {
                objectName: "attract.pulse"
                running: page.visible && page.awake && !page.paused
                alwaysRunToEnd: true  // stopped at rest: ends this beat, on the natural size
                loops: Animation.Infinite
                NumberAnimation { from: 1.0; to: 1.05; duration: 900; easing.type: Easing.InOutQuad }
                NumberAnimation { from: 1.05; to: 1.0; duration: 900; easing.type: Easing.InOutQuad }
            }
        }
    }

    // Language choice: each language named in itself, the one on screen with a check mark;
    // choosing one starts in that language. One row when all fit (wide screens), else two.
    Row {
        id: languages
        objectName: "attract.languages"
        readonly property int count: page.app.session.languages.length
        readonly property real room: Math.min(page.width - 2 * Ui.margin, Math.round(1800 * Ui.scale)) - Ui.icon - spacing
        // every cell keeps room for the check mark, so choosing a language never shortens its name
        readonly property real pad: Math.round(Ui.gap / 4)
        readonly property real checkRoom: Math.round(Ui.small * 1.4) + Math.round(Ui.gap * 0.6)
        property real widestName: 0
        readonly property real need: widestName + checkRoom + 2 * pad + 2
        // one row when every name fits whole, else two, else three (large text in portrait)
        function fits(columns: int): bool { return (room - (columns - 1) * grid.spacing) / columns >= need }
        readonly property int columns: count <= 4 || fits(count) ? count
                                       : fits(Math.ceil(count / 2)) ? Math.ceil(count / 2) : Math.ceil(count / 3)
        function measure() {
            let widest = 0
            for (let i = 0; i < names.count; ++i) {
                const button = names.itemAt(i) as BigButton
                if (button !== null)
                    widest = Math.max(widest, button.wideWidth - 2 * Ui.gap - (button.iconName !== "" ? checkRoom : 0))
            }
            widestName = widest
        }
        readonly property real cell: Math.floor((room - (columns - 1) * grid.spacing) / columns)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Ui.margin
        spacing: Math.round(Ui.gap / 2)
        Icon { name: "language"; color: Ui.muted; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
        Grid {
            id: grid
            columns: languages.columns
            spacing: Math.round(Ui.gap / 2)
            Repeater {
                id: names
                model: page.app.session.languages
                onItemAdded: languages.measure()
                BigButton {
                    required property string modelData
                    readonly property bool chosen: page.app.session.language === modelData
                    objectName: "lang." + modelData
                    onWideWidthChanged: languages.measure()
                    width: languages.cell
                    text: page.app.session.languageName(modelData)
                    iconName: chosen ? "check" : ""
                    fill: chosen ? Ui.accent : Ui.surface
                    ink: chosen ? Ui.accentInk : Ui.ink
                    outlined: true
                    fontSize: Ui.small
                    leftPadding: languages.pad
                    rightPadding: languages.pad
                    checkable: true
                    selected: chosen  // `checked` follows it: assistive technology reads the state (BigButton.qml)
                    onClicked: {
                        page.app.session.setLanguage(modelData)
                        page.start()
                    }
                }
            }
        }
    }

    // Pause the moving pictures; make every text larger. Top corner, away from the staff corner.
    Row {
        id: tools
        objectName: "attract.tools"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Ui.gap
        spacing: Math.round(Ui.gap / 2)
        BigButton {
            objectName: "attract.pause"
            checkable: true
            selected: page.paused  // `checked` follows it: assistive technology reads the state (BigButton.qml)
            text: page.paused ? qsTr("Play") : qsTr("Pause")
            iconName: page.paused ? "play" : "pause"
            outlined: true
            fontSize: Ui.small
            Accessible.name: page.paused ? qsTr("Play the moving pictures") : qsTr("Pause the moving pictures")
            onClicked: page.paused = !page.paused
        }
        LargeTextToggle { session: page.app.session; fontSize: Ui.small }
    }

    // Above everything, taking no grab of its own: sees every press on the page (buttons
    // included) and wakes the page; the press goes on to what is under it.
    Item {
        anchors.fill: parent
        z: 1000
        PointHandler {
            objectName: "attract.waker"
            acceptedButtons: Qt.AllButtons
            onActiveChanged: if (active) page.wake()
        }
    }
}
