pragma ComponentBehavior: Bound
import QtQuick
import Pitstop
import Pitstop.ViewModels

// Step "when": the town, then (optional) the periods and week days help is needed.
Column {
    id: step
    required property IntakePage page
    readonly property Intake vm: page.vm
    objectName: "intake.step.when"
    spacing: Ui.gap

    IntakeHeading { text: qsTr("Where do you live?") }
    IntakeError { page: step.page; field: "comune" }
    Flow {
        width: parent.width
        spacing: Math.round(Ui.gap / 2)
        Repeater {
            model: step.vm.comuneOptions
            IntakeToggle {
                required property var modelData
                objectName: "intake.comune." + modelData.key
                text: modelData.label
                iconName: "place"
                active: step.vm.comune === modelData.key
                onClicked: step.vm.setComune(modelData.key)
            }
        }
    }
    IntakeHeading { text: qsTr("When do you need help?"); font.pixelSize: Ui.h3 }
    KText {
        width: parent.width
        color: Ui.muted
        text: qsTr("Optional: periods and days.")
    }
    Flow {
        width: parent.width
        spacing: Math.round(Ui.gap / 2)
        Repeater {
            model: step.vm.periodOptions
            IntakeToggle {
                required property var modelData
                objectName: "intake.period." + modelData.key
                text: modelData.label
                iconName: "calendar"
                active: step.vm.periods.indexOf(modelData.key) >= 0
                onClicked: step.vm.togglePeriod(modelData.key)
            }
        }
    }
    Flow {
        width: parent.width
        spacing: Math.round(Ui.gap / 2)
        Repeater {
            model: step.vm.weekdayOptions
            IntakeToggle {
                required property string modelData
                objectName: "intake.weekday." + modelData
                text: step.page.dayLabel(modelData)
                iconName: "clock"
                active: step.vm.weekdays.indexOf(modelData) >= 0
                onClicked: step.vm.toggleWeekday(modelData)
            }
        }
    }
}
