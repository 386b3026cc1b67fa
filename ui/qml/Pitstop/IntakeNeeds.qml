pragma ComponentBehavior: Bound
import QtQuick
import Pitstop
import Pitstop.ViewModels

// Step "needs": what the family needs (one or more of a fixed list).
Column {
    id: step
    required property IntakePage page
    readonly property Intake vm: page.vm
    objectName: "intake.step.needs"
    spacing: Ui.gap

    IntakeHeading { text: qsTr("What do you need?") }
    KText {
        width: parent.width
        color: Ui.muted
        text: qsTr("Choose one or more.")
    }
    IntakeError { page: step.page; field: "needs" }
    Grid {
        id: needGrid
        width: parent.width
        columns: step.page.portrait ? 1 : 2
        spacing: Ui.gap
        Repeater {
            model: step.vm.needOptions
            IntakeToggle {
                required property string modelData
                width: (needGrid.width - (needGrid.columns - 1) * needGrid.spacing) / needGrid.columns
                objectName: "intake.need." + modelData
                text: step.page.needLabel(modelData)
                iconName: step.page.needIcon(modelData)
                active: step.vm.needs.indexOf(modelData) >= 0
                onClicked: step.vm.toggleNeed(modelData)
            }
        }
    }
}
