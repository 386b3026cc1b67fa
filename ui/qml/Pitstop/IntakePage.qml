pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Pitstop
import Pitstop.ViewModels

// "Ask to be contacted": one question per step (ui/vm/intake.py holds the answers and checks
// them with kiosk.intake.model). This frame holds the step indicator, the scrolling step area and
// the bottom bar (back / next / send); each step is its own file (IntakeNotice, IntakeNeeds,
// IntakeChildren, IntakeWhen, IntakeContact, IntakeReview, IntakeDone) and only the current one
// exists, so every objectName is unique. The labels of the fixed lists live here: the steps and
// the review share them. The focused field is kept in view above the bottom bar and the
// on-screen keyboard.
KioskPage {
    id: page
    objectName: "intake"
    title: qsTr("Ask to be contacted")
    // Said by speech mode on each step; the reference one character at a time.
    instructions: {
        const step = page.vm.stepName
        if (step === "done")
            return qsTranslate("IntakeDone", "Thank you! Your request has been sent.") + " "
                + qsTranslate("IntakeDone", "Your reference") + ": "
                + page.vm.reference.split(/[-\s]+/).map(g => g.split("").join(" ")).join(", ") + ". "
                + qsTranslate("IntakeDone", "We will call you within %n working day(s).", "", page.vm.callbackDays)
        const heading = ({
            notice: qsTranslate("IntakeNotice", "Before we start: how we use your data"),
            needs: qsTranslate("IntakeNeeds", "What do you need?"),
            children: qsTranslate("IntakeChildren", "How old are your children?"),
            when: qsTranslate("IntakeWhen", "Where do you live?") + " " + qsTranslate("IntakeWhen", "When do you need help?"),
            contact: qsTranslate("IntakeContact", "How can we reach you?"),
            review: qsTranslate("IntakeReview", "Check and send")
        })[step] || ""
        return qsTr("Step %1 of %2").arg(page.vm.step + 1).arg(page.vm.questionCount) + ". " + heading
    }
    readonly property Intake vm: app.vm("intake") as Intake
    // The Back key goes back one step, as the bar's Back button does (from the first step it
    // leaves the request; on the confirmation it does nothing).
    function backKey(): bool {
        page.vm.back()
        return true
    }
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

    // The part of the step area the on-screen keyboard covers (none when the window already makes
    // room for it: Main.qml ends the page at the keyboard's top).
    readonly property real keyboardOverlap: {
        var rect = InputMethod.keyboardRectangle
        if (!InputMethod.visible || rect.height <= 0 || flick.height <= 0)
            return 0
        var focused = page.Window.activeFocusItem
        var top = focused ? focused.mapToItem(null, 0, rect.y).y : rect.y
        return Math.max(0, Math.min(flick.height, flick.mapToItem(null, 0, flick.height).y - top))
    }

    // From keys, a new step starts with the focus on its first control (Tab goes on to the bar).
    function focusStep() {
        const step = stepLoader.item as Item
        if (!Ui.keyFocus || !step)
            return
        const first = step.nextItemInFocusChain(true)
        if (first && page.isInStep(first))
            first.forceActiveFocus(Qt.TabFocusReason)
    }

    function isInStep(item) {
        for (var it = item; it; it = it.parent)
            if (it === stepLoader)
                return true
        return false
    }

    // Scroll the focused item (with its label and message, when they fit) into the visible part.
    function revealFocus() {
        var item = page.Window.activeFocusItem
        if (!item || !page.isInStep(item))
            return
        var view = flick.height - page.keyboardOverlap
        var field = item.parent as IntakeField
        var target = field && field.input === item && field.height + Ui.gap < view ? field : item
        var top = target.mapToItem(flick.contentItem, 0, 0).y
        var bottom = top + target.height
        var margin = Math.round(Ui.gap / 2)
        var y = flick.contentY
        if (bottom + margin > y + view)
            y = bottom + margin - view
        if (top - margin < y)
            y = top - margin
        var most = Math.max(0, flick.contentHeight + flick.bottomMargin - flick.height)
        flick.contentY = Math.max(0, Math.min(most, y))
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { Qt.callLater(page.revealFocus) }
    }

    Flickable {
        id: flick
        objectName: "intake.scroll"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: progress.visible ? progress.bottom : parent.top
        anchors.topMargin: Math.round(Ui.gap / 2)
        anchors.bottom: buttons.top
        contentHeight: stepLoader.height + 2 * Ui.gap
        bottomMargin: page.keyboardOverlap
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        onHeightChanged: Qt.callLater(page.revealFocus)
        onBottomMarginChanged: Qt.callLater(page.revealFocus)
        Loader {
            id: stepLoader
            readonly property Item frame: page
            x: Ui.margin
            y: Ui.gap
            width: flick.width - 2 * Ui.margin
            sourceComponent: ({ notice: noticeStep, needs: needsStep, children: childrenStep,
                                when: whenStep, contact: contactStep, review: reviewStep,
                                done: doneStep })[page.vm.stepName]
            onLoaded: {
                flick.contentY = 0
                page.focusStep()
            }
        }
    }

    Rectangle {
        id: buttons
        objectName: "intake.bar"
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

    Component { id: noticeStep; IntakeNotice { page: stepLoader.frame as IntakePage } }
    Component { id: needsStep; IntakeNeeds { page: stepLoader.frame as IntakePage } }
    Component { id: childrenStep; IntakeChildren { page: stepLoader.frame as IntakePage } }
    Component { id: whenStep; IntakeWhen { page: stepLoader.frame as IntakePage } }
    Component { id: contactStep; IntakeContact { page: stepLoader.frame as IntakePage } }
    Component { id: reviewStep; IntakeReview { page: stepLoader.frame as IntakePage } }
    Component { id: doneStep; IntakeDone { page: stepLoader.frame as IntakePage } }
}
