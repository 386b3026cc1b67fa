pragma Singleton
import QtQuick

// Sizes for the whole UI: 1.0 at 1080 px on the short side (landscape 1920×1080 or portrait
// 1080×1920), scaled down to the 1280×800 minimum. Main.qml sets `scale`.
QtObject {
    property real scale: 1.0
    property string fontFamily: "Noto Sans"
    // Colours: set from the theme (assets/theme/theme.json + settings [theme]) by Main.qml.
    property color primary: "#B5461F"
    property color primaryInk: "#FFFFFF"
    property color accent: "#1F6F78"
    property color accentInk: "#FFFFFF"
    property color background: "#FFF8F0"
    property color surface: "#FFFFFF"
    property color surfaceAlt: "#FBEBDD"
    property color ink: "#2B1D14"
    property color muted: "#5E4B3E"
    property color line: "#917A68"
    property color highlight: "#F6C453"
    property color focusRing: ink  // the keyboard focus ring (FocusRing.qml: with a white ring inside it)
    property bool keyFocus: false  // the visitor uses keys (Navigator.usingKeys): focus rings show
    // "Large text" (Session.largeText): every text size 1.3 times larger; targets keep their size.
    property bool largeText: false
    readonly property real textScale: largeText ? 1.3 : 1.0
    // Floors: at the 1280×800 minimum (scale 0.74) text stays at least 20 px and targets 64 px.
    readonly property real body: Math.round(Math.max(20, 26 * scale) * textScale)
    readonly property real small: Math.round(Math.max(20, 24 * scale) * textScale)
    readonly property real h3: Math.round(Math.max(24, 30 * scale) * textScale)
    readonly property real h2: Math.round(Math.max(30, 38 * scale) * textScale)
    readonly property real h1: Math.round(Math.max(40, 54 * scale) * textScale)
    readonly property real hero: Math.round(Math.max(54, 72 * scale) * textScale)
    readonly property real target: Math.max(64, Math.round(80 * scale))
    readonly property real gap: Math.round(24 * scale)
    readonly property real margin: Math.round(40 * scale)
    readonly property real radius: Math.round(18 * scale)
    readonly property real icon: Math.round(40 * scale)
}
