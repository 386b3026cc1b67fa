import QtQuick
import QtQuick.Controls.Basic
import Pitstop

// One offering: what, when, where, ages, cost, how to enrol, contacts; QR codes to take it home.
KioskPage {
    id: page
    objectName: "detail"
    title: app.detail.name
    instructions: [app.detail.organization, app.detail.ages, app.detail.cost].filter(t => t !== "").join(". ")
    readonly property var d: app.detail
    readonly property int codeCount: (d.qrLink !== "" ? 1 : 0) + (d.qrContact !== "" ? 1 : 0) + (d.qrCalendar !== "" ? 1 : 0)

    Flickable {
        id: info
        objectName: "detail.info"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.right: page.portrait ? parent.right : side.left
        anchors.bottom: page.portrait ? side.top : parent.bottom
        contentHeight: column.implicitHeight + 2 * Ui.margin
        clip: true
        boundsBehavior: Flickable.DragOverBounds

        Column {
            id: column
            x: Ui.margin
            y: Ui.margin
            width: info.width - 2 * Ui.margin
            spacing: Ui.gap

            Row {
                width: parent.width
                spacing: Ui.gap
                Rectangle {
                    width: Math.round(Ui.target * 1.2)
                    height: width
                    radius: width / 2
                    color: Ui.surfaceAlt
                    Icon { anchors.centerIn: parent; name: page.d.icon || "generic"; color: Ui.primary; width: Math.round(parent.width * 0.6) }
                }
                Column {
                    width: parent.width - Ui.target * 1.2 - Ui.gap
                    anchors.verticalCenter: parent.verticalCenter
                    KText { objectName: "detail.name"; width: parent.width; text: page.d.name; heading: true; font.pixelSize: Ui.h1; font.bold: true }
                    Row {  // a Row: it starts on the right when the layout is mirrored (Arabic)
                        width: parent.width
                        visible: page.d.nameMark !== ""
                        FallbackMark { objectName: "detail.nameMark"; text: page.d.nameMark }
                    }
                    KText { width: parent.width; text: page.d.organization; color: Ui.muted; font.pixelSize: Ui.h3 }
                }
            }
            Flow {
                width: parent.width
                spacing: Ui.gap
                Row {
                    spacing: 8
                    Icon { name: "child"; color: Ui.accent; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
                    KText { text: page.d.ages; font.bold: true; wrapMode: Text.NoWrap; anchors.verticalCenter: parent.verticalCenter }
                }
                Row {
                    spacing: 8
                    Icon { name: "euro"; color: Ui.accent; width: Ui.icon; anchors.verticalCenter: parent.verticalCenter }
                    KText { text: page.d.cost; font.bold: true; wrapMode: Text.NoWrap; anchors.verticalCenter: parent.verticalCenter }
                }
            }
            Row {
                width: parent.width
                visible: page.d.descriptionMark !== "" && page.d.description !== ""
                FallbackMark { objectName: "detail.descriptionMark"; text: page.d.descriptionMark }
            }
            KText { objectName: "detail.description"; width: parent.width; text: page.d.description; lineHeight: 1.15 }
            InfoSection { width: parent.width; iconName: "calendar"; heading: qsTr("When"); lines: page.d.when }
            InfoSection { width: parent.width; iconName: "place"; heading: qsTr("Where"); lines: page.d.places }
            InfoSection { width: parent.width; iconName: "euro"; heading: qsTr("Cost"); lines: page.d.costs }
            InfoSection { width: parent.width; iconName: "enrol"; heading: qsTr("How to enrol"); lines: page.d.howToEnrol !== "" ? [page.d.howToEnrol] : [] }
            InfoSection { width: parent.width; iconName: "phone"; heading: qsTr("Contacts"); lines: page.portrait ? page.d.contacts : [] }
        }
    }

    // Take it home: QR codes, and the contact request about this offering.
    Rectangle {
        id: side
        color: Ui.surfaceAlt
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: page.portrait ? undefined : parent.top
        anchors.left: page.portrait ? parent.left : undefined
        width: page.portrait ? parent.width : Math.round(parent.width * 0.46)
        height: page.portrait ? sideColumn.implicitHeight + 2 * Ui.gap : parent.height

        // Scrolls when the codes, the button and the contacts are taller than the screen
        // (1280×800 landscape, long contacts, Arabic's taller lines); still otherwise.
        Flickable {
            id: sideScroll
            objectName: "detail.side"
            anchors.fill: parent
            contentHeight: sideColumn.implicitHeight + 2 * Ui.gap
            interactive: contentHeight > height
            clip: interactive
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: sideColumn
                x: Ui.gap
                y: Ui.gap
                width: side.width - 2 * Ui.gap
                spacing: Math.round(Ui.gap * 0.75)

                KText {
                    width: parent.width
                    visible: page.codeCount > 0
                    text: qsTr("Take it with you: scan a code with your phone camera")
                    heading: true
                    font.pixelSize: Ui.h3
                    font.bold: true
                }
                Flow {
                    width: parent.width
                    spacing: Math.round(Ui.gap * 0.75)
                    QrCard {
                        objectName: "detail.qr.link"
                        visible: page.d.qrLink !== ""
                        source: page.d.qrLink
                        width: Math.floor((parent.width - 2 * parent.spacing) / 3)
                        iconName: "link"
                        caption: qsTr("Open the web page")
                    }
                    QrCard {
                        objectName: "detail.qr.contact"
                        visible: page.d.qrContact !== ""
                        source: page.d.qrContact
                        width: Math.floor((parent.width - 2 * parent.spacing) / 3)
                        iconName: "phone"
                        caption: qsTr("Save the contact")
                    }
                    QrCard {
                        objectName: "detail.qr.calendar"
                        visible: page.d.qrCalendar !== ""
                        source: page.d.qrCalendar
                        width: Math.floor((parent.width - 2 * parent.spacing) / 3)
                        iconName: "calendar"
                        caption: qsTr("Add the dates to your calendar")
                    }
                }
                BigButton {
                    objectName: "detail.contactMe"
                    width: parent.width
                    implicitHeight: Math.round(Ui.target * 1.15)
                    text: qsTr("Contact me about this")
                    iconName: "contact"
                    fill: Ui.primary
                    ink: Ui.primaryInk
                    fontSize: Ui.h3
                    onClicked: page.app.nav.requestContact(page.d.offeringId)
                }
                // Landscape has room beside the codes: the contacts stay in view while scanning.
                InfoSection {
                    width: parent.width
                    topPadding: Math.round(Ui.gap / 2)
                    iconName: "phone"
                    heading: qsTr("Contacts")
                    lines: page.portrait ? [] : page.d.contacts
                }
            }
        }
    }
}
