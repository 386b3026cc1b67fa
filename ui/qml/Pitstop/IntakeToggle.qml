import QtQuick
import Pitstop

// One choice of an intake step (a need, an age, a town, a day…); `active` when chosen.
Chip {
    implicitHeight: Math.round(Ui.target * 1.05)
    accent: Ui.accent
    checkable: true  // assistive technology reads chosen or not
}
