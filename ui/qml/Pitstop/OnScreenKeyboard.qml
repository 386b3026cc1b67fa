import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Pitstop.ViewModels

// The Qt Virtual Keyboard's panel and its settings, in a file of their own so that only this file
// imports QtQuick.VirtualKeyboard (its components, Qt Multimedia for key clicks, the input-method
// plugins). Main.qml builds it when a text field first takes the focus and keeps it; the
// libraries, once loaded, stay until the kiosk ends anyway. The settings
// singleton must not be touched before these imports: it looks its style up once, when created,
// and the built-in style is only there once the keyboard's plugins are loaded.
InputPanel {
    id: panel
    required property KioskModel app
    objectName: "keyboard.panel"
    visible: active

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: panel.app.session.keyboardLocales
    }
    // Phone numbers and e-mail addresses are typed on the Latin layout whatever the language: on
    // the Arabic one the number pad has Arabic-Indic digits and a digits-only field takes the
    // keyboard's right-to-left direction ("347 123 4567" showed as "4567 123 347").
    readonly property bool latinField: ["intake.phone", "intake.email"].indexOf(panel.Window.activeFocusItem?.objectName ?? "") >= 0
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.latinField ? "en_GB" : panel.app.session.keyboardLocale
    }
}
