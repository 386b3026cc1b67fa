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
    property color line: "#E6D3C3"
    property color highlight: "#F6C453"
    readonly property real body: Math.round(26 * scale)
    readonly property real small: Math.round(24 * scale)
    readonly property real h3: Math.round(30 * scale)
    readonly property real h2: Math.round(38 * scale)
    readonly property real h1: Math.round(54 * scale)
    readonly property real hero: Math.round(72 * scale)
    readonly property real target: Math.max(56, Math.round(80 * scale))
    readonly property real gap: Math.round(24 * scale)
    readonly property real margin: Math.round(40 * scale)
    readonly property real radius: Math.round(18 * scale)
    readonly property real icon: Math.round(40 * scale)
}
