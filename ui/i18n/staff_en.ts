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
        <source>live (central office key)</source>
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
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="50"/>
        <source>Demo mode: no central office key is set, requests cannot reach the central office. Set privacy.central_public_key.</source>
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
</TS>
