pragma ComponentBehavior: Bound
import QtQuick
import Pitstop
import Pitstop.ViewModels

// Step "children": the children's ages (never names or birth dates), up to eight.
Column {
    id: step
    required property IntakePage page
    readonly property Intake vm: page.vm
    objectName: "intake.step.children"
    spacing: Ui.gap

    IntakeHeading { text: qsTr("How old are your children?") }
    KText {
        width: parent.width
        color: Ui.muted
        text: qsTr("Tap the age of each child (up to 8). Only ages: no names.")
    }
    IntakeError { page: step.page; field: "children_ages" }
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
                text: String(index)
                outlined: true
                enabled: step.vm.ages.length < 8
                Accessible.name: step.page.ageLabel(index)
                onClicked: step.vm.addAge(index)
            }
        }
    }
    KText {
        width: parent.width
        visible: step.vm.ages.length > 0
        text: qsTr("Your children (tap to remove):")
        font.bold: true
    }
    Flow {
        width: parent.width
        spacing: Math.round(Ui.gap / 2)
        Repeater {
            model: step.vm.ages
            IntakeToggle {
                required property int index
                required property var modelData
                objectName: "intake.childAge.remove." + index
                text: step.page.ageLabel(modelData) + "  ✕"
                iconName: "child"
                active: true
                onClicked: step.vm.removeAge(index)
            }
        }
    }
}
