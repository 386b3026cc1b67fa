import QtQuick
import Pitstop

// The question of an intake step.
KText {
    width: parent ? parent.width : 0
    font.pixelSize: Ui.h2
    font.bold: true
    heading: true
}
