import QtQuick
import Pitstop
import Pitstop.ViewModels

// Step "notice": the short privacy notice (art. 13 GDPR), the full one on request.
Column {
    id: notice
    required property IntakePage page
    readonly property Intake vm: page.vm
    property bool full: false
    objectName: "intake.step.notice"
    spacing: Ui.gap

    IntakeHeading { text: qsTr("Before we start: how we use your data") }
    KText {
        objectName: "intake.notice.offering"
        width: parent.width
        visible: notice.vm.offeringName !== ""
        text: qsTr("About: %1").arg(notice.vm.offeringName)
        font.bold: true
    }
    KText {
        objectName: "intake.notice.text"
        width: parent.width
        text: qsTr("Who: %1 (%2).").arg(notice.vm.controller).arg(notice.vm.controllerContact) + "\n"
              + qsTr("Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).") + "\n"
              + qsTr("Who receives it: %1.").arg(notice.vm.recipients) + "\n"
              + qsTr("How long: until your request has been handled. This kiosk keeps nothing once it has been sent.") + "\n"
              + qsTr("Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.").arg(notice.vm.controllerContact).arg(notice.vm.dpoContact)
    }
    BigButton {
        objectName: "intake.notice.full"
        text: notice.full ? qsTr("Hide the full notice") : qsTr("Read the full notice")
        iconName: "info"
        outlined: true
        onClicked: notice.full = !notice.full
    }
    Row {
        visible: notice.full
        width: parent.width
        spacing: Ui.gap
        KText {
            objectName: "intake.notice.fullText"
            width: parent.width - fullQr.width - Ui.gap
            text: qsTr("Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.").arg(notice.vm.controller).arg(notice.vm.controllerContact).arg(notice.vm.noticeVersion)
        }
        QrCard {
            id: fullQr
            objectName: "intake.notice.qr"
            width: Math.round(300 * Ui.scale)
            visible: notice.vm.fullNoticeUrl !== ""
            source: notice.vm.fullNoticeQr
            caption: qsTr("The full notice on your phone")
        }
    }
}
