import QtQuick
import Pitstop.ViewModels

// Base of every page pushed on the navigation stack: it receives the kiosk's view-models. A focus
// scope: the page shown has the keys' focus, on its control marked `focus: true` if any.
FocusScope {
    required property KioskModel app
    property string title: ""
    // What speech mode says when the page arrives, after the title (ui/speech/watch.py); said
    // again whenever it changes.
    property string instructions: ""
    readonly property bool portrait: height > width
    // The Back key (Escape, Back, Backspace; ui/keys.py) asks the page first: true when the page
    // went back itself (a step of the contact request), false for the previous page.
    function backKey(): bool { return false }
}
