<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="11" />
        <source>Ask to be contacted</source>
        <translation>Chiedi di essere contattato</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="17" />
        <source>Care when schools are closed</source>
        <translation>Assistenza quando le scuole sono chiuse</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="18" />
        <source>Before and after school</source>
        <translation>Pre e post scuola</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="19" />
        <source>Summer centres</source>
        <translation>Centri estivi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="20" />
        <source>Help with homework</source>
        <translation>Aiuto con i compiti</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="21" />
        <source>Baby parking</source>
        <translation>Baby parking</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22" />
        <source>Information on benefits and bonuses</source>
        <translation>Informazioni su bonus e agevolazioni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23" />
        <source>Something else</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="32" />
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="32" />
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="32" />
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="33" />
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="33" />
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="33" />
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="34" />
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <location filename="../qml/Pitstop/IntakePage.qml" line="419" />
        <location filename="../qml/Pitstop/IntakePage.qml" line="496" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="40" />
        <source>Morning</source>
        <translation>Mattina</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="40" />
        <source>Afternoon</source>
        <translation>Pomeriggio</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="40" />
        <source>Evening</source>
        <translation>Sera</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="41" />
        <source>Any time</source>
        <translation>Qualsiasi ora</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="50" />
        <source>under 1</source>
        <translation>meno di 1 anno</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="50" />
        <source>%n year(s)</source>
        <translation><numerusform>%n anno</numerusform><numerusform>%n anni</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="105" />
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="161" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="172" />
        <source>I understand, continue</source>
        <translation>Ho capito, continua</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="172" />
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Send my request</source>
        <translation>Invia la richiesta</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="197" />
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="214" />
        <source>Before we start: how we use your data</source>
        <translation>Prima di iniziare: come usiamo i tuoi dati</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="219" />
        <source>About: %1</source>
        <translation>Riguardo a: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="225" />
        <source>Who: %1 (%2).</source>
        <translation>Chi: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="226" />
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>Perché: per farti richiamare da un operatore su ciò di cui hai bisogno. Base giuridica: la tua richiesta (art. 6.1.b GDPR).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="227" />
        <source>Who receives it: %1.</source>
        <translation>Chi li riceve: %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="228" />
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>Per quanto tempo: fino a quando la richiesta è stata gestita. Questo chiosco non conserva nulla dopo l'invio.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="229" />
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>I tuoi diritti: vedere, correggere o cancellare i tuoi dati, oppure opporti, scrivendo a %1. Responsabile della protezione dei dati: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="233" />
        <source>Hide the full notice</source>
        <translation>Nascondi l'informativa completa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="233" />
        <source>Read the full notice</source>
        <translation>Leggi l'informativa completa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="245" />
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>Titolare del trattamento: %1, %2. Finalità: rispondere alla tua richiesta di un primo colloquio sui bisogni e, solo se acconsenti, informarti sulle prossime iniziative. I dati (nome, telefono o e-mail, età dei figli, bisogni, comune e periodi) vengono sigillati su questo chiosco in modo che solo l'ufficio centrale possa leggerli, poi consegnati all'ufficio e cancellati qui. Il conferimento è facoltativo, ma senza un telefono o un'e-mail non possiamo richiamarti. Sono conservati per il tempo necessario a gestire la richiesta. Puoi chiedere accesso, rettifica, cancellazione, limitazione od opporti, e proporre reclamo al Garante per la protezione dei dati personali. Versione dell'informativa %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="253" />
        <source>The full notice on your phone</source>
        <translation>L'informativa completa sul tuo telefono</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="264" />
        <source>What do you need?</source>
        <translation>Di cosa hai bisogno?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="265" />
        <source>Choose one or more.</source>
        <translation>Scegli una o più voci.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="290" />
        <source>How old are your children?</source>
        <translation>Quanti anni hanno i tuoi figli?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="291" />
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>Tocca l'età di ogni figlio (fino a 8). Solo l'età: niente nomi.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="314" />
        <source>Your children (tap to remove):</source>
        <translation>I tuoi figli (tocca per togliere):</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="341" />
        <source>Where do you live?</source>
        <translation>In quale comune abiti?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="358" />
        <source>When do you need help?</source>
        <translation>Quando ti serve aiuto?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="359" />
        <source>Optional: periods and days.</source>
        <translation>Facoltativo: periodi e giorni.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="398" />
        <source>How can we reach you?</source>
        <translation>Come possiamo contattarti?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="399" />
        <source>Your first name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="404" />
        <source>First name only</source>
        <translation>Solo il nome</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="409" />
        <location filename="../qml/Pitstop/IntakePage.qml" line="495" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="414" />
        <source>e.g. 347 123 4567</source>
        <translation>es. 347 123 4567</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="424" />
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="430" />
        <source>How should we contact you?</source>
        <translation>Come preferisci essere contattato?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="447" />
        <source>When is best?</source>
        <translation>In quale momento?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="463" />
        <source>Language for the call</source>
        <translation>Lingua per la chiamata</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="487" />
        <source>Check and send</source>
        <translation>Controlla e invia</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="490" />
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="491" />
        <source>Children's ages</source>
        <translation>Età dei figli</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="492" />
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="493" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="494" />
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="497" />
        <source>Contact by</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="500" />
        <source>About</source>
        <translation>Riguardo a</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="521" />
        <source>I have read the privacy notice (required)</source>
        <translation>Ho letto l'informativa privacy (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="539" />
        <source>I would also like news of future initiatives (optional)</source>
        <translation>Desidero ricevere notizie sulle prossime iniziative (facoltativo)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="549" />
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>Non è stato possibile salvare la richiesta. Riprova o chiedi al personale.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="556" />
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>Chiosco dimostrativo: le richieste non arrivano a un vero ufficio.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="569" />
        <source>Thank you! Your request has been sent.</source>
        <translation>Grazie! La tua richiesta è stata inviata.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="570" />
        <source>Your reference</source>
        <translation>Il tuo codice di riferimento</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="581" />
        <source>We will call you within %n working day(s).</source>
        <translation><numerusform>Ti chiameremo entro %n giorno lavorativo.</numerusform><numerusform>Ti chiameremo entro %n giorni lavorativi.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="584" />
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>Questa schermata si chiude da sola e dimentica tutto ciò che hai scritto.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="591" />
        <source>Save our contact with your reference</source>
        <translation>Salva il nostro contatto con il tuo riferimento</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="524" />
        <source>Reference: %1</source>
        <translation>Riferimento: %1</translation>
    </message>
</context>
</TS>