import QtQuick
import QtQuick.Controls.Basic
import Pitstop
import Pitstop.ViewModels

// Step "review": every answer once more, the required notice acknowledgement and the optional
// consent (both unticked), the message when the request could not be stored.
Column {
    id: step
    required property IntakePage page
    readonly property Intake vm: page.vm
    objectName: "intake.step.review"
    spacing: Math.round(Ui.gap * 0.6)

    component Tick: CheckBox {
        id: tick
        width: parent ? parent.width : 0
        implicitHeight: Ui.target
        // Keys: Tab reaches it, Space, Enter and Return tick or untick it.
        focusPolicy: Qt.TabFocus
        Keys.onReturnPressed: tick.click()
        Keys.onEnterPressed: tick.click()
        font.pixelSize: Ui.body
        font.family: Ui.fontFamily
        Accessible.name: text
        background: Item { FocusRing { shown: tick.activeFocus; baseRadius: Math.round(Ui.radius / 3) } }
        indicator: Rectangle {
            x: tick.leftPadding
            y: (tick.height - height) / 2
            width: Math.round(Ui.target * 0.6)
            height: width
            radius: Math.round(Ui.radius / 3)
            color: tick.checked ? Ui.accent : Ui.surface
            border.color: Ui.accent
            border.width: 3
            Icon {
                anchors.centerIn: parent
                visible: tick.checked
                name: "check"
                color: Ui.accentInk
                width: Math.round(parent.width * 0.75)
            }
        }
        contentItem: KText {
            Accessible.ignored: true  // the box is named by its text
            leftPadding: tick.indicator.width + Ui.gap
            verticalAlignment: Text.AlignVCenter
            text: tick.text
            font: tick.font
        }
    }

    IntakeHeading { text: qsTr("Check and send") }
    Repeater {
        model: [
            [qsTr("Needs"), step.vm.needs.map(step.page.needLabel).join(", ")],
            [qsTr("Children's ages"), step.vm.ages.map(step.page.ageLabel).join(", ")],
            [qsTr("Town"), step.vm.comuneLabel],
            [qsTr("When"), step.vm.periodLabels.concat(step.vm.weekdays.map(step.page.dayLabel)).join(", ")],
            [qsTr("First name"), step.vm.firstName],
            [qsTr("Phone"), step.vm.phone],
            [qsTr("E-mail"), step.vm.email],
            [qsTr("Contact by"), step.page.channelLabel(step.vm.channel || (step.vm.phone !== "" ? "phone" : "email"))
                                 + " · " + step.page.slotLabel(step.vm.timeSlot)
                                 + " · " + step.page.languageLabel(step.vm.callLanguage)],
            [qsTr("About"), step.vm.offeringName]
        ]
        KText {
            required property var modelData
            width: parent.width
            visible: modelData[1] !== ""
            text: modelData[0] + ": " + modelData[1]
        }
    }
    Tick {
        objectName: "intake.consent"
        text: qsTr("I have read the privacy notice (required)")
        font.bold: true
        checked: step.vm.consentNotice
        onToggled: step.vm.setConsentNotice(checked)
    }
    IntakeError { page: step.page; field: "consent_notice" }
    Tick {
        objectName: "intake.news"
        text: qsTr("I would also like news of future initiatives (optional)")
        checked: step.vm.consentNews
        onToggled: step.vm.setConsentNews(checked)
    }
    KText {
        objectName: "intake.failed"
        width: parent.width
        visible: step.vm.failed
        color: step.page.errorInk
        font.bold: true
        text: qsTr("Sorry, the request could not be saved. Please try again or ask the staff.")
    }
    KText {
        width: parent.width
        visible: step.vm.demo
        color: Ui.muted
        font.pixelSize: Ui.small
        text: qsTr("Demonstration kiosk: requests are not sent to a real office.")
    }
}
