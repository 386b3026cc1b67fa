import QtQuick
import Pitstop

// All text of the kiosk: always plain text (catalogue text must never be read as HTML).
Text {
    textFormat: Text.PlainText
    font.pixelSize: Ui.body
    font.family: Ui.fontFamily
    wrapMode: Text.WordWrap
    // Set, not left to each text's own direction: mirrored (Arabic) every line starts at the right,
    // the Latin ones (addresses, e-mails) too; in the other languages Arabic text starts at the left.
    horizontalAlignment: Text.AlignLeft
    elide: Text.ElideNone
    color: Ui.ink
    // Every visible text is exposed to assistive technology; `heading` marks titles and questions.
    property bool heading: false
    Accessible.role: heading ? Accessible.Heading : Accessible.StaticText
    Accessible.name: text
}
