import QtQuick

// A line icon from assets/icons, tinted with `color` (see ui/icons.py).
Image {
    property string name: "generic"
    property color color: "#2B1D14"  // set by users; the theme ink by default in practice
    width: 40
    height: width
    source: "image://icon/" + name + "/" + color.toString().substring(1)
    sourceSize.width: width
    sourceSize.height: height
    fillMode: Image.PreserveAspectFit
    smooth: true
    Accessible.ignored: true  // beside words, never instead of them: decoration for assistive technology
    // Arrows point the way of reading (right-to-left languages later).
    mirror: (name === "back" || name === "forward") && Application.layoutDirection === Qt.RightToLeft
}
