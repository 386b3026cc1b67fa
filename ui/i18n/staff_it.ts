<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Kiosk id</source>
        <translation>Id del chiosco</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Sends requests to</source>
        <translation>Invia le richieste a</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>central server %1</source>
        <translation>server centrale %1</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>shared folder %1</source>
        <translation>cartella condivisa %1</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Office key fingerprint</source>
        <translation>Impronta della chiave dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Prepared by the office</source>
        <translation>Preparato dall&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>One-time staff code</source>
        <translation>Codice operatore monouso</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Looking for enrolment files on USB sticks…</source>
        <translation>Ricerca dei file di configurazione sulle chiavette USB…</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Choose the enrolment file the office gave you.</source>
        <translation>Scegli il file di configurazione che ti ha dato l&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>No enrolment file found. Plug in the office&apos;s USB stick and look again.</source>
        <translation>Nessun file di configurazione trovato. Inserisci la chiavetta USB dell&apos;ufficio e cerca di nuovo.</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Check the fingerprint with the office, then apply. The kiosk tests the connection and fetches the catalogue first: if anything fails, nothing changes.</source>
        <translation>Verifica l&apos;impronta con l&apos;ufficio, poi applica. Il chiosco prima prova la connessione e scarica il catalogo: se qualcosa non va, non cambia nulla.</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Testing the connection and fetching the catalogue… (up to 2 minutes)</source>
        <translation>Prova della connessione e download del catalogo… (fino a 2 minuti)</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Done: this kiosk is now %1 and sends requests to the office. Delete the enrolment file from the USB stick.</source>
        <translation>Fatto: questo chiosco ora è %1 e invia le richieste all&apos;ufficio. Cancella il file di configurazione dalla chiavetta USB.</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>The file changed since it was shown; choose it again. Nothing changed.</source>
        <translation>Il file è cambiato da quando è stato mostrato; sceglilo di nuovo. Non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Not applied: %1</source>
        <translation>Non applicato: %1</translation>
    </message>
    <message>
        <location filename="../vm/staff/enrol.py"/>
        <source>Not applied: an unexpected error (see the log). Nothing changed.</source>
        <translation>Non applicato: errore imprevisto (vedi il log). Non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py"/>
        <source>Where parents&apos; requests go (sync and privacy) is set by the central office: those settings change only with the office&apos;s enrolment file.</source>
        <translation>Dove vanno le richieste dei genitori (sincronizzazione e privacy) lo decide l&apos;ufficio centrale: queste impostazioni cambiano solo con il file di configurazione dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../vm/staff/settings.py"/>
        <source>%1 decides where parents&apos; requests go: staff mode may set it only to a value the office&apos;s enrolment file allows; use &quot;Set up from a USB stick&quot; with a new file from the office.</source>
        <translation>%1 decide dove vanno le richieste dei genitori: la modalità operatore può impostarla solo a un valore permesso dal file di configurazione dell&apos;ufficio; usa &quot;Configura da chiavetta USB&quot; con un nuovo file dell&apos;ufficio.</translation>
    </message>
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
        <source>live</source>
        <translation>operativa</translation>
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
    <message>
        <location filename="../vm/staff/checks.py"/>
        <source>The checks could not run.</source>
        <translation>Non è stato possibile eseguire le verifiche.</translation>
    </message>
    <message>
        <location filename="../vm/staff/checks.py"/>
        <source>Everything checked is fine (%1).</source>
        <translation>Tutto ciò che è stato verificato va bene (%1).</translation>
    </message>
    <message>
        <location filename="../vm/staff/checks.py"/>
        <source>%1 (checked %2).</source>
        <translation>%1 (verifica delle %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/checks.py"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/staff/checks.py"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py"/>
        <source>Catalogue refused</source>
        <translation>Catalogo rifiutato</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py"/>
        <source>%1 (USB stick)</source>
        <translation>%1 (chiavetta USB)</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py"/>
        <source>%1 (shared folder)</source>
        <translation>%1 (cartella condivisa)</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py"/>
        <source>%1 (central server)</source>
        <translation>%1 (server centrale)</translation>
    </message>
    <message>
        <location filename="../vm/staff/status.py"/>
        <source>%1 — %2 The kiosk keeps its current catalogue.</source>
        <translation>%1 — %2 Il chiosco mantiene il catalogo attuale.</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml"/>
        <source>Set up from a USB stick</source>
        <translation>Configura da chiavetta USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="50"/>
        <source>Demo mode: requests are sealed with a demo key and cannot reach the office. Set the kiosk up with the office&apos;s enrolment file: Set up from a USB stick.</source>
        <translation>Modalità dimostrativa: le richieste sono sigillate con una chiave dimostrativa e non arrivano all&apos;ufficio. Configura il chiosco con il file di configurazione dell&apos;ufficio: Configura da chiavetta USB.</translation>
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
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml"/>
        <source>%1 more: open Checks.</source>
        <translation>Altri %1: apri Verifiche.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml"/>
        <source>Checks (%1 to fix)</source>
        <translation>Verifiche (%1 da correggere)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml"/>
        <source>Checks</source>
        <translation>Verifiche</translation>
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
        <location filename="../qml/Pitstop/StaffSettings.qml"/>
        <source>Set up from a USB stick</source>
        <translation>Configura da chiavetta USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml"/>
        <source>Set by the central office&apos;s enrolment file.</source>
        <translation>Impostato dal file di configurazione dell&apos;ufficio centrale.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml"/>
        <source>The office allows: %1</source>
        <translation>L&apos;ufficio permette: %1</translation>
    </message>
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
<context>
    <name>StaffFinding</name>
    <message>
        <location filename="../qml/Pitstop/StaffFinding.qml"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffFinding.qml"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffFinding.qml"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StaffChecks</name>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Staff home</source>
        <translation>Pagina operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffChecks.qml"/>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again (pitstop enrol FILE): it carries the token.</source>
        <translation>Applica di nuovo il file di registrazione dell&apos;ufficio (pitstop enrol FILE): contiene il token.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: sync.token is empty, so the central server would refuse them.</source>
        <translation>Le richieste restano su questo chiosco: sync.token è vuoto, quindi il server centrale le rifiuterebbe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE): it seals the waiting requests again for the office.</source>
        <translation>Applica il file di registrazione dell&apos;ufficio (pitstop enrol FILE): sigilla di nuovo per l&apos;ufficio le richieste in attesa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The check &apos;%1&apos; could not run: %2</source>
        <translation>Non è stato possibile eseguire la verifica «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Send the output of &apos;pitstop doctor&apos; to whoever maintains the kiosk.</source>
        <translation>Invia il risultato di «pitstop doctor» a chi fa la manutenzione del chiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk is in demo mode: requests are sealed with a demo key.</source>
        <translation>Questo chiosco è in modalità dimostrativa: le richieste sono sigillate con una chiave dimostrativa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file: pitstop enrol FILE (or &apos;Set up from a USB stick&apos; in staff mode).</source>
        <translation>Applica il file di registrazione dell&apos;ufficio: pitstop enrol FILE (oppure «Configura da chiavetta USB» in modalità operatore).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk is in demo mode but syncs with %1: requests stay on this kiosk, because the office cannot open what the demo key seals.</source>
        <translation>Questo chiosco è in modalità dimostrativa ma si sincronizza con %1: le richieste restano su questo chiosco, perché l&apos;ufficio non può aprire ciò che la chiave dimostrativa sigilla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file: pitstop enrol FILE.</source>
        <translation>Applica il file di registrazione dell&apos;ufficio: pitstop enrol FILE.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk was enrolled, but privacy.central_public_key is now empty: requests are sealed with the demo key.</source>
        <translation>Questo chiosco è stato registrato, ma privacy.central_public_key ora è vuota: le richieste sono sigillate con la chiave dimostrativa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again: pitstop enrol FILE.</source>
        <translation>Applica di nuovo il file di registrazione dell&apos;ufficio: pitstop enrol FILE.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The record of this kiosk&apos;s enrolment (enrolment.json) cannot be read.</source>
        <translation>Non è possibile leggere la registrazione di questo chiosco (enrolment.json).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>kiosk.id is %1, but the office enrolled this kiosk as %2.</source>
        <translation>kiosk.id è %1, ma l&apos;ufficio ha registrato questo chiosco come %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The office key&apos;s fingerprint is %1, but the office enrolled this kiosk with %2.</source>
        <translation>L&apos;impronta della chiave dell&apos;ufficio è %1, ma l&apos;ufficio ha registrato questo chiosco con %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again (pitstop enrol FILE) and read the fingerprint to the office.</source>
        <translation>Applica di nuovo il file di registrazione dell&apos;ufficio (pitstop enrol FILE) e leggi l&apos;impronta all&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 is not the value the office&apos;s enrolment gave this kiosk.</source>
        <translation>%1 non ha il valore dato a questo chiosco dalla registrazione dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The demo catalogue (fictional services) is on screen, but this kiosk has an office key.</source>
        <translation>Sullo schermo c&apos;è il catalogo dimostrativo (servizi inventati), ma questo chiosco ha una chiave dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Press &apos;Sync now&apos; in staff mode (with the kiosk stopped: pitstop sync --once): the office&apos;s catalogue is fetched and shown on the welcome screen. Or import it from a USB stick in staff mode.</source>
        <translation>Premi «Sincronizza ora» in modalità operatore (a chiosco fermo: pitstop sync --once): il catalogo dell&apos;ufficio viene scaricato e mostrato alla schermata di benvenuto. Oppure importalo da una chiavetta USB in modalità operatore.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>No catalogue is loaded: visitors see no services.</source>
        <translation>Nessun catalogo caricato: i visitatori non vedono alcun servizio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Run &apos;pitstop sync --once&apos;, or import the office&apos;s catalogue: pitstop catalogue import FILE.</source>
        <translation>Esegui «pitstop sync --once», oppure importa il catalogo dell&apos;ufficio: pitstop catalogue import FILE.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The catalogue was published %1 days ago (%2).</source>
        <translation>Il catalogo è stato pubblicato %1 giorni fa (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Check that sync works (pitstop sync --once); if it does, ask the office to publish an up-to-date catalogue.</source>
        <translation>Verifica che la sincronizzazione funzioni (pitstop sync --once); se funziona, chiedi all&apos;ufficio di pubblicare un catalogo aggiornato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Catalogue %1, published %2.</source>
        <translation>Catalogo %1, pubblicato il %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The catalogue %1 was refused (%2): %3</source>
        <translation>Il catalogo %1 è stato rifiutato (%2): %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Correct the file and import it again; until then the kiosk keeps its previous catalogue.</source>
        <translation>Correggi il file e importalo di nuovo; fino ad allora il chiosco tiene il catalogo precedente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Office key fingerprint: %1</source>
        <translation>Impronta della chiave dell&apos;ufficio: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Read it to the office over the phone: it must match the fingerprint of their central.pub.</source>
        <translation>Leggila all&apos;ufficio al telefono: deve coincidere con l&apos;impronta del loro central.pub.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 is the office&apos;s PRIVATE key: it must never be on a kiosk.</source>
        <translation>%1 è la chiave PRIVATA dell&apos;ufficio: non deve mai stare su un chiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Delete it from this kiosk, tell the office, and apply their enrolment file (pitstop enrol FILE), which carries central.pub.</source>
        <translation>Cancellala da questo chiosco, avvisa l&apos;ufficio e applica il loro file di registrazione (pitstop enrol FILE), che contiene central.pub.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 is an old key file that does not say whether it is public or secret.</source>
        <translation>%1 è un vecchio file di chiave che non dice se è pubblica o segreta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Ask the office for their central.pub in the current format (&apos;pitstop keys show&apos; names it) and apply their enrolment file.</source>
        <translation>Chiedi all&apos;ufficio il loro central.pub nel formato attuale («pitstop keys show» lo indica) e applica il loro file di registrazione.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The office key cannot be used: %1</source>
        <translation>Non è possibile usare la chiave dell&apos;ufficio: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file again (pitstop enrol FILE), or set privacy.central_public_key to their central.pub.</source>
        <translation>Applica di nuovo il file di registrazione dell&apos;ufficio (pitstop enrol FILE), oppure imposta privacy.central_public_key sul loro central.pub.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The central server refused this kiosk&apos;s token: %1</source>
        <translation>Il server centrale ha rifiutato il token di questo chiosco: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Ask the office for a new enrolment file for this kiosk and apply it: pitstop enrol FILE.</source>
        <translation>Chiedi all&apos;ufficio un nuovo file di registrazione per questo chiosco e applicalo: pitstop enrol FILE.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The last sync failed: %1</source>
        <translation>L&apos;ultima sincronizzazione non è riuscita: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Check the network or the shared folder, then press &apos;Sync now&apos; in staff mode (or run &apos;pitstop sync --once&apos;).</source>
        <translation>Controlla la rete o la cartella condivisa, poi premi «Sincronizza ora» in modalità operatore (oppure esegui «pitstop sync --once»).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>This kiosk has not synced yet.</source>
        <translation>Questo chiosco non si è ancora sincronizzato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Press &apos;Sync now&apos; in staff mode (or run &apos;pitstop sync --once&apos;), then check again.</source>
        <translation>Premi «Sincronizza ora» in modalità operatore (oppure esegui «pitstop sync --once»), poi verifica di nuovo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The last successful sync was on %1.</source>
        <translation>L&apos;ultima sincronizzazione riuscita risale al %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Last successful sync: %1.</source>
        <translation>Ultima sincronizzazione riuscita: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1, which is before this version was made.</source>
        <translation>L&apos;orologio segna %1, una data precedente a questa versione del programma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Set the date and time (timedatectl set-ntp true, or timedatectl set-time) and check again.</source>
        <translation>Imposta data e ora (timedatectl set-ntp true, oppure timedatectl set-time) e verifica di nuovo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1, earlier than %2 (%3).</source>
        <translation>L&apos;orologio segna %1, prima di %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1 but the central server says %2.</source>
        <translation>L&apos;orologio segna %1, ma il server centrale segna %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The clock says %1.</source>
        <translation>L&apos;orologio segna %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Only %1 free in the data folder: new requests may not be stored.</source>
        <translation>Solo %1 liberi nella cartella dei dati: le nuove richieste potrebbero non essere salvate.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Free space on this disk now (old logs, downloads); do not delete the data folder.</source>
        <translation>Libera subito spazio su questo disco (vecchi log, download); non cancellare la cartella dei dati.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Only %1 free in the data folder.</source>
        <translation>Solo %1 liberi nella cartella dei dati.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Free space on this disk soon (old logs, downloads); do not delete the data folder.</source>
        <translation>Libera presto spazio su questo disco (vecchi log, download); non cancellare la cartella dei dati.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1 free in the data folder.</source>
        <translation>%1 liberi nella cartella dei dati.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>No display here: &apos;pitstop run&apos; started from this shell would show no window.</source>
        <translation>Nessuno schermo qui: «pitstop run» avviato da questa shell non mostrerebbe alcuna finestra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Start the kiosk through its service (systemctl start pitstop-kiosk), or set WAYLAND_DISPLAY or DISPLAY.</source>
        <translation>Avvia il chiosco con il suo servizio (systemctl start pitstop-kiosk), oppure imposta WAYLAND_DISPLAY o DISPLAY.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>A display is set for this shell.</source>
        <translation>Questa shell ha uno schermo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Translations are missing or out of date: %1</source>
        <translation>Traduzioni mancanti o non aggiornate: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Reinstall the app (its package carries them), or run &apos;make translations&apos; in a source checkout.</source>
        <translation>Reinstalla l&apos;applicazione (il suo pacchetto le contiene), oppure esegui «make translations» nei sorgenti.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Translations are present.</source>
        <translation>Le traduzioni ci sono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The settings file was damaged and kept aside as %1; the kiosk uses the defaults for what it could not read.</source>
        <translation>Il file delle impostazioni era danneggiato ed è stato messo da parte come %1; il chiosco usa i valori predefiniti per ciò che non ha potuto leggere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Compare %1 with settings.toml, set what is missing with &apos;pitstop config set&apos;, then delete %1.</source>
        <translation>Confronta %1 con settings.toml, imposta ciò che manca con «pitstop config set», poi cancella %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Another kiosk process (pid %1) holds this data folder.</source>
        <translation>Un altro processo del chiosco (pid %1) sta usando questa cartella dei dati.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Stop the other process (or the other kiosk service), then restart the app.</source>
        <translation>Ferma l&apos;altro processo (o l&apos;altro servizio del chiosco), poi riavvia l&apos;applicazione.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk app is running on this data folder (pid %1).</source>
        <translation>L&apos;applicazione del chiosco è in funzione su questa cartella dei dati (pid %1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk app is not running on this data folder.</source>
        <translation>L&apos;applicazione del chiosco non è in funzione su questa cartella dei dati.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Start it: systemctl start pitstop-kiosk (or &apos;pitstop run&apos;).</source>
        <translation>Avviala: systemctl start pitstop-kiosk (oppure «pitstop run»).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Sync is off: requests stay on this kiosk.</source>
        <translation>La sincronizzazione è spenta: le richieste restano su questo chiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE), or set sync.mode to folder or http.</source>
        <translation>Applica il file di registrazione dell&apos;ufficio (pitstop enrol FILE), oppure imposta sync.mode su folder o http.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: no shared folder or central server is set up.</source>
        <translation>Le richieste restano su questo chiosco: non è configurata né una cartella condivisa né un server centrale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE), or set sync.folder to the office&apos;s shared folder.</source>
        <translation>Applica il file di registrazione dell&apos;ufficio (pitstop enrol FILE), oppure imposta sync.folder sulla cartella condivisa dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: sync.mode is http but sync.url is empty.</source>
        <translation>Le richieste restano su questo chiosco: sync.mode è http ma sync.url è vuoto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE), or set sync.url to the central server&apos;s address.</source>
        <translation>Applica il file di registrazione dell&apos;ufficio (pitstop enrol FILE), oppure imposta sync.url sull&apos;indirizzo del server centrale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Requests stay on this kiosk: sync.folder (%1) is the demo share, which the office never reads.</source>
        <translation>Le richieste restano su questo chiosco: sync.folder (%1) è la cartella dimostrativa, che l&apos;ufficio non legge mai.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The shared folder %1 cannot be reached.</source>
        <translation>La cartella condivisa %1 non è raggiungibile.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Plug in the USB stick or mount the network share, then check again.</source>
        <translation>Inserisci la chiavetta USB o collega la cartella di rete, poi verifica di nuovo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The shared folder %1 cannot be written to.</source>
        <translation>Non è possibile scrivere nella cartella condivisa %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Give the kiosk&apos;s user write access to the shared folder (or unlock the USB stick).</source>
        <translation>Dai all&apos;utente del chiosco il permesso di scrivere nella cartella condivisa (o sblocca la chiavetta USB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The central server cannot be reached: %1</source>
        <translation>Il server centrale non è raggiungibile: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Check the network and sync.url; the office can tell whether their server is up.</source>
        <translation>Controlla la rete e sync.url; l&apos;ufficio può dire se il loro server è attivo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Correct settings.toml, or start the kiosk, which keeps the file aside and uses the defaults for what it cannot read.</source>
        <translation>Correggi settings.toml, oppure avvia il chiosco, che mette da parte il file e usa i valori predefiniti per ciò che non può leggere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk has not been started on this data folder yet (%1).</source>
        <translation>Il chiosco non è ancora stato avviato su questa cartella dei dati (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Apply the office&apos;s enrolment file (pitstop enrol FILE) and start the kiosk once.</source>
        <translation>Applica il file di registrazione dell&apos;ufficio (pitstop enrol FILE) e avvia il chiosco una volta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The kiosk&apos;s database cannot be opened: %1</source>
        <translation>Non è possibile aprire il database del chiosco: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>Stop the kiosk, copy the data folder somewhere safe, and send the output of &apos;pitstop doctor&apos; to whoever maintains the kiosk.</source>
        <translation>Ferma il chiosco, copia la cartella dei dati in un posto sicuro e invia il risultato di «pitstop doctor» a chi fa la manutenzione del chiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checks.py"/>
        <source>The central server answers and accepts this kiosk&apos;s token.</source>
        <translation>Il server centrale risponde e accetta il token di questo chiosco.</translation>
    </message>
</context>
<context>
    <name>StaffEnrol</name>
    <message>
        <location filename="../qml/Pitstop/StaffEnrol.qml"/>
        <source>Staff home</source>
        <translation>Pagina operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffEnrol.qml"/>
        <source>Look again</source>
        <translation>Cerca di nuovo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffEnrol.qml"/>
        <source>Other files</source>
        <translation>Altri file</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffEnrol.qml"/>
        <source>Set up from a USB stick</source>
        <translation>Configura da chiavetta USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffEnrol.qml"/>
        <source>The central office&apos;s enrolment file gives this kiosk its name, where it sends parents&apos; requests and the office&apos;s key.</source>
        <translation>Il file di configurazione dell&apos;ufficio centrale dà a questo chiosco il suo nome, la destinazione delle richieste dei genitori e la chiave dell&apos;ufficio.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffEnrol.qml"/>
        <source>Applying…</source>
        <translation>Applicazione in corso…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffEnrol.qml"/>
        <source>Apply the enrolment</source>
        <translation>Applica la configurazione</translation>
    </message>
</context>
</TS>
