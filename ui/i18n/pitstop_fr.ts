<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="54" />
        <source>Childcare, holiday camps and after-school help near you</source>
        <translation>Garde d'enfants, centres de vacances et aide après l'école près de chez vous</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="85" />
        <source>Coming up</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="97" />
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause the moving pictures</source>
        <translation>Mettre en pause les images animées</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play the moving pictures</source>
        <translation>Lancer les images animées</translation>
    </message>
</context>
<context>
    <name>ChoiceSheet</name>
    <message>
        <location filename="../qml/Pitstop/ChoiceSheet.qml" line="58" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="63" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="64" />
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="65" />
        <source>Cost</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="66" />
        <source>How to enrol</source>
        <translation>Comment s'inscrire</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="67" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="92" />
        <source>Take it with you: scan a code with your phone camera</source>
        <translation>Emportez-le : scannez un code avec l'appareil photo de votre téléphone</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="105" />
        <source>Open the web page</source>
        <translation>Ouvrir la page web</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="113" />
        <source>Save the contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="121" />
        <source>Add the dates to your calendar</source>
        <translation>Ajouter les dates à votre agenda</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="128" />
        <source>Contact me about this</source>
        <translation>Contactez-moi à ce sujet</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../vm/fmt.py" line="99" />
        <source>in Italian</source>
        <translation>en italien</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="81" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="95" />
        <source>%n offering(s) for these days</source>
        <translation>
            <numerusform>%n offre pour ces jours</numerusform>
            <numerusform>%n offres pour ces jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/catalogue.py" line="116" />
        <source>No catalogue loaded</source>
        <translation>Aucun catalogue chargé</translation>
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
        <translation>Prix : demandez à l'organisateur</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="47" />
        <source>All ages</source>
        <translation>Tous âges</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="49" />
        <source>Up to %n year(s)</source>
        <translation>
            <numerusform>Jusqu'à %n an</numerusform>
            <numerusform>Jusqu'à %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="53" />
        <source>From %n year(s)</source>
        <translation>
            <numerusform>À partir de %n an</numerusform>
            <numerusform>À partir de %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="55" />
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="57" />
        <source>%1–%2 years</source>
        <translation>%1–%2 ans</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="74" />
        <source>From %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="94" />
        <source>Updated on %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/results.py" line="116" />
        <location filename="../vm/results.py" line="201" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/results.py" line="118" />
        <location filename="../vm/results.py" line="203" />
        <source>Under 1 year</source>
        <translation>Moins d'un an</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="31" />
        <source>What are you looking for?</source>
        <translation>Que cherchez-vous ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="42" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="61" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Rechercher : une commune, une activité, un mot…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="93" />
        <source>Schools closed next: %1, %2</source>
        <translation>Prochaine fermeture des écoles : %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/HomePage.qml" line="94" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="103" />
        <source>Browse by type</source>
        <translation>Parcourir par type</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="177" />
        <source>Not sure what you need? An operator can call you back.</source>
        <translation>Vous ne savez pas ce qu'il vous faut ? Un conseiller peut vous rappeler.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="186" />
        <source>Ask to be contacted</source>
        <translation>Demander à être contacté</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="32" />
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IdleDialog.qml" line="39" />
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Pour votre confidentialité, l'écran sera effacé dans %n seconde.</numerusform>
            <numerusform>Pour votre confidentialité, l'écran sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="44" />
        <source>I'm still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" />
        <source>I need more time</source>
        <translation>J'ai besoin de plus de temps</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="57" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="68" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LargeTextToggle</name>
    <message>
        <location filename="../qml/Pitstop/LargeTextToggle.qml" />
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Pitstop/Main.qml" line="118" />
        <source>Demo data: fictional services</source>
        <translation>Données de démonstration : services fictifs</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="9" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="38" />
        <source>Search: a town, an activity, a word…</source>
        <translation>Rechercher : une commune, une activité, un mot…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="62" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="84" />
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Age: %1</source>
        <translation>Âge : %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Child's age</source>
        <translation>Âge de l'enfant</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="98" />
        <source>When</source>
        <translation>Quand</translation>
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
        <translation>Effacer les filtres</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="125" />
        <source>%n offering(s) found</source>
        <translation>
            <numerusform>%n offre trouvée</numerusform>
            <numerusform>%n offres trouvées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <source>showing the first %1: add a word or a filter</source>
        <translation>affichage des %1 premières : ajoutez un mot ou un filtre</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="184" />
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="192" />
        <source>Try removing a filter, or use fewer or shorter words.</source>
        <translation>Essayez d'enlever un filtre, ou utilisez moins de mots ou des mots plus courts.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="193" />
        <source>Try fewer or shorter words, or the name of your town.</source>
        <translation>Essayez moins de mots ou des mots plus courts, ou le nom de votre commune.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="209" />
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="216" />
        <source>Ask to be contacted</source>
        <translation>Demander à être contacté</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>Where?</source>
        <translation>Où ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>How old is your child?</source>
        <translation>Quel âge a votre enfant ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>When do you need it?</source>
        <translation>Quand en avez-vous besoin ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any time</source>
        <translation>À tout moment</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="24" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="32" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Touch the screen or press Enter to start.</source>
        <translation>Touchez l'écran ou appuyez sur Entrée pour commencer.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" />
        <source>Choose a kind of service, search by name, or ask to be contacted.</source>
        <translation>Choisissez un type de service, cherchez par nom ou demandez à être contacté.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" />
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n service trouvé.</numerusform>
            <numerusform>%n services trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeechButton</name>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: on, press to stop speech</source>
        <translation>Écouter : activé, appuyez pour arrêter la voix</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: speech off, press to hear the screen</source>
        <translation>Écouter : voix désactivée, appuyez pour entendre l'écran</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech unavailable</source>
        <translation>Voix indisponible</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech is not available on this kiosk at the moment</source>
        <translation>La voix n'est pas disponible pour le moment sur cette borne</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../speech/words.py" />
        <source>button</source>
        <translation>bouton</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>check box</source>
        <translation>case à cocher</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>radio button</source>
        <translation>bouton radio</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>text field</source>
        <translation>champ de texte</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list box</source>
        <translation>liste</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list item</source>
        <translation>élément de liste</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>tab</source>
        <translation>onglet</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>slider</source>
        <translation>curseur</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>spin box</source>
        <translation>compteur</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dialog</source>
        <translation>boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>at sign</source>
        <translation>arobase</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dot</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dash</source>
        <translation>tiret</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>underscore</source>
        <translation>tiret bas</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>plus</source>
        <translation>plus</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>deleted</source>
        <translation>effacé</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>selected</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech off.</source>
        <translation>Voix désactivée.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech on. Arrow keys move, Enter chooses.</source>
        <translation>Voix activée. Les flèches déplacent, Entrée choisit.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to hear the screen again.</source>
        <translation>Appuyez sur %1 pour réentendre l'écran.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to stop speech.</source>
        <translation>Appuyez sur %1 pour arrêter la voix.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Loudest.</source>
        <translation>Volume maximal.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Quietest.</source>
        <translation>Volume minimal.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Volume %1 of %2.</source>
        <translation>Volume %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../features/speech.py" />
        <source>For your privacy the screen will be cleared in %n second(s). Press any key to stay.</source>
        <translation>
            <numerusform>Pour votre confidentialité, l'écran sera effacé dans %n seconde. Appuyez sur une touche pour rester.</numerusform>
            <numerusform>Pour votre confidentialité, l'écran sera effacé dans %n secondes. Appuyez sur une touche pour rester.</numerusform>
        </translation>
    </message>
</context>
</TS>
