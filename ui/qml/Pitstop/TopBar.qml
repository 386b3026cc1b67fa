pragma ComponentBehavior: Bound
import QtQuick
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

    Row {
        id: left
        anchors.left: parent.left
        anchors.leftMargin: Math.round(Ui.gap / 2)
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.round(Ui.gap / 2)
        BigButton {
            objectName: "nav.back"
            visible: bar.app.nav.depth > 1
            text: qsTr("Back")
            iconName: "back"
            outlined: true
            onClicked: bar.app.nav.back()
        }
        BigButton {
            objectName: "nav.home"
            visible: bar.app.nav.page !== "home"
            text: qsTr("Home")
            iconName: "home"
            outlined: true
            onClicked: bar.app.nav.home()
        }
        Image {
            visible: bar.app.nav.page === "home"
            source: bar.app.theme.logo
            width: Ui.target
            height: Ui.target
            sourceSize.width: width
            sourceSize.height: height
            anchors.verticalCenter: parent.verticalCenter
            Accessible.ignored: true  // the page title names the place
        }
        SpeechButton { app: bar.app; fontSize: Ui.small }
    }
    KText {
        anchors.left: left.right
        anchors.leftMargin: Ui.gap
        anchors.right: langs.left
        anchors.rightMargin: Ui.gap
        anchors.verticalCenter: parent.verticalCenter
        text: bar.title
        heading: true
        font.pixelSize: Ui.h3
        font.bold: true
        wrapMode: Text.NoWrap
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
