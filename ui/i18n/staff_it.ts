<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../vm/staff.py" line="102"/>
        <source>Kiosk name</source>
        <translation>Nome del chiosco</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="103"/>
        <location filename="../vm/staff.py" line="618"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="104"/>
        <source>Comune (id)</source>
        <translation>Comune (id)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="105"/>
        <source>Default area (id)</source>
        <translation>Ambito predefinito (id)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="106"/>
        <source>Sync mode (folder, http, off)</source>
        <translation>Sincronizzazione (folder, http, off)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="107"/>
        <source>Shared folder</source>
        <translation>Cartella condivisa</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="108"/>
        <source>Central server URL</source>
        <translation>Indirizzo del server centrale</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="109"/>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="110"/>
        <source>Sync every (seconds)</source>
        <translation>Sincronizza ogni (secondi)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="111"/>
        <source>Idle timeout (seconds)</source>
        <translation>Inattività prima del reset (secondi)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="112"/>
        <source>Languages offered (it,en)</source>
        <translation>Lingue offerte (it,en)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="113"/>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="114"/>
        <source>Data controller</source>
        <translation>Titolare del trattamento</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="115"/>
        <source>Controller contact</source>
        <translation>Contatto del titolare</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="116"/>
        <source>DPO contact</source>
        <translation>Contatto del DPO</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="117"/>
        <source>Keep sent requests (days)</source>
        <translation>Conserva le richieste inviate (giorni)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="118"/>
        <source>Privacy notice version</source>
        <translation>Versione dell&apos;informativa</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="119"/>
        <source>Call back within (working days)</source>
        <translation>Richiamata entro (giorni lavorativi)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="120"/>
        <source>Central public key file</source>
        <translation>File della chiave pubblica centrale</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="121"/>
        <source>Theme name</source>
        <translation>Nome del tema</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="122"/>
        <source>Primary colour</source>
        <translation>Colore principale</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="123"/>
        <source>Accent colour</source>
        <translation>Colore di accento</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="124"/>
        <source>Background colour</source>
        <translation>Colore di sfondo</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="125"/>
        <source>Logo file</source>
        <translation>File del logo</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="126"/>
        <source>Staff mode locks after (seconds)</source>
        <translation>Blocco modalità operatore dopo (secondi)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="132"/>
        <location filename="../vm/staff.py" line="617"/>
        <source>Kiosk</source>
        <translation>Chiosco</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="133"/>
        <location filename="../vm/staff.py" line="629"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="134"/>
        <source>Screen</source>
        <translation>Schermo</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="135"/>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="136"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="137"/>
        <source>Staff mode</source>
        <translation>Modalità operatore</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="327"/>
        <source>Too many wrong PINs. Staff mode is locked until a new PIN is set with &apos;pitstop staff set-pin&apos;.</source>
        <translation>Troppi PIN errati. La modalità operatore resta bloccata finché non si imposta un nuovo PIN con &apos;pitstop staff set-pin&apos;.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="332"/>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation>Troppi PIN errati. Riprova alle %1.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="380"/>
        <source>The staff PIN file cannot be read.</source>
        <translation>Il file del PIN operatore non è leggibile.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="387"/>
        <source>No staff PIN yet: choose one (at least %1 digits).</source>
        <translation>Nessun PIN operatore: scegline uno (almeno %1 cifre).</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="465"/>
        <source>The PIN needs at least %1 digits.</source>
        <translation>Il PIN deve avere almeno %1 cifre.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="471"/>
        <source>Type the new PIN again.</source>
        <translation>Digita di nuovo il nuovo PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="476"/>
        <source>The two PINs differ. Choose the new PIN again.</source>
        <translation>I due PIN sono diversi. Scegli di nuovo il PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="485"/>
        <source>The PIN has at least %1 digits.</source>
        <translation>Il PIN ha almeno %1 cifre.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="492"/>
        <source>The PIN could not be checked.</source>
        <translation>Non è stato possibile verificare il PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="506"/>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>PIN errato. Ancora %1 tentativi prima del blocco.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="527"/>
        <source>The PIN could not be saved.</source>
        <translation>Non è stato possibile salvare il PIN.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="535"/>
        <source>New PIN saved.</source>
        <translation>Nuovo PIN salvato.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="546"/>
        <source>Choose the new PIN (at least %1 digits).</source>
        <translation>Scegli il nuovo PIN (almeno %1 cifre).</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="583"/>
        <source>The kiosk status could not be read.</source>
        <translation>Non è stato possibile leggere lo stato del chiosco.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="603"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="604"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="610"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="614"/>
        <source>demo data</source>
        <translation>dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="615"/>
        <source>shared folder</source>
        <translation>cartella condivisa</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="615"/>
        <source>central server</source>
        <translation>server centrale</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="615"/>
        <source>off</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="619"/>
        <source>App version</source>
        <translation>Versione dell&apos;app</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="622"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="623"/>
        <source>DEMO: requests are sealed with a local demo key</source>
        <translation>DEMO: le richieste sono sigillate con una chiave dimostrativa locale</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="625"/>
        <source>live (central office key)</source>
        <translation>operativa (chiave dell&apos;ufficio centrale)</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="628"/>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="632"/>
        <source>Last successful sync</source>
        <translation>Ultima sincronizzazione riuscita</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="636"/>
        <source>Last problem</source>
        <translation>Ultimo problema</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="639"/>
        <source>Requests waiting to be sent</source>
        <translation>Richieste in attesa di invio</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="660"/>
        <source>Requests in conflict</source>
        <translation>Richieste in conflitto</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="745"/>
        <source>%1 requests cannot be sent: the central office already has a different request with the same code. Export them to a USB stick and take it to the central office.</source>
        <translation>%1 richieste non possono essere inviate: l&apos;ufficio centrale ha già una richiesta diversa con lo stesso codice. Copiale su una chiavetta USB e portala all&apos;ufficio centrale.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="645"/>
        <source>Free disk space</source>
        <translation>Spazio libero su disco</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="649"/>
        <source>Running for</source>
        <translation>In funzione da</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="674"/>
        <source>Sync does not run inside the app in this version; use &apos;pitstop sync&apos;.</source>
        <translation>In questa versione la sincronizzazione non parte dall&apos;app: usa &apos;pitstop sync&apos;.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="685"/>
        <source>Sync started.</source>
        <translation>Sincronizzazione avviata.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="692"/>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="721"/>
        <source>Looking for catalogue files on USB sticks…</source>
        <translation>Ricerca dei file di catalogo sulle chiavette USB…</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="726"/>
        <location filename="../vm/staff.py" line="780"/>
        <source>The USB sticks could not be read.</source>
        <translation>Non è stato possibile leggere le chiavette USB.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="740"/>
        <source>Choose the catalogue to import.</source>
        <translation>Scegli il catalogo da importare.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="742"/>
        <source>No .json, .csv or .xlsx file found. Plug in the USB stick and look again.</source>
        <translation>Nessun file .json, .csv o .xlsx trovato. Inserisci la chiavetta USB e cerca di nuovo.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="750"/>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="761"/>
        <source>Not imported: %1 The current catalogue is unchanged.</source>
        <translation>Non importato: %1 Il catalogo attuale non è cambiato.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="768"/>
        <source>Catalogue imported: %1 offerings.</source>
        <translation>Catalogo importato: %1 offerte.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="786"/>
        <source>No USB stick found. Plug one in and look again.</source>
        <translation>Nessuna chiavetta USB trovata. Inseriscine una e cerca di nuovo.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="788"/>
        <source>Choose where to copy the waiting requests (they stay sealed).</source>
        <translation>Scegli dove copiare le richieste in attesa (restano sigillate).</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="804"/>
        <source>Not exported: %1</source>
        <translation>Non esportato: %1</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="807"/>
        <source>%1 sealed requests copied. Take the stick to the central office.</source>
        <translation>%1 richieste sigillate copiate. Porta la chiavetta all&apos;ufficio centrale.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="847"/>
        <source>Staff mode is locked.</source>
        <translation>La modalità operatore è bloccata.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="849"/>
        <source>This setting cannot be changed here.</source>
        <translation>Questa impostazione non si può cambiare qui.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="860"/>
        <source>Could not save the settings: %1</source>
        <translation>Impossibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="867"/>
        <source>Saved. Restart the app to see the new theme.</source>
        <translation>Salvato. Riavvia l&apos;app per vedere il nuovo tema.</translation>
    </message>
    <message>
        <location filename="../vm/staff.py" line="869"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="49"/>
        <source>Demo mode: no central office key is set, requests cannot reach the central office. Set privacy.central_public_key.</source>
        <translation>Modalità dimostrativa: manca la chiave dell&apos;ufficio centrale, le richieste non possono arrivare all&apos;ufficio centrale. Imposta privacy.central_public_key.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="95"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="105"/>
        <source>Test the connection</source>
        <translation>Verifica la connessione</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="122"/>
        <source>Import catalogue from USB</source>
        <translation>Importa catalogo da USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="131"/>
        <source>Export waiting requests</source>
        <translation>Esporta richieste in attesa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="140"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="148"/>
        <source>Change PIN</source>
        <translation>Cambia PIN</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="156"/>
        <source>Restart the app</source>
        <translation>Riavvia l&apos;app</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="164"/>
        <source>Leave kiosk mode</source>
        <translation>Esci dalla modalità chiosco</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffHome.qml" line="173"/>
        <source>Lock and close staff mode</source>
        <translation>Blocca e chiudi la modalità operatore</translation>
    </message>
</context>
<context>
    <name>StaffMedia</name>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="24"/>
        <source>Staff home</source>
        <translation>Pagina operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="31"/>
        <source>Look again</source>
        <translation>Cerca di nuovo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="42"/>
        <source>Import a catalogue from a USB stick</source>
        <translation>Importa un catalogo da una chiavetta USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="43"/>
        <source>Copy the waiting requests to a USB stick</source>
        <translation>Copia le richieste in attesa su una chiavetta USB</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffMedia.qml" line="50"/>
        <source>Requests waiting: %1. They are copied sealed: only the central office can open them.</source>
        <translation>Richieste in attesa: %1. Vengono copiate sigillate: solo l&apos;ufficio centrale può aprirle.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../qml/Pitstop/StaffPage.qml" line="11"/>
        <source>Staff mode</source>
        <translation>Modalità operatore</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="22"/>
        <source>Choose a new staff PIN</source>
        <translation>Scegli un nuovo PIN operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="23"/>
        <source>Type the new PIN again</source>
        <translation>Digita di nuovo il nuovo PIN</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="24"/>
        <source>Staff PIN</source>
        <translation>PIN operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="78"/>
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="96"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffPinPad.qml" line="107"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="19"/>
        <source>Staff home</source>
        <translation>Pagina operatore</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="84"/>
        <source>(set — type to replace)</source>
        <translation>(impostato — scrivi per sostituirlo)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="84"/>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/StaffSettings.qml" line="111"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
</TS>
