import QtQuick
import Pitstop
import Pitstop.ViewModels

// The "large text" switch ("Aa"): every text of the kiosk 1.3 times larger, until the session
// ends. A toggle with its state shown by a check mark and exposed (not by colour alone).
BigButton {
    id: toggle
    required property Session session
    objectName: "a11y.largeText"
    checkable: true
    selected: session.largeText  // `checked` follows it: assistive technology reads the state (BigButton.qml)
    text: "Aa"
    iconName: session.largeText ? "check" : "text-size"
    fill: session.largeText ? Ui.accent : Ui.surface
    ink: session.largeText ? Ui.accentInk : Ui.ink
    outlined: true
    implicitWidth: Math.max(Ui.target, implicitContentWidth + leftPadding + rightPadding)
    Accessible.name: qsTr("Large text")
    onClicked: session.setLargeText(!session.largeText)
}
