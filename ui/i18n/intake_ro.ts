<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>IntakeChildren</name>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="13" />
        <source>How old are your children?</source>
        <translation>Câți ani au copiii tăi?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="17" />
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>Atinge vârsta fiecărui copil (până la 8). Doar vârsta: fără nume.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="41" />
        <source>Your children (tap to remove):</source>
        <translation>Copiii tăi (atinge pentru a elimina):</translation>
    </message>
</context>
<context>
    <name>IntakeContact</name>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="14" />
        <source>How can we reach you?</source>
        <translation>Cum te putem contacta?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="19" />
        <source>Your first name</source>
        <translation>Prenumele tău</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="23" />
        <source>First name only</source>
        <translation>Doar prenumele</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="31" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="35" />
        <source>e.g. 347 123 4567</source>
        <translation>ex. 347 123 4567</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="45" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="49" />
        <source>name@example.com</source>
        <translation>nume@exemplu.ro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="54" />
        <source>How should we contact you?</source>
        <translation>Cum preferi să fii contactat?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="71" />
        <source>When is best?</source>
        <translation>Când e cel mai bine?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="87" />
        <source>Language for the call</source>
        <translation>Limba pentru apel</translation>
    </message>
</context>
<context>
    <name>IntakeDone</name>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="17" />
        <source>Thank you! Your request has been sent.</source>
        <translation>Mulțumim! Cererea ta a fost trimisă.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="18" />
        <source>Your reference</source>
        <translation>Codul tău de referință</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakeDone.qml" line="29" />
        <source>We will call you within %n working day(s).</source>
        <translation>
            <numerusform>Te vom suna în %n zi lucrătoare.</numerusform>
            <numerusform>Te vom suna în %n zile lucrătoare.</numerusform>
            <numerusform>Te vom suna în %n de zile lucrătoare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="35" />
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>Acest ecran se închide singur și uită tot ce ai scris.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="43" />
        <source>Save our contact with your reference</source>
        <translation>Salvează contactul nostru cu codul tău</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../qml/Pitstop/IntakeField.qml" line="55" />
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
</context>
<context>
    <name>IntakeNeeds</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="13" />
        <source>What do you need?</source>
        <translation>De ce ai nevoie?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="17" />
        <source>Choose one or more.</source>
        <translation>Alege una sau mai multe.</translation>
    </message>
</context>
<context>
    <name>IntakeNotice</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="14" />
        <source>Before we start: how we use your data</source>
        <translation>Înainte de a începe: cum folosim datele tale</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="19" />
        <source>About: %1</source>
        <translation>Despre: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="25" />
        <source>Who: %1 (%2).</source>
        <translation>Cine: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="26" />
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>De ce: pentru ca un operator să te sune înapoi în legătură cu ce ai nevoie. Temei legal: cererea ta (art. 6.1.b GDPR).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="27" />
        <source>Who receives it: %1.</source>
        <translation>Cine le primește: %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="28" />
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>Cât timp: până când cererea ta a fost rezolvată. Acest chioșc nu păstrează nimic după trimitere.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="29" />
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>Drepturile tale: să vezi, să corectezi sau să ștergi datele tale ori să te opui, scriind la %1. Responsabilul cu protecția datelor: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Hide the full notice</source>
        <translation>Ascunde nota completă</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Read the full notice</source>
        <translation>Citește nota completă</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="45" />
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>Operatorul de date: %1, %2. Scopul: să răspundem cererii tale pentru o primă evaluare a nevoilor și, doar dacă ești de acord, să te informăm despre inițiativele viitoare. Datele (prenumele, telefonul sau e-mailul, vârstele copiilor, nevoile, localitatea și perioadele) sunt sigilate pe acest chioșc, astfel încât doar biroul central să le poată citi, apoi îi sunt trimise și șterse de aici. Furnizarea lor este opțională, dar fără un număr de telefon sau un e-mail nu te putem suna înapoi. Sunt păstrate cât timp este necesar pentru a rezolva cererea. Poți cere acces, rectificare, ștergere, restricționare sau te poți opune și poți depune o plângere la Garante per la protezione dei dati personali. Versiunea notei %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="53" />
        <source>The full notice on your phone</source>
        <translation>Nota completă pe telefonul tău</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="16" />
        <source>Ask to be contacted</source>
        <translation>Cere să fii contactat</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22" />
        <source>Care when schools are closed</source>
        <translation>Îngrijire când școlile sunt închise</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23" />
        <source>Before and after school</source>
        <translation>Înainte și după școală</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="24" />
        <source>Summer centres</source>
        <translation>Centre de vară</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="25" />
        <source>Help with homework</source>
        <translation>Ajutor la teme</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="26" />
        <source>Baby parking</source>
        <translation>Baby parking</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="27" />
        <source>Information on benefits and bonuses</source>
        <translation>Informații despre ajutoare și bonusuri</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="28" />
        <source>Something else</source>
        <translation>Altceva</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Monday</source>
        <translation>Luni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Tuesday</source>
        <translation>Marți</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Wednesday</source>
        <translation>Miercuri</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Thursday</source>
        <translation>Joi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Friday</source>
        <translation>Vineri</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Saturday</source>
        <translation>Sâmbătă</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="39" />
        <source>Sunday</source>
        <translation>Duminică</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>Phone call</source>
        <translation>Apel telefonic</translation>
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
        <translation>Dimineața</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Afternoon</source>
        <translation>După-amiaza</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Evening</source>
        <translation>Seara</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="46" />
        <source>Any time</source>
        <translation>Oricând</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>under 1</source>
        <translation>sub 1 an</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ani</numerusform>
            <numerusform>%n de ani</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="69" />
        <source>Step %1 of %2</source>
        <translation>Pasul %1 din %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="174" />
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>I understand, continue</source>
        <translation>Am înțeles, continuă</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Send my request</source>
        <translation>Trimite cererea</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="210" />
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="558" />
        <source>Reference: %1</source>
        <translation>Referință: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="48" />
        <source>Check and send</source>
        <translation>Verifică și trimite</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="51" />
        <source>Needs</source>
        <translation>Nevoi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="52" />
        <source>Children's ages</source>
        <translation>Vârstele copiilor</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="53" />
        <source>Town</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="54" />
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="55" />
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="56" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="57" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="58" />
        <source>Contact by</source>
        <translation>Contact prin</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="61" />
        <source>About</source>
        <translation>Despre</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="72" />
        <source>I have read the privacy notice (required)</source>
        <translation>Am citit nota de informare privind datele (obligatoriu)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="80" />
        <source>I would also like news of future initiatives (optional)</source>
        <translation>Aș dori să primesc și noutăți despre inițiativele viitoare (opțional)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="90" />
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>Ne pare rău, cererea nu a putut fi salvată. Încearcă din nou sau întreabă personalul.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="97" />
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>Chioșc demonstrativ: cererile nu ajung la un birou real.</translation>
    </message>
</context>
<context>
    <name>IntakeWhen</name>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="13" />
        <source>Where do you live?</source>
        <translation>Unde locuiești?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="30" />
        <source>When do you need help?</source>
        <translation>Când ai nevoie de ajutor?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="34" />
        <source>Optional: periods and days.</source>
        <translation>Opțional: perioade și zile.</translation>
    </message>
</context>
</TS>
