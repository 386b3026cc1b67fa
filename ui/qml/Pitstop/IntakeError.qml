import QtQuick
import Pitstop

// The view-model's message for one answer (`field` as in kiosk.intake.model), shown beside it.
KText {
    id: error
    required property IntakePage page
    property string field
    objectName: "intake.error." + field
    width: parent ? parent.width : 0
    text: page.vm.errors[field] || ""
    visible: text !== ""
    color: page.errorInk
    font.bold: true
    // Said at once by assistive technology when it appears (WCAG 4.1.3).
    Accessible.role: Accessible.AlertMessage
    onTextChanged: if (error.text !== "") Accessible.announce(error.text, Accessible.AnnouncementPoliteness.Assertive)
}
