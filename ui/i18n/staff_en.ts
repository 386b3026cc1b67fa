<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py"/>
        <source>Now choose the staff PIN (at least %n digit(s)).</source>
        <translation>
            <numerusform>Now choose the staff PIN (at least %n digit).</numerusform>
            <numerusform>Now choose the staff PIN (at least %n digits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py"/>
        <source>Wrong setup code. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>Wrong setup code. %n try left before the pad locks.</numerusform>
            <numerusform>Wrong setup code. %n tries left before the pad locks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="151"/>
        <source>Too many wrong PINs. Staff mode is locked until a new PIN is set with &apos;pitstop staff set-pin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="156"/>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="202"/>
        <source>No staff PIN yet: choose one (at least %n digit(s)).</source>
        <translation>
            <numerusform>No staff PIN yet: choose one (at least %n digit).</numerusform>
            <numerusform>No staff PIN yet: choose one (at least %n digits).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="209"/>
        <source>The staff PIN file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="299"/>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="314"/>
        <source>The PIN needs at least %n digit(s).</source>
        <translation>
            <numerusform>The PIN needs at least %n digit.</numerusform>
            <numerusform>The PIN needs at least %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="322"/>
        <source>Type the new PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="327"/>
        <source>The two PINs differ. Choose the new PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="336"/>
        <source>The PIN has at least %n digit(s).</source>
        <translation>
            <numerusform>The PIN has at least %n digit.</numerusform>
            <numerusform>The PIN has at least %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="351"/>
        <source>The PIN could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="369"/>
        <source>Wrong PIN. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the pad locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the pad locks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="389"/>
        <source>New PIN saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="398"/>
        <source>The PIN could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="410"/>
        <source>Choose the new PIN (at least %n digit(s)).</source>
        <translation>
            <numerusform>Choose the new PIN (at least %n digit).</numerusform>
            <numerusform>Choose the new PIN (at least %n digits).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="85"/>
        <source>Looking for catalogue files on USB sticks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="105"/>
        <source>Choose the catalogue to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="107"/>
        <source>No .json, .csv or .xlsx file found. Plug in the USB stick and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="112"/>
        <source>The USB sticks could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="119"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/media.py" line="130"/>
        <source>Catalogue imported: %n offering(s).</source>
        <translation>
            <numerusform>Catalogue imported: %n offering.</numerusform>
            <numerusform>Catalogue imported: %n offerings.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="136"/>
        <source>Not imported: %1 The current catalogue is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="161"/>
        <source>No USB stick found. Plug one in and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="163"/>
        <source>Choose where to copy the waiting requests (they stay sealed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/media.py" line="181"/>
        <source>%n sealed request(s) copied. Take the stick to the central office.</source>
        <translation>
            <numerusform>%n sealed request copied. Take the stick to the central office.</numerusform>
            <numerusform>%n sealed requests copied. Take the stick to the central office.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="190"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="56"/>
        <source>Kiosk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="57"/>
        <location filename="../vm/staff/status.py" line="185"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="58"/>
        <source>Comune (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="59"/>
        <source>Default area (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="60"/>
        <source>Sync mode (folder, http, off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="61"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="62"/>
        <source>Central server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="63"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="64"/>
        <source>Sync every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="65"/>
        <source>Idle timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="66"/>
        <source>Languages offered (it,en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="67"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="68"/>
        <source>Data controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="69"/>
        <source>Controller contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="70"/>
        <source>DPO contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="71"/>
        <source>Keep sent requests (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="72"/>
        <source>Privacy notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="73"/>
        <source>Call back within (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="74"/>
        <source>Central public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="75"/>
        <source>Theme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="76"/>
        <source>Primary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="77"/>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="78"/>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="79"/>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="80"/>
        <source>Staff mode locks after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="86"/>
        <location filename="../vm/staff/status.py" line="184"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="87"/>
        <location filename="../vm/staff/status.py" line="196"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="88"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="89"/>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="90"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="91"/>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="147"/>
        <source>Staff mode is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="149"/>
        <source>This setting cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="155"/>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="157"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="32"/>
        <source>The kiosk is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="83"/>
        <source>The kiosk status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/status.py" line="127"/>
        <source>%n request(s) cannot be sent: the central office already has a different request with the same code. Export them to a USB stick and take it to the central office.</source>
        <translation>
            <numerusform>%n request cannot be sent: the central office already has a different request with the same code. Export it to a USB stick and take it to the central office.</numerusform>
            <numerusform>%n requests cannot be sent: the central office already has a different request with the same code. Export them to a USB stick and take it to the central office.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="147"/>
        <source>Sync does not run inside the app in this version; use &apos;pitstop sync&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="157"/>
        <source>Sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="163"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="170"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="171"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="177"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="181"/>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="182"/>
        <source>shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="182"/>
        <source>central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="182"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="186"/>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="189"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="190"/>
        <source>DEMO: requests are sealed with a local demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="192"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="195"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="199"/>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="203"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="206"/>
        <source>Requests waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="212"/>
        <source>Requests in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="218"/>
        <source>Free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="222"/>
        <source>Running for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/checks.py"/>
        <source>The checks could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/checks.py"/>
        <source>Everything checked is fine (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vm/staff/checks.py"/>
        <source>%1 (checked %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/checks.py"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/checks.py"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="50"/>
        <source>Demo mode: requests are sealed with a demo key and cannot reach the office. Set the kiosk up with the office&apos;s enrolment file: Set up from a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="116"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="126"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="143"/>
        <source>Import catalogue from USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="151"/>
        <source>Export waiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="159"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="167"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="175"/>
        <source>Restart the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="183"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="192"/>
        <source>Lock and close staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml"/>
        <source>%1 more: open Checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml"/>
        <source>Checks (%1 to fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMedia</name>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="25"/>
        <source>Staff home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="32"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="43"/>
        <source>Import a catalogue from a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="44"/>
        <source>Copy the waiting requests to a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="51"/>
        <source>Requests waiting: %1. They are copied sealed: only the central office can open them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../qml/Pitstop/StaffPage.qml" line="15"/>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="24"/>
        <source>Choose a new staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="25"/>
        <source>Type the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="26"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="84"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="102"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="113"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="20"/>
        <source>Staff home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="85"/>
        <source>(set — type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="85"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="113"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffFinding</name>
    <message>
        <location filename="../qml/Pitstop/StaffFinding.qml"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffFinding.qml"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffFinding.qml"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffChecks</name>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Staff home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again (pitstop enrol FILE): it carries the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: sync.token is empty, so the central server would refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE): it seals the waiting requests again for the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The check &apos;%1&apos; could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Send the output of &apos;pitstop doctor&apos; to whoever maintains the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk is in demo mode: requests are sealed with a demo key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file: pitstop enrol FILE (or &apos;Set up from a USB stick&apos; in staff mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk is in demo mode but syncs with %1: requests stay on this kiosk, because the office cannot open what the demo key seals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file: pitstop enrol FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk was enrolled, but privacy.central_public_key is now empty: requests are sealed with the demo key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again: pitstop enrol FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The record of this kiosk&apos;s enrolment (enrolment.json) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>kiosk.id is %1, but the office enrolled this kiosk as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The office key&apos;s fingerprint is %1, but the office enrolled this kiosk with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again (pitstop enrol FILE) and read the fingerprint to the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 is not the value the office&apos;s enrolment gave this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The demo catalogue (fictional services) is on screen, but this kiosk has an office key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Press &apos;Sync now&apos; in staff mode (with the kiosk stopped: pitstop sync --once): the office&apos;s catalogue is fetched and shown on the welcome screen. Or import it from a USB stick in staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>No catalogue is loaded: visitors see no services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Run &apos;pitstop sync --once&apos;, or import the office&apos;s catalogue: pitstop catalogue import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The catalogue was published %1 days ago (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Check that sync works (pitstop sync --once); if it does, ask the office to publish an up-to-date catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Catalogue %1, published %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The catalogue %1 was refused (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Correct the file and import it again; until then the kiosk keeps its previous catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Office key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Read it to the office over the phone: it must match the fingerprint of their central.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 is the office&apos;s PRIVATE key: it must never be on a kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Delete it from this kiosk, tell the office, and apply their enrolment file (pitstop enrol FILE), which carries central.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 is an old key file that does not say whether it is public or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Ask the office for their central.pub in the current format (&apos;pitstop keys show&apos; names it) and apply their enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The office key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again (pitstop enrol FILE), or set privacy.central_public_key to their central.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The central server refused this kiosk&apos;s token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Ask the office for a new enrolment file for this kiosk and apply it: pitstop enrol FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Check the network or the shared folder, then press &apos;Sync now&apos; in staff mode (or run &apos;pitstop sync --once&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk has not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Press &apos;Sync now&apos; in staff mode (or run &apos;pitstop sync --once&apos;), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The last successful sync was on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Last successful sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1, which is before this version was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Set the date and time (timedatectl set-ntp true, or timedatectl set-time) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1, earlier than %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1 but the central server says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Only %1 free in the data folder: new requests may not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Free space on this disk now (old logs, downloads); do not delete the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Only %1 free in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Free space on this disk soon (old logs, downloads); do not delete the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 free in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>No display here: &apos;pitstop run&apos; started from this shell would show no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Start the kiosk through its service (systemctl start pitstop-kiosk), or set WAYLAND_DISPLAY or DISPLAY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>A display is set for this shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Translations are missing or out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Reinstall the app (its package carries them), or run &apos;make translations&apos; in a source checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Translations are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The settings file was damaged and kept aside as %1; the kiosk uses the defaults for what it could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Compare %1 with settings.toml, set what is missing with &apos;pitstop config set&apos;, then delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Another kiosk process (pid %1) holds this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Stop the other process (or the other kiosk service), then restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk app is running on this data folder (pid %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk app is not running on this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Start it: systemctl start pitstop-kiosk (or &apos;pitstop run&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Sync is off: requests stay on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE), or set sync.mode to folder or http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: no shared folder or central server is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE), or set sync.folder to the office&apos;s shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: sync.mode is http but sync.url is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE), or set sync.url to the central server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: sync.folder (%1) is the demo share, which the office never reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The shared folder %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Plug in the USB stick or mount the network share, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The shared folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Give the kiosk&apos;s user write access to the shared folder (or unlock the USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The central server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Check the network and sync.url; the office can tell whether their server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Correct settings.toml, or start the kiosk, which keeps the file aside and uses the defaults for what it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk has not been started on this data folder yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE) and start the kiosk once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk&apos;s database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Stop the kiosk, copy the data folder somewhere safe, and send the output of &apos;pitstop doctor&apos; to whoever maintains the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The central server answers and accepts this kiosk&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
