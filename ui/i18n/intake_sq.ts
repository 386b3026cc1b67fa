<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en">
<context>
    <name>IntakeChildren</name>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="13" />
        <source>How old are your children?</source>
        <translation>Sa vjeç janë fëmijët e tu?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="17" />
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>Prek moshën e çdo fëmije (deri në 8). Vetëm moshën: pa emra.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="41" />
        <source>Your children (tap to remove):</source>
        <translation>Fëmijët e tu (prek për ta hequr):</translation>
    </message>
</context>
<context>
    <name>IntakeContact</name>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="14" />
        <source>How can we reach you?</source>
        <translation>Si mund të të kontaktojmë?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="19" />
        <source>Your first name</source>
        <translation>Emri yt</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="23" />
        <source>First name only</source>
        <translation>Vetëm emri</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="31" />
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="35" />
        <source>e.g. 347 123 4567</source>
        <translation>p.sh. 347 123 4567</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="45" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="49" />
        <source>name@example.com</source>
        <translation>emri@shembull.com</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="54" />
        <source>How should we contact you?</source>
        <translation>Si preferon të kontaktohesh?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="71" />
        <source>When is best?</source>
        <translation>Kur është më mirë?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="87" />
        <source>Language for the call</source>
        <translation>Gjuha për telefonatën</translation>
    </message>
</context>
<context>
    <name>IntakeDone</name>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="17" />
        <source>Thank you! Your request has been sent.</source>
        <translation>Faleminderit! Kërkesa jote u dërgua.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="18" />
        <source>Your reference</source>
        <translation>Kodi yt i referencës</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakeDone.qml" line="29" />
        <source>We will call you within %n working day(s).</source>
        <translation>
            <numerusform>Do të të telefonojmë brenda %n dite pune.</numerusform>
            <numerusform>Do të të telefonojmë brenda %n ditëve të punës.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="35" />
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>Ky ekran mbyllet vetë dhe harron gjithçka që shkrove.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="43" />
        <source>Save our contact with your reference</source>
        <translation>Ruaj kontaktin tonë me kodin tënd</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../qml/Pitstop/IntakeField.qml" line="55" />
        <source>Next</source>
        <translation>Vazhdo</translation>
    </message>
</context>
<context>
    <name>IntakeNeeds</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="13" />
        <source>What do you need?</source>
        <translation>Për çfarë ke nevojë?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="17" />
        <source>Choose one or more.</source>
        <translation>Zgjidh një ose më shumë.</translation>
    </message>
</context>
<context>
    <name>IntakeNotice</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="14" />
        <source>Before we start: how we use your data</source>
        <translation>Para se të fillojmë: si i përdorim të dhënat e tua</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="19" />
        <source>About: %1</source>
        <translation>Rreth: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="25" />
        <source>Who: %1 (%2).</source>
        <translation>Kush: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="26" />
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>Pse: që një operator të të telefonojë për atë që të nevojitet. Baza ligjore: kërkesa jote (neni 6.1.b i GDPR).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="27" />
        <source>Who receives it: %1.</source>
        <translation>Kush i merr: %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="28" />
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>Për sa kohë: derisa kërkesa jote të trajtohet. Ky kiosk nuk ruan asgjë pasi dërgohet.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="29" />
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>Të drejtat e tua: të shohësh, korrigjosh ose fshish të dhënat e tua, ose të kundërshtosh, duke shkruar te %1. Nëpunësi për mbrojtjen e të dhënave: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Hide the full notice</source>
        <translation>Fshih njoftimin e plotë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Read the full notice</source>
        <translation>Lexo njoftimin e plotë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="45" />
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>Kontrolluesi i të dhënave: %1, %2. Qëllimi: t'i përgjigjemi kërkesës sate për një vlerësim të parë të nevojave dhe, vetëm nëse pranon, të të njoftojmë për nisma të ardhshme. Të dhënat (emri, telefoni ose e-maili, moshat e fëmijëve, nevojat, qyteti dhe periudhat) vulosen në këtë kiosk që vetëm zyra qendrore t'i lexojë, pastaj i dërgohen asaj dhe fshihen këtu. Dhënia e tyre është fakultative, por pa numër telefoni ose e-mail nuk mund të të telefonojmë. Ruhen për kohën e nevojshme për të trajtuar kërkesën. Mund të kërkosh qasje, korrigjim, fshirje, kufizim ose të kundërshtosh, dhe të ankohesh te Garante per la protezione dei dati personali. Versioni i njoftimit %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="53" />
        <source>The full notice on your phone</source>
        <translation>Njoftimi i plotë në telefonin tënd</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="16" />
        <source>Ask to be contacted</source>
        <translation>Kërko të të kontaktojnë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22" />
        <source>Care when schools are closed</source>
        <translation>Kujdes kur shkollat janë të mbyllura</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23" />
        <source>Before and after school</source>
        <translation>Para dhe pas shkollës</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="24" />
        <source>Summer centres</source>
        <translation>Qendra verore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="25" />
        <source>Help with homework</source>
        <translation>Ndihmë me detyrat</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="26" />
        <source>Baby parking</source>
        <translation>Baby parking</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="27" />
        <source>Information on benefits and bonuses</source>
        <translation>Informacion për ndihma dhe bonuse</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="28" />
        <source>Something else</source>
        <translation>Diçka tjetër</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Monday</source>
        <translation>E hënë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Tuesday</source>
        <translation>E martë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Wednesday</source>
        <translation>E mërkurë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Thursday</source>
        <translation>E enjte</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Friday</source>
        <translation>E premte</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Saturday</source>
        <translation>E shtunë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="39" />
        <source>Sunday</source>
        <translation>E diel</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>Phone call</source>
        <translation>Telefonatë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Morning</source>
        <translation>Mëngjes</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Afternoon</source>
        <translation>Pasdite</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Evening</source>
        <translation>Mbrëmje</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="46" />
        <source>Any time</source>
        <translation>Në çdo orë</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>under 1</source>
        <translation>nën 1 vjeç</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n vjeç</numerusform>
            <numerusform>%n vjeç</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="69" />
        <source>Step %1 of %2</source>
        <translation>Hapi %1 nga %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="174" />
        <source>Back</source>
        <translation>Mbrapa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>I understand, continue</source>
        <translation>E kuptova, vazhdo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Next</source>
        <translation>Vazhdo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Sending…</source>
        <translation>Po dërgohet…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Send my request</source>
        <translation>Dërgo kërkesën</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="210" />
        <source>Done</source>
        <translation>U krye</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="558" />
        <source>Reference: %1</source>
        <translation>Referenca: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="48" />
        <source>Check and send</source>
        <translation>Kontrollo dhe dërgo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="51" />
        <source>Needs</source>
        <translation>Nevojat</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="52" />
        <source>Children's ages</source>
        <translation>Moshat e fëmijëve</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="53" />
        <source>Town</source>
        <translation>Qyteti</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="54" />
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="55" />
        <source>First name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="56" />
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="57" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="58" />
        <source>Contact by</source>
        <translation>Kontakt me</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="61" />
        <source>About</source>
        <translation>Rreth</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="72" />
        <source>I have read the privacy notice (required)</source>
        <translation>Kam lexuar njoftimin e privatësisë (e detyrueshme)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="80" />
        <source>I would also like news of future initiatives (optional)</source>
        <translation>Dëshiroj të marr edhe lajme për nismat e ardhshme (fakultative)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="90" />
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>Na vjen keq, kërkesa nuk u ruajt dot. Provo përsëri ose pyet personelin.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="97" />
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>Kiosk demonstrues: kërkesat nuk dërgohen në një zyrë të vërtetë.</translation>
    </message>
</context>
<context>
    <name>IntakeWhen</name>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="13" />
        <source>Where do you live?</source>
        <translation>Ku banon?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="30" />
        <source>When do you need help?</source>
        <translation>Kur të duhet ndihmë?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="34" />
        <source>Optional: periods and days.</source>
        <translation>Fakultative: periudha dhe ditë.</translation>
    </message>
</context>
</TS>
