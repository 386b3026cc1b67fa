<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="11" />
        <source>Ask to be contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="17" />
        <source>Care when schools are closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="18" />
        <source>Before and after school</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="19" />
        <source>Summer centres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="20" />
        <source>Help with homework</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="21" />
        <source>Baby parking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22" />
        <source>Information on benefits and bonuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23" />
        <source>Something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="32" />
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="32" />
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="32" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="33" />
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="33" />
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="33" />
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="34" />
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <location filename="../qml/Pitstop/IntakePage.qml" line="419" />
        <location filename="../qml/Pitstop/IntakePage.qml" line="496" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="40" />
        <source>Morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="40" />
        <source>Afternoon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="40" />
        <source>Evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="41" />
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="50" />
        <source>under 1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="50" />
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="105" />
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="161" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="172" />
        <source>I understand, continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="172" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Send my request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="197" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="214" />
        <source>Before we start: how we use your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="219" />
        <source>About: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="225" />
        <source>Who: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="226" />
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="227" />
        <source>Who receives it: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="228" />
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="229" />
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="233" />
        <source>Hide the full notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="233" />
        <source>Read the full notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="245" />
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="253" />
        <source>The full notice on your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="264" />
        <source>What do you need?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="265" />
        <source>Choose one or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="290" />
        <source>How old are your children?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="291" />
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="314" />
        <source>Your children (tap to remove):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="341" />
        <source>Where do you live?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="358" />
        <source>When do you need help?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="359" />
        <source>Optional: periods and days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="398" />
        <source>How can we reach you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="399" />
        <source>Your first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="404" />
        <source>First name only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="409" />
        <location filename="../qml/Pitstop/IntakePage.qml" line="495" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="414" />
        <source>e.g. 347 123 4567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="424" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="430" />
        <source>How should we contact you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="447" />
        <source>When is best?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="463" />
        <source>Language for the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="487" />
        <source>Check and send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="490" />
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="491" />
        <source>Children's ages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="492" />
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="493" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="494" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="497" />
        <source>Contact by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="500" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="521" />
        <source>I have read the privacy notice (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="539" />
        <source>I would also like news of future initiatives (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="549" />
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="556" />
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="569" />
        <source>Thank you! Your request has been sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="570" />
        <source>Your reference</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="581" />
        <source>We will call you within %n working day(s).</source>
        <translation><numerusform>We will call you within %n working day.</numerusform><numerusform>We will call you within %n working days.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="584" />
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="591" />
        <source>Save our contact with your reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../vm/intake.py" line="524" />
        <source>Reference: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>