<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>IntakeChildren</name>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="13" />
        <source>How old are your children?</source>
        <translation>Quel âge ont vos enfants ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="17" />
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>Touchez l'âge de chaque enfant (jusqu'à 8). Seulement l'âge : pas de prénoms.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="41" />
        <source>Your children (tap to remove):</source>
        <translation>Vos enfants (touchez pour retirer) :</translation>
    </message>
</context>
<context>
    <name>IntakeContact</name>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="14" />
        <source>How can we reach you?</source>
        <translation>Comment pouvons-nous vous joindre ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="19" />
        <source>Your first name</source>
        <translation>Votre prénom</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="23" />
        <source>First name only</source>
        <translation>Prénom seulement</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="31" />
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="54" />
        <source>How should we contact you?</source>
        <translation>Comment préférez-vous être contacté ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="71" />
        <source>When is best?</source>
        <translation>Quel moment vous convient ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="87" />
        <source>Language for the call</source>
        <translation>Langue de l'appel</translation>
    </message>
</context>
<context>
    <name>IntakeDone</name>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="17" />
        <source>Thank you! Your request has been sent.</source>
        <translation>Merci ! Votre demande a été envoyée.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="18" />
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakeDone.qml" line="29" />
        <source>We will call you within %n working day(s).</source>
        <translation>
            <numerusform>Nous vous appellerons sous %n jour ouvré.</numerusform>
            <numerusform>Nous vous appellerons sous %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="35" />
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>Cet écran se ferme tout seul et oublie tout ce que vous avez saisi.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="43" />
        <source>Save our contact with your reference</source>
        <translation>Enregistrez notre contact avec votre référence</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../qml/Pitstop/IntakeField.qml" line="55" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>IntakeNeeds</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="13" />
        <source>What do you need?</source>
        <translation>De quoi avez-vous besoin ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="17" />
        <source>Choose one or more.</source>
        <translation>Choisissez-en un ou plusieurs.</translation>
    </message>
</context>
<context>
    <name>IntakeNotice</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="14" />
        <source>Before we start: how we use your data</source>
        <translation>Avant de commencer : comment nous utilisons vos données</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="19" />
        <source>About: %1</source>
        <translation>Au sujet de : %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="25" />
        <source>Who: %1 (%2).</source>
        <translation>Qui : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="26" />
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>Pourquoi : pour qu'un conseiller vous rappelle au sujet de votre besoin. Base légale : votre demande (art. 6.1.b du RGPD).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="27" />
        <source>Who receives it: %1.</source>
        <translation>Qui les reçoit : %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="28" />
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>Combien de temps : jusqu'au traitement de votre demande. Cette borne ne garde rien une fois la demande envoyée.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="29" />
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>Vos droits : consulter, corriger ou supprimer vos données, ou vous opposer, en écrivant à %1. Délégué à la protection des données : %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Hide the full notice</source>
        <translation>Masquer la notice complète</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Read the full notice</source>
        <translation>Lire la notice complète</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="45" />
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>Responsable du traitement : %1, %2. Finalité : répondre à votre demande de premier bilan des besoins et, seulement si vous l'acceptez, vous informer des prochaines initiatives. Les données (prénom, téléphone ou e-mail, âges des enfants, besoins, commune et périodes) sont scellées sur cette borne afin que seul le bureau central puisse les lire, puis lui sont transmises et supprimées ici. Les fournir est facultatif, mais sans numéro de téléphone ni e-mail nous ne pouvons pas vous rappeler. Elles sont conservées le temps nécessaire au traitement de la demande. Vous pouvez demander l'accès, la rectification, l'effacement, la limitation, ou vous opposer, et déposer une réclamation auprès du Garante per la protezione dei dati personali. Version de la notice %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="53" />
        <source>The full notice on your phone</source>
        <translation>La notice complète sur votre téléphone</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="16" />
        <source>Ask to be contacted</source>
        <translation>Demander à être contacté</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22" />
        <source>Care when schools are closed</source>
        <translation>Garde quand les écoles sont fermées</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23" />
        <source>Before and after school</source>
        <translation>Avant et après l'école</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="24" />
        <source>Summer centres</source>
        <translation>Centres de loisirs d'été</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="25" />
        <source>Help with homework</source>
        <translation>Aide aux devoirs</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="26" />
        <source>Baby parking</source>
        <translation>Halte-garderie</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="27" />
        <source>Information on benefits and bonuses</source>
        <translation>Informations sur les aides et les primes</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="28" />
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="39" />
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
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
        <translation>Le matin</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Afternoon</source>
        <translation>L'après-midi</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Evening</source>
        <translation>Le soir</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="46" />
        <source>Any time</source>
        <translation>À tout moment</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>under 1</source>
        <translation>moins d'un an</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="69" />
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="174" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>I understand, continue</source>
        <translation>J'ai compris, continuer</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Send my request</source>
        <translation>Envoyer ma demande</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="210" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="558" />
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="48" />
        <source>Check and send</source>
        <translation>Vérifiez et envoyez</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="51" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="52" />
        <source>Children's ages</source>
        <translation>Âges des enfants</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="53" />
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="54" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="55" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="56" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="57" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="58" />
        <source>Contact by</source>
        <translation>Contact par</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="61" />
        <source>About</source>
        <translation>Au sujet de</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="72" />
        <source>I have read the privacy notice (required)</source>
        <translation>J'ai lu la notice de confidentialité (obligatoire)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="80" />
        <source>I would also like news of future initiatives (optional)</source>
        <translation>Je souhaite aussi recevoir des nouvelles des prochaines initiatives (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="90" />
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>Désolé, la demande n'a pas pu être enregistrée. Réessayez ou demandez au personnel.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="97" />
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>Borne de démonstration : les demandes ne sont pas envoyées à un vrai bureau.</translation>
    </message>
</context>
<context>
    <name>IntakeWhen</name>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="13" />
        <source>Where do you live?</source>
        <translation>Où habitez-vous ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="30" />
        <source>When do you need help?</source>
        <translation>Quand avez-vous besoin d'aide ?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="34" />
        <source>Optional: periods and days.</source>
        <translation>Facultatif : périodes et jours.</translation>
    </message>
</context>
</TS>
