<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../vm/staff/lock.py"/>
        <source>Type the one-time setup code from the office&apos;s enrolment file.</source>
        <translation>Digita il codice monouso del file di configurazione dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py"/>
        <source>Staff mode is not set up. On this kiosk run &apos;pitstop staff set-pin&apos;, or apply the office&apos;s enrolment file (&apos;pitstop enrol FILE&apos;) and type its one-time code here.</source>
        <translation>La modalità operatore non è configurata. Su questo chiosco esegui &apos;pitstop staff set-pin&apos;, oppure applica il file di configurazione dell&apos;ufficio (&apos;pitstop enrol FILE&apos;) e digita qui il suo codice monouso.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py"/>
        <source>The setup code has %1 to %2 digits: type it as the enrolment file shows it.</source>
        <translation>Il codice di configurazione ha da %1 a %2 cifre: digitalo come appare nel file di configurazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py"/>
        <source>Now choose the staff PIN (at least %n digit(s)).</source>
        <translation>
            <numerusform>Ora scegli il PIN operatore (almeno %n cifra).</numerusform>
            <numerusform>Ora scegli il PIN operatore (almeno %n cifre).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py"/>
        <source>Wrong setup code. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>Codice di configurazione errato. Ancora %n tentativo prima del blocco.</numerusform>
            <numerusform>Codice di configurazione errato. Ancora %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py"/>
        <source>The setup code could not be checked.</source>
        <translation>Non è stato possibile verificare il codice di configurazione.</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="56"/>
        <source>Kiosk name</source>
        <translation>Nome del chiosco</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="57"/>
        <location filename="../vm/staff/status.py" line="185"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="58"/>
        <source>Comune (id)</source>
        <translation>Comune (id)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="59"/>
        <source>Default area (id)</source>
        <translation>Ambito predefinito (id)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="60"/>
        <source>Sync mode (folder, http, off)</source>
        <translation>Sincronizzazione (folder, http, off)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="61"/>
        <source>Shared folder</source>
        <translation>Cartella condivisa</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="62"/>
        <source>Central server URL</source>
        <translation>Indirizzo del server centrale</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="63"/>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="64"/>
        <source>Sync every (seconds)</source>
        <translation>Sincronizza ogni (secondi)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="65"/>
        <source>Idle timeout (seconds)</source>
        <translation>Inattività prima del reset (secondi)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="66"/>
        <source>Languages offered (it,en)</source>
        <translation>Lingue offerte (it,en)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="67"/>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="68"/>
        <source>Data controller</source>
        <translation>Titolare del trattamento</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="69"/>
        <source>Controller contact</source>
        <translation>Contatto del titolare</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="70"/>
        <source>DPO contact</source>
        <translation>Contatto del DPO</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="71"/>
        <source>Keep sent requests (days)</source>
        <translation>Conserva le richieste inviate (giorni)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="72"/>
        <source>Privacy notice version</source>
        <translation>Versione dell&apos;informativa</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="73"/>
        <source>Call back within (working days)</source>
        <translation>Richiamata entro (giorni lavorativi)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="74"/>
        <source>Central public key file</source>
        <translation>File della chiave pubblica centrale</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="75"/>
        <source>Theme name</source>
        <translation>Nome del tema</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="76"/>
        <source>Primary colour</source>
        <translation>Colore principale</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="77"/>
        <source>Accent colour</source>
        <translation>Colore di accento</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="78"/>
        <source>Background colour</source>
        <translation>Colore di sfondo</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="79"/>
        <source>Logo file</source>
        <translation>File del logo</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="80"/>
        <source>Staff mode locks after (seconds)</source>
        <translation>Blocco modalità operatore dopo (secondi)</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="86"/>
        <location filename="../vm/staff/status.py" line="184"/>
        <source>Kiosk</source>
        <translation>Chiosco</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="87"/>
        <location filename="../vm/staff/status.py" line="196"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="88"/>
        <source>Screen</source>
        <translation>Schermo</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="89"/>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="90"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="91"/>
        <source>Staff mode</source>
        <translation>Modalità operatore</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="151"/>
        <source>Too many wrong PINs. Staff mode is locked until a new PIN is set with &apos;pitstop staff set-pin&apos;.</source>
        <translation>Troppi PIN errati. La modalità operatore resta bloccata finché non si imposta un nuovo PIN con &apos;pitstop staff set-pin&apos;.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="156"/>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation>Troppi PIN errati. Riprova alle %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="202"/>
        <source>No staff PIN yet: choose one (at least %n digit(s)).</source>
        <translation>
            <numerusform>Nessun PIN operatore: scegline uno (almeno %n cifra).</numerusform>
            <numerusform>Nessun PIN operatore: scegline uno (almeno %n cifre).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="209"/>
        <source>The staff PIN file cannot be read.</source>
        <translation>Il file del PIN operatore non è leggibile.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="299"/>
        <source>Checking the PIN…</source>
        <translation>Controllo del PIN…</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="314"/>
        <source>The PIN needs at least %n digit(s).</source>
        <translation>
            <numerusform>Il PIN deve avere almeno %n cifra.</numerusform>
            <numerusform>Il PIN deve avere almeno %n cifre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="336"/>
        <source>The PIN has at least %n digit(s).</source>
        <translation>
            <numerusform>Il PIN ha almeno %n cifra.</numerusform>
            <numerusform>Il PIN ha almeno %n cifre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="369"/>
        <source>Wrong PIN. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>PIN errato. Ancora %n tentativo prima del blocco.</numerusform>
            <numerusform>PIN errato. Ancora %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/lock.py" line="410"/>
        <source>Choose the new PIN (at least %n digit(s)).</source>
        <translation>
            <numerusform>Scegli il nuovo PIN (almeno %n cifra).</numerusform>
            <numerusform>Scegli il nuovo PIN (almeno %n cifre).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="322"/>
        <source>Type the new PIN again.</source>
        <translation>Digita di nuovo il nuovo PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="327"/>
        <source>The two PINs differ. Choose the new PIN again.</source>
        <translation>I due PIN sono diversi. Scegli di nuovo il PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="351"/>
        <source>The PIN could not be checked.</source>
        <translation>Non è stato possibile verificare il PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="398"/>
        <source>The PIN could not be saved.</source>
        <translation>Non è stato possibile salvare il PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff/lock.py" line="389"/>
        <source>New PIN saved.</source>
        <translation>Nuovo PIN salvato.</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="83"/>
        <source>The kiosk status could not be read.</source>
        <translation>Non è stato possibile leggere lo stato del chiosco.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/status.py" line="127"/>
        <source>%n request(s) cannot be sent: the central office already has a different request with the same code. Export them to a USB stick and take it to the central office.</source>
        <translation>
            <numerusform>%n richiesta non può essere inviata: l&apos;ufficio centrale ha già una richiesta diversa con lo stesso codice. Copiala su una chiavetta USB e portala all&apos;ufficio centrale.</numerusform>
            <numerusform>%n richieste non possono essere inviate: l&apos;ufficio centrale ha già una richiesta diversa con lo stesso codice. Copiale su una chiavetta USB e portala all&apos;ufficio centrale.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="170"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="171"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="177"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="181"/>
        <source>demo data</source>
        <translation>dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="182"/>
        <source>shared folder</source>
        <translation>cartella condivisa</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="182"/>
        <source>central server</source>
        <translation>server centrale</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="182"/>
        <source>off</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="186"/>
        <source>App version</source>
        <translation>Versione dell&apos;app</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="189"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="190"/>
        <source>DEMO: requests are sealed with a local demo key</source>
        <translation>DEMO: le richieste sono sigillate con una chiave dimostrativa locale</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="192"/>
        <source>live (central office key)</source>
        <translation>operativa (chiave dell&apos;ufficio centrale)</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="195"/>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="199"/>
        <source>Last successful sync</source>
        <translation>Ultima sincronizzazione riuscita</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="203"/>
        <source>Last problem</source>
        <translation>Ultimo problema</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="206"/>
        <source>Requests waiting to be sent</source>
        <translation>Richieste in attesa di invio</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="212"/>
        <source>Requests in conflict</source>
        <translation>Richieste in conflitto</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="218"/>
        <source>Free disk space</source>
        <translation>Spazio libero su disco</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="222"/>
        <source>Running for</source>
        <translation>In funzione da</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="147"/>
        <source>Sync does not run inside the app in this version; use &apos;pitstop sync&apos;.</source>
        <translation>In questa versione la sincronizzazione non parte dall&apos;app: usa &apos;pitstop sync&apos;.</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="32"/>
        <source>The kiosk is still starting; try again in a moment.</source>
        <translation>Il chiosco si sta ancora avviando; riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="157"/>
        <source>Sync started.</source>
        <translation>Sincronizzazione avviata.</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py" line="163"/>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="85"/>
        <source>Looking for catalogue files on USB sticks…</source>
        <translation>Ricerca dei file di catalogo sulle chiavette USB…</translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="112"/>
        <source>The USB sticks could not be read.</source>
        <translation>Non è stato possibile leggere le chiavette USB.</translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="105"/>
        <source>Choose the catalogue to import.</source>
        <translation>Scegli il catalogo da importare.</translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="107"/>
        <source>No .json, .csv or .xlsx file found. Plug in the USB stick and look again.</source>
        <translation>Nessun file .json, .csv o .xlsx trovato. Inserisci la chiavetta USB e cerca di nuovo.</translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="119"/>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/media.py" line="130"/>
        <source>Catalogue imported: %n offering(s).</source>
        <translation>
            <numerusform>Catalogo importato: %n offerta.</numerusform>
            <numerusform>Catalogo importato: %n offerte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="136"/>
        <source>Not imported: %1 The current catalogue is unchanged.</source>
        <translation>Non importato: %1 Il catalogo attuale non è cambiato.</translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="161"/>
        <source>No USB stick found. Plug one in and look again.</source>
        <translation>Nessuna chiavetta USB trovata. Inseriscine una e cerca di nuovo.</translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="163"/>
        <source>Choose where to copy the waiting requests (they stay sealed).</source>
        <translation>Scegli dove copiare le richieste in attesa (restano sigillate).</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/media.py" line="181"/>
        <source>%n sealed request(s) copied. Take the stick to the central office.</source>
        <translation>
            <numerusform>%n richiesta sigillata copiata. Porta la chiavetta all&apos;ufficio centrale.</numerusform>
            <numerusform>%n richieste sigillate copiate. Porta la chiavetta all&apos;ufficio centrale.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/media.py" line="190"/>
        <source>Not exported: %1</source>
        <translation>Non esportato: %1</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="147"/>
        <source>Staff mode is locked.</source>
        <translation>La modalità operatore è bloccata.</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="149"/>
        <source>This setting cannot be changed here.</source>
        <translation>Questa impostazione non si può cambiare qui.</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="155"/>
        <source>Could not save the settings: %1</source>
        <translation>Impossibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py" line="157"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="50"/>
        <source>Demo mode: no central office key is set, requests cannot reach the central office. Set privacy.central_public_key.</source>
        <translation>Modalità dimostrativa: manca la chiave dell&apos;ufficio centrale, le richieste non possono arrivare all&apos;ufficio centrale. Imposta privacy.central_public_key.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="116"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="126"/>
        <source>Test the connection</source>
        <translation>Verifica la connessione</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="143"/>
        <source>Import catalogue from USB</source>
        <translation>Importa catalogo da USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="151"/>
        <source>Export waiting requests</source>
        <translation>Esporta richieste in attesa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="159"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="167"/>
        <source>Change PIN</source>
        <translation>Cambia PIN</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="175"/>
        <source>Restart the app</source>
        <translation>Riavvia l&apos;app</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="183"/>
        <source>Leave kiosk mode</source>
        <translation>Esci dalla modalità chiosco</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="192"/>
        <source>Lock and close staff mode</source>
        <translation>Blocca e chiudi la modalità operatore</translation>
    </message>
</context>
<context>
    <name>StaffMedia</name>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="25"/>
        <source>Staff home</source>
        <translation>Pagina operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="32"/>
        <source>Look again</source>
        <translation>Cerca di nuovo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="43"/>
        <source>Import a catalogue from a USB stick</source>
        <translation>Importa un catalogo da una chiavetta USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="44"/>
        <source>Copy the waiting requests to a USB stick</source>
        <translation>Copia le richieste in attesa su una chiavetta USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="51"/>
        <source>Requests waiting: %1. They are copied sealed: only the central office can open them.</source>
        <translation>Richieste in attesa: %1. Vengono copiate sigillate: solo l&apos;ufficio centrale può aprirle.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../qml/Pitstop/StaffPage.qml" line="15"/>
        <source>Staff mode</source>
        <translation>Modalità operatore</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml"/>
        <source>Office setup code</source>
        <translation>Codice di configurazione dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml"/>
        <source>Staff mode is not set up</source>
        <translation>Modalità operatore non configurata</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="24"/>
        <source>Choose a new staff PIN</source>
        <translation>Scegli un nuovo PIN operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="25"/>
        <source>Type the new PIN again</source>
        <translation>Digita di nuovo il nuovo PIN</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="26"/>
        <source>Staff PIN</source>
        <translation>PIN operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="84"/>
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="102"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="113"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="20"/>
        <source>Staff home</source>
        <translation>Pagina operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="85"/>
        <source>(set — type to replace)</source>
        <translation>(impostato — scrivi per sostituirlo)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="85"/>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="113"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
</TS>
