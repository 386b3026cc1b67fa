<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>IntakeChildren</name>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="13"/>
        <source>How old are your children?</source>
        <translation>Quanti anni hanno i tuoi figli?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="17"/>
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>Tocca l&apos;età di ogni figlio (fino a 8). Solo l&apos;età: niente nomi.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="41"/>
        <source>Your children (tap to remove):</source>
        <translation>I tuoi figli (tocca per togliere):</translation>
    </message>
</context>
<context>
    <name>IntakeContact</name>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="14"/>
        <source>How can we reach you?</source>
        <translation>Come possiamo contattarti?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="19"/>
        <source>Your first name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="23"/>
        <source>First name only</source>
        <translation>Solo il nome</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="31"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="35"/>
        <source>e.g. 347 123 4567</source>
        <translation>es. 347 123 4567</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="49"/>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="54"/>
        <source>How should we contact you?</source>
        <translation>Come preferisci essere contattato?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="71"/>
        <source>When is best?</source>
        <translation>In quale momento?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="87"/>
        <source>Language for the call</source>
        <translation>Lingua per la chiamata</translation>
    </message>
</context>
<context>
    <name>IntakeDone</name>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="17"/>
        <source>Thank you! Your request has been sent.</source>
        <translation>Grazie! La tua richiesta è stata inviata.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="18"/>
        <source>Your reference</source>
        <translation>Il tuo codice di riferimento</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakeDone.qml" line="29"/>
        <source>We will call you within %n working day(s).</source>
        <translation>
            <numerusform>Ti chiameremo entro %n giorno lavorativo.</numerusform>
            <numerusform>Ti chiameremo entro %n giorni lavorativi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="35"/>
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>Questa schermata si chiude da sola e dimentica tutto ciò che hai scritto.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="43"/>
        <source>Save our contact with your reference</source>
        <translation>Salva il nostro contatto con il tuo riferimento</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../qml/Pitstop/IntakeField.qml" line="55"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
</context>
<context>
    <name>IntakeNeeds</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="13"/>
        <source>What do you need?</source>
        <translation>Di cosa hai bisogno?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="17"/>
        <source>Choose one or more.</source>
        <translation>Scegli una o più voci.</translation>
    </message>
</context>
<context>
    <name>IntakeNotice</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="14"/>
        <source>Before we start: how we use your data</source>
        <translation>Prima di iniziare: come usiamo i tuoi dati</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="19"/>
        <source>About: %1</source>
        <translation>Riguardo a: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="25"/>
        <source>Who: %1 (%2).</source>
        <translation>Chi: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="26"/>
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>Perché: per farti richiamare da un operatore su ciò di cui hai bisogno. Base giuridica: la tua richiesta (art. 6.1.b GDPR).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="27"/>
        <source>Who receives it: %1.</source>
        <translation>Chi li riceve: %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="28"/>
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>Per quanto tempo: fino a quando la richiesta è stata gestita. Questo chiosco non conserva nulla dopo l&apos;invio.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="29"/>
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>I tuoi diritti: vedere, correggere o cancellare i tuoi dati, oppure opporti, scrivendo a %1. Responsabile della protezione dei dati: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33"/>
        <source>Hide the full notice</source>
        <translation>Nascondi l&apos;informativa completa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33"/>
        <source>Read the full notice</source>
        <translation>Leggi l&apos;informativa completa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="45"/>
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children&apos;s ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>Titolare del trattamento: %1, %2. Finalità: rispondere alla tua richiesta di un primo colloquio sui bisogni e, solo se acconsenti, informarti sulle prossime iniziative. I dati (nome, telefono o e-mail, età dei figli, bisogni, comune e periodi) vengono sigillati su questo chiosco in modo che solo l&apos;ufficio centrale possa leggerli, poi consegnati all&apos;ufficio e cancellati qui. Il conferimento è facoltativo, ma senza un telefono o un&apos;e-mail non possiamo richiamarti. Sono conservati per il tempo necessario a gestire la richiesta. Puoi chiedere accesso, rettifica, cancellazione, limitazione od opporti, e proporre reclamo al Garante per la protezione dei dati personali. Versione dell&apos;informativa %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="53"/>
        <source>The full notice on your phone</source>
        <translation>L&apos;informativa completa sul tuo telefono</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="16"/>
        <source>Ask to be contacted</source>
        <translation>Chiedi di essere contattato</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22"/>
        <source>Care when schools are closed</source>
        <translation>Assistenza quando le scuole sono chiuse</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23"/>
        <source>Before and after school</source>
        <translation>Pre e post scuola</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="24"/>
        <source>Summer centres</source>
        <translation>Centri estivi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="25"/>
        <source>Help with homework</source>
        <translation>Aiuto con i compiti</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="26"/>
        <source>Baby parking</source>
        <translation>Baby parking</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="27"/>
        <source>Information on benefits and bonuses</source>
        <translation>Informazioni su bonus e agevolazioni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="28"/>
        <source>Something else</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37"/>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37"/>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37"/>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38"/>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38"/>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38"/>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="39"/>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42"/>
        <source>Phone call</source>
        <translation>Telefonata</translation>
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
        <translation>Mattina</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45"/>
        <source>Afternoon</source>
        <translation>Pomeriggio</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45"/>
        <source>Evening</source>
        <translation>Sera</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="46"/>
        <source>Any time</source>
        <translation>Qualsiasi ora</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="55"/>
        <source>under 1</source>
        <translation>meno di 1 anno</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="55"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="69"/>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="174"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185"/>
        <source>I understand, continue</source>
        <translation>Ho capito, continua</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185"/>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198"/>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198"/>
        <source>Send my request</source>
        <translation>Invia la richiesta</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="210"/>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="558"/>
        <source>Reference: %1</source>
        <translation>Riferimento: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="48"/>
        <source>Check and send</source>
        <translation>Controlla e invia</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="51"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="52"/>
        <source>Children&apos;s ages</source>
        <translation>Età dei figli</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="53"/>
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="54"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="55"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="56"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="57"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="58"/>
        <source>Contact by</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="61"/>
        <source>About</source>
        <translation>Riguardo a</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="72"/>
        <source>I have read the privacy notice (required)</source>
        <translation>Ho letto l&apos;informativa privacy (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="80"/>
        <source>I would also like news of future initiatives (optional)</source>
        <translation>Desidero ricevere notizie sulle prossime iniziative (facoltativo)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="90"/>
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>Non è stato possibile salvare la richiesta. Riprova o chiedi al personale.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="97"/>
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>Chiosco dimostrativo: le richieste non arrivano a un vero ufficio.</translation>
    </message>
</context>
<context>
    <name>IntakeWhen</name>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="13"/>
        <source>Where do you live?</source>
        <translation>In quale comune abiti?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="30"/>
        <source>When do you need help?</source>
        <translation>Quando ti serve aiuto?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="34"/>
        <source>Optional: periods and days.</source>
        <translation>Facoltativo: periodi e giorni.</translation>
    </message>
</context>
</TS>
