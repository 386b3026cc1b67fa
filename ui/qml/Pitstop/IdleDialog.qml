import QtQuick
import Pitstop
import Pitstop.ViewModels

// "Are you still there?" with the countdown before the session is wiped.
Item {
    id: dialog
    objectName: "idle.dialog"
    required property Session session
    // The touch that ends the warning reaches the dialog before it goes: it stays a moment
    // (fading), so "I need more time" can take the very press that ends the warning.
    property bool shown: false
    visible: shown
    opacity: session.idleWarning ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: 250 } }
    Connections {
        target: dialog.session
        function onIdleWarningChanged() {
            if (dialog.session.idleWarning) {
                linger.stop()
                dialog.shown = true
            } else {
                linger.restart()
            }
        }
        function onWiped() {  // the screen was cleared: nothing is left to press
            linger.stop()
            dialog.shown = false
        }
    }
    Timer { id: linger; interval: 300; onTriggered: dialog.shown = false }
    // Keys (ui/keys.py): Tab and the arrows move between its buttons, Enter presses one, any other
    // key means "I'm still here". Shown to someone using keys, it takes the focus and gives it back.
    readonly property bool keyScope: visible
    property Item returnFocus: null
    onVisibleChanged: {
        if (visible) {
            returnFocus = dialog.Window.activeFocusItem
            if (Ui.keyFocus)
                stay.forceActiveFocus(Qt.TabFocusReason)
        } else {
            if (returnFocus !== null && returnFocus.visible)
                returnFocus.forceActiveFocus()
            returnFocus = null
        }
    }

    // The chime as the countdown begins: Qt Multimedia loads at the first warning only.
    Loader {
        id: chime
        objectName: "idle.chime"
        active: false
        source: "IdleChime.qml"
        onLoaded: {
            const sound = chime.item as IdleChime
            sound.source = dialog.session.warningSound
            sound.play()
        }
    }
    Connections {
        target: dialog.session
        function onWarningStarted() {
            if (chime.status === Loader.Ready)
                (chime.item as IdleChime).play()
            else
                chime.active = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: "#99000000"
        // Fading out (the press that ended the warning): a press off the "more time" button
        // goes through to the screen, as if the dialog had gone already.
        MouseArea {
            anchors.fill: parent
            onPressed: (mouse) => { mouse.accepted = dialog.session.idleWarning }
            onClicked: dialog.session.stay()
        }
    }
    Rectangle {
        anchors.centerIn: parent
        Accessible.role: Accessible.Dialog
        Accessible.name: title.text
        width: Math.min(parent.width - 2 * Ui.margin, 900 * Ui.scale)
        height: column.implicitHeight + 2 * Ui.margin
        radius: Ui.radius
        color: Ui.surface
        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Ui.margin
            spacing: Ui.gap
            Icon { name: "clock"; color: Ui.primary; width: Ui.hero; anchors.horizontalCenter: parent.horizontalCenter }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                id: title
                text: qsTr("Are you still there?")
                heading: true
                font.pixelSize: Ui.h1
                font.bold: true
            }
            KText {
                id: countdownText
                objectName: "idle.countdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("For your privacy the screen will be cleared in %n second(s).", "", dialog.session.countdown)
                // announced to assistive technology as it appears (WCAG 4.1.3)
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            BigButton {
                id: stay
                objectName: "idle.stay"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, Math.max(implicitWidth, more.implicitWidth))  // one width
                text: qsTr("I'm still here")
                iconName: "touch"
                fill: Ui.primary
                ink: Ui.primaryInk
                enabled: dialog.session.idleWarning  // fading out: presses go through
                onClicked: dialog.session.stay()
            }
            BigButton {
                id: more
                objectName: "idle.moreTime"
                anchors.horizontalCenter: parent.horizontalCenter
                width: stay.width
                text: qsTr("I need more time")
                iconName: "clock"
                outlined: true
                onPressed: dialog.session.moreTime()  // the press that ends the warning
            }
        }
    }
}
