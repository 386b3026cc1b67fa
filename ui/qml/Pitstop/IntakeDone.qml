import QtQuick
import Pitstop
import Pitstop.ViewModels

// Step "done": the reference (shown only once the request is stored) and the info point's contact
// card as a QR code; the screen closes by itself.
Row {
    id: step
    required property IntakePage page
    readonly property Intake vm: page.vm
    objectName: "intake.step.done"
    spacing: Ui.gap

    Column {
        width: parent.width - card.width - Ui.gap
        spacing: Ui.gap
        IntakeHeading { text: qsTr("Thank you! Your request has been sent.") }
        KText { width: parent.width; text: qsTr("Your reference"); color: Ui.muted }
        KText {
            objectName: "intake.reference"
            text: step.vm.reference
            font.pixelSize: Ui.hero
            font.bold: true
            font.letterSpacing: 4
            color: Ui.primary
        }
        KText {
            width: parent.width
            text: qsTr("We will call you within %n working day(s).", "", step.vm.callbackDays)
            font.pixelSize: Ui.h3
        }
        KText {
            width: parent.width
            color: Ui.muted
            text: qsTr("This screen closes by itself and forgets everything you typed.")
        }
    }
    QrCard {
        id: card
        objectName: "intake.qr.contact"
        width: Math.round(320 * Ui.scale)
        source: step.vm.infoPointQr
        caption: qsTr("Save our contact with your reference")
        iconName: "contact"
    }
}
