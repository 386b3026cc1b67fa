import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard as VKB
import Pitstop

// One typed answer of the contact step: its label, the text field (automation id `name`), and the
// view-model's message for it. The keyboard's Enter moves to `next` (its key reads "Next") or,
// from the last field, closes the keyboard. IntakePage scrolls the focused field into view.
Column {
    id: box
    required property IntakePage page
    required property string name
    property alias label: caption.text
    property string value
    property string errorField
    property alias placeholderText: input.placeholderText
    property alias maximumLength: input.maximumLength
    property int inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    property Item next: null
    readonly property alias input: input
    signal edited(string text)

    width: parent ? parent.width : 0
    spacing: Math.round(Ui.gap * 0.3)

    function enter() {
        if (next !== null) {
            next.forceActiveFocus()
        } else {
            input.focus = false
            InputMethod.hide()
        }
    }

    KText {
        id: caption
        width: parent.width
        font.bold: true
    }
    TextField {
        id: input
        objectName: box.name
        width: parent.width
        height: Ui.target
        text: box.value
        font.pixelSize: Ui.body
        font.family: Ui.fontFamily
        color: Ui.ink
        leftPadding: Ui.gap
        rightPadding: Ui.gap
        placeholderTextColor: Ui.muted
        inputMethodHints: box.inputMethodHints
        EnterKey.type: box.next !== null ? Qt.EnterKeyNext : Qt.EnterKeyDone
        VKB.EnterKeyAction.actionId: box.next !== null ? VKB.EnterKeyAction.Next : VKB.EnterKeyAction.Done
        VKB.EnterKeyAction.label: box.next !== null ? qsTr("Next") : "" // the default style shows ✓ for both
        Accessible.name: caption.text
        Accessible.description: error.text !== "" ? error.text : input.placeholderText
        Keys.onReturnPressed: box.enter()
        Keys.onEnterPressed: box.enter()
        onTextEdited: box.edited(text)
        background: Rectangle {
            radius: Ui.radius
            color: Ui.surface
            border.color: input.activeFocus ? Ui.accent : Ui.line
            border.width: 3
            FocusRing { shown: input.activeFocus; baseRadius: parent.radius }
        }
    }
    IntakeError {
        id: error
        page: box.page
        field: box.errorField
    }
}
