<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>IntakeChildren</name>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="13"/>
        <source>How old are your children?</source>
        <translation>How old are your children?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="17"/>
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>Tap the age of each child (up to 8). Only ages: no names.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="41"/>
        <source>Your children (tap to remove):</source>
        <translation>Your children (tap to remove):</translation>
    </message>
</context>
<context>
    <name>IntakeContact</name>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="14"/>
        <source>How can we reach you?</source>
        <translation>How can we reach you?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="19"/>
        <source>Your first name</source>
        <translation>Your first name</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="23"/>
        <source>First name only</source>
        <translation>First name only</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="31"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="35"/>
        <source>e.g. 347 123 4567</source>
        <translation>e.g. 347 123 4567</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="49"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="54"/>
        <source>How should we contact you?</source>
        <translation>How should we contact you?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="71"/>
        <source>When is best?</source>
        <translation>When is best?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="87"/>
        <source>Language for the call</source>
        <translation>Language for the call</translation>
    </message>
</context>
<context>
    <name>IntakeDone</name>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="17"/>
        <source>Thank you! Your request has been sent.</source>
        <translation>Thank you! Your request has been sent.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="18"/>
        <source>Your reference</source>
        <translation>Your reference</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakeDone.qml" line="29"/>
        <source>We will call you within %n working day(s).</source>
        <translation>
            <numerusform>We will call you within %n working day.</numerusform>
            <numerusform>We will call you within %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="35"/>
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>This screen closes by itself and forgets everything you typed.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="43"/>
        <source>Save our contact with your reference</source>
        <translation>Save our contact with your reference</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../qml/Pitstop/IntakeField.qml" line="55"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>IntakeNeeds</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="13"/>
        <source>What do you need?</source>
        <translation>What do you need?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="17"/>
        <source>Choose one or more.</source>
        <translation>Choose one or more.</translation>
    </message>
</context>
<context>
    <name>IntakeNotice</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="14"/>
        <source>Before we start: how we use your data</source>
        <translation>Before we start: how we use your data</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="19"/>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="25"/>
        <source>Who: %1 (%2).</source>
        <translation>Who: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="26"/>
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="27"/>
        <source>Who receives it: %1.</source>
        <translation>Who receives it: %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="28"/>
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="29"/>
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33"/>
        <source>Hide the full notice</source>
        <translation>Hide the full notice</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33"/>
        <source>Read the full notice</source>
        <translation>Read the full notice</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="45"/>
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children&apos;s ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children&apos;s ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="53"/>
        <source>The full notice on your phone</source>
        <translation>The full notice on your phone</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="16"/>
        <source>Ask to be contacted</source>
        <translation>Ask to be contacted</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22"/>
        <source>Care when schools are closed</source>
        <translation>Care when schools are closed</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23"/>
        <source>Before and after school</source>
        <translation>Before and after school</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="24"/>
        <source>Summer centres</source>
        <translation>Summer centres</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="25"/>
        <source>Help with homework</source>
        <translation>Help with homework</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="26"/>
        <source>Baby parking</source>
        <translation>Baby parking</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="27"/>
        <source>Information on benefits and bonuses</source>
        <translation>Information on benefits and bonuses</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="28"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="39"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45"/>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45"/>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45"/>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="46"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="55"/>
        <source>under 1</source>
        <translation>under 1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="55"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="69"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="174"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185"/>
        <source>I understand, continue</source>
        <translation>I understand, continue</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198"/>
        <source>Send my request</source>
        <translation>Send my request</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="210"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="558"/>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="48"/>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="51"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="52"/>
        <source>Children&apos;s ages</source>
        <translation>Children&apos;s ages</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="53"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="54"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="55"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="56"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="57"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="58"/>
        <source>Contact by</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="61"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="72"/>
        <source>I have read the privacy notice (required)</source>
        <translation>I have read the privacy notice (required)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="80"/>
        <source>I would also like news of future initiatives (optional)</source>
        <translation>I would also like news of future initiatives (optional)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="90"/>
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>Sorry, the request could not be saved. Please try again or ask the staff.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="97"/>
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>Demonstration kiosk: requests are not sent to a real office.</translation>
    </message>
</context>
<context>
    <name>IntakeWhen</name>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="13"/>
        <source>Where do you live?</source>
        <translation>Where do you live?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="30"/>
        <source>When do you need help?</source>
        <translation>When do you need help?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="34"/>
        <source>Optional: periods and days.</source>
        <translation>Optional: periods and days.</translation>
    </message>
</context>
</TS>
