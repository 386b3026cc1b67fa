<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="54" />
        <source>Childcare, holiday camps and after-school help near you</source>
        <translation>Îngrijirea copiilor, tabere în vacanțe și ajutor după școală, aproape de tine</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="85" />
        <source>Coming up</source>
        <translation>În curând</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="97" />
        <source>Touch to start</source>
        <translation>Atinge pentru a începe</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play</source>
        <translation>Pornește</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause the moving pictures</source>
        <translation>Oprește imaginile în mișcare</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play the moving pictures</source>
        <translation>Pornește imaginile în mișcare</translation>
    </message>
</context>
<context>
    <name>ChoiceSheet</name>
    <message>
        <location filename="../qml/Pitstop/ChoiceSheet.qml" line="58" />
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="63" />
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="64" />
        <source>Where</source>
        <translation>Unde</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="65" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="66" />
        <source>How to enrol</source>
        <translation>Cum te înscrii</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="67" />
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="92" />
        <source>Take it with you: scan a code with your phone camera</source>
        <translation>Ia-l cu tine: scanează un cod cu camera telefonului</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="105" />
        <source>Open the web page</source>
        <translation>Deschide pagina web</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="113" />
        <source>Save the contact</source>
        <translation>Salvează contactul</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="121" />
        <source>Add the dates to your calendar</source>
        <translation>Adaugă datele în calendar</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="128" />
        <source>Contact me about this</source>
        <translation>Contactați-mă despre asta</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../vm/fmt.py" line="99" />
        <source>in Italian</source>
        <translation>în italiană</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="81" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n ofertă</numerusform>
            <numerusform>%n oferte</numerusform>
            <numerusform>%n de oferte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="95" />
        <source>%n offering(s) for these days</source>
        <translation>
            <numerusform>%n ofertă pentru aceste zile</numerusform>
            <numerusform>%n oferte pentru aceste zile</numerusform>
            <numerusform>%n de oferte pentru aceste zile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/catalogue.py" line="116" />
        <source>No catalogue loaded</source>
        <translation>Niciun catalog încărcat</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="97" />
        <location filename="../vm/fmt.py" line="71" />
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="106" />
        <location filename="../vm/fmt.py" line="73" />
        <source>Cost: ask the provider</source>
        <translation>Cost: întreabă organizatorul</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="47" />
        <source>All ages</source>
        <translation>Toate vârstele</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="49" />
        <source>Up to %n year(s)</source>
        <translation>
            <numerusform>Până la %n an</numerusform>
            <numerusform>Până la %n ani</numerusform>
            <numerusform>Până la %n de ani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="53" />
        <source>From %n year(s)</source>
        <translation>
            <numerusform>De la %n an</numerusform>
            <numerusform>De la %n ani</numerusform>
            <numerusform>De la %n de ani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="55" />
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ani</numerusform>
            <numerusform>%n de ani</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="57" />
        <source>%1–%2 years</source>
        <translation>%1–%2 ani</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="74" />
        <source>From %1</source>
        <translation>De la %1</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="94" />
        <source>Updated on %1</source>
        <translation>Actualizat pe %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/results.py" line="116" />
        <location filename="../vm/results.py" line="201" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ani</numerusform>
            <numerusform>%n de ani</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/results.py" line="118" />
        <location filename="../vm/results.py" line="203" />
        <source>Under 1 year</source>
        <translation>Sub 1 an</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="31" />
        <source>What are you looking for?</source>
        <translation>Ce cauți?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="42" />
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="61" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Caută: o localitate, o activitate, un cuvânt…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="93" />
        <source>Schools closed next: %1, %2</source>
        <translation>Următoarea închidere a școlilor: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/HomePage.qml" line="94" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n ofertă</numerusform>
            <numerusform>%n oferte</numerusform>
            <numerusform>%n de oferte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="103" />
        <source>Browse by type</source>
        <translation>Caută după tip</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="177" />
        <source>Not sure what you need? An operator can call you back.</source>
        <translation>Nu știi exact de ce ai nevoie? Un operator te poate suna înapoi.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="186" />
        <source>Ask to be contacted</source>
        <translation>Cere să fii contactat</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="32" />
        <source>Are you still there?</source>
        <translation>Mai ești aici?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IdleDialog.qml" line="39" />
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Pentru confidențialitatea ta, ecranul va fi șters în %n secundă.</numerusform>
            <numerusform>Pentru confidențialitatea ta, ecranul va fi șters în %n secunde.</numerusform>
            <numerusform>Pentru confidențialitatea ta, ecranul va fi șters în %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="44" />
        <source>I'm still here</source>
        <translation>Sunt încă aici</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" />
        <source>I need more time</source>
        <translation>Am nevoie de mai mult timp</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="57" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="68" />
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>LargeTextToggle</name>
    <message>
        <location filename="../qml/Pitstop/LargeTextToggle.qml" />
        <source>Large text</source>
        <translation>Text mare</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Pitstop/Main.qml" line="118" />
        <source>Demo data: fictional services</source>
        <translation>Date demonstrative: servicii fictive</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="9" />
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="38" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Caută: o localitate, o activitate, un cuvânt…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="62" />
        <source>Clear</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="84" />
        <source>Town</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Age: %1</source>
        <translation>Vârsta: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Child's age</source>
        <translation>Vârsta copilului</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="98" />
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="105" />
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="111" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="202" />
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="125" />
        <source>%n offering(s) found</source>
        <translation>
            <numerusform>%n ofertă găsită</numerusform>
            <numerusform>%n oferte găsite</numerusform>
            <numerusform>%n de oferte găsite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <source>showing the first %1: add a word or a filter</source>
        <translation>se afișează primele %1: adaugă un cuvânt sau un filtru</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="184" />
        <source>Nothing found</source>
        <translation>Nu s-a găsit nimic</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="192" />
        <source>Try removing a filter, or use fewer or shorter words.</source>
        <translation>Încearcă să scoți un filtru sau folosește mai puține cuvinte ori cuvinte mai scurte.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="193" />
        <source>Try fewer or shorter words, or the name of your town.</source>
        <translation>Încearcă mai puține cuvinte ori cuvinte mai scurte, sau numele localității tale.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="209" />
        <source>Show everything</source>
        <translation>Arată tot</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="216" />
        <source>Ask to be contacted</source>
        <translation>Cere să fii contactat</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>Where?</source>
        <translation>Unde?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>How old is your child?</source>
        <translation>Câți ani are copilul?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>When do you need it?</source>
        <translation>Când ai nevoie?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Anywhere</source>
        <translation>Oriunde</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any age</source>
        <translation>Orice vârstă</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any time</source>
        <translation>Oricând</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="24" />
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="32" />
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Touch the screen or press Enter to start.</source>
        <translation>Atinge ecranul sau apasă Enter pentru a începe.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" />
        <source>Choose a kind of service, search by name, or ask to be contacted.</source>
        <translation>Alege un tip de serviciu, caută după nume sau cere să fii contactat.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" />
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n serviciu găsit.</numerusform>
            <numerusform>%n servicii găsite.</numerusform>
            <numerusform>%n de servicii găsite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeechButton</name>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen</source>
        <translation>Ascultă</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: on, press to stop speech</source>
        <translation>Ascultă: pornit, apasă pentru a opri vocea</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: speech off, press to hear the screen</source>
        <translation>Ascultă: vocea e oprită, apasă pentru a asculta ecranul</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech unavailable</source>
        <translation>Voce indisponibilă</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech is not available on this kiosk at the moment</source>
        <translation>Vocea nu este disponibilă acum pe acest chioșc</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../speech/words.py" />
        <source>button</source>
        <translation>buton</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>check box</source>
        <translation>casetă de bifare</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>radio button</source>
        <translation>buton de opțiune</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>text field</source>
        <translation>câmp de text</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list box</source>
        <translation>listă</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list item</source>
        <translation>element din listă</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>tab</source>
        <translation>filă</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>slider</source>
        <translation>glisor</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>spin box</source>
        <translation>câmp numeric</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>heading</source>
        <translation>titlu</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dialog</source>
        <translation>dialog</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>alert</source>
        <translation>avertizare</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>hidden</source>
        <translation>ascuns</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>space</source>
        <translation>spațiu</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>at sign</source>
        <translation>arond</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dot</source>
        <translation>punct</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dash</source>
        <translation>cratimă</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>underscore</source>
        <translation>liniuță jos</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>plus</source>
        <translation>plus</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>deleted</source>
        <translation>șters</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>selected</source>
        <translation>selectat</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>not selected</source>
        <translation>neselectat</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>unavailable</source>
        <translation>indisponibil</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>empty</source>
        <translation>gol</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech off.</source>
        <translation>Vocea este oprită.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech on. Arrow keys move, Enter chooses.</source>
        <translation>Vocea este pornită. Săgețile te mută, Enter alege.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to hear the screen again.</source>
        <translation>Apasă %1 ca să asculți din nou ecranul.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to stop speech.</source>
        <translation>Apasă %1 ca să oprești vocea.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Loudest.</source>
        <translation>Volum maxim.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Quietest.</source>
        <translation>Volum minim.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Volume %1 of %2.</source>
        <translation>Volum %1 din %2.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Are you still there?</source>
        <translation>Mai ești aici?</translation>
    </message>
    <message numerus="yes">
        <location filename="../features/speech.py" />
        <source>For your privacy the screen will be cleared in %n second(s). Press any key to stay.</source>
        <translation>
            <numerusform>Pentru confidențialitatea ta, ecranul va fi șters în %n secundă. Apasă orice tastă ca să rămâi.</numerusform>
            <numerusform>Pentru confidențialitatea ta, ecranul va fi șters în %n secunde. Apasă orice tastă ca să rămâi.</numerusform>
            <numerusform>Pentru confidențialitatea ta, ecranul va fi șters în %n de secunde. Apasă orice tastă ca să rămâi.</numerusform>
        </translation>
    </message>
</context>
</TS>
