pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Pitstop
import Pitstop.ViewModels

// Always a visible way back and home, the page title, and the language switch.
Rectangle {
    id: bar
    required property KioskModel app
    property string title: ""
    implicitHeight: Ui.target + Ui.gap
    color: Ui.surface

    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 2; color: Ui.line }

    // A short bar (portrait, large text): Back, Home and Listen show their icons alone (named by
    // their words for assistive technology) when the words would leave the title less than
    // `titleRoom`; the title then wraps and shrinks to 20 px before it elides.
    readonly property real titleRoom: Math.round(Ui.h3 * 12)
    readonly property real reserved: left.anchors.leftMargin + langs.anchors.rightMargin + 2 * Ui.gap
    readonly property real wideNeed: reserved + titleRoom + langs.width
                                     + (back.visible ? back.wideWidth + left.spacing : 0)
                                     + (home.visible ? home.wideWidth + left.spacing : 0)
                                     + (logo.visible ? logo.width + left.spacing : 0)
                                     + (listen.visible ? listen.wideWidth : 0)
    readonly property bool compact: width > 0 && wideNeed > width

    Row {
        id: left
        anchors.left: parent.left
        anchors.leftMargin: Math.round(Ui.gap / 2)
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.round(Ui.gap / 2)
        BigButton {
            id: back
            objectName: "nav.back"
            display: bar.compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
            visible: bar.app.nav.depth > 1
            text: qsTr("Back")
            iconName: "back"
            outlined: true
            onClicked: bar.app.nav.back()
        }
        BigButton {
            id: home
            objectName: "nav.home"
            display: bar.compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
            visible: bar.app.nav.page !== "home"
            text: qsTr("Home")
            iconName: "home"
            outlined: true
            onClicked: bar.app.nav.home()
        }
        Image {
            id: logo
            visible: bar.app.nav.page === "home"
            source: bar.app.theme.logo
            width: Ui.target
            height: Ui.target
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectFit  // a logo staff set need not be square
            anchors.verticalCenter: parent.verticalCenter
            Accessible.ignored: true  // the page title names the place
        }
        SpeechButton {
            id: listen
            app: bar.app
            fontSize: Ui.small
            display: bar.compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
        }
    }
    KText {
        objectName: "topbar.title"
        anchors.left: left.right
        anchors.leftMargin: Ui.gap
        anchors.right: langs.left
        anchors.rightMargin: Ui.gap
        anchors.verticalCenter: parent.verticalCenter
        height: parent.height - 4  // the bottom line
        verticalAlignment: Text.AlignVCenter
        text: bar.title
        heading: true
        font.pixelSize: Ui.h3
        font.bold: true
        // one line while it fits; else wrapped and smaller (as large as the bar's height allows:
        // two lines, three at the smallest) down to the 20 px floor, then "…" (maximumLineCount
        // would elide before shrinking)
        wrapMode: Text.Wrap
        fontSizeMode: Text.Fit
        minimumPixelSize: 20
        elide: Text.ElideRight
    }
    Row {
        id: langs
        anchors.right: parent.right
        anchors.rightMargin: Ui.target + Math.round(Ui.gap / 2)
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.round(Ui.gap / 3)
        LargeTextToggle { session: bar.app.session; fontSize: Ui.small }
        // The language on screen, named in itself: opens the sheet of every language offered.
        BigButton {
            objectName: "lang.current"
            text: bar.app.session.languageName(bar.app.session.language)
            iconName: "language"
            outlined: true
            fontSize: Ui.small
            onClicked: languageSheet.open()
        }
    }
    LanguageSheet {
        id: languageSheet
        parent: bar.Window.contentItem  // over the whole window, not inside the bar
        anchors.fill: parent
        z: 95  // above the keyboard (90), below the idle dialog (100)
        app: bar.app
    }
}
