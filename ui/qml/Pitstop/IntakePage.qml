import QtQuick
import QtQuick.Controls.Basic
import Pitstop
import Pitstop.ViewModels

// "Ask to be contacted": one question per step (ui/vm/intake.py holds the answers and checks
// them with kiosk.intake.model). Only the current step exists, so every objectName is unique.
KioskPage {
    id: page
    objectName: "intake"
    title: qsTr("Ask to be contacted")
    readonly property Intake vm: app.vm("intake")
    readonly property color errorInk: "#A4161A"

    function needLabel(code) {
        switch (code) {
        case "closure_care": return qsTr("Care when schools are closed")
        case "pre_post_school": return qsTr("Before and after school")
        case "summer": return qsTr("Summer centres")
        case "homework": return qsTr("Help with homework")
        case "baby_parking": return qsTr("Baby parking")
        case "benefits_info": return qsTr("Information on benefits and bonuses")
        default: return qsTr("Something else")
        }
    }
    function needIcon(code) {
        return ({ closure_care: "campus-vacanze", pre_post_school: "pre-post-scuola",
                  summer: "centro-estivo", homework: "spazio-compiti",
                  baby_parking: "baby-parking", benefits_info: "euro" })[code] || "info"
    }
    function dayLabel(code) {
        return ({ MO: qsTr("Monday"), TU: qsTr("Tuesday"), WE: qsTr("Wednesday"),
                  TH: qsTr("Thursday"), FR: qsTr("Friday"), SA: qsTr("Saturday"),
                  SU: qsTr("Sunday") })[code] || code
    }
    function channelLabel(code) {
        return ({ phone: qsTr("Phone call"), whatsapp: qsTr("WhatsApp"), email: qsTr("E-mail") })[code] || ""
    }
    function slotLabel(code) {
        return ({ morning: qsTr("Morning"), afternoon: qsTr("Afternoon"), evening: qsTr("Evening"),
                  any: qsTr("Any time") })[code] || ""
    }
    function languageLabel(code) {
        var options = page.vm.callLanguageOptions
        for (var i = 0; i < options.length; ++i)
            if (options[i].key === code) return options[i].label
        return code
    }
    function ageLabel(age) {
        return age === 0 ? qsTr("under 1") : qsTr("%n year(s)", "", age)
    }

    // -- pieces ---------------------------------------------------------------------------

    component Heading: KText {
        width: parent ? parent.width : 0
        font.pixelSize: Ui.h2
        font.bold: true
    }
    component Hint: KText {
        width: parent ? parent.width : 0
        color: Ui.muted
    }
    component FieldError: KText {
        property string field
        objectName: "intake.error." + field
        width: parent ? parent.width : 0
        text: page.vm.errors[field] || ""
        visible: text !== ""
        color: page.errorInk
        font.bold: true
    }
    component Field: TextField {
        width: parent ? parent.width : 0
        height: Ui.target
        font.pixelSize: Ui.body
        font.family: Ui.fontFamily
        color: Ui.ink
        leftPadding: Ui.gap
        rightPadding: Ui.gap
        placeholderTextColor: Ui.muted
        background: Rectangle {
            radius: Ui.radius
            color: Ui.surface
            border.color: parent.activeFocus ? Ui.accent : Ui.line
            border.width: 3
        }
    }
    component Tick: CheckBox {
        id: tick
        width: parent ? parent.width : 0
        implicitHeight: Ui.target
        focusPolicy: Qt.NoFocus
        font.pixelSize: Ui.body
        font.family: Ui.fontFamily
        Accessible.name: text
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
            leftPadding: tick.indicator.width + Ui.gap
            verticalAlignment: Text.AlignVCenter
            text: tick.text
            font: tick.font
        }
    }
    component Toggle: Chip {
        implicitHeight: Math.round(Ui.target * 1.05)
        accent: Ui.accent
    }

    // -- layout -----------------------------------------------------------------------------

    Column {
        id: progress
        objectName: "intake.progress"
        visible: page.vm.stepName !== "done"
        x: Ui.margin
        y: Math.round(Ui.gap / 2)
        width: page.width - 2 * Ui.margin
        spacing: Math.round(Ui.gap / 3)
        KText {
            text: qsTr("Step %1 of %2").arg(page.vm.step + 1).arg(page.vm.questionCount)
            color: Ui.muted
            font.pixelSize: Ui.small
        }
        Row {
            spacing: Math.round(Ui.gap / 3)
            Repeater {
                model: page.vm.questionCount
                Rectangle {
                    required property int index
                    width: Math.round((progress.width - (page.vm.questionCount - 1) * Math.round(Ui.gap / 3)) / page.vm.questionCount)
                    height: Math.round(Ui.gap / 2)
                    radius: height / 2
                    color: index <= page.vm.step ? Ui.primary : Ui.line
                }
            }
        }
    }

    Flickable {
        id: flick
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: progress.visible ? progress.bottom : parent.top
        anchors.topMargin: Math.round(Ui.gap / 2)
        anchors.bottom: buttons.top
        contentHeight: stepLoader.height + 2 * Ui.gap
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        Loader {
            id: stepLoader
            x: Ui.margin
            y: Ui.gap
            width: flick.width - 2 * Ui.margin
            sourceComponent: ({ notice: noticeStep, needs: needsStep, children: childrenStep,
                                when: whenStep, contact: contactStep, review: reviewStep,
                                done: doneStep })[page.vm.stepName]
            onLoaded: flick.contentY = 0
        }
    }

    Rectangle {
        id: buttons
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Ui.target + Ui.gap
        color: Ui.surface
        Rectangle { width: parent.width; height: 2; color: Ui.line }
        BigButton {
            objectName: "intake.back"
            visible: page.vm.stepName !== "done"
            enabled: !page.vm.busy
            anchors.left: parent.left
            anchors.leftMargin: Ui.margin
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Back")
            iconName: "back"
            outlined: true
            onClicked: page.vm.back()
        }
        BigButton {
            objectName: "intake.next"
            visible: page.vm.stepName !== "review" && page.vm.stepName !== "done"
            anchors.right: parent.right
            anchors.rightMargin: Ui.margin
            anchors.verticalCenter: parent.verticalCenter
            text: page.vm.stepName === "notice" ? qsTr("I understand, continue") : qsTr("Next")
            iconName: "forward"
            fill: Ui.primary
            ink: Ui.primaryInk
            onClicked: page.vm.next()
        }
        BigButton {
            objectName: "intake.submit"
            visible: page.vm.stepName === "review"
            enabled: page.vm.consentNotice && !page.vm.busy
            anchors.right: parent.right
            anchors.rightMargin: Ui.margin
            anchors.verticalCenter: parent.verticalCenter
            text: page.vm.busy ? qsTr("Sending…") : qsTr("Send my request")
            iconName: "check"
            fill: Ui.primary
            ink: Ui.primaryInk
            onClicked: page.vm.submit()
        }
        BigButton {
            objectName: "intake.finish"
            visible: page.vm.stepName === "done"
            anchors.right: parent.right
            anchors.rightMargin: Ui.margin
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Done")
            iconName: "home"
            fill: Ui.primary
            ink: Ui.primaryInk
            onClicked: page.vm.finish()
        }
    }

    // -- steps ------------------------------------------------------------------------------

    Component {
        id: noticeStep
        Column {
            id: notice
            objectName: "intake.step.notice"
            spacing: Ui.gap
            property bool full: false
            Heading { text: qsTr("Before we start: how we use your data") }
            KText {
                objectName: "intake.notice.offering"
                width: parent.width
                visible: page.vm.offeringName !== ""
                text: qsTr("About: %1").arg(page.vm.offeringName)
                font.bold: true
            }
            KText {
                objectName: "intake.notice.text"
                width: parent.width
                text: qsTr("Who: %1 (%2).").arg(page.vm.controller).arg(page.vm.controllerContact) + "\n"
                      + qsTr("Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).") + "\n"
                      + qsTr("Who receives it: %1.").arg(page.vm.recipients) + "\n"
                      + qsTr("How long: until your request has been handled. This kiosk keeps nothing once it has been sent.") + "\n"
                      + qsTr("Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.").arg(page.vm.controllerContact).arg(page.vm.dpoContact)
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
                    text: qsTr("Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.").arg(page.vm.controller).arg(page.vm.controllerContact).arg(page.vm.noticeVersion)
                }
                QrCard {
                    id: fullQr
                    objectName: "intake.notice.qr"
                    width: Math.round(300 * Ui.scale)
                    visible: page.vm.fullNoticeUrl !== ""
                    source: page.vm.fullNoticeQr
                    caption: qsTr("The full notice on your phone")
                }
            }
        }
    }

    Component {
        id: needsStep
        Column {
            objectName: "intake.step.needs"
            spacing: Ui.gap
            Heading { text: qsTr("What do you need?") }
            Hint { text: qsTr("Choose one or more.") }
            FieldError { field: "needs" }
            Grid {
                id: needGrid
                width: parent.width
                columns: page.portrait ? 1 : 2
                spacing: Ui.gap
                Repeater {
                    model: page.vm.needOptions
                    Toggle {
                        width: (needGrid.width - (needGrid.columns - 1) * needGrid.spacing) / needGrid.columns
                        required property string modelData
                        objectName: "intake.need." + modelData
                        text: page.needLabel(modelData)
                        iconName: page.needIcon(modelData)
                        active: page.vm.needs.indexOf(modelData) >= 0
                        onClicked: page.vm.toggleNeed(modelData)
                    }
                }
            }
        }
    }

    Component {
        id: childrenStep
        Column {
            objectName: "intake.step.children"
            spacing: Ui.gap
            Heading { text: qsTr("How old are your children?") }
            Hint { text: qsTr("Tap the age of each child (up to 8). Only ages: no names.") }
            FieldError { field: "children_ages" }
            Grid {
                objectName: "intake.childAge"
                columns: Math.max(6, Math.floor(parent.width / Math.round(Ui.target * 1.3)))
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: 18
                    BigButton {
                        required property int index
                        objectName: "intake.childAge." + index
                        width: Math.round(Ui.target * 1.15)
                        text: index === 0 ? "0" : String(index)
                        outlined: true
                        enabled: page.vm.ages.length < 8
                        Accessible.name: page.ageLabel(index)
                        onClicked: page.vm.addAge(index)
                    }
                }
            }
            KText {
                width: parent.width
                visible: page.vm.ages.length > 0
                text: qsTr("Your children (tap to remove):")
                font.bold: true
            }
            Flow {
                width: parent.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: page.vm.ages
                    Toggle {
                        required property int index
                        required property var modelData
                        objectName: "intake.childAge.remove." + index
                        text: page.ageLabel(modelData) + "  ✕"
                        iconName: "child"
                        active: true
                        onClicked: page.vm.removeAge(index)
                    }
                }
            }
        }
    }

    Component {
        id: whenStep
        Column {
            objectName: "intake.step.when"
            spacing: Ui.gap
            Heading { text: qsTr("Where do you live?") }
            FieldError { field: "comune" }
            Flow {
                width: parent.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: page.vm.comuneOptions
                    Toggle {
                        required property var modelData
                        objectName: "intake.comune." + modelData.key
                        text: modelData.label
                        iconName: "place"
                        active: page.vm.comune === modelData.key
                        onClicked: page.vm.setComune(modelData.key)
                    }
                }
            }
            Heading { text: qsTr("When do you need help?"); font.pixelSize: Ui.h3 }
            Hint { text: qsTr("Optional: periods and days.") }
            Flow {
                width: parent.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: page.vm.periodOptions
                    Toggle {
                        required property var modelData
                        objectName: "intake.period." + modelData.key
                        text: modelData.label
                        iconName: "calendar"
                        active: page.vm.periods.indexOf(modelData.key) >= 0
                        onClicked: page.vm.togglePeriod(modelData.key)
                    }
                }
            }
            Flow {
                width: parent.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: page.vm.weekdayOptions
                    Toggle {
                        required property string modelData
                        objectName: "intake.weekday." + modelData
                        text: page.dayLabel(modelData)
                        iconName: "clock"
                        active: page.vm.weekdays.indexOf(modelData) >= 0
                        onClicked: page.vm.toggleWeekday(modelData)
                    }
                }
            }
        }
    }

    Component {
        id: contactStep
        Column {
            objectName: "intake.step.contact"
            spacing: Math.round(Ui.gap * 0.6)
            Heading { text: qsTr("How can we reach you?") }
            KText { text: qsTr("Your first name"); font.bold: true }
            Field {
                objectName: "intake.firstName"
                text: page.vm.firstName
                maximumLength: 60
                placeholderText: qsTr("First name only")
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                onTextEdited: page.vm.setFirstName(text)
            }
            FieldError { field: "first_name" }
            KText { text: qsTr("Phone"); font.bold: true }
            Field {
                objectName: "intake.phone"
                text: page.vm.phone
                maximumLength: 30
                placeholderText: qsTr("e.g. 347 123 4567")
                inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                onTextEdited: page.vm.setPhone(text)
            }
            FieldError { field: "phone" }
            KText { text: qsTr("E-mail"); font.bold: true }
            Field {
                objectName: "intake.email"
                text: page.vm.email
                maximumLength: 254
                placeholderText: qsTr("name@example.com")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                onTextEdited: page.vm.setEmail(text)
            }
            FieldError { field: "email" }
            FieldError { field: "contact" }
            KText { text: qsTr("How should we contact you?"); font.bold: true }
            Flow {
                width: parent.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: ["phone", "whatsapp", "email"]
                    Toggle {
                        required property string modelData
                        objectName: "intake.channel." + modelData
                        text: page.channelLabel(modelData)
                        iconName: modelData === "email" ? "contact" : "phone"
                        active: page.vm.channel === modelData
                        onClicked: page.vm.setChannel(modelData)
                    }
                }
            }
            FieldError { field: "preferred_channel" }
            KText { text: qsTr("When is best?"); font.bold: true }
            Flow {
                width: parent.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: ["morning", "afternoon", "evening", "any"]
                    Toggle {
                        required property string modelData
                        objectName: "intake.slot." + modelData
                        text: page.slotLabel(modelData)
                        iconName: "clock"
                        active: page.vm.timeSlot === modelData
                        onClicked: page.vm.setTimeSlot(modelData)
                    }
                }
            }
            KText { text: qsTr("Language for the call"); font.bold: true }
            Flow {
                width: parent.width
                spacing: Math.round(Ui.gap / 2)
                Repeater {
                    model: page.vm.callLanguageOptions
                    Toggle {
                        required property var modelData
                        objectName: "intake.callLang." + modelData.key
                        text: modelData.label
                        iconName: "language"
                        active: page.vm.callLanguage === modelData.key
                        onClicked: page.vm.setCallLanguage(modelData.key)
                    }
                }
            }
        }
    }

    Component {
        id: reviewStep
        Column {
            objectName: "intake.step.review"
            spacing: Math.round(Ui.gap * 0.6)
            Heading { text: qsTr("Check and send") }
            Repeater {
                model: [
                    [qsTr("Needs"), page.vm.needs.map(page.needLabel).join(", ")],
                    [qsTr("Children's ages"), page.vm.ages.map(page.ageLabel).join(", ")],
                    [qsTr("Town"), page.vm.comuneLabel],
                    [qsTr("When"), page.vm.periodLabels.concat(page.vm.weekdays.map(page.dayLabel)).join(", ")],
                    [qsTr("First name"), page.vm.firstName],
                    [qsTr("Phone"), page.vm.phone],
                    [qsTr("E-mail"), page.vm.email],
                    [qsTr("Contact by"), page.channelLabel(page.vm.channel || (page.vm.phone !== "" ? "phone" : "email"))
                                         + " · " + page.slotLabel(page.vm.timeSlot)
                                         + " · " + page.languageLabel(page.vm.callLanguage)],
                    [qsTr("About"), page.vm.offeringName]
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
                checked: page.vm.consentNotice
                onToggled: page.vm.setConsentNotice(checked)
            }
            FieldError { field: "consent_notice" }
            Tick {
                objectName: "intake.news"
                text: qsTr("I would also like news of future initiatives (optional)")
                checked: page.vm.consentNews
                onToggled: page.vm.setConsentNews(checked)
            }
            KText {
                objectName: "intake.failed"
                width: parent.width
                visible: page.vm.failed
                color: page.errorInk
                font.bold: true
                text: qsTr("Sorry, the request could not be saved. Please try again or ask the staff.")
            }
            KText {
                width: parent.width
                visible: page.vm.demo
                color: Ui.muted
                font.pixelSize: Ui.small
                text: qsTr("Demonstration kiosk: requests are not sent to a real office.")
            }
        }
    }

    Component {
        id: doneStep
        Row {
            objectName: "intake.step.done"
            spacing: Ui.gap
            Column {
                width: parent.width - card.width - Ui.gap
                spacing: Ui.gap
                Heading { text: qsTr("Thank you! Your request has been sent.") }
                KText { text: qsTr("Your reference"); color: Ui.muted }
                KText {
                    objectName: "intake.reference"
                    text: page.vm.reference
                    font.pixelSize: Ui.hero
                    font.bold: true
                    font.letterSpacing: 4
                    color: Ui.primary
                }
                KText {
                    width: parent.width
                    text: qsTr("We will call you within %n working day(s).", "", page.vm.callbackDays)
                    font.pixelSize: Ui.h3
                }
                Hint { text: qsTr("This screen closes by itself and forgets everything you typed.") }
            }
            QrCard {
                id: card
                objectName: "intake.qr.contact"
                width: Math.round(320 * Ui.scale)
                source: page.vm.infoPointQr
                caption: qsTr("Save our contact with your reference")
                iconName: "contact"
            }
        }
    }
}
