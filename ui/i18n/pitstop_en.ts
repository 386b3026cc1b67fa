<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="54" />
        <source>Childcare, holiday camps and after-school help near you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="85" />
        <source>Coming up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="97" />
        <source>Touch to start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoiceSheet</name>
    <message>
        <location filename="../qml/Pitstop/ChoiceSheet.qml" line="58" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="63" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="64" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="65" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="66" />
        <source>How to enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="67" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="92" />
        <source>Take it with you: scan a code with your phone camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="105" />
        <source>Open the web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="113" />
        <source>Save the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="121" />
        <source>Add the dates to your calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="128" />
        <source>Contact me about this</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="81" />
        <source>%n offering(s)</source>
        <translation><numerusform>%n offering</numerusform><numerusform>%n offerings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="95" />
        <source>%n offering(s) for these days</source>
        <translation><numerusform>%n offering for these days</numerusform><numerusform>%n offerings for these days</numerusform></translation>
    </message>
    <message>
        <location filename="../vm/catalogue.py" line="116" />
        <source>No catalogue loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../vm/detail.py" line="97" />
        <location filename="../vm/fmt.py" line="71" />
        <source>Free of charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../vm/detail.py" line="106" />
        <location filename="../vm/fmt.py" line="73" />
        <source>Cost: ask the provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../vm/fmt.py" line="47" />
        <source>All ages</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="49" />
        <source>Up to %n year(s)</source>
        <translation><numerusform>Up to %n year</numerusform><numerusform>Up to %n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="53" />
        <source>From %n year(s)</source>
        <translation><numerusform>From %n year</numerusform><numerusform>From %n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="55" />
        <source>%n year(s) old</source>
        <translation><numerusform>%n year old</numerusform><numerusform>%n years old</numerusform></translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="57" />
        <source>%1–%2 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../vm/fmt.py" line="74" />
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../vm/fmt.py" line="94" />
        <source>Updated on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../vm/results.py" line="116" />
        <location filename="../vm/results.py" line="201" />
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <location filename="../vm/results.py" line="118" />
        <location filename="../vm/results.py" line="203" />
        <source>Under 1 year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="31" />
        <source>What are you looking for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="42" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="61" />
        <source>Search: a town, an activity, a word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="93" />
        <source>Schools closed next: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/HomePage.qml" line="94" />
        <source>%n offering(s)</source>
        <translation><numerusform>%n offering</numerusform><numerusform>%n offerings</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="103" />
        <source>Browse by type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="177" />
        <source>Not sure what you need? An operator can call you back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="186" />
        <source>Ask to be contacted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="32" />
        <source>Are you still there?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IdleDialog.qml" line="39" />
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <translation><numerusform>For your privacy the screen will be cleared in %n second.</numerusform><numerusform>For your privacy the screen will be cleared in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="44" />
        <source>I'm still here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Pitstop/Main.qml" line="118" />
        <source>Demo data: fictional services</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="9" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="38" />
        <source>Search: a town, an activity, a word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="62" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="84" />
        <source>Town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Age: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Child's age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="98" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="105" />
        <source>Free of charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="111" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="202" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="125" />
        <source>%n offering(s) found</source>
        <translation><numerusform>%n offering found</numerusform><numerusform>%n offerings found</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <source>showing the first %1: add a word or a filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="184" />
        <source>Nothing found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="192" />
        <source>Try removing a filter, or use fewer or shorter words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="193" />
        <source>Try fewer or shorter words, or the name of your town.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="209" />
        <source>Show everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="216" />
        <source>Ask to be contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>Where?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>How old is your child?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>When do you need it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Anywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="24" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="32" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>