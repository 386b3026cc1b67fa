import QtQuick
import Pitstop

// The view-model's message for one answer (`field` as in kiosk.intake.model), shown beside it.
KText {
    required property IntakePage page
    property string field
    objectName: "intake.error." + field
    width: parent ? parent.width : 0
    text: page.vm.errors[field] || ""
    visible: text !== ""
    color: page.errorInk
    font.bold: true
}
