pragma ComponentBehavior: Bound
import QtQuick
import Pitstop
import Pitstop.ViewModels

// Step "contact": first name, phone and/or e-mail (typed on the on-screen keyboard; Enter goes
// to the next field), then how and when to call and in which language.
Column {
    id: step
    required property IntakePage page
    readonly property Intake vm: page.vm
    objectName: "intake.step.contact"
    spacing: Math.round(Ui.gap * 0.6)

    IntakeHeading { text: qsTr("How can we reach you?") }
    IntakeField {
        id: firstName
        page: step.page
        name: "intake.firstName"
        label: qsTr("Your first name")
        value: step.vm.firstName
        errorField: "first_name"
        maximumLength: 60
        placeholderText: qsTr("First name only")
        next: phone.input
        onEdited: text => step.vm.setFirstName(text)
    }
    IntakeField {
        id: phone
        page: step.page
        name: "intake.phone"
        label: qsTr("Phone")
        value: step.vm.phone
        errorField: "phone"
        maximumLength: 30
        placeholderText: qsTr("e.g. 347 123 4567")
        // The number pad with a visible "+" for foreign numbers (the dial pad hides it).
        inputMethodHints: Qt.ImhFormattedNumbersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        next: email.input
        onEdited: text => step.vm.setPhone(text)
    }
    IntakeField {
        id: email
        page: step.page
        name: "intake.email"
        label: qsTr("E-mail")
        value: step.vm.email
        errorField: "email"
        maximumLength: 254
        placeholderText: qsTr("name@example.com")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        onEdited: text => step.vm.setEmail(text)
    }
    IntakeError { page: step.page; field: "contact" }
    KText { width: parent.width; text: qsTr("How should we contact you?"); font.bold: true }
    Flow {
        width: parent.width
        spacing: Math.round(Ui.gap / 2)
        Repeater {
            model: ["phone", "whatsapp", "email"]
            IntakeToggle {
                required property string modelData
                objectName: "intake.channel." + modelData
                text: step.page.channelLabel(modelData)
                iconName: modelData === "email" ? "contact" : "phone"
                active: step.vm.channel === modelData
                onClicked: step.vm.setChannel(modelData)
            }
        }
    }
    IntakeError { page: step.page; field: "preferred_channel" }
    KText { width: parent.width; text: qsTr("When is best?"); font.bold: true }
    Flow {
        width: parent.width
        spacing: Math.round(Ui.gap / 2)
        Repeater {
            model: ["morning", "afternoon", "evening", "any"]
            IntakeToggle {
                required property string modelData
                objectName: "intake.slot." + modelData
                text: step.page.slotLabel(modelData)
                iconName: "clock"
                active: step.vm.timeSlot === modelData
                onClicked: step.vm.setTimeSlot(modelData)
            }
        }
    }
    KText { width: parent.width; text: qsTr("Language for the call"); font.bold: true }
    Flow {
        width: parent.width
        spacing: Math.round(Ui.gap / 2)
        Repeater {
            model: step.vm.callLanguageOptions
            IntakeToggle {
                required property var modelData
                objectName: "intake.callLang." + modelData.key
                text: modelData.label
                iconName: "language"
                active: step.vm.callLanguage === modelData.key
                onClicked: step.vm.setCallLanguage(modelData.key)
            }
        }
    }
}
