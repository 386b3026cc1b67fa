pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Pitstop
import Pitstop.ViewModels

// The kiosk window: a StackView mirroring app.nav, the freshness strip, the idle dialog and the
// on-screen keyboard. Pages are Pitstop types named by the navigator (see ui/vm/navigation.py).
Window {
    id: root
    required property KioskModel app
    property bool kioskMode: false
    visible: false
    title: app.theme.name
    color: Ui.background
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Binding { target: Ui; property: "scale"; value: Math.max(0.7, Math.min(root.width, root.height) / 1080) }
    Binding { target: Ui; property: "fontFamily"; value: root.app.theme.fontFamily }
    Binding { target: Ui; property: "primary"; value: root.app.theme.primary }
    Binding { target: Ui; property: "primaryInk"; value: root.app.theme.primaryInk }
    Binding { target: Ui; property: "accent"; value: root.app.theme.accent }
    Binding { target: Ui; property: "accentInk"; value: root.app.theme.accentInk }
    Binding { target: Ui; property: "background"; value: root.app.theme.background }
    Binding { target: Ui; property: "surface"; value: root.app.theme.surface }
    Binding { target: Ui; property: "surfaceAlt"; value: root.app.theme.surfaceAlt }
    Binding { target: Ui; property: "ink"; value: root.app.theme.text }
    Binding { target: Ui; property: "muted"; value: root.app.theme.muted }
    Binding { target: Ui; property: "line"; value: root.app.theme.line }
    Binding { target: Ui; property: "highlight"; value: root.app.theme.highlight }
    Binding { target: Ui; property: "keyFocus"; value: root.app.nav.usingKeys }
    Binding { target: Ui; property: "largeText"; value: root.app.session.largeText }
    // The on-screen keyboard (OnScreenKeyboard.qml: the panel, its layouts and languages) is built
    // when a text field first takes the focus, and kept: a kiosk whose visitors only tap never
    // loads it. (Dropping it at each wipe gave back ~2 MiB and destroyed a panel the input context
    // may still point at.)
    readonly property bool textFocus: root.activeFocusItem instanceof TextInput || root.activeFocusItem instanceof TextEdit
    onTextFocusChanged: if (textFocus) root.buildKeyboard()
    function buildKeyboard() {
        if (keyboard.status === Loader.Null)  // by URL: naming its type would load it with this file
            keyboard.setSource("OnScreenKeyboard.qml", { app: root.app })
    }

    function page(typeName) {
        return Qt.createComponent("Pitstop", typeName)
    }

    Connections {
        target: root.app.nav
        function onPushed(name, typeName) {
            stack.push(root.page(typeName), { app: root.app })
        }
        function onPopped() {
            InputMethod.hide()
            stack.pop()
        }
        function onReset(name, typeName) {
            InputMethod.hide()
            stack.clear(StackView.Immediate)
            stack.push(root.page(typeName), { app: root.app }, StackView.Immediate)
        }
    }
    Connections {
        target: root.app.session
        function onWiped() {
            InputMethod.hide()
            InputMethod.reset()
        }
    }

    Loader {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        active: root.app.nav.page !== "attract"
        height: active ? Ui.target + Ui.gap : 0
        sourceComponent: TopBar {
            app: root.app
            title: (stack.currentItem as KioskPage)?.title ?? ""  // every page is a KioskPage
        }
    }

    Item {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topBar.bottom
        anchors.bottom: keyboard.up ? keyboard.top : footer.top

        StackView {
            id: stack
            objectName: "stack"
            anchors.fill: parent
            focus: true  // the page shown holds the keys' focus (each page is a focus scope)
            Component.onCompleted: push(root.page("AttractPage"), { app: root.app }, StackView.Immediate)
        }
    }

    // Catalogue freshness: every screen shows it.
    Rectangle {
        id: footer
        objectName: "freshness"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.round(Ui.small * 2.2)
        color: Ui.surfaceAlt
        Row {
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            anchors.leftMargin: Ui.margin
            spacing: Math.round(Ui.gap / 2)
            Icon { name: "updated"; color: Ui.muted; width: Math.round(Ui.small * 1.1); anchors.verticalCenter: parent.verticalCenter }
            KText {
                text: root.app.catalogue.updatedText
                font.pixelSize: Ui.small
                color: Ui.muted
                wrapMode: Text.NoWrap
                anchors.verticalCenter: parent.verticalCenter
            }
            KText {
                visible: root.app.catalogue.demo
                text: "· " + qsTr("Demo data: fictional services")
                font.pixelSize: Ui.small
                color: Ui.muted
                wrapMode: Text.NoWrap
                // large text on a narrow screen: the demo mark gives way, inside the strip
                width: Math.min(implicitWidth, Math.max(0, footer.width - 2 * Ui.margin - x))
                elide: Text.ElideRight
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }

    StaffCorner {
        anchors.top: parent.top
        anchors.right: parent.right
        z: 50
        onHeld: root.app.session.requestStaff()
    }

    IdleDialog {
        anchors.fill: parent
        z: 100
        session: root.app.session
    }

    Loader {
        id: keyboard
        readonly property bool up: keyboard.item !== null && InputMethod.visible  // the panel's `active`
        z: 90
        width: Math.min(root.width, (root.width > root.height ? 1150 : 1080) * Ui.scale)
        anchors.horizontalCenter: parent.horizontalCenter
        y: up ? root.height - height : root.height
        // The field took the focus (and asked for the keyboard) before the panel existed.
        onLoaded: Qt.callLater(InputMethod.update, Qt.ImQueryAll)
    }
}
