<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="54" />
        <source>Childcare, holiday camps and after-school help near you</source>
        <translation>Servizi per bambini e ragazzi, campus nelle vacanze e doposcuola vicino a te</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="85" />
        <source>Coming up</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="97" />
        <source>Touch to start</source>
        <translation>Tocca per iniziare</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause the moving pictures</source>
        <translation>Metti in pausa le immagini in movimento</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play the moving pictures</source>
        <translation>Riproduci le immagini in movimento</translation>
    </message>
</context>
<context>
    <name>ChoiceSheet</name>
    <message>
        <location filename="../qml/Pitstop/ChoiceSheet.qml" line="58" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="63" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="64" />
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="65" />
        <source>Cost</source>
        <translation>Costi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="66" />
        <source>How to enrol</source>
        <translation>Come iscriversi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="67" />
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="92" />
        <source>Take it with you: scan a code with your phone camera</source>
        <translation>Portalo con te: inquadra un codice con la fotocamera del telefono</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="105" />
        <source>Open the web page</source>
        <translation>Apri la pagina web</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="113" />
        <source>Save the contact</source>
        <translation>Salva il contatto</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="121" />
        <source>Add the dates to your calendar</source>
        <translation>Aggiungi le date al calendario</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="128" />
        <source>Contact me about this</source>
        <translation>Contattatemi per questo</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../vm/fmt.py" line="99" />
        <source>in Italian</source>
        <translation>in italiano</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="81" />
        <source>%n offering(s)</source>
        <translation><numerusform>%n proposta</numerusform><numerusform>%n proposte</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="95" />
        <source>%n offering(s) for these days</source>
        <translation><numerusform>%n proposta per questi giorni</numerusform><numerusform>%n proposte per questi giorni</numerusform></translation>
    </message>
    <message>
        <location filename="../vm/catalogue.py" line="116" />
        <source>No catalogue loaded</source>
        <translation>Nessun catalogo caricato</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="97" />
        <location filename="../vm/fmt.py" line="71" />
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="106" />
        <location filename="../vm/fmt.py" line="73" />
        <source>Cost: ask the provider</source>
        <translation>Costo: chiedi al gestore</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="47" />
        <source>All ages</source>
        <translation>Tutte le età</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="49" />
        <source>Up to %n year(s)</source>
        <translation><numerusform>Fino a %n anno</numerusform><numerusform>Fino a %n anni</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="53" />
        <source>From %n year(s)</source>
        <translation><numerusform>Da %n anno</numerusform><numerusform>Da %n anni</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="55" />
        <source>%n year(s) old</source>
        <translation><numerusform>%n anno</numerusform><numerusform>%n anni</numerusform></translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="57" />
        <source>%1–%2 years</source>
        <translation>%1–%2 anni</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="74" />
        <source>From %1</source>
        <translation>Da %1</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="94" />
        <source>Updated on %1</source>
        <translation>Aggiornato il %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/results.py" line="116" />
        <location filename="../vm/results.py" line="201" />
        <source>%n year(s)</source>
        <translation><numerusform>%n anno</numerusform><numerusform>%n anni</numerusform></translation>
    </message>
    <message>
        <location filename="../vm/results.py" line="118" />
        <location filename="../vm/results.py" line="203" />
        <source>Under 1 year</source>
        <translation>Meno di 1 anno</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="31" />
        <source>What are you looking for?</source>
        <translation>Che cosa stai cercando?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="42" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="61" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Cerca: un comune, un'attività, una parola…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="93" />
        <source>Schools closed next: %1, %2</source>
        <translation>Prossima chiusura delle scuole: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/HomePage.qml" line="94" />
        <source>%n offering(s)</source>
        <translation><numerusform>%n proposta</numerusform><numerusform>%n proposte</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="103" />
        <source>Browse by type</source>
        <translation>Cerca per tipo di servizio</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="177" />
        <source>Not sure what you need? An operator can call you back.</source>
        <translation>Non sai bene cosa ti serve? Un operatore può richiamarti.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="186" />
        <source>Ask to be contacted</source>
        <translation>Chiedi di essere ricontattato</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="32" />
        <source>Are you still there?</source>
        <translation>Ci sei ancora?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IdleDialog.qml" line="39" />
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <translation><numerusform>Per la tua privacy lo schermo verrà cancellato tra %n secondo.</numerusform><numerusform>Per la tua privacy lo schermo verrà cancellato tra %n secondi.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="44" />
        <source>I'm still here</source>
        <translation>Sono ancora qui</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" />
        <source>I need more time</source>
        <translation>Mi serve più tempo</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="57" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="68" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>LargeTextToggle</name>
    <message>
        <location filename="../qml/Pitstop/LargeTextToggle.qml" />
        <source>Large text</source>
        <translation>Testo grande</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Pitstop/Main.qml" line="118" />
        <source>Demo data: fictional services</source>
        <translation>Dati dimostrativi: servizi di fantasia</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="9" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="38" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Cerca: un comune, un'attività, una parola…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="62" />
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="84" />
        <source>Town</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Age: %1</source>
        <translation>Età: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Child's age</source>
        <translation>Età del bambino</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="98" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="105" />
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="111" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="202" />
        <source>Clear filters</source>
        <translation>Togli i filtri</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="125" />
        <source>%n offering(s) found</source>
        <translation><numerusform>%n proposta trovata</numerusform><numerusform>%n proposte trovate</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <source>showing the first %1: add a word or a filter</source>
        <translation>ecco le prime %1: aggiungi una parola o un filtro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="184" />
        <source>Nothing found</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="192" />
        <source>Try removing a filter, or use fewer or shorter words.</source>
        <translation>Prova a togliere un filtro, o usa meno parole o parole più brevi.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="193" />
        <source>Try fewer or shorter words, or the name of your town.</source>
        <translation>Prova con meno parole o parole più brevi, oppure con il nome del tuo comune.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="209" />
        <source>Show everything</source>
        <translation>Mostra tutto</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="216" />
        <source>Ask to be contacted</source>
        <translation>Chiedi di essere ricontattato</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>Where?</source>
        <translation>Dove?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>How old is your child?</source>
        <translation>Quanti anni ha il bambino?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>When do you need it?</source>
        <translation>Quando ti serve?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Anywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any age</source>
        <translation>Qualsiasi età</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any time</source>
        <translation>In qualsiasi periodo</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="24" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="32" />
        <source>Home</source>
        <translation>Inizio</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Touch the screen or press Enter to start.</source>
        <translation>Tocca lo schermo o premi Invio per iniziare.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" />
        <source>Choose a kind of service, search by name, or ask to be contacted.</source>
        <translation>Scegli un tipo di servizio, cerca per nome o chiedi di essere contattato.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" />
        <source>%n service(s) found.</source>
        <translation><numerusform>%n servizio trovato.</numerusform><numerusform>%n servizi trovati.</numerusform></translation>
    </message>
</context>
<context>
    <name>SpeechButton</name>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen</source>
        <translation>Ascolta</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: on, press to stop speech</source>
        <translation>Ascolta: attivo, premi per fermare la voce</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: speech off, press to hear the screen</source>
        <translation>Ascolta: voce spenta, premi per ascoltare lo schermo</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech unavailable</source>
        <translation>Voce non disponibile</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech is not available on this kiosk at the moment</source>
        <translation>La voce non è disponibile su questo chiosco in questo momento</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../speech/words.py" />
        <source>button</source>
        <translation>pulsante</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>check box</source>
        <translation>casella di spunta</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>radio button</source>
        <translation>pulsante di scelta</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>text field</source>
        <translation>campo di testo</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list box</source>
        <translation>elenco a discesa</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list item</source>
        <translation>voce di elenco</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>link</source>
        <translation>collegamento</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>tab</source>
        <translation>scheda</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>slider</source>
        <translation>cursore</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>spin box</source>
        <translation>selettore numerico</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>heading</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dialog</source>
        <translation>finestra</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>alert</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>hidden</source>
        <translation>nascosto</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>space</source>
        <translation>spazio</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>at sign</source>
        <translation>chiocciola</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dot</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dash</source>
        <translation>trattino</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>underscore</source>
        <translation>trattino basso</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>plus</source>
        <translation>più</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>selected</source>
        <translation>selezionato</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>not selected</source>
        <translation>non selezionato</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>unavailable</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech off.</source>
        <translation>Sintesi vocale disattivata.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech on. Arrow keys move, Enter chooses.</source>
        <translation>Sintesi vocale attiva. Le frecce spostano, Invio sceglie.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to hear the screen again.</source>
        <translation>Premi %1 per riascoltare lo schermo.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to stop speech.</source>
        <translation>Premi %1 per spegnere la voce.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Loudest.</source>
        <translation>Volume massimo.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Quietest.</source>
        <translation>Volume minimo.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Volume %1 of %2.</source>
        <translation>Volume %1 di %2.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Are you still there?</source>
        <translation>Sei ancora qui?</translation>
    </message>
    <message numerus="yes">
        <location filename="../features/speech.py" />
        <source>For your privacy the screen will be cleared in %n second(s). Press any key to stay.</source>
        <translation><numerusform>Per la tua riservatezza lo schermo verrà cancellato tra %n secondo. Premi un tasto qualsiasi per restare.</numerusform><numerusform>Per la tua riservatezza lo schermo verrà cancellato tra %n secondi. Premi un tasto qualsiasi per restare.</numerusform></translation>
    </message>
</context>
</TS>
